#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves dist/ on
# http://127.0.0.1:8080 (PORT=… to change).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

ensure_build_tools
build_release
log "serving dist/ on http://127.0.0.1:${PORT:-8080} (Ctrl+C to stop)"
exec python3 "$REPO_ROOT/scripts/static_server.py" --dir "$REPO_ROOT/dist" --port "${PORT:-8080}"
