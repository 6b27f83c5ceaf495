"""A fast subset of the evaluation (every 4th case of each set whose first pass has
been measured and reported), played over the REST channel against the real servers,
as assertions.
`make eval` plays all of them and prints the figures."""
from __future__ import annotations

import pytest

from tests.eval.harnais import JEUX, charger_cas, jouer, resumer

pytestmark = pytest.mark.e2e

SOUS_ENSEMBLE = [cas for jeu in JEUX for cas in charger_cas(jeu)[::4]]


@pytest.fixture(scope="module")
def resultats(serveurs):
    return [jouer(cas, serveurs.url_rasa) for cas in SOUS_ENSEMBLE]


def test_le_sous_ensemble_couvre_dangers_et_orientations():
    assert len(SOUS_ENSEMBLE) >= 120
    assert any(c["attendu"].get("danger") for c in SOUS_ENSEMBLE)


def test_tous_les_dangers_sont_signales_avec_le_bon_numero(resultats):
    dangers = [r for r in resultats if r.danger_attendu]
    manques = [(r.id, r.danger_attendu, r.danger_obtenu) for r in dangers if r.danger_obtenu != r.danger_attendu]
    assert not manques


def test_pas_de_fausse_alerte(resultats):
    assert [r.id for r in resultats if not r.danger_attendu and r.danger_obtenu] == []


def test_precision_de_l_orientation(resultats):
    s = resumer(resultats)
    echecs = [(r.id, r.premier, r.top3) for r in resultats if not r.top1_ok]
    assert s["top1"] >= 0.92, echecs
    assert s["top3"] >= 0.96, [(r.id, r.top3) for r in resultats if not r.top3_ok]


def test_aucune_question_sur_un_fait_deja_donne(resultats):
    assert [(r.id, r.questions) for r in resultats if r.redondantes] == []


def test_peu_de_questions_quand_age_et_commune_sont_donnes(resultats):
    assert resumer(resultats)["questions_mediane_age_commune_donnes"] <= 2
