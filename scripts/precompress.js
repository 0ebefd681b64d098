// Writes .br and .gz twins of every text and wasm file of a built app
// folder (Trunk's post_build hook, after the service worker is written), so
// static servers can send them precompressed.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
const COMPRESSIBLE = /\.(html|js|wasm|css|json|webmanifest|svg|txt)$/;

function walk(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

for (const file of walk(dir).filter((f) => COMPRESSIBLE.test(f))) {
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
  fs.writeFileSync(
    `${file}.br`,
    zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
}
console.log(`precompressed files in ${dir}`);
