import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { SiretLookup } from '#schema/company-directory.ts';
import type { QueueItem } from '#schema/console/moderation.ts';
import type { RegistrationResult } from '#schema/registration.ts';
import { httpCompanyDirectory, type SearchAnswer } from '#worker/services/company-directory.ts';
import { DEMO_SIRETS } from '#seed/demo-sirets.ts';
import { memoryRateLimiter } from '#worker/services/rate-limit.ts';
import { addStaff, consoleRequest, signIn } from './console-support.ts';
import { TENANT_A, hanging, request } from './support.ts';
import { HOST_A, insertRegistrationTenants, register, useFakeServices, validRegistration, type ErrorBody } from './registration-support.ts';

/** An answer in the shape recherche-entreprises.api.gouv.fr gives, trimmed to what is read. */
function directoryAnswer(siret: string, overrides: { etat?: string; diffusion?: string; enseignes?: string[] | null } = {}): SearchAnswer {
  return {
    results: [{
      nom_complet: 'MARTIN ET FILS', nom_raison_sociale: 'MARTIN ET FILS', statut_diffusion: overrides.diffusion ?? 'O',
      siege: { siret: `${siret.slice(0, 9)}00099`, adresse: '1 RUE DU SIEGE 75001 PARIS', code_postal: '75001', libelle_commune: 'PARIS', commune: '75101', etat_administratif: 'A' },
      matching_etablissements: [{
        siret, adresse: '8 RUE DE LA REPUBLIQUE 13002 MARSEILLE', code_postal: '13002', libelle_commune: 'MARSEILLE', commune: '13202',
        latitude: '43.2978', longitude: '5.3711', etat_administratif: overrides.etat ?? 'A', liste_enseignes: overrides.enseignes === undefined ? ['BOULANGERIE MARTIN'] : overrides.enseignes,
        nom_commercial: null, statut_diffusion_etablissement: overrides.diffusion ?? 'O',
      }],
    }],
  };
}

const lookup = (siret: string, ip = '192.0.2.10') => request(HOST_A, `/api/v1/registrations/siret/${siret}`, { headers: { 'cf-connecting-ip': ip } });

function useDirectory(fetcher: typeof fetch, timeoutMs = 50): void {
  useFakeServices({ companyDirectory: httpCompanyDirectory({ endpoint: 'https://directory.test', timeoutMs, fetcher }) });
}

/** The moderation item a registration made, as the console reads it. */
async function queueItemOf(listingId: string): Promise<QueueItem | undefined> {
  const session = await signIn(TENANT_A.id, 'siret-moderator@a.fr');
  const { items } = await (await consoleRequest(session, '/moderation?kind=registration')).json<{ items: QueueItem[] }>();
  return items.find((item) => item.listingId === listingId);
}

