"""French text of an orientation, for channels that show only text and for the
"Copier la synthèse" feature. The structured payload carries the same facts."""
from __future__ import annotations

from knowledge.faits import INCONNU, Faits

LIEUX = {"domicile": "à domicile", "ehpad": "en EHPAD", "etablissement_handicap": "en établissement (handicap)",
         "hopital": "hospitalisée actuellement", "sans_domicile": "sans domicile", INCONNU: "lieu de vie non précisé"}


def resume_faits(faits: Faits) -> str:
    morceaux = []
    if faits.age is not None:
        morceaux.append(f"{faits.age} ans")
    elif faits.tranche == "60_plus":
        morceaux.append("60 ans ou plus")
    elif faits.tranche == "moins_de_18":
        morceaux.append("moins de 18 ans")
    elif faits.tranche == "18_59":
        morceaux.append("entre 18 et 59 ans")
    if faits.lieu_de_vie:
        morceaux.append(LIEUX.get(faits.lieu_de_vie, faits.lieu_de_vie))
    if faits.aidant_epuise is True:
        morceaux.append("aidant épuisé")
    elif faits.aidant_present is False:
        morceaux.append("pas d'aidant")
    if faits.commune:
        morceaux.append(f"{faits.commune['nom']} ({faits.commune['departement']})")
    return ", ".join(morceaux)


def texte_contact(contact: dict) -> str:
    morceaux = []
    if contact.get("telephone"):
        morceaux.append(f"tél. {contact['telephone']}")
    if contact.get("email"):
        morceaux.append(contact["email"])
    if contact.get("site"):
        morceaux.append(contact["site"])
    return " – ".join(morceaux)


def texte_orientation(payload: dict) -> str:
    lignes = []
    if payload.get("urgence"):
        lignes.append(f"⚠ {payload['urgence']['texte']}")
    faits = Faits.depuis_dict(payload.get("situation"))
    resume = resume_faits(faits)
    recos = [r for r in payload["recommandations"] if r["type"] != "URGENCE"]
    if recos:
        lignes.append(f"Orientation proposée{f' ({resume})' if resume else ''} :")
    for r in recos:
        rang = sum(1 for x in recos if x["rang"] <= r["rang"])
        ligne = f"{rang}. {r['nom']} – {', '.join(r['pourquoi'][:2])}."
        contact = texte_contact(r["contact"])
        ligne += f" Contact : {contact}." if contact else f" Contact non vérifié dans nos sources. {r.get('repli') or ''}".rstrip()
        lignes.append(ligne)
    return "\n".join(lignes)


def synthese(payload: dict) -> str:
    """Plain text a professional can paste into a file or an e-mail."""
    faits = Faits.depuis_dict(payload.get("situation"))
    lignes = ["Synthèse Aiguillage", f"Situation : {resume_faits(faits) or 'non précisée'}"]
    if faits.signaux:
        lignes.append("Signaux : " + ", ".join(s.replace("_", " ") for s in faits.signaux if not s.startswith("-")))
    lignes.append(texte_orientation(payload))
    lignes.append("Sources : " + ", ".join(sorted({r["source"] for r in payload["recommandations"] if r.get("source")})))
    return "\n".join(lignes)
