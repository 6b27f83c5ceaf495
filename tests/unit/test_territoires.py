"""Territory resolution (knowledge/territoires.py) on the real communes of the base."""
from __future__ import annotations

import pytest

ETAMPES, CORBEIL, SAINT_MICHEL, MENNECY = "91223", "91174", "91570", "91386"


@pytest.mark.parametrize("saisie, code", [
    ("Étampes", ETAMPES),
    ("etampes", ETAMPES),
    ("ETAMPES", ETAMPES),
    ("91150", ETAMPES),                      # postal code shared with small villages
    ("Corbeil", CORBEIL),                    # first word of a compound name
    ("Corbeil (91)", CORBEIL),
    ("St-Michel-sur-Orge", SAINT_MICHEL),    # abbreviation + hyphens
    ("Saint Michel sur Orge", SAINT_MICHEL),
    ("saint-michel-sur-orge", SAINT_MICHEL),
    ("Paris 15e", "75115"),
    ("Paris 15e arrondissement", "75115"),
])
def test_resoudre_trouve_la_bonne_commune(T, saisie, code):
    res = T.resoudre(saisie)
    assert res.statut == "trouvee", (saisie, res.statut, [c.nom for c in res.candidats])
    assert res.commune.code_insee == code


def test_resoudre_payload_respecte_le_contrat(T):
    payload = T.resoudre("Étampes").commune.payload()
    assert payload == {"code_insee": ETAMPES, "nom": "Étampes", "departement": "91"}


def test_saint_denis_est_ambigu(T):
    res = T.resoudre("Saint-Denis")
    assert res.statut == "ambigue"
    assert res.commune is None
    codes = {c.code_insee for c in res.candidats}
    assert len(codes) >= 2
    assert {"93066", "97411"} <= codes  # Seine-Saint-Denis and La Réunion


def test_saint_denis_avec_departement_prefere(T):
    res = T.resoudre("Saint-Denis", departement_prefere="93")
    assert res.statut == "trouvee"
    assert res.commune.code_insee == "93066"


def test_saint_denis_departement_entre_parentheses(T):
    res = T.resoudre("Saint-Denis (93)")
    assert res.statut == "trouvee" and res.commune.code_insee == "93066"


@pytest.mark.parametrize("saisie", ["Xyzzyville", "Trifouilly-les-Oies-sur-Mer", "zzz"])
def test_commune_inconnue(T, saisie):
    res = T.resoudre(saisie)
    assert res.statut == "inconnue"
    assert res.commune is None and res.candidats == []


def test_code_postal_inexistant_inconnu(T):
    assert T.resoudre("99999").statut == "inconnue"


# -- communes inside a free text ---------------------------------------------------------

@pytest.mark.parametrize("texte", [
    "hospitalisée au CH de Corbeil, elle vit à Mennecy",
    "Elle vit à Mennecy, actuellement hospitalisée au CH de Corbeil",
    "Patiente hospitalisée à Corbeil-Essonnes, elle habite à Mennecy depuis 20 ans",
])
def test_texte_libre_prefere_la_residence_au_lieu_de_soins(T, texte):
    res = T.chercher_dans_texte(texte)
    assert res is not None and res.statut == "trouvee"
    assert res.commune.code_insee == MENNECY


def test_texte_libre_lieu_de_soins_seul_reste_trouve(T):
    # Without a place of residence, the place of care is still the best (only) clue.
    res = T.chercher_dans_texte("hospitalisée au CH de Corbeil")
    assert res is not None and res.commune.code_insee == CORBEIL


def test_texte_libre_code_postal(T):
    res = T.chercher_dans_texte("Mme 84 ans, domiciliée 91150, chutes")
    assert res is not None and res.commune.code_insee == ETAMPES


def test_texte_libre_sans_commune(T):
    assert T.chercher_dans_texte("Mme 84 ans, vit seule, chutes à répétition, fille épuisée") is None


@pytest.mark.parametrize("texte, nom_commune", [
    ("Mme Nancy, 84 ans, chutes à répétition", "Nancy"),
    ("M. Vincennes a 80 ans et vit seul", "Vincennes"),
    ("Monsieur Verdun a chuté hier soir", "Verdun"),
    ("Le Dr Dreux me signale une patiente isolée", "Dreux"),
    ("Madame Arras est seule à domicile", "Arras"),
])
def test_civilite_et_nom_ne_sont_pas_une_commune(T, texte, nom_commune):
    assert nom_commune in {c.nom for infos in T.par_cle.values() for c in infos}  # it is a commune name
    res = T.chercher_dans_texte(texte)
    assert res is None or res.commune is None or res.commune.nom != nom_commune


def test_civilite_puis_commune_de_residence(T):
    res = T.chercher_dans_texte("Mme Nancy, 84 ans, habite à Corbeil")
    assert res is not None and res.commune.code_insee == CORBEIL


def test_civilite_prenom_et_nom_ne_sont_pas_une_commune(T):
    res = T.chercher_dans_texte("Mme Jeanne Dreux, 84 ans, chutes à répétition, vit seule")
    assert res is None or res.commune is None or res.commune.nom != "Dreux"


