"""Which dispositifs serve a commune, with their (sourced) contacts."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from knowledge.base import fabrique_sessions, url_base
from knowledge.modeles import Dispositif, Meta, TypeDispositif
from knowledge.territoires import CommuneInfo

# From the most to the least precise: a commune list beats a whole département.
PRECISIONS = ("commune", "epci", "departement", "departement_partiel", "region", "national")


@dataclass(frozen=True)
class DispositifInfo:
    id: str
    type: str
    nom: str
    nom_officiel: bool
    volet: int | None
    porteur: str | None
    telephone: str | None
    email: str | None
    site: str | None
    adresse: str | None
    contact_source: str | None
    verifie_le: str | None
    remarque: str | None
    note: str | None
    source: str | None
    fichier: str

    @property
    def contact_connu(self) -> bool:
        return bool(self.telephone or self.email or self.site)

    def contact(self) -> dict:
        return {"telephone": self.telephone, "email": self.email, "site": self.site,
                "adresse": self.adresse, "verifie_le": self.verifie_le,
                "source": self.contact_source, "remarque": self.remarque}


@dataclass(frozen=True)
class TypeInfo:
    code: str
    nom: str
    echelle: str | None
    public: str
    missions: str
    qui_peut_saisir: str | None
    sources: tuple[str, ...]


@dataclass
class Couvrant:
    dispositif: DispositifInfo
    precision: str  # one of PRECISIONS


class Annuaire:
    def __init__(self, url: str | None = None):
        self.dispositifs: dict[str, DispositifInfo] = {}
        self.index: dict[tuple[str, str], list[str]] = defaultdict(list)  # (niveau, code) → ids
        with fabrique_sessions(url)() as session:
            self.types = {t.code: TypeInfo(t.code, t.nom, t.echelle, t.public, t.missions, t.qui_peut_saisir,
                                           tuple((t.sources or "").split()))
                          for t in session.scalars(select(TypeDispositif))}
            for d in session.scalars(select(Dispositif).options(selectinload(Dispositif.couvertures))):
                self.dispositifs[d.id] = DispositifInfo(
                    d.id, d.type, d.nom, bool(d.nom_officiel), d.volet, d.porteur, d.telephone, d.email,
                    d.site, d.adresse, d.contact_source, d.verifie_le, d.remarque, d.note, d.source, d.fichier)
                for c in d.couvertures:
                    self.index[(c.niveau, c.code)].append(d.id)
            meta = {m.cle: m.valeur for m in session.scalars(select(Meta))}
        self.empreinte = meta.get("empreinte", "")

    def couvrants(self, commune: CommuneInfo | None, type_: str, volet: int | None = None) -> list[Couvrant]:
        """Dispositifs of this type serving the commune, most precise coverage first."""
        cles = [("national", "")]
        if commune:
            cles = [("commune", commune.code_insee), ("epci", commune.epci or "-"),
                    ("departement", commune.departement), ("departement_partiel", commune.departement),
                    ("region", commune.region), ("national", "")]
        vus, sortie = set(), []
        for niveau, code in cles:
            for ident in self.index.get((niveau, code), []):
                d = self.dispositifs[ident]
                if d.type != type_ or ident in vus or (volet is not None and d.volet != volet):
                    continue
                vus.add(ident)
                sortie.append(Couvrant(d, niveau))
        # A commune-level match makes the partial département ones irrelevant (DAC 91 Sud vs 91 Nord).
        if sortie and sortie[0].precision in ("commune", "epci", "departement"):
            sortie = [c for c in sortie if c.precision != "departement_partiel"]
        return sortie

    def federation(self, commune: CommuneInfo | None) -> DispositifInfo | None:
        if not commune:
            return None
        for ident in self.index.get(("region", commune.region), []):
            if self.dispositifs[ident].type == "FEDERATION":
                return self.dispositifs[ident]
        return None

    def par_telephone(self, numero: str) -> DispositifInfo | None:
        return next((d for d in self.dispositifs.values() if d.type == "URGENCE" and d.telephone == numero), None)


@lru_cache(maxsize=2)
def annuaire(url: str | None = None) -> Annuaire:
    return Annuaire(url or url_base())