beforeAll(async () => {
  await insertRegistrationTenants();
  await addStaff(TENANT_A.id, 'siret-moderator@a.fr', 'admin');
});
let warnings: MockInstance<typeof console.warn>;
beforeEach(() => {
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warnings.mockRestore());

describe('GET /api/v1/registrations/siret/:siret', () => {
  it('answers the establishment of that SIRET, not its head office, with its street apart from postcode and commune', async () => {
    const siret = (await validRegistration()).siret;
    const asked: string[] = [];
    useDirectory(async (input) => {
      asked.push(String(input));
      return Response.json(directoryAnswer(siret));
    });
    const response = await lookup(siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4'));
    expect(response.status).toBe(200);
    expect(await response.json<SiretLookup>()).toEqual({
      result: 'found',
      establishment: {
        siret, name: 'BOULANGERIE MARTIN', knownNames: ['BOULANGERIE MARTIN', 'MARTIN ET FILS'], street: '8 RUE DE LA REPUBLIQUE',
        postcode: '13002', commune: 'MARSEILLE', communeInsee: '13202', lat: 43.2978, lng: 5.3711, closed: false,
      },
    });
    expect(asked).toEqual([`https://directory.test/search?q=${siret}&per_page=5`]);
  });

  it('says when the directory lists the establishment as closed', async () => {
    const siret = (await validRegistration()).siret;
    useDirectory(async () => Response.json(directoryAnswer(siret, { etat: 'F' })));
    const body = await (await lookup(siret)).json<SiretLookup>();
    expect(body).toMatchObject({ result: 'found', establishment: { closed: true } });
  });

  it('answers not_found when no result holds that SIRET', async () => {
    const siret = (await validRegistration()).siret;
    useDirectory(async () => Response.json({ results: [] }));
    expect(await (await lookup(siret)).json<SiretLookup>()).toEqual({ result: 'not_found' });
  });

  it.each([
    ['the business opted out of publication', async () => Response.json(directoryAnswer('X', { diffusion: 'P' })), 'non_diffusible'],
    ['the directory answers 5xx', async () => new Response('bad gateway', { status: 502 }), 'unavailable'],
    ['the directory is over its rate limit', async () => new Response('slow down', { status: 429 }), 'unavailable'],
    ['the network fails', async () => { throw new TypeError('network down'); }, 'unavailable'],
    ['the directory answers something else', async () => Response.json({ unexpected: true }), 'unavailable'],
    ['the directory does not answer in time', hanging(), 'timeout'],
  ] as const)('answers unverified (%s) instead of failing', async (_label, fetcher, reason) => {
    const siret = (await validRegistration()).siret;
    const answering: typeof fetch = async (input, init) => {
      const response = await fetcher(input, init);
      // The opted-out answer is built for this very SIRET.
      if (reason !== 'non_diffusible') return response;
      return Response.json(directoryAnswer(siret, { diffusion: 'P' }));
    };
    useDirectory(answering);
    const response = await lookup(siret);
    expect(response.status).toBe(200);
    expect(await response.json<SiretLookup>()).toEqual({ result: 'unverified', reason });
  });

  it('gives up on a slow directory after its timeout', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    useDirectory(hanging(signals), 50);
    const started = Date.now();
    const body = await (await lookup((await validRegistration()).siret)).json<SiretLookup>();
    expect(body).toEqual({ result: 'unverified', reason: 'timeout' });
    expect(signals[0]?.aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a SIRET that fails its check digits with a field message, without asking the directory', async () => {
    let asked = 0;
    useDirectory(async () => {
      asked++;
      return Response.json({ results: [] });
    });
    const response = await request(HOST_A, '/api/v1/registrations/siret/12345678901234', { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(400);
    const body = await response.json<ErrorBody>();
    expect(body.error.fields?.siret?.[0]).toMatch(/SIRET/);
    expect(asked).toBe(0);
  });

  it('limits lookups per address with 429 and Retry-After', async () => {
    useFakeServices({
      writeLimits: { perIp: memoryRateLimiter({ limit: 3, periodSeconds: 60 }), perTenant: memoryRateLimiter({ limit: 1000, periodSeconds: 60 }) },
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await lookup(DEMO_SIRETS.aubagneBakery, '192.0.2.77')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number((await lookup(DEMO_SIRETS.aubagneBakery, '192.0.2.77')).headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address still has its own allowance.
    expect((await lookup(DEMO_SIRETS.aubagneBakery, '192.0.2.78')).status).toBe(200);
  });

  it('answers from the demo fixtures on a local instance, with no network', async () => {
    useFakeServices();
    const bakery = await (await lookup(DEMO_SIRETS.aubagneBakery)).json<SiretLookup>();
    expect(bakery).toMatchObject({ result: 'found', establishment: { name: 'BOULANGERIE DU GARLABAN', street: '12 COURS MARECHAL FOCH', communeInsee: '13005' } });
    expect(await (await lookup(DEMO_SIRETS.nonDiffusible)).json<SiretLookup>()).toEqual({ result: 'unverified', reason: 'non_diffusible' });
    expect(await (await lookup(DEMO_SIRETS.directoryDown)).json<SiretLookup>()).toEqual({ result: 'unverified', reason: 'unavailable' });
    expect(await (await lookup(DEMO_SIRETS.directoryTimeout)).json<SiretLookup>()).toEqual({ result: 'unverified', reason: 'timeout' });
  });
});

describe('POST /api/v1/registrations records what the directory said for the reviewer', () => {
  it.each([
    ['verified', 'Boulangerie Martin', {}],
    ['verified', 'Aux pains de Martin', { enseignes: null }],
    ['name_differs', 'Pizzeria Napoli', {}],
    ['closed', 'Boulangerie Martin', { etat: 'F' }],
    ['non_diffusible', 'Boulangerie Martin', { diffusion: 'P' }],
  ] as const)('flags the moderation item %s for a registration named %s', async (check, name, overrides) => {
    const registration = await validRegistration({ name });
    useDirectory(async () => Response.json(directoryAnswer(registration.siret, overrides)));
    const response = await register(registration);
    expect(response.status).toBe(201);
    const { listingId } = await response.json<RegistrationResult>();
    expect(await queueItemOf(listingId)).toMatchObject({ siretCheck: check });
  });

  it.each([
    ['the directory is down', async () => new Response('down', { status: 503 }), 'unavailable'],
    ['the directory is too slow', hanging(), 'timeout'],
    ['the SIRET is not in the directory', async () => Response.json({ results: [] }), 'not_found'],
  ] as const)('accepts the registration and flags it for a look by hand when %s', async (_label, fetcher, check) => {
    useDirectory(fetcher);
    const registration = await validRegistration();
    const response = await register(registration);
    expect(response.status).toBe(201);
    const result = await response.json<RegistrationResult>();
    expect(result.published).toBe(true);
    expect(await queueItemOf(result.listingId)).toMatchObject({ siretCheck: check, holdReason: null });
  });

  it('asks the directory itself rather than trusting the form', async () => {
    let asked = 0;
    useDirectory(async () => {
      asked++;
      return Response.json({ results: [] });
    });
    const registration = await validRegistration();
    await register({ ...registration, siretCheck: 'verified' });
    expect(asked).toBe(1);
  });
});
