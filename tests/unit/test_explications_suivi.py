"""Questions about the dispositifs (knowledge/explications.py) and follow-up questions after an
orientation (knowledge/suivi.py)."""
from __future__ import annotations

import pytest

from knowledge import suivi
from knowledge.analyse import analyser, faits_depuis_texte
from knowledge.explications import comparer, definir, dispositifs_mentionnes, expliquer

MME_L = "Mme L, 84 ans, seule à domicile à Étampes, chutes à répétition, troubles cognitifs, sa fille est épuisée."


def cas(texte: str):
    return faits_depuis_texte(texte), analyser(texte)


# -- explications -------------------------------------------------------------------------------

def test_toutes_les_definitions_ont_une_source(annu):
    codes = [c for c in annu.types if c not in ("URGENCE", "FEDERATION")]
    assert len(codes) >= 10
    for code in codes:
        d = definir(code)
        assert d["type"] == "information" and d["sujet"] == code
        assert d["source"] and d["source"].strip(), code
        assert annu.types[code].nom in d["texte"]


@pytest.mark.parametrize("question, code", [
    ("c'est quoi un CRT ?", "CRT"),
    ("qu'est-ce qu'un dispositif d'appui à la coordination ?", "DAC"),
    ("à quoi sert une CPTS ?", "CPTS"),
    ("c'est quoi la communauté 360 ?", "C360"),
])
def test_definition_par_question(question, code):
    r = expliquer("ask_definition", question)
    assert r["sujet"] == code and r["source"]


def test_definition_crt_dit_60_ans():
    assert "60 ans" in definir("CRT")["texte"]


@pytest.mark.parametrize("question", ["différence entre DAC et CPTS ?",
                                      "Quelle est la différence entre une CPTS et un DAC ?"])
def test_difference_dac_cpts(question):
    r = expliquer("ask_difference", question)
    assert set(r["sujet"].split("/")) == {"DAC", "CPTS"}
    assert "DAC" in r["texte"] and "CPTS" in r["texte"]
    assert "coordination" in r["texte"]
    assert r["source"]


def test_comparer_a_les_sources_des_deux(annu):
    r = comparer("DAC", "CRT")
    for s in set(annu.types["DAC"].sources) | set(annu.types["CRT"].sources):
        assert s in r["source"]


def test_quel_dac_couvre_asnieres():
    r = expliquer("ask_coverage", "quel DAC couvre Asnières ?")
    assert "DAC 92 Nord" in r["texte"]
    assert "Asnières-sur-Seine" in r["texte"]
    assert r["source"]


def test_quel_dac_couvre_etampes_donne_le_contact():
    r = expliquer("ask_coverage", "quel DAC couvre Étampes ?")
    assert "DAC 91 Sud" in r["texte"] and "01 64 99 08 59" in r["texte"]


def test_couverture_commune_introuvable():
    r = expliquer("ask_coverage", "quel DAC couvre Xyzzyville ?")
    assert r["source"] is None and "commune" in r["texte"]


def test_qui_peut_saisir_le_dac():
    r = expliquer("ask_who_can_refer", "qui peut saisir le DAC ?")
    assert r["sujet"] == "DAC" and "professionnel" in r["texte"] and r["source"]


def test_dispositif_non_reconnu_redemande():
    r = expliquer("ask_definition", "c'est quoi ce truc ?")
    assert r["sujet"] is None and "DAC" in r["texte"]


def test_dispositifs_mentionnes_dans_l_ordre():
    assert dispositifs_mentionnes("entre la CPTS et le DAC")[:2] == ["CPTS", "DAC"]


# -- suivi ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["donnez-moi le mail", "vous avez l'e-mail du DAC ?", "son courriel ?"])
def test_contacts_mail_spes(question):
    _, orientation = cas(MME_L)
    texte = suivi.contacts(orientation, question)
    assert "spes@spes-asso.fr" in texte
    assert "003_835323a5adf77f95.txt" in texte  # with its source


def test_contacts_telephone_par_defaut():
    _, orientation = cas(MME_L)
    texte = suivi.contacts(orientation, "le numéro du DAC ?")
    assert "01 64 99 08 59" in texte
    assert "CRT" not in texte  # only the dispositif asked for


def test_contacts_inconnus_dits_non_connus():
    _, orientation = cas(MME_L)
    texte = suivi.contacts(orientation, "le mail de la plateforme de répit ?")
    assert "non connu" in texte and "@" not in texte


def test_contacts_sans_orientation():
    assert "décrivez" in suivi.contacts({}, "le mail ?")


