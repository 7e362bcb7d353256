import { z } from 'zod';
import { lineText } from './text.ts';
import { DEPARTEMENT_PATTERN } from './communes.ts';
import { StaffEmailSchema } from './console/auth.ts';
import { HexColourSchema, LanguageSchema, SLUG_PATTERN } from './tenant.ts';

export const HOSTNAME_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const numberList = (count: number, message: string) =>
  z
    .string()
    .transform((raw, ctx) => {
      const values = raw.split(',').map((part) => Number(part.trim()));
      if (values.length !== count || values.some((n) => !Number.isFinite(n))) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return values;
    });

/** Mainland France: where a new tenant's map starts until its admin sets the territory. */
export const DEFAULT_TERRITORY = { centre: [46.6, 2.4], bounds: [-5.2, 41.3, 9.6, 51.1], zoom: 6 } as const;

/** What it takes to add a CCI to the deployment: shared by the provisioning CLI and its tests. */
export const TenantProvisioningSchema = z.object({
  slug: z.string().regex(SLUG_PATTERN, 'slug: lowercase letters, digits and dashes'),
  name: lineText().trim().min(3).max(120),
  domains: z.array(z.string().toLowerCase().regex(HOSTNAME_PATTERN, 'domain: a hostname such as vitrine.cci-exemple.fr')).min(1).max(10),
  adminEmail: StaffEmailSchema,
  timezone: z.string().refine(isValidTimeZone, 'timezone: an IANA zone such as Europe/Paris').default('Europe/Paris'),
  language: LanguageSchema.default('fr'),
  colour: HexColourSchema.default('#1d4f91'),
  centre: numberList(2, 'centre: lat,lng').optional(),
  bounds: numberList(4, 'bounds: west,south,east,north').optional(),
  /** Départements whose every commune makes the territory (tenant_communes), e.g. "13,84". */
  departements: z
    .string()
    .transform((raw) => [...new Set(raw.split(',').map((code) => code.trim().toUpperCase()))])
    .pipe(z.array(z.string().regex(DEPARTEMENT_PATTERN, 'departements: codes such as 13,84 or 2A,2B or 971')))
    .optional(),
});
export type TenantProvisioning = z.infer<typeof TenantProvisioningSchema>;
