"""Evaluation harness: plays each case of situations.yml against the real servers
over the REST channel, answering the questions the way the case says, and scores
the outcome. Used by `make eval` (all cases) and by tests/e2e/test_evaluation.py
(a fast subset, as assertions)."""
from __future__ import annotations

import json
import statistics
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SITUATIONS = Path(__file__).resolve().parent / "situations.yml"
CONTROLE = Path(__file__).resolve().parent / "controle.yml"  # held out: never used to tune the rules
AVEUGLE = Path(__file__).resolve().parent / "aveugle.yml"    # second blind set, written after the control set was spent
AVEUGLE3 = Path(__file__).resolve().parent / "aveugle3.yml"  # third blind set, written after the second was spent
AVEUGLE4 = Path(__file__).resolve().parent / "aveugle4.yml"  # fourth blind set, written after the third was spent
AVEUGLE5 = Path(__file__).resolve().parent / "aveugle5.yml"  # fifth blind set, written after the fourth was spent
AVEUGLE6 = Path(__file__).resolve().parent / "aveugle6.yml"  # sixth blind set, spent (first pass published) and corrected
AVEUGLE7 = Path(__file__).resolve().parent / "aveugle7.yml"  # seventh blind set, spent and corrected
AVEUGLE8 = Path(__file__).resolve().parent / "aveugle8.yml"  # eighth blind set (telegraphic phone-line notes), spent and corrected
AVEUGLE9 = Path(__file__).resolve().parent / "aveugle9.yml"  # ninth blind set (e-mails and file notes)
AVEUGLE10 = Path(__file__).resolve().parent / "aveugle10.yml"  # tenth blind set (chat widget and phone-line style)
AVEUGLE11 = Path(__file__).resolve().parent / "aveugle11.yml"  # eleventh blind set (mixed authors and channels, voice dictation)
AVEUGLE12 = Path(__file__).resolve().parent / "aveugle12.yml"  # twelfth blind set (short phone messages, SBAR, relatives, other sectors)
AVEUGLE13 = Path(__file__).resolve().parent / "aveugle13.yml"  # thirteenth blind set (long notes with a buried danger sign, first person)
AVEUGLE14 = Path(__file__).resolve().parent / "aveugle14.yml"  # fourteenth blind set (disability, youth, mental health, precarity, institutions, rural)
AVEUGLE15 = Path(__file__).resolve().parent / "aveugle15.yml"  # fifteenth blind set (phone-line operators typing during the call)
AVEUGLE16 = Path(__file__).resolve().parent / "aveugle16.yml"  # sixteenth blind set (adversarial: negations, several people, corrections, buried signs)
AVEUGLE17 = Path(__file__).resolve().parent / "aveugle17.yml"  # seventeenth blind set (an ordinary week of the widget)
AVEUGLE18 = Path(__file__).resolve().parent / "aveugle18.yml"  # eighteenth blind set (an ordinary month, measured on the final rules)
AVEUGLE19 = Path(__file__).resolve().parent / "aveugle19.yml"  # nineteenth blind set (a winter of the phone line, other regions; first set measured with the learned danger net)
AVEUGLE20 = Path(__file__).resolve().parent / "aveugle20.yml"  # twentieth blind set (what comes in on a Monday morning; measured after the nineteenth's fixes)
AVEUGLE21 = Path(__file__).resolve().parent / "aveugle21.yml"  # twenty-first blind set (institutions write to the DAC: structured transmissions, SBAR, letters)
AVEUGLE22 = Path(__file__).resolve().parent / "aveugle22.yml"  # twenty-second blind set (relatives, town halls, neighbours, rural communes, voice dictation)
AVEUGLE23 = Path(__file__).resolve().parent / "aveugle23.yml"  # twenty-third blind set (an ordinary fortnight, all channels)
AVEUGLE24 = Path(__file__).resolve().parent / "aveugle24.yml"  # twenty-fourth blind set (the operator's console during calls)
AVEUGLE25 = Path(__file__).resolve().parent / "aveugle25.yml"  # twenty-fifth blind set (a month of a DAC portal, three regions; measured on the session's final rules)
# Every set whose first pass is measured and published, in the order they were written.
JEUX = (SITUATIONS, CONTROLE, AVEUGLE, AVEUGLE3, AVEUGLE4, AVEUGLE5, AVEUGLE6, AVEUGLE7, AVEUGLE8, AVEUGLE9, AVEUGLE10,
        AVEUGLE11, AVEUGLE12, AVEUGLE13, AVEUGLE14, AVEUGLE15, AVEUGLE16, AVEUGLE17, AVEUGLE18, AVEUGLE19, AVEUGLE20, AVEUGLE21, AVEUGLE22, AVEUGLE23, AVEUGLE24, AVEUGLE25)
MAX_TOURS = 8


def charger_cas(chemin: Path = SITUATIONS) -> list[dict]:
    return yaml.safe_load(chemin.read_text(encoding="utf-8"))["cas"]


