"""Tests navigateur des trois fronts d'Aiguillage (page de conversation, widget
sur un portail tiers, console opérateur), avec Chromium headless de Debian.

Fixtures fournies par tests/conftest.py :
- front_url : URL de base du serveur front en marche (ex. http://127.0.0.1:8123) ;
- portail_url : URL de la page d'accueil du portail de démonstration, servie
  depuis une AUTRE origine (le marqueur __SERVEUR__ y est remplacé par front_url) ;
- artefacts_dir : dossier (pathlib.Path) où enregistrer les captures d'écran.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

import os  # noqa: E402

# `make test` sets AIGUILLAGE_EXIGER_NAVIGATEUR=1: there a missing browser is a failure, not a skip.
EXIGER = os.environ.get("AIGUILLAGE_EXIGER_NAVIGATEUR") == "1"
selenium = __import__("selenium") if EXIGER else pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.browser

STATIC = Path(__file__).resolve().parents[2] / "bot" / "web" / "static"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--window-size=1280,900",
]
ATTENTE_BOT = 40  # secondes : une réponse de Rasa peut être lente au premier tour

CAS_ETAMPES = ("Mme L, 84 ans, vit seule à domicile à Étampes, chutes répétées, troubles "
               "cognitifs débutants, sa fille aidante est épuisée.")
CAS_CHAMPCUEIL = ("Monsieur de 88 ans à domicile à Champcueil, le SSIAD et le SAAD ne suffisent "
                  "plus, GIR 2, besoin d'un accompagnement renforcé.")
NOTES_CONSOLE = "Appel de l'IDEL : Mme R., 84 ans, seule à domicile à Étampes, chutes, fille épuisée"

# Racines JavaScript où chercher : la page elle-même, ou le Shadow DOM du widget.
PAGE = "document"
WIDGET = "document.querySelector('aiguillage-widget').shadowRoot"


@pytest.fixture
def navigateur(tmp_path):
    if not Path(CHROMIUM).exists() or not Path(CHROMEDRIVER).exists():
        (pytest.fail if EXIGER else pytest.skip)("Chromium ou chromedriver absent (paquets Debian chromium et chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for a in ARGS:
        options.add_argument(a)
    options.add_argument(f"--user-data-dir={tmp_path / 'profil-chromium'}")
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


# ---------------------------------------------------------------- outils

def js(driver, racine, corps, *args):
    """Exécute `corps` avec R = racine (document ou shadowRoot du widget)."""
    return driver.execute_script(f"const R = {racine}; if (!R) return null; {corps}", *args)


def attendre(driver, condition, delai=ATTENTE_BOT, message=""):
    return WebDriverWait(driver, delai, poll_frequency=0.2).until(lambda d: condition(), message)


def nb_tours_bot(driver, racine):
    return js(driver, racine, "return R.querySelectorAll('.aig-tour-bot').length;") or 0


def pret(driver, racine):
    return js(driver, racine, "const c = R.querySelector('.aig-conv'); return !!c && c.dataset.etat === 'pret';")


def attendre_reponse(driver, racine, avant):
    attendre(driver, lambda: pret(driver, racine) and nb_tours_bot(driver, racine) > avant,
             message="pas de réponse du bot")
    erreur = js(driver, racine, "const e = R.querySelector('.aig-erreur'); return e && !e.hidden ? e.textContent : '';")
    assert not erreur, f"erreur affichée : {erreur}"


def envoyer(driver, racine, texte):
    avant = nb_tours_bot(driver, racine)
    zone = js(driver, racine, "return R.querySelector('textarea.aig-zone');")
    zone.click()
    zone.send_keys(texte)
    zone.send_keys(Keys.ENTER)
    attendre_reponse(driver, racine, avant)


def tel_des_cartes(driver, racine):
    hrefs = js(driver, racine, """
        return Array.from(R.querySelectorAll('.aig-carte a[href^="tel:"]')).map(a => a.getAttribute('href'));
    """) or []
    return [re.sub(r"\D", "", h) for h in hrefs]


def choix_actifs(driver, racine):
    """Boutons de réponse encore actifs du dernier tour du bot, avec le champ de la question."""
    return js(driver, racine, """
        const tours = R.querySelectorAll('.aig-tour-bot');
        if (!tours.length) return [];
        const t = tours[tours.length - 1];
        return Array.from(t.querySelectorAll('.aig-bouton-choix:not([disabled])')).map(b => {
            const q = b.closest('.aig-question');
            return [b, b.textContent.trim(), q ? (q.dataset.champ || '') : ''];
        });
    """) or []


def repondre_aux_questions(driver, racine, max_tours=5, complexe=True):
    """Clique une réponse tant qu'une question est posée et qu'aucune carte n'est affichée.
    `complexe` : la réponse donnée à la question de complexité (« Oui » ou « Non »)."""
    for _ in range(max_tours):
        if tel_des_cartes(driver, racine):
            return
        choix = choix_actifs(driver, racine)
        if not choix:
            return
        def score(c):
            texte, champ = c[1].lower(), c[2]
            if champ == "complexite":
                return 0 if texte.startswith("oui" if complexe else "non") else 5
            if champ == "aidant_epuise" or texte.startswith("oui"):
                return 0 if texte.startswith("oui") else 5
            if champ == "lieu_de_vie":
                return 0 if "domicile" in texte else 5
            return 3
        bouton = sorted(choix, key=score)[0][0]
        avant = nb_tours_bot(driver, racine)
        bouton.click()
        attendre_reponse(driver, racine, avant)


def capture(driver, artefacts_dir, nom):
    Path(artefacts_dir).mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(Path(artefacts_dir) / nom))


def ouvrir_chat(driver, front_url):
    driver.get(front_url.rstrip("/") + "/")
    attendre(driver, lambda: pret(driver, PAGE), 15, "la page de conversation ne s'est pas montée")


def ouvrir_widget(driver):
    attendre(driver, lambda: driver.execute_script(
        "const h = document.querySelector('aiguillage-widget');"
        "return !!(h && h.shadowRoot && h.shadowRoot.querySelector('.lanceur'));"), 15,
        "le widget ne s'est pas monté")
    if js(driver, WIDGET, "return R.querySelector('.panneau').hidden;"):
        lanceur = js(driver, WIDGET, "return R.querySelector('.lanceur');")
        driver.execute_script("arguments[0].click();", lanceur)
    attendre(driver, lambda: js(driver, WIDGET, "return !R.querySelector('.panneau').hidden;"), 5,
             "le panneau du widget ne s'ouvre pas")


# ---------------------------------------------------------------- a. page de conversation

def test_chat_orientation_etampes(navigateur, front_url, artefacts_dir):
    d = navigateur
    ouvrir_chat(d, front_url)
    envoyer(d, PAGE, CAS_ETAMPES)
    repondre_aux_questions(d, PAGE)
    attendre(d, lambda: "0164990859" in tel_des_cartes(d, PAGE), 10,
             "pas de carte d'orientation avec le 01 64 99 08 59")
    assert js(d, PAGE, "return R.querySelectorAll('.aig-urgence').length;") == 0
    capture(d, artefacts_dir, "chat_orientation_etampes.png")


# ---------------------------------------------------------------- b. XSS

def test_chat_xss_reste_du_texte(navigateur, front_url, artefacts_dir):
    d = navigateur
    ouvrir_chat(d, front_url)
    envoyer(d, PAGE, "<img src=x onerror=alert(1)>")
    envoyer(d, PAGE, "<script>window.__xss=1</script>")
    with pytest.raises(NoAlertPresentException):
        d.switch_to.alert.text  # noqa: B018 — lève si aucune alerte n'est ouverte
    assert d.execute_script("return typeof window.__xss;") == "undefined"
    bulles = js(d, PAGE, "return Array.from(R.querySelectorAll('.aig-bulle-moi')).map(b => b.textContent);")
    assert any("<img" in b for b in bulles), bulles
    assert any("<script>" in b for b in bulles), bulles
    assert js(d, PAGE, "return R.querySelectorAll('.aig-journal img, .aig-journal script').length;") == 0
    capture(d, artefacts_dir, "chat_xss.png")


# ---------------------------------------------------------------- c. danger

def test_chat_danger_bandeau_3114_en_premier(navigateur, front_url, artefacts_dir):
    d = navigateur
    ouvrir_chat(d, front_url)
    envoyer(d, PAGE, "elle m'a dit qu'elle voulait mettre fin à ses jours")
    premier = js(d, PAGE, """
        const tours = R.querySelectorAll('.aig-tour-bot');
        const p = tours[tours.length - 1].firstElementChild;
        return [p.className, p.textContent, Array.from(p.querySelectorAll('a[href^="tel:"]')).map(a => a.getAttribute('href'))];
    """)
    classe, texte, liens = premier
    assert "aig-urgence" in classe.split(), premier
    assert "3114" in texte, premier
    assert "tel:3114" in liens, premier
    capture(d, artefacts_dir, "chat_danger_3114.png")


# ---------------------------------------------------------------- d. widget sur le portail

def test_widget_portail_champcueil_et_navigation(navigateur, portail_url, artefacts_dir):
    d = navigateur
    d.get(portail_url)
    ouvrir_widget(d)
    # Styles isolés : la police « serif !important » du portail n'atteint pas le widget.
    police = js(d, WIDGET, "return getComputedStyle(R.querySelector('.aig-zone')).fontFamily;")
    assert "Times" not in police and "serif" != police.strip(), police
    envoyer(d, WIDGET, CAS_CHAMPCUEIL)
    repondre_aux_questions(d, WIDGET, complexe=False)  # un besoin de renfort à domicile, pas une situation complexe
    attendre(d, lambda: "0658826171" in tel_des_cartes(d, WIDGET), 10,
             "pas de carte d'orientation avec le 06 58 82 61 71")
    # le CRT Sud Essonne (volet 2) vient en premier
    assert tel_des_cartes(d, WIDGET)[0] == "0658826171"
    capture(d, artefacts_dir, "widget_portail_champcueil.png")
    nb_tours = js(d, WIDGET, "return R.querySelectorAll('.aig-tour').length;")

    page2 = urljoin(portail_url, "page2.html")
    d.get(page2)
    ouvrir_widget(d)
    attendre(d, lambda: "0658826171" in tel_des_cartes(d, WIDGET), 10, "historique perdu sur la page 2")
    capture(d, artefacts_dir, "widget_portail_page2.png")

    lien = d.find_element(By.ID, "lien-navigation")
    d.execute_script("arguments[0].click();", lien)
    attendre(d, lambda: d.execute_script(
        "const a = document.getElementById('lien-navigation');"
        "return !!a && a.getAttribute('href') === 'page2.html';"), 10, "retour à l'accueil du portail")
    ouvrir_widget(d)
    attendre(d, lambda: "0658826171" in tel_des_cartes(d, WIDGET), 10, "historique perdu au retour")
    assert js(d, WIDGET, "return R.querySelectorAll('.aig-tour').length;") == nb_tours
    moi = js(d, WIDGET, "return Array.from(R.querySelectorAll('.aig-bulle-moi')).map(b => b.textContent).join(' ');")
    assert "Champcueil" in moi
    capture(d, artefacts_dir, "widget_portail_retour.png")


# ---------------------------------------------------------------- e. console opérateur

def test_console_notes_appel(navigateur, front_url, artefacts_dir):
    d = navigateur
    d.get(front_url.rstrip("/") + "/console")
    notes = WebDriverWait(d, 10).until(lambda dr: dr.find_element(By.ID, "notes"))
    notes.click()
    notes.send_keys(NOTES_CONSOLE)

    def complet():
        faits = d.find_element(By.ID, "faits").text
        question = d.find_element(By.ID, "question").text.strip()
        tels = d.execute_script(
            "return document.querySelectorAll('#recos .aig-carte a[href^=\"tel:\"]').length;")
        return ("84" in faits and "Étampes" in faits and question
                and "Saisissez vos notes" not in question and tels > 0)

    WebDriverWait(d, 10, poll_frequency=0.2).until(lambda dr: complet(), "console incomplète")
    question = d.find_element(By.ID, "question").text
    assert question.startswith("Aucune") or len(question) > 5
    rangs = d.execute_script("return Array.from(document.querySelectorAll('#recos .aig-rang')).map(e => e.textContent);")
    assert rangs and rangs[0] == "1", rangs
    capture(d, artefacts_dir, "console_notes_appel.png")


# ---------------------------------------------------------------- f. 320 px

def test_chat_320px_sans_defilement_horizontal(navigateur, front_url, artefacts_dir):
    d = navigateur
    ouvrir_chat(d, front_url)
    d.set_window_size(320, 700)
    if d.execute_script("return window.innerWidth;") != 320:
        # Chromium impose parfois une largeur de fenêtre minimale : on émule la fenêtre.
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 320, "height": 700, "deviceScaleFactor": 1, "mobile": False})
    attendre(d, lambda: d.execute_script("return window.innerWidth;") == 320, 5)
    # Contenu long rendu par le vrai moteur de rendu (sans serveur) : cartes, urgence, question.
    d.execute_script("""
        const R = window.AiguillageRendu, j = document.querySelector('.aig-journal');
        j.appendChild(R.rendreMoi(document, 'Texte_sans_espace_'.repeat(12)));
        j.appendChild(R.rendreReponse(document, [
          {custom: {type: 'urgence', urgence: {motif: 'suicide', numero: '3114', texte: 'Appelez le 3114.'}}},
          {custom: {type: 'question', champ: 'complexite', texte: 'La situation est-elle complexe ?',
                    choix: [{titre: 'Oui', valeur: 'oui'}, {titre: 'Non', valeur: 'non'}, {titre: 'Je ne sais pas', valeur: 'je ne sais pas'}]}},
          {custom: {type: 'orientation', urgence: null, situation: {}, recommandations: [
            {rang: 1, type: 'DAC', nom: 'Dispositif d’appui à la coordination 91 Sud – SPES', role: 'Coordination',
             pourquoi: ['situation complexe : médicale et sociale'],
             contact: {telephone: '01 64 99 08 59', email: 'adresse.tres.longue.pour.tester@exemple-de-domaine.fr',
                       site: 'https://exemple.fr/' + 'chemin-tres-long/'.repeat(6), adresse: 'Parc de la Julienne, 26 rue des Champs',
                       verifie_le: '2026-11-22', source: 'fichier_de_source_au_nom_tres_long_003_835323a5adf77f95.txt'},
             contact_connu: false, repli: 'Numéro national : 0 800 360 360.'}]}}
        ], function () {}));
    """)
    largeur = d.execute_script("return document.documentElement.scrollWidth;")
    capture(d, artefacts_dir, "chat_320px.png")
    assert largeur <= 320, largeur


# ---------------------------------------------------------------- g. limites côté client

def test_chat_refuse_plus_de_2000_caracteres(navigateur, front_url, artefacts_dir):
    d = navigateur
    ouvrir_chat(d, front_url)
    zone = d.find_element(By.CSS_SELECTOR, "textarea.aig-zone")
    d.execute_script("arguments[0].value = 'a'.repeat(2001);", zone)
    zone.send_keys(Keys.END, Keys.ENTER)
    erreur = WebDriverWait(d, 5).until(
        lambda dr: dr.find_element(By.CSS_SELECTOR, ".aig-erreur:not([hidden])"))
    assert re.search(r"2\s000", erreur.text), erreur.text
    assert len(zone.get_attribute("value")) == 2001
    assert nb_tours_bot(d, PAGE) == 0 and not d.find_elements(By.CSS_SELECTOR, ".aig-bulle-moi")
    capture(d, artefacts_dir, "chat_trop_long.png")


def test_widget_contient_rendu_et_reste_leger(front_url):
    """/widget.js, tel que servi, embarque rendu.js et pèse moins de 15 ko gzippé."""
    import urllib.request
    rendu = (STATIC / "rendu.js").read_text(encoding="utf-8")
    with urllib.request.urlopen(front_url + "/widget.js", timeout=10) as r:
        widget = r.read().decode("utf-8")
    assert rendu in widget and "@@RENDU@@" not in widget
    assert len(gzip.compress(widget.encode("utf-8"), 9)) < 15 * 1024
    for f in ("rendu.js", "widget_source.js", "chat.js", "console.js"):
        assert ".innerHTML" not in (STATIC / f).read_text(encoding="utf-8"), f
