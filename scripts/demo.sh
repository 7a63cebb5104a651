#!/usr/bin/env bash
# The main job on a fresh machine: set up, ingest the bundled example pages into ./rasd.db (SQLite),
# list what was stored, and show the first Arabic example.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
rasd ingest examples/pages/
rasd list
rasd show "$(rasd list --json | .venv/bin/python -c 'import json,sys; print(next(a["id"] for a in json.load(sys.stdin)["articles"] if a["language"] == "ar"))')"
