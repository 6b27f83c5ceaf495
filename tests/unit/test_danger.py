"""Danger detection (knowledge/danger.py): each category and its national number."""
from __future__ import annotations

import pytest

from knowledge.analyse import analyser
from knowledge.danger import alerte, detecter

CAS = [
    ("15", "urgence_vitale", "il ne respire plus"),
    ("15", "urgence_vitale", "elle a fait une perte de connaissance ce matin"),
    ("15", "urgence_vitale", "douleur thoracique intense depuis une heure"),
    ("3114", "suicide", "il parle de se suicider"),
    ("3114", "suicide", "elle dit qu'elle veut mourir"),
    ("3114", "suicide", "il a des idées noires depuis son veuvage"),
    ("3977", "maltraitance", "suspicion de maltraitance par l'auxiliaire de vie"),
    ("3977", "maltraitance", "des bleus inexpliqués sur les bras"),
    ("3977", "maltraitance", "abus de faiblesse par un voisin qui gère ses comptes"),
    ("119", "enfant_en_danger", "enfant en danger au domicile"),
    ("119", "enfant_en_danger", "suspicion de bébé secoué"),
    ("119", "enfant_en_danger", "information préoccupante à faire pour la petite"),
    ("3919", "violences_conjugales", "violences conjugales depuis des années"),
    ("3919", "violences_conjugales", "son mari la frappe"),
    ("3919", "violences_conjugales", "elle est battue par son conjoint"),
]


@pytest.mark.parametrize("numero, motif, texte", CAS)
def test_chaque_categorie_donne_son_numero(numero, motif, texte):
    u = detecter(texte)
    assert u is not None, texte
    assert (u.numero, u.motif) == (numero, motif)
    assert numero in u.texte  # the message itself gives the number


def test_payload_urgence():
    p = detecter("il parle de se suicider").payload()
    assert set(p) == {"motif", "numero", "texte"} and p["numero"] == "3114"


def test_urgence_dans_une_note_complete():
    r = analyser("Mme 84 ans à Étampes, vit seule, chutes ; elle dit qu'elle veut en finir.")
    assert r["urgence"]["numero"] == "3114"
    assert r["recommandations"][0]["type"] == "URGENCE"
    assert r["recommandations"][0]["contact"]["telephone"] == "3114"
    assert r["prochaine_question"] is None


@pytest.mark.parametrize("texte", [
    "pas d'idées suicidaires",
    "pas de risque suicidaire",
    "ne présente pas d'idées noires",
    "pas de maltraitance",
    "sans signe de maltraitance",
    "Mme 84 ans, humeur triste mais pas d'idées suicidaires, pas de maltraitance repérée",
])
def test_negations_explicites_pas_d_alerte(texte):
    assert detecter(texte) is None


@pytest.mark.parametrize("texte", [
    "aucune idée suicidaire",
    "pas d'idée suicidaire",
    "nie toute idée suicidaire",
    "absence d'idées suicidaires",
])
def test_negations_explicites_au_singulier(texte):
    # At commit 42d5c3e these raised a 3114 alert (_NEGATIONS knew only the plural and not "absence").
    assert detecter(texte) is None


@pytest.mark.parametrize("texte", [
    "Mme L, 84 ans, seule à domicile à Étampes, chutes, troubles cognitifs, fille épuisée",
    "Monsieur 88 ans à Champcueil, SSIAD et SAAD ne suffisent plus",
    "Patient de 50 ans sans médecin traitant, besoin simple",
    "Jeune homme de 25 ans en situation de handicap, cherche un accueil de jour",
    "Patiente diabétique, sortie d'hospitalisation prévue vendredi, IDE à domicile",
    "Monsieur 80 ans en fin de vie à domicile, soins palliatifs, épouse fatiguée",
    "Mme 70 ans, troubles du comportement, refus des aides, logement encombré",
])
def test_notes_ordinaires_sans_alerte(texte):
    assert detecter(texte) is None


def test_prendre_sa_retraite_n_est_pas_une_maltraitance():
    assert detecter("Sa fille prend sa retraite en juin et pourra s'occuper davantage de sa mère.") is None


