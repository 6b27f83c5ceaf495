"""Danger first: every action that answers the user starts with the alert when the
last message carried a danger signal (set by action_extraire_faits)."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from knowledge.danger import Urgence


def urgence_du_tracker(tracker: Tracker) -> Urgence | None:
    u = tracker.get_slot("urgence")
    return Urgence(**u) if u else None


def signaler_urgence(dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
    """Sends the alert (text + `urgence` payload) if one is pending; returns the events that clear it."""
    urgence = urgence_du_tracker(tracker)
    if not urgence:
        return []
    dispatcher.utter_message(text=f"⚠ {urgence.texte}", json_message={"type": "urgence", "urgence": urgence.payload()})
    return [SlotSet("urgence", None)]
