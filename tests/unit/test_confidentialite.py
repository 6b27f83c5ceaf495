"""No personal data in logs (actions/confidentialite.py)."""
from __future__ import annotations

import io
import logging
import uuid

import pytest

from actions.confidentialite import FiltreDonneesPersonnelles, masquer


@pytest.mark.parametrize("texte, secret", [
    ("rappelez-moi au 06 12 34 56 78 svp", "06 12 34 56 78"),
    ("portable : +33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ("tél. 0612345678", "0612345678"),
    ("fixe 01.64.99.08.59", "01.64.99.08.59"),
    ("écrire à jean.dupont@exemple.fr avant lundi", "jean.dupont@exemple.fr"),
    ("née le 12/03/1941 à Étampes", "12/03/1941"),
    ("né le 1-2-41", "1-2-41"),
    ("Mme Dupont a chuté hier", "Dupont"),
    ("Monsieur Jean Martin, 84 ans", "Jean Martin"),
    ("M. Durand est sorti de l'hôpital", "Durand"),
    ("Madame Lefèvre-Duval vit seule", "Lefèvre-Duval"),
])
def test_masquer_retire_la_donnee(texte, secret):
    masque = masquer(texte)
    assert secret not in masque
    assert masque != texte


def test_masquer_remplacements_lisibles():
    masque = masquer("Mme Dupont, née le 12/03/1941, tél. 06 12 34 56 78, fille : anne@exemple.fr")
    for etiquette in ("[nom]", "[date]", "[téléphone]", "[e-mail]"):
        assert etiquette in masque
    assert "Dupont" not in masque and "1941" not in masque and "@" not in masque


@pytest.mark.parametrize("texte", [
    "Mme L, 84 ans, seule à domicile à Étampes, chutes",
    "DAC 91 Sud, 146 communes, GIR 2",
    "appelez le 3114",
])
def test_masquer_laisse_le_reste(texte):
    assert masquer(texte) == texte


def test_masquer_date_de_naissance_en_toutes_lettres():
    assert "1941" not in masquer("née le 12 mars 1941")


@pytest.fixture
def journal():
    """A real logger writing to a StringIO, with the filter on its handler."""
    flux = io.StringIO()
    handler = logging.StreamHandler(flux)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(FiltreDonneesPersonnelles())
    logger = logging.getLogger(f"test.confidentialite.{uuid.uuid4().hex}")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(handler)
    yield logger, flux
    logger.removeHandler(handler)
    handler.close()


def test_filtre_masque_un_message(journal):
    logger, flux = journal
    logger.info("Message reçu : Mme Dupont, née le 12/03/1941, 06 12 34 56 78, dupont@exemple.fr")
    sortie = flux.getvalue()
    assert sortie.startswith("INFO ")
    for secret in ("Dupont", "12/03/1941", "06 12 34 56 78", "dupont@exemple.fr"):
        assert secret not in sortie
    assert "[nom]" in sortie and "[téléphone]" in sortie


def test_filtre_masque_les_arguments(journal):
    logger, flux = journal
    logger.warning("texte=%s contact=%s", "Monsieur Jean Martin a chuté", "+33 6 12 34 56 78")
    sortie = flux.getvalue()
    assert "Martin" not in sortie and "6 12 34 56 78" not in sortie
    assert "texte=[nom] a chuté contact=[téléphone]" in sortie


def test_filtre_sur_le_logger(journal):
    logger, flux = journal
    logger.handlers[0].filters.clear()
    logger.addFilter(FiltreDonneesPersonnelles())
    try:
        logger.error("appelez Mme Dupont au 01 64 99 08 59")
    finally:
        logger.filters.clear()
    assert "Dupont" not in flux.getvalue() and "01 64 99 08 59" not in flux.getvalue()


def test_filtre_ne_supprime_aucun_message(journal):
    logger, flux = journal
    logger.info("ligne 1")
    logger.info("ligne %d", 2)
    assert flux.getvalue().splitlines() == ["INFO ligne 1", "INFO ligne 2"]
