"""The web front: chat page, operator console, widget, demo portal, and two
JSON endpoints — POST /api/message (relayed to Rasa's REST channel) and
POST /analyse (single-shot analysis for the console, no dialogue).

Run: python -m bot.web.serveur --port 8000 --rasa http://127.0.0.1:5005 --actions http://127.0.0.1:5055
Allowed origins for the widget (CORS): AIGUILLAGE_ORIGINES="https://dac.example.fr http://localhost:8081".
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
from pathlib import Path

import aiohttp
from sanic import Sanic, response
from sanic.request import Request

from actions.confidentialite import installer_filtre
from knowledge.analyse import LIMITE_CARACTERES, analyser
from knowledge.danger import alerte
from knowledge.danger_appris import modele as modele_danger

ICI = Path(__file__).resolve().parent
STATIQUE = ICI / "static"
DEMO = ICI / "demo"
FICHIERS = {"chat.css": "text/css", "chat.js": "text/javascript", "rendu.js": "text/javascript",
            "console.css": "text/css", "console.js": "text/javascript"}
_EXPEDITEUR = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'")
MESSAGES = {
    "vide": "Votre message est vide : décrivez la situation en quelques mots.",
    "long": f"Votre message dépasse {LIMITE_CARACTERES} caractères. Résumez la situation (âge, lieu de vie, "
            "difficultés, commune) ; votre texte n'a pas été effacé.",
    "format": "Requête invalide : un objet JSON {\"sender\": \"…\", \"message\": \"…\"} est attendu.",
    "indisponible": "Le service d'orientation est momentanément indisponible. Votre message n'a pas été perdu : "
                    "réessayez dans un instant. En cas d'urgence vitale, appelez le 15.",
    "origine": "Origine non autorisée pour ce widget.",
}

log = logging.getLogger("aiguillage.web")


def widget_assemble() -> str:
    """The widget as one file for the host page: widget_source.js with rendu.js inserted
    (the chat page, the console and the widget share one renderer, kept once in the repo)."""
    source = (STATIQUE / "widget_source.js").read_text(encoding="utf-8")
    rendu = (STATIQUE / "rendu.js").read_text(encoding="utf-8")
    debut = source.index("/* @@RENDU@@")
    fin = source.index("*/", debut) + 2
    return source[:debut] + rendu + source[fin:]


def origines_autorisees() -> set[str]:
    return set(os.environ.get("AIGUILLAGE_ORIGINES", "").split())


def creer_app(url_rasa: str, url_actions: str, nom: str = "aiguillage_web") -> Sanic:
    app = Sanic(nom)
    app.config.REQUEST_MAX_SIZE = 64 * 1024  # far above 2 000 characters, far below abuse
    app.ctx.url_rasa = url_rasa.rstrip("/")
    app.ctx.url_actions = url_actions.rstrip("/")
    app.ctx.widget = widget_assemble()

    @app.listener("before_server_start")
    async def _session(app, _loop):
        app.ctx.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        modele_danger()  # the learned danger net, read before the first /analyse

    @app.listener("after_server_stop")
    async def _fermer(app, _loop):
        await app.ctx.http.close()

    def cors(request: Request, resp):
        origine = request.headers.get("origin")
        if origine and origine in origines_autorisees():
            resp.headers["Access-Control-Allow-Origin"] = origine
            resp.headers["Vary"] = "Origin"
            resp.headers["Access-Control-Allow-Methods"] = "POST, OPTIONS"
            resp.headers["Access-Control-Allow-Headers"] = "Content-Type"
            resp.headers["Access-Control-Max-Age"] = "600"
        return resp

    def origine_refusee(request: Request) -> bool:
        origine = request.headers.get("origin")
        propre = f"{request.scheme}://{request.host}"
        return bool(origine) and origine != propre and origine not in origines_autorisees()

    def erreur(request, cle, statut):
        return cors(request, response.json({"erreur": MESSAGES[cle]}, status=statut))

    def page(chemin: Path, remplacer: str | None = None):
        texte = chemin.read_text(encoding="utf-8")
        if remplacer is not None:
            texte = texte.replace("__SERVEUR__", remplacer)
        resp = response.html(texte)
        resp.headers["Content-Security-Policy"] = CSP if remplacer is None else CSP.replace(
            "script-src 'self'", f"script-src 'self' {remplacer}").replace("connect-src 'self'", f"connect-src 'self' {remplacer}")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        return resp

    @app.get("/")
    async def accueil(request):
        return page(STATIQUE / "index.html")

    @app.get("/console")
    async def console(request):
        return page(STATIQUE / "console.html")

    @app.get("/widget.js")
    async def widget(request):
        resp = response.text(app.ctx.widget, content_type="text/javascript; charset=utf-8")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Access-Control-Allow-Origin"] = "*"  # a script tag; data goes through CORS-checked endpoints
        resp.headers["Cache-Control"] = "public, max-age=300"
        return resp

    @app.get("/<fichier:str>")
    async def statique(request, fichier: str):
        if fichier not in FICHIERS:
            return response.text("Page introuvable.", status=404)
        resp = await response.file(STATIQUE / fichier, mime_type=FICHIERS[fichier] + "; charset=utf-8")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        return resp

    @app.get("/demo/")
    @app.get("/demo/<fichier:str>")
    async def demo(request, fichier: str = "index.html"):
        if fichier not in ("index.html", "page2.html"):
            return response.text("Page introuvable.", status=404)
        return page(DEMO / fichier, f"{request.scheme}://{request.host}")

    @app.route("/api/message", methods=["OPTIONS"])
    @app.route("/analyse", methods=["OPTIONS"])
    async def preflight(request):
        if origine_refusee(request):
            return response.empty(status=403)
        return cors(request, response.empty(status=204))

    def lire_corps(request: Request, champ: str):
        """(body, None) for an allowed origin and a JSON object whose `champ` is text,
        else (None, the French error response)."""
        if origine_refusee(request):
            return None, erreur(request, "origine", 403)
        try:
            corps = request.json
        except Exception:
            corps = None
        if not isinstance(corps, dict) or not isinstance(corps.get(champ, ""), str):
            return None, erreur(request, "format", 400)
        return corps, None

    @app.post("/api/message")
    async def message(request):
        corps, refus = lire_corps(request, "message")
        if refus:
            return refus
        texte = corps.get("message", "").strip()
        expediteur = str(corps.get("sender") or "")
        if not _EXPEDITEUR.match(expediteur):
            return erreur(request, "format", 400)
        if not texte:
            return erreur(request, "vide", 400)
        if len(texte) > LIMITE_CARACTERES:
            return erreur(request, "long", 413)
        metadonnees = corps.get("metadata") if isinstance(corps.get("metadata"), dict) else {}
        territoire = str(metadonnees.get("territoire", ""))[:3]
        charge = {"sender": expediteur, "message": texte,
                  "metadata": {"territoire": territoire} if re.fullmatch(r"\d[0-9AB]\d?", territoire or "") else {}}
        try:
            async with app.ctx.http.post(f"{app.ctx.url_rasa}/webhooks/rest/webhook", json=charge) as r:
                if r.status != 200:
                    return erreur(request, "indisponible", 503)
                messages = await r.json()
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return erreur(request, "indisponible", 503)
        if not messages and not await actions_en_service(app):
            return erreur(request, "indisponible", 503)
        return cors(request, response.json(messages))

    @app.post("/analyse")
    async def analyse(request):
        corps, refus = lire_corps(request, "notes")
        if refus:
            return refus
        notes = corps.get("notes", "")
        if len(notes) > LIMITE_CARACTERES:
            return erreur(request, "long", 413)
        territoire = corps.get("territoire") if isinstance(corps.get("territoire"), str) else None
        resultat = await asyncio.get_running_loop().run_in_executor(None, analyser, notes, territoire)
        if resultat["urgence"] is None and notes.strip():
            # same safety net as the conversation: the NLU may hear a danger the patterns missed
            urgence = alerte(notes, resultat["situation"].get("age"), *await intention_du_modele(app, notes))
            if urgence:
                resultat["urgence"], resultat["prochaine_question"] = urgence.payload(), None
        return cors(request, response.json(resultat))

    @app.get("/sante")
    async def sante(request):
        return response.json({"web": "ok", "actions": "ok" if await actions_en_service(app) else "indisponible"})

    return app


async def intention_du_modele(app, texte: str) -> tuple[str | None, float]:
    """The NLU's intent and confidence for a text (None, 0 when Rasa does not answer)."""
    try:
        async with app.ctx.http.post(f"{app.ctx.url_rasa}/model/parse", json={"text": texte[:LIMITE_CARACTERES]},
                                     timeout=aiohttp.ClientTimeout(total=5)) as r:
            intention = (await r.json()).get("intent") or {}
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        return None, 0.0
    return intention.get("name"), intention.get("confidence") or 0.0


async def actions_en_service(app) -> bool:
    try:
        async with app.ctx.http.get(f"{app.ctx.url_actions}/health", timeout=aiohttp.ClientTimeout(total=3)) as r:
            return r.status == 200
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return False


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--hote", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--rasa", default="http://127.0.0.1:5005")
    p.add_argument("--actions", default="http://127.0.0.1:5055")
    a = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    installer_filtre()
    app = creer_app(a.rasa, a.actions)
    app.run(host=a.hote, port=a.port, access_log=False, single_process=True) if _sanic_recent() else \
        app.run(host=a.hote, port=a.port, access_log=False, workers=1)


def _sanic_recent() -> bool:
    import sanic
    return tuple(int(x) for x in sanic.__version__.split(".")[:2]) >= (22, 9)


if __name__ == "__main__":
    main()