@pytest.mark.parametrize("texte", ["suspicion de maltraitance", "des bleus inexpliqués", "son père le frappe"])
@pytest.mark.parametrize("age", [8, 17])
def test_maltraitance_d_un_enfant_119(texte, age):
    u = detecter(texte, age=age)
    assert (u.numero, u.motif) == ("119", "enfant_en_danger")


@pytest.mark.parametrize("age", [18, 80, None])
def test_maltraitance_d_un_adulte_3977(age):
    assert detecter("suspicion de maltraitance", age=age).numero == "3977"


def test_maltraitance_enfant_age_lu_dans_la_note():
    r = analyser("Garçon de 9 ans, suspicion de maltraitance par le compagnon de sa mère")
    assert r["urgence"]["numero"] == "119"


def test_texte_vide():
    assert detecter("") is None and detecter("   ") is None


@pytest.mark.parametrize("texte, numero", [
    ("il a les lèvres toutes bleues et il respire lentement", "15"),
    ("monsieur se tient la poitrine et transpire, ça lui serre jusque dans la mâchoire", "15"),
    ("elle est allongée au sol et ne répond pas quand je lui parle", "15"),
    ("sat à 84 sous oxygène, il n'arrive plus à finir ses phrases", "15"),
    ("depuis ce matin sa bouche tombe et elle parle bizarre", "15"),
    ("il a donné sa montre à son voisin parce qu'il n'en aura plus besoin", "3114"),
    ("elle dit que bientôt tout sera réglé et a laissé une lettre pour sa fille", "3114"),
    ("les deux petits sont seuls dans l'appartement depuis samedi", "119"),
    ("son compagnon lui interdit de voir ses amies et lui a tordu le poignet", "3919"),
    ("son neveu garde toute sa retraite et le fait dormir dans la cave", "3977"),
    ("l'aidant a perdu patience et l'a secouée par les épaules", "3977"),
    ("la dame reste enfermée seule toute la nuit", "3977"),
])
def test_formulations_indirectes_du_second_jeu_aveugle(texte, numero):
    u = detecter(texte)
    assert u is not None and u.numero == numero


@pytest.mark.parametrize("texte", [
    "Mme de 62 ans, crise de goutte, ne peut plus poser le pied par terre, son médecin ne répond pas.",
    "Leur fils de 15 ans est seul à la maison l'après-midi.",
    "Le DAC ne répond pas au téléphone depuis ce matin.",
])
def test_pas_de_fausse_alerte(texte):
    assert detecter(texte) is None


def test_bleus_sur_un_bebe_sans_age_en_chiffres_119():
    u = detecter("Bébé de 5 semaines avec des bleus sur les cuisses, le père dit qu'il se cogne.")
    assert u is not None and u.numero == "119"


def test_enfants_adultes_maltraitants_d_une_personne_agee_3977():
    u = detecter("ses enfants lui prennent ses économies et la frappent")
    assert u is not None and u.numero == "3977"


def test_filet_nlu_demande_un_indice_ou_une_forte_confiance():
    # a neutral short answer the NLU guesses at 0.5: no alert without a clue in the words
    assert alerte("pas un patient, une population", None, "report_danger", 0.5) is None
    # the same guess with a clue still alerts (the net exists for phrasings the patterns miss)
    assert alerte("elle n'a plus envie de vivre comme ça", None, "report_danger", 0.55) is not None
    # a strong guess alerts on its own, with every number since nothing says which danger
    u = alerte("je ne sais plus quoi faire avec lui ce soir", None, "report_danger", 0.9)
    assert u is not None and u.numero == "15"


