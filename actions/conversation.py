"""Questions about dispositifs, restart, and the answer to what we did not understand."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.redirection import vers_formulaire
from actions.urgence import signaler_urgence
from knowledge.explications import expliquer
from knowledge.questions import QUESTIONS


class ActionExpliquer(Action):
    def name(self) -> str:
        return "action_expliquer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        evenements = signaler_urgence(dispatcher, tracker)
        intention = (tracker.latest_message.get("intent") or {}).get("name")
        entites = [e.get("value") for e in tracker.latest_message.get("entities", []) if e.get("entity") == "dispositif"]
        info = expliquer(intention, tracker.latest_message.get("text") or "", entites)
        if info.get("sujet") is None and (suite := vers_formulaire(tracker)):
            return evenements + suite  # no dispositif named: it was a description, not a question
        texte = info["texte"] + (f" (Source : {info['source']}.)" if info.get("source") else "")
        dispatcher.utter_message(text=texte, json_message=info)
        return evenements


class ActionNouvelleSituation(Action):
    def name(self) -> str:
        return "action_nouvelle_situation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        territoire = tracker.get_slot("territoire")
        dispatcher.utter_message(text="C'est noté : nouvelle situation. Décrivez-moi la personne et ses difficultés.")
        return [AllSlotsReset(), ActiveLoop(None), SlotSet("territoire", territoire)]


class ActionRelancer(Action):
    """What to say when the message did not answer the question, or was not understood."""

    def name(self) -> str:
        return "action_relancer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        evenements = signaler_urgence(dispatcher, tracker)
        demande = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
        if demande:
            return evenements  # the form asks its question again right after this
        if suite := vers_formulaire(tracker):
            return evenements + suite
        if tracker.get_slot("derniere_orientation"):
            dispatcher.utter_message(text="Vous pouvez me demander un contact (« donnez-moi le mail »), la raison "
                                          "d'une orientation (« pourquoi pas le CRT ? »), ce qui existe pour l'aidant, "
                                          "corriger un élément (« en fait elle a 58 ans ») ou décrire une nouvelle situation.")
        else:
            dispatcher.utter_message(text="Pour vous orienter, décrivez-moi la situation : l'âge de la personne, son "
                                          "lieu de vie, ses difficultés et sa commune.")
        return evenements


class ActionRepondre(Action):
    """Greetings, thanks, goodbye, out of scope: the domain's response, after any alert."""

    REPONSES = {"greet": "utter_accueil", "goodbye": "utter_au_revoir", "thank": "utter_de_rien",
                "out_of_scope": "utter_hors_sujet"}

    def name(self) -> str:
        return "action_repondre"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        evenements = signaler_urgence(dispatcher, tracker)
        intention = (tracker.latest_message.get("intent") or {}).get("name")
        suite = vers_formulaire(tracker) if intention != "goodbye" else []
        if intention == "greet" and suite:
            dispatcher.utter_message(text="Bonjour.")
        elif not suite:
            dispatcher.utter_message(response=self.REPONSES.get(intention, "utter_hors_sujet"))
        return evenements + suite
