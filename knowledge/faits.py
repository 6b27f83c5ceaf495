"""The facts of a situation, as extracted from the text and answers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

INCONNU = "inconnu"  # the professional answered "je ne sais pas"
CHAMPS = ("age", "lieu_de_vie", "aidant_epuise", "complexite", "commune")


@dataclass
class Faits:
    age: int | None = None
    tranche_age: str | None = None          # moins_de_18 | 18_59 | 60_plus | inconnu
    lieu_de_vie: str | None = None          # domicile | ehpad | etablissement_handicap | hopital | sans_domicile | inconnu
    aidant_epuise: bool | str | None = None  # True | False | "inconnu"
    aidant_present: bool | None = None
    complexite: bool | str | None = None     # True | False | "inconnu"
    commune: dict | None = None             # {"code_insee", "nom", "departement"}
    commune_candidats: list[dict] = field(default_factory=list)  # when ambiguous
    commune_inconnue: str | None = None     # what the user typed that matched nothing
    commune_nsp: bool = False               # "je ne sais pas" to the commune question
    signaux: list[str] = field(default_factory=list)
    dimensions: list[str] = field(default_factory=list)
    plusieurs_personnes: bool = False
    cites: list[str] = field(default_factory=list)  # dispositifs the professional names (« DAC, CRT ou CPTS ? »)

    # -- derived ----------------------------------------------------------------------
    def est_connu(self, champ: str) -> bool:
        if champ == "age":
            return self.age is not None or self.tranche_age is not None
        if champ == "commune":
            return self.commune is not None or self.commune_nsp
        return getattr(self, champ) is not None

    @property
    def tranche(self) -> str | None:
        if self.age is not None:
            return "moins_de_18" if self.age < 18 else "18_59" if self.age < 60 else "60_plus"
        return self.tranche_age

    def a(self, *signaux: str) -> bool:
        return any(s in self.signaux for s in signaux)

    def fusionner(self, autres: "Faits") -> "Faits":
        """Later facts win (a correction replaces); signals accumulate."""
        for champ in ("age", "tranche_age", "lieu_de_vie", "aidant_epuise", "aidant_present", "complexite", "commune"):
            valeur = getattr(autres, champ)
            if valeur is not None:
                setattr(self, champ, valeur)
        if autres.age is not None and autres.tranche_age is None:
            self.tranche_age = None
        if autres.commune is not None:
            self.commune_candidats, self.commune_inconnue = [], None
        elif autres.commune_candidats:
            self.commune_candidats, self.commune_inconnue = autres.commune_candidats, None
        elif autres.commune_inconnue:
            self.commune_inconnue = autres.commune_inconnue
        for s in autres.signaux:
            if s.startswith("-"):
                self.signaux = [x for x in self.signaux if x != s[1:]]
            elif s not in self.signaux:
                self.signaux.append(s)
        self.cites += [c for c in autres.cites if c not in self.cites]
        for d in autres.dimensions:
            if d not in self.dimensions:
                self.dimensions.append(d)
        self.plusieurs_personnes = self.plusieurs_personnes or autres.plusieurs_personnes
        self.commune_nsp = (self.commune_nsp or autres.commune_nsp) and self.commune is None
        return self

    def payload(self) -> dict:
        d = asdict(self)
        d["tranche_age"] = self.tranche
        d["signaux"] = [s for s in self.signaux if not s.startswith("-")]
        return d

    @classmethod
    def depuis_dict(cls, d: dict | None) -> "Faits":
        if not d:
            return cls()
        connus = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**connus)
