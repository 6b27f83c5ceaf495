# Aiguillage — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
RASA  := $(VENV)/bin/rasa
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: run test kb train env navigateur bench eval nlu-cv valider clean

## make run: installs what is missing, builds the knowledge base, trains if needed, starts everything
run: env kb train
	$(PY) -m bot.lancement

## make test: unit, knowledge, actions, data validation, end-to-end over HTTP, browser
test: env kb train navigateur valider
	AIGUILLAGE_EXIGER_NAVIGATEUR=1 $(PY) -m pytest -q -p no:cacheprovider

env: $(VENV)/.installe

$(VENV)/.installe: pyproject.toml constraints.txt
	@PY310=$$(scripts/trouver_python.sh) && \
	  { test -x $(PY) || $$PY310 -m venv $(VENV); }
	$(PY) -m pip install -q --disable-pip-version-check --upgrade "pip==24.0"
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[test]"
	touch $@

kb: env
	$(PY) -m knowledge.chargement
	$(PY) -m knowledge.danger_appris

train: env
	$(PY) scripts/entrainer.py

valider: env
	$(RASA) data validate --domain bot/domain --data data --config config.yml --fail-on-warnings

navigateur:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  echo "Installation de Chromium et ChromeDriver (paquets Debian)…"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

## make bench: latency per turn (p50/p95), throughput, memory, training time
bench: env kb train
	$(PY) scripts/bench.py

## make eval: the evaluation sets over the REST channel, NLU cross-validation, test stories
eval: env kb train
	$(PY) scripts/evaluer.py
	$(RASA) test core --stories tests/test_stories.yml --model models --fail-on-prediction-errors --out var/resultats-core
	$(RASA) test nlu --nlu data/nlu --config config.yml --cross-validation --folds 5 --out var/resultats-nlu

clean:
	rm -rf var models
