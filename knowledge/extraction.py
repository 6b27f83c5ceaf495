"""Free text (a case note, a short answer) → facts.

Deterministic and explainable on purpose: every fact comes from a pattern a
coordinator can read below. Patterns run on normalised text (lowercase, no
accents), clause by clause, so that a negation ("pas de troubles cognitifs",
"elle n'est pas seule") only cancels what it governs.
"""
from __future__ import annotations

import re

from knowledge.faits import INCONNU, Faits
from knowledge.noms import codes_nommes
from knowledge.texte import normaliser

try:  # "quatre-vingt-deux ans" → "82 ans"
    from text_to_num import alpha2digit
except ImportError:  # pragma: no cover - declared dependency
    alpha2digit = None


def _re(*motifs: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{m})" for m in motifs))


# -- corrected age ---------------------------------------------------------------------
# (pattern, group of the wrong age, group of the right one)
_CORRECTIONS_D_AGE = [
    (re.compile(r"\b(\d{1,3}) ans?\W+(non|pardon|plutot|enfin|euh|je veux dire|correction)( \w+)?\W+(\d{1,3})( ans?)?\b"), 1, 4),  # 78 ans non pardon 87
    (re.compile(r"\b(\d{1,3}) ans?\W+(et )?(pas|non pas|et non) (\d{1,3})\b(?! (mois|semaines|jours))"), 4, 1),               # il a 58 ans, pas 85
    (re.compile(r"\b(pas|non pas) (\d{1,3})( ans)?\W+mais (\d{1,3})\b"), 2, 4),                                              # pas 85 mais 58
]


def _age_corrige(t: str) -> tuple[int, int] | None:
    """(wrong age, corrected age) when the text corrects itself."""
    for motif, faux, juste in _CORRECTIONS_D_AGE:
        for m in motif.finditer(t):
            if m.group(faux) != m.group(juste):  # « 85 ans... non, pas 85 mais 58 »: the next form says it
                return int(m.group(faux)), int(m.group(juste))
    return None


# -- negation ------------------------------------------------------------------------
_NEGATION_AVANT = re.compile(r"\b(pas|aucune?|jamais|sans|ni|non|absence|nie|nient|exclu|exclue)\W+(\w+\W+){0,3}$")


# "ne sait pas comment demander l'APA", "ne savent pas vers qui se tourner": the need stands
_NE_SAIT_PAS = re.compile(r"\b(sai[st]|savent|savons|savez) pas (comment|ou|a qui|vers qui|quoi|par ou|si)\b")


def _nie(clause: str, debut: int) -> bool:
    """Is the match at `debut` governed by a negation in the few words before it?"""
    avant = clause[max(0, debut - 40):debut]
    return bool(_NEGATION_AVANT.search(_NE_SAIT_PAS.sub(" ", avant)))


def _clauses(texte: str) -> list[str]:
    # "38,5" and "1.5" are numbers, not two clauses
    t = re.sub(r"(?<!\d)[.,]|[.,](?!\d)|[;:!?\n()]|\bmais\b|\bpar contre\b|\bcependant\b|\bet\b(?= (elle|il|sa|son|ses|la|le|les|pas|aucun|sans)\b)", " | ", texte.lower())
    t = "|".join(normaliser(c) for c in t.split("|"))
    return [c.strip() for c in t.split("|") if c.strip()]


def _cherche(motif: re.Pattern, clauses: list[str]) -> str:
    """'oui' if affirmed somewhere, 'non' if only negated, '' if absent."""
    resultat = ""
    for c in clauses:
        for m in motif.finditer(c):
            if _nie(c, m.start()):
                resultat = resultat or "non"
            else:
                return "oui"
    return resultat


