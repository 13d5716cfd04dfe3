#!/usr/bin/env bash
# The main job: install what is missing, build the package into pkg/, and serve the
# demo on http://127.0.0.1:8080 (PORT overrides the port).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec python3 scripts/serve.py
