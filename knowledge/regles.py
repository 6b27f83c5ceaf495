"""Orientation rules: facts → proposals (type, score, reason), each citing its source.

Read as a table by a DAC coordinator: one short function per dispositif. A score
only ranks the proposals (100 = first choice, 30 = useful complement); the
engine (moteur.py) attaches the contact serving the person's commune.
Sources: 003 = 003_835323a5adf77f95.txt (ARS IDF, 2025), 004 = 004_acaa139ceed66c90.txt
(FACS Occitanie, Annexes 1-2), 000 = 000_3588a2210b9587f7.txt (ARS Grand Est),
001 = 001_8d583b87a6b33d78.txt (France Assos Santé Grand Est).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.extraction import complexite_estimee
from knowledge.faits import INCONNU, Faits

THEMES_DR = {  # signal → theme of a regional expert dispositif (000, 004)
    "cancer": "cancérologie", "perinatalite": "périnatalité", "fin_de_vie": "soins palliatifs",
    "addiction": "addictologie", "sep": "neurologie (sclérose en plaques)", "maladie_renale": "maladies rénales chroniques",
    "diabete": "diabète",
}
# Themes named by 004 (« diabète, cancer, maladies rares, plaies… », « maladies respiratoires »):
# proposed only when an expert opinion is sought, the médecin traitant and the CPTS handle the rest.
THEMES_DR_SUR_DEMANDE = {"plaies": "plaies et cicatrisation", "maladie_rare": "maladies rares",
                         "maladie_respiratoire": "maladies respiratoires", "neurologie": "neurologie"}
LIBELLES_DIMENSIONS = {"medicale": "médicale", "sociale": "sociale", "psychologique": "psychologique",
                       "familiale": "familiale", "logement": "logement",
                       "professionnel_en_difficulte": "professionnels en difficulté"}


@dataclass
class Proposition:
    type: str
    score: int
    pourquoi: list[str]
    source: str
    volet: int | None = None
    role: str = ""


@dataclass
class Contexte:
    """Facts plus what the engine knows of the territory (is there a CRT volet 2 here?)."""
    faits: Faits
    region: str | None = None
    crt_volet_2_ici: bool | None = None   # None: commune unknown
    crt_volet_1_ici: bool | None = None
    complexe: bool | None = None
    propositions: list[Proposition] = field(default_factory=list)

    def proposer(self, type_, score, pourquoi, source, volet=None, role=""):
        self.propositions.append(Proposition(type_, score, list(pourquoi), source, volet, role))


def _age60(f: Faits) -> bool | None:
    t = f.tranche
    return None if t in (None, INCONNU) else t == "60_plus"


def _handicap(f: Faits) -> bool:
    """A disability (PSH): named, or an impairment acquired before 60. After 60 the same hemiplegia
    is a loss of autonomy, the field of the PA dispositifs (000: PA and PSH, APA from 60)."""
    return f.a("handicap") or (f.a("deficience_acquise") and _age60(f) is False)


def _mineur(f: Faits) -> bool:
    return f.tranche == "moins_de_18"


def _jeune(f: Faits) -> bool:
    """The D-CLIC's public: « jeunesse (0-21 ans) » (004 l.229)."""
    return _mineur(f) or (f.age is not None and f.age <= 21)


def _domicile(f: Faits) -> bool | None:
    return None if f.lieu_de_vie in (None, INCONNU) else f.lieu_de_vie == "domicile"


def _depistage_individuel(f: Faits) -> bool:
    """Screening or prevention for one person, not a territory's project nor an expert's programme."""
    return f.a("depistage") and not f.a("projet_territorial", "expertise")


def _le_dac_mene(c: Contexte) -> bool:
    """A complex situation where the professionals ask for coordination: the DAC leads, the expert advises."""
    return c.complexe is True and c.faits.a("professionnel_en_difficulte")


