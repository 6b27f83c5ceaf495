"""The orientation engine (knowledge/moteur.py, regles.py) on the seed cases, with the
contacts of the real knowledge base."""
from __future__ import annotations

import pytest

from knowledge.analyse import analyser, faits_depuis_texte
from knowledge.faits import CHAMPS, Faits

MME_L = "Mme L, 84 ans, seule à domicile à Étampes, chutes à répétition, troubles cognitifs, sa fille est épuisée."
CHAMPCUEIL = "Monsieur 88 ans à Champcueil, le SSIAD et le SAAD ne suffisent plus."
ETAMPES_SAAD = "Monsieur 88 ans à Étampes, le SSIAD et le SAAD ne suffisent plus."
SANS_MT = "Patient de 50 ans à Étampes, pas de médecin traitant, besoin simple."
HANDICAP = "Jeune homme de 25 ans en situation de handicap, vit chez ses parents à Étampes."
NANCY = "Mme 84 ans à Nancy, vit seule, chutes, troubles cognitifs, fille épuisée, situation complexe."


def orienter(m, texte: str, **corrections):
    faits = faits_depuis_texte(texte)
    for champ, valeur in corrections.items():
        setattr(faits, champ, valeur)
    return faits, m.orienter(faits)


def recos(orientation, type_=None):
    return [r for r in orientation.recommandations if type_ is None or r.type == type_]


def telephones_connus(annu) -> set[str]:
    return {d.telephone for d in annu.dispositifs.values() if d.telephone}


# -- seed cases ----------------------------------------------------------------------------------

def test_mme_l_dac_en_premier_sans_question(m):
    faits, o = orienter(m, MME_L)
    premier = o.recommandations[0]
    assert premier.type == "DAC"
    assert premier.contact["telephone"] == "01 64 99 08 59"
    assert premier.contact_connu and premier.repli is None
    assert premier.contact["source"] and premier.contact["verifie_le"]
    assert m.questions_utiles(faits) == []
    assert m.prochaine_question(faits) is None


def test_mme_l_par_analyser(m):
    r = analyser(MME_L)
    assert r["urgence"] is None and r["prochaine_question"] is None
    assert r["situation"]["commune"]["code_insee"] == "91223"
    assert r["recommandations"][0]["type"] == "DAC"
    assert [x["rang"] for x in r["recommandations"]] == list(range(1, len(r["recommandations"]) + 1))
    assert len(r["recommandations"]) <= 4


def test_champcueil_crt_volet_2_en_premier(m):
    _, o = orienter(m, CHAMPCUEIL, complexite=False)
    premier = o.recommandations[0]
    assert (premier.type, premier.volet) == ("CRT", 2)
    assert premier.contact["telephone"] == "06 58 82 61 71"
    assert premier.dispositif_id == "crt-sud-essonne-volet-2"


def test_etampes_pas_de_crt_volet_2(m):
    _, o = orienter(m, ETAMPES_SAAD, complexite=False)
    assert recos(o)  # there is an orientation…
    for r in recos(o):  # … but no reinforced CRT: Étampes is not on the volet 2 list
        assert not (r.type == "CRT" and r.volet == 2), r
        assert r.dispositif_id != "crt-sud-essonne-volet-2"
    crt = recos(o, "CRT")
    assert crt and crt[0].volet == 1
    assert any("volet 2" in raison for raison in crt[0].pourquoi)


def test_sans_medecin_traitant_besoin_simple_cpts(m):
    _, o = orienter(m, SANS_MT)
    assert o.recommandations[0].type == "CPTS"
    # no CPTS contact in the base for Étampes: a fallback, never an invented number
    assert o.recommandations[0].contact["telephone"] is None
    assert o.recommandations[0].repli


def test_handicap_communaute_360(m):
    _, o = orienter(m, HANDICAP)
    c360 = recos(o, "C360")
    assert c360 and c360[0].rang == 1
    assert c360[0].contact["telephone"].replace(" ", "") == "0800360360"
    assert c360[0].contact_connu


def test_commune_sans_contact_dac_connu(m):
    _, o = orienter(m, NANCY)
    dac = recos(o, "DAC")
    assert dac and dac[0].rang == 1
    assert dac[0].contact_connu is False
    assert dac[0].repli and dac[0].repli.strip()
    assert all(dac[0].contact[k] is None for k in ("telephone", "email", "site"))


@pytest.mark.parametrize("texte", [MME_L, CHAMPCUEIL, ETAMPES_SAAD, SANS_MT, HANDICAP, NANCY,
                                   "Mme 84 ans, chutes", "patient de 40 ans à Asnières, situation complexe"])
def test_jamais_de_contact_invente(m, annu, texte):
    _, o = orienter(m, texte)
    connus = telephones_connus(annu)
    for r in recos(o):
        if r.contact["telephone"]:
            assert r.contact["telephone"] in connus, r
        if not r.contact_connu:
            assert not any(r.contact[k] for k in ("telephone", "email", "site")), r
            assert r.repli, r


def test_sans_commune_repli_demande_la_commune(m):
    _, o = orienter(m, "Mme 84 ans, vit seule, chutes, troubles cognitifs, fille épuisée")
    dac = recos(o, "DAC")[0]
    assert dac.contact_connu is False and "commune" in dac.repli


def test_gir_a_champcueil_crt_volet_2(m):
    # At commit 42d5c3e "GIR 3 à …" was read as age 3: the CRT volet 2 disappeared.
    _, o = orienter(m, "Patiente GIR 3 à domicile à Champcueil, le SAAD ne suffit plus")
    assert any(r.type == "CRT" and r.volet == 2 for r in recos(o))


# -- questions -----------------------------------------------------------------------------------

