import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { repoRoot } from '../../scripts/stack/repo-root';

/** Debian's chromium (`.ci/run` installs it); CHROMIUM_PATH points elsewhere. No browser is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the console tests leave their screenshots, for a person to look at. */
export const SCREENSHOTS = join(repoRoot(), 'test-results', 'console');

/** Headless Chromium with the flags this closed network needs (no background calls home, no sandbox as root). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (own cookies) in the given language. */
export function newPerson(
  browser: Browser,
  baseURL: string,
  locale = 'en-GB',
  viewport = { width: 1200, height: 900 },
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale, viewport });
}

/** Signs in through the form, as a person would, and returns on their home page. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/Your token|Ваш токен/).fill(token);
  await clickAndLoad(page, page.getByRole('button', { name: /Sign in|Войти/ }));
  if (new URL(page.url()).pathname.startsWith('/sign-in'))
    throw new Error(`signing in failed: ${await page.locator('main').innerText()}`);
}

/**
 * Saves the page for a person to look at, after checking it with axe-core in the browser: a serious or critical
 * accessibility violation (WCAG 2.1 A and AA) fails the test, naming the rule and the elements.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  // Evaluated over the DevTools protocol, which the console's Content-Security-Policy does not govern (a script tag would be).
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(await axeSource());
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as { axe: AxeRunner; document: unknown };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  if (violations.length) throw new Error(`page ${name} fails accessibility checks:\n${violations.join('\n')}`);
}

let axeScript: Promise<string> | undefined;
const axeSource = () => (axeScript ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** The part of axe-core's browser API the check uses. */
interface AxeRunner {
  run(
    context: unknown,
    options: object,
  ): Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }>;
}

/** The visible text of the first match, once there is one (pages are server-rendered: it is there after load). */
export async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor({ state: 'visible' });
  return (await locator.first().innerText()).trim();
}

export async function valueOf(locator: Locator, attribute?: string): Promise<string | null> {
  await locator.first().waitFor();
  return attribute ? locator.first().getAttribute(attribute) : locator.first().inputValue();
}

/** Clicks something that submits a form or follows a link, and waits for the next page to load. */
export async function clickAndLoad(page: Page, locator: Locator): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}
