// Writes .br and .gz twins of every text and wasm file of a built app
// folder (Trunk's post_build hook, after the service worker is written), so
// static servers can send them precompressed. The .gz twins are made by
// Zopfli: standard gzip that any browser reads, about 6% smaller than
// zlib's level 9, at a few seconds per bundle.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { gzipAsync } = require('@gfx/zopfli');

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
const COMPRESSIBLE = /\.(html|js|wasm|css|json|webmanifest|svg|txt)$/;

function walk(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** The gzip twin's bytes, as shipped (the bench measures with this too). */
async function gzipTwin(bytes) {
  return Buffer.from(await gzipAsync(bytes, { numiterations: 5 }));
}

function brotliTwin(bytes) {
  return zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Twins at least as new as their file are kept (a test's changed copy of dist/). */
function twinsAreCurrent(file) {
  const source = fs.statSync(file).mtimeMs;
  return ['.gz', '.br'].every((ending) => {
    try {
      return fs.statSync(file + ending).mtimeMs >= source;
    } catch (_) {
      return false;
    }
  });
}

async function main() {
  const files = walk(dir).filter((f) => COMPRESSIBLE.test(f) && !twinsAreCurrent(f));
  await Promise.all(
    files.map(async (file) => {
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(`${file}.gz`, await gzipTwin(bytes));
      fs.writeFileSync(`${file}.br`, brotliTwin(bytes));
    }),
  );
  console.log(`precompressed files in ${dir}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { gzipTwin };