NOTES_PARTIELLES = [
    MME_L, CHAMPCUEIL, ETAMPES_SAAD, SANS_MT, HANDICAP, NANCY,
    "Mme 84 ans", "Mme 84 ans à Étampes, chutes", "dame âgée qui chute", "vit seule à Mennecy",
    "patient sans médecin traitant", "situation complexe à Corbeil", "aidante épuisée",
    "Monsieur 88 ans, SSIAD insuffisant", "en EHPAD à Étampes, 90 ans",
]


@pytest.mark.parametrize("texte", NOTES_PARTIELLES)
def test_questions_utiles_jamais_sur_un_champ_connu(m, texte):
    faits = faits_depuis_texte(texte)
    connus = {c for c in CHAMPS if faits.est_connu(c)}
    utiles = m.questions_utiles(faits)
    assert not connus & set(utiles), (connus, utiles)
    q = m.prochaine_question(faits)
    assert q is None or q["champ"] not in connus


@pytest.mark.parametrize("faits", [
    Faits(age=84, complexite=True, commune={"code_insee": "91223", "nom": "Étampes", "departement": "91"}),
    Faits(age=50, lieu_de_vie="domicile", aidant_epuise=False, signaux=["sans_medecin_traitant"]),
    Faits(tranche_age="60_plus", lieu_de_vie="ehpad", signaux=["chutes"]),
])
def test_questions_utiles_faits_construits(m, faits):
    connus = {c for c in CHAMPS if faits.est_connu(c)}
    assert connus  # the case is not trivial
    assert not connus & set(m.questions_utiles(faits))


@pytest.mark.parametrize("texte", [MME_L, CHAMPCUEIL, ETAMPES_SAAD, SANS_MT, HANDICAP, NANCY,
                                   "Mme 84 ans à Étampes, chutes"])
def test_au_plus_deux_questions_quand_age_et_commune_connus(m, texte):
    faits = faits_depuis_texte(texte)
    assert faits.est_connu("age") and faits.commune is not None
    assert len(m.questions_utiles(faits)) <= 2


def test_question_commune_quand_ambigue(m):
    faits = faits_depuis_texte("Mme 84 ans, vit seule à Saint-Denis, chutes, fille épuisée")
    assert faits.commune is None and len(faits.commune_candidats) >= 2
    q = m.prochaine_question(faits, deja_posees=10)  # asked even after the question budget
    assert q is not None and q["champ"] == "commune"
    assert len(q["choix"]) == len(faits.commune_candidats)


def test_question_posee_puis_reponse_la_retire(m):
    faits = faits_depuis_texte("Mme 84 ans à Étampes, chutes")
    q = m.prochaine_question(faits)
    assert q is not None
    champ = q["champ"]
    reponse = next(c["valeur"] for c in q["choix"] if "sais pas" not in c["valeur"])
    faits = faits_depuis_texte(reponse, faits, champ_attendu=champ)
    assert faits.est_connu(champ)
    assert champ not in m.questions_utiles(faits)


def test_avis_expert_plaies_dispositif_regional(m):
    _, o = orienter(m, "Avis expert en plaies et cicatrisation pour un patient de 73 ans à Metz, "
                       "ulcère de jambe qui ne cicatrise pas, bien entouré.")
    assert recos(o)[0].type == "DR"
    assert "plaies" in " ".join(recos(o)[0].pourquoi)


def test_plaie_sans_demande_d_avis_pas_de_dispositif_regional(m):
    _, o = orienter(m, "Patient de 73 ans à Metz, ulcère de jambe, l'IDEL passe tous les jours.")
    assert "DR" not in [r.type for r in recos(o)]


def test_consultation_du_jour_abregee_service_d_acces_aux_soins(m):
    _, o = orienter(m, "Mr 66a St-Michel-sur-Orge, fièvre 39 + toux, MT en congé, besoin d'une consult aujourd'hui.")
    assert recos(o)[0].type == "SAS"


def test_difficultes_niees_la_situation_n_est_pas_complexe(m):
    f, o = orienter(m, "Mme 93 ans, seule à Neuilly-sur-Seine, GIR 3, SAAD et IDEL ; il n'y a pas de difficulté "
                       "sociale ni familiale particulière ; elle souhaite un accompagnement renforcé à domicile.")
    assert f.complexite is False
    assert recos(o)[0].type == "CRT"


def test_projet_des_professionnels_du_territoire_cpts(m):
    _, o = orienter(m, "Deux de nos généralistes partent à la retraite : comment organiser les professionnels "
                       "du secteur pour garder un accès aux soins ? Bar-le-Duc.")
    assert recos(o)[0].type == "CPTS"


def test_projet_territorial_en_sante_mentale_ptsm(m):
    _, o = orienter(m, "Notre commune voudrait monter une action de repérage en santé mentale pour les jeunes "
                       "adultes, avec le CMP et la mission locale.")
    assert recos(o)[0].type == "PTSM"


def test_symptome_aigu_et_medecin_injoignable_sas(m):
    _, o = orienter(m, "Homme 72 ans à Yerres, plaie au mollet devenue rouge et gonflée, un peu de fièvre, "
                       "MT injoignable jusqu'à lundi.")
    assert recos(o)[0].type == "SAS"


def test_age_et_yeux_rouges_ne_sont_pas_un_symptome_aigu(m):
    # "39 ans" is an age and red eyes are not an acute symptom: no unscheduled care just because the MT is away
    f, o = orienter(m, "Mme 39 ans à Yerres, yeux rouges de fatigue, MT en congé, elle cherche une aide pour "
                       "monter son dossier MDPH.")
    assert not f.a("symptome_aigu")
    assert "SAS" not in [r.type for r in recos(o)]


