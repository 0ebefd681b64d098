#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already
# there at the right version. Sourced by serve.sh, test.sh and bench scripts.
#   ensure_build_tools   Rust wasm target, Trunk, wasm-bindgen CLI, npm tools (wasm-opt)
#   ensure_test_tools    the above plus Chromium, ChromeDriver, CJK fonts and
#                        pdftotext (the print tests read the printed PDFs)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$REPO_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
    log "installing Trunk $TRUNK_VERSION (about 14 minutes on 2 cores, once per machine)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$REPO_ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_lock_version)"
  if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $want" ]] ||
    ! command -v wasm-bindgen-test-runner >/dev/null; then
    log "installing wasm-bindgen-cli $want (about 5 minutes, once per machine)"
    # No --locked: the CLI's own lock file names a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_npm_tools() {
  if [[ ! -f "$REPO_ROOT/node_modules/.package-lock.json" ]] ||
    [[ "$REPO_ROOT/package-lock.json" -nt "$REPO_ROOT/node_modules/.package-lock.json" ]]; then
    log "installing npm dev tools (binaryen for wasm-opt, Playwright, axe)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund)
  fi
}

ensure_browser() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # grep reads all of fc-list (not -q): with pipefail an early exit would look like a failure
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} from Debian"
    local sudo=""
    [[ "$(id -u)" == 0 ]] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver fonts-noto-cjk
  fi
}

# pdftotext (poppler-utils): the print tests read the printed forms' text.
ensure_pdf_tools() {
  if ! command -v pdftotext >/dev/null; then
    log "installing poppler-utils (pdftotext) from Debian"
    local sudo=""
    [[ "$(id -u)" == 0 ]] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q poppler-utils
  fi
}

# The standard library's source: the release bundles build their own copy
# of it (see small_wasm_build_env). Without it they build all the same.
has_rust_src() {
  # grep reads the whole list (not -q): with pipefail an early exit would look like a failure
  rustup component list --installed | grep '^rust-src' >/dev/null
}

ensure_rust_src() {
  if ! has_rust_src; then
    log "adding the Rust component rust-src"
    rustup component add rust-src ||
      log "rust-src could not be added: the bundles build with the shipped standard library, about 6% larger"
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_rust_src
  ensure_npm_tools
  ensure_trunk
  ensure_wasm_bindgen
}

ensure_test_tools() {
  ensure_build_tools
  ensure_browser
  ensure_pdf_tools
}

# What a release wasm build needs beyond `trunk build --release`: the
# standard library compiled with the app at `opt-level = "z"` (the shipped
# one is built for speed), and a panic that stops at once instead of
# formatting a message nobody sees (the bundles have no panic hook, and a
# wasm panic ends the app either way). Both are unstable options of the
# pinned rustc, opened by RUSTC_BOOTSTRAP for these builds only; they make
# every bundle about 6% smaller. Without them the app builds and works the
# same, only larger.
small_wasm_build_env() {
  has_rust_src || return 0
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
}

build_release() {
  log "building the release app into dist/"
  # Trunk builds offline (Trunk.toml): the crates must be here first, and
  # so must those of the standard library built for the bundles.
  (cd "$REPO_ROOT" && cargo fetch --quiet && small_wasm_build_env &&
    cargo fetch --quiet --target wasm32-unknown-unknown && trunk build --release)
}
