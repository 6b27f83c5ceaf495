"""The action server's actions, called directly with real trackers (no Rasa server)."""
from __future__ import annotations

import asyncio
import re

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionExpliquer, ActionNouvelleSituation, ActionRepondre
from actions.extraction import ActionExtraireFaits
from actions.formulaire import DemanderCommune, ValidateFormulaireSituation
from actions.orientation import ActionOrienter, ActionSuivi
from actions.redirection import decrit_une_situation, question_sur_un_dispositif

MME_L = ("Mme L, 84 ans, vit seule à domicile à Étampes, chutes répétées, troubles cognitifs débutants, "
         "sa fille aidante est épuisée.")


def tracker(texte: str = "", intention: str = "describe_situation", slots: dict | None = None,
            active_loop: str | None = None) -> Tracker:
    return Tracker("test", slots or {}, {"text": texte, "intent": {"name": intention}, "entities": []}, [], False,
                   None, {"name": active_loop} if active_loop else {}, "action_listen")


def lancer(action, t: Tracker):
    dispatcher = CollectingDispatcher()
    evenements = asyncio.run(action.run(dispatcher, t, {}))
    return dispatcher.messages, evenements


def slots(evenements) -> dict:
    return {e["name"]: e["value"] for e in evenements if e.get("event") == "slot"}


def faits_de(texte: str) -> dict:
    return slots(lancer(ActionExtraireFaits(), tracker(texte))[1])


def test_extraction_remplit_les_faits_de_mme_l():
    s = faits_de(MME_L)
    assert s["age"] == 84 and s["commune"] == "Étampes" and s["lieu_de_vie"] == "domicile"
    assert s["aidant_epuise"] is True and "urgence" not in s


def test_extraction_signale_le_danger_avec_l_age_de_la_personne():
    s = faits_de("Un élève de 7 ans dit que son beau-père le frappe avec une ceinture")
    assert s["urgence"]["numero"] == "119"
    s = faits_de("elle m'a dit qu'elle voulait mettre fin à ses jours")
    assert s["urgence"]["numero"] == "3114"


def test_formulaire_ne_demande_que_ce_qui_change_l_orientation():
    action = ValidateFormulaireSituation()
    complet = faits_de(MME_L)
    assert asyncio.run(action.required_slots([], CollectingDispatcher(), tracker(slots=complet), {})) == []
    sans_commune = faits_de("Patiente de 70 ans à domicile, situation très compliquée, on ne sait plus quoi faire")
    assert asyncio.run(action.required_slots([], CollectingDispatcher(), tracker(slots=sans_commune), {})) == ["commune"]
    en_danger = dict(sans_commune, urgence={"motif": "suicide", "numero": "3114", "texte": "…"})
    assert asyncio.run(action.required_slots([], CollectingDispatcher(), tracker(slots=en_danger), {})) == []


def test_question_commune_porte_sa_charge_utile():
    messages, evenements = lancer(DemanderCommune(), tracker("x", slots=faits_de("Dame de 80 ans sans médecin traitant")))
    assert messages[0]["custom"]["type"] == "question" and messages[0]["custom"]["champ"] == "commune"
    assert slots(evenements)["questions_posees"] == 1


def test_orientation_de_mme_l_avec_contact_source():
    messages, evenements = lancer(ActionOrienter(), tracker(slots=faits_de(MME_L)))
    orientation = next(m["custom"] for m in messages if m.get("custom"))
    premier = orientation["recommandations"][0]
    assert premier["type"] == "DAC" and re.sub(r"\D", "", premier["contact"]["telephone"]) == "0164990859"
    assert premier["contact"]["source"] == "003_835323a5adf77f95.txt"
    assert slots(evenements)["derniere_orientation"] == orientation