def test_sans_droits_qui_doit_etre_soigne_pass_en_premier(m):
    # 004: the PASS gives hospital care and opens the rights, even when the situation is complex
    _, o = orienter(m, "Homme de 40 ans à Montpellier, sans titre de séjour, aucun droit ouvert, diabète découvert, "
                       "dettes, hébergé chez un ami, il a besoin d'être vu à l'hôpital.", complexite=True)
    types = [r.type for r in recos(o)]
    assert types[0] == "PASS" and "DAC" in types[:3]


def test_sans_droits_sans_besoin_de_soins_immediat_dac_si_complexe(m):
    _, o = orienter(m, "Homme de 62 ans, insuffisant cardiaque, plus de MT, dort dans sa voiture depuis sa "
                       "séparation, sa complémentaire santé solidaire n'a pas été renouvelée, perdu dans ses papiers.")
    assert recos(o)[0].type == "DAC"


def test_refus_de_reanimation_a_domicile_soins_palliatifs(m):
    _, o = orienter(m, "Patient 66a, SLA évoluée, à domicile à Milly-la-Forêt avec sa femme ; il ne veut ni trachéo "
                       "ni réa et veut rester chez lui. On aimerait anticiper.")
    assert recos(o)[0].type in ("EMSP", "HAD")


def test_equipe_de_proximite_qui_travaille_ensemble_msp(m):
    _, o = orienter(m, "Patient de 68 ans à Langres, Parkinson récent : je cherche une équipe de proximité "
                       "(kiné, orthophoniste, IDE) qui travaille ensemble.")
    assert recos(o)[0].type == "MSP"


def test_education_therapeutique_sur_un_theme_expert_dispositif_regional(m):
    _, o = orienter(m, "Patiente de 33 ans à Épinal, SEP récente : existe-t-il de l'éducation thérapeutique ?")
    assert recos(o)[0].type == "DR"


def test_crt_volet_2_hors_des_listes_connues_sous_reserve(m):
    # the sources list volet 2 communes in Essonne and Hauts-de-Seine only: elsewhere coverage is unknown, not absent
    _, o = orienter(m, "Mme 85 ans, GIR 4, habite Lunéville, pas d'aidant. Le SAAD ne suffit plus, il faudrait "
                       "sécuriser le logement sans passer par l'EHPAD.", complexite=False)
    premier = recos(o)[0]
    assert (premier.type, premier.volet) == ("CRT", 2)
    assert any("sous réserve" in r for r in premier.pourquoi)


def test_revision_du_plan_d_aide_clic_avant_crt(m):
    _, o = orienter(m, "Mme 79 ans, GIR 4, à Toulon : son mari voudrait une révision du plan d'aide APA, "
                       "deux heures de plus par semaine pour le ménage. Rien de complexe.")
    assert recos(o)[0].type == "CLIC"


def test_personne_ne_tient_le_fil_situation_complexe(m):
    f, o = orienter(m, "Mme 83 ans à Troyes, GIR 2, escarres, diabète déséquilibré, dénutrition ; IDEL, SSIAD et "
                       "MT passent mais personne ne coordonne quoi que ce soit.")
    assert f.a("professionnel_en_difficulte")
    assert recos(o)[0].type == "DAC"


def test_jeune_majeur_en_occitanie_d_clic(m):
    # 004 l.229: the D-CLIC supports professionals of young people aged 0 to 21
    _, o = orienter(m, "Jeune de 19 ans à Albi sorti de l'ASE, troubles du comportement, hébergement précaire, "
                       "plusieurs hospitalisations en psychiatrie, aucun relais.")
    assert "DCLIC" in [r.type for r in recos(o)][:2]


def test_handicap_de_naissance_complexe_communaute_360_d_abord(m):
    _, o = orienter(m, "Jeune homme de 23 ans, autisme sévère, maintenu en IME (amendement Creton), aucune place en "
                       "MAS, parents à bout, à Troyes.", complexite=True)
    types = [r.type for r in recos(o)]
    assert types[0] == "C360" and "DAC" in types[:3]


def test_le_dac_deja_implique_n_est_pas_propose_en_premier(m):
    _, o = orienter(m, "Référente de parcours au DAC : dame de 84 ans à Soisy-sur-Seine, perte d'autonomie, très "
                       "isolée, maintien à domicile difficile ; on voudrait un accueil de jour.", complexite=True)
    assert recos(o)[0].type != "DAC"


def test_education_therapeutique_parkinson_msp_sep_dispositif_regional(m):
    _, parkinson = orienter(m, "Patient parkinsonien de 70 ans à Langres, il voudrait un programme d'éducation "
                               "thérapeutique près de chez lui.")
    _, sep = orienter(m, "Patiente de 33 ans à Épinal, sclérose en plaques : existe-t-il de l'éducation thérapeutique ?")
    assert recos(parkinson)[0].type == "MSP" and recos(sep)[0].type == "DR"


def test_chute_isolement_et_prevention_crt_et_non_dac(m):
    f, o = orienter(m, "Patient de 81 ans à Arpajon, une chute le mois dernier sans gravité, vit seul et sort de moins "
                       "en moins : des ateliers de prévention pour qu'il voie du monde ?")
    assert recos(o)[0].type == "CRT"


def test_problematique_sociale_niee_non_comptee(m):
    f, _ = orienter(m, "Mme 85 ans sort de gériatrie lundi, GIR 3, vit seule, le SAAD ne suffira pas. Pas de "
                       "problématique sociale.")
    assert "sociale" not in f.dimensions


def test_sans_domicile_et_barriere_de_la_langue_situation_complexe(m):
    f, o = orienter(m, "Patiente 35 ans, grossesse à risque avec diabète sous insuline, ne parle pas français, "
                       "hébergement d'urgence, rate ses consultations.")
    assert {"logement", "sociale"} <= set(f.dimensions)
    assert recos(o)[0].type == "DAC"


