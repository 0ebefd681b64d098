"""Writes service-worker.js into a built app folder (Trunk's post_build hook).

The precache list is every file Trunk wrote (hashed names included) and the
cache version is a hash of their contents, so a new deployment always gets a
new version and nothing is listed by hand.

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
    precache = ["./"] + ["./" + p.relative_to(folder).as_posix() for p in files]
    source = TEMPLATE.read_text(encoding="utf-8")
    source = source.replace("__BUILD_VERSION__", version)
    source = source.replace("__PRECACHE_LIST__", json.dumps(precache, indent=2, ensure_ascii=False))
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
