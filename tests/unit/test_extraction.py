"""Fact extraction from free text and short answers (knowledge/extraction.py)."""
from __future__ import annotations

import pytest

from knowledge.extraction import complexite_estimee, extraire
from knowledge.faits import INCONNU


def signaux(texte: str, champ: str | None = None) -> list[str]:
    """Affirmed signals only (what the payload shows)."""
    return extraire(texte, champ).payload()["signaux"]


# -- age --------------------------------------------------------------------------------------

@pytest.mark.parametrize("texte, age", [
    ("Mme L, 84 ans, vit seule", 84),
    ("elle a 91 ans", 91),
    ("patiente de 45 ans", 45),
    ("une dame de quatre-vingt-deux ans", 82),
    ("Monsieur a soixante-quinze ans", 75),
    ("Mme, quatre-vingt-dix ans, chutes", 90),
    ("âgée de 77, vit seule", 77),
])
def test_age_en_chiffres_et_en_lettres(texte, age):
    assert extraire(texte).age == age


@pytest.mark.parametrize("texte, tranche", [
    ("Mme L, 84 ans", "60_plus"),
    ("patiente de 45 ans", "18_59"),
    ("garçon de 12 ans", "moins_de_18"),
])
def test_tranche_derivee_de_l_age(texte, tranche):
    assert extraire(texte).tranche == tranche


@pytest.mark.parametrize("texte", ["monsieur octogénaire", "patiente nonagénaire", "une personne âgée isolée"])
def test_mots_d_age_donnent_une_tranche_pas_un_age(texte):
    f = extraire(texte)
    assert f.age is None
    assert f.tranche == "60_plus"


@pytest.mark.parametrize("texte", ["depuis 3 ans", "suivie depuis trois ans", "il y a 5 ans", "pendant 2 ans",
                                   "vit en EHPAD depuis 2 ans"])
def test_duree_n_est_pas_un_age(texte):
    assert extraire(texte).age is None


@pytest.mark.parametrize("texte, age", [
    ("suivie depuis 3 ans, 78 ans", 78),
    ("mariés depuis 60 ans, monsieur a 85 ans", 85),
    ("patiente de 82 ans depuis 3 ans en EHPAD", 82),
    ("il y a 10 ans elle a fait un AVC, elle a 72 ans", 72),
])
def test_duree_et_age_dans_la_meme_note(texte, age):
    assert extraire(texte).age == age


@pytest.mark.parametrize("texte, age", [
    ("sa fille de 55 ans … sa mère 90 ans", 90),
    ("sa fille de 55 ans s'occupe de sa mère de 90 ans", 90),
    ("son fils de 62 ans est aidant de son père, 91 ans", 91),
    ("son fils de 60 ans habite loin, elle a 88 ans", 88),
])
def test_age_d_un_proche_ignore(texte, age):
    assert extraire(texte).age == age


def test_reponse_courte_a_la_question_age():
    assert extraire("84", "age").age == 84
    assert extraire("quatre-vingt-deux", "age").age == 82
    assert extraire("je ne sais pas", "age").tranche_age == INCONNU


@pytest.mark.parametrize("texte", ["Patient GIR 2 à domicile", "Patiente GIR 3 à Champcueil, le SAAD ne suffit plus"])
def test_gir_n_est_pas_un_age(texte):
    # At commit 42d5c3e, _AGE_CHIFFRES read "GIR 2 à" as "2 ans": a GIR 2 patient became a child.
    f = extraire(texte)
    assert f.age is None
    assert f.tranche != "moins_de_18"


# -- negations ----------------------------------------------------------------------------------

def test_pas_de_troubles_cognitifs():
    assert "troubles_cognitifs" not in signaux("pas de troubles cognitifs")
    note = "Mme 80 ans à domicile, pas de troubles cognitifs, chutes répétées"
    assert "troubles_cognitifs" not in signaux(note)
    assert "chutes" in signaux(note)
    assert "troubles_cognitifs" in signaux("Mme 80 ans à domicile, troubles cognitifs, chutes répétées")


