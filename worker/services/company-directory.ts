import { z } from 'zod';
import type { DirectoryEstablishment, SiretLookup } from '#schema/company-directory.ts';

/** The public company directory (Sirene), asked about one SIRET at a time. */
export interface CompanyDirectory {
  lookup(siret: string): Promise<SiretLookup>;
}

/** INSEE masks every detail of a business that opted out of publication with this text. */
const NON_DIFFUSIBLE_MARK = '[NON-DIFFUSIBLE]';

const text = z.string().nullish();

const EstablishmentSchema = z.object({
  siret: z.string(),
  adresse: text,
  code_postal: text,
  libelle_commune: text,
  commune: text,
  latitude: z.union([z.string(), z.number()]).nullish(),
  longitude: z.union([z.string(), z.number()]).nullish(),
  etat_administratif: text,
  liste_enseignes: z.array(z.string()).nullish(),
  nom_commercial: text,
  statut_diffusion_etablissement: text,
});

const CompanySchema = z.object({
  nom_complet: text,
  nom_raison_sociale: text,
  statut_diffusion: text,
  siege: EstablishmentSchema.nullish(),
  matching_etablissements: z.array(EstablishmentSchema).nullish(),
});

/** What https://recherche-entreprises.api.gouv.fr/search answers; fields we do not read are ignored. */
export const SearchAnswerSchema = z.object({ results: z.array(CompanySchema) });
export type SearchAnswer = z.input<typeof SearchAnswerSchema>;
type Company = z.infer<typeof CompanySchema>;
type Establishment = z.infer<typeof EstablishmentSchema>;

const present = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

function coordinate(value: string | number | null | undefined): number | null {
  const number = typeof value === 'number' ? value : present(value) ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? number : null;
}

/** The directory's address ends with the postcode and commune; the form keeps them apart. */
function streetOf(establishment: Establishment): string {
  const address = (establishment.adresse ?? '').trim();
  const tail = [establishment.code_postal, establishment.libelle_commune].filter(present).join(' ');
  return tail && address.toUpperCase().endsWith(tail.toUpperCase()) ? address.slice(0, -tail.length).trim() : address;
}

function isNonDiffusible(company: Company, establishment: Establishment): boolean {
  const names = [company.nom_complet, company.nom_raison_sociale, establishment.adresse];
  return (
    (present(company.statut_diffusion) && company.statut_diffusion !== 'O') ||
    (present(establishment.statut_diffusion_etablissement) && establishment.statut_diffusion_etablissement !== 'O') ||
    names.some((name) => name?.includes(NON_DIFFUSIBLE_MARK))
  );
}

/** The establishment of this SIRET among the search results, in the shape the form reads. */
export function lookupFromAnswer(answer: z.infer<typeof SearchAnswerSchema>, siret: string): SiretLookup {
  for (const company of answer.results) {
    const establishment = [...(company.matching_etablissements ?? []), ...(company.siege ? [company.siege] : [])].find((e) => e.siret === siret);
    if (!establishment) continue;
    if (isNonDiffusible(company, establishment)) return { result: 'unverified', reason: 'non_diffusible' };
    const knownNames = [...(establishment.liste_enseignes ?? []), establishment.nom_commercial, company.nom_complet, company.nom_raison_sociale].filter(present);
    const found: DirectoryEstablishment = {
      siret,
      name: knownNames[0] ?? '',
      knownNames: [...new Set(knownNames)],
      street: streetOf(establishment),
      postcode: establishment.code_postal ?? '',
      commune: establishment.libelle_commune ?? '',
      communeInsee: present(establishment.commune) ? establishment.commune : null,
      lat: coordinate(establishment.latitude),
      lng: coordinate(establishment.longitude),
      closed: establishment.etat_administratif === 'F',
    };
    return { result: 'found', establishment: found };
  }
  return { result: 'not_found' };
}

export type HttpDirectoryOptions = { endpoint: string; timeoutMs: number; fetcher?: typeof fetch };

/**
 * The free directory of the French administration (no key; about 7 requests a second per
 * client). A slow answer is abandoned after `timeoutMs`, so a registration never waits on it.
 */
export function httpCompanyDirectory({ endpoint, timeoutMs, fetcher = fetch }: HttpDirectoryOptions): CompanyDirectory {
  return {
    async lookup(siret) {
      const url = new URL('/search', endpoint);
      url.searchParams.set('q', siret);
      url.searchParams.set('per_page', '5');
      let response: Response;
      try {
        response = await fetcher(url.toString(), { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        console.warn('Company directory unreachable', error);
        return { result: 'unverified', reason: timedOut ? 'timeout' : 'unavailable' };
      }
      if (!response.ok) {
        console.warn(`Company directory answered HTTP ${response.status}`);
        return { result: 'unverified', reason: 'unavailable' };
      }
      const parsed = SearchAnswerSchema.safeParse(await response.json().catch(() => null));
      if (!parsed.success) {
        console.warn('Company directory answered an unexpected shape');
        return { result: 'unverified', reason: 'unavailable' };
      }
      return lookupFromAnswer(parsed.data, siret);
    },
  };
}

/** A fixture: the directory's own answer for a SIRET, or the failure it stands for. */
export type DirectoryFixture = SearchAnswer | 'unavailable' | 'timeout';

/**
 * A directory of recorded answers, for `npm run dev` and the tests: nothing leaves the machine,
 * and the answers go through the same reading as the real ones.
 */
export function localCompanyDirectory(fixtures: Readonly<Record<string, DirectoryFixture>>): CompanyDirectory {
  return {
    async lookup(siret) {
      const fixture = fixtures[siret];
      if (fixture === undefined) return { result: 'not_found' };
      if (fixture === 'unavailable' || fixture === 'timeout') return { result: 'unverified', reason: fixture };
      return lookupFromAnswer(SearchAnswerSchema.parse(fixture), siret);
    },
  };
}
