"""Territory resolution: a commune name, a postal code or a free text → commune(s).

Loads the communes once into memory (35 000 rows, a few MB) for fast lookups.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select

from knowledge.base import fabrique_sessions, url_base
from knowledge.modeles import Commune, Departement
from knowledge.texte import normaliser, normaliser_nom_commune


@dataclass(frozen=True)
class CommuneInfo:
    code_insee: str
    nom: str
    departement: str
    region: str
    codes_postaux: tuple[str, ...]
    population: int
    epci: str | None

    def payload(self) -> dict:
        return {"code_insee": self.code_insee, "nom": self.nom, "departement": self.departement}


@dataclass
class Resolution:
    statut: str  # "trouvee" | "ambigue" | "inconnue"
    commune: CommuneInfo | None = None
    candidats: list[CommuneInfo] = field(default_factory=list)
    saisie: str = ""


# Words that are also commune names but, in a case note, almost never designate one.
_MOTS_COURANTS = {
    "aide", "mars", "orange", "vue", "y", "eu", "bonne", "plus", "fort", "sept", "ham", "nord", "sud",
    "est", "ouest", "centre", "seul", "seule", "aidant", "ger", "bar", "sus", "bourg", "pas", "on",
    "elle", "lui", "saint", "sainte", "la", "le", "les", "mont", "val", "moulins", "voisins", "ile",
    "bois", "champ", "champs", "port", "pont", "villers", "marie", "martin", "laval", "vernon",
    "leon", "thorigne", "dieu", "lit", "mesnil", "bas", "haut", "hauts", "gros", "grand", "grande",
    "sens", "vienne", "vitre", "lens", "plaisance", "bagnols", "foix", "donne", "issue", "rue",
    "ma", "mo", "aime", "place", "placee", "collegien", "collegienne", "eleve", "patiente", "patient", "dame",
    "malade", "sortie", "retour", "suite", "soins", "aide", "aides", "famille", "maison", "foyer", "domicile", "notre", "votre", "nos", "vos", "mon", "son", "sa", "ses", "leur", "leurs", "aucun", "aucune", "rien", "tout", "toute", "merci", "bonjour", "mais", "car", "donc", "moyen", "courant", "marche", "lys", "dole", "avril", "juillet", "mai", "juin", "pau",
    "cluses", "bains", "montagne", "lacs", "fontaine", "puits", "riviere", "forges", "etang", "roche",
    "pomponne", "vis", "sainte marie", "beaucoup", "prix", "soins", "ans", "fin", "jours", "passage", "prochain", "charge",
}
# Towns whose name is also a common word: accepted only after a place cue ("vit à Tours").
_VILLES_MOTS_COURANTS = {"tours", "nice", "rennes", "pau", "sens", "vienne", "orange", "lens", "vitre", "marine"}
# « à l'hôpital », « l'hôpital à la maison »: the Moselle town only when written with its capital
_NOMS_COMMUNS_MAJUSCULE = {"l hopital", "hopital"}
_ARTICLES_CONTRACTES = {"aux": "les", "au": "le"}
_CIVILITES = re.compile(r"^(m|mme|mr|mlle|dr|pr|monsieur|madame|mademoiselle|docteur)$")
_INDICES_LIEU = {"a", "au", "aux", "sur", "de", "d", "en", "vers", "pres", "commune", "ville", "secteur",
                 "habite", "vit", "domicilie", "domiciliee", "reside", "residant", "residente"}
# "vit seule à", "habite toujours à": up to two words between the verb and the place
_INDICES_RESIDENCE = re.compile(r"(vit|vivent|habite\w*|domicili\w*|reside\w*|chez (elle|lui|eux)|demeurant|residant)(\W+\w+){0,2}?\W+(a|sur|au)?\W*$")
# "sa fille habite Lyon": where a relative lives, never the person's commune
_PROCHES = r"fille|fils|enfants?|soeur|frere|niece|neveu|petite? fille|petit fils|famille|proches?"
_INDICES_PROCHE = re.compile(rf"\b({_PROCHES})\b" r"( \w+){0,2} (habite\w*|vit|vivent|reside\w*|est|sont)( \w+)?\W*(a|sur|au|en|vers|pres de|du cote de)?\W*$")
_POIDS_PROCHE = -9
# « à Lardy… correction : elle vient de s'installer à Lisses »: a place given again after a correction
# or a move replaces the first one, whatever cue the first one had.
_INDICES_CORRECTION = re.compile(r"\b(correction|rectification|je rectifie|je corrige|(je me suis|me suis) trompee?|erreur de ma part|non pardon|pardon|je confonds|"
                                 r"vient d (emmenager|arriver)|vient de (s installer|demenager|se reloger)|(a|ont) demenage|s (est|sont) installee?s?|"
                                 r"desormais|dorenavant)\b")
_POIDS_CORRECTION = 5
# … unless the one who moved is a relative (« sa fille, qui a déménagé à Lyon »)
_UN_PROCHE_AVANT = re.compile(rf"\b({_PROCHES}|mari|epoux|epouse|conjointe?|compagnon|compagne|voisine?)\b" r"(\W+\w+){0,3}\W+$")


def _corrige(avant: str) -> bool:
    """The words before a place say it replaces a place given earlier."""
    m = None
    for m in _INDICES_CORRECTION.finditer(avant):
        pass
    return m is not None and not _UN_PROCHE_AVANT.search(avant[:m.start()])
_INDICES_SOIN = re.compile(r"(hospitalis\w*|hopital|ch|chu|clinique|urgences|ssr|smr|consultation|service)\W+(a|de|d|du)?\W*$")


class Territoires:
    def __init__(self, url: str | None = None):
        fabrique = fabrique_sessions(url)
        self.par_cle: dict[str, list[CommuneInfo]] = defaultdict(list)
        self.par_cp: dict[str, list[CommuneInfo]] = defaultdict(list)
        self.par_code: dict[str, CommuneInfo] = {}
        with fabrique() as session:
            self.departements = {d.code: d.nom for d in session.scalars(select(Departement))}
            for c in session.scalars(select(Commune)):
                info = CommuneInfo(c.code_insee, c.nom, c.departement, c.region,
                                   tuple(c.codes_postaux.split()), c.population or 0, c.epci)
                self.par_code[c.code_insee] = info
                self.par_cle[c.cle].append(info)
                for cp in info.codes_postaux:
                    self.par_cp[cp].append(info)
        for cle, infos in list(self.par_cle.items()):
            sans_article = re.sub(r"^(le|la|les|l) ", "", cle)
            if sans_article != cle and len(sans_article) >= 5 and sans_article not in self.par_cle:
                self.par_cle[sans_article] = list(infos)
        self.longueur_max = max(len(k.split()) for k in self.par_cle)
        # "corbeil" → Corbeil-Essonnes: index of first words of compound names
        self.par_debut: dict[str, list[CommuneInfo]] = defaultdict(list)
        for cle, infos in self.par_cle.items():
            mots = cle.split()
            if len(mots) > 1 and not any(m.isdigit() for m in mots):
                for n in range(1, len(mots)):
                    self.par_debut[" ".join(mots[:n])].extend(infos)

    # -- one place typed by the user -----------------------------------------------------
    def resoudre(self, saisie: str, departement_prefere: str | None = None) -> Resolution:
        texte = saisie.strip()
        cp = re.search(r"\b(\d{5})\b", texte)
        if cp:
            return self._choisir(self.par_cp.get(cp.group(1), []), saisie, departement_prefere, par_cp=True)
        cle = normaliser_nom_commune(texte)
        cle = re.sub(r"^(a|au|sur|en|commune de|ville de|la commune de|elle habite a|il habite a)\s+", "", cle)
        if cle not in self.par_cle:
            cle = re.sub(r"\s*\(?\b(\d{2,3}|2a|2b)\)?$", "", cle)  # "Corbeil (91)"
        dep = re.search(r"\((\d{2,3}|2A|2B)\)\s*$", texte)
        departement_prefere = dep.group(1) if dep else departement_prefere
        return self._par_nom(cle, saisie, departement_prefere)

    def _par_nom(self, cle: str, saisie: str, departement_prefere: str | None) -> Resolution:
        exactes = self.par_cle.get(cle, [])
        prefixes = self.par_debut.get(cle, [])
        if not exactes and not prefixes:
            return Resolution("inconnue", saisie=saisie)
        if departement_prefere:
            dans = [c for c in exactes + prefixes if c.departement == departement_prefere]
            if dans:
                exactes = [c for c in exactes if c.departement == departement_prefere]
                prefixes = [c for c in prefixes if c.departement == departement_prefere]
        if len(exactes) >= 2:  # true homonyms: the town if 10× bigger (Massy 91), else ask (Saint-Denis)
            return self._choisir(exactes, saisie, None)
        if len(exactes) == 1 and prefixes:
            # "Clichy" is Clichy, not Clichy-sous-Bois; "Corbeil" is Corbeil-Essonnes (10× bigger than Corbeil, 51)
            plus_grand = max(prefixes, key=lambda c: c.population)
            if plus_grand.population < 10 * max(exactes[0].population, 1):
                return Resolution("trouvee", exactes[0], exactes + prefixes, saisie)
        return self._choisir(exactes + prefixes, saisie, None)

    def _choisir(self, cands, saisie, departement_prefere, par_cp=False, homonymes=False) -> Resolution:
        cands = list({c.code_insee: c for c in cands}.values())
        if departement_prefere:
            dans = [c for c in cands if c.departement == departement_prefere]
            cands = dans or cands
        if not cands:
            return Resolution("inconnue", saisie=saisie)
        if len(cands) == 1:
            return Resolution("trouvee", cands[0], cands, saisie)
        cands.sort(key=lambda c: -c.population)
        # A name or postal code shared by a town and much smaller places ("Corbeil",
        # "91150"): the town, when it is 10× (name) or 5× (postal code) bigger.
        facteur = 5 if par_cp else 10
        if not homonymes and cands[0].population >= facteur * max(cands[1].population, 1):
            return Resolution("trouvee", cands[0], cands, saisie)
        return Resolution("ambigue", None, cands[:8], saisie)

    # -- places inside a free text ------------------------------------------------------
    def chercher_dans_texte(self, texte: str, departement_prefere: str | None = None) -> Resolution | None:
        """Best commune mentioned in a case note, or None. Prefers places of residence
        ("vit à …") over places of care ("hospitalisée à …")."""
        meilleures = []
        for m in re.finditer(r"(?<!\d)(\d{5})(?!\d)", texte):
            if m.group(1) in self.par_cp:
                avant = normaliser(texte[max(0, m.start() - 40):m.start()])
                meilleures.append((self._poids(avant) + 1, m.start(),
                                   self._choisir(self.par_cp[m.group(1)], m.group(1), departement_prefere, par_cp=True)))
        # an apostrophe separates ("mairie d'Aubervilliers"); names that contain one (L'Haÿ-les-Roses,
        # Villeneuve-d'Ascq) are found again as multi-word keys
        jetons = [(m.group(0), m.start()) for m in re.finditer(r"[\w-]+", texte)]
        fin_precedente = 0
        mots = [normaliser_nom_commune(j) for j, _ in jetons]
        i = 0
        while i < len(jetons):
            trouve = None
            # "aux Ulis", "au Mans": the contracted article belongs to the name (Les Ulis, Le Mans)
            article = _ARTICLES_CONTRACTES.get(mots[i - 1]) if i > 0 and jetons[i][0][:1].isupper() else None
            for n in range(min(self.longueur_max, len(jetons) - i), 0, -1):
                cle = " ".join(w for w in mots[i:i + n] if w)
                if article and f"{article} {cle}" in self.par_cle:
                    cle = f"{article} {cle}"
                if not cle or cle not in self.par_cle and not (n == 1 and cle in self.par_debut):
                    continue
                if self._acceptable(jetons, mots, i, n, cle, texte):
                    trouve = (n, cle)
                    break
            if trouve:
                n, cle = trouve
                debut = jetons[i][1]
                avant = normaliser(texte[max(0, debut - 40):debut])
                dep = re.match(r"\s*\(?(\d{2,3}|2A|2B)\)", texte[jetons[i + n - 1][1] + len(jetons[i + n - 1][0]):])
                res = self._par_nom(cle, " ".join(j for j, _ in jetons[i:i + n]),
                                    dep.group(1) if dep else departement_prefere)
                # a capitalised name outranks a lowercase one at the same cue ("prise en charge … à Courbevoie")
                poids = self._poids(avant) + (0.5 if jetons[i][0][:1].isupper() else 0)
                # the cue must stand between the place given first and this one (« 85 ans, non pardon 86, à Lardy »: not a place)
                if meilleures and _corrige(normaliser(texte[max(fin_precedente, debut - 80):debut])):
                    poids = max(poids, 0) + _POIDS_CORRECTION
                meilleures.append((poids, debut, res))
                fin_precedente = jetons[i + n - 1][1] + len(jetons[i + n - 1][0])
                i += n
            else:
                i += 1
        meilleures = [m for m in meilleures if m[0] > _POIDS_PROCHE + 1]
        if not meilleures:
            return None
        # a residence cue first, then a resolved commune before an ambiguous name, then the first mentioned
        meilleures.sort(key=lambda x: (-x[0], x[2].statut != "trouvee", x[1]))
        return meilleures[0][2]

    def _acceptable(self, jetons, mots, i, n, cle, texte="") -> bool:
        original = jetons[i][0]

        def texte_avant(k):
            return texte[:jetons[k][1]]
        precedent = mots[i - 1] if i > 0 else ""
        if _CIVILITES.match(precedent):
            return False
        entre = texte[jetons[i - 1][1] + len(jetons[i - 1][0]):jetons[i][1]] if i > 0 and texte else " "
        if i > 1 and _CIVILITES.match(mots[i - 2]) and jetons[i - 1][0][:1].isupper() and not entre.strip():
            return False  # "Mme Jeanne Dreux": a first name then a surname ("Mme Collin (Reims": a place)
        indice = precedent in _INDICES_LIEU
        if cle in _NOMS_COMMUNS_MAJUSCULE:
            return all(j[:1].isupper() for j, _ in jetons[i:i + n])
        if cle in _VILLES_MOTS_COURANTS:
            return indice and original[:1].isupper() or indice and precedent in {"a", "sur", "au"}
        if cle in _MOTS_COURANTS or len(cle) <= 2:
            return False
        if n == 1 and len(jetons) == 1:
            return True
        cands = self.par_cle.get(cle) or []
        if not cands and not original[:1].isupper():
            return False  # "notre" is not the start of "Notre-Dame-de-…" unless written so
        if not cands and not indice and (i == 0 or texte_avant(i).rstrip()[-1:] in {".", "!", "?", ":", ";", "\n"}):
            return False  # "Petite précision : …" is not the start of Petite-Forêt
        cands = cands or self.par_debut.get(cle, [])
        grande = max((c.population for c in cands), default=0) >= 2000
        if original[:1].isupper():
            # A capitalised word at the start of a sentence may be any word: a place cue,
            # a compound name or a real town is needed
            debut_phrase = i == 0 or texte_avant(i).rstrip()[-1:] in {".", "!", "?", ":", ";", "\n", ""}
            fin = jetons[i + n - 1][1] + len(jetons[i + n - 1][0])
            phrase_seule = debut_phrase and re.match(r"\s*([.;\n]|$)", texte[fin:]) is not None  # "… très seule. Saclas."
            return indice or not debut_phrase or n > 1 or grande or phrase_seule
        # lowercase, no cue ("jeune 16a perpignan"): a compound name or a town of 2 000+ inhabitants
        # "la salle de bain", "le plan d'aide": an article and a word are not a compound name
        return indice or (n > 1 and mots[i] not in {"le", "la", "les", "l"}) or grande

    @staticmethod
    def _poids(avant: str) -> int:
        if _INDICES_PROCHE.search(avant):
            return _POIDS_PROCHE
        if _INDICES_RESIDENCE.search(avant):
            return 2
        if _INDICES_SOIN.search(avant):
            return -2
        return 0


@lru_cache(maxsize=2)
def territoires(url: str | None = None) -> Territoires:
    return Territoires(url or url_base())
