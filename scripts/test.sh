#!/usr/bin/env bash
# Installs what is missing and runs every test layer:
#   1. native cargo test (pure domain, plan fidelity)
#   2. wasm-bindgen-test in headless Chromium (IndexedDB layer)
#   3. Playwright end-to-end tests against the release build in dist/
# Exits non-zero when any layer fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$REPO_ROOT"

ensure_test_tools

failed=()
run_layer() {
  local name="$1"
  shift
  log "$name"
  if "$@"; then
    log "$name: passed"
  else
    log "$name: FAILED"
    failed+=("$name")
  fi
}

run_layer "native tests" cargo test --all-targets

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
run_layer "wasm tests in headless Chromium" \
  cargo test --target wasm32-unknown-unknown --test storage_wasm --test change_write_wasm

if build_release; then
  run_layer "end-to-end tests (Playwright)" npx playwright test
else
  failed+=("release build")
fi

if ((${#failed[@]})); then
  log "failed: ${failed[*]}"
  exit 1
fi
log "all test layers passed"
