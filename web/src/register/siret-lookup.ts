import type { DirectoryEstablishment, SiretLookup } from '#schema/company-directory.ts';
import type { Commune } from '#schema/communes.ts';
import { api, call } from '../api.ts';
import type { FormValues } from './form-model.ts';

const answers = new Map<string, Promise<SiretLookup>>();

/**
 * The directory's answer for a SIRET, asked once per page: going back to the first step does not
 * spend the lookup allowance again. Anything but an answer (offline, 429, 5xx) reads as a
 * directory that could not be reached, which never stops the registration.
 */
export function lookUpSiret(siret: string): Promise<SiretLookup> {
  let pending = answers.get(siret);
  if (!pending) {
    pending = call(api.api.v1.registrations.siret[':siret'].$get, { param: { siret } }).catch((): SiretLookup => ({ result: 'unverified', reason: 'unavailable' }));
    // A failed lookup may succeed later: only real answers are kept.
    void pending.then((answer) => {
      if (answer.result === 'unverified' && answer.reason !== 'non_diffusible') answers.delete(siret);
    });
    answers.set(siret, pending);
  }
  return pending;
}

/** Words French titles keep in lower case ("Boulangerie du Port"). */
const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'au', 'aux', 'sur', 'en', 'sous', 'l', 'd']);

/** The directory writes in capitals ("12 COURS MARECHAL FOCH"); the form reads as people write. */
export function readableCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|['’-])/)
    .map((part, index) => (index > 0 && SMALL_WORDS.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

export type DirectoryAddress = Pick<FormValues, 'address' | 'postcode' | 'commune' | 'communeInsee' | 'lat' | 'lng'>;

/** The establishment's address as the form holds it, the commune named as the tenant's list names it. */
export function directoryAddress(establishment: DirectoryEstablishment, communes: readonly Commune[]): DirectoryAddress {
  const commune = communes.find((c) => c.insee === establishment.communeInsee);
  return {
    address: readableCase(establishment.street),
    postcode: establishment.postcode,
    commune: commune?.name ?? readableCase(establishment.commune),
    communeInsee: establishment.communeInsee ?? commune?.insee ?? '',
    lat: establishment.lat ?? commune?.lat ?? null,
    lng: establishment.lng ?? commune?.lng ?? null,
  };
}
