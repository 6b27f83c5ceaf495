"""Train the Rasa model only when its inputs changed (config.yml, bot/domain, data/).

The model is named after a hash of its inputs: models/aiguillage-<hash>.tar.gz.
Prints the training time and records it in var/entrainement.json (benchmark figures).
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
ENTREES = [RACINE / "config.yml", RACINE / "bot" / "domain", RACINE / "data"]


def empreinte() -> str:
    h = hashlib.sha256()
    for entree in ENTREES:
        fichiers = [entree] if entree.is_file() else sorted(p for p in entree.rglob("*") if p.is_file())
        for f in fichiers:
            h.update(str(f.relative_to(RACINE)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


def main() -> int:
    nom = f"aiguillage-{empreinte()}"
    modeles = RACINE / "models"
    cible = modeles / f"{nom}.tar.gz"
    if cible.exists():
        print(f"Modèle à jour : {cible.relative_to(RACINE)} (entrées inchangées, pas de réentraînement).")
        return 0
    modeles.mkdir(exist_ok=True)
    debut = time.monotonic()
    commande = [str(Path(sys.executable).with_name("rasa")), "train", "--domain", "bot/domain", "--data", "data",
                "--config", "config.yml", "--out", "models", "--fixed-model-name", nom]
    print("Entraînement du modèle :", " ".join(commande[1:]), flush=True)
    r = subprocess.run(commande, cwd=RACINE)
    if r.returncode != 0 or not cible.exists():
        print("ERREUR : l'entraînement a échoué.", file=sys.stderr)
        return 1
    duree = time.monotonic() - debut
    for ancien in modeles.glob("aiguillage-*.tar.gz"):
        if ancien != cible:
            ancien.unlink()
    (RACINE / "var").mkdir(exist_ok=True)
    (RACINE / "var" / "entrainement.json").write_text(json.dumps({"modele": cible.name, "duree_s": round(duree, 1)}))
    print(f"Modèle entraîné en {duree:.0f} s : {cible.relative_to(RACINE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