def _raison_complexite(f: Faits) -> str:
    dims = [LIBELLES_DIMENSIONS[d] for d in f.dimensions if d in LIBELLES_DIMENSIONS]
    if f.complexite is True:
        return "situation complexe, selon vous" + (f" (dimensions : {', '.join(dims)})" if dims else "")
    if dims:
        return f"situation complexe : plusieurs dimensions intriquées ({', '.join(dims)})"
    return "situation complexe"


# -- one function per dispositif ---------------------------------------------------------------

def dac(c: Contexte) -> None:
    """DAC: complex situations, any age, any pathology, in subsidiarity (003, 004 Annexe 1)."""
    f = c.faits
    if c.complexe is True and not f.a("projet_territorial"):  # a territory's project is not one person's situation
        raisons = [_raison_complexite(f)]
        if f.aidant_epuise is True:
            raisons.append("aidant épuisé")
        if f.a("professionnel_en_difficulte"):
            raisons.append("les professionnels ne parviennent plus à organiser seuls la prise en charge")
        score = 90
        if f.a("dac_implique"):
            score = 30  # already there: the answer is what it can mobilise (CRT, CLIC, répit…)
            raisons.append("le DAC suit déjà la situation")
        if _jeune(f) and c.region == "76":
            score = 80  # the D-CLIC first for a child in Occitanie, the DAC with it
        c.proposer("DAC", score, raisons, "003, 004",
                   role="Analyse globale (médicale, sociale, familiale), coordination du parcours, mise en lien "
                        "avec le CCAS, le service APA, le CRT ; appui au médecin traitant.")
    elif c.complexe is None and f.complexite != INCONNU and f.dimensions:
        c.proposer("DAC", 35, ["si la situation s'avère complexe (plusieurs dimensions que les professionnels "
                               "ne parviennent plus à gérer seuls)"], "003",
                   role="Information, orientation et, si la situation est complexe, appui à la coordination.")
    elif f.complexite == INCONNU and f.dimensions:
        c.proposer("DAC", 60, ["complexité incertaine : le DAC peut évaluer la situation et orienter"], "003",
                   role="Évaluation multidimensionnelle et orientation.")
    else:
        c.proposer("DAC", 15, ["information et orientation des professionnels vers les ressources du territoire"], "003",
                   role="Numéro unique d'information et d'orientation des professionnels.")


def crt(c: Contexte) -> None:
    """CRT: 60+ at home. Volet 2 = reinforced support (GIR 1-4) when the usual home
    services are no longer enough, on its own commune list; volet 1 = prevention,
    falls, isolation, carers, no GIR condition (003)."""
    f = c.faits
    if _age60(f) is False or _domicile(f) is False:
        return
    besoin_renforce = f.a("services_domicile_insuffisants") or (f.a("gir_1_4") and f.a("perte_autonomie"))
    # a return home after hospitalisation too: geriatric expertise, securing the home (003, case of M. B)
    prevention = f.a("chutes", "isolement", "prevention", "troubles_cognitifs", "perte_autonomie", "sortie_hospitalisation") \
        or f.aidant_epuise is True
    age_raison = "60 ans et plus" if f.age is None else f"{f.age} ans"
    if besoin_renforce and c.crt_volet_2_ici is not False:
        raisons = [f"{age_raison}, à domicile", "l'accompagnement classique des services à domicile ne suffit plus"]
        if f.a("gir_1_4"):
            raisons.append("perte d'autonomie (GIR 1 à 4)")
        if c.crt_volet_2_ici is None:
            raisons.append("sous réserve que la commune soit couverte par un volet 2")
        # a revision of the aid plan asked for in a simple situation: the CLIC first, the CRT next (003)
        score = 70 if f.a("revision_plan_aide") and c.complexe is not True else 88
        if f.a("accompagnement_renforce_demande"):
            score = 93  # asked by name: the volet 2's own title, « accompagnement renforcé » (003)
        c.proposer("CRT", score, raisons, "003", volet=2,
                   role="Accompagnement renforcé à domicile : sécurisation du logement, gestion des crises, "
                        "suivi renforcé, soutien des aidants, en complément des services à domicile.")
    if (prevention or besoin_renforce) and c.crt_volet_1_ici is not False:
        raisons = [f"{age_raison}, à domicile"]
        if besoin_renforce and c.crt_volet_2_ici is False:
            raisons.append("le volet 2 (accompagnement renforcé) ne couvre pas cette commune : volet 1 seulement")
        if f.a("chutes"):
            raisons.append("prévention des chutes")
        if f.a("isolement"):
            raisons.append("lutte contre l'isolement")
        if f.aidant_epuise is True:
            raisons.append("soutien de l'aidant")
        if f.a("troubles_cognitifs"):
            raisons.append("évaluation de l'autonomie et des troubles cognitifs")
        if f.a("sortie_hospitalisation"):
            raisons.append("retour à domicile après hospitalisation : expertise gériatrique, sécurisation du logement")
        c.proposer("CRT", 60 if besoin_renforce else 55, raisons, "003", volet=1,
                   role="Évaluation gériatrique, prévention des chutes, adaptation du logement, lutte contre "
                        "l'isolement, accueil de jour et répit pour l'aidant.")


