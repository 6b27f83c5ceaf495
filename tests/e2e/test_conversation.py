"""End-to-end: real action server + real Rasa server (trained model), over HTTP."""
from __future__ import annotations

import re

import pytest

from tests.conftest import charges
from tests.e2e.outils import converser

pytestmark = pytest.mark.e2e


def chiffres(numero: str | None) -> str:
    return re.sub(r"\D", "", numero or "")


def premiere_reco(orientation: dict, type_: str | None = None) -> dict:
    recos = [r for r in orientation["recommandations"] if type_ is None or r["type"] == type_]
    assert recos, f"aucune recommandation {type_} dans {orientation['recommandations']}"
    return recos[0]


def test_mme_l_etampes_dac_91_sud_sans_redemander_age_ni_commune(client):
    orientation, demandes, _ = converser(
        client, "Mme L, 84 ans, vit seule à domicile à Étampes, chutes répétées, troubles cognitifs débutants, "
                "sa fille aidante est épuisée.")
    assert orientation is not None
    assert "age" not in demandes and "commune" not in demandes
    premier = orientation["recommandations"][0]
    assert premier["type"] == "DAC"
    assert chiffres(premier["contact"]["telephone"]) == "0164990859"
    assert premier["contact"]["source"] and premier["contact"]["verifie_le"]
    situation = orientation["situation"]
    assert situation["age"] == 84 and situation["commune"]["code_insee"] == "91223"
    assert {"chutes", "troubles_cognitifs"} <= set(situation["signaux"])
    assert orientation["urgence"] is None


def test_champcueil_services_insuffisants_crt_sud_essonne(client):
    orientation, demandes, _ = converser(
        client, "Personne de 88 ans à domicile à Champcueil : le SSIAD et le SAAD ne suffisent plus, "
                "l'accompagnement classique n'est plus suffisant.")
    assert orientation is not None
    crt = premiere_reco(orientation, "CRT")
    assert orientation["recommandations"][0]["type"] == "CRT"
    assert crt["volet"] == 2
    assert chiffres(crt["contact"]["telephone"]) == "0658826171"


def test_meme_besoin_a_etampes_pas_de_crt_volet_2(client):
    orientation, _, _ = converser(
        client, "Personne de 88 ans à domicile à Étampes : le SSIAD et le SAAD ne suffisent plus, "
                "l'accompagnement classique n'est plus suffisant.")
    assert orientation is not None
    crts = [r for r in orientation["recommandations"] if r["type"] == "CRT"]
    assert all(r["volet"] != 2 for r in crts), crts
    assert orientation["recommandations"][0]["type"] != "CRT"


def test_idees_suicidaires_3114_en_premier(client):
    messages = client.envoyer("elle m'a dit qu'elle voulait mettre fin à ses jours")
    premier_custom = next(m["custom"] for m in messages if "custom" in m)
    assert premier_custom["type"] == "urgence"
    assert premier_custom["urgence"]["numero"] == "3114"
    orientation = charges(messages, "orientation")
    if orientation:
        assert orientation[0]["urgence"]["numero"] == "3114"
        assert orientation[0]["recommandations"][0]["type"] == "URGENCE"


def test_danger_en_cours_de_formulaire_passe_avant_la_question(client):
    messages = client.envoyer("Patient à domicile, situation compliquée")
    assert charges(messages, "question")
    messages = client.envoyer("il a dit ce matin qu'il voulait se suicider")
    premier_custom = next(m["custom"] for m in messages if "custom" in m)
    assert premier_custom["type"] == "urgence" and premier_custom["urgence"]["numero"] == "3114"


def test_correction_de_commune_reoriente(client):
    orientation, _, _ = converser(
        client, "Personne de 88 ans à domicile à Étampes : le SSIAD et le SAAD ne suffisent plus.")
    assert orientation is not None
    assert not any(r["type"] == "CRT" and r["volet"] == 2 for r in orientation["recommandations"])
    messages = client.envoyer("non, en fait elle habite à Mennecy")
    nouvelle = charges(messages, "orientation")
    assert nouvelle, messages
    assert nouvelle[-1]["situation"]["commune"]["nom"] == "Mennecy"
    assert any(r["type"] == "CRT" and r["volet"] == 2 for r in nouvelle[-1]["recommandations"])


