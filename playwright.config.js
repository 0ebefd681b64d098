// End-to-end tests against the release build in dist/, served by a plain
// static server, in Debian's Chromium on a phone-sized viewport.
const { defineConfig } = require('@playwright/test');

// E2E_PORT lets two checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;

module.exports = defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--no-sandbox',
      ],
    },
  },
  webServer: {
    command: `python3 scripts/static_server.py --dir dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
