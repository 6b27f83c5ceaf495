"""A « faisceau d'indices »: signs of maltreatment that mean little alone and a lot together.

Professionals seldom write « maltraitance »; they write what they saw: a bruise explained
by a fall down the stairs, a resident who trembles when his brother comes, a pension
withdrawn by a nephew, a carer told not to come back. Each family below is one kind of
sign; two different families in the same message make a danger report. The victim then
decides the number: a minor → 119, a woman hurt by her partner → 3919, otherwise (an
older or disabled person) → 3977. Found by the sixth blind set, where named patterns
missed 7 of 16 dangers because the same sign came in other words.
"""
from __future__ import annotations

import re

FAMILLES: dict[str, re.Pattern] = {
    # what was seen on the body, with no medical cause given
    "blessure": re.compile(
        r"\bmarques? (\w+ ){0,2}(sur|aux|au|autour de|autour des) (les |le |la |l |son |sa |ses |leurs? )?(deux )?(cuisses?|dos|bras|avant bras|jambes?|visage|cou|fesses?|ventre|poignets?|joues?|front|tete|oeil|yeux|levres?|oreilles?)\b|"
        r"\b(a|avait|ont) des marques\b|\bmarques? (\w+ ){0,4}(arriere|interieur|haut|bas) (des|du|de la|de l) (cuisses?|bras|dos|jambes?|fesses?)\b|\ben forme de (boucle de ceinture|ceinture|main|doigts|fer|cigarette)\b|\bserre\w* (\w+ ){0,2}(les|ses) poignets\b|"
        r"\b(bleus?|hematomes?|ecchymoses?|brulures?|traces? de (doigts|coups|liens|morsure|brulure)|marques? de (doigts|coups|liens)|"
        r"griffures?|morsures?|cocard|oeil au beurre noir|levre fendue|fractures? (inexpliquee|multiples|d age different))s?\b"),
    # fear of a person, or a change of behaviour when that person is around
    "peur": re.compile(
        r"\b(a|ai|avait|avais|ont) (tres )?peur (de lui|d elle|de (son|sa|ses|le|la) \w+|quand (il|elle|ils|(son|sa|ses|le|la) \w+)|des qu (il|elle|ils|cette|ce))\b|\bterrorisee?\b|"
        r"\b(tremble|se met a trembler|pleure|se recroqueville|se fige|sursaute|se tait|baisse les yeux|panique|se cache|s enferme|se sauve|chuchote|raccroche)\w* "
        r"(\w+ ){0,4}(quand|des qu|lorsqu|a chaque fois qu|en (le|la|les) voyant)\b|"
        r"\b(gemit|pleure|crie|se crispe|se debat)\w* (\w+ ){0,4}(seulement|uniquement) (avec|quand) (certains|certaines|un|une|ce|cette) (\w+ )?(collegues?|soignants?|aides? soignant\w*|salaries?|intervenants?)\b|"
        r"\bpeur d etre (puni|punie|frappe|frappee|grondee?)\b|"
        r"\bn ose (pas|plus) (parler|rentrer|dire|le dire|se plaindre)\b|"
        r"\ba peur qu (il|elle|ils) (revienne|reviennent|rentre|recommence|se fache|l apprenne)\b|\b(il|elle) (me|la|nous) tue(ra|rait)?\b|"
        r"\bpour ne pas (avoir a )?rentrer\b|\b(obligee?|forcee?) de rentrer\b|\bparce que (j ai|il a|elle a) pas ete sage\b|\b(prefere|aime mieux) (pas|ne pas) rentrer\b|\bpeur de rentrer (chez (lui|elle|eux)|a la maison|le soir|ce soir)\b|"
        r"\bquand (il|elle|ils) (est|sont|arrive|arrivent|rentre|rentrent|entre|entrent)( la)?\b.{0,40}\b(se tait|ne parle plus|baisse les yeux|tremble|pleure|se fige|se recroqueville)\b"),
    # secrecy imposed, or an explanation that does not hold
    "secret": re.compile(
        r"\b((ne )?(le |la )?(doit|dois|faut|pas) (le |rien )?dire a personne|dit qu (il|elle) (est|s est) (tombee?|cognee?)|de ne rien dire|ne rien (lui |leur )?dire|"
        r"refuse d en parler|ne veut pas en parler|ne veut rien dire|change de sujet quand|c est (un|notre) secret|"
        r"versions? (differentes?|contradictoires?)|(il )?(ne )?faut pas le dire|ne (veux|veut) pas qu (il|elle|ils) (le )?sache|s est cogne\w* (\w+ ){0,6}(mais|alors qu) (il|elle) ne bouge|(argent|telephone|cadeaux?) (\w+ ){0,4}qu (elle|il) n explique pas|refuse de se doucher|(toujours|encore|chaque fois|a chaque fois) (une|la meme|des) excuses?|(toujours|encore|soi disant) (tombee?|cognee?)|(pas|plus) le droit d en parler|refuse de se (changer|deshabiller)|explications? (confuses?|floues?|changeantes?|peu credibles?))\b"),
    # someone holds the money, the papers, the phone, the door, or speaks in the person's place
    "emprise": re.compile(
        r"\b(carte bleue|cb|carte bancaire|chequier|aah|pension|retraite|allocations?|salaire|economies|papiers|passeport|"
        r"telephone|tel|portable|medicaments?) (\w+ ){0,3}(retiree?s?|gardee?s?|confisquee?s?|prise?s?|encaissee?s?|videe?s?|"
        r"detournee?s?|geree?s? par)\b|"
        r"\b(retire|garde|confisque|prend|encaisse|vide|detourne|gere|tient|supprime|remet|donne|verse)\w* (\w+ ){0,2}(sa|son|ses|ma|mon|mes) (carte bleue|cb|carte bancaire|"
        r"chequier|aah|pension|retraite|allocation|salaire|economies|papiers|passeport|telephone|tel|portable|medicaments)\b|"
        r"\blui (a )?(pris|prend|arrache)\w* (le|son|sa) (telephone|tel|portable|carte|sac)\b|"
        r"\b(pas|plus) le droit (d avoir|de sortir|de voir|de telephoner|de parler|d aller|de venir|de m appeler|d appeler|de nous appeler)\b|\bporte (est )?fermee a cle\b|"
        r"\b(m|nous|lui|l) a interdit de (revenir|venir|passer|sortir|telephoner|voir)\b|"
        r"\brepond (\w+ ){0,4}a sa place\b|\b(percoit|touche|encaisse)\w* (\w+ ){0,2}(ses|sa|son) (pensions?|retraites?|allocations?|aah)\b|"
        r"\bpour qu (elle|il) (se tienne|reste|soit) (tranquille|calme|sage)\b|\bcheques? (\w+ ){0,2}(signes?|faits?|encaisses?|remplis?) (a son ordre|a son nom|pour lui|pour elle)\b|"
        r"\b(sait|trouve) (plus|pas) ou (est|sont) (sa|son|ses) (cb|carte bleue|carte bancaire|chequier|papiers)\b|"
        r"\bretraits? (\w+ ){0,2}(tous les jours|quotidiens|chaque jour|repetes|importants)\b|\b(vide|videe|vident|vider) (son|sa|ses) (compte|livret|economies)\b|\bpour (la|le) punir\b|\bl empeche de (sortir|voir|parler|manger|dormir)\b"),
    # basic care withheld from someone who depends on others
    "negligence": re.compile(
        r"\b(dans|couvert\w* de) (ses|son) (selles|urines|excrements|vomi)\b|"
        r"\b(escarres?|plaies?) (\w+ ){0,4}(jamais|pas|non) (montree?s?|soignee?s?|signalee?s?)\b|"
        r"\b(demande|demander|reclame|reclamer) a manger\b|\bseule? (\w+ ){0,4}jusqu a (minuit|\d+ ?h)\b|"
        r"\b(frigo|refrigerateur|placards?) (\w+ ){0,2}vides?\b|\b(pas|rien) mange depuis\b|\bcouches? (\w+ ){0,2}(jamais|pas) changee?s?\b|"
        r"\b(meme|memes) (couche|vetements|draps) depuis\b|\b(protections?|couches?) souillee?s? (\w+ ){0,2}depuis\b|\bdort (sur un matelas )?(par terre|dans la cuisine|sur un matelas)\b|"
        r"\b(plus )?rien (a manger )?(dans le|au) (frigo|refrigerateur)\b|\b(a )?perdu \d+ ?kg\b|\bn (a|ai) plus de quoi (manger|faire (ses|les|mes) courses|vivre)\b|\b(il|elle|ils) (a|avait|ont|avaient) faim\b|\bseule? (\w+ ){0,3}(toute la journee|des journees|des heures|toute la nuit)\b|\ba (beaucoup )?maigri\b|\bventre vide\b|\bhors de (sa )?portee\b|"
        r"\bpersonne ne vient (la|le|les) chercher\b|\bne mangent? (qu|que) a la cantine\b|\b(s endort|dort) en (cours|classe)\b|"
        r"\b(mere|pere|parents?|maman|papa) (est |sont )?(partie?s?|absente?s?|disparue?s?) (\w+ ){0,4}(depuis|il y a) (\w+ ){1,2}(jours|semaines|mois)\b|"
        r"\bvit seule? avec (son|sa|ses) (petit|petite|jeune)s? (frere|soeur)s?\b|\b(fait|a fait) (reduire|diminuer|arreter) (nos|les) (heures|passages|aides)\b"),
}

