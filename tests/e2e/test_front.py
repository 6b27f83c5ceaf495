"""The web front over HTTP: limits, CORS, bad input, analysis endpoint, logs."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.e2e


def poster(url: str, corps, origine: str | None = None):
    donnees = corps if isinstance(corps, bytes) else json.dumps(corps).encode()
    entetes = {"Content-Type": "application/json"}
    if origine:
        entetes["Origin"] = origine
    requete = urllib.request.Request(url, data=donnees, headers=entetes)
    try:
        with urllib.request.urlopen(requete, timeout=60) as r:
            return r.status, json.loads(r.read()), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}"), dict(e.headers)


def test_message_trop_long_refuse_en_francais(front_url):
    statut, corps, _ = poster(f"{front_url}/api/message", {"sender": "t1", "message": "a" * 2001})
    assert statut == 413 and "2000" in corps["erreur"] and "caractères" in corps["erreur"]


def test_message_vide_refuse(front_url):
    statut, corps, _ = poster(f"{front_url}/api/message", {"sender": "t2", "message": "   "})
    assert statut == 400 and "vide" in corps["erreur"]


def test_json_invalide_refuse(front_url):
    statut, corps, _ = poster(f"{front_url}/api/message", b"{pas du json")
    assert statut == 400 and corps["erreur"]


def test_emoji_et_html_passent_sans_erreur(front_url):
    statut, corps, _ = poster(f"{front_url}/api/message",
                              {"sender": "t3", "message": "👵🏻 <script>alert(1)</script> 84 ans à Étampes"})
    assert statut == 200 and isinstance(corps, list) and corps


def test_cors_origine_autorisee_et_refusee(front_url, portail_url):
    origine = portail_url.rsplit("/", 1)[0]
    statut, _, entetes = poster(f"{front_url}/api/message", {"sender": "t4", "message": "bonjour"}, origine)
    assert statut == 200 and entetes.get("Access-Control-Allow-Origin") == origine
    statut, corps, entetes = poster(f"{front_url}/api/message", {"sender": "t5", "message": "bonjour"},
                                    "https://site-inconnu.example")
    assert statut == 403 and "Access-Control-Allow-Origin" not in entetes


def test_analyse_console(front_url):
    statut, corps, _ = poster(f"{front_url}/analyse",
                              {"notes": "Appel IDEL : Mme R., 84 ans, seule à domicile à Étampes, chutes, fille épuisée"})
    assert statut == 200
    assert corps["situation"]["age"] == 84 and corps["situation"]["commune"]["nom"] == "Étampes"
    assert corps["recommandations"][0]["type"] == "DAC"
    statut, corps, _ = poster(f"{front_url}/analyse", {"notes": "veut en finir avec la vie"})
    assert corps["urgence"]["numero"] == "3114" and corps["prochaine_question"] is None


def test_pas_de_donnees_personnelles_dans_les_journaux(serveurs, client):
    client.envoyer("Mme Dupont-Martin née le 12/03/1941, tél 06 12 34 56 78, 84 ans à Étampes, chutes")
    for journal in serveurs.journaux.glob("*.log"):
        contenu = journal.read_text(encoding="utf-8", errors="replace")
        for secret in ("Dupont", "06 12 34 56 78", "12/03/1941"):
            assert secret not in contenu, f"{secret} trouvé dans {journal.name}"