# -- signals: name → (pattern, dimension of complexity it belongs to, negatable) --------
SIGNAUX = {
    "chutes": (_re(r"\bchut(e|es|tes)\b", r"\btombe", r"\bchute\b"), "medicale"),
    "troubles_cognitifs": (_re(r"\btroubles? (cognitifs?|de (la )?memoire|mnesiques?)", r"\balzheimer", r"\bdemence",
                               r"\bdesorient", r"\bconfus(e|ion)\b", r"\boubli(e|s)? (tout|ses|de)", r"\bmaladie apparentee\b",
                               r"\bneuro ?degenerati", r"\bmmse\b", r"\bcorsaco", r"\bdemente?s?\b",
                               r"\b(semble|parait|a l air|devient|est de plus en plus|est completement|est souvent|est tres) (\w+ ){0,2}perdue?\b(?! (\w+ )?(de |du |des |d |son |sa |ses |sur |avec |pour |dans (les|ses|leurs|ces|tous|toutes|ce|cette) |\d))",
                               r"\bperdue? dans (le temps|l espace|son (appartement|quartier|immeuble))\b",
                               r"\bse trompe\w* d (etage|appartement|porte|jour)\b", r"\b(redemande|repete|repose) (\w+ ){0,3}la meme (chose|question)\b",
                               r"\bperd la (tete|boule|memoire)\b"), "medicale"),
    "isolement": (_re(r"\bisole(e|es|s)?\b", r"\bisolement\b", r"\bvit seule?\b", r"\bseule? (a domicile|chez (elle|lui)|a la maison)",
                      r"\bseule? au domicile\b", r"\bpersonne autour\b", r"\bplus de famille\b", r"\baucune famille\b",
                      r"\bsans entourage\b", r"\bpas d entourage\b", r"\bsolitude\b", r"\btres seule?\b",
                      r"\bne sort (presque |quasiment |pratiquement |quasi )?plus\b", r"\bne parle (\w+ ){0,3}a personne\b", r"\b(est|suis|se sent) (juste |tres |si |vraiment |bien )?seule?( au monde)?\s*(\||$|,|et\b|depuis\b|mais\b)", r"\bsort de moins en moins\b", r"\bne voit plus personne\b", r"\bse sent (isolee?|seule?)\b", r"\blien social\b",
                      r"\breste seule?\b", r"\bje vis seule?\b", r"\b\d{2,3} ans,? seule?\b", r"\bsans famille\b", r"\b(vois|voit) (presque )?plus personne\b", r"\bseule? (\w+ ){0,2}(son|sa|ses) (fils|fille|enfants?|famille) (est|sont|vit|vivent|habite\w*) (loin|a l etranger)\b"), "sociale"),
    "handicap": (_re(r"\bhandicap", r"\b(psh|ph)\b", r"\bmdph\b", r"\bpch\b", r"\baah\b", r"\bpolyhandicap", r"\bautis",
                     r"\btrisomi", r"\bdeficience (intellectuelle|visuelle|auditive|motrice|sensorielle)", r"\bime\b", r"\bfam\b",
                     r"\bmas\b", r"\besat\b", r"\bsessad\b", r"\btetraplegi", r"\bparaplegi", r"\bfauteuil roulant\b",
                     r"\binfirmite motrice\b", r"\bimc\b(?! ?(a |de |est |= ?)?\d)", r"\bsourde?\b", r"\baveugle\b", r"\btsa\b",
                     r"\bmalvoyant", r"\ben fauteuil\b", r"\baesh\b", r"\bmyopathi", r"\bprojet de vie\b", r"\bcecite\b"), "medicale"),
    # an impairment acquired in life (stroke, amputation): a disability before 60, a loss of autonomy after (regles._handicap)
    "deficience_acquise": (_re(r"\bhemipleg", r"\bmonopleg", r"\bampute\w*", r"\bamputation\b", r"\bparalyse\w* (d un|du) cote\b"), None),
    # a lifelong disability (developmental, intellectual, multiple) and its institutions: the C360's own field (004)
    "handicap_de_vie": (_re(r"\bautis", r"\btsa\b", r"\btdah\b", r"\bpolyhandicap", r"\btrisomi", r"\bdeficience intellectuelle",
                            r"\b(ime|mas|fam|esat|sessad|itep|ditep)\b", r"\bimc\b", r"\bamendement creton\b", r"\bdys(praxie|phasie|lexie)\b"), None),
    # « fédérer les acteurs autour de son projet de vie »: the C360's mission « soutenir les projets de vie » (004)
    "projet_de_vie": (_re(r"\bprojets? de vie\b"), None),
    "precarite": (_re(r"\bprecari", r"\bsans ressources?\b", r"\bdettes?\b", r"\bimpayes?\b", r"\bexpulsion\b", r"\brsa\b",
                      r"\bdifficultes? financieres?\b", r"\bfin de mois\b", r"\bpauvrete\b", r"\bsans (emploi|travail)\b",
                      r"\bmal loge", r"\bsurendett", r"\bsorti\w* de (detention|prison)\b", r"\bau chomage\b", r"\b(ne parle|parle) pas (le )?francais\b",
                      r"\bbarriere (de la )?langue\b"), "sociale"),
    "sans_droits": (_re(r"\bsans (couverture|droits|securite sociale|secu|mutuelle|papiers|titre de sejour)\b",
                        r"\bpas de (couverture|droits|securite sociale|secu|mutuelle|carte vitale|papiers)\b",
                        r"\bdroits? (non ouverts?|fermes?|pas ouverts?|expires?)", r"\bacces aux droits\b",
                        r"\bdifficultes? d acces aux droits\b", r"\bsans ame\b", r"\baucune couverture\b",
                        r"\bnon assure", r"\bsans papiers\b", r"\bpas de css\b", r"\bplus de (secu|securite sociale|couverture|droits|carte vitale)\b",
                        r"\bdroits? (sont |est )?(fermes?|expires?|clos|coupes?)\b", r"\b(pas|plus) (la|de) (css|cmu|ame|complementaire sante)\b", r"\b(ne )?(peut|peux|pouvait) rien payer\b",
                        r"\bni (securite sociale|secu|mutuelle)\b", r"\baucun droit", r"\bplus de droits?\b", r"\bdroits? (secu )?(expires?|fermes?)\b",
                        r"\bpas (encore )?de droits?\b", r"\bame\b", r"\bdemandeu(r|se) d asile\b", r"\bpas de quoi payer\b",
                        r"\b(css|complementaire sante solidaire|cmu|ame|droits?|mutuelle)\b.{0,25}\b(pas (ete )?renouvel|non renouvel|plus renouvel)",
                        r"\bdroits? (\w+ )?en cours( d ouverture)?\b"), "sociale"),
    "sortie_hospitalisation": (_re(r"\bsortie? (d )?(hospit|hopital|hospitalisation|de l hopital|du ch|de clinique|de ssr|de smr)",
                                   r"\bretour (a domicile|au domicile|a la maison) apres\b", r"\bsort (de l hopital|d hospit|du ch|demain|de clinique)",
                                   r"\bapres (son |une |l )?hospitalisation\b", r"\bva sortir\b", r"\bsortant\b", r"\bpost ?hospit",
                                   r"\bdecompensation\b", r"\brehospitalis", r"\bretour a domicile\b", r"\bretour (chez (lui|elle|eux)|a la maison) (ce soir|demain|aujourd hui)\b", r"\b(sorti|sortie|sort) des urgences\b", r"\bre hospitalis",
                                   r"\bsortie (prevue|demain|apres|de maternite|de geriatrie)", r"\bsort de (geriatrie|l hopital|chirurgie|reanimation|smr|ssr|readaptation|reeducation)"), "medicale"),
    "sans_medecin_traitant": (_re(r"\b(sans|pas de|pas encore de|plus de|aucun|n a pas de|n a plus de|(n a )?jamais eu de|cherche un|recherche (d )?un|trouver un) (nouveau )?(medecin traitant|mt|generaliste|medecin de famille|medecin referent)\b(?! (\w+ )?(dispo|disponible|joignable|de garde|ce soir|le (samedi|dimanche|week end)))",
                                  r"\baucun (medecin|generaliste|mt) pour (personne|eux|elle|lui|les \w+)\b", r"\b(plus|pas) de medecin attitre\b", r"\b(le sien|la sienne|son (mt|medecin( traitant)?|generaliste))( est)? (parti|partie|decede|demenage)\b",
                                  r"\b(veut|faut|faudrait|voudrait) qu (il|elle) (ait|trouve) un (mt|medecin traitant)\b", r"\b(medecins?|generalistes?) ne (prennent|prend) plus de nouveaux patients\b",
                                  r"\bmedecin traitant (parti|en retraite|a la retraite|decede)", r"\b(mt|medecin traitant)( est)? (parti|partie|a la retraite|en retraite)\b",
                                  r"\bnouveau (mt|medecin traitant)\b", r"\b(mon|son|sa|leur|notre|le) (medecin|docteur|generaliste|mt|medecin traitant)\b (\w+ ){0,6}(a pris|prend|part|partira|va partir|est parti\w*) (sa |a la |en )retraite\b",
                                  r"\b(mt|medecin traitant|generaliste)( habituel)? (ne consulte plus|ne recoit plus|a arrete de consulter)\b", r"\b(mt|medecin traitant|generaliste)\b (\w+ ){0,2}(partir|parti|partie) (a la |en )?retraite\b", r"\b(juste|seulement|besoin d|il lui faut|il faut|cherche) (juste |seulement )?un (nouveau )?(medecin traitant|mt|generaliste)\b", r"\bni (pediatre ni )?medecin traitant\b", r"\bpars? en retraite\b.{0,60}\bpatients\b",
                                  r"\b(mt|medecin traitant|le sien|la sienne|son medecin|generaliste)\b.{0,15}\bpar(t|s) (a la |en )?retraite\b",
                                  r"\bbesoin (de |d un )?(nouveau )?(mt|medecin traitant)\b",
                                  r"\baucun (medecin|generaliste) ne (la |le |les |l )?(prend|accepte|veut)\b", r"\b(personne|aucun d (eux|entre eux)|aucun des \w+) n a (de |d )?(medecin traitant|mt)\b", r"\baucun suivi medical\b", r"\b(ne trouve|trouve pas) (de |d |un )(medecin traitant|mt|generaliste)\b",
                                  r"^(\w+ ){0,3}(un )?(mt|medecin traitant) pour\b",
                                  r"\b(viennent|vient) d (emmenager|arriver|s installer)\b.{0,80}\b(mt|medecin traitant|generaliste)\b",
                                  r"\b(mt|medecin traitant|generaliste)\b.{0,80}\b(viennent|vient) d (emmenager|arriver|s installer)\b"), None),
    "acces_soins_ville": (_re(r"\b(revue?|vue?|voir) par un (medecin|ide|idel|infirmi\w*)\b.{0,30}\bdans les \d+ ?h", r"\b(cherche|trouver|recherche|besoin d) (un |une |d un |d une )?(infirmi\w*|idel?|kine\w*|pediatre|dentiste|specialiste|cardiologue|orthophoniste|medecin)\b",
                              r"\brdv (rapide )?(cardiologue|specialiste|medecin|chez le mt|mt)\b", r"\bsuivi (ide|idel|infirmier)\b",
                              r"\bpas de pediatre\b", r"\bni pediatre\b", r"\bpassage chez le mt\b", r"\breorienter vers un nouveau\b",
                              r"\bne (peut|peux|pourra) pas (le|la|les) voir avant\b"), None),
    "soins_non_programmes": (_re(r"\b(vu|vue|examine|examinee|consulte|consultee|voir un medecin) (aujourd hui|ce soir|dans la journee|rapidement aujourd hui)\b",
                                 r"\bpas de creneau\b", r"\b(aujourd hui|ce soir|cette nuit|ce week end|ce matin|dans la journee|des que possible)\b.{0,60}\b(voir|consulter|rdv|rendez vous|medecin|consult|consultation)\b",
                                 r"\b(voir|consulter|rdv|rendez vous|medecin|consult|consultation)\b.{0,60}\b(aujourd hui|ce soir|cette nuit|ce week end|dans la journee)\b",
                                 r"\bsoins? non programmes?\b", r"\bsnp\b", r"\bmedecin de garde\b", r"\bconsultation (urgente|non programmee)\b",
                                 r"\bfievre\b.{0,40}\b(pas de|aucun) medecin", r"\bcabinet (ferme|fermes)\b",
                                 r"\b(plus|aucun) (aucun )?creneau\b", r"\bconsultations? non programmees?\b",
                                 r"\b(ou|qui) (l |la |les )?(envoyer|orienter|adresser) (ce soir|cette nuit|aujourd hui|maintenant)\b",
                                 r"\bpoints( de suture)? (aujourd hui|ce soir|rapidement)\b", r"\b(voie|voit|voir) (quelqu un|qqn|un medecin|un docteur) (\w+ )?(aujourd hui|ce soir|dans la journee)\b",
                                 r"\b(consult|consultation|rdv|voir un medecin)\b.{0,30}\b(ajd|auj)\b", r"\b(ajd|auj)\b.{0,40}\b(consult|consultation|rdv)\b"), None),
    "medecin_indisponible": (_re(r"\b(medecin|mt|generaliste|cabinet|docteur)\b (\w+ ){0,3}(est )?ferme (jusqu a|ce week end|le week end|pour le week end|demain)\b",r"\b(cabinets?|medecins?|generalistes?) (\w+ )?(sont |est )?(tous )?(complets?|satures?)\b", r"\bpas de (mt|medecin|generaliste|pediatre)( ni (de )?(pediatre|mt|medecin|generaliste))? (\w+ )?dispo(nible)?s?\b", r"\b(medecin|mt|generaliste|cabinet) (traitant )?(est |etait )?(complet|deborde|sature)\b", r"\bpas de (medecin|mt|generaliste|pediatre)( de garde)? (joignable|disponible)\b", r"\b(mt|medecin traitant|medecin|docteur|generaliste|pediatre|cabinet)\b( \w+)?( est)? (injoignable|en conges?|en vacances|absent|ferme|ne repond pas)\b"), None),
    # "on l'envoie où ?": a same-day question only with an acute symptom (an APA file is "sent somewhere" too)
    "ou_envoyer": (_re(r"\b(on )?(l|la|les) (envoie|oriente|adresse) ou\b"), None),
    # a temperature only with a fever cue ("39 ans" is an age), redness only on a body part ("yeux rouges" is not acute)
    "symptome_aigu": (_re(r"\bfievre\b", r"\b(temperature|temp|thermometre|febrile|a) (a )?(3[89]|40)([ ,.]\d)?\b", r"\b(3[89]|40)([ ,.]\d)? ?(degres?|c)\b",
                          r"\bbrulures? (en urinant|mictionnelles?)\b",
                          r"\b(jambe|genou|pied|bras|plaie|cicatrice|mollet|cheville|main|doigt|orteil|articulation|gorge)s?\b( \w+){0,3} (rouge|chaude?|gonflee?)s?\b",
                          r"\bse tient l oreille\b", r"\b(entorse|foulure)\b", r"\bbrulures? (a l eau|au (\d|premier|deuxieme|second)|du (\d|premier|deuxieme|second)|profonde|etendue)", r"\bcloques?\b", r"\bmal (a l|aux|au|a la) (oreille|gorge|ventre|dents?|tete)s? depuis (hier|ce matin|cette nuit|avant hier|\w+ jours)\b", r"\b(3[89]|40) [0-9]\b(?! (ans|mois|kg|min))", r"\b(lombalgie|sciatique|lumbago|colique|crise de goutte)s? (\w+ )?(aigue?|violente|hyperalgique)\b", r"\bbloque (du dos|par (une|sa) lombalgie)\b", r"\bvomi", r"\btoux\b", r"\btousse\b", r"\botites?\b", r"\bangines?\b", r"\bdents? cassees?\b", r"\brage de dents?\b", r"\bdouleur (aigue|vive|intense|dans le bas du dos)\b",
                          r"\bs est (entaille|coupe|ouvert)\w* (\w+ ){0,2}(la |le |l )?(main|doigt|jambe|bras|pied|front|arcade|genou)\b",
                          r"\b(faudrait|faut|besoin de|necessite)\w* (\w+ ){0,2}(des )?points( de suture)?\b"), None),
    "perte_autonomie": (_re(r"\bperte d autonomie\b", r"\bdependan", r"\bgir ?[1-4]\b", r"\bgrabataire\b", r"\balite",
                            r"\bne (se )?(leve|lave|deplace|marche) plus\b", r"\baide (pour|a) (la toilette|tous les actes)",
                            r"\bperte (de |d )?(mobilite|autonomie)", r"\bperd (en |de l |son )?autonomie\b",
                            r"\b(du mal|de la peine|des difficultes) (avec|pour|a) (faire )?(le menage|les courses|la toilette|s habiller|ses repas|les repas)\b",
                            r"\b(ne )?(fait|fais|peut|arrive a faire) (plus|pas) (ses|les) courses\b", r"\bfatigue (\w+ )?(pour|a faire) (le menage|les courses|sa toilette)\b",
                            r"\bmarche (mal|difficilement|avec difficulte)\b", r"\b(rester|reste|maintenir) (\w+ ){0,2}chez (elle|lui|eux|soi) le plus longtemps\b"), None),
    "gir_1_4": (_re(r"\bgir ?[1-4]\b"), None),
    "services_domicile_insuffisants": (_re(
        r"\b(ssiad|saad|sad|spasad|aide a domicile|aides? a domicile|auxiliaires? de vie|avs|services? (a|d aide a) domicile|plan d aide|aides? en place|intervenants?|passages?|aides?)\b.{0,60}\b(ne suffi|insuffisant|plus suffisant|pas suffisant|depasse|atteint (ses|leurs) limites|a bout|plus assez|ne tient plus)",
        r"\b(ne suffi\w*|insuffisant|plus suffisant|pas suffisant)\b.{0,40}\b(ssiad|saad|sad|aide a domicile|aides?|services?|passages?)\b",
        r"\baccompagnement (renforce|plus intensif)\b", r"\bmaintien a domicile (difficile|compromis|precaire|menace|en peril|limite)",
        r"\b(ne suffi\w*( plus)?|insuffisant\w*(?! (cardiaque|renal|respiratoire|hepatique|veineu))|plus suffisant|pas suffisant|ne peu(t|vent) plus (faire face|assurer|suivre))\b.{0,80}$",
        # more hours of the same help is a revision of the aid plan (CLIC, APA), not a reinforced support
        r"\b(besoin de|faudrait) (bien )?plus (d aide|de passages|de presence)\b", r"\b(ca |cela )?(suffit|suffisent|suffira|suffiront) (plus|pas)\b",
        r"\b(vont|va) pas suffire\b", r"\bfaut renforcer\b", r"\bil faudrait plus\b(?! d heures)",
        r"\b(quelque chose|une aide|un accompagnement|un appui) en plus de ce (qu on fait|que (nous faisons|l on fait)|qui (existe|est en place))\b",
        r"\b(equipe|quelqu un) qui coordonne au quotidien\b", r"\b(sans passer par|plutot qu|au lieu d) (l |une )?(entree en )?ehpad\b",
        r"\balternative a l ehpad\b", r"\beviter (l|une) (entree en )?ehpad\b", r"\bsurveillance (de |la )?nuit\b", r"\bsecuris(er|ation|e) (du |le |son )?(domicile|logement)"), None),
    "dossier_apa": (_re(r"\bapa\b", r"\baides? financieres?\b", r"\bcarte (mobilite|d invalidite)\b", r"\bcmi\b",
                        r"\badministrati", r"\bmonter (le|un|son) dossier\b", r"\bremplacer (sa|la) baignoire\b", r"\bdouche\b",
                        r"\badapter (le|son) logement\b", r"\brevision du plan d aide\b", r"\baide a domicile\b.{0,30}\b(demande|mettre en place|passage)", r"\ballocation personnalisee", r"\bdossier (d )?(aide|aides|apa|aide sociale)\b", r"\bplan d aide\b",
                        r"\baide menagere\b", r"\bportage (de |des )?repas\b",
                        # a relative's words for the same needs
                        r"\b(evalue|evaluer|evaluation de) (ses|leurs|les|son|sa) besoins\b", r"\baide\w* (pour|avec|dans) (les|ses|leurs|mes) (papiers|courriers|demarches)\b", r"\bquelqu un pour (\w+ ){0,2}(le menage|les courses|la toilette|les repas)\b",
                        r"\b(aide|aider|aides) (\w+ )?(pour|a) (le menage|les courses|faire (le menage|les courses|ses courses)|la toilette)\b",
                        r"\b(a|ai|ont|avons|aurait|aurais|aurions) droit a quoi\b", r"\b(a )?quelles? aides?\b", r"\bteleassistance\b", r"\bcnav\b", r"\bcarsat\b",
                        r"\baide sociale\b", r"\bdemande d aide\b", r"\bheures d aide\b", r"\bamenagement (du|de son) (logement|domicile)",
                        r"\brecherche (d )?(un )?ehpad\b", r"\bdossier (d )?ehpad\b", r"\bplace en ehpad\b", r"\bentree en ehpad\b",
                        r"\b(quelles|a quelles) aides\b", r"\b(remplir|faire|constituer|monter) (les|des|ses|le|un) dossiers?\b",
                        r"\baides (pour|afin de) rester (chez|a domicile|a la maison)\b", r"\baides? (pour|afin) qu (elle|il|ils|elles) (reste|restent|puisse rester|puissent rester)\b", r"\b(infos?|informations?|renseignements?) sur les aides\b",
                        r"\bpapiers (de la |pour la )?retraite\b", r"\bdemarches administratives\b",
                        r"\b(comprendre|connaitre|ouvrir|faire valoir) (ses|les|leurs) droits\b", r"\badapter (sa|la|leur) salle de bain\b",
                        r"\b(dossier|demande) d admission\b", r"\baide sociale a l hebergement\b", r"\bash\b"), None),
    # more hours of the same help, a new evaluation: the aid plan is revised (CLIC / APA team, 003)
    "revision_plan_aide": (_re(r"\b(revision|reviser|reevaluer|reevaluation|revoir|augmenter|augmentation|modifier)( \w+){0,2} (plan d aide|apa|heures)\b",
                               r"\b(plus d heures|heures de plus|heures supplementaires)\b"), None),
    "aidant_epuise": (_re(r"\b(epuise|epuisee|epuisement|a bout|n en peut plus|n en pouvait plus|deborde|debordee|sature|saturee|saturation|craque|craquer|s epuise|fatigue|fatiguee|burn ?out|surmene)"), "familiale"),
    "repit": (_re(r"\brepit\b", r"\bsouffler\b", r"\bprendre (le |du )?relais\b(?! (a domicile|au domicile|chez (lui|elle)|a la maison|des soins|apres))", r"\baccueil de jour\b", r"\bhebergement temporaire\b",
                  r"\bsejour temporaire\b", r"\baccueil temporaire\b", r"\bun relais pour (ces|quelques|\w+ (jours|semaines))\b", r"\bhalte\b", r"\bbaluchon", r"\bvacances pour l aidant"), None),
    # the request is for the carer herself (support, training, peer groups): the répit platform's own missions (003)
    "soutien_aidant": (_re(r"\b(accepterait|voudrait|souhaite|souhaiterait|demande)\w* (\w+ ){0,3}(un accueil de jour|des heures de repit|du repit|un hebergement temporaire)\b", r"\b(soutien|groupe de parole|groupes de parole|formations?) (\w+ ){0,2}(pour|des|aux) aidants\b",
                           r"\b(aidante?|fille|fils|epoux|epouse)\b.{0,60}\bseule? face a la maladie\b"), None),
    "fin_de_vie": (_re(r"\bfin de vie\b", r"\bsoins? palliatifs?\b", r"\bpalliati", r"\bphase terminale\b", r"\bterminal\b", r"\b(stade|phase|insuffisance \w+) terminale?\b", r"\b(mourir|finir ses jours|deceder) (chez (moi|lui|elle|soi)|a domicile|a la maison)\b",
                       r"\bmourant", r"\b(plus de|aucun) traitement (curatif |specifique )?possible\b", r"\b(chez (elle|lui)|a domicile|a la maison) jusqu au bout\b", r"\barret des traitements\b", r"\bquelques (jours|semaines) a vivre\b", r"\bemsp\b", r"\bsedation\b",
                       r"\b(ne veut|refuse) (ni |pas de |aucune? )?(trach\w*|rea|reanimation|intubation|gastrostomie|acharnement)\b",
r"\blimitation (des |de )?(soins|traitements|therapeutiques)\b", r"\bsoins de confort\b",
                       r"\bpronostic (vital )?(engage|sombre|tres reserve)\b", r"\b(veut|souhaite|voudrait) mourir (chez (lui|elle)|a (la maison|domicile))\b"), "medicale"),
    "had": (_re(r"\bhad\b", r"\bhospitalisation a domicile\b", r"\bsoins (techniques|lourds|complexes) a domicile\b",
                r"\bperfusion(s)? a domicile\b", r"\bchimio(therapie)? a domicile\b", r"\bnutrition parenterale\b", r"\bpansements? complexes?\b", r"\bantibio\w* (iv|intraveineu\w*|en intraveineux)",
                r"\b(perfusions?|iv)\b.{0,60}\b(a domicile|a la maison)\b", r"\bfaire (ca|cela|le traitement|les soins) a domicile\b",
                r"\bpression negative\b", r"\btpn\b", r"\bnutrition enterale\b", r"\bpansements? (\w+ ){0,2}(tres )?lourds?\b",
                r"\bpas les moyens techniques\b", r"\bsoins (plus )?lourds que (ce que )?(l |le |les )?(idel?|infirmi\w*|ssiad)\b",
                r"\bpompe (a|de|d) (morphine|analgesie|insuline|pca)\b", r"\bnutrition artificielle\b", r"\bsoins (tres )?lourds\b",
                r"\bhopital a (la )?maison\b", r"\bantibio\w* en perfusion\b", r"\bdepass\w* (\w+ ){0,2}(ce que|les capacites|les moyens) (\w+ ){0,3}(ssiad|idel?s?|infirmi\w*|sad)\b", r"\bperfusions? tous les jours\b", r"\bpansements? compliques?\b"), "medicale"),
    # technical care already there or planned (not « une HAD si les soins deviennent trop lourds »)
    "soins_techniques": (_re(r"\bpompe (a|de|d) (morphine|analgesie|insuline|pca)\b", r"\bnutrition (artificielle|parenterale|enterale)\b",
                             r"\bperfusions?\b", r"\bantibio\w* (iv|intraveineu\w*|en intraveineux)", r"\bpression negative\b", r"\bvac\b",
                             r"\bpansements? complexes?\b"), None),
    "had_en_place": (_re(r"\b(had|hospitalisation a domicile)\b.{0,20}\b(deja|est) en place\b", r"\bdeja (une |l )?(had|hospitalisation a domicile)\b"), None),
    "had_demandee": (_re(r"\b(demande|parle d|propose|prescri\w*|envisage\w*|mettre en place|organiser) (\w+ ){0,2}(had|hospitalisation a domicile)\b",
                         r"\b(had|hospitalisation a domicile)\b.{0,20}\b(possible|envisageable)\b", r"\bhopital a (la )?maison\b"), None),
    "cancer": (_re(r"\bcancer", r"\bonco", r"\btumeur", r"\bchimio", r"\bradiotherapie\b", r"\bmetasta", r"\blymphome\b", r"\bleucemie\b"), "medicale"),
    "diabete": (_re(r"\bdiabet", r"\binsuline", r"\bglycemi", r"\bhba1c\b"), "medicale"),
    "perinatalite": (_re(r"\benceinte\b", r"\bgrossesse\b", r"\bperinatal", r"\baccouch", r"\bpost ?partum\b", r"\bnouveau ne\b",
                         r"\bprematur", r"\bmaternite\b", r"\bsage femme\b", r"\bpmi\b"), "medicale"),
    "addiction": (_re(r"\baddict", r"\balcool", r"\bethylis", r"\bdrogue", r"\bcannabis\b", r"\bcocaine\b", r"\bheroine\b",
                      r"\btoxicoman", r"\bsubstitution\b", r"\bconsommations?\b(?! (d eau|electrique|de medicaments))", r"\bmethadone\b", r"\bcsapa\b", r"\bjeux? d argent\b", r"\bopiace"), "psychologique"),
    "sante_mentale": (_re(r"\bpsychiatr", r"\bpedopsy", r"\bschizophren", r"\bbipolai", r"\bdepressi", r"\bpsychotique", r"\bpsychose\b", r"\bdelire",
                          r"\btroubles? (psychiques?|psychiatriques?|psy|du comportement|anxieux|de l humeur)\b", r"\banxi", r"\bcmp\b",
                          r"\bsouffrance psychique\b", r"\bhallucin", r"\bparanoi", r"\bsyndrome de diogene\b", r"\bdiogene\b",
                          r"\bphobie", r"\btoc\b", r"\bdecompensation psychiatrique\b", r"\bsuivi psy\b", r"\bpsychologique",
                          r"\bpost traumatique\b", r"\bentend(re)? des voix\b", r"\b(pense|croit|persuadee?) que (les voisins|on|tout le monde) (l |le |la )?(espionne|surveille|poursuit|en veut)\w*", r"\bidees de persecution\b", r"\b(dit|pense|croit|persuadee?) qu (on|les voisins|la police|tout le monde) (l |le |la )?(espionne|surveille|poursuit|ecoute|en veut)\w*", r"\bparle (tout )?seule?\b", r"\bcrises? d angoisse\b", r"\bangoisses?\b", r"\bpsychotrauma", r"\bhumeur (triste|depressive)\b", r"\bsante mentale\b", r"\bpsychiatre\b", r"\b(risque|crise|prevention du) suicid\w*"), "psychologique"),
    "sep": (_re(r"\bsclerose en plaques\b", r"\bsep\b"), "medicale"),
    "neurologie": (_re(r"\bparkinson", r"\bsla\b", r"\bcharcot\b", r"\bepilepsi", r"\bneurolog"), "medicale"),
    "maladie_renale": (_re(r"\b(insuffisance|insuffisante?|maladie) renale", r"\bdialys", r"\birc\b", r"\bhemodialys", r"\bgreffe (de |du )?rein", r"\bnephro"), "medicale"),
    "plaies": (_re(r"\bplaies?\b", r"\bcicatris", r"\bulcere", r"\bescarre"), "medicale"),
    "maladie_rare": (_re(r"\bmaladies? (rares?|orphelines?)\b", r"\bhemophil\w*", r"\bmucoviscidose\b", r"\bdrepanocytose\b", r"\bsclerodermie\b"), "medicale"),
    "maladie_respiratoire": (_re(r"\bbpco\b", r"\binsuffisan(ce|te?) respiratoire", r"\bmucoviscidose\b", r"\bmaladies? respiratoires?\b",
                                 r"\boxygenotherapie\b", r"\basthme (severe|difficile)\b"), "medicale"),
    "maladie_chronique": (_re(r"\bpolypatholog", r"\bmaladies? chroniques?\b", r"\bpathologies? chroniques?\b", r"\bald\b",
                              r"\binsuffisan(ce|te?) cardiaque", r"\bcardiopath", r"\bhta\b", r"\bavc\b",
                              r"\bdenutri"), "medicale"),
    "logement": (_re(r"\binsalubr", r"\b(vit|dort|loge|habite) dans (sa|une|un) (voiture|caravane|tente|cabane|camion|squat)\b", r"\b(heberge\w*|dort|vit|loge) (a droite a gauche|chez des (amis|copains|tiers))\b", r"\bsans (logement|hebergement) (fixe|stable)\b", r"\bhebergement (precaire|instable)\b", r"\b(va perdre|perd|risque de perdre|menacee? de perdre|a perdu) (son|sa|leur) (logement|appartement|appart|maison|hebergement)\b", r"\bincurie\b", r"\blogement (inadapte|indigne|insalubre|vetuste|encombre)", r"\bexpulsion\b",
                     r"\bsans chauffage\b", r"\bencombrement\b", r"\bdomicile (encombre|insalubre|inadapte)", r"\bescaliers?\b.{0,30}\b(plus|pas)\b",
                     r"\b(pas d|sans) ascenseur\b", r"\bpas de logement (stable|fixe|a lui|a elle)\b", r"\bhebergement (precaire|instable)\b",
                     r"\b(heberge|hebergee|enchaine les hebergements) chez (des|un|une|ses) (connaissances|amis?|amies?|tiers|compatriotes?)\b", r"\b(maison|logement|appartement|domicile) (\w+ ){0,2}encombree?s?\b",
                     r"\b(rats|souris|cafards|punaises de lit|nuisibles)\b", r"\bodeurs? (nauseabonde|forte|insupportable)s?\b"), "logement"),
    "refus_aides": (_re(r"\brefus(e|ent)? (les |des |toute |tout |l )?(aides?|soins|intervenants?|hospitalisation|passages?)",
                        r"\bopposition aux (aides|soins)\b", r"\brefus de soins\b", r"\bne se soigne (plus|pas)\b",
                        r"\brefuse (tout le monde|toute (aide|intervention)|qu on (entre|passe|vienne))\b", r"\bn ouvre (plus |pas )?(la porte|a personne)\b"), "psychologique"),
    "conflit_familial": (_re(r"\bconflit(s)? (familia|avec (sa|son|ses) (fille|fils|enfants|famille))", r"\bdesaccord familial\b",
                              r"\btensions? familiales?\b", r"\brupture (familiale|avec (sa|son|ses) (famille|enfants|fils|fille|proches))\b", r"\b(separation|divorce) (en cours|difficile|conflictuel\w*)\b", r"\bfamille (divisee|en conflit)\b", r"\bmesure de protection\b", r"\btutelle\b", r"\bcuratelle\b"), "familiale"),
    "adolescent": (_re(r"\badolescent", r"\bado\b", r"\bados\b", r"\bcollegien", r"\blyceen", r"\bdecrochage scolaire\b", r"\bjeune de 1[0-7] ans\b",
                       r"\bmaison des adolescents\b", r"\bmda\b", r"\base\b", r"\bprotection de l enfance\b", r"\bpjj\b", r"\bmineure?\b"), None),
    # a project of the professionals of a territory (access to care, prevention): the CPTS's own missions (003, 004)
    "projet_territorial": (_re(r"\b(organiser|structurer|monter|federer) (?!(\w+ ){0,4}autour (de |d )?(son|sa|ses|lui|elle|la personne|ce patient|cette patiente)\b)(\w+ ){0,5}(professionnels|collegues|action|projet)\b(?! de vie)",
                               r"\baction (collective )?de (prevention|depistage|vaccination|sante publique)\b",
                               r"\b(generalistes|medecins) (\w+ ){0,3}partent (a la |en )?retraite\b",
                               r"\bgarder un acces aux soins\b", r"\bcreneaux sans rendez vous\b",
                               r"\borganisation collective\b", r"\bactions? de prevention\b.{0,40}\b(territoire|ville|secteur|commune)\b",
                               r"\ba l echelle (du territoire|de la ville|du secteur|de la commune)\b",
                               r"\bparcours (\w+ ){0,2}(sur|pour|dans) (la|le|notre|toute la) (ville|territoire|secteur|commune|quartier)\b", r"\bqui pilote (ca|cela|ce projet|ce genre)\b", r"\b(ce |un |notre |le )?(genre de )?projet territorial\b(?! de sante mentale)", r"\b(creneaux|plages) (\w+ ){0,3}(partages?|mutualises?) entre (cabinets|medecins|professionnels)\b",
                               r"\b(construire|monter|organiser|structurer|batir|piloter) (\w+ ){0,10}(parcours|reseau)\b.{0,40}\b(ville|territoire|secteur|commune)\b", r"\b(rejoindre|adherer a|integrer) (une |la |notre )?(organisation|communaute|cpts|dynamique)\b",
                               r"\bfedere\w* (\w+ ){0,2}(pros|professionnels)\b(?! (\w+ )?autour (de |d )?(son|sa|ses|lui|elle)\b)", r"\b(m integrer|s integrer|integrer) (aux|dans les|les) parcours\b", r"\b(m|s|me|se) integrer (dans|a) (l organisation|les organisations|le reseau|la dynamique)\b",
                               r"\brencontrer les (autres )?(professionnels|pros|acteurs) (de ville|du secteur|du territoire)\b",
                               r"\bcampagnes? de (vaccination|depistage|prevention)\b",
                               r"\b(monter|organiser|creer|mettre en place) (\w+ ){0,3}(une |un )?(campagne|circuit|permanence)s?\b",
                               r"\bgroupe de (pharmaciens|professionnels|medecins|idel?|infirmiers|kines)\b"), None),
    "msp": (_re(r"\bsuivi (pluri\w* )?coordonne\b", r"\b(lieu|structure|centre|equipe)s? de soins de premier recours\b", r"\bmaisons? de sante\b", r"\bcentres? de sante\b", r"\bmsp\b", r"\bexercice coordonne\b",
                r"\bequipe (de proximite|de soins primaires|pluri ?pro\w*)\b", r"\b(professionnels|soignants|equipe) qui travaill\w* ensemble\b",
                r"\bprofessionnels eparpilles\b"), None),
    # the person must be seen or treated (read with sans_droits: the PASS gives the care, 004)
    "besoin_soins": (_re(r"\b(etre|soit) (vue?|soignee?|examinee?|pris en charge|prise en charge)\b", r"\b(besoin|acces) (de |a des |aux )?soins\b",
                         r"\bses (medicaments|traitements)\b", r"\b(consulter|consultation|consult)\b", r"\ba l hopital\b",
                         r"\b(il (lui |leur )?faudra|il (lui |leur )?faut|besoin d|aura besoin d)( \w+){0,2} (suivi|soins|traitement|insuline|medicaments)\b",
                         r"\b(continuer|poursuivre) (son|ses|sa|le|les) (insuline|traitements?|soins|suivi)\b", r"\betre suivie?\b",
                         r"\b(premier suivi|aucun suivi medical|n a vu personne)\b",
                         r"\bil (lui|leur) (faut|faudrait|faudra) (des |de |un )?(soins|suivi|traitement)\b", r"\binfecte\w*\b", r"\bordonnance\b.{0,40}\b(payer|pas les moyens)\b",
                         r"\bne (pourra|peut|pourrait) (pas )?payer\b.{0,30}\b(insuline|traitement|medicaments|consultations?|soins|ordonnance)\b", r"\b(plus|aucun) (aucun )?traitement\b",
                         r"\b(voir|consulter) un (medecin|docteur)\b", r"\bse faire soigner\b", r"\ben mauvais etat\b", r"\baucun suivi (de grossesse|medical|de sa grossesse)\b",
                         r"\bjamais (ete )?(vue?|suivie?) (en consultation|par (un|une|aucun) (medecin|sage femme)|par personne)\b",
                         r"\b(a panser|traitement a (lui )?delivrer|suite des soins|soins a (poursuivre|continuer))\b"), None),
    # the DAC already follows the person (or is the one writing): propose what it can mobilise, not itself
    "dac_implique": (_re(r"\b(le|du|au|par le) dac\b.{0,20}\b(la |le |les )?(suit|suivent|accompagne)\w*", r"\b(deja |est )(suivie?|accompagnee?) par le dac\b",
                         r"\b(referente?|coordinat\w*|coordonnat\w*) (de parcours |d appui )?(au|du) dac\b", r"\bdac (est )?deja\b", r"\b(suivie?|accompagnee?) par nous dac\b"), None),
    "aidant_fragile": (_re(r"\b(epouse|epoux|mari|femme|conjointe?|aidante?|fille|fils)\b( \w+){0,2} (elle meme|lui meme|aussi|egalement)? ?(tres )?(fragile|malade|malvoyante?|handicapee?|dependante?|hospitalisee?)\b",
                               r"\bc est (elle|lui) qui (faisait|gerait|assurait|s occupait de) tout\b"), "familiale"),
    # "à quel guichet ?", "par où commencer ?": the SPDA simplifies access to rights and aids (000 l.124)
    "guichet_unique": (_re(r"\bne (sait|savent) pas (comment|ou|a qui|par ou) (demander|faire|s y prendre|commencer|s adresser)\b", r"\bguichets? (unique|d entree)\b", r"\b(quel|quelle) (guichet|porte)\b", r"\bpar ou commencer\b",
                           r"\bpoint d entree unique\b"), None),
    # information or training for a team of professionals: a mission of the CRT volet 1 and of the DAC (003)
    "sensibilisation_professionnels": (_re(r"\b(nos|des|les|ses) (aides soignantes?|aides a domicile|auxiliaires|equipes?|soignants|intervenants|salaries|benevoles|infirmiers|pharmaciens)\b (\w+ ){0,3}(une |des )?(sensibilisation|formation)s?\b", r"\b(nos|des|les) (\w+ ){0,3}(pharmaciens|infirmiers|professionnels|equipes|soignants|aides a domicile|benevoles|salaries)\b (\w+ ){0,4}(etre )?(formee?s?|sensibilisee?s?)\b", r"\b(sensibilis\w*|formations?|former|informer|actions? d information)\b (\w+ ){0,6}(nos|des|les|notre|l|ses|leurs|vos|son|votre) (aides a domicile|auxiliaires|professionnels|equipes?|salaries|benevoles|soignants|intervenants|personnels?|aides soignantes?|medecins|pharmaciens|infirmiers|ide|idel|acteurs)\b"), None),
    # the usual setting closes or stops, with nothing instead: a break in the path the C360 must prevent (004)
    "rupture_accompagnement": (_re(r"\b(ime|itep|sessad|esat|mas|fam|foyer|structure|etablissement|externat|accueil de jour)\b (\w+ ){0,2}(ferme|fermeture|s arrete|arrete|ne (la|le|les) (prend|garde) plus)\b",
                                   r"\b(aucune|pas de|sans) solution (de garde|d accueil|de sejour|d hebergement|pour (l|la|le|cet) (ete|vacances|week end))\b",
                                   r"\bsans solution\b", r"\b(aucune|pas de) place (\w+ ){0,2}(mas|fam|foyer|ime|esat|etablissement)\b",
                                   r"\bsort\w* de l (ime|itep|sessad)\b"), None),
    # mental health already followed and stable: the need lies elsewhere (subsidiarity, 003)
    "sante_mentale_suivie": (_re(r"\b(vue?|suivie?) (\w+ ){0,2}(chez nous|dans notre service|au cmp|en cmp)\b", r"\b(suivie?|pris\w* en charge|accompagnee?) (\w+ ){0,2}(au|par le|par la|par un|par une|en) (cmp|cmpp|psychiatre|psy|psychologue|hopital de jour|cattp)\b",
                                 r"\b(depression|troubles?|pathologie|schizophrenie|bipolarite|maladie) (\w+ ){0,3}(stabilisee?s?|equilibree?s?)\b"), None),
    "accompagnement_renforce_demande": (_re(r"\baccompagnement (\w+ )?renforce\b", r"\behpad (a domicile|hors les murs)\b", r"\brenfort a domicile\b"), None),
    # town follow-up dropped (« il ne va plus chez son MT ni chez le pneumo »): resuming it is the CPTS's access mission (003)
    "suivi_ville_interrompu": (_re(r"\bne va plus (chez|voir) (son|le|sa|ses) (mt|medecin|generaliste|pneumo\w*|cardio\w*|specialiste|infirmi\w*)\b"), None),
    # coordination asked for in so many words (not only professionals at a loss)
    "coordination_demandee": (_re(r"\b(quelqu un|qqn) (qui|pour) (coordonne\w*|pilote\w*|fasse le lien)\b", r"\bcoordonner (l ensemble|tout|les intervenants|le parcours)\b",
                                  r"\bqui coordonne\b", r"\bappui (a la |pour )?(la )?coordination\b", r"\bpersonne ne coordonne\b"), None),
    "depistage": (_re(r"\bdepistages?\b", r"\bdepister\b", r"\bmammographie\b", r"\bfrottis\b"), None),
    "etp": (_re(r"\beducation therapeutique\b", r"\betp\b"), None),
    "expertise": (_re(r"\b(avis|appui|conseil) (d )?(expert|specialis|specialise)", r"\bdispositif expert\b", r"\bappui expert\b",
                      r"\bexpertise\b", r"\bsoins de support\b", r"\bcentre (de reference|maladies rares|expert|de competence)\b", r"\b(informations?|renseignements?) sur (les|la|le)\b", r"\bexpertise\b", r"\bavis specialise\b",
                      r"\bfiliere\b", r"\breseau (regional|de sante)\b", r"\breseau (\w+ ){0,2}(expert|regional)\b", r"\b(interlocuteur|referent|centre) expert\b", r"\bprogramme (\w+ ){0,3}(de |du |pour (le |la |les )?)(depistage|prevention)\b", r"\bprogramme regional\b",
                      r"\b(un |des )?avis (\w+ ){0,3}(soins palliatifs|palliatif|douleur|symptomes)\b", r"\bgestion des symptomes\b", r"\bprotocoles?\b", r"\bformation regionale\b", r"\brcp\b", r"\bdispositif (regional|specifique)\b"), None),
    "prevention": (_re(r"\bprevention\b", r"\batelier", r"\bprevenir (les |la )?(chutes|perte)", r"\bactivites? (physique|sociale|collective)",
                       r"\blien social\b", r"\bsortir de (chez|l isolement)\b", r"\bactivites? culturelles?\b",
                       r"\bvoir du monde\b", r"\b(participer a|faire) des activites\b", r"\b(clubs?|activites|sorties) (\w+ ){0,3}(pour |des |aux )?(les )?(seniors|aines|retraites|personnes agees)\b"), None),
    "professionnel_en_difficulte": (_re(r"\b(je|on|nous|l equipe) ne (sais|sait|savons) plus (quoi faire|comment)", r"\b(je|on|nous) (n y arrive|n y arrivons|n y arrivent) plus\b",
                                        r"\bsituation (bloquee|inextricable)\b",
                                        r"\bmultiples? intervenants?\b", r"\bplusieurs intervenants?\b", r"\brupture(s)? de parcours\b",
                                        r"\bdemuni", r"\bbesoin d (aide|appui) pour coordonner\b", r"\b(manque|absence|pas|besoin|defaut|sans) (de |d )?coordination\b", r"\bechec des aides\b",
                                        r"\bimpasse\b", r"\bdepasse(e|s)?\b(?! (\w+ ){0,2}(ce que|les capacites|les moyens) (\w+ ){0,3}(ssiad|idel?s?|infirmi\w*|sad)\b)", r"\bne (peut|peuvent|pouvons) plus faire face\b",
                                        r"\bsans lien\b", r"\bplusieurs institutions\b",
                                        r"\b(sans que )?personne ne (tient le fil|tienne le fil|coordonne|fait le lien|fasse le lien|a (de |une )?vue d ensemble|pilote)\b",
                                        r"\bchacun (fait sa partie|de son cote|dans son coin|fait de son cote)\b",
                                        r"\bpar quel bout (la )?prendre\b", r"\b(je|il|elle|on) coordonne (tout )?seule?s?\b", r"\b(aucun|pas de) relais\b",
                                        r"\bne se parlent pas\b", r"\bsans coordination\b", r"\b(on|nous) tourn(e|ons) en rond\b",
                                        # sixth blind set: the DAC's own words, several professionals overwhelmed at once
                                        r"\bappui (a la |de )?coordination\b", r"\b(quelqu un|qqn) (qui )?(tienne|tient|tiendrait|tenir) le fil\b",
                                        r"\b(quelqu un|qqn) (qui|pour) (coordonne|coordonner|fasse le lien|faire le lien|regarde la situation globale)\b", r"\bevaluation (globale|multidimensionnelle)\b",
                                        r"\bplan (partage|personnalise de (coordination|sante)|d accompagnement global)\b", r"\bappui pour coordonner\b", r"\bchaque (institution|service|partenaire|acteur) attend\b", r"\b(coordination|coordonner) (de )?(son|leur) parcours\b", r"\b(sais|sait|savons|savent) (pas|plus) qui coordonne\b", r"\bqui coordonne (tout ca|tout cela|l ensemble)\b",
                                        r"\b(sais|sait|savons|savent) (pas|plus) par qui commencer\b", r"\bplusieurs (pros|professionnels)\b", r"\bbesoin d un appui (exterieur|externe)\b", r"\b(rcp|concertation|reunion de synthese)\b.{0,30}\bn a pas suffi\b",
                                        r"\b(ne vient plus|ne se presente plus) (aux|a ses) (consultations|rdv|rendez vous)\b",
                                        r"\b(mt|medecin traitant|neuro\w*|psychiatre|specialiste|equipe|ide|idel|kine)s? et (le |la |les |l )?(mt|medecin traitant|neuro\w*|psychiatre|specialiste|equipe|ide|idel|kine)s? (sont )?(debordes|depasses|satures|epuises)\b"), "professionnel_en_difficulte"),
}

