import { beforeAll, describe, expect, it } from 'vitest';
import { buildListing, type Commune } from '#seed/factories.ts';
import { createRandom } from '#seed/random.ts';
import { TENANT_B, insertListings, insertTenants, request } from './support.ts';

const vannes: Commune = { insee: '56260', name: 'Vannes', postcode: '56000', lat: 47.6559, lng: -2.7603, population: 54000 };
const random = createRandom(11);
const confirmed = { status: 'open' as const, last_confirmed_at: new Date().toISOString() };
const neverOpen = buildListing(random, TENANT_B.id, vannes, new Date(), { ...confirmed, name: 'Au Pain Doré', opening_hours: 'off' });
const noHours = buildListing(random, TENANT_B.id, vannes, new Date(), { ...confirmed, name: 'Sans Horaires', opening_hours: '' });
const paused = buildListing(random, TENANT_B.id, vannes, new Date(), { ...confirmed, name: 'En Travaux', status: 'temporarily_closed', status_until: '2099-03-02' });
const always = buildListing(random, TENANT_B.id, vannes, new Date(), { ...confirmed, name: 'Toujours Là', opening_hours: '24/7' });

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_B });
  await insertListings([neverOpen, noHours, paused, always]);
});

function statusOf(html: string, name: string): string | undefined {
  return new RegExp(`<strong>${name}</strong></a>\\s*<span class="status">([^<]*)</span>`).exec(html)?.[1];
}

describe('GET /embed', () => {
  it('says what each business is doing now, never "Ouvert" for one that is closed', async () => {
    const html = await (await request('tenant-b.localhost', '/embed')).text();
    expect(statusOf(html, 'Au Pain Doré')).toBe('Fermé');
    expect(statusOf(html, 'Sans Horaires')).toBe('Horaires non renseignés');
    expect(statusOf(html, 'En Travaux')).toBe('Fermé temporairement · rouvre le 2 mars');
    // Only the one open round the clock says "Ouvert".
    expect(html.match(/class="status">Ouvert/g)).toHaveLength(1);
    expect(statusOf(html, 'Toujours Là')).toMatch(/^Ouvert/);
  });

  it('keeps, when asked for open ones only, the places open now rather than those declared open', async () => {
    const html = await (await request('tenant-b.localhost', '/embed?open=1')).text();
    expect(statusOf(html, 'Toujours Là')).toMatch(/^Ouvert/);
    for (const closedNow of ['Au Pain Doré', 'Sans Horaires', 'En Travaux']) expect(html, closedNow).not.toContain(`<strong>${closedNow}</strong>`);
  });

  it('speaks English when asked', async () => {
    const html = await (await request('tenant-b.localhost', '/embed?lang=en')).text();
    expect(statusOf(html, 'Au Pain Doré')).toBe('Closed');
    expect(statusOf(html, 'En Travaux')).toBe('Temporarily closed · reopens on 2 March');
  });
});
