"""The situation form: asks only the facts that can change the orientation."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.etat import faits_du_tracker
from actions.redirection import question_sur_un_dispositif
from actions.urgence import signaler_urgence
from knowledge.moteur import MAX_QUESTIONS, moteur


class ValidateFormulaireSituation(FormValidationAction):
    def name(self) -> str:
        return "validate_formulaire_situation"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> list[str]:
        if tracker.get_slot("urgence"):
            return []
        faits = faits_du_tracker(tracker)
        if not tracker.get_slot("requested_slot") and question_sur_un_dispositif(tracker.latest_message.get("text") or ""):
            return []  # a question taken for a description: action_orienter answers it instead of asking
        posees = int(tracker.get_slot("questions_posees") or 0)
        if posees >= MAX_QUESTIONS and not faits.commune_candidats and not faits.commune_inconnue:
            return []
        question = moteur().prochaine_question(faits, posees)
        return [question["champ"]] if question else []


class _Demander(Action):
    champ = ""

    def name(self) -> str:
        return f"action_ask_{self.champ}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        evenements = signaler_urgence(dispatcher, tracker)
        faits = faits_du_tracker(tracker)
        question = moteur().question(self.champ, faits)  # the form already chose the field
        repetee = tracker.get_slot("derniere_question") == self.champ and self.champ != "commune"
        if repetee:  # the previous answer did not answer this question
            question = dict(question, texte="Je n'ai pas bien compris votre réponse. " + question["texte"])
        dispatcher.utter_message(text=question["texte"], json_message=question)
        return evenements + [SlotSet("questions_posees", float(tracker.get_slot("questions_posees") or 0) + 1),
                             SlotSet("derniere_question", self.champ)]


class DemanderAge(_Demander):
    champ = "age"


class DemanderLieuDeVie(_Demander):
    champ = "lieu_de_vie"


class DemanderComplexite(_Demander):
    champ = "complexite"


class DemanderAidantEpuise(_Demander):
    champ = "aidant_epuise"


class DemanderCommune(_Demander):
    champ = "commune"
