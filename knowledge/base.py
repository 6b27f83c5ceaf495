"""Where the knowledge base lives: SQLite by default, any SQLAlchemy URL otherwise."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

RACINE = Path(__file__).resolve().parent.parent
DONNEES = Path(__file__).resolve().parent / "data"
CHEMIN_SQLITE = RACINE / "var" / "aiguillage.sqlite"


def url_base() -> str:
    """AIGUILLAGE_BASE_URL (e.g. postgresql://…) or the embedded SQLite file."""
    return os.environ.get("AIGUILLAGE_BASE_URL") or f"sqlite:///{CHEMIN_SQLITE}"


@lru_cache(maxsize=4)
def moteur_sql(url: str | None = None):
    return create_engine(url or url_base(), future=True)


def fabrique_sessions(url: str | None = None):
    return sessionmaker(bind=moteur_sql(url), future=True)
