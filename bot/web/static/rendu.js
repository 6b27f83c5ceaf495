/* Aiguillage — rendu partagé : page de conversation, widget et console.
 *
 * Règle de sécurité : aucune donnée (saisie de l'utilisateur ou réponse du
 * serveur) n'est insérée avec innerHTML. Tout est construit avec
 * createElement / textContent, et seuls des liens tel:, mailto: et http(s):
 * sont produits.
 *
 * Ce fichier est recopié tel quel dans widget.js, entre les marqueurs
 * « début rendu.js » et « fin rendu.js » (le widget doit tenir en un seul
 * fichier) ; tests/browser/test_fronts.py vérifie que la copie est identique.
 * Après toute modification ici : recopier le fichier dans widget.js.
 * JavaScript ES2017, sans dépendance.
 */
var AiguillageRendu = (function () {
  'use strict';

  var LIMITE = 2000;
  var A_PRECISER = 'à préciser';
  var MSG_INJOIGNABLE = 'Le service Aiguillage est injoignable pour le moment. ' +
    'Votre message n’a pas été envoyé : il est conservé dans la zone de saisie. Réessayez dans un instant.';

  var LIEUX = {
    domicile: 'à domicile', ehpad: 'en EHPAD',
    etablissement_handicap: 'en établissement pour personnes handicapées',
    hopital: 'à l’hôpital', sans_domicile: 'sans domicile'
  };
  var TRANCHES = {
    moins_de_18: 'moins de 18 ans', '18_59': '18 à 59 ans',
    '60_74': '60 à 74 ans', '75_plus': '75 ans et plus'
  };
  var SIGNAUX = {
    troubles_cognitifs: 'troubles cognitifs', precarite: 'précarité',
    sortie_hospitalisation: 'sortie d’hospitalisation', sans_medecin_traitant: 'sans médecin traitant',
    soins_non_programmes: 'soins non programmés', perte_autonomie: 'perte d’autonomie',
    aidant_epuise: 'aidant épuisé', fin_de_vie: 'fin de vie', diabete: 'diabète',
    perinatalite: 'périnatalité', sante_mentale: 'santé mentale', maladie_renale: 'maladie rénale',
    sans_droits: 'droits non ouverts', gir_1_4: 'GIR 1 à 4',
    services_domicile_insuffisants: 'services à domicile insuffisants', dossier_apa: 'dossier APA',
    medicale: 'médicale', professionnel_en_difficulte: 'professionnel en difficulté',
    suicide: 'risque suicidaire', urgence_vitale: 'urgence vitale', enfant_en_danger: 'enfant en danger',
    danger_immediat: 'danger immédiat', violences_conjugales: 'violences conjugales',
    sep: 'sclérose en plaques', etp: 'éducation thérapeutique', besoin_soins: 'besoin de soins',
    dac_implique: 'DAC déjà impliqué', aidant_fragile: 'aidant fragile', handicap_de_vie: 'handicap de naissance ou de l’enfance',
    revision_plan_aide: 'révision du plan d’aide', projet_territorial: 'projet territorial', msp: 'exercice coordonné'
  };

  /* ---------- CSS des composants (injecté dans la page ou dans le Shadow DOM) ---------- */
  var CSS = [
    '.aig,.aig *,.aig *::before,.aig *::after{box-sizing:border-box}',
    '.aig{--aig-p:#00607a;color:#1a1f24;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;line-height:1.45}',
    '.aig [hidden]{display:none!important}',
    '.aig a{color:var(--aig-p);text-decoration:underline;text-underline-offset:2px}',
    '.aig a:hover{text-decoration-thickness:2px}',
    '.aig :focus-visible{outline:3px solid #1a1f24;outline-offset:2px;box-shadow:0 0 0 2px #fff}',
    '.aig-btn{font:inherit;font-size:.95em;font-weight:600;min-height:44px;padding:.45em 1em;border:2px solid var(--aig-p);border-radius:8px;background:#fff;color:var(--aig-p);cursor:pointer;text-align:center}',
    '.aig-btn:hover{background:#e8f1f4}',
    '.aig-btn-principal{background:var(--aig-p);color:#fff}',
    '.aig-btn-principal:hover{background:var(--aig-p);filter:brightness(.85)}',
    '.aig-btn[disabled]{cursor:default;border-color:#c5ccd3;background:#f3f5f7;color:#5b6470;filter:none}',
    '.aig-btn.aig-choisi{border-color:var(--aig-p);background:var(--aig-p);color:#fff}',
    '.aig-conv{display:flex;flex-direction:column;height:100%;min-height:0;background:#fff}',
    '.aig-outils{display:flex;flex-wrap:wrap;gap:6px 8px;padding:8px 12px;border-bottom:1px solid #dde3e8}',
    '.aig-outils .aig-btn{min-height:36px;padding:.2em .75em;font-size:.85em}',
    '.aig-journal{position:relative;flex:1 1 auto;min-height:0;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:14px;background:#f6f8f9}',
    '.aig-accueil{margin:0;padding:10px 14px;border-radius:10px;background:#fff;border:1px dashed #9aa5ae;color:#3d4852}',
    '.aig-tour{display:flex;flex-direction:column;align-items:flex-start;gap:8px;max-width:100%}',
    '.aig-tour-moi{align-items:flex-end}',
    '.aig-bulle{margin:0;padding:10px 14px;border-radius:14px;max-width:92%;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.aig-bulle-moi{background:var(--aig-p);color:#fff;border-bottom-right-radius:4px}',
    '.aig-bulle-bot{background:#fff;border:1px solid #d3dbe1;border-bottom-left-radius:4px}',
    '.aig-question,.aig-orientation,.aig-information,.aig-urgence{align-self:stretch}',
    '.aig-question{display:flex;flex-direction:column;align-items:flex-start;gap:8px}',
    '.aig-choix{display:flex;flex-wrap:wrap;gap:8px}',
    '.aig-urgence{margin:0;padding:12px 16px;border-radius:10px;border-left:8px solid #5c000e;background:#b3001b;color:#fff}',
    '.aig-urgence p{margin:0 0 4px}',
    '.aig-urgence-titre{font-weight:700;text-transform:uppercase;letter-spacing:.03em;font-size:.9em}',
    '.aig-urgence-numero{font-size:1.2em;font-weight:700}',
    '.aig .aig-urgence a{color:#fff}',
    '.aig-urgence-numero a{font-size:1.35em}',
    '.aig .aig-urgence :focus-visible{outline-color:#fff;box-shadow:0 0 0 2px #1a1f24}',
    '.aig-soustitre{margin:6px 0 4px;font-weight:700;font-size:.92em}',
    '.aig-cartes{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}',
    '.aig-carte{background:#fff;border:1px solid #cfd8de;border-left:5px solid var(--aig-p);border-radius:10px;padding:12px 14px;overflow-wrap:anywhere}',
    '.aig-carte-tete{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px}',
    '.aig-rang{display:inline-flex;align-items:center;justify-content:center;min-width:28px;height:28px;padding:0 6px;border-radius:14px;background:var(--aig-p);color:#fff;font-weight:700}',
    '.aig-carte-nom{margin:0;font-size:1.05em;flex:1 1 10em}',
    '.aig-type{font-size:.8em;font-weight:700;padding:2px 8px;border-radius:999px;background:#e3edf1;color:#143640}',
    '.aig-role{margin:6px 0 0}',
    '.aig-pourquoi{margin:0;padding-left:1.3em}',
    '.aig-contact{display:grid;grid-template-columns:auto minmax(0,1fr);gap:2px 10px;margin:10px 0 0}',
    '.aig-contact dt{font-weight:600;color:#3d4852}',
    '.aig-contact dd{margin:0;min-width:0}',
    '.aig-tel{font-weight:700;font-size:1.1em;white-space:nowrap}',
    '.aig-non-verifie{margin:10px 0 0;padding:8px 10px;border-radius:8px;border:1px solid #b45309;background:#fff4e5;color:#5f2f00}',
    '.aig-non-verifie p{margin:4px 0 0}',
    '.aig-source{margin:8px 0 0;font-size:.85em;color:#4b5563}',
    '.aig-information{margin:0;padding:10px 14px;border-radius:10px;border:1px solid #cfd8de;background:#fff}',
    '.aig-information p{margin:0}',
    '.aig-faits{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 14px;margin:0}',
    '.aig-faits dt{font-weight:600;color:#3d4852}',
    '.aig-faits dd{margin:0;overflow-wrap:anywhere}',
    '.aig-inconnu{color:#4b5563;font-style:italic}',
    '.aig-attente{margin:0;padding:6px 12px;color:#3d4852;font-style:italic}',
    '.aig-erreur{margin:6px 12px 0;padding:8px 12px;border-radius:8px;border:1px solid #b3001b;background:#fdecee;color:#8a0015}',
    '.aig-statut{margin:0 12px;font-size:.9em;color:#1f5130}',
    '.aig-saisie{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:6px 8px;padding:10px 12px;border-top:1px solid #dde3e8;background:#fff}',
    '.aig-label{grid-column:1/-1;font-weight:600}',
    '.aig-zone{font:inherit;width:100%;min-height:48px;max-height:40vh;resize:vertical;padding:8px 10px;border:2px solid #5b6470;border-radius:8px;background:#fff;color:#1a1f24}',
    '.aig-envoyer{align-self:end}',
    '.aig-aide{grid-column:1/-1;margin:0;font-size:.8em;color:#4b5563}',
    '.aig-copie{display:block;width:calc(100% - 24px);margin:6px 12px;min-height:6em;font:inherit;font-size:.85em}',
    '.aig-vh{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0}',
    '@media (max-height:640px){.aig-aide{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.aig-outils{padding:6px 12px}.aig-saisie{padding:8px 12px}}',
    '@media (max-width:480px){.aig-contact,.aig-faits{grid-template-columns:minmax(0,1fr)}.aig-contact dd,.aig-faits dd{margin-bottom:4px}.aig-bulle{max-width:100%}}'
  ].join('\n');

  /* ---------- utilitaires DOM ---------- */
  function el(doc, tag, cls, texte) {
    var n = doc.createElement(tag);
    if (cls) n.className = cls;
    if (texte !== undefined && texte !== null) n.textContent = String(texte);
    return n;
  }
  function bouton(doc, texte, cls) {
    var b = el(doc, 'button', 'aig-btn' + (cls ? ' ' + cls : ''), texte);
    b.type = 'button';
    return b;
  }
  function vh(doc, texte) { return el(doc, 'span', 'aig-vh', texte); }
  function chaine(v) { return v === undefined || v === null ? '' : String(v); }
  function libelle(code) {
    code = chaine(code);
    return SIGNAUX[code] || code.replace(/_/g, ' ');
  }
  function chiffresTel(n) { return chaine(n).replace(/[^\d+]/g, ''); }
  function lienTel(doc, numero, cls) {
    var c = chiffresTel(numero);
    var a = el(doc, c ? 'a' : 'span', cls, chaine(numero).trim());
    if (c) a.setAttribute('href', 'tel:' + c);
    return a;
  }
  function urlSure(u) {
    u = chaine(u).trim();
    if (/^https?:\/\/[^\s]+$/i.test(u)) return u;
    if (/^www\.[^\s]+$/i.test(u)) return 'https://' + u;
    return null;
  }
  function lienExterne(doc, url, texte) {
    var h = urlSure(url);
    var a = el(doc, h ? 'a' : 'span', null, texte || chaine(url));
    if (h) {
      a.setAttribute('href', h);
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
    return a;
  }
  function courriel(doc, adr) {
    adr = chaine(adr).trim();
    var ok = /^[^\s@<>()"'?&:;,]+@[^\s@<>()"'?&:;,]+\.[a-z]{2,}$/i.test(adr);
    var a = el(doc, ok ? 'a' : 'span', null, adr);
    if (ok) a.setAttribute('href', 'mailto:' + adr);
    return a;
  }
  /* Texte avec numéros de téléphone français transformés en liens tel:. */
  var RE_TEL = /(?:\+33\s?|0)[1-9](?:[\s.\-]?\d{2}){4}|0\s?8\d{2}\s?\d{3}\s?\d{3}/g;
  function texteRiche(doc, parent, texte) {
    texte = chaine(texte);
    var dernier = 0, m;
    RE_TEL.lastIndex = 0;
    while ((m = RE_TEL.exec(texte)) !== null) {
      if (m.index > dernier) parent.appendChild(doc.createTextNode(texte.slice(dernier, m.index)));
      parent.appendChild(lienTel(doc, m[0]));
      dernier = m.index + m[0].length;
    }
    if (dernier < texte.length) parent.appendChild(doc.createTextNode(texte.slice(dernier)));
    return parent;
  }
  function dateFr(d) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(chaine(d));
    return m ? m[3] + '/' + m[2] + '/' + m[1] : chaine(d);
  }
  function norm(t) { return chaine(t).replace(/\s+/g, ' ').trim().toLowerCase(); }
  function liste(v) { return Array.isArray(v) ? v : []; }

  /* ---------- faits connus ---------- */
  function ouiNon(v) {
    if (v === true) return 'oui';
    if (v === false) return 'non';
    if (v === 'inconnu') return 'ne sait pas';
    return null;
  }
  function faits(s) {
    s = s || {};
    var age = (typeof s.age === 'number' || /^\d+$/.test(chaine(s.age))) ? s.age + ' ans' :
      (s.tranche_age ? (TRANCHES[s.tranche_age] || libelle(s.tranche_age)) : null);
    var cplx = ouiNon(s.complexite);
    var dims = liste(s.dimensions).map(libelle);
    if (dims.length) cplx = (cplx || 'à confirmer') + ' (' + dims.join(', ') + ')';
    var c = s.commune;
    var commune = c && typeof c === 'object' ?
      (chaine(c.nom) + (c.departement ? ' (' + c.departement + ')' : '')).trim() || null :
      (c ? chaine(c) : null);
    var sig = liste(s.signaux).map(libelle);
    return [
      ['Âge', age],
      ['Lieu de vie', s.lieu_de_vie ? (LIEUX[s.lieu_de_vie] || libelle(s.lieu_de_vie)) : null],
      ['Aidant épuisé', ouiNon(s.aidant_epuise)],
      ['Complexité', cplx],
      ['Commune', commune],
      ['Signaux', sig.length ? sig.join(', ') : null]
    ];
  }
  function rendreFaits(doc, s) {
    var dl = el(doc, 'dl', 'aig-faits');
    faits(s).forEach(function (f) {
      dl.appendChild(el(doc, 'dt', null, f[0]));
      dl.appendChild(f[1] === null ? el(doc, 'dd', 'aig-inconnu', A_PRECISER) : el(doc, 'dd', null, f[1]));
    });
    return dl;
  }

  /* ---------- blocs ---------- */
  function rendreUrgence(doc, u) {
    u = u || {};
    var b = el(doc, 'div', 'aig-urgence');
    b.setAttribute('role', 'alert');
    b.appendChild(el(doc, 'p', 'aig-urgence-titre', 'Urgence' + (u.motif ? ' : ' + libelle(u.motif) : '')));
    if (u.numero) {
      var p = el(doc, 'p', 'aig-urgence-numero', 'Appelez le ');
      p.appendChild(lienTel(doc, u.numero));
      b.appendChild(p);
    }
    if (u.texte) b.appendChild(texteRiche(doc, el(doc, 'p'), u.texte));
    return b;
  }

  function rendreQuestion(doc, q, surChoix, avecTexte) {
    var bloc = el(doc, 'div', 'aig-question');
    bloc.setAttribute('data-champ', chaine(q.champ));
    if (avecTexte && q.texte) bloc.appendChild(texteRiche(doc, el(doc, 'p', 'aig-bulle aig-bulle-bot'), q.texte));
    var choix = liste(q.choix);
    if (choix.length) {
      var g = el(doc, 'div', 'aig-choix');
      g.setAttribute('role', 'group');
      g.setAttribute('aria-label', q.texte ? 'Réponses à : ' + q.texte : 'Réponses proposées');
      choix.forEach(function (c) {
        c = c || {};
        var titre = chaine(c.titre || c.valeur);
        var valeur = c.valeur !== undefined && c.valeur !== null ? chaine(c.valeur) : titre;
        var b = bouton(doc, titre, 'aig-bouton-choix');
        b.addEventListener('click', function () { if (surChoix && !b.disabled) surChoix(valeur, titre, b); });
        g.appendChild(b);
      });
      bloc.appendChild(g);
    }
    return bloc;
  }

  function source(doc, src, verifie) {
    var p = el(doc, 'p', 'aig-source');
    if (src) {
      p.appendChild(doc.createTextNode('Source : '));
      p.appendChild(lienExterne(doc, src));
    }
    if (verifie) p.appendChild(doc.createTextNode((src ? ' · ' : '') + 'vérifié le ' + dateFr(verifie)));
    return p;
  }

  function rendreCarte(doc, r, niveau) {
    r = r || {};
    var c = r.contact || {};
    var li = el(doc, 'li', 'aig-carte');
    var tete = el(doc, 'div', 'aig-carte-tete');
    if (r.rang !== undefined && r.rang !== null) {
      var rang = el(doc, 'span', 'aig-rang', r.rang);
      rang.setAttribute('title', 'Rang ' + r.rang);
      tete.appendChild(vh(doc, 'Rang '));
      tete.appendChild(rang);
    }
    tete.appendChild(el(doc, 'h' + (niveau || 3), 'aig-carte-nom', r.nom || 'Dispositif'));
    if (r.type) tete.appendChild(el(doc, 'span', 'aig-type', r.type));
    li.appendChild(tete);
    if (r.role) li.appendChild(el(doc, 'p', 'aig-role', r.role));
    var pq = liste(r.pourquoi);
    if (pq.length) {
      li.appendChild(el(doc, 'p', 'aig-soustitre', 'Pourquoi'));
      var ul = el(doc, 'ul', 'aig-pourquoi');
      pq.forEach(function (x) { ul.appendChild(el(doc, 'li', null, x)); });
      li.appendChild(ul);
    }
    var dl = el(doc, 'dl', 'aig-contact');
    function ligne(lib, n) {
      var dd = el(doc, 'dd');
      dd.appendChild(n);
      dl.appendChild(el(doc, 'dt', null, lib));
      dl.appendChild(dd);
    }
    if (c.telephone) ligne('Téléphone', lienTel(doc, c.telephone, 'aig-tel'));
    if (c.email) ligne('Courriel', courriel(doc, c.email));
    if (c.site) ligne('Site', lienExterne(doc, c.site));
    if (c.adresse) ligne('Adresse', el(doc, 'span', null, c.adresse));
    if (dl.firstChild) li.appendChild(dl);
    if (r.contact_connu === false) {
      var nv = el(doc, 'div', 'aig-non-verifie');
      nv.appendChild(el(doc, 'strong', null, 'Contact non vérifié'));
      if (r.repli) nv.appendChild(texteRiche(doc, el(doc, 'p'), r.repli));
      li.appendChild(nv);
    }
    var src = c.source || r.source;
    if (src || c.verifie_le) li.appendChild(source(doc, src, c.verifie_le));
    return li;
  }

  function triees(recos) {
    return liste(recos).slice().sort(function (a, b) {
      return (Number(a && a.rang) || 99) - (Number(b && b.rang) || 99);
    });
  }
  function rendreCartes(doc, recos, niveau) {
    var ol = el(doc, 'ol', 'aig-cartes');
    triees(recos).forEach(function (r) { ol.appendChild(rendreCarte(doc, r, niveau)); });
    return ol;
  }
  function rendreOrientation(doc, o) {
    var bloc = el(doc, 'div', 'aig-orientation');
    var n = liste(o.recommandations).length;
    if (!n) {
      bloc.appendChild(el(doc, 'p', 'aig-bulle aig-bulle-bot', 'Aucun dispositif n’a pu être proposé pour cette situation.'));
      return bloc;
    }
    bloc.appendChild(el(doc, 'p', 'aig-soustitre', n > 1 ? 'Dispositifs proposés, par ordre de pertinence' : 'Dispositif proposé'));
    bloc.appendChild(rendreCartes(doc, o.recommandations, 3));
    return bloc;
  }
  function rendreInformation(doc, i) {
    var b = el(doc, 'div', 'aig-information');
    if (i.sujet) b.appendChild(el(doc, 'p', 'aig-soustitre', i.sujet));
    b.appendChild(texteRiche(doc, el(doc, 'p'), i.texte));
    if (i.source) b.appendChild(source(doc, i.source));
    return b;
  }

  /* Urgences d'une réponse (custom « urgence » ou orientation.urgence), sans doublon. */
  function urgencesDe(messages) {
    var vues = {}, res = [];
    liste(messages).forEach(function (m) {
      var c = m && m.custom;
      var u = c && (c.type === 'urgence' || c.type === 'orientation') ? c.urgence : null;
      if (!u || typeof u !== 'object') return;
      var k = chaine(u.numero) + '|' + chaine(u.motif);
      if (!vues[k]) { vues[k] = 1; res.push(u); }
    });
    return res;
  }

  /* Une réponse du bot (liste de messages du canal REST) → un élément.
     Les urgences sont toujours rendues en premier. */
  function rendreReponse(doc, messages, surChoix) {
    messages = liste(messages);
    var tour = el(doc, 'div', 'aig-tour aig-tour-bot');
    var urg = urgencesDe(messages);
    var dejaDit = {};
    urg.forEach(function (u) { tour.appendChild(rendreUrgence(doc, u)); dejaDit[norm(u.texte)] = 1; });
    messages.forEach(function (m) {
      var c = m && m.custom;
      if (c && (c.type === 'question' || c.type === 'information') && c.texte) dejaDit[norm(c.texte)] = 1;
    });
    // A text immediately followed by its structured payload (same bot utterance) is the
    // plain-text rendition of that payload for text-only channels: the card replaces it.
    var doublons = {};
    messages.forEach(function (m, i) {
      var suivant = messages[i + 1];
      var c = suivant && suivant.custom;
      if (m && typeof m.text === 'string' && c && ['orientation', 'urgence', 'information'].indexOf(c.type) >= 0) doublons[i] = 1;
    });
    messages.forEach(function (m, i) {
      if (!m || typeof m !== 'object') return;
      if (typeof m.text === 'string' && m.text.trim() && !dejaDit[norm(m.text)] && !doublons[i]) {
        tour.appendChild(texteRiche(doc, el(doc, 'p', 'aig-bulle aig-bulle-bot'), m.text));
      }
      if (liste(m.buttons).length) {
        tour.appendChild(rendreQuestion(doc, {
          choix: m.buttons.map(function (b) { return { titre: b && b.title, valeur: b && b.payload }; })
        }, surChoix, false));
      }
      var c = m.custom;
      if (!c || typeof c !== 'object') return;
      if (c.type === 'question') tour.appendChild(rendreQuestion(doc, c, surChoix, true));
      else if (c.type === 'orientation') tour.appendChild(rendreOrientation(doc, c));
      else if (c.type === 'information') tour.appendChild(rendreInformation(doc, c));
      else if (c.type !== 'urgence' && typeof c.texte === 'string') {
        tour.appendChild(texteRiche(doc, el(doc, 'p', 'aig-bulle aig-bulle-bot'), c.texte));
      }
    });
    if (!tour.firstChild) {
      tour.appendChild(el(doc, 'p', 'aig-bulle aig-bulle-bot', 'Aiguillage n’a pas de réponse à ce message. Précisez la situation ou reformulez.'));
    }
    return tour;
  }
  function rendreMoi(doc, texte) {
    var tour = el(doc, 'div', 'aig-tour aig-tour-moi');
    var p = el(doc, 'p', 'aig-bulle aig-bulle-moi');
    p.appendChild(vh(doc, 'Vous : '));
    p.appendChild(doc.createTextNode(chaine(texte)));
    tour.appendChild(p);
    return tour;
  }

  /* ---------- synthèse en texte brut ---------- */
  function synthese(e) {
    e = e || {};
    var l = ['Synthèse Aiguillage – ' + new Date().toLocaleString('fr-FR')];
    if (e.urgence) {
      var u = e.urgence;
      l.push('', 'URGENCE' + (u.motif ? ' (' + libelle(u.motif) + ')' : '') + ' : appeler le ' + chaine(u.numero) +
        (u.texte ? ' – ' + u.texte : ''));
    }
    if (e.situation) {
      l.push('', 'Ce que l’on sait :');
      faits(e.situation).forEach(function (f) { l.push('- ' + f[0] + ' : ' + (f[1] === null ? A_PRECISER : f[1])); });
    } else if (liste(e.descriptions).length) {
      l.push('', 'Situation décrite :');
      e.descriptions.forEach(function (d) { l.push('- ' + d); });
    }
    if (e.question) l.push('', 'Question à poser : ' + e.question);
    var recos = triees(e.recommandations);
    l.push('');
    if (!recos.length) l.push('Aucun dispositif proposé pour l’instant.');
    else {
      l.push('Dispositifs proposés :');
      recos.forEach(function (r, i) {
        var c = r.contact || {};
        l.push((r.rang || i + 1) + '. ' + chaine(r.nom) + (r.type ? ' (' + r.type + ')' : ''));
        if (r.role) l.push('   Rôle : ' + r.role);
        if (c.telephone) l.push('   Tél. : ' + c.telephone);
        if (c.email) l.push('   Courriel : ' + c.email);
        if (c.site) l.push('   Site : ' + c.site);
        if (liste(r.pourquoi).length) l.push('   Pourquoi : ' + r.pourquoi.join(' ; '));
        if (r.contact_connu === false) l.push('   Contact non vérifié' + (r.repli ? ' – ' + r.repli : ''));
      });
    }
    return l.join('\n');
  }

  /* Copie dans le presse-papiers ; repli : textarea sélectionnée + execCommand. */
  function copier(doc, texte, hote) {
    function secours() {
      var t = doc.createElement('textarea');
      t.value = texte;
      t.setAttribute('readonly', '');
      t.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
      (hote || doc.body).appendChild(t);
      t.select();
      var ok = false;
      try { ok = doc.execCommand('copy'); } catch (err) { ok = false; }
      t.parentNode.removeChild(t);
      return ok;
    }
    var nav = doc.defaultView && doc.defaultView.navigator;
    if (nav && nav.clipboard && nav.clipboard.writeText) {
      return nav.clipboard.writeText(texte).then(function () { return true; }, secours);
    }
    return Promise.resolve(secours());
  }

  /* POST JSON → {ok: true, donnees} ou {ok: false, message} (message en français). */
  function poster(url, corps) {
    var ctrl = typeof AbortController !== 'undefined' ? new AbortController() : null;
    var minuterie = ctrl ? setTimeout(function () { ctrl.abort(); }, 60000) : null;
    function fin(r) { if (minuterie) clearTimeout(minuterie); return r; }
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(corps),
      credentials: 'omit',
      signal: ctrl ? ctrl.signal : undefined
    }).then(function (rep) {
      return rep.text().then(function (t) {
        var d = null;
        try { d = JSON.parse(t); } catch (err) { d = null; }
        if (rep.ok && d !== null) return fin({ ok: true, donnees: d });
        if (d && typeof d.erreur === 'string' && d.erreur) return fin({ ok: false, statut: rep.status, message: d.erreur });
        if (rep.status === 413) return fin({ ok: false, statut: 413, message: 'Message trop long : 2\u00a0000 caractères au maximum.' });
        if (rep.ok || rep.status >= 500) return fin({ ok: false, statut: rep.status, message: MSG_INJOIGNABLE });
        return fin({ ok: false, statut: rep.status, message: 'La demande a été refusée par le serveur (erreur ' + rep.status + ').' });
      });
    }, function () { return fin({ ok: false, statut: 0, message: MSG_INJOIGNABLE }); });
  }

  function nouvelId(prefixe) {
    var a = new Uint8Array(9), i;
    var cr = typeof crypto !== 'undefined' ? crypto : null;
    if (cr && cr.getRandomValues) cr.getRandomValues(a);
    else for (i = 0; i < a.length; i++) a[i] = Math.floor(Math.random() * 256);
    return (prefixe || 'web') + '-' + Array.prototype.map.call(a, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  }

  function installerStyles(cible, doc) {
    doc = doc || document;
    var s = doc.createElement('style');
    s.textContent = CSS;
    if (cible.head) cible.head.insertBefore(s, cible.head.firstChild);
    else cible.insertBefore(s, cible.firstChild);
    return s;
  }

  /* ---------- conversation complète (page et widget) ----------
     o : {url, metadata, stockage (sessionStorage), cle, prefixe, accueil, hote} */
  function monterConversation(racine, o) {
    var doc = racine.ownerDocument || document;
    var px = o.prefixe || 'aig';
    var cle = o.cle || 'aiguillage';
    function lire(k) { try { return o.stockage ? o.stockage.getItem(cle + '.' + k) : null; } catch (err) { return null; } }
    function ecrire(k, v) {
      try { if (o.stockage) o.stockage.setItem(cle + '.' + k, v); } catch (err) { /* stockage plein ou interdit */ }
    }
    var sender = lire('sender');
    if (!sender) { sender = nouvelId(px); ecrire('sender', sender); }
    var historique = [];
    try { historique = JSON.parse(lire('historique') || '[]'); } catch (err) { historique = []; }
    if (!Array.isArray(historique)) historique = [];
    var enCours = false;

    var conv = el(doc, 'div', 'aig-conv');
    conv.setAttribute('data-etat', 'pret');
    var outils = el(doc, 'div', 'aig-outils');
    var bNouv = bouton(doc, 'Nouvelle situation', 'aig-nouvelle');
    var bCopie = bouton(doc, 'Copier la synthèse', 'aig-copier');
    outils.appendChild(bNouv);
    outils.appendChild(bCopie);
    var journal = el(doc, 'div', 'aig-journal');
    journal.id = px + '-journal';
    journal.setAttribute('role', 'log');
    journal.setAttribute('aria-live', 'polite');
    journal.setAttribute('aria-label', 'Conversation avec Aiguillage');
    journal.tabIndex = 0;
    var accueil = el(doc, 'p', 'aig-accueil', o.accueil ||
      'Bonjour. Décrivez la situation de la personne (âge, lieu de vie, commune, difficultés, entourage) : ' +
      'je vous indique le dispositif de coordination à contacter et son numéro.');
    var attente = el(doc, 'p', 'aig-attente', 'Aiguillage analyse la situation…');
    attente.hidden = true;
    var statut = el(doc, 'p', 'aig-statut');
    statut.setAttribute('role', 'status');
    var erreur = el(doc, 'p', 'aig-erreur');
    erreur.id = px + '-erreur';
    erreur.setAttribute('role', 'alert');
    erreur.hidden = true;
    var copie = el(doc, 'textarea', 'aig-copie');
    copie.setAttribute('readonly', '');
    copie.setAttribute('aria-label', 'Synthèse à copier');
    copie.hidden = true;
    var form = el(doc, 'form', 'aig-saisie');
    form.noValidate = true;
    var label = el(doc, 'label', 'aig-label', o.libelle || 'Votre message');
    label.htmlFor = px + '-message';
    var zone = el(doc, 'textarea', 'aig-zone');
    zone.id = px + '-message';
    zone.name = 'message';
    zone.rows = 2;
    zone.setAttribute('autocomplete', 'off');
    zone.setAttribute('aria-describedby', px + '-aide ' + px + '-erreur');
    var envoyer = el(doc, 'button', 'aig-btn aig-btn-principal aig-envoyer', 'Envoyer');
    envoyer.type = 'submit';
    var aide = el(doc, 'p', 'aig-aide', 'Entrée pour envoyer, Maj+Entrée pour aller à la ligne (2\u00a0000 caractères au maximum). ' +
      'Ni nom ni coordonnées de la personne.');
    aide.id = px + '-aide';
    [label, zone, envoyer, aide].forEach(function (n) { form.appendChild(n); });
    [outils, journal, attente, erreur, statut, copie, form].forEach(function (n) { conv.appendChild(n); });
    racine.appendChild(conv);

    function afficherErreur(m) { erreur.textContent = m; erreur.hidden = false; }
    function cacherErreur() { erreur.textContent = ''; erreur.hidden = true; }
    function sauver() {
      if (historique.length > 80) historique = historique.slice(-80);
      ecrire('historique', JSON.stringify(historique));
    }
    function defiler(n) { journal.scrollTop = n ? Math.max(0, n.offsetTop - 8) : journal.scrollHeight; }
    function figer(sauf) {
      Array.prototype.forEach.call(journal.querySelectorAll('.aig-bouton-choix'), function (b) {
        if (!sauf || !sauf.contains(b)) b.disabled = true;
      });
    }
    function dernierTourBot() {
      var t = journal.querySelectorAll('.aig-tour-bot');
      return t.length ? t[t.length - 1] : null;
    }
    function choisir(valeur, titre, b) {
      if (enCours) return;
      b.classList.add('aig-choisi');
      b.setAttribute('aria-pressed', 'true');
      envoyerTexte(valeur, valeur.charAt(0) === '/' ? titre : valeur, b);
    }
    function envoyerTexte(texte, affiche, depuisBouton) {
      if (enCours) return;
      if (!texte.trim()) { afficherErreur('Écrivez un message avant de l’envoyer.'); zone.focus(); return; }
      if (texte.length > LIMITE) {
        afficherErreur('Votre message fait ' + texte.length.toLocaleString('fr-FR') + ' caractères : la limite est de 2\u00a0000. ' +
          'Raccourcissez-le puis envoyez-le à nouveau.');
        zone.focus();
        return;
      }
      cacherErreur();
      statut.textContent = '';
      var tourMoi = rendreMoi(doc, affiche);
      journal.appendChild(tourMoi);
      defiler();
      var avant = dernierTourBot();
      figer();
      if (!depuisBouton) zone.value = '';
      enCours = true;
      conv.setAttribute('data-etat', 'attente');
      attente.hidden = false;
      envoyer.disabled = true;
      var corps = { sender: sender, message: texte };
      if (o.metadata) corps.metadata = o.metadata;
      poster(o.url, corps).then(function (r) {
        enCours = false;
        attente.hidden = true;
        envoyer.disabled = false;
        if (!r.ok) {
          journal.removeChild(tourMoi);
          if (depuisBouton) {
            depuisBouton.classList.remove('aig-choisi');
            depuisBouton.removeAttribute('aria-pressed');
            if (avant) Array.prototype.forEach.call(avant.querySelectorAll('.aig-bouton-choix'), function (b) { b.disabled = false; });
          } else if (!zone.value) zone.value = texte;
          afficherErreur(r.message);
          conv.setAttribute('data-etat', 'pret');
          if (!depuisBouton) zone.focus();
          return;
        }
        var msgs = liste(r.donnees);
        historique.push({ qui: 'moi', texte: affiche }, { qui: 'bot', messages: msgs });
        sauver();
        var tb = rendreReponse(doc, msgs, choisir);
        journal.appendChild(tb);
        defiler(tourMoi);
        conv.setAttribute('data-etat', 'pret');
        var actif = racine.getRootNode ? racine.getRootNode().activeElement : doc.activeElement;
        if (depuisBouton && (!actif || actif === doc.body || actif.disabled)) zone.focus({ preventScroll: true });
      });
    }
    function restaurer() {
      historique.forEach(function (t) {
        if (t && t.qui === 'moi') journal.appendChild(rendreMoi(doc, t.texte));
        else if (t && t.qui === 'bot') journal.appendChild(rendreReponse(doc, t.messages, choisir));
      });
      figer(dernierTourBot());
      defiler();
    }
    function vider() {
      while (journal.firstChild) journal.removeChild(journal.firstChild);
      journal.appendChild(accueil);
      historique = [];
      sauver();
      cacherErreur();
      copie.hidden = true;
    }
    function etat() {
      var e = { situation: null, urgence: null, recommandations: [], descriptions: [] };
      historique.forEach(function (t) {
        if (t.qui === 'moi') { e.descriptions.push(t.texte); return; }
        liste(t.messages).forEach(function (m) {
          var c = m && m.custom;
          if (!c) return;
          if (c.type === 'orientation') {
            e.situation = c.situation || null;
            e.recommandations = liste(c.recommandations);
            if (c.urgence) e.urgence = c.urgence;
          } else if (c.type === 'urgence' && c.urgence) e.urgence = c.urgence;
        });
      });
      return e;
    }
    function nouvelle() {
      if (historique.length) {
        var corps = { sender: sender, message: 'nouvelle situation' };
        if (o.metadata) corps.metadata = o.metadata;
        poster(o.url, corps); /* réinitialise la conversation côté serveur ; réponse ignorée */
      }
      sender = nouvelId(px);
      ecrire('sender', sender);
      vider();
      zone.value = '';
      statut.textContent = 'Nouvelle situation : la conversation précédente est effacée.';
      zone.focus();
    }
    function copierSynthese() {
      var texte = synthese(etat());
      copier(doc, texte, o.hote || conv).then(function (ok) {
        if (ok) { copie.hidden = true; statut.textContent = 'Synthèse copiée dans le presse-papiers.'; return; }
        copie.value = texte;
        copie.hidden = false;
        copie.focus();
        copie.select();
        statut.textContent = 'Copie automatique impossible : la synthèse est sélectionnée ci-dessous, copiez-la avec Ctrl+C.';
      });
    }

    zone.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.altKey && !ev.isComposing) {
        ev.preventDefault();
        envoyerTexte(zone.value, zone.value);
      }
    });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); envoyerTexte(zone.value, zone.value); });
    bNouv.addEventListener('click', nouvelle);
    bCopie.addEventListener('click', copierSynthese);

    journal.appendChild(accueil);
    restaurer();
    return {
      element: conv, zone: zone, envoyer: function (t) { envoyerTexte(t, t); },
      nouvelle: nouvelle, copierSynthese: copierSynthese, etat: etat
    };
  }

  return {
    LIMITE: LIMITE, CSS: CSS, el: el, bouton: bouton, lienTel: lienTel, texteRiche: texteRiche,
    faits: faits, rendreFaits: rendreFaits, rendreUrgence: rendreUrgence, rendreQuestion: rendreQuestion,
    rendreCarte: rendreCarte, rendreCartes: rendreCartes, rendreOrientation: rendreOrientation,
    rendreInformation: rendreInformation, rendreReponse: rendreReponse, rendreMoi: rendreMoi,
    synthese: synthese, copier: copier, poster: poster, installerStyles: installerStyles,
    monterConversation: monterConversation
  };
})();