# Indirect signs found by the third, fourth and fifth blind sets, written here in other words.
SIGNES_INDIRECTS = [
    # third blind set
    ("3114", "suicide", "il est passé offrir sa montre à mon fils et m'a dit merci pour tout, au revoir"),
    ("3114", "suicide", "elle a réglé ses obsèques et donné ses bijoux à ses petites-filles"),
    ("3114", "suicide", "il m'a dit qu'il avait tout prévu pour dimanche et qu'il a écrit des lettres"),
    ("3114", "suicide", "elle répète « bientôt je ne vous dérangerai plus »"),
    ("3977", "maltraitance", "son petit-fils garde sa carte bleue et elle n'a plus de quoi manger"),
    ("3977", "maltraitance", "des marques de doigts sur les bras du résident après les week-ends"),
    ("119", "enfant_en_danger", "nourrisson de 3 mois avec des ecchymoses sur le dos, les parents n'expliquent rien"),
    ("119", "enfant_en_danger", "un homme rencontré sur internet lui demande des photos et veut la rencontrer, elle a 12 ans"),
    ("17", "danger_immediat", "son fils est ivre et la menace avec un couteau dans la cuisine"),
    ("17", "danger_immediat", "un homme crie qu'il va la tuer et essaie d'entrer dans l'appartement"),
    ("15", "urgence_vitale", "elle vient d'avaler une boîte entière de somnifères, elle est somnolente"),
    ("15", "urgence_vitale", "trouvé par terre, glycémie à 0,30, il répond à peine"),
    ("3919", "violences_conjugales", "son mari contrôle tout, il lui a pris les clés de la voiture"),
    # fourth blind set
    ("15", "urgence_vitale", "depuis ce matin sa bouche part sur le côté et il ne bouge plus le bras droit"),
    ("15", "urgence_vitale", "retrouvée par terre dans la salle de bain, froide, elle répond mal"),
    ("17", "danger_immediat", "le petit-fils a bu, il hurle et tape dans la porte de la chambre"),
    ("119", "enfant_en_danger", "bébé de 2 mois seul dans l'appartement depuis ce matin"),
    ("3919", "violences_conjugales", "le conjoint répond à sa place à chaque rendez-vous, elle a peur de rentrer"),
    ("3977", "maltraitance", "sa fille l'attache au fauteuil toute la journée quand elle part travailler"),
    ("3977", "maltraitance", "depuis que son neveu vit chez elle, elle n'a plus sa carte bleue"),
    # fifth blind set
    ("119", "enfant_en_danger", "une marque de brûlure ronde sur le bras, il dit que c'est papa quand il est fâché"),
    ("119", "enfant_en_danger", "je pense qu'un enfant de 6 ans est en danger chez lui, la mère est absente"),
    ("119", "enfant_en_danger", "elle a 14 ans, son beau-père entre dans sa chambre la nuit, elle dort habillée"),
    ("3919", "violences_conjugales", "son compagnon lui prend son portable et l'attend devant la porte, marques rouges sur le cou"),
    ("3919", "violences_conjugales", "son conjoint garde son salaire, elle redoute chaque soir de rentrer"),
]


@pytest.mark.parametrize("numero, motif, texte", SIGNES_INDIRECTS)
def test_signes_indirects_donnent_le_bon_numero(numero, motif, texte):
    u = detecter(texte)
    assert u is not None and (u.numero, u.motif) == (numero, motif), (texte, u)