def test_antibiotiques_intraveineux_a_domicile_had(m):
    _, o = orienter(m, "Patient 70 ans à Sète, ostéite, antibio IV trois fois par jour pendant un mois ; il veut rentrer, "
                       "peut-on faire ça à domicile ?")
    assert recos(o)[0].type == "HAD"


def test_points_de_suture_medecin_complet_sas(m):
    _, o = orienter(m, "Mme 72 ans à Étampes, coupure profonde au doigt, il faudrait des points aujourd'hui, son médecin est complet.")
    assert recos(o)[0].type == "SAS"


def test_soutien_pour_l_aidante_plateforme_de_repit(m):
    _, o = orienter(m, "La fille d'une patiente Parkinson de 82 ans à Montpellier cherche un groupe de parole pour aidants, "
                       "elle se sent seule face à la maladie de sa mère et elle est épuisée.")
    assert recos(o)[0].type == "PFR"


def test_projet_de_parcours_sante_mentale_sur_la_ville_ptsm(m):
    _, o = orienter(m, "Beaucoup d'habitants en souffrance psychique au CCAS : nous voulons un parcours santé mentale "
                       "sur la ville de Reims, qui pilote ça ?", complexite=True)
    assert recos(o)[0].type == "PTSM"


def test_diabete_et_education_therapeutique_msp_dans_le_top_3(m):
    _, o = orienter(m, "Patient 55 ans diabétique à Langres, il voudrait un programme d'éducation thérapeutique près de chez lui.")
    assert "MSP" in [r.type for r in recos(o)][:3]


def test_professionnels_qui_ne_se_parlent_pas_d_clic_en_occitanie(m):
    _, o = orienter(m, "Fille de 12 ans à Montpellier, déscolarisation partielle, troubles du sommeil, suivi CMPP arrêté, "
                       "4 pros autour qui ne se parlent pas.", complexite=True)
    assert recos(o)[0].type == "DCLIC"


def test_hospitalisation_a_domicile_demandee_par_le_prescripteur(m):
    _, o = orienter(m, "IDEL à Reims : patient sous chimio avec nutrition parentérale, le protocole devient trop lourd pour "
                       "le cabinet ; l'oncologue parle d'une hospitalisation à domicile.")
    assert recos(o)[0].type == "HAD"


def test_had_refusee_ou_lieu_de_travail_n_est_pas_une_demande(m):
    f, _ = orienter(m, "IDEC en HAD : notre prise en charge se termine vendredi pour un monsieur de 83 ans à Courbevoie.")
    assert not f.a("had_demandee") and f.commune["nom"] == "Courbevoie"


def test_guichet_unique_pour_une_aidante_agee_et_son_fils_handicape_spda(m):
    _, o = orienter(m, "AS au CCAS de Troyes : Mme N., 70 ans, a chez elle son fils de 40 ans handicapé (IMC). Quelles aides "
                       "pour elle (APA ?) et pour lui ? On ne sait plus à quel guichet les envoyer.")
    assert recos(o)[0].type == "SPDA"


def test_coordination_dans_un_titre_n_est_pas_une_difficulte(m):
    f, o = orienter(m, "IDE de coordination en cardio : M. T., 77 ans, sort jeudi, autonome, sa femme est là ; son MT est en "
                       "congé, il faudrait un RDV médecin et une IDE à domicile dans la semaine.")
    assert not f.a("professionnel_en_difficulte")
    assert recos(o)[0].type == "CPTS"


def test_voix_et_persecution_sante_mentale(m):
    f, o = orienter(m, "Locataire de 50 ans, il entend des voix et pense que les voisins l'espionnent, logement en incurie, "
                       "procédure d'expulsion, aucun suivi psy.")
    assert f.a("sante_mentale") and "PTSM" in [r.type for r in recos(o)][:3]


def test_sensibilisation_d_une_equipe_du_domicile_crt_volet_1(m):
    _, o = orienter(m, "Notre SAAD voudrait former ses auxiliaires à l'accompagnement de la fin de vie, secteur de Dourdan.")
    premier = recos(o)[0]
    assert (premier.type, premier.volet) == ("CRT", 1)
    assert "DAC" in [r.type for r in recos(o)[:3]]


def test_formation_avec_expertise_palliative_reste_aux_experts(m):
    _, o = orienter(m, "Nous voulons l'expertise d'une équipe de soins palliatifs pour former nos soignants, EHPAD de Metz.")
    assert recos(o)[0].type in ("EMSP", "DR")


def test_sante_mentale_deja_suivie_la_demande_de_lien_social_passe_avant(m):
    _, o = orienter(m, "M. 74 ans à Étampes, troubles anxieux stabilisés, suivi au CMP ; il cherche des activités pour sortir de l'isolement.")
    assert recos(o)[0].type in ("CRT", "CLIC")
    assert "PTSM" in [r.type for r in recos(o)]


def test_enfant_fievreux_pediatre_ferme_le_week_end_sas(m):
    _, o = orienter(m, "Dimanche, petit de 3 ans, mal à la gorge depuis hier, 39,2, pédiatre fermé. Où l'envoyer aujourdhui ? Metz.")
    assert recos(o)[0].type == "SAS"


def test_ne_sait_pas_comment_demander_n_est_pas_une_negation(m):
    f, o = orienter(m, "Mme 80 ans à Nancy, elle ne sait pas comment demander l'APA. Pas de problème de santé compliqué.")
    assert f.a("dossier_apa") and f.complexite is not True
    assert recos(o)[0].type in ("SPDA", "CLIC")


