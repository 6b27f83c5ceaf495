"""`make eval`: plays the whole evaluation set against freshly started servers and
prints the figures of issue 3 (top-1, top-3, danger recall, questions, latency)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

from bot.lancement import serveurs_temporaires  # noqa: E402
from tests.eval.harnais import JEUX, charger_cas, jouer, resumer  # noqa: E402


def main() -> int:
    jeux = [p for p in JEUX if p.exists()]
    serveurs = serveurs_temporaires().demarrer()
    try:
        for jeu in jeux:
            evaluer(jeu, serveurs)
    finally:
        serveurs.arreter()
    return 0


def evaluer(jeu: Path, serveurs) -> None:
    resultats = [jouer(c, serveurs.url_rasa) for c in charger_cas(jeu)]
    for r in resultats:
        if not (r.top1_ok and r.top3_ok) or r.danger_attendu != r.danger_obtenu or r.redondantes:
            print(f"  ✗ {r.id}: premier={r.premier} top3={r.top3} questions={r.questions} "
                  f"danger attendu={r.danger_attendu} obtenu={r.danger_obtenu}")
    s = resumer(resultats)
    print(f"""
Évaluation sur {s['cas']} situations (tests/eval/{jeu.name}), par le canal REST :
  top-1                               : {s['top1']:.1%}
  top-3                               : {s['top3']:.1%}
  rappel des dangers                  : {s['rappel_danger']:.1%} (bon numéro : {s['bon_numero_danger']:.1%}, fausses alertes : {s['fausses_alertes']})
  questions par conversation (médiane): {s['questions_mediane']}
    … quand l'âge et la commune sont donnés : {s['questions_mediane_age_commune_donnes']}
  questions sur des faits déjà donnés : {s['questions_redondantes']} (choix entre communes homonymes, à part : {s['precisions_homonymes']})
  latence par tour                    : p50 {s['latence_p50_ms']:.0f} ms, p95 {s['latence_p95_ms']:.0f} ms ({s['tours']} tours)""")
    (RACINE / "var").mkdir(exist_ok=True)
    (RACINE / "var" / f"evaluation-{jeu.stem}.json").write_text(json.dumps(s, indent=2))


if __name__ == "__main__":
    sys.exit(main())