# Near-misses of the same sets: alarming words, no danger.
QUASI_DANGERS = [
    "idées noires il y a une dizaine d'années, elle va bien aujourd'hui",
    "il voudrait en finir avec ces piqûres d'insuline, il aimerait un programme d'éducation",
    "des bleus aux tibias, il fait du foot trois fois par semaine",
    "des bleus sur les avant-bras, elle est sous AVK et se cogne souvent, le MT surveille l'INR",
    "l'école a évoqué une maltraitance mais le pédopsychiatre a confirmé des crises sensorielles",
    "élève hémophile, il a souvent des bleus sur les jambes, c'est connu et suivi",
    "GIR 2, troubles du comportement la nuit, la nièce qui s'en occupait ne répond plus",
    "schizophrénie, il a arrêté son traitement, il reste enfermé chez lui mais ne menace personne",
    # sixth to eighth blind sets: one sign alone, or explained
    "Mme 81 ans, hématomes sur les avant-bras après sa chute de mardi, radio normale.",
    "M. 70 ans, c'est sa fille qui gère sa retraite depuis son AVC, tout se passe bien.",
    "Mme 85 ans sous anticoagulants, bleus sur les bras ; sa fille tient son chéquier depuis l'an dernier.",
    # training, a figure of speech, a palliative wish, a dated or resolved past, a denied idea, self-isolation
    "Nous organisons une formation de nos équipes sur la prévention de la maltraitance.",
    "Il dit en riant que ce travail va le tuer.",
    "Mme 80 ans en soins palliatifs, elle veut finir sa vie chez elle, la famille est d'accord.",
    "Douleur thoracique en février, bilan cardiologique normal ; il cherche un médecin traitant.",
    "M. 70 ans : douleur thoracique il y a 10 jours, bilan normal ; il cherche un médecin traitant.",
    "Mme 45 ans, séparée depuis quatre ans d'un ex-mari violent, plus aucun contact ; elle cherche un médecin traitant.",
    "Lycéenne de 17 ans, crises d'angoisse ; interrogée sur des idées suicidaires : non.",
    "Jeune homme de 22 ans, enfermé dans sa chambre depuis des mois, jamais vu de psychiatre.",
    # ninth and tenth blind sets: a typing slip, a figure of speech, a fall seen by a doctor, a dated pain
    "Mme Roux, 71 ans (faute de frappe : 77), cherche un médecin traitant à Reims.",
    "Il dit qu'il veut en finir... avec son jardin trop grand, il voudrait un appartement.",
    "Des hématomes sur la cuisse : il est tombé de sa chaise vendredi, vu aux urgences, radio normale.",
    "Une douleur dans la poitrine mardi dernier, bilan fait, rien de cardiaque ; elle cherche un MT.",
    "Mme 60 ans, a été victime de violences conjugales, divorcée depuis vingt ans ; elle cherche une kiné.",
    "Elle se réveille pas la nuit pour ses médicaments, il faudrait un passage infirmier le soir.",
    "Il va me tuer ce formulaire MDPH, qui peut m'aider à le remplir pour M. 52 ans ?",
    "M. 40 ans, trouble bipolaire stabilisé, son traitement est bientôt fini et il n'a plus de psychiatre.",
    "Nos infirmiers voudraient être formés au repérage de la crise suicidaire, qui peut nous appuyer ?",
    "Une sensibilisation de nos aides à domicile à la fin de vie, à la souffrance psychique et au repérage des idées suicidaires des personnes âgées.",
    "Sa fille a frappé à toutes les portes, personne ne peut augmenter les heures d'aide.",
    "Mme 39 ans, a quitté il y a cinq ans un compagnon violent, aucun contact depuis ; elle cherche un médecin traitant.",
    # one suicidal warning sign alone stays silent
    "Mme 78 ans a mis ses papiers en ordre pour le dossier APA ; elle a reçu une lettre de la CAF.",
    "Il a vendu sa voiture car il ne conduit plus depuis sa cataracte.",
    "Elle se dit fatiguée de tout depuis l'hiver, le MT a revu son traitement.",
    # sets 23 and 24, in other words
    "Soyons clairs, personne ne le maltraite : on n'est simplement pas d'accord entre frères sur l'EHPAD.",
    "ATCD de violences conjugales il y a longtemps, elle est séparée et en sécurité ; elle cherche un médecin traitant.",
    "Douleur thoracique hier soir, vu aux urgences, examens normaux ; il va bien et cherche un médecin traitant.",
    # set 25, in other words
    "Le petit est très attaché à sa famille d'accueil, il y est en sécurité ; c'est l'école qui pose problème.",
    "Ses enfants se demandaient s'il était maltraité à la résidence ; l'enquête interne n'a rien montré, ils sont rassurés.",
]


@pytest.mark.parametrize("texte", QUASI_DANGERS)
def test_quasi_dangers_sans_alerte(texte):
    assert detecter(texte) is None


