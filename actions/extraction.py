"""action_extraire_faits: after every user message, danger first, then facts."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.events import SlotSet

from actions.etat import evenements_faits, faits_du_tracker
from actions.redirection import decrit_une_situation
from knowledge.analyse import LIMITE_CARACTERES, faits_depuis_texte
from knowledge.danger import alerte
from knowledge.danger_appris import modele as modele_danger

modele_danger()  # read (or trained) when the server starts, not during someone's first message

REPONSE_ILLISIBLE = ("Je n'ai pas su lire cette réponse : je continue sans cette information "
                     "(vous pourrez la préciser à tout moment).")
INTENTIONS_FAITS = {"describe_situation", "inform", "correct", "affirm", "deny", "dont_know", "report_danger"}


class ActionExtraireFaits(Action):
    def name(self) -> str:
        return "action_extraire_faits"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        texte = (tracker.latest_message.get("text") or "")[:LIMITE_CARACTERES]
        intent = tracker.latest_message.get("intent") or {}
        intention = intent.get("name") or ""
        if not texte.strip() or texte.startswith("/"):
            return []
        territoire = (tracker.latest_message.get("metadata") or {}).get("territoire") or tracker.get_slot("territoire")
        evenements = []
        if territoire and tracker.get_slot("territoire") != territoire:
            evenements.append(SlotSet("territoire", str(territoire)[:3]))

        avant = faits_du_tracker(tracker)
        demande = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
        apres = faits_depuis_texte(texte, faits_du_tracker(tracker), demande, territoire)

        # Danger first, whatever the intent and the state of the conversation: the
        # next answering action sends the alert before anything else (actions/urgence.py).
        urgence = alerte(texte, apres.age, intention, intent.get("confidence") or 0, reponse=bool(demande))
        if urgence:
            evenements.append(SlotSet("urgence", urgence.payload()))
        if urgence and demande:
            # keep the form from rejecting: it then sees the danger and hands over to action_orienter
            evenements.append(SlotSet(demande, tracker.get_slot(demande)))
        if intention not in INTENTIONS_FAITS and not demande:
            # a question or small talk: facts only if the text clearly carries some
            # (the same test as the redirection to the form, so the facts it needs are there)
            if (intention in ("greet", "thank", "goodbye", "out_of_scope", "new_situation") or intention.startswith("ask_")) \
                    and (intention == "new_situation" or not decrit_une_situation(texte)):
                return evenements
        evenements += evenements_faits(apres, tracker)
        nouveaux = [e for e in evenements if e["event"] == "slot" and e["name"] in
                    ("age", "lieu_de_vie", "aidant_epuise", "complexite", "commune")]
        # any reply but a question: an answer the model filed as small talk must not loop on the same question
        if demande and (intention in INTENTIONS_FAITS or intention == "out_of_scope") and not nouveaux \
                and apres.payload() == avant.payload():
            if demande == "commune":
                # The contact depends on it: the form asks again, saying what was not found.
                evenements.append(SlotSet(demande, None))
            else:
                # Asking the same question again rarely helps: read it as « je ne sais pas »
                # and go on; the fact can still be given or corrected at any point.
                dispatcher.utter_message(text=REPONSE_ILLISIBLE)
                evenements += evenements_faits(faits_depuis_texte("je ne sais pas", avant, demande, territoire), tracker)
        elif demande and not nouveaux and apres.payload() != avant.payload():
            evenements.append(SlotSet(demande, tracker.get_slot(demande)))
        return evenements
