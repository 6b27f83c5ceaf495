"""One-shot analysis of a whole text (operator console, command line, tests).

The same path the conversation takes: danger first, facts, commune, engine.
"""
from __future__ import annotations

from knowledge.danger import detecter
from knowledge.extraction import NE_SAIT_PAS, extraire
from knowledge.texte import normaliser
from knowledge.faits import Faits
from knowledge.moteur import moteur
from knowledge.territoires import territoires

LIMITE_CARACTERES = 2000


def faits_depuis_texte(texte: str, faits: Faits | None = None, champ_attendu: str | None = None,
                       departement_prefere: str | None = None) -> Faits:
    """Facts of `texte` merged into `faits` (answers, corrections)."""
    faits = faits or Faits()
    nouveaux = extraire(texte, champ_attendu)
    if champ_attendu == "commune":
        res = territoires().resoudre(texte, departement_prefere)
        if res.statut != "trouvee":
            res2 = territoires().chercher_dans_texte(texte, departement_prefere)
            res = res2 if res2 and res2.statut != "inconnue" else res
    else:
        res = territoires().chercher_dans_texte(texte, departement_prefere)
    if res is not None:
        if res.statut == "trouvee":
            nouveaux.commune = res.commune.payload()
        elif res.statut == "ambigue":
            candidats = [c.payload() for c in res.candidats]
            if champ_attendu == "commune" and faits.commune_candidats == candidats:
                # the same homonym typed again after the choice was offered: the largest town
                nouveaux.commune = candidats[0]
            else:
                nouveaux.commune_candidats = candidats
        elif champ_attendu == "commune":
            nouveaux.commune_inconnue = texte.strip()
    if champ_attendu == "commune" and nouveaux.commune is None and not nouveaux.commune_candidats \
            and NE_SAIT_PAS.search(normaliser(texte)):
        nouveaux.commune_nsp, nouveaux.commune_inconnue = True, None
    return faits.fusionner(nouveaux)


def analyser(texte: str, departement_prefere: str | None = None) -> dict:
    texte = (texte or "")[:LIMITE_CARACTERES * 5]
    faits = faits_depuis_texte(texte, departement_prefere=departement_prefere)
    urgence = detecter(texte, faits.age)
    m = moteur()
    orientation = m.orienter(faits, urgence)
    question = None if urgence else m.prochaine_question(faits)
    sortie = orientation.payload()
    sortie["prochaine_question"] = question
    return sortie
