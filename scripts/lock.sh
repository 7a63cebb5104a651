#!/usr/bin/env bash
# Regenerate requirements.lock (every dependency, pinned) from pyproject.toml. Needs uv and PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-uv}
"$UV" pip compile pyproject.toml --extra dev --extra parquet --python-version 3.11 --no-header --quiet \
  --output-file requirements.lock
echo "requirements.lock: $(grep -c '==' requirements.lock) pinned packages"
