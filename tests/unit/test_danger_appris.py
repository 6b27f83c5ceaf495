"""The learned danger net (knowledge/danger_appris.py) behind the patterns: it adds the alerts
told in words no pattern knows, stays silent on ordinary descriptions and short replies, and
never removes a pattern's alert. The texts below are written for these tests, in words found in
no evaluation set (the net's training data)."""
from __future__ import annotations

import pytest

from knowledge import danger_appris
from knowledge.danger import DANS_LE_DOUTE, MOTS_MIN_FILET, alerte, detecter
from knowledge.texte import normaliser

# Dangers shown by facts only; the patterns miss each of them (asserted below, so the test keeps
# testing the net if the patterns learn these words one day: then replace the text).
DANGERS_EN_D_AUTRES_MOTS = [
    ("3977", "Aide à domicile chez Mme B., 88 ans. Son petit-fils s'est installé chez elle depuis l'été, c'est lui "
             "qui a la carte, elle n'a plus de quoi payer le fioul et elle a des traces violacées sur le haut des bras. "
             "Elle me demande de ne pas en parler."),
    ("119", "Infirmière scolaire : un élève de CM1 arrive chaque matin sans avoir déjeuné, porte les mêmes habits "
            "depuis dix jours et s'est mis à pleurer quand je lui ai proposé d'appeler sa mère."),
    ("15", "Mon père de 79 ans depuis ce matin n'arrive plus à trouver ses mots, le côté droit du visage ne bouge "
           "plus et il lâche sa tasse, il dit que ça va passer."),
]

ORDINAIRES = [
    "Bonjour, je suis assistante sociale, je cherche une solution pour une dame de 83 ans à Étampes qui vit seule "
    "avec des chutes et des oublis, sa fille est fatiguée.",
    "Bonjour, le médecin traitant de Mme L. part à la retraite et elle n'a plus personne pour renouveler ses "
    "ordonnances, elle a 70 ans et habite Corbeil-Essonnes.",
    "Je coordonne une formation des aides à domicile sur le repérage de la maltraitance et de la crise suicidaire "
    "chez les personnes âgées, à qui m'adresser pour un intervenant ?",
]

REPONSES_COURTES = ["merci pour tout, je ferme", "elle vit chez son fils", "ce sera tout, au revoir", "chez elle",
                    "non je n'ai pas dit ça"]


@pytest.mark.parametrize("numero, texte", DANGERS_EN_D_AUTRES_MOTS)
def test_le_filet_donne_l_alerte_que_les_motifs_manquent(numero, texte):
    assert detecter(texte) is None
    u = alerte(texte)
    assert u is not None and u.numero == numero
    # a resemblance, not a named sign: the alert says so, then gives the category's number and advice
    assert u.texte.startswith(DANS_LE_DOUTE) and numero in u.texte


@pytest.mark.parametrize("texte", ORDINAIRES)
def test_une_description_ordinaire_ne_declenche_pas_le_filet(texte):
    assert alerte(texte) is None


@pytest.mark.parametrize("texte", REPONSES_COURTES)
def test_le_filet_ne_lit_pas_les_messages_courts(texte):
    assert len(normaliser(texte).split()) < MOTS_MIN_FILET
    assert alerte(texte) is None


@pytest.mark.parametrize("texte", [
    "Il ne respire plus, je suis à côté de lui, il a 80 ans et vit à Étampes avec sa fille.",
    "Elle m'a dit hier soir au téléphone qu'elle veut mourir depuis que son mari est parti en EHPAD.",
    "Le fils de Mme D. gère ses comptes et l'insulte, on parle d'abus de faiblesse par un voisin aussi.",
])
def test_le_filet_passe_apres_les_motifs(texte):
    # the pattern's category and number stand, whatever the net would have said
    assert detecter(texte) is not None
    assert alerte(texte).payload() == detecter(texte).payload()
    assert not alerte(texte).texte.startswith(DANS_LE_DOUTE)


def test_une_maltraitance_sur_mineur_passe_au_119():
    # the net's class says « maltraitance »; the age decides the number, as for the patterns
    texte = DANGERS_EN_D_AUTRES_MOTS[0][1]
    assert alerte(texte, age=15).numero == "119"


def test_le_modele_garde_en_cache_est_relu_et_un_cache_abime_est_refait(tmp_path, monkeypatch):
    monkeypatch.setattr(danger_appris, "CACHE", tmp_path)
    (tmp_path / "danger-appris-0000000000000000.joblib").write_bytes(b"ancien")  # trained on an older list of sets
    danger_appris.modele.cache_clear()
    try:
        premier = danger_appris.modele()
        fichiers = list(tmp_path.glob("danger-appris-*.joblib"))
        assert len(fichiers) == 1 and fichiers[0].name != "danger-appris-0000000000000000.joblib"
        texte = normaliser(DANGERS_EN_D_AUTRES_MOTS[1][1])
        numero, proba = danger_appris.estimer(texte)
        fichiers[0].write_bytes(b"tronque")          # an interrupted write
        danger_appris.modele.cache_clear()
        assert danger_appris.estimer(texte)[0] == numero  # retrained, same data, same model
        danger_appris.modele.cache_clear()
        assert danger_appris.modele() is not premier   # read back from the file this time
        assert danger_appris.estimer(texte) == (numero, pytest.approx(proba))
    finally:
        danger_appris.modele.cache_clear()
