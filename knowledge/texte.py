"""Text normalisation shared by territory resolution and fact extraction."""
from __future__ import annotations

import re
import unicodedata

_ABREVIATIONS = [
    (re.compile(r"\bste\b"), "sainte"),
    (re.compile(r"\bst\b"), "saint"),
    (re.compile(r"\baujourdhui\b"), "aujourd hui"),  # a common typo, read like the right spelling
    # note-taking shorthand, read like the words it stands for
    (re.compile(r"\bqd\b"), "quand"), (re.compile(r"\bqqn\b"), "quelqu un"), (re.compile(r"\btjrs?\b"), "toujours"),
    (re.compile(r"\bds\b"), "dans"), (re.compile(r"\bbcp\b"), "beaucoup"),
    (re.compile(r"\ba dom\b"), "a domicile"), (re.compile(r"\bkoi\b"), "quoi"), (re.compile(r"\bdiff\b"), "difference"), (re.compile(r"\bcoordo\b"), "coordination"),
]


def sans_accents(texte: str) -> str:
    decompose = unicodedata.normalize("NFKD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c))


def normaliser(texte: str) -> str:
    """Lowercase, no accents, punctuation to spaces, single spaces.

    "St-Michel-sur-Orge" and "saint michel sur orge" give the same key.
    """
    t = sans_accents(texte).lower()
    t = t.replace("œ", "oe").replace("æ", "ae")
    t = re.sub(r"[’'`´]", " ", t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    for motif, remplacement in _ABREVIATIONS:
        t = motif.sub(remplacement, t)
    return " ".join(t.split())


def normaliser_nom_commune(nom: str) -> str:
    """Key for a commune name; also drops "arrondissement" for Paris/Lyon/Marseille."""
    cle = normaliser(nom)
    cle = re.sub(r"\b(\d+)(?:e|er|eme)? arrondissement\b", r"\1", cle)
    cle = re.sub(r"\b(\d{1,2})(?:e|er|eme)\b", r"\1", cle)
    cle = re.sub(r"\b(\d{1,2})(?:e|er|eme)\b", r"\1", cle)
    return cle
