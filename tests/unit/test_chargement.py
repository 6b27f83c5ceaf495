"""Building the knowledge base (knowledge/chargement.py): the real data, validation with
file and line, atomicity (a broken file leaves the previous base untouched), idempotence."""
from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from knowledge.base import DONNEES
from knowledge.chargement import ErreurDonnees, construire, lire_tout, verifier_telephone

TABLES = ("region", "departement", "epci", "commune", "type_dispositif", "dispositif", "couverture", "meta")


def compter(chemin: Path) -> dict[str, int]:
    with closing(sqlite3.connect(chemin)) as c:
        return {t: c.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}


def requete(chemin: Path, sql: str, *params) -> list[tuple]:
    with closing(sqlite3.connect(chemin)) as c:
        return c.execute(sql, params).fetchall()


def empreinte_fichier(chemin: Path) -> str:
    return hashlib.sha256(chemin.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def base_reelle(tmp_path_factory) -> Path:
    """The real knowledge/data built into a private SQLite file."""
    chemin = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    construire(url=f"sqlite:///{chemin}")
    return chemin


# -- the real data ----------------------------------------------------------------------------

def test_donnees_reelles_construites(base_reelle):
    n = compter(base_reelle)
    assert n["commune"] > 34_000
    assert n["departement"] >= 100 and n["region"] >= 18
    assert n["dispositif"] > 0 and n["couverture"] >= n["dispositif"]
    assert {cle for (cle,) in requete(base_reelle, "select cle from meta")} >= {"empreinte", "construite_le"}


def _couvre(chemin: Path, dispositif_id: str, code_insee: str) -> bool:
    return bool(requete(chemin, "select 1 from couverture where dispositif_id = ? and niveau = 'commune' and code = ?",
                        dispositif_id, code_insee))


def test_dac_91_sud_couvre_etampes(base_reelle):
    assert _couvre(base_reelle, "dac-91-sud-spes", "91223")


def test_crt_sud_essonne_volet_2_couvre_champcueil_pas_etampes(base_reelle):
    (volet,) = requete(base_reelle, "select volet from dispositif where id = 'crt-sud-essonne-volet-2'")[0]
    assert volet == 2
    assert _couvre(base_reelle, "crt-sud-essonne-volet-2", "91135")      # Champcueil
    assert not _couvre(base_reelle, "crt-sud-essonne-volet-2", "91223")  # Étampes
    assert _couvre(base_reelle, "crt-sud-essonne-volet-1", "91223")      # volet 1 does


def test_contacts_sources_et_dates(base_reelle):
    lignes = requete(base_reelle, "select id, contact_source, verifie_le from dispositif "
                                  "where coalesce(telephone, '') <> '' or coalesce(email, '') <> '' "
                                  "or coalesce(site, '') <> ''")
    assert len(lignes) >= 10
    for ident, source, verifie_le in lignes:
        assert source and source.strip(), ident
        assert verifie_le and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", verifie_le), (ident, verifie_le)


def test_contacts_sources_et_dates_dans_l_annuaire(annu):
    avec_contact = [d for d in annu.dispositifs.values() if d.telephone or d.email or d.site]
    assert avec_contact
    assert all(d.contact_source and d.verifie_le for d in avec_contact), \
        [d.id for d in avec_contact if not (d.contact_source and d.verifie_le)]


def test_idempotence(base_reelle):
    """Building again into the same URL gives the same base (and leaves no temporary file)."""
    n1 = compter(base_reelle)
    couvertures1 = sorted(requete(base_reelle, "select dispositif_id, niveau, code from couverture"))
    ids1 = sorted(requete(base_reelle, "select id, type, telephone from dispositif"))
    contenu = construire(url=f"sqlite:///{base_reelle}")
    assert compter(base_reelle) == n1
    assert sorted(requete(base_reelle, "select dispositif_id, niveau, code from couverture")) == couvertures1
    assert sorted(requete(base_reelle, "select id, type, telephone from dispositif")) == ids1
    assert requete(base_reelle, "select valeur from meta where cle = 'empreinte'") == [(contenu.empreinte,)]
    assert not list(base_reelle.parent.glob("*.tmp"))


# -- atomicity: a broken data file -----------------------------------------------------------
# The previous base is `base_reelle`: a good build of the real data into the very URL the
# broken build targets. Its row counts and bytes are recorded just before each broken build.

@pytest.fixture
def copie(tmp_path) -> Path:
    dossier = tmp_path / "data"
    shutil.copytree(DONNEES, dossier)
    return dossier


@pytest.fixture
def base_precedente(base_reelle):
    return base_reelle, compter(base_reelle), empreinte_fichier(base_reelle)


def casser(fichier: Path, ancien: str, nouveau: str) -> int:
    """Replace the first line equal to `ancien` (stripped); return its 1-based line number."""
    lignes = fichier.read_text(encoding="utf-8").split("\n")
    numero = next(i for i, l in enumerate(lignes) if l.strip() == ancien)
    lignes[numero] = lignes[numero].replace(ancien, nouveau)
    fichier.write_text("\n".join(lignes), encoding="utf-8")
    return numero + 1


def construire_casse(chemin: Path, dossier: Path) -> ErreurDonnees:
    with pytest.raises(ErreurDonnees) as info:
        construire(url=f"sqlite:///{chemin}", dossier=dossier)
    return info.value


def lire_casse(dossier: Path) -> ErreurDonnees:
    """Validation only (no write): for the xfail tests, whose buggy build would succeed."""
    with pytest.raises(ErreurDonnees) as info:
        lire_tout(dossier)
    return info.value


def assert_base_intacte(base_precedente):
    chemin, compte, empreinte = base_precedente
    assert chemin.exists()
    assert compter(chemin) == compte
    assert empreinte_fichier(chemin) == empreinte
    assert not list(chemin.parent.glob("*.tmp"))


def test_telephone_invalide_yaml(copie, base_precedente):
    fichier = copie / "dispositifs" / "ile_de_france.yml"
    ligne = casser(fichier, "telephone: 01 64 99 08 59", "telephone: 01 64 99 08")
    e = construire_casse(base_precedente[0], copie)
    assert Path(e.fichier) == fichier
    assert e.ligne == ligne
    assert "téléphone" in e.message and "01 64 99 08" in e.message
    assert_base_intacte(base_precedente)


def test_telephone_01_23_refuse(copie):
    fichier = copie / "dispositifs" / "ile_de_france.yml"
    ligne = casser(fichier, "telephone: 01 64 99 08 59", "telephone: 01 23")
    e = lire_casse(copie)
    assert Path(e.fichier) == fichier and e.ligne == ligne


@pytest.mark.parametrize("numero", ["01 23", "0123", "00"])
def test_verifier_telephone_refuse_court_commencant_par_zero(numero):
    with pytest.raises(ValueError):
        verifier_telephone(numero)


@pytest.mark.parametrize("numero", ["15", "112", "3114", "01 64 99 08 59", "0 800 360 360", "06.58.82.61.71"])
def test_verifier_telephone_accepte_les_vrais_numeros(numero):
    assert verifier_telephone(numero) == numero


@pytest.mark.parametrize("numero", ["01 64 99 08", "+33 1 64 99 08 59", "abc", "12345"])
def test_verifier_telephone_refuse(numero):
    with pytest.raises(ValueError):
        verifier_telephone(numero)


def test_commune_introuvable_dans_une_liste(copie, base_precedente):
    fichier = copie / "dispositifs" / "listes_essonne_sud.yml"
    casser(fichier, '- "Chamarande"', '- "Chamarandeuh"')
    e = construire_casse(base_precedente[0], copie)
    assert Path(e.fichier) == fichier
    assert "Chamarandeuh" in e.message and "introuvable" in e.message
    assert_base_intacte(base_precedente)


def test_commune_introuvable_dans_une_liste_bonne_ligne(copie):
    ligne = casser(copie / "dispositifs" / "listes_essonne_sud.yml", '- "Chamarande"', '- "Chamarandeuh"')
    assert lire_casse(copie).ligne == ligne


def test_type_inconnu_dans_le_csv(copie, base_precedente):
    fichier = next((copie / "contacts").glob("*.csv"))
    lignes = fichier.read_text(encoding="utf-8").split("\n")
    numero = next(i for i, l in enumerate(lignes) if l.startswith("DAC,91,DAC 91 Nord,"))
    lignes[numero] = "DACX" + lignes[numero][len("DAC"):]
    fichier.write_text("\n".join(lignes), encoding="utf-8")
    e = construire_casse(base_precedente[0], copie)
    assert Path(e.fichier) == fichier
    assert e.ligne == numero + 1
    assert "DACX" in e.message
    assert_base_intacte(base_precedente)


def test_code_insee_invalide_dans_communes_csv(copie, base_precedente):
    fichier = copie / "territoires" / "communes.csv"
    lignes = fichier.read_text(encoding="utf-8").split("\n")
    numero = next(i for i, l in enumerate(lignes) if l.startswith("91223,"))
    lignes[numero] = "9X223" + lignes[numero][len("91223"):]
    fichier.write_text("\n".join(lignes), encoding="utf-8")
    e = construire_casse(base_precedente[0], copie)
    assert Path(e.fichier) == fichier
    assert e.ligne == numero + 1
    assert_base_intacte(base_precedente)


def test_premiere_construction_cassee_ne_cree_rien(tmp_path, copie):
    casser(copie / "dispositifs" / "ile_de_france.yml", "telephone: 01 64 99 08 59", "telephone: 01 64 99 08")
    chemin = tmp_path / "neuve.sqlite"
    construire_casse(chemin, copie)
    assert not chemin.exists()
    assert not list(tmp_path.glob("*.tmp"))
