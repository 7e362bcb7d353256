import { z } from 'zod';
import { lineText } from './text.ts';
import { CATEGORIES, SERVICES } from './categories.ts';
import { openingHoursIssue } from './hours/index.ts';
import { ADDRESS_MAX_LENGTH, NAME_MAX_LENGTH } from './listing.ts';
import { isValidSiret } from './siret.ts';

export const COMMUNE_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const PHONE_MAX_LENGTH = 30;
export const WEBSITE_MAX_LENGTH = 300;
export const OPENING_HOURS_MAX_LENGTH = 500;
/** Turnstile tokens are at most 2,048 characters (Cloudflare's documented limit). */
export const TURNSTILE_TOKEN_MAX_LENGTH = 2048;
export const FORM_TOKEN_MAX_LENGTH = 200;

/** A local calendar date, as the hours model reads `status_until`. */
export const LocalDateSchema = z
  .string({ error: 'registration.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'registration.date')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'registration.date');

/**
 * People type a site as they read it on a shop window (`www.boulangerie.fr`): without a scheme
 * it is taken as https, rather than refused. Anything already naming a scheme is left alone (a
 * colon before digits is a port, not a scheme).
 */
export function withWebScheme(url: string): string {
  const trimmed = url.trim();
  return trimmed === '' || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, '')}`;
}

/** Spaces, dots and dashes people type inside a number carry no meaning. */
const digitsOnly = (text: string) => text.replace(/[\s.-]/g, '');

const optionalText = (max: number, messageKey: string) =>
  lineText({ error: messageKey })
    .trim()
    .max(max, messageKey)
    .nullable()
    .optional()
    .transform((text) => (text ? text : null));

/**
 * What a shopkeeper says about the business, on registration and on every later edit. The web
 * form, the typed client and the API all parse with this one object.
 */
export const ListingFieldsSchema = z.object({
  name: lineText({ error: 'registration.name' }).trim().min(2, 'registration.name').max(NAME_MAX_LENGTH, 'registration.name_length'),
  siret: z
    .string({ error: 'registration.siret' })
    .max(40, 'registration.siret')
    .transform(digitsOnly)
    .refine(isValidSiret, 'registration.siret'),
  category: z.enum(CATEGORIES, { error: 'registration.category' }),
  address: lineText({ error: 'registration.address' }).trim().min(3, 'registration.address').max(ADDRESS_MAX_LENGTH, 'registration.address'),
  postcode: z.string({ error: 'registration.postcode' }).trim().regex(/^\d{5}$/, 'registration.postcode'),
  commune: lineText({ error: 'registration.commune' }).trim().min(1, 'registration.commune').max(COMMUNE_MAX_LENGTH, 'registration.commune'),
  communeInsee: z.string({ error: 'registration.commune' }).regex(/^[0-9][0-9AB][0-9]{3}$/, 'registration.commune'),
  lat: z.number({ error: 'registration.position' }).finite().min(-90, 'registration.position').max(90, 'registration.position'),
  lng: z.number({ error: 'registration.position' }).finite().min(-180, 'registration.position').max(180, 'registration.position'),
  phone: optionalText(PHONE_MAX_LENGTH, 'registration.phone').refine(
    (phone) => phone === null || /^\+?\d{6,15}$/.test(digitsOnly(phone).replace(/[()]/g, '')),
    'registration.phone',
  ),
  email: z.string({ error: 'registration.email' }).trim().toLowerCase().max(EMAIL_MAX_LENGTH, 'registration.email').pipe(z.email('registration.email')),
  website: optionalText(WEBSITE_MAX_LENGTH, 'registration.website')
    .transform((url) => (url === null ? null : withWebScheme(url)))
    .refine((url) => url === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url), 'registration.website'),
  openingHours: lineText({ error: 'registration.hours' })
    .trim()
    .min(1, 'registration.hours')
    .max(OPENING_HOURS_MAX_LENGTH, 'registration.hours_length')
    .superRefine((text, ctx) => {
      const issue = openingHoursIssue(text);
      // A text the evaluator reads otherwise, or could read two ways, is named as such; anything else gets the form's own hint.
      if (issue) ctx.addIssue({ code: 'custom', message: issue.key === 'hours.normalise' ? 'registration.hours_normalise' : issue.key === 'hours.ambiguous' ? 'registration.hours_ambiguous' : 'registration.hours' });
    }),
  services: z
    .array(z.enum(SERVICES, { error: 'registration.services' }), { error: 'registration.services' })
    .max(SERVICES.length, 'registration.services')
    .transform((services) => [...new Set(services)]),
  status: z.enum(['open', 'adapted', 'temporarily_closed'], { error: 'registration.status' }),
  statusUntil: LocalDateSchema.nullable().optional().transform((date) => date ?? null),
  /** Usual hours on public holidays whatever the tenant's policy; ignored when the hours say what happens then (a `PH` rule). */
  holidaysAsUsual: z.boolean({ error: 'registration.holidays' }).optional().transform((usual) => usual ?? false),
});
export type ListingFields = z.infer<typeof ListingFieldsSchema>;
export type ListingFieldsInput = z.input<typeof ListingFieldsSchema>;

/**
 * A registration: the listing, plus what tells a person from a bot. `formToken` is the signed
 * time the form was opened; `nickname` is a field people never see (a honeypot) and must stay
 * empty; `turnstileToken` is the widget's answer.
 */
export const RegistrationSchema = ListingFieldsSchema.extend({
  formToken: z.string({ error: 'registration.form_expired' }).max(FORM_TOKEN_MAX_LENGTH, 'registration.form_expired'),
  turnstileToken: z.string({ error: 'registration.turnstile' }).max(TURNSTILE_TOKEN_MAX_LENGTH, 'registration.turnstile'),
  nickname: z.string().max(1000).optional(),
});
export type Registration = z.infer<typeof RegistrationSchema>;
export type RegistrationInput = z.input<typeof RegistrationSchema>;

export const MODERATION_MODES = ['publish_then_review', 'review_first'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

/**
 * Why a registration waits for review whatever the tenant's mode. `turnstile_unavailable`: the
 * anti-bot check could not be made, and the deployment holds such registrations for review.
 */
export type HoldReason = 'turnstile_unavailable';

/** What a successful registration answers: the shopkeeper is told whether it is on the map yet. */
export type RegistrationResult = {
  listingId: string;
  moderation: ModerationMode;
  published: boolean;
  message: string;
};

/** Opening the form: the signed start time, and the Turnstile site key the widget needs. */
export type RegistrationForm = { formToken: string; turnstileSiteKey: string };

/** The answer to a duplicate: which listing already exists, and how to claim it. */
export type DuplicateAnswer = { error: { code: 'duplicate'; message: string }; listingId: string; claimable: boolean };

export const ClaimSchema = z.object({
  listingId: z.string({ error: 'listing.id' }).regex(/^[0-9a-z]{1,32}$/, 'listing.id'),
});

export const LinkRequestSchema = z.object({
  email: z.string({ error: 'registration.email' }).trim().toLowerCase().max(EMAIL_MAX_LENGTH, 'registration.email').pipe(z.email('registration.email')),
});