def test_orientation_commence_par_l_urgence():
    s = dict(faits_de(MME_L), urgence={"motif": "suicide", "numero": "3114", "texte": "Appelez le 3114."})
    messages, evenements = lancer(ActionOrienter(), tracker(slots=s))
    customs = [m["custom"] for m in messages if m.get("custom")]
    assert customs[0]["type"] == "urgence" and customs[1]["urgence"]["numero"] == "3114"
    assert slots(evenements)["urgence"] is None


def test_suivi_donne_le_mail_de_l_orientation():
    _, evenements = lancer(ActionOrienter(), tracker(slots=faits_de(MME_L)))
    s = dict(faits_de(MME_L), derniere_orientation=slots(evenements)["derniere_orientation"])
    messages, _ = lancer(ActionSuivi(), tracker("donnez-moi le mail du DAC", "ask_contact", s))
    assert "spes@spes-asso.fr" in messages[0]["text"]


def test_explication_avec_source():
    messages, _ = lancer(ActionExpliquer(), tracker("c'est quoi un CRT ?", "ask_definition"))
    info = messages[0]["custom"]
    assert info["type"] == "information" and info["sujet"] == "CRT" and info["source"]


def test_une_description_prise_pour_une_salutation_va_au_formulaire():
    _, evenements = lancer(ActionRepondre(), tracker("Bonjour, ma patiente de 84 ans à Étampes chute souvent", "greet"))
    assert {"event": "followup", "name": "formulaire_situation"} in [
        {"event": e.get("event"), "name": e.get("name")} for e in evenements]
    messages, evenements = lancer(ActionRepondre(), tracker("bonjour", "greet"))
    assert messages and not [e for e in evenements if e.get("event") == "followup"]


def test_un_besoin_pour_une_patiente_pris_pour_une_question_va_au_formulaire():
    # telegraphic note, no age nor commune: a person and one need are a situation, not a question on a dispositif
    _, evenements = lancer(ActionExpliquer(), tracker("besoin MT pour patiente, le sien part retraite", "ask_difference"))
    assert {"event": "followup", "name": "formulaire_situation"} in [
        {"event": e.get("event"), "name": e.get("name")} for e in evenements]
    faits = slots(lancer(ActionExtraireFaits(), tracker("besoin MT pour patiente, le sien part retraite", "ask_difference"))[1])
    assert "sans_medecin_traitant" in faits["faits"]["signaux"]  # the form starts from what the note said
    messages, evenements = lancer(ActionExpliquer(), tracker("quelle différence entre ces deux-là ?", "ask_difference"))
    assert messages and not [e for e in evenements if e.get("event") == "followup"]


def test_une_note_prise_pour_une_question_de_suivi_va_au_formulaire():
    # no orientation yet: "Mr veuf, perte autonomie, dossier APA ?" is a situation, not a question about the carer
    _, evenements = lancer(ActionSuivi(), tracker("Mr veuf, perte autonomie, dossier APA ?", "ask_for_aidant"))
    assert {"event": "followup", "name": "formulaire_situation"} in [
        {"event": e.get("event"), "name": e.get("name")} for e in evenements]
    # and a question about a named dispositif taken for "et pour l'aidant ?" is answered as such
    messages, _ = lancer(ActionSuivi(), tracker("le D-CLIC ça prend jusqu'à quel âge ? c'est pour les pros ou les familles ?",
                                                "ask_for_aidant"))
    assert messages[0]["custom"]["type"] == "information" and messages[0]["custom"]["sujet"] == "DCLIC"


def test_une_question_sur_un_dispositif_prise_pour_une_description_recoit_sa_reponse():
    texte = "Le 0 800 360 360, c'est pour qui exactement ?"
    t = tracker(texte, "describe_situation", active_loop="formulaire_situation")
    requis = asyncio.run(ValidateFormulaireSituation().required_slots([], CollectingDispatcher(), t, {}))
    assert requis == []  # no question asked about a person who does not exist
    messages, _ = lancer(ActionOrienter(), t)
    info = messages[0]["custom"]
    assert info["type"] == "information" and info["sujet"] == "C360"
    # a real description that names a dispositif is still oriented
    messages, _ = lancer(ActionOrienter(), tracker(MME_L + " Le DAC peut-il aider ?", slots={"faits": {"signaux": ["chutes"]}}))
    assert messages[0]["custom"]["type"] == "orientation"


