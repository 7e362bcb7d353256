import { z } from 'zod';
import { StaffEmailSchema } from './console/auth.ts';
import { LocalDateSchema } from './registration.ts';

/** The three conformity mentions the décret 2019-768 allows, in the order of the law. */
export const CONFORMITY_LEVELS = ['none', 'partial', 'full'] as const;
export type ConformityLevel = (typeof CONFORMITY_LEVELS)[number];

export const STATEMENT_TEXT_MAX_LENGTH = 5000;
const URL_MAX_LENGTH = 500;

const httpsUrl = (key: string) =>
  z.string({ error: key }).trim().max(URL_MAX_LENGTH, key).regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, key).nullable();

const statementText = (key: string) =>
  z
    .object({
      fr: z.string({ error: key }).trim().max(STATEMENT_TEXT_MAX_LENGTH, key),
      en: z.string({ error: key }).trim().max(STATEMENT_TEXT_MAX_LENGTH, key).nullable().transform((text) => text || null),
    })
    .default({ fr: '', en: null });

/**
 * What a CCI publishes about its accessibility: the conformity level of its last audit, the
 * results, what it cannot fix and why, how users reach it, and its multi-year plan. The console
 * form and the API parse with this object; the public statement page reads it back.
 */
export const AccessibilitySettingsSchema = z
  .object({
    level: z.enum(CONFORMITY_LEVELS, { error: 'accessibility.level' }),
    /** The day the audit the level comes from was finished; none for "non conforme" without audit. */
    auditDate: LocalDateSchema.nullable(),
    /** Share of the applicable RGAA criteria met, as the audit measured it. */
    conformityRate: z.number({ error: 'accessibility.rate' }).int('accessibility.rate').min(0, 'accessibility.rate').max(100, 'accessibility.rate').nullable(),
    contactEmail: StaffEmailSchema.nullable(),
    contactUrl: httpsUrl('accessibility.contact_url'),
    planUrl: httpsUrl('accessibility.plan_url'),
    nonConformities: statementText('accessibility.text'),
    derogations: statementText('accessibility.text'),
  })
  .refine(({ level, auditDate }) => level === 'none' || auditDate !== null, { message: 'accessibility.audit_date', path: ['auditDate'] })
  .refine(({ contactEmail, contactUrl }) => contactEmail !== null || contactUrl !== null, { message: 'accessibility.contact', path: ['contactEmail'] });

export type AccessibilitySettings = z.infer<typeof AccessibilitySettingsSchema>;

/** What a tenant publishes before its staff fills the form in: no audit, so "non conforme". */
export const DEFAULT_ACCESSIBILITY: AccessibilitySettings = {
  level: 'none',
  auditDate: null,
  conformityRate: null,
  contactEmail: null,
  contactUrl: null,
  planUrl: null,
  nonConformities: { fr: '', en: null },
  derogations: { fr: '', en: null },
};