# "son fils handicapé", "trois enfants dont un de 11 ans en situation de handicap": a relative's disability
_HANDICAP_D_UN_PROCHE = re.compile(
    r"\b(son|sa|ses) (fils|fille|mari|epoux|epouse|femme|conjoint|frere|soeur|enfant|enfants)\b( de \d+ ans?)?( (elle|lui) meme)?( qui est| est| a un| atteinte?| \w+)? ?"
    r"(handicap|polyhandicap|trisomi|autis|psh|malvoyant|aveugle|sourd|en fauteuil)"
    r"|\b(enfants?|fils|filles?) dont (\w+ ){1,8}(handicap|polyhandicap|autis|trisomi)")
# "sa fille 19a polyhandicapée" with no other age: the daughter is the person the call is about
_PROCHE_AVEC_AGE = re.compile(r"\b(sa|son|ma|mon) (fille|fils|enfant)( de)? \d{1,2} ?(a|ans)\b")


def _le_proche_est_la_personne(t: str) -> bool:
    """« père au tel : sa fille 19a polyhandicapée »: the only age given is the relative's."""
    return bool(_PROCHE_AVEC_AGE.search(t)) and len(re.findall(r"\b\d{1,3} ?(?:a|ans)\b", t)) == 1


_HANDICAP_DE_LA_PERSONNE = re.compile(r"\b(elle|il) (est|a) (un )?(handicap|polyhandicap|en fauteuil|malvoyant|aveugle)")
_AUTEUR_MSP = re.compile(r"\b(secretari\w*|secretaire|accueil|coordinat\w*|medecins?|infirmi\w*|equipe) (de |d une |de la |du )?(la |une |notre |ma )?(msp|maison de sante|centre de sante)\b|\bnos medecins\b|\bnotre (msp|maison de sante|centre de sante)\b|\b(ide|idec|ipa) (asalee )?(de |d une |de la |du )?(la |une |notre )?msp\b")
_DEMANDE_MSP = re.compile(r"\b(cherche|trouver|orienter vers|besoin d|recherche) (une |un |d une )?(msp|maison de sante|centre de sante|lieu de soins|structure de soins|suivi (pluri\w* )?coordonne)\b")
# Signals whose pattern already expresses absence (no negation check).
_NON_NEGATIFS = {"sans_medecin_traitant", "sans_droits"}
_DIMENSION_PAR_SIGNAL = {nom: dim for nom, (motif, dim) in SIGNAUX.items() if dim}

