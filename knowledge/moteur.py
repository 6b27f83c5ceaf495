"""The orientation engine: facts → ranked recommendations with reasons and the
contact serving the commune; and which question, if any, is worth asking."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from knowledge.annuaire import Annuaire, annuaire
from knowledge.danger import Urgence
from knowledge.extraction import complexite_estimee
from knowledge.faits import INCONNU, Faits
from knowledge.questions import QUESTIONS, payload_question
from knowledge.regles import Contexte, Proposition, evaluer
from knowledge.territoires import CommuneInfo, territoires

MAX_RECOMMANDATIONS = 4
MAX_QUESTIONS = 4
ORDRE_QUESTIONS = ("age", "lieu_de_vie", "complexite", "aidant_epuise", "commune")
HYPOTHESES = {  # values tried to know whether a missing fact would change the orientation
    "age": [dict(age=None, tranche_age="moins_de_18"), dict(age=None, tranche_age="18_59"),
            dict(age=None, tranche_age="60_plus")],
    "lieu_de_vie": [dict(lieu_de_vie="domicile"), dict(lieu_de_vie="ehpad")],
    "complexite": [dict(complexite=True), dict(complexite=False)],
    "aidant_epuise": [dict(aidant_epuise=True), dict(aidant_epuise=False)],
}
NOMS_GENERIQUES = {
    "DAC": "DAC de votre territoire", "CRT": "Centre de ressources territorial (CRT) du secteur",
    "CPTS": "CPTS de la commune", "CLIC": "CLIC du secteur", "SPDA": "Service public départemental de l'autonomie",
    "PTSM": "CMP du secteur (santé mentale)", "PASS": "PASS de l'hôpital public le plus proche",
    "DR": "Dispositif régional d'expertise", "PFR": "Plateforme d'accompagnement et de répit du secteur",
    "EMSP": "Équipe mobile de soins palliatifs du territoire", "HAD": "Hospitalisation à domicile du territoire",
    "MSP": "Maison de santé ou centre de santé proche", "DCLIC": "D-CLIC du département",
    "C360": "Communauté 360", "SAS": "Service d'accès aux soins (15)",
}
REPLIS = {
    "DAC": "Coordonnées non vérifiées dans nos sources : joignez le DAC via l'ARS de votre région ou la fédération régionale des DAC{federation}.",
    "CRT": "Le DAC ou le CLIC du territoire connaissent le CRT qui couvre la commune.",
    "CPTS": "Le DAC du territoire ou la caisse d'Assurance maladie peuvent vous indiquer la CPTS de la commune.",
    "CLIC": "Le conseil départemental (service autonomie / APA) vous indiquera le CLIC compétent.",
    "SPDA": "Adressez-vous au conseil départemental (service autonomie).",
    "PTSM": "Le centre hospitalier de secteur psychiatrique vous indiquera le CMP compétent.",
    "PASS": "Demandez le service social ou la PASS de l'hôpital public le plus proche.",
    "DR": "L'ARS de la région publie la liste des dispositifs régionaux d'expertise.",
    "PFR": "Le CLIC, le DAC ou le CRT vous indiqueront la plateforme de répit du secteur.",
    "EMSP": "Le médecin traitant ou le DAC peuvent solliciter l'équipe mobile du territoire.",
    "HAD": "L'HAD intervient sur prescription du médecin traitant ou hospitalier ; le DAC vous indiquera celle du secteur.",
    "MSP": "L'annuaire santé de l'Assurance maladie liste les maisons et centres de santé.",
    "DCLIC": "Le D-CLIC existe dans 8 départements d'Occitanie ; ailleurs, le DAC accompagne les situations complexes à tout âge.",
    "C360": "Numéro vert national : 0 800 360 360.",
    "SAS": "Appelez le 15.",
}


@dataclass
class Recommandation:
    rang: int
    type: str
    nom: str
    role: str
    pourquoi: list[str]
    contact: dict
    contact_connu: bool
    repli: str | None
    source: str
    volet: int | None = None
    dispositif_id: str | None = None

    def payload(self) -> dict:
        return {"rang": self.rang, "type": self.type, "nom": self.nom, "role": self.role, "pourquoi": self.pourquoi,
                "contact": self.contact, "contact_connu": self.contact_connu, "repli": self.repli,
                "source": self.source, "volet": self.volet, "dispositif_id": self.dispositif_id}


@dataclass
class Orientation:
    faits: Faits
    urgence: Urgence | None
    recommandations: list[Recommandation] = field(default_factory=list)

    def payload(self) -> dict:
        return {"type": "orientation", "situation": self.faits.payload(),
                "urgence": self.urgence.payload() if self.urgence else None,
                "recommandations": [r.payload() for r in self.recommandations]}


class Moteur:
    def __init__(self, annu: Annuaire | None = None):
        self.annuaire = annu or annuaire()
        self.territoires = territoires()
        # Départements whose CRT volet 2 commune lists we hold: elsewhere "none found" means "unknown"
        self.departements_crt_volet_2 = self._departements_renseignes("CRT", 2)

    def _departements_renseignes(self, type_: str, volet: int) -> set[str]:
        deps = set()
        for (niveau, code), ids in self.annuaire.index.items():
            if not any(self.annuaire.dispositifs[i].type == type_ and self.annuaire.dispositifs[i].volet == volet for i in ids):
                continue
            if niveau == "commune" and code in self.territoires.par_code:
                deps.add(self.territoires.par_code[code].departement)
            elif niveau in ("departement", "departement_partiel"):
                deps.add(code)
        return deps

    # -- ranking ------------------------------------------------------------------------------
    def commune_de(self, faits: Faits) -> CommuneInfo | None:
        if faits.commune:
            return self.territoires.par_code.get(faits.commune.get("code_insee"))
        return None

    def _propositions(self, faits: Faits) -> list[Proposition]:
        commune = self.commune_de(faits)
        ctx = Contexte(faits, region=commune.region if commune else None)
        if commune:
            ctx.crt_volet_2_ici = True if self.annuaire.couvrants(commune, "CRT", 2) else \
                (False if commune.departement in self.departements_crt_volet_2 else None)
            v1 = self.annuaire.couvrants(commune, "CRT", 1) or self.annuaire.couvrants(commune, "CRT")
            ctx.crt_volet_1_ici = True if v1 else None
        props = evaluer(ctx)
        meilleures: dict[tuple, Proposition] = {}
        for p in props:  # one line per (type, volet); reasons of the same type merged
            cle = (p.type, p.volet)
            if cle not in meilleures or p.score > meilleures[cle].score:
                ancien = meilleures.get(cle)
                meilleures[cle] = p
                if ancien:
                    p.pourquoi += [r for r in ancien.pourquoi if r not in p.pourquoi]
            else:
                meilleures[cle].pourquoi += [r for r in p.pourquoi if r not in meilleures[cle].pourquoi]
        classees = sorted(meilleures.values(), key=lambda p: -p.score)
        # CRT volet 1 and volet 2 are one card when both apply: keep the best volet.
        vus, sortie = set(), []
        for p in classees:
            if p.type in vus:
                continue
            vus.add(p.type)
            sortie.append(p)
        return sortie

    def signature(self, faits: Faits) -> tuple:
        """What a professional would act on: the first dispositif and the strong proposals of the top 3."""
        props = self._propositions(faits)[:3]
        return (props[0].type if props else None, frozenset((p.type, p.volet) for p in props if p.score >= 60))

    def orienter(self, faits: Faits, urgence: Urgence | None = None) -> Orientation:
        commune = self.commune_de(faits)
        orientation = Orientation(faits, urgence)
        if urgence:
            numero = self.annuaire.par_telephone(urgence.numero)
            orientation.recommandations.append(Recommandation(
                1, "URGENCE", numero.nom if numero else urgence.numero, "Appel immédiat.", [urgence.texte],
                {"telephone": urgence.numero, "email": None, "site": None, "adresse": None,
                 "verifie_le": numero.verifie_le if numero else None, "source": numero.contact_source if numero else None,
                 "remarque": None}, True, None, "reference/README.md", None, numero.id if numero else None))
        for p in self._propositions(faits)[:MAX_RECOMMANDATIONS]:
            orientation.recommandations.append(self._avec_contact(p, commune, len(orientation.recommandations) + 1))
        return orientation

    def _avec_contact(self, p: Proposition, commune: CommuneInfo | None, rang: int) -> Recommandation:
        couvrants = self.annuaire.couvrants(commune, p.type, p.volet) if (commune or p.type in ("SAS", "C360")) else []
        if not couvrants and p.volet is not None and commune:
            couvrants = self.annuaire.couvrants(commune, p.type)
        federation = self.annuaire.federation(commune)
        repli = REPLIS.get(p.type, "").format(federation=f" ({federation.nom})" if federation else "")
        if commune is None and p.type not in ("SAS", "C360"):
            repli = "Indiquez la commune de la personne pour obtenir le contact du dispositif qui la couvre."
        if not couvrants:
            return Recommandation(rang, p.type, NOMS_GENERIQUES.get(p.type, p.type), p.role, p.pourquoi,
                                  {"telephone": None, "email": None, "site": None, "adresse": None,
                                   "verifie_le": None, "source": None, "remarque": None},
                                  False, repli, p.source, p.volet)
        # Several partial candidates (DAC 92 Centre / 92 Sud): say it, show the first with a caution.
        premier = couvrants[0]
        d = premier.dispositif
        nom = d.nom if d.nom_officiel else f"{d.nom} (nom officiel non connu)"
        pourquoi = list(p.pourquoi)
        if premier.precision == "departement_partiel":
            autres = [c.dispositif.nom for c in couvrants if c.precision == "departement_partiel"]
            if len(autres) > 1:
                nom = " ou ".join(autres)
                pourquoi.append("le découpage exact entre ces dispositifs n'est pas publié dans nos sources : à confirmer")
            else:
                pourquoi.append("couvre une partie du département ; la liste exacte des communes n'est pas publiée dans nos sources")
        contact = d.contact()
        return Recommandation(rang, p.type, nom, p.role, pourquoi, contact, d.contact_connu,
                              None if d.contact_connu else repli, d.source or p.source, d.volet or p.volet, d.id)

    # -- which question is worth asking ------------------------------------------------------
    def questions_utiles(self, faits: Faits) -> list[str]:
        utiles = []
        for champ in ORDRE_QUESTIONS:
            if faits.est_connu(champ):
                continue
            if champ == "complexite" and complexite_estimee(faits) is not None:
                continue  # judged from the description (and explained in the answer)
            if champ == "commune":
                if faits.commune_candidats or self._contact_depend_du_territoire(faits):
                    utiles.append(champ)
                continue
            signatures = set()
            for valeurs in HYPOTHESES[champ]:
                hyp = copy.deepcopy(faits)
                for k, v in valeurs.items():
                    setattr(hyp, k, v)
                signatures.add(self.signature(hyp))
            if len(signatures) > 1:
                utiles.append(champ)
        return utiles

    def _contact_depend_du_territoire(self, faits: Faits) -> bool:
        return any(p.type not in ("SAS", "C360") for p in self._propositions(faits)[:3])

    def prochaine_question(self, faits: Faits, deja_posees: int = 0) -> dict | None:
        if deja_posees >= MAX_QUESTIONS and not faits.commune_candidats:
            return None
        utiles = self.questions_utiles(faits)
        if not utiles:
            return None
        return self.question(utiles[0], faits)

    def question(self, champ: str, faits: Faits) -> dict:
        """The payload asking `champ`, worded for what is known (homonyms, unknown place)."""
        if champ == "commune" and faits.commune_candidats:
            choix = [(f"{c['nom']} ({c['departement']})", f"{c['nom']} ({c['departement']})")
                     for c in faits.commune_candidats]
            return payload_question("commune", "Plusieurs communes correspondent : laquelle ?", choix)
        if champ == "commune" and faits.commune_inconnue:
            return payload_question(
                "commune", f"Je ne trouve pas la commune « {faits.commune_inconnue[:60]} ». "
                           "Pouvez-vous préciser le nom exact ou le code postal ?")
        return payload_question(champ)


_MOTEUR: Moteur | None = None


def moteur() -> Moteur:
    global _MOTEUR
    if _MOTEUR is None:
        _MOTEUR = Moteur()
    return _MOTEUR
