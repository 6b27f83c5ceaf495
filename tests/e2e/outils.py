"""A client that converses like a professional: answers the questions it is asked."""
from __future__ import annotations

from tests.conftest import charges

REPONSES_PAR_DEFAUT = {"complexite": "non, c'est un besoin simple", "aidant_epuise": "non",
                       "age": "60 ans et plus", "lieu_de_vie": "à domicile", "commune": "Étampes"}


def converser(client, premier_message: str, reponses: dict | None = None, max_tours: int = 6):
    """Returns (orientation payload or None, list of fields asked, all messages)."""
    reponses = {**REPONSES_PAR_DEFAUT, **(reponses or {})}
    messages = client.envoyer(premier_message)
    tous, demandes = list(messages), []
    for _ in range(max_tours):
        orientation = charges(messages, "orientation")
        if orientation:
            return orientation[-1], demandes, tous
        questions = charges(messages, "question")
        if not questions:
            return None, demandes, tous
        champ = questions[-1]["champ"]
        demandes.append(champ)
        messages = client.envoyer(reponses[champ])
        tous += messages
    return None, demandes, tous