_RELATIONS = r"(fille|fils|mari|epoux|epouse|femme|conjoint|conjointe|compagnon|compagne|aidant|aidante|aidants|famille|soeur|frere|niece|neveu|belle fille|beau fils|petite fille|petit fils|proche|proches|entourage)"
_AIDANT_EPUISE = re.compile(_RELATIONS + r"\b(?:(?!\b(?:n est|pas|plus|jamais|ni)\b).){0,50}\b(epuise|epuisee|epuises|epuisement|a bout|n en peut plus|deborde|debordee|sature|saturee|craque|s epuise|fatigue|fatiguee|burn ?out|surmene|ne tient plus|lache)"
                            r"|\b(epuisement|saturation|fatigue) (de l aidant|de la fille|du fils|de l epoux|de l epouse|du conjoint|de la famille|familiale|de l entourage|des aidants|de sa fille|de son fils|de son mari|de sa femme)"
                            r"|\baidante? (principale? )?(epuise|epuisee|a bout|sature|saturee)")
_PAS_AIDANT = re.compile(r"\b(pas d|aucun|sans|n a pas d|n a plus d|plus d) ?(aidant|aidante|aidants|famille|entourage|proche)s?\b|\bpersonne (autour|pour l aider)\b|\bseul aidant decede\b")
_AIDANT_PRESENT = re.compile(r"\b(sa|son|ses|la|le|une|un) " + _RELATIONS + r"\b")

