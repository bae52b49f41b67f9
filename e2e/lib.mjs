import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
export const DEMO_PASSWORD = 'Yizhan@2026';

/** Debian's Chromium with the flags this machine needs (no downloads, no background networking). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Save a screenshot under e2e/artifacts (kept by CI on failure, looked at during development). */
export async function shot(page, name) {
  mkdirSync('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });
}

/** Run `fn(page)`; on failure keep a screenshot named after the test. */
export async function withPage(browser, name, fn, opts = {}) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    ...opts,
  });
  const page = await context.newPage();
  try {
    await fn(page);
  } catch (err) {
    await shot(page, `FAILED-${name}`).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

export async function apiGet(path) {
  const res = await fetch(`${BASE_URL}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}