_CONJOINT_AUTEUR = re.compile(r"\b(son|mon|le|leur) (mari|conjoint|compagnon|concubin|epoux|copain|petit ami|ex)\b")
_PERSONNE_AGEE_OU_HANDICAPEE = re.compile(r"\b(gir|ehpad|residente?|deficience|handicap\w*|tutelle|curatelle|octogenaire|nonagenaire|"
                                          r"grabataire|alzheimer|dement\w*)\b")
# Words that say a child, shared by the faisceau and the patterns (danger._ENFANT): a baby's care
# (« la pesée de Lina », « son transat ») and an elder or younger sibling of a given age.
MOTS_D_ENFANT = (r"bebe|nourrisson|fillette|petit garcon|mineure?|eleve|pesee|allaitement|allaitee?|biberons?|transat|puericultrice|"
                 r"(aine|ainee|cadet|cadette|benjamin|benjamine) de ([1-9]|1[0-7]) ans")
_MINEUR = re.compile(rf"\b({MOTS_D_ENFANT}|collegienne?|lyceenne?|ado|adolescente?|"
                     r"enfant de \d|(fils|fille|garcon|enfant|petite?)( de)? ([1-9]|1[0-7]) ans)\b")
# a baby's care in the note: the baby (or a sibling) is the victim, whoever's adult age was typed
NOURRISSON = re.compile(r"\b(bebe|nourrisson|nouveau ne|allaitement|tetees?|biberons?|transat|pesee)\b")


