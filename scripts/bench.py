"""`make bench`: starts the servers and measures, over the REST channel:
latency per turn (p50/p95) with one client, throughput with several concurrent
clients, the servers' resident memory, and the last training time.
Prints figures only; nothing here is a pass/fail test."""
from __future__ import annotations

import json
import statistics
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

from bot.lancement import serveurs_temporaires  # noqa: E402
from tests.eval.harnais import centile  # noqa: E402

CONVERSATION = [  # a realistic conversation: description, answer, follow-ups, restart
    "Personne de 88 ans à domicile à Champcueil : le SSIAD et le SAAD ne suffisent plus.",
    "non, c'est un besoin simple",
    "donnez-moi le mail",
    "pourquoi pas le DAC ?",
    "nouvelle situation",
    "Mme L, 84 ans, vit seule à domicile à Étampes, chutes répétées, troubles cognitifs débutants, sa fille aidante est épuisée.",
    "c'est quoi un CRT ?",
    "elle m'a dit qu'elle voulait mettre fin à ses jours",
]
TOURS_SEQUENTIELS = 240
CLIENTS_CONCURRENTS = 8
TOURS_PAR_CLIENT = 40


def envoyer(url: str, sender: str, texte: str) -> float:
    corps = json.dumps({"sender": sender, "message": texte}).encode()
    requete = urllib.request.Request(url, data=corps, headers={"Content-Type": "application/json"})
    debut = time.perf_counter()
    with urllib.request.urlopen(requete, timeout=60) as r:
        r.read()
    return (time.perf_counter() - debut) * 1000


def client(url: str, tours: int) -> list[float]:
    sender, latences = f"bench-{uuid.uuid4().hex[:8]}", []
    for i in range(tours):
        latences.append(envoyer(url, sender, CONVERSATION[i % len(CONVERSATION)]))
    return latences


def main() -> int:
    serveurs = serveurs_temporaires().demarrer()
    url = f"{serveurs.url_rasa}/webhooks/rest/webhook"
    try:
        client(url, len(CONVERSATION))  # warm-up (first TensorFlow call), not measured
        latences = client(url, TOURS_SEQUENTIELS)
        debut = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS_CONCURRENTS) as pool:
            paralleles = [l for ls in pool.map(lambda _: client(url, TOURS_PAR_CLIENT), range(CLIENTS_CONCURRENTS))
                          for l in ls]
        duree = time.perf_counter() - debut
        memoire = serveurs.memoire_mo()
    finally:
        serveurs.arreter()
    entrainement = RACINE / "var" / "entrainement.json"
    duree_entrainement = json.loads(entrainement.read_text())["duree_s"] if entrainement.exists() else None
    resultats = {
        "tours_sequentiels": len(latences),
        "latence_p50_ms": round(centile(latences, 50), 1),
        "latence_p95_ms": round(centile(latences, 95), 1),
        "latence_moyenne_ms": round(statistics.mean(latences), 1),
        "clients_concurrents": CLIENTS_CONCURRENTS,
        "tours_concurrents": len(paralleles),
        "debit_tours_par_s": round(len(paralleles) / duree, 1),
        "latence_p95_sous_charge_ms": round(centile(paralleles, 95), 1),
        "memoire_mo": {k: round(v) for k, v in memoire.items()},
        "entrainement_s": duree_entrainement,
    }
    print(f"""
Banc d'essai Aiguillage (canal REST, machine de {__import__('os').cpu_count()} cœurs)
  latence par tour, 1 client      : p50 {resultats['latence_p50_ms']} ms, p95 {resultats['latence_p95_ms']} ms ({len(latences)} tours)
  débit, {CLIENTS_CONCURRENTS} clients simultanés   : {resultats['debit_tours_par_s']} tours/s (p95 {resultats['latence_p95_sous_charge_ms']} ms, {len(paralleles)} tours)
  mémoire résidente               : Rasa {resultats['memoire_mo']['rasa']} Mo, actions {resultats['memoire_mo']['actions']} Mo, web {resultats['memoire_mo']['web']} Mo
  dernier entraînement            : {duree_entrainement if duree_entrainement is not None else 'inconnu (modèle déjà présent)'} s""")
    (RACINE / "var").mkdir(exist_ok=True)
    (RACINE / "var" / "bench.json").write_text(json.dumps(resultats, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
