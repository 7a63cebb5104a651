#!/usr/bin/env bash
# Set up and run the whole test suite. Tests that need ../shared/data, PostgreSQL or Chromium skip with a
# message when those are absent; .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest "$@"