_LIEUX = [  # order matters: the first that matches in a clause wins
    ("sans_domicile", _re(r"\bsdf\b", r"\bsans (domicile|abri|logement)\b", r"\ba la rue\b", r"\bdans la rue\b", r"\bsquat",
                          r"\b115\b", r"\bhebergement d urgence\b", r"\b(vit|dort|dorment) dans (sa|une|leur) voiture\b", r"\bdort dehors\b", r"\bsans hebergement\b")),
    ("ehpad", _re(r"\b(en|dans (un|une|l|notre|son|cet|leur)|vit en|vit dans un|residente? (de|d un|en|a l)|a l) (ehpad|usld|maison de retraite)\b",
                  r"\bresidente?\b.{0,25}\b(ehpad|usld|maison de retraite)\b", r"\b(ehpad|usld) ou (elle|il) (vit|reside)\b",
                  r"\ben institution\b", r"\ben residence autonomie\b")),
    ("etablissement_handicap", _re(r"\b(en|au|a l|dans un|dans une) (fam|mas|ime|foyer de vie|foyer d hebergement|foyer medicalise)\b",
                                   r"\binterne (en|a l) (ime|institut)\b")),
    ("hopital", _re(r"\b(actuellement |est |encore )(hospitalise|hospitalisee|a l hopital|aux urgences|en ssr|en smr)\b",
                    r"\bhospitalise(e)? (depuis|actuellement|en ce moment|au|a l|dans)\b", r"\ben cours d hospitalisation\b",
                    r"\bactuellement (au|en) (ch|chu|service|ssr|smr|clinique)\b")),
    ("domicile", _re(r"\ba domicile\b", r"\bau domicile\b", r"\bchez (elle|lui|eux|soi|sa fille|son fils)\b", r"\ba la maison\b",
                     r"\bvit seule?\b", r"\bvivant seule?\b", r"\bvit avec\b", r"\bvivent (seuls|ensemble|a)\b", r"\ben appartement\b",
                     r"\bdans (son|leur) (appartement|logement|pavillon|maison)\b", r"\bretour (a domicile|au domicile|a la maison)\b",
                     r"\b(ssiad|saad|sad|idel?|auxiliaire de vie|aide a domicile|aides a domicile)\b", r"\bmaintien a domicile\b",
                     r"\bdomicile\b", r"\bvit (a|en|au|dans)\b", r"\bhabite\b")),
]

