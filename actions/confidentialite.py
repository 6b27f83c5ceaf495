"""No personal data in logs: phone numbers, e-mails, dates of birth and names
typed by users are masked in every log record of the process."""
from __future__ import annotations

import logging
import re

_MOTIFS = [
    (re.compile(r"(?<!\d)(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)"), "[téléphone]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[e-mail]"),
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"), "[date]"),
    (re.compile(r"\b(1er|\d{1,2})\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\b",
                re.IGNORECASE), "[date]"),
    (re.compile(r"\b(?:M\.|Mme|Mr|Mlle|Monsieur|Madame|Mademoiselle|Dr)\s+[A-ZÉÈÀ][\w'-]+(?:\s+[A-ZÉÈÀ][\w'-]+)?"), "[nom]"),
]


def masquer(texte: str) -> str:
    for motif, remplacement in _MOTIFS:
        texte = motif.sub(remplacement, texte)
    return texte


class FiltreDonneesPersonnelles(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        record.msg, record.args = masquer(message), ()
        return True


def installer_filtre() -> None:
    filtre = FiltreDonneesPersonnelles()
    racine = logging.getLogger()
    if not any(isinstance(f, FiltreDonneesPersonnelles) for f in racine.filters):
        racine.addFilter(filtre)
        for handler in racine.handlers:
            handler.addFilter(filtre)
