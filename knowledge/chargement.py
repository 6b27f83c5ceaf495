"""Build the knowledge base from knowledge/data/ — validated, idempotent, atomic.

`python -m knowledge.chargement` (what `make kb` runs). The base is built into a
temporary file and swapped in only when every file is valid: a broken data file
leaves the previous base untouched, and the error names the file and the line.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import create_engine, delete
from sqlalchemy.orm import Session

from knowledge.base import CHEMIN_SQLITE, DONNEES, url_base
from knowledge.modeles import (Base, Commune, Couverture, Departement, Dispositif, Epci, Meta,
                               Region, TypeDispositif)
from knowledge.texte import normaliser_nom_commune


class ErreurDonnees(Exception):
    def __init__(self, fichier: Path | str, ligne: int | None, message: str):
        self.fichier, self.ligne, self.message = str(fichier), ligne, message
        super().__init__(f"{self.fichier}:{ligne if ligne else '?'}: {message}")


# --- YAML with line numbers ------------------------------------------------------

class _ChargeurLignes(yaml.SafeLoader):
    pass


def _mapping_avec_ligne(loader, node, deep=False):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__ligne__"] = node.start_mark.line + 1
    return mapping


class ListeLignes(list):
    """A YAML list that remembers the line of each item (errors name the exact line)."""
    lignes: list[int]


def _liste_avec_lignes(loader, node):
    liste = ListeLignes(loader.construct_sequence(node, deep=True))
    liste.lignes = [item.start_mark.line + 1 for item in node.value]
    return liste


_ChargeurLignes.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_avec_ligne)
_ChargeurLignes.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _liste_avec_lignes)


def lire_yaml(chemin: Path):
    try:
        return yaml.load(chemin.read_text(encoding="utf-8"), Loader=_ChargeurLignes)
    except yaml.YAMLError as e:
        ligne = getattr(getattr(e, "problem_mark", None), "line", None)
        raise ErreurDonnees(chemin, ligne + 1 if ligne is not None else None, f"YAML invalide : {e}") from e


# --- value checks -------------------------------------------------------------------

_TEL_COURT = re.compile(r"^([1-9]\d{1,3}|116\d{3})$")  # 15, 112, 3114, 3977, 116 117
_TEL_LONG = re.compile(r"^0\d{9}$")             # 01 64 99 08 59, 0 800 360 360
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def verifier_telephone(valeur: str) -> str:
    chiffres = re.sub(r"[ .\-]", "", valeur)
    if not (_TEL_COURT.match(chiffres) or _TEL_LONG.match(chiffres)):
        raise ValueError(f"numéro de téléphone invalide : « {valeur} »")
    return valeur.strip()


def verifier_contact(contact: dict) -> dict:
    sortie = {}
    for cle in ("telephone", "email", "site", "adresse", "source", "verifie_le", "remarque"):
        v = contact.get(cle)
        sortie[cle] = str(v).strip() if v not in (None, "") else None
    if sortie["telephone"]:
        sortie["telephone"] = verifier_telephone(sortie["telephone"])
    if sortie["email"] and not _EMAIL.match(sortie["email"]):
        raise ValueError(f"e-mail invalide : « {sortie['email']} »")
    if sortie["site"] and not sortie["site"].startswith(("http://", "https://")):
        raise ValueError(f"site invalide (http:// ou https:// attendu) : « {sortie['site']} »")
    a_un_fait = any(sortie[c] for c in ("telephone", "email", "site", "adresse"))
    if a_un_fait and not sortie["source"]:
        raise ValueError("un contact doit citer sa source")
    if a_un_fait and not (sortie["verifie_le"] and _DATE.match(sortie["verifie_le"])):
        raise ValueError("un contact doit porter sa date de vérification (AAAA, AAAA-MM ou AAAA-MM-JJ)")
    return sortie


# --- in-memory model of what will be written -------------------------------------------

@dataclass
class Contenu:
    regions: list = field(default_factory=list)
    departements: list = field(default_factory=list)
    epcis: list = field(default_factory=list)
    communes: list = field(default_factory=list)
    types: list = field(default_factory=list)
    dispositifs: list = field(default_factory=list)
    couvertures: list = field(default_factory=list)
    empreinte: str = ""


def _lire_csv(chemin: Path):
    with open(chemin, newline="", encoding="utf-8") as f:
        lecteur = csv.DictReader(f)
        for numero, ligne in enumerate(lecteur, start=2):
            yield numero, ligne


def charger_territoires(dossier: Path, contenu: Contenu) -> None:
    for n, l in _lire_csv(dossier / "regions.csv"):
        contenu.regions.append(dict(code=l["code"], nom=l["nom"]))
    for n, l in _lire_csv(dossier / "departements.csv"):
        contenu.departements.append(dict(code=l["code"], nom=l["nom"], region=l["region"]))
    for n, l in _lire_csv(dossier / "epci.csv"):
        contenu.epcis.append(dict(code=l["code"], nom=l["nom"], type=l["type"]))
    codes_dep = {d["code"] for d in contenu.departements}
    chemin = dossier / "communes.csv"
    for n, l in _lire_csv(chemin):
        if not re.match(r"^[0-9AB]{5}$", l["code_insee"] or ""):
            raise ErreurDonnees(chemin, n, f"code INSEE invalide : « {l['code_insee']} »")
        if l["departement"] not in codes_dep:
            raise ErreurDonnees(chemin, n, f"département inconnu : « {l['departement']} »")
        contenu.communes.append(dict(
            code_insee=l["code_insee"], nom=l["nom"], cle=normaliser_nom_commune(l["nom"]),
            departement=l["departement"], region=l["region"], codes_postaux=l["codes_postaux"],
            population=int(l["population"]) if l["population"] else None,
            epci=l["epci"] or None, type=l["type"]))


def charger_types(chemin: Path, contenu: Contenu) -> None:
    donnees = lire_yaml(chemin)
    for t in donnees.get("types", []):
        for cle in ("code", "nom", "public", "missions"):
            if not t.get(cle):
                raise ErreurDonnees(chemin, t["__ligne__"], f"champ « {cle} » manquant")
        contenu.types.append(dict(
            code=t["code"], nom=t["nom"], echelle=t.get("echelle"), public=t["public"],
            missions=t["missions"], qui_peut_saisir=t.get("qui_peut_saisir"),
            sources=" ".join(t.get("sources", []))))


class _IndexCommunes:
    def __init__(self, communes: list[dict]):
        self.par_cle = defaultdict(list)
        for c in communes:
            self.par_cle[c["cle"]].append(c)

    def trouver(self, nom: str, departements: set[str] | None) -> list[dict]:
        cands = self.par_cle.get(normaliser_nom_commune(nom), [])
        if departements:
            cands = [c for c in cands if c["departement"] in departements]
        return cands


def _resoudre_communes(noms, departements, index, corrections, chemin, ligne) -> list[str]:
    codes = []
    lignes = getattr(noms, "lignes", None) or [ligne] * len(noms)
    for nom, ligne in zip(noms, lignes):
        cible = corrections.get(nom, nom)
        trouvees = index.trouver(cible, departements)
        if len(trouvees) != 1:
            quoi = "introuvable" if not trouvees else "ambiguë"
            raise ErreurDonnees(chemin, ligne, f"commune {quoi} : « {nom} » (départements {sorted(departements or [])})")
        codes.append(trouvees[0]["code_insee"])
    return codes


def charger_listes(dossier: Path, index: _IndexCommunes) -> dict[str, list[str]]:
    listes = {}
    for chemin in sorted(dossier.glob("listes_*.yml")):
        donnees = lire_yaml(chemin)
        deps = {str(donnees["departement"])} if donnees.get("departement") else None
        corrections = {k: v for k, v in (donnees.get("corrections") or {}).items() if k != "__ligne__"}
        for nom, communes in donnees["listes"].items():
            if nom == "__ligne__":
                continue
            listes[nom] = _resoudre_communes(communes, deps, index, corrections, chemin, donnees["listes"]["__ligne__"])
    return listes


def _couvertures_yaml(d, listes, index, chemin, codes_dep, codes_reg) -> list[tuple[str, str]]:
    sortie = []
    for c in d.get("couverture") or []:
        ligne = c.get("__ligne__", d["__ligne__"])
        if c.get("national"):
            sortie.append(("national", ""))
        if c.get("region"):
            if str(c["region"]) not in codes_reg:
                raise ErreurDonnees(chemin, ligne, f"région inconnue : « {c['region']} »")
            sortie.append(("region", str(c["region"])))
        for dep in c.get("departements") or []:
            if str(dep) not in codes_dep:
                raise ErreurDonnees(chemin, ligne, f"département inconnu : « {dep} »")
            sortie.append(("departement", str(dep)))
        if c.get("liste"):
            if c["liste"] not in listes:
                raise ErreurDonnees(chemin, ligne, f"liste de communes inconnue : « {c['liste']} »")
            sortie.extend(("commune", code) for code in listes[c["liste"]])
        if c.get("communes"):
            deps = {str(c["departement"])} if c.get("departement") else None
            sortie.extend(("commune", code) for code in
                          _resoudre_communes(c["communes"], deps, index, {}, chemin, ligne))
    if not sortie:
        raise ErreurDonnees(chemin, d["__ligne__"], f"dispositif « {d.get('id')} » sans couverture")
    return sortie


def charger_dispositifs_yaml(chemin, listes, index, contenu, codes_dep, codes_reg, codes_types) -> None:
    donnees = lire_yaml(chemin)
    for d in donnees.get("dispositifs", []):
        ligne = d["__ligne__"]
        for cle in ("id", "type", "nom"):
            if not d.get(cle):
                raise ErreurDonnees(chemin, ligne, f"champ « {cle} » manquant")
        if d["type"] not in codes_types:
            raise ErreurDonnees(chemin, ligne, f"type de dispositif inconnu : « {d['type']} »")
        try:
            contact = verifier_contact(d.get("contact") or {})
        except ValueError as e:
            raise ErreurDonnees(chemin, (d.get("contact") or {}).get("__ligne__", ligne), str(e)) from e
        _ajouter_dispositif(contenu, chemin, ligne, dict(
            id=d["id"], type=d["type"], nom=d["nom"], nom_officiel=0 if d.get("nom_officiel") is False else 1,
            volet=d.get("volet"), porteur=d.get("porteur"), note=d.get("note"), source=d.get("source") or contact["source"],
            **_colonnes_contact(contact)), _couvertures_yaml(d, listes, index, chemin, codes_dep, codes_reg))


def _colonnes_contact(contact: dict) -> dict:
    return dict(telephone=contact["telephone"], email=contact["email"], site=contact["site"],
                adresse=contact["adresse"], contact_source=contact["source"],
                verifie_le=contact["verifie_le"], remarque=contact["remarque"])


def _ajouter_dispositif(contenu, chemin, ligne, dispositif, couvertures):
    if any(x["id"] == dispositif["id"] for x in contenu.dispositifs):
        raise ErreurDonnees(chemin, ligne, f"identifiant en double : « {dispositif['id']} »")
    dispositif["fichier"] = Path(chemin).name
    contenu.dispositifs.append(dispositif)
    for niveau, code in dict.fromkeys(couvertures):
        contenu.couvertures.append(dict(dispositif_id=dispositif["id"], niveau=niveau, code=code))


COLONNES_CONTACTS = ["type", "departements", "nom", "porteur", "territoire", "couverture", "communes",
                     "telephone", "email", "site", "adresse", "source", "verifie_le", "confiance", "notes"]


def _identifiant(type_: str, nom: str) -> str:
    from knowledge.texte import normaliser
    return f"{type_.lower()}-{normaliser(nom).replace(' ', '-')}"[:120]


def charger_contacts_csv(chemin, index, contenu, codes_dep, codes_reg, codes_types) -> None:
    """A territory's own contacts file (format of knowledge/data/contacts/*.csv)."""
    with open(chemin, newline="", encoding="utf-8") as f:
        entete = next(csv.reader(f), [])
    manquantes = [c for c in COLONNES_CONTACTS if c not in entete]
    if manquantes:
        raise ErreurDonnees(chemin, 1, f"colonnes manquantes : {', '.join(manquantes)}")
    for n, l in _lire_csv(chemin):
        type_ = l["type"].strip()
        if type_ not in codes_types:
            raise ErreurDonnees(chemin, n, f"type de dispositif inconnu : « {type_} »")
        if not l["nom"].strip():
            raise ErreurDonnees(chemin, n, "nom manquant")
        try:
            contact = verifier_contact(dict(telephone=l["telephone"], email=l["email"], site=l["site"],
                                            adresse=l["adresse"], source=l["source"], verifie_le=l["verifie_le"]))
        except ValueError as e:
            raise ErreurDonnees(chemin, n, str(e)) from e
        deps = l["departements"].split()
        niveau = l["couverture"].strip()
        couvertures = []
        if niveau == "national":
            couvertures = [("national", "")]
        elif niveau == "region":
            if not deps or deps[0] not in codes_reg:
                raise ErreurDonnees(chemin, n, f"région inconnue : « {l['departements']} »")
            couvertures = [("region", deps[0])]
        elif niveau in ("departement", "departement_partiel"):
            for dep in deps:
                if dep not in codes_dep:
                    raise ErreurDonnees(chemin, n, f"département inconnu : « {dep} »")
            couvertures = [(niveau, dep) for dep in deps]
        elif niveau == "communes":
            noms = [x.strip() for x in l["communes"].split("|") if x.strip()]
            couvertures = [("commune", c) for c in
                           _resoudre_communes(noms, set(deps) or None, index, {}, chemin, n)]
        else:
            raise ErreurDonnees(chemin, n, f"couverture inconnue : « {niveau} » "
                                           "(national, region, departement, departement_partiel, communes)")
        if not couvertures:
            raise ErreurDonnees(chemin, n, "couverture vide")
        note = " ".join(x for x in (l["territoire"].strip() and f"Territoire : {l['territoire'].strip()}.",
                                    l["notes"].strip()) if x)
        _ajouter_dispositif(contenu, chemin, n, dict(
            id=_identifiant(type_, l["nom"]), type=type_, nom=l["nom"].strip(), nom_officiel=1, volet=None,
            porteur=l["porteur"].strip() or None, note=note or None, source=l["source"].strip() or None,
            **_colonnes_contact(contact)), couvertures)


