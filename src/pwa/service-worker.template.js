// Service worker: keeps the app on the device so it starts with no network
// at all. It installs what a phone needs; the office's and the kiosk's
// bundles are kept the first time a device opens them. The version and
// both lists come from what Trunk wrote to dist/
// (scripts/build_service_worker.py).
'use strict';

const VERSION = '__BUILD_VERSION__';
const CACHE = `dgc-app-${VERSION}`;
const PRECACHE = __PRECACHE_LIST__;
const ON_DEMAND = __ON_DEMAND_LIST__;

self.addEventListener('install', (event) => {
  // A new version waits until the page asks for it, so nothing reloads in
  // the middle of an edit.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('dgc-app-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'GET_VERSION') event.source.postMessage({ type: 'VERSION', version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every route is the same page (routes live in the hash).
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match('./index.html').then((cached) => cached || fetch(request)),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((cached) => cached || fetchAndKeep(cache, request)),
    ),
  );
});

/** Fetches a file; one of the on-demand files is kept for offline use. */
function fetchAndKeep(cache, request) {
  const path = new URL(request.url).pathname;
  const keep = ON_DEMAND.some((file) => path.endsWith(file.slice(1)));
  return fetch(request).then((response) => {
    if (keep && response.ok) cache.put(request, response.clone());
    return response;
  });
}
