"""Robustness to intent errors: a message classified as small talk or as a question
that actually describes a situation ("bonjour, ma patiente de 84 ans à Étampes
chute souvent") is handed to the situation form instead of being answered aside."""
from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction

from knowledge.analyse import faits_depuis_texte
from knowledge.explications import dispositifs_mentionnes
from knowledge.faits import Faits
from knowledge.texte import normaliser

# "besoin MT pour patiente": a person the professional is talking about, plus one need, is a situation
_UNE_PERSONNE = re.compile(r"\b(patiente?s?|mme|madame|monsieur|mr|dame|homme|femme|enfant|bebe|beneficiaire|usager|"
                           r"residente?|pa|ph|psh|client|cliente|jeune|ado|adolescente?|maman|papa)\b")


# "besoin d'aide pr ma mère", "APA pr ma tante ?", "patient complexe, que faire ?": a person and a request,
# however short, open the form (which then asks what is missing)
_UN_PROCHE = re.compile(r"\b(ma|mon|sa|son|notre|une|un) (mere|pere|tante|oncle|grand mere|grand pere|mamie|papi|fils|fille|mari|femme|epouse|"
                        r"epoux|voisine?|soeur|frere|patiente?|beneficiaire|residente?|usager|protegee?)\b")
_UNE_DEMANDE = re.compile(r"\b(besoin|aide|aider|apa|dossier|que faire|quoi faire|orienter|orientation|complexe|qui contacter|qui appeler|"
                          r"vers qui|a qui|help|svp)\b")
_POLITESSE = re.compile(r"^\W*(merci|au revoir|bonne (journee|soiree)|a bientot)\b")
_PUBLIC_GENERAL = re.compile(r"\b(les|des|aux) (personnes|publics?|aidants|familles|jeunes|enfants)\b")


# « mes patients âgés », « nos bénéficiaires »: the professional's public, not one person
_SA_PATIENTELE = re.compile(r"\b(mes|nos|vos|ses|leurs) (patients|patientes|beneficiaires|usagers|residents|residentes|clients|clientes)\b")


def _designe_quelqu_un(t: str) -> bool:
    """A person or a relative is named (« ma mère », « un patient », « Mme »)."""
    t = _SA_PATIENTELE.sub(" ", t)
    return bool(_UN_PROCHE.search(t) or _UNE_PERSONNE.search(t))


_NE_DECRIT_PERSONNE = {"question_sur_le_dispositif_cite"}  # says how the message asks, not about whom


def decrit_une_situation(texte: str, faits: Faits | None = None) -> bool:
    """`faits`: the facts of `texte` when the caller already has them."""
    if len(texte.strip()) < 10:
        return False
    t = normaliser(texte)
    if len(texte.strip()) < 60 and _designe_quelqu_un(t) and _UNE_DEMANDE.search(t) \
            and not dispositifs_mentionnes(texte) and not _POLITESSE.match(t):
        return True
    f = faits or faits_depuis_texte(texte)
    signaux = [s for s in f.signaux if not s.startswith("-") and s not in _NE_DECRIT_PERSONNE]
    une_personne = _UNE_PERSONNE.search(t) is not None
    # "c'est pour les personnes âgées ou aussi les personnes handicapées ?": a public, not a person
    public = _PUBLIC_GENERAL.search(t) is not None and f.age is None and f.commune is None and not une_personne
    if public:
        return False
    repere = f.age is not None or f.tranche_age not in (None, "inconnu") or f.commune is not None or une_personne
    return bool((repere and (signaux or f.lieu_de_vie)) or len(signaux) >= 2)


def vers_formulaire(tracker: Tracker) -> list:
    """[FollowupAction(form)] when the last message is really a situation, else []."""
    if tracker.active_loop_name:
        return []
    if decrit_une_situation(tracker.latest_message.get("text") or ""):
        return [FollowupAction("formulaire_situation")]
    return []


_FORME_QUESTION = re.compile(r"\?|^\W*(c est quoi|qu est ce|quel|quelle|quels|quelles|comment|qui|est ce|a quoi|pourquoi)\b|"
                             r"\b(numero|numero vert|telephone|tel|coordonnees|contact|mail|svp)\b|"
                             r"\b(difference|c est pour qui|jusqu a quel age|ca sert a quoi|a quoi sert)\b")
# what it is, for whom, who can refer to it, which one covers a commune: a question about the dispositif
# even beside an unnamed person
_QUESTION_SUR_LE_DISPOSITIF = re.compile(r"\b(c est quoi|c quoi|qu est ce que|jusqu a quel age|a partir de quel age|c est pour qui|difference|"
                                         r"peut (on )?(solliciter|saisir)|(solliciter|saisir) directement|faut il passer par|"
                                         r"quel(le)?s? (\w+ ){0,3}(couvre|couvrent|intervient|interviennent))\b")
_INTENTIONS_QUESTION = {"qui peut": "ask_who_can_refer", "peut solliciter": "ask_who_can_refer", "peut saisir": "ask_who_can_refer",
                        "peut on solliciter": "ask_who_can_refer", "peut on saisir": "ask_who_can_refer",
                        "faut il passer par": "ask_who_can_refer", "difference": "ask_difference", "couvre": "ask_coverage"}


def question_sur_un_dispositif(texte: str) -> str | None:
    """The question intent when the message asks about a named dispositif and describes no
    situation ("c'est quoi un CRT ? on m'en a parlé pour une dame âgée"), else None."""
    t = normaliser(texte)
    if not dispositifs_mentionnes(texte) or not _FORME_QUESTION.search(texte.lower() + " " + t):
        return None
    f = faits_depuis_texte(texte)
    if decrit_une_situation(texte, f):
        # « on m'a parlé du D-CLIC pour un ado, c'est quoi exactement ? », « un SAAD peut-il solliciter le CRT pour une de
        # nos bénéficiaires ? »: a question about the dispositif asked about someone unnamed;
        # no age, and either no commune or no one described there (« notre SAAD intervient sur Milly »)
        if not (_QUESTION_SUR_LE_DISPOSITIF.search(t) and f.age is None and (f.commune is None or not _designe_quelqu_un(t))):
            return None
    return next((i for cle, i in _INTENTIONS_QUESTION.items() if cle in t), "ask_definition")