# An EHPAD that is a project, a refusal or an alternative is not where the person lives.
_PROJET_ETABLISSEMENT = re.compile(
    r"\b(entree|entrer|entre|aller|partir|place|placement|admission|inscription|dossier|alternative|eviter|evite|refus\w*|pas|sans|"
    r"demande|recherche|visite\w*|projet|veut|veulent|ne veut)( \w+){0,2} (en |d |l |a l |un |une )?(ehpad|maison de retraite|institution|usld)\b")

_AGE_MOTS = [
    (re.compile(r"\bnonagenaire"), 90), (re.compile(r"\boctogenaire"), 80), (re.compile(r"\bseptuagenaire"), 70),
    (re.compile(r"\bsexagenaire"), 60), (re.compile(r"\bcentenaire"), 100),
]
_TRANCHES_MOTS = [
    ("moins_de_18", _re(r"\b(enfant|bebe|nourrisson|adolescent|adolescente|ado|collegien|collegienne|lyceen|lyceenne|mineur|mineure|fillette|garcon de|petite fille de|petit garcon)\b",
                        r"\bmoins de 18 ans\b")),
    ("60_plus", _re(r"\b(personne agee|personnes agees|pa|senior|seniors|grand age|vieille dame|vieux monsieur|aine|ainee|vieillissant)\b",
                    r"\b(elle|il) est (a la )?retraitee?\b",
                    r"\b(60|soixante) ans (et|ou) plus\b", r"\bplus de ([6-9]\d|1[01]\d)( ans| je (crois|pense))\b",
                    r"\b(dame|monsieur|femme|homme|personne) (tres |bien )?agee?\b",
                    r"\b(la |une )?(soixantaine|septantaine|quatre vingtaine)\b")),
    ("18_59", _re(r"\bentre 18 et 59 ans\b", r"\b(jeune adulte|adulte de moins de 60|moins de 60 ans)\b",
                  r"\b(la |une )?(vingtaine|trentaine|quarantaine|cinquantaine)\b")),
]
_AGE_CHIFFRES = re.compile(r"(?<![\w/])(\d{1,3})(?: ?ans?\b|a\b)")
_AGE_ABREGE = re.compile(r"(?<![\w/])(\d{1,3}) a(?=\s*[,;)/])")  # "Mr G, 88 a, GIR 3": read before the punctuation goes
_AGE_PRONOM = re.compile(r"\b(elle|lui|il|madame|monsieur|mme|m|mr|patiente?|pa|dame) (a )?(\d{2,3})\b(?! ?(rue|avenue|bd|boulevard|euros?|eur|kg|mg|%|heures?|h\b|minutes?|jours?|mois|passages?))")
_AGE_APRES = re.compile(r"\b(age|agee|agees|ages)( de)? (\d{1,3})\b")
_DUREE_AVANT = re.compile(r"\b(depuis|il y a|pendant|durant|dans|en|tous les|toutes les|apres|de plus de|de moins de)\W*((plus de|moins de|presque|environ|pres de)\W+)?$")
# "jeune femme de 27 ans", "mon fils de 9 ans" (written by the parent), "Fille de 12 ans, …" opening the note: the person
_PERSONNE_AVANT = re.compile(r"(\b((jeune|une) (femme|fille)|(mon|ma|notre) (fils|fille|enfant|bebe)|(mon|ma) (mari|epoux|epouse|femme|conjointe?|compagnon|compagne|soeur|frere))|^\W*(fille|fils|garcon|femme|homme|enfant))( de| agee? de| qui a)?\W*$")
_PARENT_AVANT = re.compile(r"\b(fille|fils|epoux|epouse|mari|femme|conjoint|conjointe|compagnon|aidant|aidante|petite fille|petit fils|soeur|frere|niece|neveu)( unique)?( de| agee? de| qui a)?\W*$")


