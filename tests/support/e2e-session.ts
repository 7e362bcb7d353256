import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { closeOpenedPages, launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

/**
 * One test server and one Chromium for the test file: started before its tests, stopped after.
 * Read them through the getters, which answer once `before` has run. After each test, the pages
 * it opened are closed, and the test fails if any of them threw, hit the CSP or logged a console error.
 */
export function useServerAndBrowser(): { readonly server: TestServer; readonly browser: Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    assert.deepEqual(await closeOpenedPages(), [], 'the pages this test opened logged errors');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the test server starts in before()');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in before()');
      return browser;
    },
  };
}
