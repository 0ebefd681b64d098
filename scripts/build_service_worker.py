"""Writes service-worker.js into a built app folder (Trunk's post_build hook).

The precache list is what a committee member's phone needs (every file
Trunk wrote, hashed names included, but the office's and the kiosk's
bundles and the published JSON Schema); those are cached the first time a
device opens them. The cache version is a hash of every file's contents, so
a new deployment always gets a new version and nothing is listed by hand.

    python3 scripts/build_service_worker.py            # inside Trunk: $TRUNK_STAGING_DIR
    python3 scripts/build_service_worker.py --dir dist # by hand
"""

import argparse
import hashlib
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "src" / "pwa" / "service-worker.template.js"
OUTPUT_NAME = "service-worker.js"
# Files that must never be precached: the worker itself, and precompressed
# twins that servers pick by Accept-Encoding.
SKIPPED_SUFFIXES = (".br", ".gz")
# Files a phone never needs: fetched and cached when a device first opens
# the office's or the kiosk's pages (or asks for the published schema or
# plan file: the app has the plan built in and fetches neither). The start
# bundle serves only visits before the worker keeps the app; after that
# the phone bundle shows the first-run page too (src/pwa/loader.js). The
# manifest's large icons and the home-screen icon of iOS are the browser's,
# fetched (through the worker, which then keeps them) when it checks or
# installs the app.
ON_DEMAND_PREFIXES = (
    "icons/icon-",
    "icons/apple-touch-icon",
    "office.js",
    "office_bg.wasm",
    "kiosk.js",
    "kiosk_bg.wasm",
    "start.js",
    "start_bg.wasm",
    "schema/",
    "plans/",
)


def app_files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name == OUTPUT_NAME or path.name.startswith("."):
            continue
        if path.suffix in SKIPPED_SUFFIXES:
            continue
        yield path


def build(folder: Path) -> str:
    files = list(app_files(folder))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    version = digest.hexdigest()[:16]
    names = [p.relative_to(folder).as_posix() for p in files]
    on_demand = ["./" + n for n in names if n.startswith(ON_DEMAND_PREFIXES)]
    # Not "./" beside "./index.html": the worker answers every navigation,
    # the root's included, with the kept index.html.
    precache = ["./" + n for n in names if not n.startswith(ON_DEMAND_PREFIXES)]
    source = TEMPLATE.read_text(encoding="utf-8")
    source = source.replace("__BUILD_VERSION__", version)
    source = source.replace("__PRECACHE_LIST__", json.dumps(precache, indent=2, ensure_ascii=False))
    source = source.replace("__ON_DEMAND_LIST__", json.dumps(on_demand, indent=2, ensure_ascii=False))
    (folder / OUTPUT_NAME).write_text(source, encoding="utf-8")
    return version


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=os.environ.get("TRUNK_STAGING_DIR", "dist"))
    args = parser.parse_args()
    version = build(Path(args.dir))
    print(f"service worker {version} written to {args.dir}/{OUTPUT_NAME}")


if __name__ == "__main__":
    main()
