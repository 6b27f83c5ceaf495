/* Aiguillage — page de conversation. Le rendu et la logique de conversation
   sont dans rendu.js (partagé avec le widget) ; ici, seulement le montage. */
(function () {
  'use strict';
  var R = window.AiguillageRendu;
  var racine = document.getElementById('conversation');
  if (!R || !racine) return;
  var stockage = null;
  try { stockage = window.sessionStorage; } catch (err) { stockage = null; }
  R.installerStyles(document);
  racine.classList.add('aig');
  window.aiguillage = R.monterConversation(racine, {
    url: racine.getAttribute('data-api') || '/api/message',
    stockage: stockage,
    cle: 'aiguillage.page',
    prefixe: 'aig',
    libelle: 'Décrivez la situation ou répondez à la question'
  });
}());
