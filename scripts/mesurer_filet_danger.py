"""How the learned danger net (knowledge/danger_appris.py) would have done on each set *before*
that set was written: trained only on the sets that came before it, it reads the set's texts.

Prints, per set and in total: the dangers the patterns missed at the set's first pass (listed
in docs/evaluations/*-premier-passage-*.txt) that the net finds, with the right number, and the
net's false alerts on the set's ordinary situations. Usage: python scripts/mesurer_filet_danger.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

from knowledge.danger import MOTS_MIN_FILET  # noqa: E402
from knowledge.danger_appris import AUCUN, SEUIL, entrainer  # noqa: E402
from knowledge.texte import normaliser  # noqa: E402
from tests.eval.harnais import JEUX, charger_cas  # noqa: E402

MANQUE = re.compile(r"✗ (\S+):.*danger attendu=(\S+) obtenu=(\S+)")


def manques_au_premier_passage(jeu: str) -> set[str]:
    """The dangers missed at the set's first pass, when that pass ran on the patterns alone (the
    sets measured with the net, from aveugle19 on, say so in their first line and are left out)."""
    ids = set()
    for doc in (RACINE / "docs" / "evaluations").glob(f"{jeu}-premier-passage-*.txt"):
        texte = doc.read_text(encoding="utf-8")
        if "filet de danger appris" in texte.splitlines()[0]:
            continue
        for ligne in texte.splitlines():
            m = MANQUE.search(ligne)
            if m and m.group(2) != "None" and m.group(2) != m.group(3):
                ids.add(m.group(1))
    return ids


def main() -> None:
    vus: list[dict] = []
    total = {"manques": 0, "trouves": 0, "bon_numero": 0, "ordinaires": 0, "fausses": 0}
    print(f"Filet appris (seuil {SEUIL}, messages d'au moins {MOTS_MIN_FILET} mots), entraîné sur les jeux antérieurs :")
    for chemin in JEUX:
        cas = charger_cas(chemin)
        manques = manques_au_premier_passage(chemin.stem)
        if vus and manques:
            modele = entrainer([normaliser(c["texte"]) for c in vus], [str(c["attendu"].get("danger") or AUCUN) for c in vus])
            i_aucun = list(modele.classes_).index(AUCUN)
            ligne = dict.fromkeys(total, 0)
            for c in cas:
                t = normaliser(c["texte"])
                probas = modele.predict_proba([t])[0]
                alerte = len(t.split()) >= MOTS_MIN_FILET and 1 - probas[i_aucun] >= SEUIL
                probas[i_aucun] = -1
                numero = modele.classes_[probas.argmax()]
                attendu = c["attendu"].get("danger")
                if not attendu:
                    ligne["ordinaires"] += 1
                    ligne["fausses"] += alerte
                elif c["id"] in manques:
                    ligne["manques"] += 1
                    ligne["trouves"] += alerte
                    ligne["bon_numero"] += alerte and numero == str(attendu)
            print(f"  {chemin.stem:<11} dangers manqués par les motifs : {ligne['trouves']}/{ligne['manques']} trouvés "
                  f"({ligne['bon_numero']} avec le bon numéro) ; fausses alertes : {ligne['fausses']}/{ligne['ordinaires']}")
            for cle in total:
                total[cle] += ligne[cle]
        vus += cas
    print(f"  total       dangers manqués par les motifs : {total['trouves']}/{total['manques']} trouvés "
          f"({total['bon_numero']} avec le bon numéro) ; fausses alertes : {total['fausses']}/{total['ordinaires']}")


if __name__ == "__main__":
    main()
