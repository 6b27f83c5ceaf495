"""An action server that is down: a clear French message, the message is not lost."""
from __future__ import annotations

import json
import os
import signal
import urllib.error
import urllib.request

import pytest

from bot.lancement import serveurs_temporaires

pytestmark = pytest.mark.e2e


def test_serveur_d_actions_arrete(serveurs):  # after the shared servers: one heavy start at a time
    propres = serveurs_temporaires().demarrer()
    try:
        actions = propres.processus[0]
        os.killpg(actions.pid, signal.SIGTERM)
        actions.wait(timeout=20)
        requete = urllib.request.Request(f"{propres.url_web}/api/message",
                                         data=json.dumps({"sender": "panne", "message": "84 ans à Étampes"}).encode(),
                                         headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(requete, timeout=60)
        assert e.value.code == 503
        corps = json.loads(e.value.read())
        assert "indisponible" in corps["erreur"] and "15" in corps["erreur"]
    finally:
        propres.arreter()
