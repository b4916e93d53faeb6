#!/usr/bin/env node
// Headless-Chromium check: log into Hawtio 2.17.x (Karaf JAAS), open Camel -> <context> -> routes,
// assert every expected route id is visible in the Routes table, save a full-page screenshot.
//
// Usage: node hawtio-camel.mjs <baseUrl> <user> <password> <screenshot.png> [camelContext]
//   e.g. node hawtio-camel.mjs http://localhost:8181 admin "$PTV_ADMIN_PASSWORD" /tmp/hawtio-camel.png
// Env:  CHROMIUM_PATH  (default /usr/lib/chromium/chromium, the Debian `chromium` package binary)
//       EXPECTED_ROUTES (comma-separated; default = the ptv-integration route ids)
//       TIMEOUT_MS     (per step, default 30000)
// Exit: 0 = all routes visible; 1 = check failed (message on stderr); 2 = bad usage.
import { chromium } from 'playwright-core';

const [baseArg, user, password, shotPath, contextArg] = process.argv.slice(2);
if (!baseArg || !user || password === undefined || !shotPath) {
  console.error('usage: node hawtio-camel.mjs <baseUrl> <user> <password> <screenshot.png> [camelContext]');
  process.exit(2);
}
const base = baseArg.replace(/\/+$/, '');
const camelContext = contextArg || 'ptv-integration';
const expected = (process.env.EXPECTED_ROUTES ||
  'health,yleiset-intake,palvelukanava-intake,ptv-push,ptv-deliver,ptv-delivery-poller,api-docs,ops,retention,drift-scan,codelists,codelists-ops,codelists-refresh,metrics')
  .split(',').map(s => s.trim()).filter(Boolean);
const executablePath = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';
const T = Number(process.env.TIMEOUT_MS || 30000);

class CheckFailed extends Error {}
const fail = msg => { throw new CheckFailed(msg); };
const t0 = Date.now();
const log = msg => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.setDefaultTimeout(T);
let code = 0;
try {
  // 1. Login page (/hawtio/ redirects to /hawtio/auth/login when not authenticated).
  const resp = await page.goto(`${base}/hawtio/`, { waitUntil: 'domcontentloaded' });
  if (!resp || resp.status() >= 400) fail(`GET ${base}/hawtio/ -> HTTP ${resp && resp.status()}`);
  await page.locator('#username').waitFor({ state: 'visible' })
    .catch(() => fail(`login form (#username) did not appear at ${page.url()}`));
  log(`login page ${page.url()}`);

  // 2. Submit credentials; outcome is either leaving /auth/login or the "Invalid login credentials" banner.
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('form button[type=submit]');
  const loginError = page.locator('p.pf-m-error:not(.pf-m-hidden)');
  const outcome = await Promise.race([
    page.waitForURL(u => !u.pathname.includes('/auth/login'), { timeout: T }).then(() => 'ok'),
    loginError.waitFor({ state: 'visible', timeout: T }).then(() => 'rejected'),
  ]).catch(() => 'timeout');
  if (outcome === 'rejected') fail(`login rejected for user '${user}': "${(await loginError.innerText()).trim()}"`);
  if (outcome === 'timeout') fail(`login did not complete within ${T} ms (still at ${page.url()})`);
  log(`logged in, now at ${page.url()}`);

  // 3. Camel nav item (left vertical nav). It appears only once Jolokia reports Camel MBeans.
  const camelNav = page.locator('a.pf-c-nav__link', { hasText: /^\s*Camel\s*$/ });
  await camelNav.waitFor({ state: 'visible' })
    .catch(() => fail('Camel nav item not shown (is hawtio-camel / Camel JMX available, does the user have the role?)'));
  await camelNav.click();

  // 4. Tree node <context>/routes, then the "Routes" tab.
  const routesNode = page.locator(`#cameltree li[id="root-org.apache.camel-${camelContext}-routes"]`);
  await routesNode.waitFor({ state: 'visible' })
    .catch(() => fail(`Camel tree has no routes folder for context '${camelContext}'`));
  await routesNode.click();
  await page.locator('ul.hawtio-tabs li a', { hasText: /^\s*Routes\s*$/ }).click();
  log(`Camel routes view ${page.url()}`);

  // 5. Wait until all expected route ids are in the Routes table's Name column.
  const readNames = () => page.$$eval('table.dataTable tbody tr', rows =>
    rows.map(r => r.querySelectorAll('td')[1]?.textContent.trim()).filter(Boolean));
  let names = [];
  const deadline = Date.now() + T;
  while (Date.now() < deadline) {
    names = await readNames().catch(() => []);
    if (expected.every(id => names.includes(id))) break;
    await page.waitForTimeout(250);
  }
  const missing = expected.filter(id => !names.includes(id));
  if (missing.length) fail(`routes table missing ${missing.join(', ')}; table has [${names.join(', ')}]`);

  // 6. Every id must be actually visible (not just in the DOM).
  for (const id of expected) {
    const cell = page.locator('table.dataTable tbody td', { hasText: new RegExp(`^\\s*${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });
    if (!(await cell.first().isVisible())) fail(`route '${id}' is in the table but not visible`);
  }
  const extra = names.filter(n => !expected.includes(n));
  log(`all ${expected.length} routes visible in context '${camelContext}'` + (extra.length ? ` (also: ${extra.join(', ')})` : ''));

  await page.waitForTimeout(500); // let the table finish its final repaint
  await page.screenshot({ path: shotPath, fullPage: true });
  log(`screenshot ${shotPath}`);
  console.log('PASS');
} catch (e) {
  code = 1;
  console.error(`FAIL: ${e instanceof CheckFailed ? e.message : (e.stack || e)}`);
  const failShot = shotPath.replace(/(\.png)?$/i, '-failure.png');
  await page.screenshot({ path: failShot, fullPage: true }).then(
    () => console.error(`failure screenshot: ${failShot}`), () => {});
} finally {
  await browser.close();
}
process.exit(code);