def lire_tout(dossier: Path = DONNEES) -> Contenu:
    contenu = Contenu()
    charger_territoires(dossier / "territoires", contenu)
    charger_types(dossier / "types_dispositifs.yml", contenu)
    index = _IndexCommunes(contenu.communes)
    codes_dep = {d["code"] for d in contenu.departements}
    codes_reg = {r["code"] for r in contenu.regions}
    codes_types = {t["code"] for t in contenu.types} | {"FEDERATION"}
    if "FEDERATION" not in {t["code"] for t in contenu.types}:
        contenu.types.append(dict(code="FEDERATION", nom="Fédération régionale des dispositifs d'appui",
                                  echelle="régionale", public="Dispositifs d'appui", missions="Représente les DAC de la région.",
                                  qui_peut_saisir=None, sources="reference/autres.csv"))
    listes = charger_listes(dossier / "dispositifs", index)
    for chemin in sorted((dossier / "dispositifs").glob("*.yml")):
        if not chemin.name.startswith("listes_"):
            charger_dispositifs_yaml(chemin, listes, index, contenu, codes_dep, codes_reg, codes_types)
    for chemin in sorted((dossier / "contacts").glob("*.csv")):
        charger_contacts_csv(chemin, index, contenu, codes_dep, codes_reg, codes_types)
    contenu.empreinte = empreinte_donnees(dossier)
    return contenu