def _ages(t: str) -> list[int]:
    ages = []
    for m in _AGE_CHIFFRES.finditer(t):
        avant = t[max(0, m.start() - 30):m.start()]
        if _DUREE_AVANT.search(avant) or (_PARENT_AVANT.search(avant) and not _PERSONNE_AVANT.search(avant)):
            continue
        valeur = int(m.group(1))
        if 0 < valeur <= 115:
            ages.append(valeur)
    for m in _AGE_PRONOM.finditer(t):
        valeur = int(m.group(3))
        if 18 <= valeur <= 115:
            ages.append(valeur)
    for m in _AGE_APRES.finditer(t):
        valeur = int(m.group(3))
        if 0 < valeur <= 115:
            ages.append(valeur)
    return ages


def _en_chiffres(texte: str) -> str:
    if alpha2digit is None:
        return texte
    try:
        return alpha2digit(texte, "fr")
    except Exception:  # text2num is robust, but a note must never break the analysis
        return texte


_COMPLEXE_OUI = _re(r"\bcomplexe\b", r"\bcompliquee?\b", r"\bplusieurs (problemes|difficultes|dimensions|problematiques)", r"\bintriqu",
                    r"\b(je|on|nous) (ne sais|ne sait|ne savons|n y arrive|n y arrivons) plus\b", r"\bmultiples? (problemes|difficultes|problematiques)")
_COMPLEXE_NON = _re(r"\b(pas|plutot pas|non|rien de|rien d autre de) (plus |tres |si )?(\w+ment )?(complexe|complique)", r"\b(pas|aucun|aucune|sans) (de |d )?(\w+ ){0,4}(complexe|complique)e?s?\b", r"\bsans (que (ce soit|la situation soit)|etre) (complexe|compliquee?)",
                    r"\brien (d autre|de plus)\b", r"\bpas d autre difficulte\b", r"\b(pas|aucune) (de |d )?(autres? )?difficultes? (\w+ (ni \w+ )?)?particulieres?\b", r"\btout (va|se passe) bien\b",
                    r"\bc est (juste|seulement|uniquement) (pour|administratif)", r"\bc est administratif\b", r"\brien d urgent\b", r"\bsimple\b", r"\bjuste (un|une|le|la|besoin|pour)\b(?! (cousine?|soeur|frere|fille|fils|niece|neveu|voisine?|amie?|tante|oncle|heure|fois|passage|personne|aide)s?\b)",
                    r"\buniquement (un|une|le|la|pour|besoin)\b(?! (cousine?|soeur|frere|fille|fils|niece|neveu|voisine?|amie?|tante|oncle|heure|fois|passage|personne|aide)s?\b)", r"\bseulement (un|une|le|la|pour|besoin)\b(?! (cousine?|soeur|frere|fille|fils|niece|neveu|voisine?|amie?|tante|oncle|heure|fois|passage|personne|aide)s?\b)", r"\bun seul (besoin|probleme)\b",
                    r"\bbesoin ponctuel\b")
_OUI = _re(r"^(oui|ouais|yes|absolument|tout a fait|exact|exactement|effectivement|bien sur|en effet|c est ca|affirmatif|ok)\b", r"^o$",
           r"^(plutot|je pense que|je crois que|a priori|sans doute|probablement) oui\b")
_NON = _re(r"^(non|nan|no|pas du tout|absolument pas|aucun|aucune|negatif|pas vraiment)\b", r"^n$",
           r"^(plutot|je pense que|je crois que|a priori|sans doute|probablement) (non|pas)\b", r"^je ne (pense|crois) pas\b")
NE_SAIT_PAS = _re(r"\b(je ne sais pas|je sais pas|j sais pas|sais pas|aucune idee|pas sur|pas sure|nsp|ne sais pas|inconnu|on ne sait pas|je ne suis pas sur|je l ignore|pas d info)\b")


# « Est-ce que le volet 2 du CRT intervient à Étampes ? J'ai une patiente GIR 3… »: a question about the one
# dispositif named, asked with a situation; the answer starts with that dispositif (regles.cites)
_PHRASE = re.compile(r"[^.!?\n;:]*[.!?\n;:]?")  # « déjà suivie par nous (DAC) ; … qui pour le renfort ? »: the question is its own clause
_FORME_QUESTION = re.compile(r"\?\s*$|^\W*(est ce qu|peut on|pouvez vous|faut il)\b")
_QUESTION_SUR_D_AUTRES = re.compile(r"\b(qui d autre|quoi d autre|quels? autres?|quelles? autres?|en plus d|a part)\b")  # « avec le DAC, qui d'autre associer ? »


def _question_sur_le_cite(texte: str, cites: list[str]) -> bool:
    if len(cites) != 1:
        return False
    for phrase in _PHRASE.findall(texte):
        n = normaliser(phrase)
        if n and codes_nommes(n) == cites and _FORME_QUESTION.search(phrase.strip().lower().replace("-", " ").replace("'", " ")) \
                and not _QUESTION_SUR_D_AUTRES.search(n):
            return True
    return False