def clic_spda(c: Contexte) -> None:
    """CLIC: compensation of the loss of autonomy of older people at home, APA files (003).
    SPDA: access to rights for older and disabled people (000)."""
    f = c.faits
    # services no longer enough = the aid plan must be reviewed: a loss-of-autonomy need (003, Me T. case)
    besoin = f.a("dossier_apa", "perte_autonomie", "services_domicile_insuffisants")
    personne_agee = (_age60(f) is not False and besoin and not _handicap(f)) or bool(_age60(f) and f.a("dossier_apa"))
    if personne_agee:
        score = 80 if c.complexe is not True else 45
        if f.a("services_domicile_insuffisants") and c.crt_volet_2_ici is not False and not f.a("revision_plan_aide"):
            score = min(score, 50)
        raisons = ["compensation de la perte d'autonomie d'une personne âgée"]
        if f.a("dossier_apa"):
            raisons.append("démarches (APA, aides à domicile, aide sociale)")
        if c.complexe is not True:
            raisons.append("besoin simple : le droit commun suffit, sans recourir au DAC")
        c.proposer("CLIC", score, raisons, "003", role="Information, évaluation des besoins, dossiers APA et aides.")
        c.proposer("SPDA", score - 12, ["accès simplifié aux droits et aux aides (service public départemental de l'autonomie)"], "000",
                   role="Porte d'entrée départementale des droits et aides à l'autonomie.")
    if f.a("guichet_unique") and (_age60(f) or _handicap(f) or f.a("handicap_proche")) and f.a("dossier_apa", "perte_autonomie"):
        c.proposer("SPDA", 92, ["plusieurs droits et aides à démêler pour une personne âgée, handicapée ou son aidant : "
                                "le service public départemental de l'autonomie simplifie l'accès"], "000",
                   role="Porte d'entrée départementale des droits et aides à l'autonomie.")
    elif not personne_agee and _handicap(f) and f.a("dossier_apa") and c.complexe is not True:
        c.proposer("SPDA", 70, ["démarches d'une personne en situation de handicap (droits, aides)"], "000",
                   role="Accès aux droits et aides (avec la MDPH).")