def l_age_dit_la_victime(age: int | None, texte_normalise: str) -> bool:
    """The age typed is the victim's, unless the note is about a baby's care."""
    return age is not None and not NOURRISSON.search(texte_normalise)
_ADULTE_SEUL = re.compile(r"\b(residents?|patients?|personnes?) (agees?|accueillies?)\b")


# The same reading for a suicidal crisis: despair, farewell gestures, a means at hand, a plan. Each
# sign alone is frequent in a note about low mood; two kinds together are the warning signs that
# the 3114's prevention material lists (a person who gives things away *and* says she is a burden).
FAMILLES_SUICIDE: dict[str, re.Pattern] = {
    "desespoir": re.compile(
        r"\b(fatiguee? de tout|plus la force|marre de tout|a bout de tout|(ne|n) (sert|sers) (plus )?a rien|(suis|est|etre) un (poids|fardeau)|"
        r"plus d (avenir|espoir)|sans (issue|espoir)|(voit|vois|voyait) (plus|pas) d issue|tout est noir|plus (aucun )?gout a (rien|la vie)|"
        r"se sent inutile|(se sent|suis|est) (completement )?vide|(plus )?envie de rien|(ne )?(voit|vois|voyait) plus l interet|a quoi bon|"
        r"(mieux|plus simple|plus facile) (pour tout le monde|sans (moi|lui|elle))|plus (de )?raison de)\b"),
    "adieu": re.compile(
        r"\b((donne|offert|offre|distribue|legue|rendu|rend|vendu|vend)\w* (\w+ ){0,2}(ses|son|sa) (quelques |dernieres? |rares )?(duvet|telephone|affaires|chat|chien|animaux|bijoux|montre|livres|"
        r"cles|voiture|moto|biens|collection|ordi|ordinateur|console|vetements|outils)|(range|rangee|regle|mis|met|trie)\w* (\w+ ){0,2}(ses|tous ses|toutes ses|leurs) (papiers|affaires|comptes|obseques)( en ordre)?|(pour que|afin que) tout soit en ordre|"
        r"(ecrit|laisse|redige)\w* (\w+ ){0,2}lettres?|lettres? (d adieu|pour (ses|les|sa|son) \w+)|adieux?|merci pour (tout|toutes ces annees)|(remercie|remercier) pour (tout|toutes ces annees)|prenez soin (de|d)|(je ne|ne) (serai|sera) plus la|(derniere|dernier) (fois|message|visite)|"
        r"(n )?(aurez|aurons|auras|aura) plus (besoin|a)|pour de bon|(enveloppes?|lettres?) (\w+ ){0,2}(au nom de|pour) (ses|chacun|chacune|son|sa)|(ne )?(vous|te|les) (derangerai|embeterai|generai|ennuierai|inquietez|inquiete) (plus|pas pour moi)|ne me (reverrez|reverras|reverra) plus)\b"),
    "moyen": re.compile(
        r"\b((stocke|accumule|garde|cache|met|mis|amasse)\w* (\w+ ){0,3}(medicaments|cachets|comprimes|somniferes|doliprane|paracetamol)( de cote)?|"
        r"(achete|demande)\w* (\w+ ){0,3}(paracetamol|doliprane|somniferes|cachets|boites) (\w+ ){0,2}(tous les jours|chaque jour|en grande quantite|plusieurs fois)|"
        r"combien de (boites|comprimes|cachets)|hauteur (\w+ ){0,3}(viaduc|pont|immeuble|falaise|barrage)|viaduc|(stylos|medicaments|comprimes|boites|cachets) s (accumulent|entassent)|sans que (ca|cela) se remarque|corde|(fusil|carabine|arme)s?( de chasse)?|pont|voie ferree|rails|(renseigne|cherche)\w* (\w+ ){0,3}(doses?|dose mortelle)|(j ai |il a |elle a )?achete\w* ce qu il (faut|fallait))\b"),
    "projet": re.compile(
        r"\b((pense|reflechi|songe)\w* a (comment|la maniere|la facon)|sait (comment|quand) (faire|elle le fera|il le fera)|"
        r"(choisi|fixe) (la|une) date|(bientot|d ici peu|demain) (ce sera|tout sera|ca sera|ca ira|tout ira) (fini|regle|termine|mieux)|(ce sera|tout sera) bientot fini|"
        r"(a|avait) tout prepare|(bientot|d ici peu) (ce|ca) ne sera plus (mon|son|leur) probleme|avant (noel|la fin du mois|son anniversaire|l ete))\b"),
}


