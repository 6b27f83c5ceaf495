/* Aiguillage — console opérateur : notes d'appel → POST /analyse (anti-rebond
   400 ms) → faits connus, question suivante, urgence, dispositifs classés.
   Rendu par rendu.js (jamais d'innerHTML avec des données). */
(function () {
  'use strict';
  var R = window.AiguillageRendu;
  if (!R) return;
  R.installerStyles(document);
  var $ = function (id) { return document.getElementById(id); };
  var api = document.body.getAttribute('data-api') || '/analyse';
  var notes = $('notes'), zUrgence = $('urgence'), zQuestion = $('question'), zChoix = $('choix');
  var zFaits = $('faits'), zRecos = $('recos'), zEtat = $('etat-analyse'), zErreur = $('erreur');
  var zCompteur = $('compteur'), zCopie = $('copie');
  var QUESTION_INITIALE = zQuestion.textContent;
  var minuterie = null, numero = 0, dernier = null, rendus = {};

  function vider(n) { while (n.firstChild) n.removeChild(n.firstChild); }
  /* Ne redessine un bloc que si ses données ont changé (évite les annonces répétées). */
  function changer(nom, donnees) {
    var s = JSON.stringify(donnees === undefined ? null : donnees);
    if (rendus[nom] === s) return false;
    rendus[nom] = s;
    return true;
  }
  function erreur(m) { zErreur.textContent = m || ''; zErreur.hidden = !m; }

  function afficher(d) {
    d = d || {};
    if (changer('urgence', d.urgence)) {
      vider(zUrgence);
      if (d.urgence) zUrgence.appendChild(R.rendreUrgence(document, d.urgence));
    }
    var q = d.prochaine_question || null;
    if (changer('question', q)) {
      vider(zChoix);
      zQuestion.classList.toggle('aucune', !q);
      zQuestion.textContent = q ? (q.texte_oral || q.texte || '') : 'Aucune : orientation possible';
      if (q && Array.isArray(q.choix) && q.choix.length) {
        zChoix.appendChild(R.el(document, 'span', 'aig-vh', 'Réponse obtenue :'));
        var bloc = R.rendreQuestion(document, { champ: q.champ, texte: q.texte, choix: q.choix }, function (valeur) {
          notes.value = notes.value.replace(/\s*$/, '') + (notes.value.trim() ? '\n' : '') + valeur;
          notes.focus();
          notes.setSelectionRange(notes.value.length, notes.value.length);
          analyser();
        }, false);
        zChoix.appendChild(bloc);
      }
    }
    if (changer('faits', d.situation)) {
      vider(zFaits);
      zFaits.appendChild(R.rendreFaits(document, d.situation));
    }
    var recos = Array.isArray(d.recommandations) ? d.recommandations : [];
    if (changer('recos', recos)) {
      vider(zRecos);
      if (recos.length) zRecos.appendChild(R.rendreCartes(document, recos, 3));
      else zRecos.appendChild(R.el(document, 'p', 'vide', 'Aucun dispositif proposé pour l’instant.'));
    }
  }

  function reinitialiser() {
    rendus = {};
    dernier = null;
    afficher({});
    zQuestion.textContent = QUESTION_INITIALE;
    zQuestion.classList.remove('aucune');
    vider(zRecos);
    zRecos.appendChild(R.el(document, 'p', 'vide', 'Pas encore d’analyse.'));
    rendus.question = 'init';
    rendus.recos = 'init';
  }

  function analyser() {
    clearTimeout(minuterie);
    var texte = notes.value;
    var n = ++numero;
    if (!texte.trim()) { reinitialiser(); zEtat.textContent = ''; erreur(''); return; }
    if (texte.length > R.LIMITE) {
      erreur('Les notes font ' + texte.length.toLocaleString('fr-FR') + ' caractères : l’analyse est limitée à 2\u00a0000. ' +
        'Résumez ou supprimez ce qui ne sert pas à l’orientation.');
      return;
    }
    zEtat.textContent = 'Analyse en cours…';
    R.poster(api, { notes: texte }).then(function (r) {
      if (n !== numero) return; /* une analyse plus récente est partie */
      if (!r.ok) {
        zEtat.textContent = '';
        erreur(r.statut === 413 ? r.message : (r.statut === 0 || r.statut >= 500 ?
          'Analyse impossible : le service Aiguillage est injoignable. Vos notes sont conservées ; réessayez avec Ctrl+Entrée.' : r.message));
        return;
      }
      erreur('');
      dernier = r.donnees || {};
      afficher(dernier);
      zEtat.textContent = 'Analyse à jour (' + new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) + ').';
    });
  }

  function nouvelAppel() {
    clearTimeout(minuterie);
    numero++;
    notes.value = '';
    zCompteur.textContent = '0';
    zCopie.hidden = true;
    erreur('');
    reinitialiser();
    zEtat.textContent = 'Nouvel appel : notes et résultats effacés.';
    notes.focus();
  }

  function copierSynthese() {
    var d = dernier || {};
    var q = d.prochaine_question;
    var texte = R.synthese({
      situation: d.situation || null, urgence: d.urgence || null, recommandations: d.recommandations,
      question: q ? (q.texte_oral || q.texte) : null
    });
    R.copier(document, texte).then(function (ok) {
      if (ok) { zCopie.hidden = true; zEtat.textContent = 'Synthèse copiée dans le presse-papiers.'; return; }
      zCopie.value = texte;
      zCopie.hidden = false;
      zCopie.focus();
      zCopie.select();
      zEtat.textContent = 'Copie automatique impossible : la synthèse est sélectionnée ci-dessous, copiez-la avec Ctrl+C.';
    });
  }

  function allerQuestion() {
    var b = zChoix.querySelector('button');
    (b || zQuestion).focus();
  }

  notes.addEventListener('input', function () {
    zCompteur.textContent = notes.value.length.toLocaleString('fr-FR');
    clearTimeout(minuterie);
    minuterie = setTimeout(analyser, 400);
  });
  $('b-analyser').addEventListener('click', analyser);
  $('b-nouvel').addEventListener('click', nouvelAppel);
  $('b-copier').addEventListener('click', copierSynthese);

  /* Lettre du raccourci : e.key si c'est une lettre (claviers AZERTY…), sinon e.code (macOS + Alt). */
  function lettre(ev) {
    var k = (ev.key || '').toLowerCase();
    if (/^[a-z]$/.test(k)) return k;
    var m = /^Key([A-Z])$/.exec(ev.code || '');
    return m ? m[1].toLowerCase() : '';
  }
  document.addEventListener('keydown', function (ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') { ev.preventDefault(); analyser(); return; }
    if (!ev.altKey || ev.ctrlKey || ev.metaKey) return;
    var l = lettre(ev);
    if (l === 'n') { ev.preventDefault(); nouvelAppel(); }
    else if (l === 'c') { ev.preventDefault(); copierSynthese(); }
    else if (l === 'q') { ev.preventDefault(); allerQuestion(); }
  });

  reinitialiser();
  if (notes.value.trim()) analyser();
}());