@pytest.mark.parametrize("texte", [
    "Homme 40 ans sans couverture maladie, plaie infectée à la jambe, dort dans sa voiture à Toulouse.",
    "Femme 50 ans sans droits ouverts à Montpellier, diabétique, elle ne peut pas payer son insuline.",
])
def test_sans_droits_et_soins_a_donner_pass_en_premier(m, texte):
    _, o = orienter(m, texte)
    assert recos(o)[0].type == "PASS"


def test_auteur_en_msp_n_est_pas_une_demande_de_msp(m):
    _, o = orienter(m, "Secrétariat de la MSP de Metz : un patient de 60 ans cherche un médecin traitant, nos médecins ne prennent plus de nouveaux patients.")
    assert recos(o)[0].type == "CPTS"


def test_aide_refusee_n_est_pas_une_demarche(m):
    _, o = orienter(m, "Mme 84 ans à Dourdan, vit seule, ne sort plus, deux chutes, refuse la téléassistance.")
    assert recos(o)[0].type == "CRT"


def test_quelqu_un_qui_tienne_le_fil_dac(m):
    _, o = orienter(m, "Jeune de 20 ans à Nantes, diabète, hébergé à droite à gauche, ne vient plus aux consultations ; il faut quelqu'un qui tienne le fil.")
    assert recos(o)[0].type == "DAC"


def test_rupture_d_accompagnement_d_un_enfant_handicape_communaute_360(m):
    _, o = orienter(m, "Mère seule à Reims, son fils de 12 ans autiste, l'IME ferme tout l'été, aucune solution de garde, elle est épuisée.")
    assert recos(o)[0].type == "C360"


def test_retour_a_domicile_apres_decompensation_cpts_dac_crt(m):
    # 003, cas d'usage de M. B (79 ans, décompensation cardiaque): CPTS, DAC and CRT each have a role
    _, o = orienter(m, "M. 81 ans à Corbeil-Essonnes, sortie vendredi après une décompensation cardiaque, vit avec son épouse "
                       "fragile, plus de médecin traitant, deuxième hospitalisation en trois mois.", complexite=True)
    assert {"CPTS", "DAC", "CRT"} <= {r.type for r in recos(o)[:3]}


# -- ninth and tenth blind sets, in other words ------------------------------------------------

def test_accompagnement_renforce_demande_crt_volet_2_en_premier(m):
    _, o = orienter(m, "Mme 90 ans à Mennecy, GIR 2, seule, troubles cognitifs, le SAAD ne suffit plus : "
                       "y a-t-il un accompagnement renforcé à domicile ?")
    assert recos(o)[0].type == "CRT" and recos(o)[0].volet == 2


def test_campagne_de_vaccination_des_professionnels_cpts_pas_sas(m):
    _, o = orienter(m, "Des infirmiers et kinés de Reims veulent organiser une campagne de vaccination et un circuit de soins "
                       "non programmés avec les généralistes. Quelle structure ?")
    assert recos(o)[0].type == "CPTS"
    assert "SAS" not in [r.type for r in recos(o)]


def test_medecin_qui_ne_peut_pas_voir_avant_des_semaines_n_est_pas_un_soin_du_jour(m):
    _, o = orienter(m, "M. 82 ans à Évry-Courcouronnes, sortie de cardiologie, vit seul, GIR 4, son MT ne peut pas le voir "
                       "avant un mois, logement à adapter.")
    assert recos(o)[0].type != "SAS"


def test_l_aidante_qui_faisait_tout_est_hospitalisee_dac_et_crt(m):
    _, o = orienter(m, "Son épouse de 84 ans vient d'être hospitalisée, c'est elle qui faisait tout ; lui, 87 ans, dément, "
                       "reste seul à Étampes.")
    assert {"DAC", "CRT"} <= {r.type for r in recos(o)[:3]}


def test_soins_palliatifs_sans_coordinateur_dac_dans_le_top_3(m):
    _, o = orienter(m, "Patient en soins palliatifs à Gaillac, seul, sa fille est loin ; on ne sait pas qui coordonne tout ça.")
    assert "DAC" in [r.type for r in recos(o)[:3]]


# -- eleventh blind set, in other words -------------------------------------------------------

def test_programme_de_depistage_d_une_cpts_dispositif_regional_d_abord(m):
    # 004: CPTS, DAC and Diabète Occitanie; the expert network runs the screening programme
    _, o = orienter(m, "Notre CPTS de Nîmes veut lancer un programme de dépistage des complications du diabète "
                       "pour des patients précaires, et un appui pour les cas individuels lourds.")
    assert recos(o)[0].type == "DR"
    assert "DAC" in [r.type for r in recos(o)[:3]]


def test_relais_a_domicile_apres_chirurgie_had_et_non_repit(m):
    f, o = orienter(m, "Patient de 50 ans à Toulouse, suites d'une chirurgie compliquée, antibiotiques IV pour deux semaines : "
                       "qui peut prendre le relais à domicile ?")
    assert recos(o)[0].type == "HAD"
    assert not f.a("repit") and f.complexite is not True


def test_formation_au_reperage_du_risque_suicidaire_ptsm(m):
    _, o = orienter(m, "Le centre de santé de Nancy veut organiser une sensibilisation au risque suicidaire pour les infirmiers "
                       "et pharmaciens du quartier.")
    assert recos(o)[0].type in ("PTSM", "CPTS")
    assert "CRT" not in [r.type for r in recos(o)]


# -- thirteenth blind set, in other words -----------------------------------------------------

def test_qui_fait_quoi_entre_trois_dispositifs_cites_tous_dans_le_top_3(m):
    _, o = orienter(m, "Mme 86 ans, vit seule à Étampes, chutes, troubles cognitifs, sa fille s'épuise, le SAAD (APA) ne peut plus "
                       "augmenter ; qui fait quoi entre DAC, CRT et CPTS ?")
    assert {"DAC", "CRT", "CPTS"} <= {r.type for r in recos(o)[:3]}