def test_commune_inconnue_est_dite_et_redemandee(client):
    messages = client.envoyer("Monsieur de 70 ans, sans médecin traitant, situation simple")
    questions = charges(messages, "question")
    for _ in range(3):
        if questions and questions[-1]["champ"] == "commune":
            break
        messages = client.envoyer("non")
        questions = charges(messages, "question")
    assert questions and questions[-1]["champ"] == "commune"
    messages = client.envoyer("Zorglubville-sur-Mer")
    question = charges(messages, "question")[-1]
    assert question["champ"] == "commune" and "Zorglubville" in question["texte"]
    messages = client.envoyer("Nancy")
    orientation = charges(messages, "orientation")[-1]
    assert orientation["situation"]["commune"]["departement"] == "54"


def test_homonymes_proposent_un_choix(client):
    messages = client.envoyer("Dame de 81 ans à domicile à Saint-Denis, elle n'a plus de médecin traitant, "
                              "besoin simple")
    questions = charges(messages, "question")
    assert questions and questions[-1]["champ"] == "commune"
    assert len(questions[-1]["choix"]) >= 2
    messages = client.envoyer(questions[-1]["choix"][0]["valeur"])
    orientation = charges(messages, "orientation")
    assert orientation and orientation[-1]["situation"]["commune"]["nom"] == "Saint-Denis"


def test_definition_avec_source(client):
    messages = client.envoyer("c'est quoi un CRT ?")
    info = charges(messages, "information")
    assert info and info[0]["sujet"] == "CRT" and info[0]["source"]
    assert "60 ans" in info[0]["texte"]


def test_suivi_mail_apres_orientation(client):
    orientation, _, _ = converser(
        client, "Mme L, 84 ans, vit seule à domicile à Étampes, chutes répétées, troubles cognitifs débutants, "
                "sa fille aidante est épuisée.")
    assert orientation
    messages = client.envoyer("donnez-moi le mail du DAC")
    texte = " ".join(m.get("text", "") for m in messages)
    assert "spes@spes-asso.fr" in texte


def test_nouvelle_situation_repart_de_zero(client):
    converser(client, "Mme L, 84 ans, vit seule à domicile à Étampes, chutes, fille épuisée, situation complexe")
    client.envoyer("nouvelle situation")
    messages = client.envoyer("Patient de 45 ans sans médecin traitant à Nancy, besoin simple")
    orientation = charges(messages, "orientation")
    if orientation:
        assert orientation[-1]["situation"]["commune"]["departement"] == "54"
        assert orientation[-1]["situation"]["age"] == 45


def test_territoire_du_widget_departage_les_homonymes(client):
    messages = client.envoyer("Dame de 81 ans à domicile à Saint-Denis, elle n'a plus de médecin traitant, besoin simple",
                              metadata={"territoire": "93"})
    questions = [q for q in charges(messages, "question") if q["champ"] == "commune"]
    assert not questions
    orientation = charges(messages, "orientation")
    assert orientation and orientation[-1]["situation"]["commune"]["code_insee"] == "93066"


def test_une_description_prise_pour_une_salutation_est_tout_de_meme_orientee(client):
    messages = client.envoyer("Bonjour ! Ma patiente de 84 ans vit seule à domicile à Étampes, chutes répétées, "
                              "troubles cognitifs débutants et sa fille aidante est épuisée.")
    assert charges(messages, "orientation") or charges(messages, "question"), messages


def test_reponse_illisible_la_meme_question_n_est_pas_reposee(client):
    messages = client.envoyer("Monsieur de 82 ans à Étampes, chutes à répétition et troubles cognitifs")
    questions = charges(messages, "question")
    while questions and questions[-1]["champ"] == "commune":  # the commune is asked again on purpose
        messages = client.envoyer("Étampes")
        questions = charges(messages, "question")
    assert questions, "une question était attendue"
    champ = questions[-1]["champ"]
    messages = client.envoyer("sans objet")
    suivantes = [q["champ"] for q in charges(messages, "question")]
    assert champ not in suivantes
    assert charges(messages, "question") or charges(messages, "orientation")
