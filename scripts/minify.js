// Minifies the JavaScript and CSS that Trunk wrote, before the service
// worker lists the files and the .br/.gz twins are made (the first
// post_build hook in Trunk.toml). Trunk's own minifier is off: its
// JavaScript backend drops wasm-bindgen's getters (trunk-rs/trunk#761).
// Here terser minifies wasm-bindgen's glue (an ES module beside its
// `_bg.wasm`) and the other scripts, csso the style sheet without
// restructuring it (rules keep their order). A file index.html names with
// an `integrity` hash gets the hash of its new content.
//
//   node scripts/minify.js [folder]     (default: $TRUNK_STAGING_DIR)
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { minify: minifyJs } = require('terser');
const { minify: minifyCss } = require('csso');

const folder = process.argv[2] || process.env.TRUNK_STAGING_DIR;

async function minified(file, source) {
  if (file.endsWith('.css')) return minifyCss(source, { restructure: false }).css;
  const isModule = fs.existsSync(path.join(folder, file.replace(/\.js$/, '_bg.wasm')));
  const result = await minifyJs(source, { module: isModule, compress: true, mangle: true });
  return result.code;
}

function integrity(bytes) {
  return `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}

/** Points index.html's integrity hash for `file`, if it has one, at `bytes`. */
function updateIntegrity(html, file, bytes) {
  const tag = new RegExp(`("\\./${escapeRegExp(file)}"[^>]*integrity=")[^"]*(")`);
  return html.replace(tag, (_, before, after) => `${before}${integrity(bytes)}${after}`);
}

(async () => {
  if (!folder) throw new Error('no folder: pass one, or run as a Trunk hook ($TRUNK_STAGING_DIR)');
  const indexPath = path.join(folder, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  const files = fs.readdirSync(folder).filter((f) => /\.(js|css)$/.test(f) && f !== 'service-worker.js');
  for (const file of files) {
    const full = path.join(folder, file);
    const code = await minified(file, fs.readFileSync(full, 'utf8'));
    fs.writeFileSync(full, code);
    html = updateIntegrity(html, file, Buffer.from(code));
  }
  fs.writeFileSync(indexPath, html);
})().catch((error) => {
  console.error(`minify: ${error.message}`);
  process.exit(1);
});