def test_handicap_d_un_des_enfants_n_est_pas_celui_de_la_personne(m):
    f, o = orienter(m, "Mme 40 ans à Reims, cancer, deux enfants dont l'aîné de 9 ans est autiste, dettes, expulsion ; "
                       "plusieurs services interviennent sans que personne ne coordonne.")
    assert "handicap" not in f.signaux and f.a("handicap_proche") and f.a("professionnel_en_difficulte")
    assert recos(o)[0].type == "DAC"


def test_imc_chiffre_est_un_indice_de_masse_corporelle(m):
    f, _ = orienter(m, "M. 80 ans, dénutrition, IMC 16, vit seul à Nancy.")
    assert not f.a("handicap")


# -- fourteenth blind set, in other words -------------------------------------------------------

def test_seulement_une_cousine_n_est_pas_un_besoin_simple(m):
    f, _ = orienter(m, "Mme 70 ans à Nancy, incurie, cancer non soigné, impayés, suivi psy abandonné, plus personne ne "
                       "coordonne ; seulement une cousine éloignée.")
    assert f.complexite is not False


def test_rien_de_plus_complique_n_est_pas_complexe(m):
    f, _ = orienter(m, "Jeune de 20 ans à Toulouse, pas de mutuelle, il tousse depuis un mois, rien de plus compliqué.")
    assert f.complexite is False


def test_fin_de_vie_avec_soins_techniques_had_avant_l_equipe_mobile(m):
    _, o = orienter(m, "Mme 60 ans à Clamart, cancer en phase terminale, souhaite mourir chez elle avec une pompe à morphine et une perfusion.")
    assert recos(o)[0].type == "HAD"
    assert "EMSP" in [r.type for r in recos(o)[:3]]


# -- fifteenth blind set, in other words ----------------------------------------------------------

def test_on_l_envoie_ou_sans_symptome_n_est_pas_un_soin_non_programme(m):
    _, o = orienter(m, "Fils au téléphone pour son père de 80 ans à Reims, dossier APA à faire, rien de compliqué : on l'envoie où ?")
    assert recos(o)[0].type in ("CLIC", "SPDA")
    assert "SAS" not in [r.type for r in recos(o)]


def test_suivi_psy_termine_et_va_bien_n_est_pas_une_difficulte(m):
    f, o = orienter(m, "M. 50 ans à Albi, suivi psychiatrique terminé il y a dix ans, va bien ; son MT part à la retraite "
                       "et il cherche quelqu'un pour son diabète.")
    assert not f.a("sante_mentale")
    assert recos(o)[0].type in ("CPTS", "MSP")


def test_fille_polyhandicapee_dont_le_pere_appelle_communaute_360(m):
    f, o = orienter(m, "Mère au téléphone, Reims : son fils 20 ans autiste sévère sort de l'IME, aucune place en FAM, parents épuisés.")
    assert f.a("handicap") and not f.a("handicap_proche")
    assert recos(o)[0].type == "C360"


# -- sixteenth blind set, in other words ----------------------------------------------------------

def test_age_abrege_suivi_d_une_virgule(m):
    f, _ = orienter(m, "Mme P, 91 a, GIR 2, vit à Mennecy.")
    assert f.age == 91


def test_apa_non_necessaire_n_est_pas_une_demande(m):
    f, o = orienter(m, "M. 80 ans à Évry-Courcouronnes, sort demain de cardiologie, épouse présente ; APA non nécessaire, il faut un RDV rapide chez le MT.")
    assert not f.a("dossier_apa")
    assert recos(o)[0].type == "CPTS"


def test_had_passee_n_est_pas_une_demande_et_l_ehpad_du_mari_n_est_pas_son_lieu_de_vie(m):
    f, o = orienter(m, "Mme 76 ans à Lardy, une HAD en 2022 après sa chirurgie, c'est terminé ; très seule depuis que son mari est entré en EHPAD.")
    assert not f.a("had") and f.lieu_de_vie != "ehpad"
    assert recos(o)[0].type in ("CRT", "CLIC")


def test_suivi_de_ville_interrompu_cpts_dans_le_top_3(m):
    _, o = orienter(m, "M. 64 ans à Évry-Courcouronnes, vit seul, plus de mutuelle, BPCO, il ne va plus chez son MT ni chez le "
                       "cardiologue, coupure d'électricité.", complexite=True)
    assert "CPTS" in [r.type for r in recos(o)[:3]]


