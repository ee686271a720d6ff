// The review page in a real browser: Chromium through playwright-core, clicking Accept and using the
// keyboard. Skipped (with the reason) unless playwright-core is installed and Chromium is found at
// $CHROMIUM_PATH or /usr/bin/chromium. The DOM-level test (ui.test.ts) always runs.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startFixture, type Fixture } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PLAYWRIGHT = 'playwright-core';

function missing(): string | null {
  try {
    createRequire(import.meta.url).resolve(PLAYWRIGHT);
  } catch {
    return `${PLAYWRIGHT} is not installed (npm install --save-dev ${PLAYWRIGHT})`;
  }
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
  return null;
}

const reason = missing();
if (reason) console.warn(`test/review/browser.test.ts skipped: ${reason}`);

describe.skipIf(reason !== null)('the review page in Chromium', () => {
  let fx: Fixture;
  let browser: any;
  let page: any;
  const problems: string[] = [];

  beforeAll(async () => {
    fx = await startFixture({ ingestExamples: false });
    const { chromium } = await import(/* @vite-ignore */ PLAYWRIGHT);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    page.on('console', (m: any) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e: Error) => problems.push(e.message));
    page.on('request', (r: any) => {
      if (!r.url().startsWith(fx.base)) problems.push(`external request: ${r.url()}`);
    });
    await page.goto(fx.server.url);
    await page.waitForSelector('#queue li[data-id]');
  });
  afterAll(async () => {
    await browser?.close();
    await fx?.close();
  });

  it('shows the queue and the evidence highlighted in the article, with no CSP violation or external request', async () => {
    expect(await page.locator('#queue li[data-id]').count()).toBe(4);
    await page.waitForSelector('#detail .article-text .hl-evidence');
    const first = await page.locator('#queue li[data-id]').first().getAttribute('data-id');
    const ev = (await call(fx, 'GET', `/api/events/${first}`)).body.event;
    const marked = (await page.locator('#detail .article-text .hl-evidence').allTextContents()).join('');
    expect(marked.startsWith(ev.evidence.text)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('clicking Accept records the decision and moves to the next event', async () => {
    const first = await page.locator('#queue li[data-id]').first().getAttribute('data-id');
    await page.locator('#queue li[data-id]').first().click();
    await page.click('#do-accept');
    await expect.poll(async () => (await call(fx, 'GET', `/api/events/${first}`)).body.event.status).toBe('accepted');
    await expect.poll(async () => page.locator('#queue li[aria-selected="true"]').getAttribute('data-id')).not.toBe(first);
    await expect.poll(async () => page.locator(`#queue li[data-id="${first}"] .badge`).textContent()).toBe('accepted');
  });

  it('keyboard: r rejects the selected event', async () => {
    const id = await page.locator('#queue li[aria-selected="true"]').getAttribute('data-id');
    await page.locator('body').press('r');
    await expect.poll(async () => (await call(fx, 'GET', `/api/events/${id}`)).body.event.status).toBe('rejected');
    expect(problems).toEqual([]);
  });
});
