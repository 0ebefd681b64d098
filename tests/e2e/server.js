// A static server the test controls: started on a copy of dist/, changed
// while running, and stopped to cut the network for real.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

async function waitUntilUp(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch (_) {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Copies dist/ into a fresh temporary folder. */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-dist-'));
  // Times kept: the precompressed twins stay current, and only what a test changes is compressed again.
  fs.cpSync(path.join(ROOT, 'dist'), dir, { recursive: true, preserveTimestamps: true });
  return dir;
}

/** Serves `dir` on `port`; returns { url, stop }. */
async function serve(dir, port) {
  const child = spawn('python3', [path.join(ROOT, 'scripts', 'static_server.py'), '--dir', dir, '--port', String(port)], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilUp(`${url}index.html`);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Makes `dir` a new deployment: a changed page and a regenerated service worker. */
function deployNewVersion(dir, marker) {
  const index = path.join(dir, 'index.html');
  fs.appendFileSync(index, `\n<!-- ${marker} -->\n`);
  const result = require('node:child_process').spawnSync(
    'python3',
    [path.join(ROOT, 'scripts', 'build_service_worker.py'), '--dir', dir],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  // The precompressed twins must follow, as a real build writes them.
  const twins = require('node:child_process').spawnSync('node', [path.join(ROOT, 'scripts', 'precompress.js'), dir], {
    encoding: 'utf8',
  });
  if (twins.status !== 0) throw new Error(twins.stderr);
}

module.exports = { copyOfDist, serve, deployNewVersion };