# Sets 9 to 16, in other words: the first dispositif expected for a wording the rules now read.
PREMIERS_JEUX_9_A_16 = [
    pytest.param("Infirmier du CMP : M. 72 ans à Étampes, humeur triste, suivi chez nous tous les mois, pas d'idées suicidaires ; il voudrait des activités pour voir du monde.",
                 ('CRT', 'CLIC'), id='psychologue_du_cmp_qui_suit_deja_la_demande_de_lien_social_passe_avant'),
    pytest.param("Un MT pour une dame de 66 ans qui vient d'arriver à Nîmes, rien de particulier.",
                 ('CPTS', 'MSP'), id='medecin_traitant_pour_des_nouveaux_arrivants_cpts'),
    pytest.param('Jeune femme enceinte de 4 mois, sans papiers, sans AME, hébergée en squat à Toulouse, jamais vue par un médecin.',
                 ('PASS',), id='grossesse_sans_couverture_jamais_suivie_pass_en_premier'),
    pytest.param("Jeune de 20 ans sorti de l'ASE, il dort à droite à gauche à Toulouse, parle tout seul, on est plusieurs pros et on ne sait pas par qui commencer.",
                 ('DCLIC',), id='jeune_majeur_sorti_de_l_ase_errance_et_troubles_d_clic'),
    pytest.param('Patiente de 70 ans, cancer du poumon, retour à Clamart avec pompe à morphine et nutrition artificielle.',
                 ('HAD',), id='pompe_a_morphine_et_nutrition_artificielle_had'),
    pytest.param("Samedi, une femme de 35 ans s'est coupée au doigt, il faudrait des points, pas de médecin dispo à Reims.",
                 ('SAS',), id='coupure_a_recoudre_sans_medecin_aujourd_hui_sas'),
    pytest.param("Ma mère, 79 ans, sortie des urgences de Reims, bilan normal. Il faut voir son médecin traitant, mais elle n'en a plus depuis son déménagement.",
                 ('CPTS', 'MSP'), id='medecin_traitant_a_voir_mais_il_n_en_a_plus_cpts'),
    pytest.param("Mon père, 84 ans, à Étampes : on cherche des aides pour qu'il reste chez lui, rien de compliqué.",
                 ('CLIC', 'SPDA', 'CRT'), id='aides_pour_qu_elle_reste_chez_elle_clic'),
    pytest.param("Orthophoniste, je m'installe à Reims : qui fédère les professionnels de ville ici ?",
                 ('CPTS',), id='qui_federe_les_professionnels_pour_une_installation_cpts'),
    pytest.param("Mon père a 90 ans, GIR 2, seul à Champcueil, l'aide à domicile ne suffit plus : l'EHPAD à domicile, ça existe ?",
                 ('CRT',), id='ehpad_a_domicile_crt_volet_2'),
    pytest.param('Mme 38 ans à Toulouse, mucoviscidose suivie au centre de référence, seule avec deux enfants, droits à refaire, RDV manqués ; personne ne coordonne, qui peut faire une évaluation globale ?',
                 ('DAC',), id='maladie_rare_et_coordination_demandee_dac_avant_l_expert'),
    pytest.param('Homme de 30 ans à Montpellier, sans mutuelle ni CSS, une dent cassée qui le fait souffrir : où se faire soigner ?',
                 ('PASS',), id='sans_couverture_et_une_dent_cassee_pass'),
    pytest.param('Ma femme a 81 ans, Alzheimer débutant, à Chaumont ; je dois être opéré, existe-t-il un accueil temporaire pour ces quelques jours ?',
                 ('PFR', 'CLIC', 'CRT'), id='accueil_temporaire_quelques_jours_repit'),
    pytest.param("Adolescent de 16 ans à Albi, ASE, déscolarisé, suivi en pédopsychiatrie ; chaque institution attend que l'autre agisse.",
                 ('DCLIC',), id='chaque_institution_attend_l_autre_d_clic_en_occitanie'),
    pytest.param('M. 80 ans à Étampes, soins palliatifs, souhaite mourir chez lui ; une HAD si les soins deviennent trop lourds.',
                 ('EMSP',), id='had_envisagee_plus_tard_laisse_l_equipe_mobile_d_abord'),
    pytest.param('Dimanche, fillette de 6 ans à Nîmes, 39,2 de fièvre, pas de pédiatre ni médecin dispo : qui appeler ?',
                 ('SAS',), id='fievre_a_virgule_et_pas_de_medecin_dispo_sas'),
    pytest.param('Ma fille de 22 ans à Nîmes reste enfermée dans sa chambre et dit entendre des voix, jamais vu de psychiatre.',
                 ('PTSM',), id='entendre_des_voix_sans_psychiatre_cmp'),
    pytest.param("Mon père, 82 ans, à Reims : plus de traitement possible pour son cancer, il veut rester chez lui jusqu'au bout.",
                 ('EMSP', 'HAD'), id='plus_de_traitement_possible_et_rester_chez_elle_jusqu_au_bout_soins_palliatifs'),
    pytest.param("J'ai 60 ans, j'habite Chaumont, où faire un dépistage du cancer colorectal ?",
                 ('CPTS', 'MSP'), id='depistage_pour_une_personne_cpts_ou_msp'),
    pytest.param("J'ai 80 ans, je vis seule à Étampes, je ne vois presque plus personne et j'aimerais participer à des activités.",
                 ('CRT', 'CLIC'), id='vis_seule_et_activites_crt_volet_1'),
    pytest.param('Mme 85 ans à Mennecy, déjà suivie par nous (DAC), GIR 2, isolée ; le SAAD ne suffit plus, qui pour le renfort à domicile ?',
                 ('CRT',), id='deja_suivie_par_nous_dac_et_renfort_a_domicile_crt'),
    pytest.param("J'ai 70 ans, je viens d'arriver à Reims et je n'ai pas encore de médecin traitant.",
                 ('CPTS', 'MSP'), id='pas_encore_de_medecin_traitant_cpts'),
    pytest.param('Responsable de SAAD à Dourdan : sensibiliser nos aides à domicile à la fin de vie et au repérage des idées suicidaires des personnes âgées.',
                 ('CRT', 'DAC'), id='sensibilisation_du_domicile_a_la_fin_de_vie_et_au_risque_suicidaire_crt'),
]


@pytest.mark.parametrize("texte, premiers", PREMIERS_JEUX_9_A_16)
def test_premier_dispositif_des_jeux_9_a_16(m, texte, premiers):
    _, o = orienter(m, texte)
    assert recos(o)[0].type in premiers, [(r.type, r.pourquoi) for r in recos(o)]



# -- seventeenth blind set, in other words --------------------------------------------------------

def test_sans_couverture_avec_des_soins_a_poursuivre_pass_en_premier(m):
    _, o = orienter(m, "Homme de 50 ans sans domicile à Toulouse, aucune couverture maladie, plaie à panser tous les jours, "
                       "pas de MT : où pour la suite des soins ?")
    assert recos(o)[0].type == "PASS"


