import { defineConfig } from '@playwright/test';
import { storageStatePath, testIdp, testServer } from './e2e/support/test-server';

// The production server (scripts/start.ts: migrate, seed, serve) on the database
// the environment names; `npm test` points it at a scratch one.
export default defineConfig({
  testDir: 'e2e',
  // Parallel runs (helpers, benchmarks) keep their artifacts apart.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [
    ['list'],
    ...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
    // npm test reads this for its closing "N passed, N failed" line.
    ...(process.env.PW_JSON_REPORT ? [['json', { outputFile: process.env.PW_JSON_REPORT }] as const] : []),
  ],
  globalSetup: './e2e/support/global-setup.ts',
  // Every test starts signed in as the admin (a spec about another role or a stranger says so),
  // and its API calls send Origin as a browser does, so cookie changes pass the CSRF check.
  use: {
    baseURL: testServer.baseUrl,
    trace: 'retain-on-failure',
    storageState: storageStatePath('admin'),
    extraHTTPHeaders: { Origin: testServer.baseUrl },
  },
  projects: [
    { name: 'api', testMatch: 'api/**/*.spec.ts' },
    {
      name: 'chromium',
      testMatch: 'browser/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          // Playwright cannot download browsers here: Debian's chromium (apt-get install chromium).
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx --conditions=react-server scripts/start.ts',
    url: `${testServer.baseUrl}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    env: {
      PORT: String(testServer.port),
      HOSTNAME: '127.0.0.1',
      WEBHOOK_AUTH_TOKEN: testServer.webhookToken,
      ADMIN_EMAIL: testServer.admin.email,
      ADMIN_PASSWORD: testServer.admin.password,
      // Every test signs in from 127.0.0.1: one address for the whole suite. The limit itself is
      // tested on a server of its own with the default.
      AUTH_SIGN_IN_LIMIT: '1000',
      DATA_DIR: process.env.DATA_DIR ?? '.data/e2e',
      // Single sign-on against the provider global setup starts (e2e/support/oidc-idp.ts).
      OIDC_ISSUER: testIdp.issuer,
      OIDC_CLIENT_ID: testIdp.clientId,
      OIDC_CLIENT_SECRET: testIdp.clientSecret,
      OIDC_NAME: testIdp.name,
      NEXT_TELEMETRY_DISABLED: '1',
      // Campaign calls in the sandbox last a second: a call lost with a killed server times out soon.
      CAMPAIGN_SUMMARY_TIMEOUT_S: '15',
    },
  },
});
