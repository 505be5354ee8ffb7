/**
 * The HTML access review in a real browser: headless Chromium from the
 * Debian packages (/usr/bin/chromium, or CHROMIUM_PATH), driven by
 * playwright-core. The page comes from the built command against the
 * sandbox. Without Chromium the test fails, saying how to install it: a
 * browser test that skips is one nobody notices is not running.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatehouse, root, sandbox, workdir } from '../integration/harness.js';
import { reviewDesired, reviewSeed } from '../integration/review-fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let browser: Browser;
let page: Page;
let html: string;
/** What the page did that it must not: dialogs (alert), errors, requests. */
const incidents: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary`);
  }
  const box = await sandbox(reviewSeed);
  try {
    const dir = await workdir({ 'access.yaml': reviewDesired });
    const made = await gatehouse(['report', 'access.yaml', '--format', 'html', '--out', 'review.html'], { ...box.env, GATEHOUSE_TODAY: '2026-12-07' }, { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    html = await readFile(join(dir, 'review.html'), 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    page.on('dialog', (d) => {
      incidents.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => incidents.push(`error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') incidents.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) incidents.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(join(dir, 'review.html')).href);
  } finally {
    await box.close();
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The emails of the rows shown, top to bottom. */
const visibleUsers = async () => (await page.locator('#matrix tbody tr:not([hidden]) th').allTextContents()).map((t) => t.split(' ')[0] ?? '');

describe('the HTML access review in Chromium', () => {
  it('renders the matrix, one row per user and a column per place; loads nothing from outside', async () => {
    expect(await page.locator('#matrix thead th').count()).toBe(4);
    expect(await page.locator('#matrix tbody tr').count()).toBe(7);
    expect(await page.locator('#shown').textContent()).toBe('7');
    expect(await page.locator('#matrix tbody tr', { hasText: 'grace@acme.com' }).locator('td.unmanaged').count()).toBe(3);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    // The README's picture: rewritten with UPDATE_SCREENSHOTS=1 (the page holds the time it was made, so not on every run).
    const shot = await page.screenshot({ fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await mkdir(join(root, 'docs/images'), { recursive: true });
      await writeFile(join(root, 'docs/images/access-review.png'), shot);
    }
  });

  it('a hostile live name is shown as text: no element injected, no script run', async () => {
    const eve = page.locator('#matrix tbody tr', { hasText: 'eve@acme.com' });
    expect(await eve.locator('.name').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(incidents).toEqual([]);
  });

  it('the filter narrows the rows, by text and by mark', async () => {
    await page.fill('#filter', 'grace');
    expect(await visibleUsers()).toEqual(['grace@acme.com']);
    await page.fill('#filter', '');
    await page.selectOption('#mark', 'guest');
    expect(await visibleUsers()).toEqual(['gus@contractor.io']);
    expect(await page.locator('#shown').textContent()).toBe('1');
    await page.selectOption('#mark', '');
    expect(await page.locator('#matrix tbody tr:not([hidden])').count()).toBe(7);
  });

  it('a click on a header sorts by that column, a second click the other way', async () => {
    const user = page.locator('#matrix thead th').first();
    await user.click();
    const up = await visibleUsers();
    expect(up[0]).toMatch(/^alice@/);
    await user.click();
    expect(await visibleUsers()).toEqual([...up].reverse());
    // The Red Team column: owners first (o < r), users without access there last.
    await page.locator('#matrix thead th').nth(3).click();
    expect((await visibleUsers()).slice(0, 3).map((u) => u.split('@')[0])).toEqual(['alice', 'carol', 'grace']);
  });

  it('prints without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.locator('#matrix').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
