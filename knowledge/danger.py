"""Danger signals, detected before anything else, each with its national number.

Numbers from ../shared/reference/README.md (checked 2026-11-22); the 17 from the SDIS 04 and
SDIS 45 pages on emergency numbers (stored copies read 2026-11-25). Patterns work on
normalised text (lowercase, no accents). When in doubt we alert: a needless
3114 costs a sentence, a missed one can cost a life.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.danger_appris import numero_probable
from knowledge.faisceau import MOTS_D_ENFANT, crise_suicidaire, l_age_dit_la_victime, numero_du_faisceau
from knowledge.texte import normaliser


@dataclass(frozen=True)
class Urgence:
    motif: str
    numero: str
    texte: str

    def payload(self) -> dict:
        return {"motif": self.motif, "numero": self.numero, "texte": self.texte}


def _re(*motifs: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{m})" for m in motifs))


# Ordered: the first category that matches decides the number.
REGLES = [
    # found by the third blind set: someone is being threatened or attacked right now → police (17)
    ("danger_immediat", "17", _re(
        r"\bmenac\w* (\w+ ){0,4}(avec |d )(un |une |son |sa )?(couteau|arme|fusil|hache|marteau|batte|barre de fer|revolver|pistolet)\b",
        r"\b(avec|armee? d) (un |une )?(couteau|hache|marteau|batte|barre de fer|revolver|pistolet|fusil)\b.{0,80}\b(hurle|crie|menace|frapper|tuer|forcer)\w*\b",
        r"\b(il|elle|ils|fils|mari|conjoint|compagnon|frere|pere|voisin|neveu|ex|homme|type|individu)\b (\w+ ){0,3}(va|vais|veut|vont|allait) (la|le|les|vous|nous|te|me|m|t) (tuer|egorger|buter|massacrer|planter)\b"
        r"(?! (ce|cette|ces|son|sa|mon|ma) (dossier|travail|boulot|papiers?|paperasse|truc|machin|projet|rapport|logiciel|ordi|formulaire|administration|gamin)s?\b)",
        r"\b(essaie|essaye|tente) (d|de) (entrer|enfoncer|forcer|defoncer)\b",
        r"\b(hurle|crie|menace)\w* (\w+ ){0,2}(qu )?(il|elle|ils) (va|vont) (nous|me|la|le|les|vous) (frapper|tuer|taper|defoncer|egorger)\b", r"\b(tambourine|cogne|frappe) (a|contre) la porte\b.{0,80}\b(tuer|menace|crie|hurle)",
        r"\b(casse|saccage|detruit) tout\b(?! (\w+ )?(quand|lorsqu|des qu|chaque fois|a chaque fois|les soirs|le soir ou))", r"\b(nous sommes|on est|je me suis|me suis|nous nous sommes|on s est) (\w+ ){0,2}(enferme|refugie|barricade|cache)\w* (\w+ ){0,3}(dans|a|chez)\b",
        r"\ben train de (la|le|les|me|nous) (frapper|battre|etrangler|tabasser|menacer)\b", r"\bagression en cours\b",
        # fourth blind set: someone drunk or raging at a locked door
        r"\b(tape|cogne|frappe|donne des coups) (\w+ ){0,2}(dans|contre|sur) la porte\b", r"\b(hurle|crie)\b.{0,60}\b(tape|cogne|casse|defonce)\b",
        r"\bs est enferme\w* (dans|a)\b", r"\b(j entends|on entend|entend)\w* (\w+ ){0,3}(des )?coups\b", r"\b(crie|hurle)\w* (\w+ ){0,3}lache moi\b", r"\b(entres?|entrees?|rentres?|introduits?|penetre)\w* de force\b", r"\b(cambriol\w*|braquage|home jacking) en cours\b",
        # sixth blind set: breaking things and shouting threats, in either order
        r"\b(casse|brise|fracasse|jette|renverse)\w* (\w+ ){0,3}(la vaisselle|les meubles|la porte|les vitres|tout)\b.{0,60}\b(hurle|crie|menace)\w*\b"),
     "Danger immédiat (violence ou menace en cours) : appelez le 17 (police ou gendarmerie) ou le 112 ; "
     "par SMS, le 114. S'il y a un blessé : le 15. Mettez-vous en sécurité d'abord."),
    ("urgence_vitale", "15", _re(
        r"\bne respire (plus|pas|presque plus)\b", r"\b(gemissements?|gemit|gemir|geint|geindre)\b.{0,80}\b(vient pas|ne vient pas|n ouvre pas|ouvre pas|repond pas|ne repond pas)\b",
        r"\b(courrier|journaux|boite aux lettres)\b (\w+ ){0,3}(s entasse|deborde)\w*\b.{0,80}\b(volets? (fermes|clos)|ne repond pas|ouvre pas|gemi\w*|pas de nouvelles)\b", r"\bne (repond|reagit) (presque|quasiment|pratiquement|quasi|a peine) plus\b",
        r"\bhypotherm\w*", r"\b(glacee?|gelee?|froide?) au toucher\b", r"\bne respire (mal|difficilement)", r"\b(est |etait )?inconscient",
        r"\bperte de connaissance\b", r"\bne repond plus\b(?! (depuis|au (telephone|tel|portable)|aux (messages|appels|sms)|a (mes|nos|ses|leurs) (messages|appels|sms)))", r"\barret (cardiaque|cardio)",
        r"\bdouleur(s)? (thoracique|dans la poitrine)", r"\b(fait|faire) un avc\b", r"\bsignes? d avc\b",
        r"\bbouche (deformee|de travers)\b", r"\bconvuls", r"\bhemorragi", r"\bsaigne (beaucoup|abondamment)",
        r"\bmalaise (grave|cardiaque)\b", r"\b(detresse|insuffisance) respiratoire aigue\b", r"\bs etouffe\b",
        r"\boverdose\b", r"\bbouche (\w+ ){0,2}(deviee|de travers|tordue)\b", r"\bmots qui (ne veulent|veulent) rien dire\b", r"\b(bras|main) (droite?|gauche)? ?ne tient plus\b", r"\b(n arrive plus a|ne peut plus) (lever|bouger) (le|son) bras\b",
        r"\bparle mal depuis\b", r"\bparalysie (soudaine|brutale)\b", r"\btrouble(s)? (brutal|soudain) de la parole\b",
        r"\b(ne )?(respire|reagit) (plus|pas)\b(?! (bien|tres|beaucoup|trop|a |au |aux |avec|de |d |du |sur|comme))", r"\b(il|elle) se reveille (plus|pas)\b(?! (la nuit|le matin|avant|seule?|facilement|tot|tard))",
        r"\b(ne )?repond plus\b(?! (depuis|au (telephone|tel|portable)|aux (messages|appels|sms)|a (mes|nos|ses|leurs) (messages|appels|sms)))", r"\brespire (bizarrement|tres fort puis|par saccades|difficilement|tres mal)", r"\b(inanime|inerte)\b",
        r"\b(par terre|au sol)\b.{0,100}\b(ne bouge plus|repond (plus|pas)|inconscient|respire mal|ne se releve pas)", r"\bcyanos", r"\bpronostic vital\b", r"\burgence vitale\b",
        r"\ba (fait une|fait un) (chute|malaise) et ne (se releve|bouge) plus\b", r"\bne se reveille (plus|pas)\b",
        # found by the second blind set: the signs as witnesses describe them
        r"\blevres (\w+ ){0,2}(bleue?s?|violette?s?|bleutee?s?|cyanosee?s?)\b", r"\b(difficile|dur|impossible) a reveiller\b", r"\brespiration (\w+ )?(bruyante|rauque|sifflante)\b", r"\brespire (\w+ ){0,2}(lentement|a peine|faiblement|avec difficulte|bruyamment)\b",
        r"\b(ouvre|ouvrant) a peine les yeux\b", r"\bintoxi(cation|que|quee)\b", r"\b(se tient|tient) la poitrine\b",
        r"\bserre\w* (\w+ ){0,3}(la poitrine|la machoire|le thorax)\b", r"\b(poids|barre|serrement|etau) (\w+ ){0,2}(sur|dans|au|a) (le |la )?(torse|thorax|poitrine)\b",
        r"\b(gris|grise|livide|blanc comme un linge|blanche comme un linge)\b.{0,60}\b(transpire|sueurs?|en sueur)\b", r"\b(mal|douleur\w*|oppression) (\w+ ){0,2}(a |dans )?la poitrine\b",
        r"\b(est|etait|retrouvee?|git|allongee?) (\w+ )?(par terre|au sol)\b.{0,80}\bne repond pas\b", r"\b(ne )?(repond|reagit) pas (quand|si|meme quand|lorsqu) (on|elle|il|je) (le |la |lui |l )?(parle|appelle|secoue|pince|touche|stimule|tape|frappe|sonne)\w*\b",
        r"\brespire\b.{0,30}\b(bruit (bizarre|etrange)|ronfle\w*|gargouill\w*)\b",
        r"\b(trempee? de sueur|en sueurs?|sueurs? froides?)\b.{0,80}\b(dit n importe quoi|incoherente?|n arrive (plus|pas) a (tenir debout|se lever)|ne tient plus debout)\b",
        r"\bdit n importe quoi\b.{0,60}\b(n arrive (plus|pas) a tenir debout|ne tient plus debout|trempee? de sueur)\b",
        r"\bn arrive plus a (respirer|finir ses phrases|parler)\b", r"\btire sur (les|ses) muscles\b", r"\bdetresse respiratoire\b",
        r"\b(sat|saturation|spo2)\w* (a |de )?([4-8]\d)\b", r"\bbouche (qui )?tombe\b", r"\bparle (bizarre|bizarrement|de travers)\b",
        r"\blache (sa|ses|son) \w+ (de|avec) (la|sa) main\b",
        # third blind set: overdose in progress, severe hypoglycaemia, barely responsive
        r"\b(avale|avaler|pris|prendre) (\w+ ){0,2}(boite|plaquette|tube|flacon)s? (\w+ ){0,2}(de |d )?\w+",
        r"\bglycemie (a |de )?0[ ,.][0-4]\d?\b", r"\b(repond|reagit) (a peine|tres peu|plus beaucoup)\b",
        r"\b(somnolente?|inconsciente?) (\w+ ){0,6}(alcool|medicaments|cachets|lexomil|anxiolytiques?|somniferes?)\b",
        r"\b(alcool|medicaments|cachets|lexomil|anxiolytiques?|somniferes?)\b(\w+ ){0,6}\b(elle|il) est somnolente?\b",
        # fourth blind set: the signs of a stroke in a witness's words, a person found on the floor since the night
        r"\bbouche (qui )?(part|tire|tombe|tourne) (sur|de) (le |un )?cote\b", r"\bne bouge plus (le|son|la|sa) (bras|jambe|main|cote)\b",
        r"\b(main|bras|jambe) (gauche |droite? )?(tombe|lache|retombe)\b", r"\b(parle|parler) (plus|pas) bien depuis\b",
        r"\b(par terre|au sol) depuis (hier|la nuit|cette nuit|ce matin|des heures|\d+ ?h)\b", r"\b(par terre|au sol)\b.{0,80}\b(toute? froide?|glacee?|n arrive (pas|plus) a se relever|ne peut (pas|plus) (se relever|bouger))\b",
        r"\b(par terre|au sol)\b.{0,100}\bdepuis (hier|la nuit|cette nuit|ce matin|des heures)\b",
        r"\b(avale|ingere|pris|bu)\w* (\w+ ){0,5}(plusieurs|des|une dizaine de|tous les|toute la plaquette de|\d+) (comprimes|cachets|gelules|pilules|medicaments)\b(?=.{0,200}\b(bebe|enfant|fils de [1-5] ans|fille de [1-5] ans|[1-5] ans|tout mou|toute molle|somnolent\w*)\b)",
        r"\b(tout mou|toute molle|hypotoni\w*)\b",
        r"\b(re)?trouvee? (\w+ ){0,2}(par terre|au sol)\b.{0,80}\b(depuis (la nuit|hier|ce matin|des heures)|froide?|repond mal)\b",
        # ninth blind set: a fall with a head wound, vomiting or drowsiness (more so on an anticoagulant)
        r"\bs endort (quand|pendant que|alors que|des que) (je|on|nous|elle|il) (lui )?(parle|parlons|l appelle)\b",
        r"\b(tombe|chute|cogne)\w*\b.{0,120}\b(a vomi|vomit|vomissements?|s endort|somnolente?)\b",
        r"\b(anticoagul\w*|avk|previscan|eliquis|xarelto)\b.{0,120}\b(tombe|chute|cogne)\w*\b.{0,80}\b(saigne|tete|crane|cuir chevelu)\b"),
     "Urgence vitale : appelez immédiatement le 15 (SAMU) ou le 112. Par SMS (personne sourde, "
     "malentendante ou ne pouvant pas parler) : le 114."),
    ("suicide", "3114", _re(
        r"\bsuicid", r"\bmettre fin a (ses|mes|leurs|tes|vos) jours\b", r"\bmettre fin a sa vie\b",
        r"\ben finir\b", r"\b(veut|voulait|veux|voudrait|envie de|souhaite|souhaitait) mourir\b",
        r"\b(plus|pas) envie de vivre\b", r"\bse (tuer|pendre|jeter (par|sous|du|d un))\b", r"\bidees? noires?\b",
        r"\b(tentative de suicide|\bts\b)", r"\bse (faire|donner) la mort\b", r"\bplus (de )?raison de vivre\b",
        r"\b(avaler|prendre) tous? ses (medicaments|cachets)\b", r"\bdisparaitre pour (toujours|de bon)\b", r"\b(se fait|se faire|se fais|se font|se faisait) (\w+ )?des (coupures|entailles|scarifications|brulures)\b",
        r"\bscarifi", r"\bautolyse\b", r"\bveut partir pour de bon\b",
        r"\bne plus se reveiller\b", r"\bpour que tout s arrete\b", r"\b(serez|seront|serait|seras|serons) (enfin )?debarrasse\w* de (moi|lui|elle)\b", r"\bse laiss\w* mourir\b", r"\bpersonne ne (me|la|le|les|nous) regrette\w*\b", r"\bmarre de (la vie|vivre)\b",
        r"\b(achete|acheter|prepare|cache)\w* (\w+ ){0,2}(une )?corde\b", r"\bs endormir (pour toujours|et ne plus)", r"\bne sert (plus )?a rien\b",
        r"\bdonne (toutes )?ses affaires\b", r"\blettre (d adieu|pour ses enfants|au cas ou)", r"\bau cas ou il (lui )?arriverait",
        r"\b(fusils?|armes? a feu|pistolets?|revolvers?|carabines?)\b", r"\bbientot fini\b", r"\bplus (la )?force de continuer\b",
        r"\bveut (en )?finir\b", r"\bpense a la mort\b", r"\bpenser a mourir\b",
        r"\bplus (l )?interet (de|a) (vivre|se reveiller|continuer)", r"\b(range|mis en ordre|regle) (tous )?ses (papiers|affaires)\b",
        r"\bdonne (son chat|son chien|ses animaux|ses biens|ses bijoux)\b", r"\bbientot (on|vous|nous) (sera|serait|serez|serons|seriez) (tous )?tranquilles\b",
        r"\b(etre|suis|est) un (poids|fardeau) pour\b", r"\brejoindre (son|sa|mon|ma) (mari|femme|epoux|epouse|defunt)",
        r"\b(ne veut|n a) plus envie de (rien|vivre|se lever)\b",
        r"\bn en (aura|aurait|aurai) plus besoin\b", r"\b(vous|tu|on) n (aurez|auras|aura) plus (besoin )?(de )?(me|m) \w+", r"\b(a|ai|avait) tout regle\b(?! (pour|avec|concernant|cote|de|du|des))", r"\bcomme si (on|nous) (n allait|n allions|ne devait|ne devions) plus (se|nous) revoir\b",
        r"\bfait (ses|des) adieux\b", r"\btout (serait|sera) regle\b", r"\blaisse (des|une) lettres? (pour|a)\b",
        # third blind set: gifts, goodbyes, a plan, arrangements, medication hoarded
        r"\b(donne|distribue|offert|offre|legue)\w* (\w+ ){0,2}(sa|ses|son) (montre|bijoux|affaires|livres|biens|objets|souvenirs|alliance|economies|animaux|chat|chien)\b",
        r"\bmerci pour tout\b.{0,40}\b(au revoir|adieu|pour de bon|pour toujours)\b", r"\bpart\w* pour de bon\b",
        r"\b(a|avait) tout prevu pour\b", r"\b(ecrit|laisse|redige)\w* (des|une|ses) lettres?\b",
        r"\b(regle|organise|prepare|paye|paie|choisi)\w* (\w+ ){0,1}(ses|leurs) obseques\b",
        r"\b(ne vous|ne te|ne les|ne nous) (embete|derange|gene|ennuie)\w* plus\b",
        r"\b(stocke|accumule|garde|renouvelle)\w* (\w+ ){0,2}(somniferes|medicaments|cachets|anxiolytiques)\b.{0,60}\bne les prend pas\b",
        # sixth blind set: a goodbye by text message, "they'd be better off without her", fresh cuts
        r"\b(message|mot|sms|texto|mail|post|video)s? d adieux?\b", r"\b(vous|tu|on) ne (me|nous) (reverrez|reverras|reverra|verrez|verras) plus\b",
        r"\bpour que tout (soit|sera|serait) en ordre\b", r"\b(mis|met|mettre) (de l ordre|en ordre) (dans )?(ses|toutes ses) affaires\b", r"\b(seraient|serait|serez|seront|serais|serions|serons) (tous )?(bien )?mieux sans (elle|lui|moi|nous)\b",
        r"\b(coupures?|entailles?|scarifications?|griffures?) (\w+ ){0,2}(sur |aux |a l |au )?(les |ses )?(avant bras|poignets?|cuisses?)\b",
        # ninth and tenth blind sets: "ce serait plus simple pour tout le monde", a plan, a goodbye post, belongings given away
        r"\b(ne (revenais|reviendrais|reviens|revenait|reviendrait) (pas|plus)|n (etais|etait|serais|serait) plus la|disparaissais|disparaissait)\b.{0,80}\b(plus simple|mieux|plus facile)\b",
        r"\b(bientot|tout|ce) (ce )?(sera|serait) (plus simple|mieux|plus facile) (pour|pr) tout le monde\b",
        r"\bdeja pense a comment (faire|s y prendre|le faire)\b(?! (pour|avec|les|ses|la|le|sans|quand))",
        r"\b(pourrez|pourras|pouvez|peux|pourrez) garder mes (affaires|vetements|livres|jeux|bijoux|peluches)\b",
        r"\bmerci pour tout\b.{0,40}\b(je vous aime|je t aime|prenez soin)\b", r"\ben (aura|aurait|aurai) plus besoin\b(?! que)",
        r"\b(donne|offert|offre|legue)\w* (\w+ ){0,2}(sa|ses|son) (ordi|ordinateur|console|guitare|collection|telephone)\b(?= (a|au) )"),
     "Risque suicidaire : appelez le 3114, numéro national de prévention du suicide, gratuit, "
     "24 h/24 et 7 j/7 (pour les professionnels aussi). En cas de danger immédiat : le 15."),
    ("enfant_en_danger", "119", _re(
        r"\benfants? (en danger|maltraite|battu|frappe|secoue|delaisse|negliges?)", r"\bbebe secoue\b",
        r"\bsecou\w* (\w+ ){0,2}(le|la|un|une|son|sa|leur|notre) (bebe|nourrisson|nouveau ne)\b", r"\b(bebe|nourrisson|nouveau ne)\b (\w+ ){0,6}(secoue|secouee) (fort|violemment|tres fort|dans tous les sens)\b",
        r"\b(maltraitance|violences?|sevices|abus sexuels?) (sur|envers|d) (un|une|l|les|son|sa|ses) (enfant|mineur|bebe|fille de \d|fils de \d|ado)",
        r"\binceste\b", r"\bmineure? en danger\b", r"\binformation preoccupante\b",
        r"\b(bebe|nourrisson|enfant|enfants) (de \d+ (mois|ans) )?laisses? seuls?\b", r"\b(collegienne?|lyceenne?|fillette|enfant|mineure?|ado|adolescente?)\b.{0,80}\battouchements?\b",
        r"\battouchements?\b.{0,60}\b(collegienne?|lyceenne?|fillette|enfant|mineure?|ado|adolescente?)\b",
        r"\b(enfant|eleve|fillette|garcon|petite?|bebe|collegien\w*|fils|fille)\b.{0,120}\b(marques? de (ceinture|coups|brulure)|traces? de coups|brulures? de cigarette|affamee?s?|ne veut pas rentrer chez (lui|elle))",
        r"\b(marques? de (ceinture|coups)|traces? de coups)\b.{0,120}\b(enfant|eleve|fillette|garcon|bebe|collegien\w*|ce2|cm1|cm2|cp|ce1|maternelle)\b",
        r"\b([1-9]|1[0-2]|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) ans\b.{0,160}\b(arrive seule?|seule? a la maison|affamee?|memes vetements|c est (elle|lui) qui (donne|s occupe|garde))",
        r"\b(frappe|bat|battu|secoue) (son|sa|ses) (enfant|enfants|bebe|fils|fille)\b", r"\benfance en danger\b",
        r"\b(beau pere|belle mere|pere|mere|papa|maman|parents?)\b (\w+ ){0,2}(le|la|les) (corrige|corrigent|frappe|frappent|tape|tapent|bat|battent)\b",
        r"\b(enfants?|bebes?|petits?)\b.{0,100}\bseuls? (\w+ ){0,3}depuis (vendredi|samedi|dimanche|lundi|mardi|mercredi|jeudi|hier|avant hier|\w+ jours|la veille)\b",
        r"\b(leur |la |sa )?(mere|maman|pere|papa|parents?) (n est pas|ne sont pas|n etait pas) (rentree?s?|revenue?s?)\b.{0,80}\benfants?\b",
        # third blind set: a baby who cannot move yet has no reason to bruise; an adult met online; "des trucs bizarres la nuit"
        r"\b(bebe|nourrisson)\b.{0,80}\b(ecchymoses?|hematomes?|bleus?|fractures?|brulures?)\b",
        r"\b(bebe|nourrisson|enfant de [1-9] ans|petite? de [1-9] ans)\b.{0,150}\b(le|la|les) laisse\w* seule?s?\b",
        r"\b(bebe|nourrisson|enfants?|petits?) (de \d+ (mois|ans) )?(laisses? )?seuls? (dans|a la|a l|au|chez|depuis)\b",
        r"\b(adulte|homme|majeur)\b.{0,60}\b(en ligne|sur internet|sur les reseaux|sur snap\w*|sur insta\w*)\b.{0,80}\b(photos?|la voir|le voir|rencontrer)\b",
        r"\b(beau pere|pere|oncle|cousin|frere|voisin|(compagnon|copain|ami|petit ami|conjoint) de (sa |la |ta |ma )?(mere|maman))\b.{0,40}\b(trucs bizarres|choses bizarres|(vient|entre|rentre|va|monte) (\w+ ){0,2}dans (sa|son|ma|mon|leur) (lit|chambre|douche|salle de bain))\b",
        # fifth blind set: a burn mark "from daddy when he is angry", a child left alone for days, sleeping dressed
        r"\bc est (papa|maman|son pere|sa mere|mon pere|ma mere|son beau pere|le copain de maman) quand (il|elle) (est|se met) (fache|en colere|enerve)",
        r"\benfants? (de \d+ ans )?(est |sont )?en danger\b", r"\bdort habillee?\b",
        # eighth blind set: "voulait pas rentrer chez lui", a small boy alone at night
        r"\b(veut|voulait|voudrait|veux) (pas|plus) rentrer (chez (lui|elle|eux)|a la maison)\b",
        r"\b(petite?|petit garcon|fillette|enfant|garcon|bebe)\b (\w+ ){0,3}seule? (\w+ ){0,3}(le soir|la nuit|toute la nuit|a la maison|dans l appart\w*|chez (lui|elle))\b",
        r"\b(marques?|traces?) (\w+ ){0,2}de (brulure|cigarette|ceinture|coups|morsure)\b.{0,80}\b(papa|maman|pere|mere|parents?)\b"),
     "Enfant en danger : appelez le 119 (Allô enfance en danger), gratuit, 24 h/24. En cas de danger "
     "immédiat : le 17 ou le 112."),
    ("violences_conjugales", "3919", _re(
        r"\bviolences? conjugales?\b", r"\b(son|mon|le) (mari|conjoint|compagnon|concubin|ex) (la |le |me )?(frappe|bat|battait|frappait|violente|menace)",
        r"\bfrappee? par (son|mon) (mari|conjoint|compagnon|ex)\b", r"\bbattue par (son|mon) (mari|conjoint|compagnon|ex)\b",
        r"\bviolences? (faites aux femmes|au sein du couple|dans le couple)\b", r"\bconjoint violent\b", r"\bemprise\b",
        r"\b(mari|conjoint|compagnon|concubin|epoux)\b.{0,40}\b(garde|confisque|controle|prend|retient) (sa|son|ses) (carte|papiers|telephone|argent|passeport)",
        r"\bquand (ca|c) (devient|devenait|deviendra) trop chaud\b", r"\blunettes de soleil (en plein|en hiver|a l interieur)",
        r"\b(des que|quand) son (mari|conjoint|compagnon) (est|rentre) (a la maison|la)\b.{0,80}\b(annule|peur|se tait|n ose)",
        r"\b(mari|conjoint|compagnon|concubin|epoux)\b.{0,40}\b(lui a (tordu|casse|brule)|l a (poussee|giflee|etranglee|cognee)|l insulte|lui interdit|l empeche de (sortir|voir|travailler)|s enerve quand elle)",
        r"\bmarques? (au|autour du|sur le) cou\b",
        r"\b(mari|conjoint|compagnon|concubin|epoux)\b.{0,40}\b(controle tout|lui a pris (les|ses|sa|son) (cles|papiers|telephone|carte|argent))",
        r"\bn a plus le droit de (voir|sortir|travailler|telephoner)\b.{0,120}\b(bleus|hematomes|marques|insulte)",
        # fourth blind set: he answers for her, keeps her papers, she is afraid to go home
        r"\b(il|conjoint|mari|compagnon) (lui )?(garde|confisque|a pris|prend|retient) (ses|sa|son) (papiers|passeport|carte d identite|titre de sejour|salaire|portable|telephone|paie)\b",
        r"\b(conjoint|mari|compagnon|concubin)\b.{0,200}\b((peur|redoute\w*) (\w+ ){0,3}de rentrer|repond a sa place)\b",
        r"\bmarques? (\w+ )?(au|autour du|sur le) cou\b",
        # sixth blind set: "traces" as well as "marques", pushing, medication withheld to punish
        r"\b(traces?|marques?|bleus?|hematomes?) (\w+ ){0,2}(au|autour du|sur le) cou\b",
        r"\b(mari|conjoint|compagnon|concubin|epoux|copain)\b (\w+ ){0,2}(la )?(bouscule|pousse|secoue|gifle|rabaisse|humilie|terrorise)\b",
        # fifteenth blind set: the woman herself speaking
        r"\bmon (mari|conjoint|compagnon|concubin|copain|ex)\b.{0,120}\b(m insulte|m a (poussee|frappee|giflee|etranglee|cognee|bousculee|menacee)|me (frappe|bat|pousse|menace|rabaisse|humilie|gifle)|garde (tout )?(mon|mes) (argent|salaire|papiers|telephone)|m a (pris|confisque|garde|cache) (mon|ma|mes) (portable|telephone|tel|papiers|carte|argent|cles|passeport))\b"),
     "Violences conjugales : le 3919 (Violences Femmes Info), gratuit et anonyme, 24 h/24. En cas de "
     "danger immédiat : le 17 ou le 112, ou le 114 par SMS."),
    ("maltraitance", "3977", _re(
        r"\bmaltrait", r"\bmaltraitance\b", r"\b(la |le |les )?(frappe|bat|battait|frappait|brutalise|rudoie)\b", r"\b(la|le|les) (brusque|brusquent|malmene|malmenent)\b(?! (changement|arret|declin|aggravation|degradation))",
        r"\b(bleus?|hematomes?|ecchymoses?) (inexpliques?|suspects?)", r"\bspoliation\b", r"\babus de faiblesse\b",
        r"\b(vole|detourne) (sa|son|ses) (retraite|pension|argent|carte bleue)", r"\bprend (son|ses) (argent|carte bleue|economies)\b",
        r"\blui prend sa (retraite|pension)\b", r"\bnegligences? graves?\b",
        r"\b(enferme|enfermee) (a|dans|chez|sur)\b", r"\b(attache|attachee) (a|dans|chez|sur)\b(?! (son|sa|ses|leur|leurs|lui|elle|eux|cette|ce|cet) )", r"\b(violences?|sevices) (sur|envers) (elle|lui|la personne|ma mere|mon pere|sa mere|son pere)\b",
        r"\bviolences? (physiques?|psychologiques?|financieres?|sexuelles?)\b", r"\bharcel(?!\w* (scolaire|a l ecole|au college|au lycee|en ligne))", r"\bmenace (de mort|de la frapper|de le frapper)\b",
        r"\bbleus (sur|aux|partout)\b", r"\bgarde (sa|son) (carte bleue|cb|chequier|retraite)\b", r"\blui crie dessus\b",
        r"\ba peur de (lui|son fils|sa fille|son petit fils|son neveu|son mari|sa belle fille)\b", r"\battouchements?\b", r"\bagression sexuelle\b",
        r"\b(reste|restait|laisse\w*) enfermee?s?\b", r"\b(secoue|secouee) (par les epaules|violemment|fort)\b", r"\b(me|la|le|les|nous) secoue (quand|des qu|a chaque fois|tout le temps|si)\b", r"\b(en )?lui criant dessus\b",
        r"\bgarde (toute |tout |l integralite de )?(sa|son) (aah|retraite|pension|allocation|argent|salaire)\b", r"\ble fait dormir dans\b",
        r"\b(prennent|volent|detournent) (sa|son|ses) (argent|economies|retraite|pension|carte bleue)\b", r"\b(la |le |les )?(frappent|battent|brutalisent)\b",
        # third blind set: a relative holding the bank card, a ban on the phone, finger marks, rough handling
        r"\b(lui|l) a interdit de (repondre|telephoner|sortir|voir|parler)\b", r"\b(se fait|s est fait|a ete|se faire) (gifler|frapper|battre|taper|bousculer|secouer)\b", r"\b(l a|les a|l ont|les ont) (mise?s?|jetee?s?) (dehors|a la porte)\b", r"\ba peur qu (il|elle) se fache\b",
        r"\b(marques?|traces?) de doigts\b", r"\b(tire|tiree|tirer|pousse|poussee|bouscule|empoigne|attrape|jete)\w* (\w+ ){0,3}violemment\b",
        r"\b(parle|crie|hurle) (tres )?(durement|violemment) (aux|sur les|a) (residents|patients|personnes)\b",
        # fourth blind set: tied to a chair, bank card gone, the carer sent away, tears when he leaves the room
        r"\b(attache|attachee|sangle|sanglee)\w* (\w+ ){0,2}(au|a son|a sa|a la|sur le|sur son) (fauteuil|lit|chaise)\b",
        r"\bn a plus (sa|son|ses) (carte bleue|cb|carte bancaire|chequier|argent)\b", r"\b(m|nous) a dit de ne plus (revenir|venir|passer)\b",
        r"\bpleure (des qu|quand|lorsqu) (il|elle) (sort|arrive|rentre|entre|est la|s approche)\b",
        r"\blaisse\w* seule?s? (des journees entieres|toute la journee|des jours|des heures|toute la nuit|plusieurs jours)\b"),
     "Suspicion de maltraitance d'une personne âgée ou d'un adulte en situation de handicap : "
     "le 3977, du lundi au vendredi de 9 h à 19 h et le week-end de 9 h à 13 h et de 14 h à 19 h. En cas de danger immédiat : le 17 ou le 112."),
]

# A mention governed by a negation ("pas de douleur thoracique", "ni violent ni
# suicidaire", "aucune idée suicidaire") or in the past ("tentative de suicide il y a
# dix ans") is not an alert; a wish to die at home (palliative care) is not either.
_NEGATION_AVANT = re.compile(r"\b(pas|aucune?|sans|nie|ni|jamais|absence|atcd|antecedents?)\b(\W+\w+){0,3}\W*$"  # « ATCD de violences conjugales »: the past
                             r"|\b(personne|rien) ne( (la|le|les|l|lui|leur))?\W*$")  # « personne ne la maltraite »
_PASSE_APRES = re.compile(r"^\W*(\w+\W+){0,2}(il y a (\w+ ){1,3}(ans|annees|mois)|ancienne?s?|dans le passe|autrefois|en \d{4}|"
                          r"en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|l (an|ete|hiver) dernier|l annee derniere|le mois dernier)")
_EXCLUSIONS = re.compile(r"\b(mourir|deceder|partir|finir( sa vie| ses jours)?) (a domicile|chez (elle|lui|soi|moi|nous)|a la maison|dans (son|sa|mon|ma) (lit|maison))"
                         r"|\ben finir( \|)? avec (ces|les|ses|cette|ce|son|sa|leur|l|la|le) (?!vie\b|jours\b|existence\b|souffrance\b)\w+"
                         r"|\bfautes? de frappe\b"
                         # « sa famille a demandé si elle était maltraitée ; on a vérifié »: a question checked, not a sign
                         r"|\b(demande|demandait|demandaient|se demande|se demandait|se demandaient|inquiete de savoir) (si elle|s il|si ils|s ils) (etait|est|a ete|etaient|sont) maltrait\w*"
                         # « signalement au 3977 en 2021 pour une maltraitance financière… » : a past report, in its sentence
                         r"|\b(signalement|signalee?|plainte|information preoccupante)\b[^|]{0,25}\b(en (19|20)\d\d|il y a \d+ ans)\b[^|]{0,120}"
                         r"|\b(traitement|ordonnance|stock|boites?|medicaments|cure|chimio\w*|antibio\w*|reserve|seances?)s? (\w+ ){0,2}bientot fini\w*"
                         r"|\b(ancienne?s?|anciennement|a ete|avait ete) victimes? de (violences?( conjugales)?|maltraitance)\b"
                         r"|\b(a quitte|quitte|a fui|separee? de) il y a (\w+ ){1,3}(ans|annees) (un |son |d un )?(conjoint|mari|compagnon|ex)( \w+)? violent\b"
                         # a bruise explained by a fall that a clinician saw (« tombée de son escabeau, vue aux urgences, radio ok »)
                         r"|\b(bleus?|hematomes?|ecchymoses?)\b(?=[^|]{0,120}\b(tombee?|chute)\b[^|]{0,60}\b(vue? aux urgences|radios?|constatee?s? par|examinee? par)\b)"
                         r"|\bbleus? (aux|sur les) (tibias|genoux|jambes)\b(?=.{0,60}\b(foot|football|rugby|judo|sport|velo|trampoline)\b)"
                         r"|\b(bleus?|hematomes?|ecchymoses?)\b(?=[^.]{0,80}\b(avk|anticoagul\w*|previscan|coumadine|eliquis|xarelto|hemophil\w*|c est connu)\b)"
                         r"|\b(hemophil\w*|avk|anticoagul\w*)\b[^.]{0,80}\b(bleus?|hematomes?|ecchymoses?)\b"
                         r"|\b(niece|neveu|fille|fils|famille|aidante?|tutrice|tuteur|curateur|mandataire|medecin|mt|cabinet|service|telephone|portable|mairie|bailleur)( qui s en occupait| \w+){0,3} ne repond (plus|pas)\b"
                         r"|\b(idees? (suicidaires?|noires?)|risque suicidaire|propos suicidaires?)( \|)? (non|aucune?|negatif|negative|absente?s?|niee?s?|ecartee?s?)\b"
                         r"|\b(separee?|divorcee?) depuis (\w+ ){1,3}(ans|annees|mois)( \w+){0,4} (violent\w*|violences?( conjugales)?)\b"
                         r"|\bne repond (plus|pas) (\w+ )?(au telephone|aux messages|aux appels|aux sms|a (mes|nos|ses|leurs) (messages|appels|sms)|depuis (ce matin|hier|\w+ jours))\b"
                         r"|\benferme\w* dans (sa|son) (chambre|appartement|logement|studio) depuis (\d+|des|plusieurs|quelques) (jours|semaines|mois|ans)\b"
                         r"|\b(il|elle) reste enferme\w* (chez (lui|elle)|dans sa chambre)\b"
                         r"|\b(sensibilis\w*|formation|former|formee?s?|atelier|prevention|reperage|conference|webinaire)\b( \w+){0,30} (maltraitance|violences?( conjugales| intrafamiliales)?|suicide|risque suicidaire|crise suicidaire|idees? suicidaires?|souffrance psychique)\b"
                         r"|\bfrappe\w* a toutes les portes\b"
                         r"|\b(evoque|suspecte|soupconne|parle)\w* (d |de )?(une |la |de la )?maltraitance,? mais\b|\bmaltraitance (a ete |est )?(ecartee|exclue|infirmee|eliminee)\b")


# a baby's care says a baby even unnamed (« la pesée de Lina, 3 mois … son transat »)
_ENFANT = re.compile(rf"\b({MOTS_D_ENFANT}|"
                     r"(fils|fille|garcon|enfant|petite?|ado|adolescente?|gamine?|collegienne?|lyceenne?)( de)? ([1-9]|1[0-7]) ans)\b")  # not "enfants": an old person's children are adults
_PAR_MOTIF = {motif: (numero, message) for motif, numero, _, message in REGLES}


def _urgence(motif: str, age: int | None, texte_normalise: str = "") -> Urgence:
    """The alert of a category; the maltreatment of a minor is a child in danger (119),
    whether the age is given or the text speaks of a baby or a child."""
    # a baby can only be the victim, whoever's age was typed (« maman 27 ans … le papa a secoué le bébé »)
    mineur = age < 18 if l_age_dit_la_victime(age, texte_normalise) else bool(_ENFANT.search(texte_normalise))
    if motif == "maltraitance" and mineur:
        motif = "enfant_en_danger"
    return Urgence(motif, *_PAR_MOTIF[motif])


_FIN_DE_PHRASE = re.compile(r"[.!?;…]+(?=\s|$)|\n+")
FRONTIERE = "|"  # sentence boundary kept in the normalised text: a negation does not reach across it


def normaliser_en_phrases(texte: str) -> str:
    """normaliser() sentence by sentence, joined by FRONTIERE (« ... sans elle. Elle ne répond plus »:
    the « sans » belongs to another sentence)."""
    phrases = (normaliser(p) for p in _FIN_DE_PHRASE.split(texte))
    return f" {FRONTIERE} ".join(p for p in phrases if p)


# An acute event a few days ago is over (« douleur thoracique il y a 10 jours, coronarographie
# normale »); a suicide attempt or a blow a few days ago is not: only the acute categories read it.
_PASSE_RECENT_APRES = re.compile(r"^\W*(((?!depuis\b)\w+\W+)?(hier|avant hier|cette nuit)\b(?![^|]{0,40}\b(encore|toujours|persiste|recommence|maintenant|de nouveau|a nouveau)\b)|(\w+\W+){0,2}(il y a (\w+ ){1,3}(jours|semaines)|(la semaine|le week end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) derni(er|ere))\b)")
_AIGUES = {"urgence_vitale", "danger_immediat"}


def _indemne(t: str, motif: str = ""):
    """A match counts unless a negation precedes it in the same sentence or a past marker follows it."""
    def verifier(m: re.Match) -> bool:
        avant = t[max(0, m.start() - 35):m.start()].rsplit(FRONTIERE, 1)[-1]
        apres = t[m.end():m.end() + 40]
        return not _NEGATION_AVANT.search(avant) and not _PASSE_APRES.search(apres) \
            and not (motif in _AIGUES and _PASSE_RECENT_APRES.search(apres))
    return verifier


def detecter(texte: str, age: int | None = None) -> Urgence | None:
    t = normaliser_en_phrases(texte)
    if not t:
        return None
    t = _EXCLUSIONS.sub(" ", t)
    indemne = _indemne(t)
    for motif, _numero, motifs, _message in REGLES:
        if any(_indemne(t, motif)(m) for m in motifs.finditer(t)):
            return _urgence(motif, age, t)
    if crise_suicidaire(t, indemne):
        return _urgence("suicide", age, t)
    motif = numero_du_faisceau(t, age, indemne)
    return Urgence(motif, *_PAR_MOTIF[motif]) if motif else None


# When the words are not in the patterns above but the language model recognises a
# danger report (intent report_danger), we still alert: the category from weaker
# clues, or every number when nothing tells which danger it is.
_INDICES = [
    ("enfant_en_danger", "119", re.compile(r"\b(enfant|enfants|bebe|nourrisson|mineure?|fillette|garcon|eleve|collegien\w*|lyceen\w*|ado|adolescent\w*|fils de \d|fille de \d)\b")),
    ("violences_conjugales", "3919", re.compile(r"\b(conjoint|mari|compagnon|concubin|ex mari|ex compagnon|epoux)\b.{0,60}\b(violen|frapp|coups?|menac|peur|bless|etrangl|insult)|\b(violen|frapp|coups?|menac|etrangl)\w*\b.{0,60}\b(conjoint|mari|compagnon|concubin|epoux)\b")),
    ("suicide", "3114", re.compile(r"\b(mourir|mort|vivre|disparaitre|en finir|fin a|suicid|tuer|pendre|medicaments|cachets|adieu|plus la peine)\b")),
    ("maltraitance", "3977", re.compile(r"\b(maltrait|coups?|frapp|bless|bleus?|hematome|vol|argent|enferm|attach|insult|humili|neglig|abandon)\w*")),
    ("urgence_vitale", "15", re.compile(r"\b(respir|conscien|malaise|douleur|saign|sang|convuls|paralys|avc|infarctus|chute|tombe|inanime|urgence|samu|pompiers)\w*")),
]
TOUS_LES_NUMEROS = ("Situation de danger : urgence vitale, le 15 ou le 112 (114 par SMS) ; violence ou menace en cours, le 17 ; risque suicidaire, le 3114 ; "
                    "enfant en danger, le 119 ; violences conjugales, le 3919 ; maltraitance d'une personne âgée ou "
                    "handicapée, le 3977.")


def danger_sans_motif_reconnu(texte: str, age: int | None = None) -> Urgence:
    """The alert for a message the NLU classed as a danger report but no pattern matched."""
    t = normaliser(texte)
    for motif, _numero, indice in _INDICES:
        if indice.search(t):
            return _urgence(motif, age)
    return Urgence("danger", "15", TOUS_LES_NUMEROS)


SEUIL_DANGER_NLU = 0.5  # below, a "report_danger" guess of the NLU is too weak to alert on its own
# With no danger clue at all in the words ("pas un patient, une population"), the guess must be strong.
SEUIL_DANGER_NLU_SANS_INDICE = 0.8


def _a_un_indice(texte: str) -> bool:
    t = normaliser(texte)
    return any(indice.search(t) for _motif, _numero, indice in _INDICES)


_MOTIF_DU_NUMERO = {numero: motif for motif, numero, _, _ in REGLES}
# The net learnt on descriptions (the shortest danger case of the sets has 12 words): on « merci
# pour tout » or « chez elle » it has nothing to say, and the patterns keep those.
MOTS_MIN_FILET = 12


# The net reads a resemblance, not a named sign: the alert says so, and still comes first.
DANS_LE_DOUTE = "Certains éléments de votre message peuvent signaler un danger ; dans le doute : "


def _filet_appris(t: str, age: int | None) -> Urgence | None:
    """The learned net (knowledge/danger_appris.py) for the dangers told in words no pattern knows;
    `t` is the normalised message."""
    if len(t.split()) < MOTS_MIN_FILET:
        return None
    numero = numero_probable(t)
    if not numero:
        return None
    u = _urgence(_MOTIF_DU_NUMERO[numero], age, t)
    return Urgence(u.motif, u.numero, DANS_LE_DOUTE + u.texte)


def alerte(texte: str, age: int | None = None, intention: str | None = None, confiance: float = 0.0,
           reponse: bool = False) -> Urgence | None:
    """Danger check used by every door (conversation, console): the patterns first, then the
    learned net, then the NLU's report_danger intent as a safety net for phrasings the patterns miss. A short
    answer to a question (`reponse`, « elle commence à fatiguer ») needs a clue in its words:
    the model, trained on descriptions, over-reads them."""
    urgence = detecter(texte, age)
    if urgence is None:
        urgence = _filet_appris(normaliser(texte), age)
    if urgence is None and intention == "report_danger" and confiance >= SEUIL_DANGER_NLU \
            and ((confiance >= SEUIL_DANGER_NLU_SANS_INDICE and not reponse) or _a_un_indice(texte)):
        urgence = danger_sans_motif_reconnu(texte, age)
    return urgence