def test_pourquoi_pas_le_crt_a_45_ans():
    faits, orientation = cas("Patiente de 45 ans à Étampes, situation complexe, isolée, chutes")
    assert not any(r["type"] == "CRT" for r in orientation["recommandations"])
    texte = suivi.pourquoi(faits, orientation, "pourquoi pas le CRT ?")
    assert "60 ans" in texte


def test_pourquoi_pas_le_crt_en_ehpad():
    faits, orientation = cas("Monsieur 88 ans à Étampes, en EHPAD, chutes")
    assert not any(r["type"] == "CRT" for r in orientation["recommandations"])
    texte = suivi.pourquoi(faits, orientation, "pourquoi pas le CRT ?")
    assert "domicile" in texte


def test_pourquoi_le_premier():
    faits, orientation = cas(MME_L)
    texte = suivi.pourquoi(faits, orientation, "pourquoi ?")
    premier = orientation["recommandations"][0]
    assert texte.startswith(premier["nom"])
    assert premier["pourquoi"][0] in texte


def test_pourquoi_un_dispositif_propose():
    faits, orientation = cas(MME_L)
    assert "rang 1" in suivi.pourquoi(faits, orientation, "pourquoi le DAC ?")


@pytest.mark.parametrize("texte", [MME_L, "Mme 84 ans à Nancy, chutes", "Mme 84 ans, vit seule"])
def test_pour_aidant(texte):
    faits = faits_depuis_texte(texte)
    avant = faits.payload()
    r = suivi.pour_aidant(faits)
    types = [x["type"] for x in r["payload"]["recommandations"]]
    assert {"PFR", "CRT"} & set(types)
    assert set(types) <= {"PFR", "CRT", "C360", "DAC", "CLIC"}
    assert r["texte"].startswith("Pour l'aidant")
    assert faits.payload() == avant  # the caller's facts are not modified


def test_pour_aidant_avec_contact_local():
    r = suivi.pour_aidant(faits_depuis_texte(MME_L))
    assert "06 58 82 61 71" in r["texte"] or "01 64 99 08 59" in r["texte"]


def test_pour_aidant_handicap_mentionne_c360():
    r = suivi.pour_aidant(faits_depuis_texte("Jeune homme de 25 ans en situation de handicap à Étampes"))
    assert "0 800 360 360" in r["texte"]


def test_une_cpts_peut_elle_coordonner_un_patient_complexe_repond_avec_le_dac():
    info = expliquer("ask_definition", "Est-ce qu'un CRT peut coordonner le parcours d'un patient complexe ?")
    assert set(info["sujet"].split("/")) == {"CRT", "DAC"}


def test_deux_dispositifs_nommes_dans_une_question_sont_compares():
    info = expliquer("ask_definition", "La CPTS peut suivre un patient complexe en coordo individuelle ou c'est le DAC ?")
    assert set(info["sujet"].split("/")) == {"CPTS", "DAC"}


def test_une_question_prise_pour_qui_peut_saisir_sans_en_etre_une():
    info = expliquer("ask_who_can_refer", "Le médecin demande : la CPTS suit-elle les patients complexes, ou c'est le DAC ?")
    assert set(info["sujet"].split("/")) == {"CPTS", "DAC"}
    assert expliquer("ask_who_can_refer", "Qui peut saisir le DAC ?")["sujet"] == "DAC"


def test_la_structure_de_l_auteur_n_est_pas_un_dispositif_demande():
    from knowledge.explications import dispositifs_mentionnes
    assert dispositifs_mentionnes("Coordinatrice de MSP : entre le DAC et la CPTS, qui fait quoi ?") == ["DAC", "CPTS"]
    assert dispositifs_mentionnes("Infirmière de la MSP ; pour ce patient, une MSP plus proche existe-t-elle ?") == ["MSP"]


def test_deux_dispositifs_dans_une_question_de_couverture_chacun_sa_reponse():
    from knowledge.explications import expliquer
    r = expliquer("ask_coverage", "Quel DAC couvre Mennecy, et le CRT y intervient-il ?")
    assert r["sujet"] == "DAC/CRT"
    assert "DAC —" in r["texte"] and "CRT —" in r["texte"] and "Mennecy" in r["texte"]


def test_on_est_une_msp_est_l_auteur_pas_la_question():
    from knowledge.explications import dispositifs_mentionnes
    assert dispositifs_mentionnes("Bonjour, on est une MSP toute neuve : DAC ou CPTS, qui fait quoi ?") == ["DAC", "CPTS"]