def test_depister_les_complications_d_un_diabete_complexe_dispositif_regional_dans_le_top_3(m):
    _, o = orienter(m, "M. 66 ans à Montpellier, diabète déséquilibré, vit seul, RSA, MT débordé ; qui pour l'accompagner "
                       "et dépister les complications ?", complexite=True)
    assert {"DAC", "DR"} <= {r.type for r in recos(o)[:3]}


def test_had_deja_en_place_et_coordination_demandee_dac_d_abord(m):
    _, o = orienter(m, "Patient de 60 ans à Toulouse, SLA, l'HAD est déjà en place, l'épouse est épuisée, dossier MDPH bloqué, "
                       "il veut rester chez lui jusqu'au bout ; il faut quelqu'un pour coordonner l'ensemble.")
    assert recos(o)[0].type == "DAC"


def test_appui_palliatif_demande_par_une_equipe_demunie_equipe_mobile(m):
    _, o = orienter(m, "Infirmière coordinatrice d'EHPAD à Lisses : résidente de 92 ans en fin de vie, l'équipe est démunie, "
                       "on voudrait l'appui d'une équipe spécialisée en soins palliatifs.")
    assert recos(o)[0].type == "EMSP"



def test_une_sensibilisation_pour_nos_aides_soignantes_crt_ou_dac(m):
    _, o = orienter(m, "IDEC de SSIAD à Mennecy : organiser pour nos aides-soignantes une sensibilisation à la fin de vie à domicile.")
    assert recos(o)[0].type in ("CRT", "DAC")


# -- nineteenth blind set, in other words ---------------------------------------------------------
# (text, answers to the questions, first dispositifs accepted)
PREMIERS_JEU_19 = [
    pytest.param("Éducatrice en foyer : Mme K., 28 ans, tétraplégique après une chute à cheval, vit à Nancy ; l'AAH est là mais rien "
                 "n'avance pour un logement et une formation. Qui peut réunir tout le monde autour de son projet de vie ?",
                 {"complexite": True}, ("C360",), id='handicap_acquis_complexe_et_projet_de_vie_communaute_360'),
    pytest.param("Étudiant de 23 ans à Montpellier, n'a jamais eu de généraliste, il voudrait un suivi pour son eczéma.",
                 {}, ("CPTS", "MSP"), id='jamais_eu_de_generaliste_cpts_ou_msp'),
    pytest.param("Homme de 40 ans, arrivé du Mali l'an dernier, sans couverture maladie, sorti de l'hôpital de Nîmes hier : "
                 "il lui faudra un traitement pour son hypertension et des droits ouverts.",
                 {"complexite": True}, ("PASS",), id='sans_couverture_et_un_traitement_a_poursuivre_pass_meme_complexe'),
    pytest.param("Mairie d'Étampes : M. V., 77 ans, veuf, en bonne santé, ne sort quasiment plus et ne parle à personne. "
                 "Il est juste seul, il voudrait des sorties.",
                 {}, ("CRT", "CLIC"), id='ne_sort_quasiment_plus_et_ne_parle_a_personne_crt_volet_1'),
    pytest.param("Mme A., 88 ans, GIR 2, habitait Lardy ; rectification, elle a déménagé à Lisses chez son fils. Le SAD ne suffit plus, "
                 "il lui faut un accompagnement renforcé à domicile.",
                 {}, ("CRT",), id='commune_rectifiee_dans_le_texte_crt_volet_2'),
]
PREMIERS_JEU_20 = [
    pytest.param("Mon mari, 52 ans, hémiplégique depuis son AVC, rentre à la maison à Metz : il faut aménager la douche et "
                 "demander des aides humaines.", {}, ("C360", "SPDA"), id='hemiplegie_avant_60_ans_un_handicap_communaute_360'),
    pytest.param("Ma mère, 79 ans, hémiplégique depuis son AVC, GIR 3, vit seule à Étampes ; le SAD ne suffit plus.",
                 {}, ("CRT", "DAC", "CLIC"), id='hemiplegie_apres_60_ans_une_perte_d_autonomie_pas_la_c360'),
]


@pytest.mark.parametrize("texte, reponses, premiers", PREMIERS_JEU_19 + PREMIERS_JEU_20)
def test_premier_dispositif_des_jeux_19_et_20(m, texte, reponses, premiers):
    _, o = orienter(m, texte, **reponses)
    assert recos(o)[0].type in premiers, [(r.type, r.pourquoi) for r in recos(o)]


def test_une_question_sur_le_crt_dans_une_situation_simple_commence_par_le_crt(m):
    _, o = orienter(m, "Mme P., 82 ans, GIR 3, vit à Étampes, son SAD ne suffit plus. Le volet 2 du CRT peut-il intervenir chez elle ?")
    assert recos(o)[0].type == "CRT"


def test_volet_2_absent_et_situation_complexe_le_dac_mene_le_crt_reste(m):
    _, o = orienter(m, "M. V., 86 ans, GIR 2 à Dourdan, SAAD et SSIAD ne suffisent plus, épouse épuisée, chutes, refus d'EHPAD. "
                       "Est-ce que le CRT Sud Essonne peut faire l'accompagnement renforcé chez eux ?", complexite=True)
    types = [r.type for r in recos(o)]
    assert types[0] == "DAC" and "CRT" in types[:3]


def test_le_projet_de_vie_d_une_personne_n_est_pas_un_projet_de_territoire(m):
    _, o = orienter(m, "Éducatrice : Léa, 28 ans, autiste, travaille en ESAT à Metz et voudrait monter son projet d'appartement "
                       "avec un accompagnement ; qui peut nous aider ?")
    assert recos(o)[0].type == "C360"