# Sixth blind set onwards, written here in other words: a « faisceau d'indices » (two kinds of
# signs together, or two signs of control or neglect) and signs the patterns now read.
SIGNES_DES_JEUX_AVEUGLES = [
    ("3977", "Mme 81 ans, hématomes sur les avant-bras, et depuis que sa petite-fille gère sa retraite elle n'a plus un sou."),
    ("3977", "Résident de 40 ans en foyer, il se met à trembler quand son oncle vient le chercher, et il a des griffures au cou."),
    ("3977", "M. 77 ans GIR 2, je le trouve couvert de ses urines chaque matin et son fils m'a interdit de revenir."),
    ("119", "Élève de CM1, des brûlures sur les mains, elle dit qu'elle ne doit le dire à personne."),
    ("3919", "Mme 33 ans, des bleus aux bras ; son compagnon lui a confisqué son passeport."),
    ("3977", "Mme 88 ans, GIR 1 : rien à manger au frigo et la sonnette hors de portée quand je passe."),
    ("3977", "M. 80 ans : chèques signés à son ordre par un voisin, il ne sait plus où est sa carte bleue."),
    ("119", "Garçon de 10 ans, il m'a dit qu'il voulait pas rentrer chez lui ce soir."),
    ("15", "Un homme allongé dans le hall, il ne réagit pas quand on le secoue."),
    ("3114", "M. 60 ans, il a rangé ses papiers chez le notaire et m'a dit « vous ne me reverrez plus » ; il a des carabines chez lui."),
    ("15", "Mme 85 ans, au sol depuis cette nuit, elle n'arrive pas à se relever."),
    ("15", "Mon fils de 3 ans a avalé plusieurs comprimés de somnifère, il est tout mou."),
    ("119", "Élève de 12 ans : son père est parti depuis deux semaines, elle s'endort en classe et ne mange qu'à la cantine."),
    ("3977", "Résidente de 30 ans en foyer, déficience intellectuelle : elle remet sa pension à un voisin et se cache quand il vient."),
    ("3114", "Il a fait une tentative de suicide il y a dix jours, il rentre chez lui seul."),  # recent: still an alert
    # ninth and tenth blind sets, in other words
    ("119", "Collégienne de 13 ans, des marques sur l'avant-bras qu'elle cache ; elle refuse d'en parler."),
    ("119", "Élève de 11 ans : il a demandé à dormir chez un copain pour ne pas rentrer chez lui, et il a des bleus au dos."),
    ("3919", "Mme 35 ans, des hématomes, toujours la même excuse ; son mari lui a arraché son portable devant nous."),
    ("3919", "Mme 29 ans, un bleu au visage, son copain l'attend dehors ; elle m'a dit tout bas : « s'il sait que je suis venue, il me tue »."),
    ("3114", "Il m'a dit que s'il n'était plus là ce serait plus simple, et qu'il a déjà pensé à comment faire."),
    ("3114", "Ado de 15 ans : message « merci pour tout, je t'aime », elle a donné sa console à son frère."),
    ("3114", "Elle m'a confié ses plantes en disant qu'elle en aura plus besoin ; bientôt ce sera plus simple pour tout le monde."),
    ("15", "Mme 82 ans sous Eliquis, chute dans l'escalier ce matin, elle saigne de la tête."),
    ("15", "Il est tombé hier soir, depuis il a vomi trois fois et il s'endort quand on lui parle."),
    ("3977", "Résident de 84 ans : un aide-soignant le malmène à la toilette, il a des marques et a peur qu'il revienne."),
    # eleventh blind set, in other words
    ("3977", "M. 83 ans : sa petite-fille garde sa carte bancaire, des marques sur ses avant-bras ; quand elle arrive il se tait."),
    ("119", "Élève de 9 ans, des traces sur son dos en forme de ceinture ; il ne veut rien dire."),
    ("15", "Le monsieur est au sol dans l'entrée, il répond pas quand je l'appelle."),
    ("15", "Mon collègue diabétique est trempé de sueur et dit n'importe quoi."),
    ("17", "Deux individus sont entrés de force chez ma voisine, j'entends des cris."),
    # spoken French without « ne », and signs in other words
    ("15", "Mon père respire plus, venez vite."),
    ("15", "Elle se réveille pas, même quand je la secoue."),
    ("3114", "Depuis la mort de sa femme il se laisse mourir, il dit que personne ne le regrettera."),
    ("119", "Garçon 9 ans, des bleus aux bras, il a peur de rentrer chez lui le soir."),
    # twelfth blind set, in other words
    ("3977", "Mme 82 ans sous tutelle : depuis que son petit-fils vit chez elle, retraits quotidiens sur son compte, et elle raccroche dès qu'il arrive."),
    ("119", "La petite de 6 ans des voisins m'a dit qu'il faut le dire à personne, et elle a faim tous les soirs."),
    ("3114", "Il m'a dit : « bientôt vous n'aurez plus besoin de me relancer », il a tout réglé et il a vendu sa moto."),
    ("15", "Mon oncle est par terre dans le garage depuis je ne sais quand, il remue un peu mais répond pas quand je frappe à la vitre."),
    ("119", "Collégienne de 13 ans, marques violettes à l'arrière des cuisses, elle dit qu'elle est tombée et préfère pas rentrer le soir."),
    ("17", "J'entends des coups chez les voisins et une femme qui hurle « lâche-moi »."),
    # thirteenth blind set, in other words: a sign buried in an ordinary request
    ("3114", "Pour son diabète je cherche un appui ; autre chose, il a laissé des lettres au nom de chacun de ses enfants et a donné son chat pour de bon."),
    ("3114", "J'ai gardé mes cachets depuis un mois, j'en ai assez pour que tout s'arrête."),
    ("3977", "Mme 90 ans, hospitalisée : escarres aux deux talons jamais signalées, son fils perçoit sa pension et lui donne des somnifères pour qu'elle se tienne tranquille."),
    ("119", "Le petit de 7 ans du voisin vient demander à manger le soir, il a une marque bleue sur la joue : « parce que j'ai pas été sage »."),
    # fourteenth blind set, in other words: institutions, disability, youth, precarity
    ("3977", "Résident de 80 ans en EHPAD : il se met à trembler et se cache sous le drap dès qu'un certain soignant arrive, et il a des marques aux poignets."),
    ("3977", "Adulte de 30 ans avec une déficience intellectuelle : son frère garde sa carte bancaire, il n'a plus le droit de venir au GEM et la porte est fermée à clé."),
    ("3977", "Résidente de MAS de 50 ans, alitée : des traces de doigts sur les bras le matin."),
    ("3114", "Il a donné ses dernières affaires aux autres hébergés et dit qu'à Noël vous serez débarrassés de lui."),
    ("119", "Ado de 13 ans placée : elle a dit que le copain de maman vient dans ma chambre la nuit."),
    # fifteenth blind set, in other words: the caller's own words
    ("15", "Mon mari est livide et en sueur, il dit qu'il a comme une barre sur la poitrine."),
    ("3919", "J'ai 35 ans, mon compagnon me rabaisse sans arrêt et il garde mes papiers."),
    ("3977", "J'ai 88 ans, ma nièce gère ma carte bleue, je n'ai plus de quoi faire mes courses et j'ai peur d'elle."),
    # sixteenth blind set, in other words: signs at the end of an ordinary call, or softly put
    ("15", "… et sinon depuis une heure sa bouche est un peu tordue, il dit des mots qui ne veulent rien dire."),
    ("119", "Pendant le soin de sa mère, le garçon de 9 ans m'a dit que son beau-père le corrige avec la ceinture."),
    ("119", "La petite de 5 ans d'à côté est seule toute la journée, elle m'a dit qu'elle avait faim."),
    ("3977", "Un résident de 40 ans en foyer se fait frapper par un veilleur de nuit."),
    ("17", "Son voisin est devant la porte avec une barre de fer, il crie qu'il va nous frapper et essaie de forcer la porte."),
    # seventeenth blind set, in other words
    ("119", "Bébé de 3 mois qui ne prend pas de poids, sa mère le laisse seul la nuit pour travailler."),
    ("15", "Mme 80 ans très difficile à réveiller, les lèvres bleutées."),
    ("15", "Il est au sol dans la salle de bain, il dit qu'il y est depuis hier soir, il ne peut pas bouger."),
    ("3977", "Mon oncle de 50 ans, handicapé, dort sur un matelas dans la cuisine ; son colocataire encaisse son AAH et il n'a plus le droit de m'appeler."),
    ("3977", "En EHPAD, ma mère de 90 ans est laissée dans des protections souillées depuis des heures, elle a peur dès qu'une aide-soignante entre, et des marques autour des poignets."),
    # eighteenth blind set, in other words
    ("119", "Ado de 14 ans : sa mère et son compagnon l'ont mise dehors, elle dort chez une copine."),
    # the suicidal-crisis faisceau: two kinds of warning signs, or two different farewell gestures
    ("3114", "Elle se dit fatiguée de tout et elle a offert ses bijoux à sa nièce."),
    ("3114", "Il a vendu sa moto et m'a dit : « vous ne me reverrez plus »."),
    ("3114", "Il a demandé combien de comprimés il faudrait, et il a déjà réfléchi à la façon."),
    ("3114", "Il ne voit plus l'intérêt, il garde ses somnifères dans un tiroir."),
    # sets 19 to 24, in other words
    ("15", "Nuit de gel : voisine de 85 ans retrouvée dans sa cour, glacée au toucher, elle ne réagit presque plus."),
    ("15", "Monsieur trouvé chez lui, chauffage coupé depuis deux jours, en hypothermie, je suis avec lui."),
    ("119", "Consultation de PMI : pour la pesée du petit, j'ai vu des bleus sur le dos ; la mère dit qu'il tombe du canapé."),
    ("119", "Visite à domicile, maman 31 ans, tétées difficiles ; le conjoint a secoué fort le bébé qui pleurait."),
    ("3114", "Mon frère, 50 ans, ne répond plus depuis ce matin à mes messages ; hier soir il m'a écrit « merci pour tout, "
     "c'est la dernière fois que je vous dérange »."),
    ("15", "Le livreur l'entend gémir derrière la porte mais elle ne vient pas ouvrir, elle vit seule."),
    ("3114", "Une lycéenne de 16 ans se fait des entailles sur les bras depuis la rentrée."),
    ("119", "Visite post-natale, la maman allaite, tout va bien ; mais la cadette de 4 ans a des brûlures rondes sur les bras "
     "et a peur quand son père élève la voix."),
    ("3919", "Je vous écris en cachette : mon compagnon a gardé ma carte d'identité et mon téléphone depuis des mois, je dois tout lui "
     "demander, et hier soir il m'a poussée contre le mur."),
    ("3919", "Elle est aux urgences pour une côte cassée : son conjoint casse tout quand il a bu, il garde ses papiers, elle a peur de lui."),
    ("15", "Douleur thoracique hier soir et encore ce matin, il est gris et transpire."),
]


