// Loads the wasm bundle that shows the route in the URL. Trunk inlines this
// file into index.html (see `pattern_script` in Trunk.toml), so choosing a
// bundle costs no extra request. The rule is `Bundle::for_hash` in
// src/routing.rs: the first segment of the hash path picks the office or
// the kiosk bundle; the root of a device on its first visits (it has never
// held a community, and the service worker does not keep the app yet) gets
// the small start bundle; everything else is the phone's. A bundle reloads
// the page when the user follows a link into another bundle's route.
const HAS_COMMUNITIES_KEY = 'danzhou-green-community-has-communities';

function deviceHasCommunities() {
  try {
    return localStorage.getItem(HAS_COMMUNITIES_KEY) === '1';
  } catch (e) {
    return true; // no storage to ask: the phone bundle copes with that
  }
}

/**
 * Whether the phone bundle shows the root. Once the service worker keeps
 * the app, it does: the phone bundle is on the device and also shows the
 * first-run page, so the start bundle, which serves only first visits, is
 * not kept for offline use (see scripts/build_service_worker.py).
 */
function phoneShowsRoot() {
  const keptOffline = 'serviceWorker' in navigator && Boolean(navigator.serviceWorker.controller);
  return keptOffline || deviceHasCommunities();
}

function bundleFor(hash) {
  const segments = hash.replace(/^#/, '').split('?')[0].split('/').filter(Boolean);
  if (segments[0] === 'office') return 'office';
  if (segments[0] === 'kiosk' && segments.length > 1) return 'kiosk';
  if (segments.length === 0 && !phoneShowsRoot()) return 'start';
  return 'phone';
}

async function startBundle(base, phoneJs, phoneWasm) {
  const files = {
    phone: [phoneJs, phoneWasm],
    start: [base + 'start.js', base + 'start_bg.wasm'],
    office: [base + 'office.js', base + 'office_bg.wasm'],
    kiosk: [base + 'kiosk.js', base + 'kiosk_bg.wasm'],
  };
  const [script, wasm] = files[bundleFor(location.hash)];
  // The splash paints first: nothing of the app is requested before the
  // first frame, so that frame never waits on the network or on start-up
  // work, whatever the machine. It costs the download one frame.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // Then both downloads at once.
  const wasmResponse = fetch(wasm);
  const glue = await import(script);
  await glue.default({ module_or_path: wasmResponse });
}