@dataclass
class Resultat:
    id: str
    premier: str | None
    top3: list[str]
    top1_ok: bool
    top3_ok: bool
    danger_attendu: str | None
    danger_obtenu: str | None
    questions: list[str]
    redondantes: int
    precisions: int = 0  # "which of these homonyms?": the text gave a name that several communes share
    latences_ms: list[float] = field(default_factory=list)
    donne_age_et_commune: bool = False


def _envoyer(url: str, sender: str, texte: str, latences: list[float]) -> list[dict]:
    corps = json.dumps({"sender": sender, "message": texte}).encode()
    requete = urllib.request.Request(url, data=corps, headers={"Content-Type": "application/json"})
    debut = time.perf_counter()
    with urllib.request.urlopen(requete, timeout=60) as r:
        reponse = json.loads(r.read())
    latences.append((time.perf_counter() - debut) * 1000)
    return reponse


def customs_de(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages if "custom" in m]


def jouer(cas: dict, url_rasa: str) -> Resultat:
    url = f"{url_rasa}/webhooks/rest/webhook"
    sender = f"eval-{cas['id']}-{uuid.uuid4().hex[:6]}"
    latences: list[float] = []
    messages = _envoyer(url, sender, cas["texte"], latences)
    messages_initiaux = messages
    premier_custom = next((m["custom"] for m in messages if "custom" in m), None)
    danger = premier_custom["urgence"]["numero"] if premier_custom and premier_custom.get("type") == "urgence" else None
    orientation, questions, repondus = None, [], set()
    redondantes = precisions = 0
    deja_donnes = {"age", "commune"} if cas["attendu"].get("donne_age_et_commune") else set()
    for _ in range(MAX_TOURS):
        customs = [m["custom"] for m in messages if "custom" in m]
        orientations = [c for c in customs if c.get("type") == "orientation"]
        if orientations:
            orientation = orientations[-1]
            break
        qs = [c for c in customs if c.get("type") == "question"]
        if not qs:
            break
        champ = qs[-1]["champ"]
        questions.append(champ)
        if champ == "commune" and qs[-1].get("choix"):
            precisions += 1  # a choice between homonyms (after the name was given or answered), not the same question again
        elif champ in deja_donnes or champ in repondus:
            redondantes += 1
        repondus.add(champ)
        messages = _envoyer(url, sender, str(cas["reponses"].get(champ, "je ne sais pas")), latences)
        if danger is None:
            c = next((m["custom"] for m in messages if "custom" in m), None)
            if c and c.get("type") == "urgence":
                danger = c["urgence"]["numero"]
    attendu = cas["attendu"]
    types = [r["type"] for r in (orientation or {}).get("recommandations", [])]
    if not orientation and not questions:
        # a question about a dispositif ("c'est quoi un CRT ?") is answered, not oriented: its subject counts
        info = next((c for c in customs_de(messages_initiaux) if c.get("type") == "information" and c.get("sujet")), None)
        if info:
            types = info["sujet"].split("/")
    if orientation and orientation.get("urgence") and "URGENCE" not in types:
        types.insert(0, "URGENCE")
    if danger and (not types or types[0] != "URGENCE"):
        types.insert(0, "URGENCE")
    premier = types[0] if types else None
    top1_ok = premier in attendu["premier"] and premier not in (attendu.get("pas_premier") or [])
    top3_ok = set(attendu.get("top3") or []) <= set(types[:3]) and bool(types)
    return Resultat(cas["id"], premier, types[:3], top1_ok, top3_ok, attendu.get("danger"), danger, questions,
                    redondantes, precisions, latences, bool(attendu.get("donne_age_et_commune")))


def centile(valeurs: list[float], p: float) -> float:
    if not valeurs:
        return 0.0
    valeurs = sorted(valeurs)
    k = (len(valeurs) - 1) * p / 100
    bas, haut = int(k), min(int(k) + 1, len(valeurs) - 1)
    return valeurs[bas] + (valeurs[haut] - valeurs[bas]) * (k - bas)


def resumer(resultats: list[Resultat]) -> dict:
    n = len(resultats)
    dangers = [r for r in resultats if r.danger_attendu]
    non_dangers = [r for r in resultats if not r.danger_attendu]
    latences = [l for r in resultats for l in r.latences_ms]
    avec = [len(r.questions) for r in resultats if r.donne_age_et_commune and not r.danger_attendu]
    return {
        "cas": n,
        "top1": sum(r.top1_ok for r in resultats) / n,
        "top3": sum(r.top3_ok for r in resultats) / n,
        "rappel_danger": sum(r.danger_obtenu is not None for r in dangers) / max(len(dangers), 1),
        "bon_numero_danger": sum(r.danger_obtenu == r.danger_attendu for r in dangers) / max(len(dangers), 1),
        "fausses_alertes": sum(r.danger_obtenu is not None for r in non_dangers),
        "questions_mediane": statistics.median([len(r.questions) for r in resultats]),
        "questions_mediane_age_commune_donnes": statistics.median(avec) if avec else 0,
        "questions_redondantes": sum(r.redondantes for r in resultats),
        "precisions_homonymes": sum(r.precisions for r in resultats),
        "latence_p50_ms": centile(latences, 50),
        "latence_p95_ms": centile(latences, 95),
        "tours": len(latences),
    }
