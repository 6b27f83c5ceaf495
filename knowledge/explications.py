"""Answers to questions about the dispositifs themselves ("c'est quoi un CRT ?",
"différence entre DAC et CPTS ?", "qui peut saisir le DAC ?", "quel DAC couvre
Asnières ?"), from the knowledge base, with their sources."""
from __future__ import annotations

import re

from knowledge.annuaire import annuaire
from knowledge.noms import NOMS, codes_nommes
from knowledge.rendu import texte_contact
from knowledge.texte import normaliser
from knowledge.territoires import territoires

SOURCES = {"003": "003_835323a5adf77f95.txt", "004": "004_acaa139ceed66c90.txt", "000": "000_3588a2210b9587f7.txt",
           "001": "001_8d583b87a6b33d78.txt"}


def dispositifs_mentionnes(texte: str, entites: list[str] | None = None) -> list[str]:
    codes = codes_nommes(normaliser(texte))
    for e in entites or []:
        if e in NOMS and e not in codes:
            codes.append(e)
    return codes


def _sources(type_info) -> str:
    return ", ".join(type_info.sources)


def definir(code: str) -> dict:
    t = annuaire().types[code]
    texte = f"{t.nom} ({code}) — {t.missions} Public : {t.public}"
    if t.qui_peut_saisir:
        texte += f" Qui peut le solliciter : {t.qui_peut_saisir}"
    return {"type": "information", "sujet": code, "texte": texte, "source": _sources(t)}


def comparer(a: str, b: str) -> dict:
    ta, tb = annuaire().types[a], annuaire().types[b]
    texte = (f"{ta.nom} ({a}) : {ta.missions} — {tb.nom} ({b}) : {tb.missions}")
    paire = {a, b}
    if paire == {"DAC", "CPTS"}:
        texte += (" En bref : le DAC accompagne des situations individuelles complexes (approche patient) ; la CPTS "
                  "organise les soins de ville d'un territoire (approche populationnelle) et n'est pas une structure "
                  "de coordination clinique. Ils agissent en coresponsabilité et en subsidiarité.")
    elif paire == {"DAC", "CRT"}:
        texte += (" En bref : le DAC coordonne les parcours de santé complexes à tout âge ; le CRT renforce "
                  "l'accompagnement à domicile des 60 ans et plus. Le DAC peut orienter vers le CRT et inversement.")
    elif paire == {"CLIC", "DAC"}:
        texte += (" En bref : le CLIC pour la compensation de la perte d'autonomie des personnes âgées ; le DAC pour "
                  "les parcours de santé complexes.")
    return {"type": "information", "sujet": f"{a}/{b}", "texte": texte,
            "source": ", ".join(sorted(set(ta.sources) | set(tb.sources)))}


def qui_peut_saisir(code: str) -> dict:
    t = annuaire().types[code]
    return {"type": "information", "sujet": code,
            "texte": f"Qui peut solliciter le {code} ({t.nom}) ? {t.qui_peut_saisir or 'Non précisé dans nos sources.'}",
            "source": _sources(t)}


def _commune_de_la_question(texte: str):
    T = territoires()
    return T.chercher_dans_texte(texte) or T.resoudre(re.sub(r".*\b(couvre|pour|a|à|sur|de)\b", "", texte).strip(" ?"))


def couverture(code: str, texte: str, res=None) -> dict:
    """`res`: the commune of `texte` when the caller already resolved it."""
    res = res or _commune_de_la_question(texte)
    t = annuaire().types.get(code)
    if res is None or res.statut == "inconnue":
        return {"type": "information", "sujet": code,
                "texte": "Je ne trouve pas la commune dans votre question. Indiquez son nom ou son code postal.",
                "source": None}
    if res.statut == "ambigue":
        noms = ", ".join(f"{c.nom} ({c.departement})" for c in res.candidats[:6])
        return {"type": "information", "sujet": code, "texte": f"Plusieurs communes correspondent : {noms}. Laquelle ?",
                "source": None}
    commune = res.commune
    couvrants = annuaire().couvrants(commune, code)
    if not couvrants:
        return {"type": "information", "sujet": code,
                "texte": f"Aucun {code} répertorié dans nos sources pour {commune.nom} ({commune.departement}). "
                         f"{t.nom if t else code} : renseignez-vous auprès de l'ARS ou du DAC du département.",
                "source": None}
    lignes = []
    for c in couvrants[:3]:
        d = c.dispositif
        contact = texte_contact(d.contact()) or "coordonnées non vérifiées dans nos sources"
        precision = "" if c.precision in ("commune", "departement", "national") else \
            " (couvre une partie du département ; liste exacte des communes non publiée)"
        lignes.append(f"{d.nom}{precision} : {contact}.")
    return {"type": "information", "sujet": code,
            "texte": f"Pour {commune.nom} ({commune.departement}) : " + " ".join(lignes),
            "source": ", ".join(sorted({c.dispositif.source or "" for c in couvrants[:3]} - {""}))}


_QUI_PEUT_SAISIR = re.compile(r"\bqui (peut|doit|a le droit|est habilite)|\b(saisir|solliciter|adresser|orienter vers|contacter)\b")
_COORDINATION_INDIVIDUELLE = re.compile(r"\b(coordination|coordonner|piloter|suivi individuel)\b.{0,80}\b(complexes?|patiente?s?|parcours d un|intervenants)\b"
                                        r"|\bpatiente?s?\b.{0,80}\b(coordonner|coordination)\b")


def expliquer(intention: str, texte: str, entites: list[str] | None = None) -> dict:
    codes = dispositifs_mentionnes(texte, entites)
    if intention == "ask_who_can_refer" and not _QUI_PEUT_SAISIR.search(normaliser(texte)):
        intention = "ask_definition"  # « la CPTS peut suivre un patient complexe ? » is not « qui peut saisir… ? »
    if intention in ("ask_difference", "ask_definition") and len(codes) >= 2:
        return comparer(codes[0], codes[1])  # « la CPTS peut-elle … ou c'est le DAC ? »: both, side by side
    if not codes:
        return {"type": "information", "sujet": None, "source": None,
                "texte": "De quel dispositif parlez-vous ? Par exemple : DAC, CRT, CPTS, Communauté 360, CLIC, SPDA, "
                         "SAS, D-CLIC, DR/DSR, PTSM, PASS, plateforme de répit, HAD, EMSP, MSP."}
    if len(codes) == 1 and codes[0] in ("CPTS", "CRT", "CLIC") and _COORDINATION_INDIVIDUELLE.search(normaliser(texte)):
        return comparer(codes[0], "DAC")  # individual coordination of a complex path: the DAC's mission (004 Annexe 1)
    if intention == "ask_who_can_refer":
        return qui_peut_saisir(codes[0])
    if intention == "ask_coverage":
        if len(codes) == 1:
            return couverture(codes[0], texte)
        # « quel DAC couvre Saclas, et le CRT y fait-il le volet 2 ? »: each one asked, in the order asked
        res = _commune_de_la_question(texte)  # one commune for all the dispositifs asked about
        reponses = [couverture(code, texte, res) for code in codes[:3]]
        return {"type": "information", "sujet": "/".join(codes[:3]),
                "texte": " ".join(f"{code} — {r['texte']}" for code, r in zip(codes, reponses)),
                "source": ", ".join(dict.fromkeys(r["source"] for r in reponses if r["source"])) or None}
    return definir(codes[0])
