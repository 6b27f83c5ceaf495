"""Shared fixtures: the real servers (action server, Rasa, web front) started once
per test session on free ports, a second origin serving the demo portal, and a
REST client that talks to Rasa like any channel would."""
from __future__ import annotations

import functools
import http.server
import json
import os
import threading
import urllib.request
import uuid
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parent.parent
ARTEFACTS = RACINE / "var" / "artefacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "browser" in str(item.fspath) or "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def artefacts_dir() -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    return ARTEFACTS


class _Portail(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="session")
def _portail_et_serveurs(tmp_path_factory):
    from bot.lancement import port_libre, serveurs_temporaires

    port_portail = port_libre()
    origine_portail = f"http://localhost:{port_portail}"
    serveurs = serveurs_temporaires(origines=origine_portail)
    serveurs.demarrer()
    dossier = tmp_path_factory.mktemp("portail")
    for page in ("index.html", "page2.html"):
        texte = (RACINE / "bot" / "web" / "demo" / page).read_text(encoding="utf-8")
        (dossier / page).write_text(texte.replace("__SERVEUR__", serveurs.url_web), encoding="utf-8")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port_portail),
                                            functools.partial(_Portail, directory=str(dossier)))
    fil = threading.Thread(target=httpd.serve_forever, daemon=True)
    fil.start()
    yield serveurs, f"{origine_portail}/index.html"
    httpd.shutdown()
    serveurs.arreter()


@pytest.fixture(scope="session")
def serveurs(_portail_et_serveurs):
    return _portail_et_serveurs[0]


@pytest.fixture(scope="session")
def front_url(serveurs) -> str:
    return serveurs.url_web


@pytest.fixture(scope="session")
def portail_url(_portail_et_serveurs) -> str:
    return _portail_et_serveurs[1]


class ClientRest:
    """Talks to Rasa's REST channel as a real client does."""

    def __init__(self, url_rasa: str):
        self.url = f"{url_rasa}/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4().hex[:10]}"

    def envoyer(self, texte: str, metadata: dict | None = None) -> list[dict]:
        corps = {"sender": self.sender, "message": texte}
        if metadata:
            corps["metadata"] = metadata
        requete = urllib.request.Request(self.url, data=json.dumps(corps).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(requete, timeout=60) as r:
            return json.loads(r.read())


@pytest.fixture
def client(serveurs) -> ClientRest:
    return ClientRest(serveurs.url_rasa)


def charges(messages: list[dict], type_: str | None = None) -> list[dict]:
    return [m["custom"] for m in messages if "custom" in m and (type_ is None or m["custom"].get("type") == type_)]