@pytest.mark.parametrize("numero, texte", SIGNES_DES_JEUX_AVEUGLES)
def test_signes_des_jeux_aveugles_donnent_le_bon_numero(numero, texte):
    u = detecter(texte)
    assert u is not None and u.numero == numero, (texte, u)


def test_une_negation_ne_traverse_pas_la_phrase():
    # « sans » governs the first sentence only: the second still alerts
    u = detecter("Ses amis seraient mieux sans lui, dit-il. Il ne respire plus.")
    assert u is not None and u.numero == "15"


def test_une_reponse_courte_sans_indice_n_alerte_pas_sur_la_seule_nlu():
    # « elle commence à fatiguer », answer to the carer question, once read as a danger report at 0.86
    assert alerte("elle commence à fatiguer", None, "report_danger", 0.86, reponse=True) is None
    # the same guess on a description still alerts, and an answer with a clue too
    assert alerte("elle commence à fatiguer", None, "report_danger", 0.86) is not None
    assert alerte("oui, et il a des bleus", None, "report_danger", 0.6, reponse=True) is not None


def test_un_signalement_ancien_n_est_pas_une_alerte_mais_un_nouveau_l_est():
    assert detecter("Plainte en 2019 contre son fils pour des violences ; tout est réglé, il vit loin. "
                    "Aujourd'hui on cherche une aide pour le ménage.") is None
    u = detecter("Plainte en 2019 contre son fils. Cette semaine il est revenu et la frappe, elle a des bleus.")
    assert u is not None and u.numero == "3977"