def empreinte_donnees(dossier: Path = DONNEES) -> str:
    h = hashlib.sha256()
    for chemin in sorted(p for p in dossier.rglob("*") if p.is_file()):
        h.update(str(chemin.relative_to(dossier)).encode())
        h.update(chemin.read_bytes())
    return h.hexdigest()[:16]


def ecrire(contenu: Contenu, session: Session) -> None:
    for modele in (Couverture, Dispositif, TypeDispositif, Commune, Epci, Departement, Region, Meta):
        session.execute(delete(modele))
    session.bulk_insert_mappings(Region, contenu.regions)
    session.bulk_insert_mappings(Departement, contenu.departements)
    session.bulk_insert_mappings(Epci, contenu.epcis)
    session.bulk_insert_mappings(Commune, contenu.communes)
    session.bulk_insert_mappings(TypeDispositif, contenu.types)
    session.bulk_insert_mappings(Dispositif, contenu.dispositifs)
    session.bulk_insert_mappings(Couverture, contenu.couvertures)
    session.add_all([Meta(cle="empreinte", valeur=contenu.empreinte),
                     Meta(cle="construite_le", valeur=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))])


def construire(url: str | None = None, dossier: Path = DONNEES) -> Contenu:
    """Validate everything first, then write. SQLite: temp file + atomic rename;
    other databases: one transaction."""
    contenu = lire_tout(dossier)
    url = url or url_base()
    if url.startswith("sqlite:///"):
        cible = Path(url[len("sqlite:///"):])
        cible.parent.mkdir(parents=True, exist_ok=True)
        temporaire = cible.with_name(cible.name + f".{os.getpid()}.tmp")
        temporaire.unlink(missing_ok=True)
        moteur = create_engine(f"sqlite:///{temporaire}", future=True)
        try:
            Base.metadata.create_all(moteur)
            with Session(moteur) as session, session.begin():
                ecrire(contenu, session)
        finally:
            moteur.dispose()
        os.replace(temporaire, cible)
    else:
        moteur = create_engine(url, future=True)
        Base.metadata.create_all(moteur)
        with Session(moteur) as session, session.begin():
            ecrire(contenu, session)
        moteur.dispose()
    return contenu


def main() -> int:
    try:
        contenu = construire()
    except ErreurDonnees as e:
        print(f"Base de connaissances NON reconstruite (l'ancienne reste en place) :\n  {e}", file=sys.stderr)
        return 1
    print(f"Base de connaissances construite ({url_base()}) : {len(contenu.communes)} communes, "
          f"{len(contenu.dispositifs)} dispositifs, {len(contenu.couvertures)} couvertures.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