def test_negation_ne_s_applique_qu_a_sa_proposition():
    s = signaux("il n'a pas de troubles cognitifs ni de chutes, mais il est isolé")
    assert "isolement" in s
    assert "troubles_cognitifs" not in s and "chutes" not in s


@pytest.mark.parametrize("texte", ["pas d'aidant", "Mme 78 ans, aucun aidant", "Monsieur 90 ans sans aidant"])
def test_pas_d_aidant(texte):
    f = extraire(texte)
    assert f.aidant_present is False
    assert f.aidant_epuise is False
    assert "aidant_epuise" not in f.signaux


@pytest.mark.parametrize("texte", ["elle n'est pas seule",
                                   "Mme 84 ans à domicile, elle n'est pas seule : son mari est présent"])
def test_elle_n_est_pas_seule(texte):
    assert "isolement" not in signaux(texte)


def test_elle_vit_seule_est_isolee():
    assert "isolement" in signaux("elle vit seule")


def test_aidante_pas_epuisee():
    f = extraire("Mme 84 ans à domicile, chutes. Sa fille n'est pas épuisée, elle passe tous les jours.")
    assert f.aidant_epuise is not True
    assert "aidant_epuise" not in f.signaux


# -- trade abbreviations --------------------------------------------------------------------------

@pytest.mark.parametrize("texte", ["GIR 2", "patiente en GIR 3", "évaluée GIR 4"])
def test_gir_1_a_4(texte):
    s = signaux(texte)
    assert "gir_1_4" in s and "perte_autonomie" in s


def test_gir_5_n_est_pas_gir_1_4():
    assert "gir_1_4" not in signaux("évaluée GIR 5")


@pytest.mark.parametrize("texte", ["SSIAD ne suffit plus", "le SSIAD ne suffit plus",
                                   "SSIAD et SAAD ne suffisent plus", "les aides à domicile ne suffisent plus",
                                   "SAAD insuffisant"])
def test_services_domicile_insuffisants(texte):
    assert "services_domicile_insuffisants" in signaux(texte)


def test_services_domicile_suffisants_sans_signal():
    assert "services_domicile_insuffisants" not in signaux("le SSIAD passe matin et soir, tout va bien")


@pytest.mark.parametrize("texte", ["sans MT", "patiente sans MT", "pas de médecin traitant",
                                   "il n'a pas de médecin traitant", "plus de médecin traitant"])
def test_sans_medecin_traitant(texte):
    assert "sans_medecin_traitant" in signaux(texte)


def test_avec_medecin_traitant():
    assert "sans_medecin_traitant" not in signaux("son médecin traitant passe chaque semaine")


def test_retraite_du_medecin_ne_donne_pas_l_age():
    f = extraire("Patient sans médecin traitant, le sien est parti à la retraite")
    assert "sans_medecin_traitant" in f.signaux
    assert f.tranche is None


# -- short answers, with the question just asked --------------------------------------------------

@pytest.mark.parametrize("reponse", ["oui", "oui, elle est épuisée", "tout à fait"])
def test_oui_aidant_epuise(reponse):
    f = extraire(reponse, "aidant_epuise")
    assert f.aidant_epuise is True and f.aidant_present is True


def test_non_aidant_epuise():
    assert extraire("non", "aidant_epuise").aidant_epuise is False


def test_oui_sans_question_ne_dit_rien():
    f = extraire("oui")
    assert f.aidant_epuise is None and f.complexite is None


@pytest.mark.parametrize("reponse", ["je ne sais pas", "je sais pas", "aucune idée"])
def test_je_ne_sais_pas_complexite(reponse):
    assert extraire(reponse, "complexite").complexite == INCONNU


def test_je_ne_sais_pas_aidant():
    assert extraire("je ne sais pas", "aidant_epuise").aidant_epuise == INCONNU


@pytest.mark.parametrize("reponse, attendu", [("oui", True), ("oui, plusieurs difficultés intriquées", True),
                                              ("non", False), ("non, c'est un besoin simple", False)])
