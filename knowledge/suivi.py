"""Follow-up questions after an orientation, answered from the same facts:
"et pour l'aidante ?", "donnez-moi le mail", "pourquoi pas le CRT ?"."""
from __future__ import annotations

import re

from knowledge.explications import dispositifs_mentionnes
from knowledge.faits import INCONNU, Faits
from knowledge.moteur import moteur
from knowledge.rendu import texte_contact
from knowledge.texte import normaliser


def contacts(orientation: dict, texte: str) -> str:
    t = normaliser(texte)
    voulu = "email" if re.search(r"\b(mail|e mail|courriel|email|adresse mail|messagerie)\b", t) else \
        "adresse" if re.search(r"\b(adresse|ou (se trouve|sont)|locaux)\b", t) else \
        "site" if re.search(r"\b(site|internet|web|lien)\b", t) else "telephone"
    libelles = {"email": "e-mail", "adresse": "adresse", "site": "site", "telephone": "téléphone"}
    codes = dispositifs_mentionnes(texte)
    lignes = []
    for r in orientation.get("recommandations", []):
        if codes and r["type"] not in codes:
            continue
        valeur = r["contact"].get(voulu)
        source = f" (source : {r['contact'].get('source')}, {r['contact'].get('verifie_le')})" if valeur else ""
        lignes.append(f"{r['nom']} : {valeur or libelles[voulu] + ' non connu dans nos sources'}{source}.")
    return "\n".join(lignes) or "Je n'ai pas encore d'orientation pour cette situation : décrivez-la d'abord."


def pourquoi(faits: Faits, orientation: dict, texte: str) -> str:
    codes = dispositifs_mentionnes(texte)
    types_proposes = {r["type"]: r for r in orientation.get("recommandations", [])}
    if not codes:
        premier = next((r for r in orientation.get("recommandations", []) if r["type"] != "URGENCE"), None)
        if not premier:
            return "Je n'ai pas encore d'orientation pour cette situation."
        return f"{premier['nom']} en premier : " + " ; ".join(premier["pourquoi"]) + "."
    code = codes[0]
    if code in types_proposes:
        r = types_proposes[code]
        return f"{r['nom']} est proposé (rang {r['rang']}) : " + " ; ".join(r["pourquoi"]) + "."
    return f"Pas de {code} en tête de liste : " + raison_absence(code, faits) + "."


def raison_absence(code: str, faits: Faits) -> str:
    tranche = faits.tranche
    if code == "CRT":
        if tranche in ("moins_de_18", "18_59"):
            return "le CRT s'adresse aux personnes de 60 ans et plus (003)"
        if faits.lieu_de_vie not in (None, "domicile", INCONNU):
            return "le CRT accompagne des personnes vivant à domicile (003)"
        m = moteur()
        commune = m.commune_de(faits)
        if commune and not m.annuaire.couvrants(commune, "CRT", 2):
            if not m.annuaire.couvrants(commune, "CRT"):
                return f"aucun CRT n'est répertorié dans nos sources pour {commune.nom}"
            return (f"le volet 2 (accompagnement renforcé) ne couvre pas {commune.nom} ; seul le volet 1 "
                    "(prévention, isolement, appui aux professionnels) y est déployé (003)")
        return ("rien dans la description n'indique que l'accompagnement classique à domicile ne suffit plus "
                "(condition du volet 2) ni un besoin de prévention (volet 1) (003)")
    if code == "DAC":
        return ("le DAC intervient en subsidiarité, pour les situations complexes que les professionnels ne "
                "parviennent plus à gérer seuls ; la situation décrite relève du droit commun (003, 004)")
    if code == "CPTS":
        return ("la CPTS organise l'accès au médecin traitant et les soins de ville à l'échelle d'un territoire ; "
                "elle n'accompagne pas individuellement un patient (003)")
    if code == "C360":
        return "la Communauté 360 s'adresse aux personnes en situation de handicap et à leurs aidants (004)"
    if code in ("CLIC", "SPDA"):
        return "le CLIC et le SPDA traitent les besoins simples (droits, aides) ; la situation décrite est complexe ou ne relève pas de la perte d'autonomie"
    return "aucun élément de la description ne correspond à ses critères"


def pour_aidant(faits: Faits) -> dict:
    """What exists for the carer, with the contacts serving the commune."""
    aidant = Faits.depuis_dict(faits.payload())
    aidant.aidant_epuise = True
    if "repit" not in aidant.signaux:
        aidant.signaux.append("repit")
    orientation = moteur().orienter(aidant)
    recos = [r for r in orientation.recommandations if r.type in ("PFR", "CRT", "C360", "DAC", "CLIC")]
    lignes = ["Pour l'aidant :"]
    for r in recos[:3]:
        contact = texte_contact(r.contact)
        lignes.append(f"- {r.nom} : {r.role} " + (f"Contact : {contact}." if contact else (r.repli or "")))
    if faits.a("handicap"):
        lignes.append("- Communauté 360 : numéro vert national 0 800 360 360.")
    payload = orientation.payload()
    payload["recommandations"] = [r.payload() for r in recos[:3]]
    return {"texte": "\n".join(lignes), "payload": payload}
