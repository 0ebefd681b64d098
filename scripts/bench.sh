#!/usr/bin/env bash
# Builds the app and a Leptos hello-world floor with the same settings, then
# measures the performance budget and prints a table (also written as JSON
# to target/bench.json). See docs/performance.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$REPO_ROOT"

ensure_test_tools
build_release
log "building the hello-world floor (bench/hello)"
# The floor is a plain Leptos build: RUSTFLAGS replaces the app's
# `--cfg erase_components` (.cargo/config.toml), which would make it bigger,
# and its own target folder keeps the two sets of flags from rebuilding each other.
# It gets the app's own standard library and panic settings (small_wasm_build_env).
(cd bench/hello && cargo fetch --quiet && small_wasm_build_env && cargo fetch --quiet --target wasm32-unknown-unknown &&
  CARGO_TARGET_DIR="$REPO_ROOT/target/hello-floor" RUSTFLAGS="--cfg hello_floor ${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}" trunk build --release)
log "the phone bundle's code by crate (before wasm-opt)"
python3 scripts/bench/crate_sizes.py target/wasm32-unknown-unknown/release/danzhou-green-community.wasm 15 target/bench-crates.json
log "making 300 community files and timing their native import"
import_dir="$REPO_ROOT/target/bench-import"
rm -rf "$import_dir"
# Native code is built for speed (the `bench-native` profile: the release
# settings with opt-level 3); the app's wasm stays size-optimised.
cargo run --quiet --profile bench-native --example bench_import -- "$import_dir" > "$REPO_ROOT/target/bench-native.json"
log "importing 10,000 community files natively, with the peak memory (/usr/bin/time -v)"
command -v /usr/bin/time >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time; }
/usr/bin/time -v target/bench-native/examples/bench_import - 10000 > target/bench-native-10000.json 2> target/bench-native-10000.time
printf '(d) 10,000 files natively: %s; %s\n' "$(cat target/bench-native-10000.json)" \
  "$(grep -E 'Maximum resident set size' target/bench-native-10000.time | sed 's/^[[:space:]]*//')"
log "measuring in Chromium (the 300-file browser import takes a few minutes)"
node scripts/bench/measure.js dist bench/hello/dist "$import_dir" target/bench-native.json target/bench.json
