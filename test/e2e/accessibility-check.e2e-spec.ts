import { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';

/** The console tests' accessibility check must be able to fail: a page with known violations is refused. */
describe('the accessibility check behind every console screenshot', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser?.close());

  it('refuses a page with an unlabelled field and an image without a text alternative', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><input type="text"></main></html>',
    );
    await expect(screenshot(page, 'accessibility-check')).rejects.toThrow(
      /image-alt[\s\S]*label|label[\s\S]*image-alt/,
    );
  });

  it('passes a page without them', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><img src="data:," alt="logo"><label>Name <input type="text"></label></main></html>',
    );
    await expect(screenshot(page, 'accessibility-check')).resolves.toBeUndefined();
  });
});
