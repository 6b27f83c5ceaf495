"""Reading and writing the conversation state (facts) in the tracker."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from knowledge.faits import CHAMPS, Faits


def faits_du_tracker(tracker: Tracker) -> Faits:
    return Faits.depuis_dict(tracker.get_slot("faits"))


def valeur_slot(faits: Faits, champ: str):
    """What the form sees for a field: None while unknown and worth asking."""
    if champ == "age":
        if faits.age is not None:
            return faits.age
        return faits.tranche
    if champ == "commune":
        if faits.commune:
            return faits.commune["nom"]
        return "inconnue" if faits.commune_nsp else None
    return getattr(faits, champ)


def evenements_faits(faits: Faits, tracker: Tracker | None = None) -> list[SlotSet]:
    evenements = [SlotSet("faits", faits.payload())]
    for champ in CHAMPS:
        valeur = valeur_slot(faits, champ)
        if tracker is None or tracker.get_slot(champ) != valeur:
            evenements.append(SlotSet(champ, valeur))
    return evenements
