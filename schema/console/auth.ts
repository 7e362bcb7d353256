import { z } from 'zod';
import { EMAIL_MAX_LENGTH } from '../registration.ts';

export const STAFF_ROLES = ['admin', 'moderator', 'operator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const StaffEmailSchema = z
  .string({ error: 'console.email' })
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH, 'console.email')
  .pipe(z.email('console.email'));

export const SignInRequestSchema = z.object({ email: StaffEmailSchema });

export const SignInExchangeSchema = z.object({
  token: z.string({ error: 'console.link_invalid' }).regex(/^[A-Za-z0-9_-]{22,100}$/, 'console.link_invalid'),
});

/** Who is signed in, on which tenant: what the console shows and which screens it offers. */
export type ConsoleMe = {
  email: string;
  role: StaffRole;
  tenant: { slug: string; name: string };
  can: Record<Permission, boolean>;
};

/**
 * What each role may do. A moderator reviews and edits listings; settings, staff and imports
 * are the admin's; the operator is an admin of every tenant and alone sees the national view.
 */
export const PERMISSIONS = ['moderate', 'listings', 'settings', 'staff', 'import', 'stats', 'audit', 'network'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<StaffRole, readonly Permission[]> = {
  moderator: ['moderate', 'listings', 'stats'],
  admin: ['moderate', 'listings', 'stats', 'settings', 'staff', 'import', 'audit'],
  operator: ['moderate', 'listings', 'stats', 'settings', 'staff', 'import', 'audit', 'network'],
};

export function roleCan(role: StaffRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function permissionsOf(role: StaffRole): Record<Permission, boolean> {
  return Object.fromEntries(PERMISSIONS.map((permission) => [permission, roleCan(role, permission)])) as Record<Permission, boolean>;
}

/** Tenant staff are admins or moderators; operators are created with the provisioning CLI only. */
export const NewStaffSchema = z.object({
  email: StaffEmailSchema,
  role: z.enum(['admin', 'moderator'], { error: 'console.role' }),
});
export type NewStaff = z.infer<typeof NewStaffSchema>;

export type StaffMember = { id: number; email: string; role: StaffRole; createdAt: string; disabled: boolean };