def test_reponse_illisible_lue_comme_je_ne_sais_pas_sans_reposer_la_question():
    t = tracker("sans objet", "inform", {"requested_slot": "lieu_de_vie"},
                active_loop="formulaire_situation")
    messages, evenements = lancer(ActionExtraireFaits(), t)
    assert any("pas su lire" in (m.get("text") or "") for m in messages)
    assert slots(evenements).get("lieu_de_vie") is not None


def test_nouvelle_situation_qui_decrit_deja_la_personne_va_au_formulaire_avec_ses_faits():
    _, evenements = lancer(ActionNouvelleSituation(), tracker("besoin MT pour patiente, le sien part retraite", "new_situation",
                                                              slots={"faits": {"age": 90, "signaux": ["chutes"]}}))
    noms = [e.get("event") for e in evenements]
    assert noms[0] == "reset_slots" and {"event": "followup", "name": "formulaire_situation"} in [
        {"event": e.get("event"), "name": e.get("name")} for e in evenements]
    assert slots(evenements)["faits"]["signaux"] == ["sans_medecin_traitant"]  # the old facts are gone, the new kept
    messages, _ = lancer(ActionNouvelleSituation(), tracker("SPDA c koi au juste ? c'est le CLIC qui change de nom ?", "new_situation"))
    assert messages[0]["custom"]["sujet"] == "SPDA/CLIC"  # both named: answered side by side


def test_reponse_prise_pour_du_hors_sujet_pendant_le_formulaire_ne_boucle_pas():
    t = tracker("ils sont deux, on verra", "out_of_scope", slots={"requested_slot": "complexite", "faits": {"signaux": ["chutes"]}},
                active_loop="formulaire_situation")
    messages, evenements = lancer(ActionExtraireFaits(), t)
    assert slots(evenements)["complexite"] == "inconnu"


def test_une_reponse_prise_pour_nouvelle_situation_pendant_le_formulaire_ne_remet_pas_a_zero():
    t = Tracker("test", {"requested_slot": "age", "faits": {"signaux": ["diabete"]}},
                {"text": "pas un patient, une population", "intent": {"name": "new_situation", "confidence": 0.32}, "entities": []},
                [], False, None, {"name": "formulaire_situation"}, "action_listen")
    _, evenements = lancer(ActionNouvelleSituation(), t)
    assert "reset_slots" not in [e.get("event") for e in evenements]
    assert slots(evenements)["faits"]["tranche_age"] == "inconnu"
    t = Tracker("test", {"requested_slot": "age"}, {"text": "nouvelle situation", "intent": {"name": "new_situation", "confidence": 0.4},
                "entities": []}, [], False, None, {"name": "formulaire_situation"}, "action_listen")
    _, evenements = lancer(ActionNouvelleSituation(), t)
    assert evenements[0].get("event") == "reset_slots"


def test_nouvelle_situation_devinee_sans_marque_ne_perd_pas_l_orientation():
    t = Tracker("test", {"derniere_orientation": {"type": "orientation"}, "faits": {"signaux": ["chutes"]}},
                {"text": "sans objet", "intent": {"name": "new_situation", "confidence": 0.33}, "entities": []},
                [], False, None, {}, "action_listen")
    messages, evenements = lancer(ActionNouvelleSituation(), t)
    assert evenements == [] and "nouvelle situation" in messages[0]["text"]


def test_une_question_qui_nomme_des_dispositifs_n_est_pas_une_situation():
    # the dispositifs a professional names are kept apart from the facts of a situation
    texte = "Quelle différence entre un DAC, une CPTS et un CRT pour mes patients ?"
    assert not decrit_une_situation(texte)
    assert question_sur_un_dispositif(texte) == "ask_difference"