def test_reponse_complexite(reponse, attendu):
    assert extraire(reponse, "complexite").complexite is attendu


def test_complexite_dite_dans_la_note():
    assert extraire("situation très complexe, on ne sait plus quoi faire").complexite is True
    assert extraire("situation pas complexe, juste un besoin d'aide").complexite is False


# -- lieu de vie ----------------------------------------------------------------------------------

@pytest.mark.parametrize("texte, lieu", [
    ("vit en EHPAD", "ehpad"),
    ("résidente d'EHPAD", "ehpad"),
    ("en maison de retraite", "ehpad"),
    ("vit à domicile avec son mari", "domicile"),
    ("elle vit chez elle", "domicile"),
    ("SDF", "sans_domicile"),
    ("personne sans domicile fixe", "sans_domicile"),
    ("vit dans la rue", "sans_domicile"),
    ("vit en foyer de vie", "etablissement_handicap"),
    ("actuellement hospitalisée", "hopital"),
])
def test_lieu_de_vie(texte, lieu):
    assert extraire(texte).lieu_de_vie == lieu


def test_hospitalisee_avec_retour_a_domicile():
    f = extraire("actuellement hospitalisée, retour à domicile prévu lundi")
    assert f.lieu_de_vie == "domicile"
    assert "sortie_hospitalisation" in f.signaux


def test_lieu_de_vie_je_ne_sais_pas():
    assert extraire("je ne sais pas", "lieu_de_vie").lieu_de_vie == INCONNU


# -- complexity from the description -------------------------------------------------------------

def test_complexite_estimee_plusieurs_dimensions():
    f = extraire("Mme L, 84 ans, seule à domicile, chutes, troubles cognitifs, fille épuisée")
    assert set(f.dimensions) >= {"medicale", "sociale", "familiale"}
    assert complexite_estimee(f) is True


def test_complexite_estimee_besoin_simple():
    assert complexite_estimee(extraire("patient de 50 ans sans médecin traitant")) is False


def test_age_corrige_dans_le_message():
    assert extraire("Mme G., 78 ans non pardon 87 ans, vit seule").age == 87


@pytest.mark.parametrize("texte, tranche", [("Monsieur, la quarantaine, à Albi", "18_59"),
                                            ("un homme d'une soixantaine d'années", "60_plus")])
def test_age_approximatif_en_decennies(texte, tranche):
    assert extraire(texte).tranche == tranche


@pytest.mark.parametrize("texte, age", [("Fille de 12 ans, garde alternée conflictuelle", 12),
                                        ("slt, ma patiente 86 à Lisses sort de SMR vendredi", 86),
                                        ("Mme 80 ans, son fils de 50 ans passe le soir", 80)])
def test_age_de_la_personne_et_non_du_proche(texte, age):
    assert extraire(texte).age == age


@pytest.mark.parametrize("texte, attendu", [("plutôt oui, ils sont deux fragiles", True), ("je ne pense pas", False),
                                            ("plutôt non", False)])
def test_reponses_nuancees_a_la_question_de_complexite(texte, attendu):
    assert extraire(texte, "complexite").complexite is attendu


