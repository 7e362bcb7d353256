import { z } from 'zod';
import { isValidSiret } from './siret.ts';

/** A SIRET as people type it (spaces, dots) becomes its 14 digits before it is checked. */
export const SiretParamSchema = z.object({
  siret: z
    .string({ error: 'registration.siret' })
    .max(40, 'registration.siret')
    .transform((text) => text.replace(/[\s.-]/g, ''))
    .refine(isValidSiret, 'registration.siret'),
});

/** One establishment as the public company directory describes it. */
export type DirectoryEstablishment = {
  siret: string;
  /** The shop sign when it has one, else the trade name, else the legal name: what a passer-by reads. */
  name: string;
  /** Every name the business is known by, to compare with the one typed. */
  knownNames: string[];
  /** Street line only: number, street; the postcode and commune are apart. */
  street: string;
  postcode: string;
  commune: string;
  communeInsee: string | null;
  lat: number | null;
  lng: number | null;
  /** The directory says the establishment has closed (état administratif F). */
  closed: boolean;
};

/**
 * Why a SIRET could not be checked against the directory: it did not answer, it answered too
 * late, or the business asked INSEE not to publish its details (non-diffusible).
 */
export const UNVERIFIED_REASONS = ['unavailable', 'timeout', 'non_diffusible'] as const;
export type UnverifiedReason = (typeof UNVERIFIED_REASONS)[number];

/** The directory's answer about one SIRET, as the registration form reads it. */
export type SiretLookup =
  | { result: 'found'; establishment: DirectoryEstablishment }
  | { result: 'not_found' }
  | { result: 'unverified'; reason: UnverifiedReason };

/**
 * What the moderation item says about the SIRET of a registration: checked and matching, or
 * the reason the CCI should look at it by hand.
 */
export const SIRET_CHECKS = ['verified', 'closed', 'name_differs', 'not_found', ...UNVERIFIED_REASONS] as const;
export type SiretCheck = (typeof SIRET_CHECKS)[number];

/** Words that say what kind of company it is, not which one: left out when names are compared. */
const LEGAL_FORMS = new Set(['sarl', 'sas', 'sasu', 'eurl', 'sa', 'sci', 'snc', 'ei', 'eirl', 'scop', 'selarl', 'earl', 'gaec', 'micro', 'entreprise']);

function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !LEGAL_FORMS.has(word));
}

/**
 * A shop's name rarely reads like its legal name ("Boulangerie Dupont" for "DUPONT SARL"): the
 * names match when one shares a significant word with any name the directory knows. Only a name
 * with nothing in common is flagged.
 */
export function namesMatch(typed: string, knownNames: readonly string[]): boolean {
  const words = new Set(nameWords(typed));
  if (words.size === 0) return true;
  return knownNames.some((known) => nameWords(known).some((word) => word.length > 2 && words.has(word)));
}

/** The check a registration's moderation item carries, from the directory's answer and the name typed. */
export function siretCheckOf(lookup: SiretLookup, typedName: string): SiretCheck {
  if (lookup.result === 'not_found') return 'not_found';
  if (lookup.result === 'unverified') return lookup.reason;
  if (lookup.establishment.closed) return 'closed';
  return namesMatch(typedName, lookup.establishment.knownNames) ? 'verified' : 'name_differs';
}
