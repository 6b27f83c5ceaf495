"""Regenerate knowledge/data/territoires/*.csv from @etalab/decoupage-administratif.

Usage: python scripts/generer_territoires.py DOSSIER_DU_PAQUET
  where DOSSIER_DU_PAQUET is the unpacked npm package, obtained with
  `npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-*.tgz`
  (it then is ./package). Node is needed only here, never at run time.

Licence of the data: Licence Ouverte / MIT (see the package's LICENSE).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

SORTIE = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "territoires"
VERSION = "6.0.0"


def _load(paquet: Path, nom: str):
    return json.loads((paquet / "data" / f"{nom}.json").read_text(encoding="utf-8"))


def main(paquet: Path) -> None:
    SORTIE.mkdir(parents=True, exist_ok=True)
    regions = _load(paquet, "regions")
    departements = _load(paquet, "departements")
    epcis = _load(paquet, "epci")
    communes = _load(paquet, "communes")

    epci_de = {m["code"]: e["code"] for e in epcis for m in e["membres"]}

    with open(SORTIE / "regions.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "nom"])
        for r in sorted(regions, key=lambda r: r["code"]):
            w.writerow([r["code"], r["nom"]])

    with open(SORTIE / "departements.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "nom", "region"])
        for d in sorted(departements, key=lambda d: d["code"]):
            w.writerow([d["code"], d["nom"], d["region"]])

    with open(SORTIE / "epci.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "nom", "type"])
        for e in sorted(epcis, key=lambda e: e["code"]):
            w.writerow([e["code"], e["nom"], e["type"]])

    # Current communes plus the municipal arrondissements of Paris, Lyon and
    # Marseille (people say "Paris 15e" and the arrondissement has its own postal code).
    gardees = [c for c in communes if c["type"] in ("commune-actuelle", "arrondissement-municipal")]
    with open(SORTIE / "communes.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code_insee", "nom", "departement", "region", "codes_postaux", "population", "epci", "type"])
        for c in sorted(gardees, key=lambda c: (c["code"], c["type"])):
            w.writerow([
                c["code"], c["nom"], c.get("departement", ""), c.get("region", ""),
                " ".join(c.get("codesPostaux", [])), c.get("population") or "",
                epci_de.get(c["code"], ""),
                "arrondissement" if c["type"] == "arrondissement-municipal" else "commune",
            ])
    (SORTIE / "SOURCE.txt").write_text(
        f"Généré par scripts/generer_territoires.py depuis @etalab/decoupage-administratif {VERSION}\n"
        "(npm, Licence Ouverte / MIT). Ne pas modifier à la main.\n", encoding="utf-8")
    print(f"{len(regions)} régions, {len(departements)} départements, {len(epcis)} EPCI, {len(gardees)} communes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
