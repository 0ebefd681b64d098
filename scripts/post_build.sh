#!/usr/bin/env bash
# Trunk's post-build step (Trunk.toml), on the files in $TRUNK_STAGING_DIR.
# Trunk starts the hooks of one stage all at once, and these depend on each
# other, so they run here one after the other: the JavaScript and CSS
# minified first, then the service worker written over the final files
# (its version is their hash), then their .br and .gz twins.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
node scripts/minify.js
python3 scripts/build_service_worker.py
node scripts/precompress.js