def cpts(c: Contexte) -> None:
    """CPTS: access to a médecin traitant, unscheduled care in town, post-hospital
    follow-up in town; not clinical coordination of one person (003, 004)."""
    f = c.faits
    if f.a("sans_medecin_traitant"):
        c.proposer("CPTS", 85, ["pas de médecin traitant : la CPTS organise l'accès à un médecin traitant"], "003, 004",
                   role="Recherche d'un médecin traitant parmi les professionnels du territoire.")
    if f.a("acces_soins_ville"):
        c.proposer("CPTS", 80 if c.complexe is not True else 45,
                   ["accès aux soins de ville (infirmier, spécialiste, rendez-vous) : la CPTS fédère les professionnels du territoire"],
                   "003, 004", role="Trouver rapidement un professionnel de ville du territoire.")
    if f.a("projet_territorial"):
        # a mental-health project belongs to the PTSM (004), the CPTS then takes part
        c.proposer("CPTS", 88 if not f.a("sante_mentale") and f.age is None else 55, ["projet des professionnels du territoire (accès aux soins, prévention) : mission de la CPTS"],
                   "003, 004", role="Fédère les professionnels du territoire autour d'actions d'accès aux soins et de prévention.")
    if f.a("msp"):
        c.proposer("CPTS", 60, ["structuration de l'exercice coordonné sur le territoire"], "004",
                   role="Fédère les professionnels de ville, soutient l'installation.")
    if f.a("sortie_hospitalisation"):
        c.proposer("CPTS", 75 if c.complexe is not True else 50,
                   ["retour à domicile après hospitalisation : suivi en ville (RDV rapide médecin traitant, IDE)"], "003",
                   role="Organisation du suivi post-hospitalisation en ville.")
    if f.a("soins_non_programmes"):
        c.proposer("CPTS", 60, ["soins non programmés en ville, en lien avec le SAS"], "003, 004",
                   role="Créneaux de soins non programmés en ville.")
    if c.complexe is True and _age60(f) and _domicile(f) is not False:
        c.proposer("CPTS", 40, ["fluidifier les soins de ville autour de la personne (IDE, kiné, pharmacien)"], "003",
                   role="Le médecin traitant alerte sa CPTS pour fluidifier le parcours de soins de ville.")
    if f.a("suivi_ville_interrompu"):
        c.proposer("CPTS", 60, ["suivi de ville interrompu (médecin traitant, spécialiste) : la CPTS facilite la reprise des soins"], "003",
                   role="Reprise du suivi de ville avec les professionnels du territoire.")
    if _depistage_individuel(f):
        c.proposer("CPTS", 70, ["prévention et dépistage : actions des professionnels de ville du territoire"], "004",
                   role="Prévention populationnelle et dépistages organisés avec les professionnels de ville.")
    if f.a("diabete", "maladie_chronique", "maladie_respiratoire") and c.complexe is not True:
        c.proposer("CPTS", 40, ["parcours pluriprofessionnel d'une pathologie chronique en ville"], "004",
                   role="Parcours pluriprofessionnels (ALD, maladies chroniques).")


def sas(c: Contexte) -> None:
    """SAS: unscheduled care need today → 15 (000, 001)."""
    # an acute symptom while the usual doctor cannot be reached is an unscheduled care need
    f = c.faits
    if f.a("projet_territorial"):
        return  # a professional organising the territory's unscheduled care: the CPTS (003, 004)
    if f.a("soins_non_programmes") or (f.a("medecin_indisponible", "ou_envoyer") and f.a("symptome_aigu") and c.complexe is not True):
        c.proposer("SAS", 92, ["besoin de soins non programmés : le SAS oriente vers la réponse adaptée"], "000, 001",
                   role="Régulation médicale, conseil, rendez-vous de soins non programmés.")


def c360(c: Contexte) -> None:
    """Communauté 360: handicap, any age, carers (004, 000)."""
    f = c.faits
    if _handicap(f):
        raisons = ["situation de handicap (tout âge)"]
        if c.complexe is True:
            raisons.append("situation de handicap complexe")
        # a disability met after 60 with an APA request: the département's autonomy services first (000);
        # a complex disability situation before 60: the C360 is the single entry point, the DAC supports it (004)
        if _age60(f) and f.a("dossier_apa") and c.complexe is not True:
            score = 60
        elif (c.complexe is True and f.a("handicap_de_vie", "projet_de_vie") or f.a("rupture_accompagnement")) and _age60(f) is not True:
            score = 93  # single entry point for a complex disability, « soutenir les projets de vie et prévenir les ruptures » (004)
        else:
            score = 86
        c.proposer("C360", score, raisons, "004, 000",
                   role="Point d'entrée unique : information, orientation, coordination des réponses, soutien du projet de vie.")


