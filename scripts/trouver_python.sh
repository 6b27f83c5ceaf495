#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 needs 3.10), or fails clearly.
set -euo pipefail
for candidat in python3.10 "$(command -v pyenv >/dev/null 2>&1 && pyenv prefix 3.10.13 2>/dev/null)/bin/python" \
                $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10*/bin/python 2>/dev/null) /usr/bin/python3.10 /usr/local/bin/python3.10; do
  if [ -n "$candidat" ] && command -v "$candidat" >/dev/null 2>&1; then
    if "$candidat" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; then
      command -v "$candidat"; exit 0
    fi
  fi
done
echo "ERREUR : Python 3.10 est introuvable (ni python3.10 sur le PATH, ni pyenv 3.10.x)." >&2
echo "Rasa 3.6 exige Python 3.10. Installez-le, par exemple : pyenv install 3.10.13" >&2
exit 1