def extraire(texte: str, champ_attendu: str | None = None) -> Faits:
    """Facts stated in `texte`. `champ_attendu` is the question just asked, which
    gives short answers their meaning ("oui", "84", "Étampes", "je ne sais pas")."""
    faits = Faits()
    brut = _AGE_ABREGE.sub(r"\1 ans", texte or "")
    t = normaliser(_en_chiffres(brut))
    if not t:
        return faits
    t_complexite = re.sub(r"\b(pansements?|soins|plaies?|gestes?|traitements?|fractures?|eventrations?|operations?|chirurgies?|interventions?|hernies?|"
                          r"infections?|grossesses?|accouchements?|suites? operatoires?)( \w+){0,2} (complexes?|compliquee?s?)\b", " ", t)
    # "on ne sait plus à quel guichet les envoyer": a question of entry point, not of complexity
    t_complexite = re.sub(r"\bne (sais|sait|savons) plus (a quel guichet|par ou commencer|a quelle porte|ou s adresser)", " ", t_complexite)
    clauses = _clauses(_en_chiffres(brut))
    court = len(t.split()) <= 6

    # -- answer to the question just asked ------------------------------------------------
    nsp = bool(NE_SAIT_PAS.search(t)) and court
    oui, non = bool(_OUI.search(t)), bool(_NON.search(t))
    if champ_attendu == "aidant_epuise":
        if nsp:
            faits.aidant_epuise = INCONNU
        elif _PAS_AIDANT.search(t):
            faits.aidant_epuise, faits.aidant_present = False, False
        elif oui:
            faits.aidant_epuise, faits.aidant_present = True, True
        elif non:
            faits.aidant_epuise = False
    elif champ_attendu == "complexite":
        if nsp:
            faits.complexite = INCONNU
        elif oui and not _COMPLEXE_NON.search(t):
            faits.complexite = True
        elif non or _COMPLEXE_NON.search(t):
            faits.complexite = False
    elif champ_attendu == "age" and nsp:
        faits.tranche_age = INCONNU
    elif champ_attendu == "lieu_de_vie" and nsp:
        faits.lieu_de_vie = INCONNU
    if champ_attendu == "age":
        seul = re.match(r"^(?:il a |elle a |environ |a peu pres |vers )?(\d{1,3})(?: ans?)?(?:\b|$)", t)
        if seul and 0 < int(seul.group(1)) <= 115 and not re.search(r"\b\d+ (mois|semaines|jours)\b", t):
            faits.age = int(seul.group(1))
    if re.search(r"\b(bebe|nourrisson|enfant|ne|nee|agee?|fils|fille|garcon|petite?)( de| a)? \d{1,2} (mois|semaines|jours)\b|^\d{1,2} (mois|semaines|jours)\b", t):
        faits.tranche_age = "moins_de_18"

    # -- age --------------------------------------------------------------------------------
    ages = _ages(t)
    correction = _age_corrige(t)
    if correction:
        faux, juste = correction
        ages = [juste] + [a for a in ages if a not in (faux, juste)]
    if not ages:
        # only a spouse's age ("épouse de 82 ans"): the couple's age group is known
        conjoint = re.search(r"\b(epoux|epouse|mari|femme|conjointe?|compagne?|compagnon) (de |agee? de )?(\d{2,3}) ans?\b", t)
        if conjoint and int(conjoint.group(3)) >= 60:
            faits.tranche_age = "60_plus"
    if ages:
        faits.age = faits.age if faits.age is not None else ages[0]
        faits.plusieurs_personnes = len(set(ages)) > 1 and bool(re.search(r"\b(couple|et (son|sa) (epouse|mari|femme|conjoint)|monsieur et madame|m et mme|tous les deux|les deux)\b", t))
    elif faits.age is None:
        for motif, valeur in _AGE_MOTS:
            if motif.search(t):
                faits.age = valeur
                faits.tranche_age = "60_plus" if valeur >= 60 else None
                faits.age = None  # "octogénaire" is a range, not an age
                break
        if faits.tranche_age in (None, INCONNU):
            for tranche, motif in _TRANCHES_MOTS:
                if motif.search(t):
                    faits.tranche_age = tranche
                    break
    if re.search(r"\b(couple|monsieur et madame|m et mme|mr et mme|les deux conjoints|tous les deux)\b", t):
        faits.plusieurs_personnes = True

    # -- lieu de vie -------------------------------------------------------------------------
    clauses_lieu = [_PROJET_ETABLISSEMENT.sub(" ", c) for c in clauses]
    for lieu, motif in _LIEUX:
        if _cherche(motif, clauses_lieu) == "oui":
            faits.lieu_de_vie = lieu
            break
    if faits.lieu_de_vie == "hopital" and re.search(r"\b(retour|sortie|rentrer|rentre|sortir) (a|au|a la)? ?(domicile|maison)\b", t):
        faits.lieu_de_vie = "domicile"  # hospitalised now, going home: the home is what we organise

    # -- signals ----------------------------------------------------------------------------
    for nom, (motif, _dim) in SIGNAUX.items():
        if nom == "aidant_epuise":
            continue
        if nom in _NON_NEGATIFS:
            if any(motif.search(c) for c in clauses):
                faits.signaux.append(nom)
            continue
        r = _cherche(motif, clauses)
        if r == "oui":
            faits.signaux.append(nom)
        elif r == "non" and not court:
            faits.signaux.append("-" + nom)
    if "handicap" in faits.signaux and _HANDICAP_D_UN_PROCHE.search(t) and not _HANDICAP_DE_LA_PERSONNE.search(t) \
            and not _le_proche_est_la_personne(t):
        faits.signaux.remove("handicap")
        faits.signaux.append("handicap_proche")
        if "handicap_de_vie" in faits.signaux:
            faits.signaux.remove("handicap_de_vie")  # the relative's IME or autism, not the person's
    if "professionnel_en_difficulte" in faits.signaux and re.search(r"\b(pas|plutot pas|non) (complexe|complique)", t):
        faits.signaux.remove("professionnel_en_difficulte")
    if "sante_mentale" in faits.signaux and re.search(r"\b(suivi|traitement) (psy\w*|psychiatrique) (\w+ )?(termine|fini|clos|arrete)\b", t) \
            and re.search(r"\b(va bien|stable|aucune idee|plus de symptome)", t):
        faits.signaux.remove("sante_mentale")
    if "dossier_apa" in faits.signaux and re.search(r"\b(apa|aides?)( \w+)? (non|pas) (necessaire|utile|demandee?s?)\b", t) \
            and len(SIGNAUX["dossier_apa"][0].findall(t)) == 1:
        faits.signaux.remove("dossier_apa")
    if "had" in faits.signaux and re.search(r"\b(had|hospitalisation a domicile)\b[^|]{0,40}\b(en (19|20)\d\d|terminee?|finie?|il y a \w+ (ans|mois)|autrefois)\b", t) \
            and len(SIGNAUX["had"][0].findall(t)) == 1:
        faits.signaux.remove("had")
    # the writer works in an MSP ("secrétariat MSP Épinal : ..."): that is who asks, not what is asked
    if "msp" in faits.signaux and _AUTEUR_MSP.search(t) and not _DEMANDE_MSP.search(t):
        faits.signaux.remove("msp")
    # "voir son médecin traitant…, mais il n'en a plus": the two halves are separate clauses
    if re.search(r"\b(mt|medecin traitant|generaliste)\b.{0,60}\b(il|elle|ils|elles) n en (a|ont) (plus|pas|aucun)\b(?! besoin)", t) \
            and "sans_medecin_traitant" not in faits.signaux:
        faits.signaux.append("sans_medecin_traitant")
    faits.cites = codes_nommes(t)
    if _question_sur_le_cite(texte or "", faits.cites):
        faits.signaux.append("question_sur_le_dispositif_cite")
    # "refuse la téléassistance": an aid refused is not a request for it
    if "dossier_apa" in faits.signaux and all(re.search(r"\brefus\w*( \w+){0,2} $", t[max(0, m.start() - 30):m.start()])
                                              for m in SIGNAUX["dossier_apa"][0].finditer(t)):
        faits.signaux.remove("dossier_apa")

    # -- aidant -------------------------------------------------------------------------------
    if _PAS_AIDANT.search(t):
        faits.aidant_present = False
        if faits.aidant_epuise is None:
            faits.aidant_epuise = False
    else:
        r = _cherche(_AIDANT_EPUISE, clauses)
        if r == "oui":
            faits.aidant_epuise, faits.aidant_present = True, True
            faits.signaux.append("aidant_epuise")
        elif r == "non" and faits.aidant_epuise is None:
            faits.aidant_epuise = False
        elif _AIDANT_PRESENT.search(t) and faits.aidant_present is None:
            faits.aidant_present = True
    if re.search(r"\b(aidant|aidante|fille|fils|famille|epoux|epouse|conjoint)\b.{0,30}\b(tient le coup|va bien|gere bien|present(e)? et (disponible|solide))", t):
        faits.aidant_epuise = False if faits.aidant_epuise is None else faits.aidant_epuise
    if "repit" in faits.signaux and faits.aidant_epuise is None and re.search(r"\b(aidant|aidante|fille|fils|epoux|epouse|mari|femme|conjoint)\b", t):
        faits.aidant_epuise = True

    if faits.aidant_epuise is None and (re.search(r"\b(est|etant) (l |la seule |le seul )?aidante? (de|d)\b", t)
                                        and re.search(r"\b(elle|il) (s epuise|est epuisee?|n en peut plus|craque|est a bout)\b", t)
                                        or re.search(r"\bs (en )?occupe\w* (\w+ ){0,4}(jour et nuit|24 ?h ?sur 24|seule? (jour|nuit))\b", t)):
        faits.aidant_epuise = True  # the person is herself the exhausted carer of a relative

    # -- complexity ----------------------------------------------------------------------------
    dimensions = {_DIMENSION_PAR_SIGNAL[s] for s in faits.signaux if s in _DIMENSION_PAR_SIGNAL} \
        | ({"familiale"} if faits.aidant_epuise is True else set()) \
        | ({"logement"} if faits.lieu_de_vie == "sans_domicile" else set())
    for dimension, nom in (("sociale", "social"), ("familiale", "familial"), ("psychologique", "psychologique"), ("logement", "logement")):
        if re.search(rf"\b(pas de|aucune?|sans) (problematique|difficulte|probleme|souci)s? {nom}\w*\b", t):
            dimensions.discard(dimension)  # "pas de problématique sociale": said, so not counted
    if "medicale" in dimensions and re.search(r"\b(medicalement )?(stable|stabilise|bien suivie?|bien equilibree?)\b", t) \
            and not re.search(r"\b(pas|plus|non|peu) (\w+ )?(stable|stabilise|bien suivie?|equilibree?)\b", t):
        dimensions.discard("medicale")  # "monsieur stable, bien suivi": the medical side is in hand
    faits.dimensions = sorted(dimensions)
    if champ_attendu != "complexite":
        if _COMPLEXE_NON.search(t_complexite) and not _COMPLEXE_OUI.search(_COMPLEXE_NON.sub(" ", t_complexite)):
            faits.complexite = False
        elif _cherche(_COMPLEXE_OUI, [c for c in _clauses(t_complexite)]) == "oui":
            faits.complexite = True
    return faits


_PAS_UNE_DIFFICULTE = {"question_sur_le_dispositif_cite", "deficience_acquise", "projet_de_vie", "guichet_unique", "had_demandee", "soins_techniques", "depistage", "ou_envoyer", "suivi_ville_interrompu", "had_en_place", "coordination_demandee", "soutien_aidant", "handicap_de_vie", "projet_territorial", "besoin_soins", "etp", "revision_plan_aide", "prevention", "dac_implique", "sante_mentale_suivie", "sensibilisation_professionnels", "repit", "rupture_accompagnement", "accompagnement_renforce_demande",
                       "dossier_apa"}  # a project or a request, not a difficulty


def complexite_estimee(faits: Faits) -> bool | None:
    """Complexity judged from the description when not said explicitly: several
    dimensions (medical, social, psychological, family, housing) or a professional
    who can no longer cope (003: « parcours de santé complexes » ; 001: « personnes
    qui cumulent plusieurs difficultés »)."""
    if faits.complexite in (True, False):
        return faits.complexite
    dimensions = set(faits.dimensions)
    positifs = [s for s in faits.signaux if not s.startswith("-") and s not in _PAS_UNE_DIFFICULTE]
    besoins_simples = {"sans_medecin_traitant", "soins_non_programmes", "dossier_apa", "repit", "had", "sans_droits",
                       "prevention", "expertise", "handicap", "sante_mentale", "addiction", "fin_de_vie", "cancer",
                       "diabete", "perinatalite", "neurologie", "sep", "maladie_renale", "sortie_hospitalisation",
                       "plaies", "maladie_rare", "maladie_respiratoire", "projet_territorial"}
    if not dimensions - {"medicale"} and len(positifs) <= 2 \
            and (not dimensions or any(faits.a(s) for s in besoins_simples)):
        return False  # one identified need, nothing else: not a complex situation (subsidiarity, 003)
    autres = dimensions - {"professionnel_en_difficulte"}
    if "professionnel_en_difficulte" in dimensions and autres:
        return True   # professionals who can no longer cope, on top of a real difficulty
    if len(autres) >= 3:
        return True   # medical + social + family (Mme L: falls, cognition, alone, exhausted daughter)
    if len(autres) == 2 and autres & {"sociale", "psychologique", "logement"} and len(positifs) >= 3:
        return True   # e.g. chronic disease + precariousness + no access to rights (M. A)
    return None
