"""Start and stop the three servers (action server, Rasa, web front) together.

Used by `make run` (fixed ports, prints the URLs, Ctrl-C stops everything) and by
the end-to-end tests, the benchmark and the evaluation (free ports, own logs).
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent


def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dernier_modele(dossier: Path = RACINE / "models") -> Path:
    modeles = sorted(dossier.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not modeles:
        raise SystemExit("Aucun modèle entraîné dans models/ : lancez `make train`.")
    return modeles[-1]


@dataclass
class Serveurs:
    port_actions: int
    port_rasa: int
    port_web: int
    journaux: Path
    processus: list[subprocess.Popen] = field(default_factory=list)
    origines: str = ""

    @property
    def url_rasa(self) -> str:
        return f"http://127.0.0.1:{self.port_rasa}"

    @property
    def url_actions(self) -> str:
        return f"http://127.0.0.1:{self.port_actions}"

    @property
    def url_web(self) -> str:
        return f"http://127.0.0.1:{self.port_web}"

    def demarrer(self, modele: Path | None = None, attendre: float = 240) -> "Serveurs":
        python = sys.executable
        bin_rasa = str(Path(python).with_name("rasa"))
        self.journaux.mkdir(parents=True, exist_ok=True)
        endpoints = self.journaux / "endpoints.yml"
        endpoints.write_text(f"action_endpoint:\n  url: \"{self.url_actions}/webhook\"\n", encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(RACINE), AIGUILLAGE_ORIGINES=self.origines or os.environ.get(
            "AIGUILLAGE_ORIGINES", ""), SANIC_REGISTER="False", TF_CPP_MIN_LOG_LEVEL="3")
        commandes = {
            "actions": [bin_rasa, "run", "actions", "--actions", "actions", "--port", str(self.port_actions)],
            "rasa": [bin_rasa, "run", "--model", str(modele or dernier_modele()), "--endpoints", str(endpoints),
                     "--credentials", str(RACINE / "bot" / "credentials.yml"), "--port", str(self.port_rasa),
                     "-i", "127.0.0.1", "--enable-api", "--cors", "*"],
            "web": [python, "-m", "bot.web.serveur", "--port", str(self.port_web), "--rasa", self.url_rasa,
                    "--actions", self.url_actions],
        }
        for nom, commande in commandes.items():
            sortie = open(self.journaux / f"{nom}.log", "w", encoding="utf-8")
            self.processus.append(subprocess.Popen(commande, cwd=RACINE, env=env, stdout=sortie,
                                                   stderr=subprocess.STDOUT, start_new_session=True))
        self._attendre(f"{self.url_actions}/health", attendre)
        self._attendre(f"{self.url_rasa}/status", attendre)
        self._attendre(f"{self.url_web}/sante", attendre)
        return self

    def _attendre(self, url: str, delai: float) -> None:
        fin = time.monotonic() + delai
        while time.monotonic() < fin:
            for p in self.processus:
                if p.poll() is not None:
                    self.arreter()
                    raise RuntimeError(f"Un serveur s'est arrêté au démarrage (code {p.returncode}) ; "
                                       f"voir les journaux dans {self.journaux}")
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        self.arreter()
        raise RuntimeError(f"{url} ne répond pas après {delai:.0f} s ; voir {self.journaux}")

    def arreter(self) -> None:
        for p in self.processus:
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for p in self.processus:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        self.processus.clear()

    def memoire_mo(self) -> dict[str, float]:
        """Resident memory of each server (including its children), in MB."""
        resultat = {}
        for nom, p in zip(("actions", "rasa", "web"), self.processus):
            resultat[nom] = _rss_arbre(p.pid) / 1024
        return resultat


def _rss_arbre(pid: int) -> float:
    total, a_voir = 0.0, [pid]
    while a_voir:
        courant = a_voir.pop()
        try:
            for ligne in Path(f"/proc/{courant}/status").read_text().splitlines():
                if ligne.startswith("VmRSS:"):
                    total += float(ligne.split()[1])
            enfants = Path(f"/proc/{courant}/task/{courant}/children").read_text().split()
            a_voir.extend(int(e) for e in enfants)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def serveurs_temporaires(origines: str = "") -> Serveurs:
    return Serveurs(port_libre(), port_libre(), port_libre(), Path(tempfile.mkdtemp(prefix="aiguillage-")), origines=origines)


def main() -> None:
    p = argparse.ArgumentParser(description="Démarre Aiguillage (serveur d'actions, Rasa, front web).")
    p.add_argument("--port-web", type=int, default=int(os.environ.get("PORT_WEB", 8000)))
    p.add_argument("--port-rasa", type=int, default=int(os.environ.get("PORT_RASA", 5005)))
    p.add_argument("--port-actions", type=int, default=int(os.environ.get("PORT_ACTIONS", 5055)))
    a = p.parse_args()
    serveurs = Serveurs(a.port_actions, a.port_rasa, a.port_web, RACINE / "var" / "journaux",
                        origines=os.environ.get("AIGUILLAGE_ORIGINES", f"http://127.0.0.1:{a.port_web} http://localhost:{a.port_web}"))
    print("Démarrage du serveur d'actions, de Rasa et du front web (environ 30 s)…", flush=True)
    serveurs.demarrer()
    print(f"""
Aiguillage est prêt.
  Conversation       : {serveurs.url_web}/
  Console opérateur  : {serveurs.url_web}/console
  Portail de démo    : {serveurs.url_web}/demo/   (widget intégré)
  API REST Rasa      : {serveurs.url_rasa}/webhooks/rest/webhook
  Journaux           : {serveurs.journaux}
Ctrl-C pour tout arrêter.""", flush=True)
    try:
        while all(p.poll() is None for p in serveurs.processus):
            time.sleep(1)
        print("Un serveur s'est arrêté ; arrêt des autres.", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nArrêt…")
    finally:
        serveurs.arreter()


if __name__ == "__main__":
    main()