@pytest.mark.parametrize("texte, signal", [
    ("Elle ne sort quasiment plus de chez elle.", "isolement"),
    ("Il ne parle plus à personne de la journée.", "isolement"),
    ("Pas de souci de santé, elle est juste seule.", "isolement"),
    ("Il n'a jamais eu de médecin traitant.", "sans_medecin_traitant"),
    ("À la sortie il lui faudra un traitement par insuline.", "besoin_soins"),
    ("Qui peut réunir les acteurs autour de son projet de vie ?", "projet_de_vie"),
    # the words of relatives and non-health writers (sets 21 and 22, in other words)
    ("Il faudrait quelqu'un pour faire le ménage chez mon père.", "dossier_apa"),
    ("Ma tante a droit à quoi comme aide ?", "dossier_apa"),
    ("Le portage repas, c'est possible à Blois ?", "dossier_apa"),
    ("Qui peut venir évaluer ses besoins ?", "dossier_apa"),
    ("Elle ne fait plus ses courses depuis l'hiver.", "perte_autonomie"),
    ("Il marche difficilement et voudrait rester chez lui le plus longtemps possible.", "perte_autonomie"),
    ("Ma grand-mère semble complètement perdue depuis quelques semaines.", "troubles_cognitifs"),
    ("Il se trompe d'appartement et me repose trois fois la même question.", "troubles_cognitifs"),
    ("On nous parle de l'hôpital à la maison pour ses perfusions.", "had_demandee"),
    ("Son médecin de famille a pris sa retraite en septembre.", "sans_medecin_traitant"),
    ("Il doit pouvoir poursuivre son traitement après la sortie.", "besoin_soins"),
    ("Existe-t-il un programme régional de prévention des complications ?", "expertise"),
    ("L'équipe voudrait un avis en soins palliatifs pour cette résidente.", "expertise"),
    # set 25, in other words
    ("Dimanche : son généraliste est fermé jusqu'à mardi et il a mal au ventre.", "medecin_indisponible"),
    ("Son médecin traitant habituel ne consulte plus depuis l'été.", "sans_medecin_traitant"),
    ("Avec les cabinets voisins on voudrait des créneaux partagés entre cabinets : qui porte ce genre de projet territorial ?", "projet_territorial"),
])
def test_signaux_lus_dans_d_autres_mots(texte, signal):
    assert signal in extraire(texte).signaux


def test_federer_autour_d_une_personne_n_est_pas_un_projet_de_territoire():
    assert "projet_territorial" not in extraire("Qui peut fédérer les professionnels autour de sa situation ?").signaux
    assert "projet_territorial" in extraire("Nous voulons fédérer les professionnels du secteur autour d'un projet de prévention.").signaux


@pytest.mark.parametrize("texte, age", [
    ("Ma mère, 76 ans, vit à Reims. Je me suis trompé : elle a 67 ans, pas 76.", 67),
    ("Le patient, 85 ans... non, pas 85 mais 58, il est né en 1968.", 58),
])
def test_age_corrige_plus_loin_dans_le_message(texte, age):
    assert extraire(texte).age == age


def test_perdu_dans_les_demarches_n_est_pas_un_trouble_cognitif():
    assert "troubles_cognitifs" not in extraire("Je suis perdue et elle est perdue avec tous ces papiers.").signaux


@pytest.mark.parametrize("texte, present, absent", [
    ("Les pansements et la perfusion dépassent ce que les infirmières libérales peuvent faire.", "had", "professionnel_en_difficulte"),
    ("Mes droits sont fermés depuis l'été, je ne peux rien payer.", "sans_droits", None),
    ("Je voudrais m'intégrer dans l'organisation du territoire et rencontrer les autres professionnels de ville.", "projet_territorial", None),
    ("Je cherche le réseau expert régional pour la SEP.", "expertise", None),
    ("Il a l'air perdu dans ses papiers depuis le décès de sa femme.", None, "troubles_cognitifs"),
])
def test_signaux_des_jeux_23_et_24(texte, present, absent):
    signaux = extraire(texte).signaux
    assert present is None or present in signaux
    assert absent is None or absent not in signaux


def test_la_question_porte_sur_d_autres_que_le_dispositif_cite():
    assert "question_sur_le_dispositif_cite" not in extraire("On monte un programme avec le DAC : qui d'autre associer ?").signaux
    assert "question_sur_le_dispositif_cite" in extraire("Le DAC peut-il venir évaluer à domicile ?").signaux


def test_une_dame_tres_agee_de_plus_de_90_je_crois_et_ses_papiers():
    f = extraire("La factrice : une dame très âgée, plus de 90 je crois, ne comprend plus ses courriers ; qui peut l'aider pour les papiers ?")
    assert f.tranche == "60_plus" and "dossier_apa" in f.signaux
    assert extraire("Nous suivons plus de 70 patients en file active.").tranche is None
