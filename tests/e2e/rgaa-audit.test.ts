import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { runD1 } from '../../scripts/d1.ts';
import { luhnCheckDigit } from '../../schema/siret.ts';
import { axeViolations, RGAA_AXE_TAGS } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { linkFromOutbox } from '../support/outbox.ts';
import { stubTurnstile } from '../support/registration-helpers.ts';
import { waitForListings } from '../support/resident.ts';

const e2e = useServerAndBrowser();

const SLUG = 'aix-marseille-provence';
const ADMIN = 'audit-rgaa@cci-aix-marseille-provence.example';
const LANGUAGES = ['fr', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** The Worker refuses a registration sent sooner than this after its form opened (MIN_FILL_MS). */
const MIN_FILL_MS = 4_000;
/** A link of the right shape that no one was ever sent. */
const WRONG_TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1200, height: 800 };

function siretOf(n: number): string {
  const body = String(88_000_000 + n);
  const siren = body + luhnCheckDigit(body);
  return siren + '0001' + luhnCheckDigit(siren + '0001');
}

/** One screen of the audit: how to reach it from wherever the page is, in the language in use. */
type Screen = { name: string; open: (page: Page, language: Language) => Promise<void> };

const origin = () => e2e.server.origin(SLUG);
const submit = (page: Page) => page.locator('button[type=submit]:not([disabled])').click();
const STEP_NUMBER = { business: 1, address: 2, contact: 3, hours: 4, services: 5, review: 6 } as const;
const currentStep = (page: Page, id: keyof typeof STEP_NUMBER) => page.locator(`.steps li:nth-child(${STEP_NUMBER[id]})[aria-current="step"]`);

async function goToStep(page: Page, id: keyof typeof STEP_NUMBER): Promise<void> {
  await submit(page);
  await currentStep(page, id).waitFor();
}

