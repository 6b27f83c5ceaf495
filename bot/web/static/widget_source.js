/* Aiguillage — widget intégrable (un seul fichier, sans dépendance ni ressource externe).
 *
 * Usage :
 *   <script src="https://HOTE/widget.js" data-serveur="https://HOTE"
 *           data-territoire="91" data-titre="Aiguillage – DAC 91 Sud"
 *           data-couleur="#00607a" defer></script>
 *
 * Le widget vit dans un Shadow DOM (styles isolés dans les deux sens ; mode
 * « open » pour les tests automatisés), envoie les messages à
 * `${data-serveur}/api/message` (CORS, JSON) avec metadata.territoire, et garde
 * la conversation (identifiant et historique) dans sessionStorage d'une page à
 * l'autre. Le rendu est celui de rendu.js, inséré par le serveur à l'endroit marqué plus bas :
 * /widget.js est donc un seul fichier pour la page hôte, sans copie dans le dépôt.
 */
(function () {
  'use strict';
  if (window.__aiguillageWidget) return;
  window.__aiguillageWidget = true;

/* @@RENDU@@ : le serveur web insère ici static/rendu.js (bot/web/serveur.py, widget_assemble) */

  var R = AiguillageRendu;
  var script = document.currentScript || (function () {
    var s = document.querySelectorAll('script[src*="widget.js"]');
    return s[s.length - 1] || null;
  }());
  function attr(n, defaut) {
    var v = script && script.getAttribute('data-' + n);
    return v ? v.trim() : defaut;
  }
  var serveur = attr('serveur', '');
  if (!serveur && script && script.src) {
    try { serveur = new URL(script.src, location.href).origin; } catch (err) { serveur = ''; }
  }
  serveur = serveur.replace(/\/+$/, '');
  var territoire = attr('territoire', '');
  var titre = attr('titre', 'Aiguillage');

  /* Couleur d'accent : acceptée seulement si le texte blanc reste lisible (AA, 4,5:1). */
  function couleurSure(c) {
    var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c || '');
    if (!m) return null;
    var h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    var l = [0, 2, 4].map(function (i) {
      var v = parseInt(h.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var lum = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    return 1.05 / (lum + 0.05) >= 4.5 ? '#' + h : null;
  }
  var couleur = couleurSure(attr('couleur', '')) || '#00607a';

  var stockage = null;
  try { stockage = window.sessionStorage; } catch (err) { stockage = null; }
  var cle = 'aiguillage.widget.' + serveur + '.' + territoire;
  function lire(k) { try { return stockage ? stockage.getItem(cle + '.' + k) : null; } catch (err) { return null; } }
  function ecrire(k, v) { try { if (stockage) stockage.setItem(cle + '.' + k, v); } catch (err) { /* ignoré */ } }

  var CSS_WIDGET = [
    ':host{all:initial!important;display:block!important;position:fixed!important;top:auto!important;left:auto!important;right:16px!important;bottom:16px!important;z-index:2147483000!important;width:auto!important;height:auto!important;margin:0!important;padding:0!important;border:0!important;transform:none!important;filter:none!important;visibility:visible!important;opacity:1!important;float:none!important}',
    ':host::before,:host::after{content:none!important;display:none!important}',
    '.racine{font-size:16px;line-height:1.45;text-align:left;letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;white-space:normal;font-style:normal;font-weight:400;cursor:auto;direction:ltr}',
    '.lanceur{display:flex;align-items:center;gap:8px;margin:0 0 0 auto;padding:10px 18px 10px 14px;min-height:48px;border:2px solid #fff;border-radius:999px;background:var(--aig-p);color:#fff;font:inherit;font-weight:700;cursor:pointer;box-shadow:0 4px 16px rgba(0,0,0,.3)}',
    '.lanceur:hover{filter:brightness(.9)}',
    '.lanceur svg{width:22px;height:22px;flex:none}',
    '.panneau{position:fixed;right:16px;bottom:84px;width:400px;max-width:calc(100vw - 32px);height:640px;max-height:calc(100vh - 108px);display:flex;flex-direction:column;background:#fff;border:1px solid #cfd8de;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.28);overflow:hidden}',
    '.tete{display:flex;align-items:center;gap:8px;padding:8px 8px 8px 14px;background:var(--aig-p);color:#fff}',
    '.titre{margin:0;flex:1;font-size:1em;font-weight:700;line-height:1.3}',
    '.fermer{flex:none;width:40px;height:40px;border:2px solid transparent;border-radius:8px;background:transparent;color:#fff;font:inherit;font-size:1.6em;line-height:1;cursor:pointer}',
    '.fermer:hover{border-color:#fff}',
    '.corps{flex:1 1 auto;min-height:0;display:flex;flex-direction:column}',
    '.aig .tete :focus-visible,.aig .lanceur:focus-visible{outline-color:#fff;box-shadow:0 0 0 5px #1a1f24}',
    '@media (max-width:480px){:host{right:8px!important;bottom:8px!important}.panneau{right:8px;bottom:68px;max-width:calc(100vw - 16px);max-height:calc(100vh - 80px)}.lanceur{padding:8px 14px 8px 10px}}'
  ].join('\n');

  function monter() {
    var hote = document.createElement('aiguillage-widget');
    var ombre = hote.attachShadow({ mode: 'open' });
    var style = document.createElement('style');
    style.textContent = R.CSS + '\n' + CSS_WIDGET;
    ombre.appendChild(style);

    var racine = R.el(document, 'div', 'aig racine');
    racine.setAttribute('lang', 'fr');
    racine.style.setProperty('--aig-p', couleur);
    var lanceur = R.el(document, 'button', 'lanceur');
    lanceur.type = 'button';
    lanceur.setAttribute('aria-expanded', 'false');
    lanceur.setAttribute('aria-controls', 'aig-panneau');
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    var chemin = document.createElementNS(ns, 'path');
    chemin.setAttribute('fill', 'currentColor');
    chemin.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z');
    svg.appendChild(chemin);
    lanceur.appendChild(svg);
    lanceur.appendChild(R.el(document, 'span', null, 'Orienter une situation'));

    var panneau = R.el(document, 'section', 'panneau');
    panneau.id = 'aig-panneau';
    panneau.setAttribute('role', 'dialog');
    panneau.setAttribute('aria-labelledby', 'aig-titre');
    panneau.hidden = true;
    var tete = R.el(document, 'div', 'tete');
    var h = R.el(document, 'h2', 'titre', titre);
    h.id = 'aig-titre';
    var fermer = R.el(document, 'button', 'fermer', '×');
    fermer.type = 'button';
    fermer.setAttribute('aria-label', 'Fermer la fenêtre Aiguillage');
    tete.appendChild(h);
    tete.appendChild(fermer);
    var corps = R.el(document, 'div', 'corps');
    panneau.appendChild(tete);
    panneau.appendChild(corps);
    racine.appendChild(panneau);
    racine.appendChild(lanceur);
    ombre.appendChild(racine);
    /* Rattaché à <html> plutôt qu'à <body> : un transform/filter posé sur body
       par la page hôte ne casse pas le positionnement fixe. */
    document.documentElement.appendChild(hote);

    var conv = R.monterConversation(corps, {
      url: serveur + '/api/message',
      metadata: territoire ? { territoire: territoire } : null,
      stockage: stockage,
      cle: cle,
      prefixe: 'aigw',
      hote: corps,
      libelle: 'Votre message',
      accueil: 'Bonjour. Décrivez la situation de la personne (âge, lieu de vie, commune, difficultés) : ' +
        'je vous indique le dispositif de coordination à contacter et son numéro.'
    });

    function ouvrir(focus) {
      panneau.hidden = false;
      lanceur.setAttribute('aria-expanded', 'true');
      ecrire('ouvert', '1');
      var j = corps.querySelector('.aig-journal');
      if (j) j.scrollTop = j.scrollHeight;
      if (focus) conv.zone.focus();
    }
    function fermerPanneau(focus) {
      panneau.hidden = true;
      lanceur.setAttribute('aria-expanded', 'false');
      ecrire('ouvert', '0');
      if (focus) lanceur.focus();
    }
    lanceur.addEventListener('click', function () {
      if (panneau.hidden) ouvrir(true); else fermerPanneau(false);
    });
    fermer.addEventListener('click', function () { fermerPanneau(true); });
    panneau.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') { ev.stopPropagation(); fermerPanneau(true); }
    });
    if (lire('ouvert') === '1') ouvrir(false);
  }

  if (document.body) monter();
  else document.addEventListener('DOMContentLoaded', monter);
}());