def c360_aidant(c: Contexte) -> None:
    """The C360 also supports carers of a disabled relative (004)."""
    if c.faits.a("handicap_proche") and not _handicap(c.faits):
        # the carer of a disabled relative asks for help or respite: the C360's own mission (004)
        epuise = c.faits.aidant_epuise is True or c.faits.a("repit", "soutien_aidant")
        score = (91 if c.complexe is not True else 70) if epuise else 50
        if c.faits.a("rupture_accompagnement"):
            score = 93  # « prévenir les ruptures » (004): the setting closes and nothing replaces it
        c.proposer("C360", score, ["un proche en situation de handicap : soutien des aidants"], "004",
                   role="Soutien de l'aidant d'une personne en situation de handicap.")


def dclic(c: Contexte) -> None:
    """D-CLIC: complex situations of children and teenagers (004; Occitanie)."""
    f = c.faits
    if _jeune(f) and c.region == "76" and (c.complexe is True or f.a("adolescent") and f.dimensions):
        c.proposer("DCLIC", 92, ["enfant ou adolescent en situation complexe"], "004",
                   role="Évaluation clinique globale du jeune et coordination des partenaires.")


def dr(c: Contexte) -> None:
    """Regional expert dispositifs by theme (000, 004)."""
    f = c.faits
    for signal, theme in THEMES_DR.items():
        if f.a(signal):
            # an ETP programme on the theme: the regional network runs or lists them (000, 004)
            score = 91 if f.a("expertise") else 85 if f.a("etp") else 45
            if _le_dac_mene(c):
                score = min(score, 85)
            if signal == "fin_de_vie":
                score = min(score, 40)
            elif f.a("depistage") and c.complexe is True:
                score = max(score, 75)  # screening for a theme's complications: the regional programme (004, Diabète Occitanie)
            c.proposer("DR", score, [f"expertise thématique : {theme}"], "000, 004",
                       role=f"Expertise régionale ({theme}) : avis, protocoles, appui aux cas complexes.")
    if f.a("expertise"):
        for signal, theme in THEMES_DR_SUR_DEMANDE.items():
            if f.a(signal):
                score = 85 if _le_dac_mene(c) else 91
                c.proposer("DR", score, [f"avis expert demandé : {theme}"], "004",
                           role=f"Expertise régionale ({theme}) : avis, protocoles, appui aux cas complexes.")


def ptsm(c: Contexte) -> None:
    """Mental health: PTSM / CMP of the sector (004)."""
    f = c.faits
    if f.a("sante_mentale") and f.a("projet_territorial"):
        c.proposer("PTSM", 89, ["projet territorial en santé mentale : c'est l'objet du PTSM"], "004",
                   role="Le projet territorial de santé mentale structure les parcours en santé mentale du territoire.")
    elif f.a("sante_mentale") and f.a("sante_mentale_suivie") and f.a("prevention", "isolement", "dossier_apa", "perte_autonomie", "chutes"):
        c.proposer("PTSM", 40, ["déjà suivi(e) en santé mentale : la demande porte sur autre chose"], "004",
                   role="Le CMP de secteur qui suit déjà la personne reste l'interlocuteur pour les soins psychiques.")
    elif f.a("sante_mentale"):
        c.proposer("PTSM", 78 if c.complexe is not True else 60, ["souffrance ou troubles psychiques"], "004",
                   role="Accès aux soins psychiques : CMP de secteur, parcours du projet territorial de santé mentale.")
    elif f.a("addiction"):
        c.proposer("PTSM", 40, ["conduites addictives"], "004", role="Soins psychiques et addictologiques de secteur.")


