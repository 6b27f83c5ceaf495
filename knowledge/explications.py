"""Answers to questions about the dispositifs themselves ("c'est quoi un CRT ?",
"différence entre DAC et CPTS ?", "qui peut saisir le DAC ?", "quel DAC couvre
Asnières ?"), from the knowledge base, with their sources."""
from __future__ import annotations

import re

from knowledge.annuaire import annuaire
from knowledge.rendu import texte_contact
from knowledge.texte import normaliser
from knowledge.territoires import territoires

# How people name each type (normalised text).
NOMS = {
    "DAC": r"\bdac\b|dispositifs? d appui a la coordination|\bpta\b",
    "CRT": r"\bcrt\b|centres? de ressources? territoria",
    "CPTS": r"\bcpts\b|communautes? professionnelles? territoriales? de sante",
    "C360": r"communautes? 360|\bc360\b|\b360\b",
    "SPDA": r"\bspda\b|service public departemental de l autonomie",
    "CLIC": r"\bclic\b|centres? local d information",
    "SAS": r"\bsas\b|service d acces aux soins",
    "DCLIC": r"\bd ?clic\b|clinique indirecte",
    "DR": r"\bdr\b|\bdsr\b|\bder\b|dispositifs? (specifiques? )?regiona|dispositifs? experts?",
    "PTSM": r"\bptsm\b|\bcmp\b|projet territorial de sante mentale|centre medico psychologique",
    "PASS": r"\bpass\b|permanences? d acces aux soins",
    "PFR": r"\bpfr\b|plateformes? (d accompagnement et )?de repit",
    "EMSP": r"\bemsp\b|equipes? mobiles? de soins palliatifs",
    "HAD": r"\bhad\b|hospitalisation a domicile",
    "MSP": r"\bmsp\b|maisons? de sante|centres? de sante",
}
_MOTIFS = {code: re.compile(m) for code, m in NOMS.items()}
SOURCES = {"003": "003_835323a5adf77f95.txt", "004": "004_acaa139ceed66c90.txt", "000": "000_3588a2210b9587f7.txt",
           "001": "001_8d583b87a6b33d78.txt"}


def dispositifs_mentionnes(texte: str, entites: list[str] | None = None) -> list[str]:
    t = normaliser(texte)
    trouves = sorted(((m.start(), code) for code, motif in _MOTIFS.items() for m in [motif.search(t)] if m))
    codes = [code for _, code in trouves]
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


def couverture(code: str, texte: str) -> dict:
    T = territoires()
    res = T.chercher_dans_texte(texte) or T.resoudre(re.sub(r".*\b(couvre|pour|a|à|sur|de)\b", "", texte).strip(" ?"))
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


def expliquer(intention: str, texte: str, entites: list[str] | None = None) -> dict:
    codes = dispositifs_mentionnes(texte, entites)
    if intention == "ask_difference" and len(codes) >= 2:
        return comparer(codes[0], codes[1])
    if not codes:
        return {"type": "information", "sujet": None, "source": None,
                "texte": "De quel dispositif parlez-vous ? Par exemple : DAC, CRT, CPTS, Communauté 360, CLIC, SPDA, "
                         "SAS, D-CLIC, DR/DSR, PTSM, PASS, plateforme de répit, HAD, EMSP, MSP."}
    if intention == "ask_who_can_refer":
        return qui_peut_saisir(codes[0])
    if intention == "ask_coverage":
        return couverture(codes[0], texte)
    return definir(codes[0])