def test_une_question_sur_le_public_d_un_dispositif_n_est_pas_une_situation():
    texte = "Le SPDA, c'est pour les personnes âgées seulement ou aussi pour les personnes handicapées et les aidants ?"
    assert not decrit_une_situation(texte)
    assert question_sur_un_dispositif(texte) == "ask_definition"


def test_une_question_sur_le_public_d_un_dispositif_recoit_sa_reponse_meme_avec_des_signaux():
    # the words « handicapées », « aidants » fill signals, but no one is described
    texte = "Le SPDA, c'est pour les personnes âgées seulement ou aussi pour les personnes handicapées et les aidants ?"
    t = tracker(texte, "describe_situation", slots={"faits": {"signaux": ["handicap"], "tranche_age": "60_plus"}},
                active_loop="formulaire_situation")
    assert asyncio.run(ValidateFormulaireSituation().required_slots([], CollectingDispatcher(), t, {})) == []
    messages, _ = lancer(ActionOrienter(), t)
    assert messages[0]["custom"]["type"] == "information" and messages[0]["custom"]["sujet"] == "SPDA"



@pytest.mark.parametrize("texte", ["besoin d'aide pr ma mère svp", "APA pr ma tante ?", "patient complexe, que faire ?"])
def test_une_demande_tres_courte_sur_une_personne_ouvre_le_formulaire(texte):
    assert decrit_une_situation(texte)


@pytest.mark.parametrize("texte", ["merci pour votre aide pour ma mère", "bonjour", "aide"])
def test_politesse_et_mot_seul_n_ouvrent_pas_le_formulaire(texte):
    assert not decrit_une_situation(texte)


def test_le_numero_d_un_dispositif_est_une_question():
    assert question_sur_un_dispositif("le numéro vert des communautés 360 svp") == "ask_definition"



def test_une_definition_demandee_a_propos_d_une_personne_non_decrite_est_une_question():
    assert question_sur_un_dispositif("On m'a parlé du D-CLIC pour une ado en difficulté : c'est quoi exactement ?") == "ask_definition"
    # a described person (age, commune) with a named dispositif is still a situation
    assert question_sur_un_dispositif("Ado de 15 ans à Albi, déscolarisé, ASE : c'est quoi le D-CLIC ?") is None


def test_ca_existe_dans_la_region_apres_une_situation_n_est_pas_une_definition():
    # the writer's MSP is named, the question is about a programme for the patient described
    texte = "IPA en MSP. Patient BPCO stable, on aimerait un programme ETP et un appui expert pour l'équipe. Ça existe dans la région ?"
    assert question_sur_un_dispositif(texte) is None



def test_difference_entre_les_volets_avec_la_commune_du_service_est_une_question():
    texte = "On nous parle du CRT, c koi la diff entre le volet 1 et le volet 2 ? notre SAAD intervient sur Mennecy."
    assert question_sur_un_dispositif(texte) is not None


def test_mes_patients_sont_un_public_pas_une_personne_decrite():
    texte = ("Une consœur m'a parlé du CRT pour mes patients âgés : c'est quoi exactement, et est-ce que Dourdan "
             "est couvert pour le volet renforcé ?")
    assert question_sur_un_dispositif(texte) == "ask_definition"


def test_peut_on_saisir_directement_est_une_question_sur_qui_peut_orienter():
    texte = "Peut-on saisir directement le DAC pour une de nos patientes à Reims, ou faut-il passer par son médecin ?"
    assert question_sur_un_dispositif(texte) == "ask_who_can_refer"


def test_quel_dac_couvre_une_commune_est_une_question_de_couverture():
    texte = "Quel DAC couvre Dourdan ? Et le CRT y fait-il de l'accompagnement renforcé ?"
    assert question_sur_un_dispositif(texte) == "ask_coverage"