def pass_(c: Contexte) -> None:
    """PASS: care for people without (full) health coverage (004). When the person must be
    seen or treated now, the PASS comes first even in a complex situation: it gives the
    care and opens the rights; the DAC coordinates the rest."""
    f = c.faits
    if f.a("sans_droits"):
        # a pregnancy with no coverage needs its follow-up now (004: PASS, « soins » and « ouverture des droits »)
        # (when coordination is what the professional asks for, the DAC leads and the PASS follows)
        soins = f.a("besoin_soins", "symptome_aigu") or (f.a("perinatalite") and not f.a("professionnel_en_difficulte"))
        score = 93 if soins else 86 if c.complexe is not True else 70
        c.proposer("PASS", score,
                   ["pas de couverture sociale ou droits incomplets : accès aux soins et ouverture des droits"], "004",
                   role="Soins et accompagnement social à l'hôpital, ouverture des droits.")
    elif f.lieu_de_vie == "sans_domicile":
        c.proposer("PASS", 70, ["personne sans domicile : accès aux soins"], "004",
                   role="Soins et accompagnement social à l'hôpital.")


def repit(c: Contexte) -> None:
    """Plateforme de répit for exhausted carers (003)."""
    f = c.faits
    if f.a("soutien_aidant"):
        # the request is for the carer herself: the répit platform first, even when the situation is complex (003)
        c.proposer("PFR", 91, ["soutien, formation et répit pour l'aidant"], "003", role="Répit et soutien de l'aidant.")
    elif f.a("repit"):
        c.proposer("PFR", 84, ["l'aidant a besoin de répit"], "003", role="Répit et soutien de l'aidant.")
    elif f.aidant_epuise is True:
        c.proposer("PFR", 38, ["aidant épuisé"], "003", role="Répit et soutien de l'aidant.")


def palliatif(c: Contexte) -> None:
    """EMSP / HAD (003: équipes mobiles de soins palliatifs; 004: HAD)."""
    f = c.faits
    if f.a("fin_de_vie"):
        # training a team on end of life is not one person's palliative care: the EMSP then only contributes
        emsp = 50 if f.a("sensibilisation_professionnels") and not f.a("expertise") else 92
        if c.complexe is True and f.a("coordination_demandee") and not f.a("expertise"):
            emsp = min(emsp, 85)  # coordination asked for as well: the DAC leads, the EMSP advises
        if f.a("soins_techniques"):
            emsp = min(emsp, 88)  # technical care at home (pump, parenteral nutrition): the HAD carries it, the EMSP advises
        c.proposer("EMSP", emsp, ["soins palliatifs / fin de vie"], "003",
                   role="Expertise et appui en soins palliatifs, à domicile comme en établissement.")
        c.proposer("HAD", 62, ["soins palliatifs à domicile"], "004", role="Soins hospitaliers coordonnés au domicile.")
    if f.a("had"):
        # named by the prescriber ("l'oncologue parle d'une HAD"): the request itself
        score = 93 if f.a("had_demandee") else 91 if f.a("fin_de_vie") and f.a("soins_techniques") else 85
        if f.a("had_en_place"):
            score = 45  # already there: the answer is what comes around it
        c.proposer("HAD", score, ["soins techniques hospitaliers réalisables à domicile"], "004",
                   role="Hospitalisation à domicile, sur prescription médicale.")


def msp(c: Contexte) -> None:
    """MSP / centres de santé: first-line care, people without a médecin traitant (004, 001)."""
    f = c.faits
    if f.a("msp"):
        # named beside the CPTS in a territory's project: the CPTS carries the project (003, 004)
        c.proposer("MSP", 88 if not f.a("projet_territorial") else 55, ["exercice coordonné de premier recours (maison ou centre de santé)"], "004, 001",
                   role="Équipe pluriprofessionnelle de premier recours.")
    if _depistage_individuel(f):
        c.proposer("MSP", 66, ["dépistage et prévention au plus près : maison ou centre de santé"], "004, 001",
                   role="Soins de premier recours, prévention et dépistage.")
    if f.a("etp") and not f.a("msp"):
        # near home; when the theme has a regional expert dispositif, that one first (its programmes, 000, 004)
        c.proposer("MSP", 70 if not any(f.a(s) for s in THEMES_DR) else 60, ["éducation thérapeutique : les MSP portent ou accueillent des programmes d'ETP"], "001",
                   role="Programmes d'éducation thérapeutique de proximité.")
    if f.a("sans_medecin_traitant"):
        c.proposer("MSP", 50 if not f.a("precarite", "sans_droits") else 60,
                   ["soins de premier recours, notamment pour les personnes sans médecin traitant"], "004, 001",
                   role="Soins de premier recours et repérage des situations complexes.")


