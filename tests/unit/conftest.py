"""Unit tests of knowledge/: the real SQLite knowledge base (var/aiguillage.sqlite, or the
SQLite file named by AIGUILLAGE_BASE_URL), built once per session if it is missing or
older than knowledge/data, then shared by every test."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from knowledge import chargement
from knowledge.base import url_base


def _empreinte_base(chemin: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"file:{chemin}?mode=ro", uri=True)) as c:
            ligne = c.execute("select valeur from meta where cle = 'empreinte'").fetchone()
            return ligne[0] if ligne else None
    except sqlite3.Error:
        return None


@pytest.fixture(scope="session", autouse=True)
def base_connaissances() -> str:
    """URL of the knowledge base the tests read (built with knowledge.chargement.construire())."""
    url = url_base()
    if url.startswith("sqlite:///"):
        chemin = Path(url[len("sqlite:///"):])
        if not chemin.exists() or _empreinte_base(chemin) != chargement.empreinte_donnees():
            chargement.construire()
    return url


@pytest.fixture(scope="session")
def T(base_connaissances):
    from knowledge.territoires import territoires
    return territoires()


@pytest.fixture(scope="session")
def annu(base_connaissances):
    from knowledge.annuaire import annuaire
    return annuaire()


@pytest.fixture(scope="session")
def m(base_connaissances):
    from knowledge.moteur import moteur
    return moteur()
