"""Questions about dispositifs, restart, and the answer to what we did not understand."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.etat import evenements_faits, faits_du_tracker
from actions.redirection import decrit_une_situation, question_sur_un_dispositif, vers_formulaire
from actions.urgence import signaler_urgence
from knowledge.analyse import faits_depuis_texte
from knowledge.explications import expliquer
from knowledge.questions import QUESTIONS
from knowledge.texte import normaliser

_RECOMMENCER = re.compile(r"\b(nouvelle (situation|personne|patiente?|demande|question)|autres? (situation|patiente?|personne|cas|dossier)|"
                          r"on (recommence|reprend)|recommencer|nouveau (cas|patient|dossier)|changeons|passons a|reset|a zero)\b")


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
        repondre_a_la_question(dispatcher, info)
        return evenements


def repondre_a_la_question(dispatcher: CollectingDispatcher, info: dict) -> None:
    """The answer to a question about a dispositif, with its source (shared by every action that meets one)."""
    texte = info["texte"] + (f" (Source : {info['source']}.)" if info.get("source") else "")
    dispatcher.utter_message(text=texte, json_message=info)


class ActionNouvelleSituation(Action):
    def name(self) -> str:
        return "action_nouvelle_situation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        territoire = tracker.get_slot("territoire")
        texte = tracker.latest_message.get("text") or ""
        urgence = tracker.get_slot("urgence")
        if not urgence and (question := question_sur_un_dispositif(texte)):
            repondre_a_la_question(dispatcher, expliquer(question, texte))  # a question taken for "nouvelle situation"
            return []
        demande = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
        confiance = (tracker.latest_message.get("intent") or {}).get("confidence") or 0
        hesitant = confiance < 0.6 and not _RECOMMENCER.search(normaliser(texte))  # no explicit "start over"
        if demande and hesitant:
            # an answer the model hesitantly took for "nouvelle situation" ("pas un patient, une population"):
            # no reset; unread, it counts as « je ne sais pas » and the form goes on
            evenements = []
            if tracker.get_slot(demande) is None and demande != "commune":
                faits = faits_depuis_texte("je ne sais pas", faits_du_tracker(tracker), demande, territoire)
                evenements = evenements_faits(faits, tracker)
            return evenements + [FollowupAction("formulaire_situation")]
        if not demande and not urgence and hesitant and not decrit_une_situation(texte):
            # a hesitant guess on a message that neither asks to start over nor describes anyone: keep the facts
            dispatcher.utter_message(text="Je n'ai pas bien compris. Vous pouvez préciser la situation, poser une question "
                                          "sur l'orientation, ou écrire « nouvelle situation » pour repartir de zéro.")
            return []
        remise_a_zero = [AllSlotsReset(), ActiveLoop(None), SlotSet("territoire", territoire)]
        if urgence or decrit_une_situation(texte):
            # "nouvelle situation : Mme 84 ans…" (or a description taken for one): start over from this text,
            # keeping a pending alert for the form to hand over to action_orienter
            faits = faits_depuis_texte(texte, None, None, territoire)
            return remise_a_zero + [SlotSet("urgence", urgence)] + evenements_faits(faits) + [FollowupAction("formulaire_situation")]
        dispatcher.utter_message(text="C'est noté : nouvelle situation. Décrivez-moi la personne et ses difficultés.")
        return remise_a_zero


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
        texte = tracker.latest_message.get("text") or ""
        suite = vers_formulaire(tracker) if intention != "goodbye" else []
        question = question_sur_un_dispositif(texte) if not suite else None
        if question and not tracker.active_loop_name:
            repondre_a_la_question(dispatcher, expliquer(question, texte))
        elif intention == "greet" and suite:
            dispatcher.utter_message(text="Bonjour.")
        elif not suite:
            dispatcher.utter_message(response=self.REPONSES.get(intention, "utter_hors_sujet"))
        return evenements + suite