/** The console's sign-in by mailed link, whatever the language shown. */
async function signIn(page: Page): Promise<void> {
  await page.goto(`${origin()}/console`);
  await page.locator('input[type=email]').fill(ADMIN);
  await submit(page);
  await page.locator('.console-status .console-done').waitFor();
  await page.goto(await linkFromOutbox(e2e.server, SLUG, ADMIN, /https?:\/\/\S+\/console#token=[A-Za-z0-9_-]+/));
  await page.locator('.console-nav').waitFor();
}

async function consoleSection(page: Page, section: string): Promise<void> {
  await page.goto(`${origin()}/console/${section}`);
  await page.locator(`.console-nav a[href="/console/${section}"][aria-current="page"]`).waitFor();
  await page.waitForFunction(() => !document.querySelector('.console-main [role="status"]')?.textContent?.match(/^(Chargement|Loading)…$/));
  await page.waitForLoadState('networkidle');
}

/** Each registration gets its own SIRET and email, so the flow can run once per language. */
let registrations = 0;
const emailOf = (language: Language) => `audit-${language}@example.fr`;

/**
 * Every screen a resident, a shopkeeper or a CCI's staff can reach, in the order one visit goes
 * through them. Screens that need data make it the way users do (a registration, its mailed link).
 */
const SCREENS: Screen[] = [
  { name: 'tenant directory (bare localhost)', open: async (page) => void (await page.goto(`http://localhost:${e2e.server.port}/`)) },
  { name: 'unknown address (404)', open: async (page) => void (await page.goto(`http://adresse-inconnue.localhost:${e2e.server.port}/`)) },
  {
    name: 'map',
    open: async (page) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(`${origin()}/`);
      await waitForListings(page);
    },
  },
  {
    name: 'map legend open',
    open: async (page) => {
      await page.locator('.map-legend summary').click();
      await page.locator('.map-legend ul').waitFor();
    },
  },
  {
    name: 'filters open',
    open: async (page) => {
      await page.goto(`${origin()}/`);
      await waitForListings(page);
      await page.locator('.filter-panel summary').click();
      await page.locator('.filter-body fieldset').first().waitFor();
    },
  },
  {
    name: 'list (phone width)',
    open: async (page) => {
      await page.setViewportSize(PHONE);
      await page.goto(`${origin()}/`);
      await waitForListings(page);
      await page.locator('[data-listing-id]').first().scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'card',
    open: async (page) => {
      await page.setViewportSize(DESKTOP);
      await page.locator('[data-listing-id] button, [data-listing-id] a').first().click();
      await page.locator('.listing-card h2').waitFor();
    },
  },
  {
    name: '/l/:id',
    open: async (page) => {
      const id = await page.locator('[data-listing-id]').first().getAttribute('data-listing-id');
      await page.goto(`${origin()}/l/${id}`);
      await page.locator('.listing-card h2').waitFor();
      await waitForListings(page);
    },
  },
  {
    name: '/l/:id of no listing (not found)',
    open: async (page) => {
      await page.goto(`${origin()}/l/zz0000000000`);
      await page.locator('.list-pane [role="alert"]').waitFor();
    },
  },
  {
    name: 'accessibility statement',
    open: async (page) => {
      await page.goto(`${origin()}/accessibilite`);
      await page.locator('.statement h2').first().waitFor();
    },
  },
  {
    name: 'registration: business',
    open: async (page) => {
      await stubTurnstile(page);
      await page.goto(`${origin()}/inscription`);
      await currentStep(page, 'business').waitFor();
    },
  },
  {
    name: 'registration: business with errors',
    open: async (page) => {
      await submit(page);
      await page.locator('#error-summary').waitFor();
    },
  },
  {
    name: 'registration: address',
    open: async (page) => {
      registrations += 1;
      await page.locator('#name').fill(`Épicerie de l’audit ${registrations}`);
      await page.locator('#siret').fill(siretOf(registrations));
      await page.locator('#category').selectOption('grocery');
      await goToStep(page, 'address');
    },
  },
  {
    name: 'registration: address with a commune and its pin',
    open: async (page) => {
      await page.locator('#address').fill('3 cours Foch');
      await page.locator('#commune-search').fill('Aubagne');
      await page.locator('#commune-results button', { hasText: 'Aubagne' }).first().click();
      await page.locator('.pin-map .leaflet-container').waitFor();
    },
  },
  { name: 'registration: contact', open: async (page) => goToStep(page, 'contact') },
  {
    name: 'registration: hours',
    open: async (page, language) => {
      await page.locator('#email').fill(emailOf(language));
      await goToStep(page, 'hours');
    },
  },
  { name: 'registration: services and situation', open: async (page) => goToStep(page, 'services') },
  { name: 'registration: review', open: async (page) => goToStep(page, 'review') },
  {
    name: 'registration: sent',
    open: async (page) => {
      await page.waitForTimeout(MIN_FILL_MS);
      await submit(page);
      await page.locator('#outcome-title').waitFor();
    },
  },
  {
    name: 'self-service page, with a wrong link (link request)',
    open: async (page) => {
      await page.goto(`${origin()}/ma-fiche#token=${WRONG_TOKEN}`);
      await page.locator('#link-email, input[type=email]').first().waitFor();
    },
  },
  {
    name: 'self-service page (private link)',
    open: async (page, language) => {
      // From the page with the wrong link, only the fragment would change: the page must load anew.
      await page.goto('about:blank');
      await page.goto(await linkFromOutbox(e2e.server, SLUG, emailOf(language), /https?:\/\/\S+\/ma-fiche#token=[A-Za-z0-9_-]+/));
      await page.locator('#listing-title').waitFor();
    },
  },
  {
    name: 'alerts page with a wrong link',
    open: async (page) => {
      await page.goto(`${origin()}/alertes#confirm=${WRONG_TOKEN}`);
      await page.locator('main [role="alert"], [role="alert"]').first().waitFor();
    },
  },
  {
    name: 'embed',
    open: async (page, language) => {
      await page.goto(`${origin()}/embed?lang=${language}`);
      await page.locator('main').waitFor();
    },
  },
  {
    name: 'console sign-in',
    open: async (page) => {
      await page.goto(`${origin()}/console`);
      await page.locator('input[type=email]').waitFor();
    },
  },
  {
    name: 'console sign-in with a wrong link',
    open: async (page) => {
      await page.goto(`${origin()}/console#token=${WRONG_TOKEN}`);
      await page.locator('[role="alert"]').first().waitFor();
    },
  },
  { name: 'console after signing in (first section)', open: signIn },
  ...['moderation', 'listings', 'settings', 'import', 'stats', 'crisis', 'embed', 'staff'].map(
    (section): Screen => ({ name: `console ${section}`, open: async (page) => consoleSection(page, section) }),
  ),
];

async function auditIn(page: Page, language: Language, found: string[]): Promise<void> {
  for (const screen of SCREENS) {
    await screen.open(page, language).catch(async (error: unknown) => {
      if (process.env.AUDIT_SCREENSHOTS) await page.screenshot({ path: `${process.env.AUDIT_SCREENSHOTS}/${language}-${screen.name.replace(/\W+/g, '-')}.png` });
      throw new Error(`opening ${screen.name} in ${language}: ${(error as Error).message}`);
    });
    // Each screen must really be in the language audited, not fall back to French.
    const shown = await page.evaluate(() => document.documentElement.lang);
    if (!screen.name.startsWith('tenant directory') && !screen.name.startsWith('unknown address')) {
      assert.equal(shown, language, `${screen.name} is shown in ${language}`);
    }
    for (const violation of await axeViolations(page)) found.push(`${language} ${screen.name}: ${violation}`);
  }
}

describe('RGAA automated audit', () => {
  it(`finds no axe violation (${RGAA_AXE_TAGS.join(', ')}) on any screen, in French and in English`, async () => {
    runD1({ remote: false, persistTo: e2e.server.stateDir }, `INSERT INTO staff (tenant_id, email, role) SELECT id, '${ADMIN}', 'admin' FROM tenants WHERE slug = '${SLUG}'`);
    const { page } = await openPage(e2e.browser, {
      expectedConsoleErrors: [
        // The unknown address is answered 404, by design.
        statusLogged(404, /^http:\/\/adresse-inconnue\.localhost:\d+\/$/),
        // So is the card of no listing.
        statusLogged(404, /\/api\/v1\/listings\/zz0000000000$/),
        // Signed out, the console and the shopkeeper's page ask for their session and are answered 401.
        statusLogged(401, /\/api\/v1\/console\/session$/),
        statusLogged(401, /\/api\/v1\/self-service\//),
        // Wrong links are refused.
        statusLogged(400, /\/api\/v1\/(console\/session|self-service\/session|alerts\/.*)$/),
        statusLogged(404, /\/api\/v1\/(console\/session|self-service\/session|alerts\/.*)$/),
        statusLogged(410, /\/api\/v1\/alerts\/confirmations$/),
      ],
    });
    const found: string[] = [];
    let audited = 0;
    for (const language of LANGUAGES) {
      // Each pass starts signed out, the language chosen as a visitor chooses it: kept on the device.
      await page.context().clearCookies();
      await page.goto(`${origin()}/accessibilite`);
      await page.evaluate((chosen) => localStorage.setItem('vitrine.language', chosen), language);
      await auditIn(page, language, found);
      audited += SCREENS.length;
    }
    console.log(`axe ${RGAA_AXE_TAGS.join(',')}: ${SCREENS.length} screens × ${LANGUAGES.length} languages = ${audited} audits, ${found.length} violations`);
    assert.deepEqual(found, [], 'axe violations by language and screen');
  });
});
