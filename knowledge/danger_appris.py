"""A learned safety net behind the danger patterns.

The patterns of knowledge/danger.py catch what an author of the past wrote; each new author
still slipped one indirect danger in ten to three in ten past them at first pass (a farewell
letter and a rifle, fingers' marks and a nephew holding the card). This classifier reads the
whole message instead of looking for a phrase: word and character n-grams, a logistic
regression, trained on the evaluation sets whose first pass is spent (tests/eval/harnais.py,
JEUX: each case's text and the number its author expected, or none).

Measured before use, never on its own training data: trained only on the sets written before
each set, it found 84 of the 86 dangers the patterns had missed at those sets' first pass, for
4 false alerts out of 1 053 ordinary situations (threshold 0.5; scripts/mesurer_filet_danger.py).
Then on four new blind sets (aveugle19 to 22, first passes): the patterns alone found 61 of the
74 dangers, patterns and net 73, for 5 false alerts of the net in 246 ordinary situations.
It only ever adds an alert the patterns did not raise; it never silences one.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union

from knowledge.texte import normaliser

RACINE = Path(__file__).resolve().parent.parent
CACHE = RACINE / "var"
SEUIL = 0.5  # probability of "some danger" above which the net alerts
AUCUN = "aucun"
log = logging.getLogger(__name__)


def corpus() -> tuple[list[str], list[str]]:
    """(texts, expected number or AUCUN) of every spent evaluation set."""
    from tests.eval.harnais import JEUX, charger_cas  # the one list of spent sets
    textes, numeros = [], []
    for chemin in JEUX:
        for cas in charger_cas(chemin):
            textes.append(normaliser(cas["texte"]))
            numeros.append(str(cas["attendu"].get("danger") or AUCUN))
    return textes, numeros


def entrainer(textes: list[str], numeros: list[str]) -> Pipeline:
    # Words carry the meaning, character n-grams survive typos and missing accents; the classes
    # are balanced because a danger is one message in five and a miss costs far more.
    modele = make_pipeline(
        make_union(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                   TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)),
        LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000))
    return modele.fit(textes, numeros)


@lru_cache(maxsize=1)
def modele() -> Pipeline:
    """Trained once per content of the training sets, kept in var/ for the next start."""
    textes, numeros = corpus()
    empreinte = hashlib.sha256("\n".join(t + "\t" + n for t, n in zip(textes, numeros)).encode()).hexdigest()[:16]
    fichier = CACHE / f"danger-appris-{empreinte}.joblib"
    if fichier.exists():
        try:
            m = joblib.load(fichier)
            _oublier_les_autres(fichier)
            return m
        except Exception:  # a truncated file from an interrupted start: train again
            log.warning("modèle de danger illisible, réentraînement")
    m = entrainer(textes, numeros)
    CACHE.mkdir(exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=CACHE, suffix=".tmp", delete=False) as tmp:
        joblib.dump(m, tmp.name)
    os.replace(tmp.name, fichier)  # atomic: two servers starting together never read half a file
    _oublier_les_autres(fichier)
    return m


def _oublier_les_autres(fichier: Path) -> None:
    """The copies trained on an older list of sets are of no use any more."""
    for ancien in CACHE.glob("danger-appris-*.joblib"):
        if ancien != fichier:
            ancien.unlink(missing_ok=True)


def estimer(texte_normalise: str) -> tuple[str, float]:
    """(most likely national number, probability that the message reports a danger)."""
    m = modele()
    probas = m.predict_proba([texte_normalise])[0]
    classes = list(m.classes_)
    i_aucun = classes.index(AUCUN)
    danger = 1.0 - float(probas[i_aucun])
    probas[i_aucun] = -1.0
    return classes[int(np.argmax(probas))], danger


def numero_probable(texte_normalise: str) -> str | None:
    """The number the net would alert with, or None below the threshold."""
    numero, danger = estimer(texte_normalise)
    return numero if danger >= SEUIL else None


if __name__ == "__main__":  # make kb: train (or check) the net before the servers start
    textes, _ = corpus()
    modele()
    print(f"Filet de danger appris prêt ({len(textes)} situations des jeux d'évaluation épuisés).")
