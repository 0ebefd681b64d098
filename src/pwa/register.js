// Registers the service worker and tells the app when a new version is
// ready. The app shows the notice; the page reloads only when the user asks.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;

  function announce(worker) {
    window.__pwaWaiting = worker;
    window.dispatchEvent(new CustomEvent('pwa:update-ready'));
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener('updatefound', function () {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
      });
    });
  }

  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (window.__pwaApplying && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });

  window.addEventListener('pwa:apply-update', function () {
    const worker = window.__pwaWaiting;
    if (!worker) return;
    window.__pwaApplying = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });

  window.addEventListener('load', function () {
    navigator.serviceWorker
      .register('./service-worker.js', { scope: './', updateViaCache: 'none' })
      .then(function (registration) {
        watch(registration);
        // A kiosk or a phone left open for days still learns of updates.
        setInterval(function () { registration.update().catch(function () {}); }, 60 * 60 * 1000);
      })
      .catch(function (error) {
        console.warn('service worker not registered', error);
      });
  });
})();
