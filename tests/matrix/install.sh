#!/usr/bin/env bash
# Installs the Synapse homeserver the Matrix end-to-end tests run against into
# tests/matrix/.venv (git-ignored), from PyPI. Does nothing when the pinned version is
# already there.
set -euo pipefail
cd "$(dirname "$0")"
venv=.venv
wanted=$(sed -n 's/^matrix-synapse==//p' requirements.txt)
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('matrix-synapse') != '$wanted')" 2>/dev/null; then
    echo "Synapse $wanted is installed in tests/matrix/$venv"
    exit 0
fi
command -v python3 >/dev/null || { echo "python3 is needed for the Matrix tests (Debian: apt-get install python3 python3-venv)" >&2; exit 1; }
if ! python3 -m venv --help >/dev/null 2>&1; then
    echo "python3 cannot make virtual environments; installing python3-venv" >&2
    apt-get install -y python3-venv >/dev/null
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r requirements.txt
echo "Synapse $wanted installed in tests/matrix/$venv"
