"""How people name each type of dispositif (patterns on normalised text)."""
from __future__ import annotations

import re

# How people name each type (normalised text).
NOMS = {
    "DAC": r"\bdac\b|dispositifs? d appui a la coordination|\bpta\b",
    "CRT": r"\bcrt\b|centres? de ressources? territoria",
    "CPTS": r"\bcpts\b|communautes? professionnelles? territoriales? de sante",
    "C360": r"communautes? 360|\bc360\b|\b360\b",
    "SPDA": r"\bspda\b|service public departemental de l autonomie",
    "CLIC": r"(?<!\bd )\bclic\b|centres? local d information",  # not the end of « D-CLIC »
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
MOTIFS = {code: re.compile(m) for code, m in NOMS.items()}


# « coordinatrice MSP à Langres : qui fait quoi entre DAC et CPTS ? »: the writer's own structure is not asked about
_AUTEUR_AVANT = re.compile(r"\b(coordinat\w*|secretai\w*|idec|ipa|infirmi\w*|equipe|responsable|directeur|directrice|cadre|"
                           r"accueil|salariee?|benevole|presidente?|chargee? de mission)( (de|d|du|a|au) (la |l |une |un |notre |ma )?)?\W*$"
                           r"|\b(on est|nous sommes|je suis|je travaille (dans|a|en|au))( une| un| la| le| l| notre)?( \w+)?\W*$")  # « on est une MSP toute neuve »


def codes_nommes(texte_normalise: str) -> list[str]:
    """The types named in a normalised text, in the order they first appear, leaving out the
    writer's own structure (named right after the writer's role)."""
    trouves = sorted((m.start(), code) for code, motif in MOTIFS.items()
                     for m in [next((m for m in motif.finditer(texte_normalise)
                                     if not _AUTEUR_AVANT.search(texte_normalise[max(0, m.start() - 40):m.start()])), None)] if m)
    return [code for _, code in trouves]