@pytest.mark.parametrize("texte, code", [
    ("Mme 84 ans, vit à Nice, chutes", "06088"),
    ("Monsieur 80 ans, domicilié à Tours", "37261"),
    ("elle habite à Rennes depuis 20 ans", "35238"),
])
def test_grande_ville_apres_un_indice_de_residence(T, texte, code):
    res = T.chercher_dans_texte(texte)
    assert res is not None and res.commune is not None and res.commune.code_insee == code


@pytest.mark.parametrize("saisie, code", [("Nice", "06088"), ("Tours", "37261"), ("Rennes", "35238")])
def test_grande_ville_tapee_seule(T, saisie, code):
    res = T.resoudre(saisie)
    assert res.statut == "trouvee" and res.commune.code_insee == code


@pytest.mark.parametrize("texte, nom", [
    ("vient d'emménager aux Ulis et cherche un médecin", "Les Ulis"),
    ("il habite au Plessis-Robinson", "Le Plessis-Robinson"),
    ("elle vit aux Lilas depuis peu", "Les Lilas"),
])
def test_article_contracte_fait_partie_du_nom(T, texte, nom):
    res = T.chercher_dans_texte(texte)
    assert res is not None and res.statut == "trouvee" and res.commune.nom == nom


@pytest.mark.parametrize("texte, nom", [
    ("juste besoin d'infos sur l'aménagement de la salle de bain et les aides possibles. Reims", "Reims"),
    ("Petite précision : elle a 82 ans et elle vit seule à Asnières-sur-Seine.", "Asnières-sur-Seine"),
    ("Le SAAD ne suffit plus, il faudrait réévaluer le plan d'aide. Il habite Étampes.", "Étampes"),
])
def test_mots_courants_ne_masquent_pas_la_commune(T, texte, nom):
    # "la salle", "le plan", "Petite" are (starts of) commune names, not places in these notes
    res = T.chercher_dans_texte(texte)
    assert res is not None and res.statut == "trouvee" and res.commune.nom == nom


def test_indice_de_residence_avec_mots_intercales(T):
    res = T.chercher_dans_texte("Hospitalisée à Corbeil-Essonnes, elle vit seule à Mennecy.")
    assert res is not None and res.commune.code_insee == MENNECY


def test_elision_avant_la_commune(T):
    res = T.chercher_dans_texte("Bonjour, agent d'accueil à la mairie d'Aubervilliers : une dame de 81 ans…")
    assert res is not None and res.commune is not None and res.commune.nom == "Aubervilliers"


@pytest.mark.parametrize("texte, attendu", [
    ("Mme 68 ans, dialysée, leur fille habite Lyon.", None),
    ("M. 82 ans vit seul à Lardy, sa fille habite Lyon.", "Lardy"),
    ("Son fils est à Paris mais elle vit à Étampes.", "Étampes"),
])
def test_la_ville_d_un_proche_n_est_pas_celle_de_la_personne(T, texte, attendu):
    res = T.chercher_dans_texte(texte)
    assert (res.commune.nom if res and res.commune else None) == attendu


@pytest.mark.parametrize("texte, nom", [
    ("M. et Mme Roux, Montrouge. Lui 84 ans, elle 81 ans.", "Montrouge"),
    ("Dossier de Mme Petit (Nancy, 80 ans) à compléter.", "Nancy"),
])
def test_commune_apres_un_nom_de_famille_et_une_ponctuation(T, texte, nom):
    # "Mme Petit (Nancy": punctuation between the surname and the place, so not a first name + surname
    res = T.chercher_dans_texte(texte)
    assert res is not None and res.commune is not None and res.commune.nom == nom


@pytest.mark.parametrize("texte, nom", [
    ("Mme A., 88 ans, habitait Lardy ; rectification, elle a déménagé à Lisses chez son fils.", "Lisses"),
    ("M. R. vit à Étampes… je me suis trompée : il habite Mennecy depuis l'été.", "Mennecy"),
    ("Mme Petit, 80 ans, vit à Étampes ; sa fille, qui a déménagé à Lyon, appelle souvent.", "Étampes"),
    ("M. O., 76 ans, vit seul à Étampes — non pardon, je confonds avec un autre, il habite Itteville.", "Itteville"),
    ("Mme F., 85 ans, non pardon 86, vit à Lardy avec sa fille.", "Lardy"),
])
def test_la_commune_donnee_apres_une_correction_remplace_la_premiere(T, texte, nom):
    # a relative's move is not a correction of the person's place; the correction is read between the
    # two places (« 85 ans, non pardon 86, à Lardy » corrects the age, not a place)
    res = T.chercher_dans_texte(texte)
    assert res is not None and res.commune is not None and res.commune.nom == nom


def test_l_hopital_en_minuscules_n_est_pas_la_commune_de_moselle(T):
    res = T.chercher_dans_texte("Elle est hospitalisée à Saint-Lô, on nous parle de l'hôpital à la maison.")
    assert res is not None and res.commune.nom == "Saint-Lô"
    res = T.chercher_dans_texte("M. K., 70 ans, habite L'Hôpital, près de Saint-Avold.")
    assert res is not None and res.commune.code_insee == "57336"

