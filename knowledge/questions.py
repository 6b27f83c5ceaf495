"""The questions the assistant may ask: written text, read-aloud text (phone
operators), and answer buttons whose value is a message the extractor understands."""
from __future__ import annotations

QUESTIONS = {
    "age": {
        "texte": "Quel âge a la personne ?",
        "texte_oral": "Quel âge a la personne, approximativement ?",
        "choix": [("Moins de 18 ans", "moins de 18 ans"), ("Entre 18 et 59 ans", "entre 18 et 59 ans"),
                  ("60 ans ou plus", "60 ans et plus"), ("Je ne sais pas", "je ne sais pas")],
    },
    "lieu_de_vie": {
        "texte": "Où vit la personne ?",
        "texte_oral": "La personne vit-elle chez elle, en EHPAD, en établissement, ou est-elle hospitalisée en ce moment ?",
        "choix": [("À domicile", "à domicile"), ("En EHPAD", "en EHPAD"),
                  ("En établissement pour personnes handicapées", "en foyer de vie"),
                  ("Hospitalisée actuellement", "actuellement hospitalisée"), ("Sans domicile", "sans domicile"),
                  ("Je ne sais pas", "je ne sais pas")],
    },
    "complexite": {
        "texte": "La situation vous paraît-elle complexe : plusieurs difficultés intriquées (médicales, sociales, "
                 "psychologiques, familiales) que les professionnels en place ne parviennent plus à gérer seuls ?",
        "texte_oral": "Est-ce que la situation cumule plusieurs difficultés, médicales, sociales ou familiales, "
                      "que les intervenants actuels n'arrivent plus à gérer seuls ?",
        "choix": [("Oui, c'est complexe", "oui, plusieurs difficultés intriquées"),
                  ("Non, c'est un besoin simple", "non, c'est un besoin simple"), ("Je ne sais pas", "je ne sais pas")],
    },
    "aidant_epuise": {
        "texte": "Un proche aidant est-il présent, et est-il épuisé ?",
        "texte_oral": "Y a-t-il un proche qui aide la personne, et est-ce qu'il s'épuise ?",
        "choix": [("Oui, l'aidant est épuisé", "oui, l'aidant est épuisé"), ("Non, l'aidant tient le coup", "non"),
                  ("Pas d'aidant", "pas d'aidant"), ("Je ne sais pas", "je ne sais pas")],
    },
    "commune": {
        "texte": "Dans quelle commune vit la personne ? (nom ou code postal)",
        "texte_oral": "Dans quelle commune habite la personne ? Le code postal suffit.",
        "choix": [],
    },
}


def payload_question(champ: str, texte: str | None = None, choix: list[tuple[str, str]] | None = None) -> dict:
    q = QUESTIONS[champ]
    return {"type": "question", "champ": champ, "texte": texte or q["texte"], "texte_oral": q["texte_oral"],
            "choix": [{"titre": t, "valeur": v} for t, v in (choix if choix is not None else q["choix"])]}