def familles_presentes(texte_normalise: str, indemne, familles: dict[str, re.Pattern] = FAMILLES) -> set[str]:
    """The families with at least one sign not negated or placed in the past (`indemne(m)` says so)."""
    return {nom for nom, motif in familles.items() if any(indemne(m) for m in motif.finditer(texte_normalise))}


def crise_suicidaire(texte_normalise: str, indemne) -> bool:
    """Two kinds of suicidal warning signs in the same message, or two different farewell
    gestures (« il a donné son chien et m'a dit merci pour tout »)."""
    adieux = {m.group(0) for m in FAMILLES_SUICIDE["adieu"].finditer(texte_normalise) if indemne(m)}
    return len(adieux) >= 2 or len(familles_presentes(texte_normalise, indemne, FAMILLES_SUICIDE)) >= 2


_SEULS_SUFFISANTS = ("emprise", "negligence")  # two different signs of one of these families are enough alone


def _signes(texte_normalise: str, famille: str, indemne) -> set[str]:
    return {m.group(0) for m in FAMILLES[famille].finditer(texte_normalise) if indemne(m)}


def numero_du_faisceau(texte_normalise: str, age: int | None, indemne) -> str | None:
    """The danger category when two families of signs are present (or two different signs of
    control or of neglect), else None."""
    if len(familles_presentes(texte_normalise, indemne)) < 2 \
            and not any(len(_signes(texte_normalise, f, indemne)) >= 2 for f in _SEULS_SUFFISANTS):
        return None
    if l_age_dit_la_victime(age, texte_normalise):
        mineur = age < 18
    else:
        mineur = bool(_MINEUR.search(texte_normalise)) and not _ADULTE_SEUL.search(texte_normalise)
    if mineur:
        return "enfant_en_danger"
    agee_ou_handicapee = (age is not None and age >= 65) or bool(_PERSONNE_AGEE_OU_HANDICAPEE.search(texte_normalise))
    if _CONJOINT_AUTEUR.search(texte_normalise) and not agee_ou_handicapee:
        return "violences_conjugales"
    return "maltraitance"