def sensibilisation(c: Contexte) -> None:
    """Information and awareness actions for professionals and volunteers: a mission of the CRT
    volet 1 (003: « actions d'information, de sensibilisation à destination des professionnels et
    bénévoles ») and of the DAC (003: « organisations d'actions de sensibilisation ou de formations »)."""
    f = c.faits
    if not f.a("sensibilisation_professionnels") or f.a("expertise"):
        return  # a thematic expertise sought for the training: the expert dispositifs (dr, palliatif)
    if f.a("sante_mentale") and not f.a("fin_de_vie") and _age60(f) is not True:
        # mental health (suicide risk screening…): the PTSM structures « prévention, repérage » and the
        # promotion of mental health (004 Annexe 2); the CPTS carries prevention for the population (004)
        c.proposer("PTSM", 90, ["repérage et prévention en santé mentale : mission du projet territorial de santé mentale"], "004",
                   role="Structure les parcours en santé mentale : prévention, repérage, formation des acteurs.")
        c.proposer("CPTS", 70, ["prévention populationnelle portée par les professionnels du territoire"], "004",
                   role="Actions de prévention des professionnels de ville du territoire.")
        return
    if c.crt_volet_1_ici is not False and _age60(f) is not False:
        c.proposer("CRT", 90, ["sensibilisation des professionnels et bénévoles : mission du volet 1 du CRT"], "003", volet=1,
                   role="Actions d'information et de sensibilisation des professionnels du domicile (fin de vie, repérage).")
    c.proposer("DAC", 75, ["actions de sensibilisation et de formation des professionnels du territoire"], "003",
               role="Animation territoriale : formations et sensibilisations sur les parcours complexes.")


REGLES = [dac, crt, clic_spda, cpts, sas, c360, c360_aidant, dclic, dr, ptsm, pass_, repit, palliatif, msp, sensibilisation]


PLANCHER_CITE = 50
PLANCHER_QUESTION = 94  # the one dispositif asked about (« le CRT peut-il intervenir ? ») answers first


def _le_dac_mene_a_sa_place(c: Contexte, p: Proposition) -> bool:
    """The renforcement asked of the CRT does not exist here (volet 2 not in this commune) and the
    situation is complex: the DAC leads, the CRT stays in the answer with what it does here (003)."""
    return p.type == "CRT" and p.volet != 2 and c.faits.a("accompagnement_renforce_demande") \
        and c.crt_volet_2_ici is False and c.complexe is True


def cites(c: Contexte) -> None:
    """A dispositif the professional names (« qui fait quoi entre DAC, CRT et CPTS ? ») and that a
    rule proposes is kept among the answers, so that its role is said even when it is a complement;
    the one dispositif a question is about comes first, with what it can and cannot do here."""
    question = c.faits.a("question_sur_le_dispositif_cite")
    for p in c.propositions:
        plancher = PLANCHER_QUESTION if question and not _le_dac_mene_a_sa_place(c, p) else PLANCHER_CITE
        if p.type in c.faits.cites and p.score < plancher:
            p.score = plancher
            p.pourquoi.append("dispositif sur lequel porte votre question" if question else "dispositif cité dans votre demande")


def evaluer(contexte: Contexte) -> list[Proposition]:
    contexte.complexe = complexite_estimee(contexte.faits) if contexte.faits.complexite != INCONNU else None
    for regle in REGLES:
        regle(contexte)
    cites(contexte)
    return contexte.propositions
