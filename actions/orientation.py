"""action_orienter and action_suivi: the answer and its follow-ups."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import repondre_a_la_question
from actions.etat import faits_du_tracker
from actions.redirection import question_sur_un_dispositif, vers_formulaire
from actions.urgence import signaler_urgence, urgence_du_tracker
from knowledge.explications import expliquer
from knowledge.moteur import moteur
from knowledge.rendu import texte_orientation
from knowledge.suivi import contacts, pour_aidant, pourquoi


class ActionOrienter(Action):
    def name(self) -> str:
        return "action_orienter"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        faits = faits_du_tracker(tracker)
        urgence = urgence_du_tracker(tracker)
        evenements = signaler_urgence(dispatcher, tracker)
        texte = tracker.latest_message.get("text") or ""
        # a question about a dispositif taken for a description (« c'est quoi un CRT ? », « le SPDA, c'est pour
        # les personnes âgées ou aussi handicapées ? »): question_sur_un_dispositif checks it describes no one
        if not urgence and not tracker.get_slot("requested_slot") and (intention := question_sur_un_dispositif(texte)):
            repondre_a_la_question(dispatcher, expliquer(intention, texte))  # "c'est quoi un CRT ?" classified as a description
            return evenements + [ActiveLoop(None), SlotSet("requested_slot", None)]
        orientation = moteur().orienter(faits, urgence).payload()
        dispatcher.utter_message(text=texte_orientation(orientation), json_message=orientation)
        return evenements + [SlotSet("derniere_orientation", orientation), SlotSet("urgence", None),
                             SlotSet("questions_posees", 0.0), SlotSet("derniere_question", None), ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionSuivi(Action):
    def name(self) -> str:
        return "action_suivi"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        evenements = signaler_urgence(dispatcher, tracker)
        intention = (tracker.latest_message.get("intent") or {}).get("name")
        texte = tracker.latest_message.get("text") or ""
        orientation = tracker.get_slot("derniere_orientation")
        faits = faits_du_tracker(tracker)
        if not orientation and (suite := vers_formulaire(tracker)):
            return evenements + suite  # a first message taken for a follow-up question: it describes a situation
        if not orientation and (question := question_sur_un_dispositif(texte)):
            repondre_a_la_question(dispatcher, expliquer(question, texte))  # "c'est pour les pros ou les familles ?"
            return evenements
        if not orientation and intention != "ask_for_aidant":
            dispatcher.utter_message(text="Je n'ai pas encore proposé d'orientation : décrivez-moi d'abord la situation.")
            return evenements
        if intention == "ask_contact":
            dispatcher.utter_message(text=contacts(orientation, texte))
        elif intention == "ask_why":
            dispatcher.utter_message(text=pourquoi(faits, orientation, texte))
        else:
            reponse = pour_aidant(faits)
            dispatcher.utter_message(text=reponse["texte"], json_message=reponse["payload"])
        return evenements
