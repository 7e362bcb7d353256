import type { NewStaff, StaffMember, StaffRole } from '#schema/console/auth.ts';

export type Staff = { id: number; tenantId: number | null; email: string; role: StaffRole };

type StaffRow = { id: number; tenant_id: number | null; email: string; role: StaffRole; created_at: string; disabled_at: string | null };

/** Who may sign in on this tenant with this address: its own staff, or a network operator. */
export async function findStaffForSignIn(db: D1Database, tenantId: number, email: string): Promise<Staff | null> {
  const row = await db
    .prepare(`SELECT id, tenant_id, email, role FROM staff
      WHERE email = ?2 AND disabled_at IS NULL AND (tenant_id = ?1 OR role = 'operator')
      ORDER BY role = 'operator' LIMIT 1`)
    .bind(tenantId, email)
    .first<StaffRow>();
  return row ? { id: row.id, tenantId: row.tenant_id, email: row.email, role: row.role } : null;
}

export async function listStaff(db: D1Database, tenantId: number): Promise<StaffMember[]> {
  const { results } = await db
    .prepare('SELECT id, tenant_id, email, role, created_at, disabled_at FROM staff WHERE tenant_id = ?1 ORDER BY email')
    .bind(tenantId)
    .all<StaffRow>();
  return results.map(toMember);
}

export async function findStaffMember(db: D1Database, tenantId: number, id: number): Promise<StaffMember | null> {
  const row = await db
    .prepare('SELECT id, tenant_id, email, role, created_at, disabled_at FROM staff WHERE tenant_id = ?1 AND id = ?2')
    .bind(tenantId, id)
    .first<StaffRow>();
  return row ? toMember(row) : null;
}

function toMember(row: StaffRow): StaffMember {
  return { id: row.id, email: row.email, role: row.role, createdAt: row.created_at, disabled: row.disabled_at !== null };
}

/** A disabled member who is added again comes back with the new role. */
export function prepareStaffUpsert(db: D1Database, tenantId: number, member: NewStaff): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO staff (tenant_id, email, role) VALUES (?1, ?2, ?3)
      ON CONFLICT (ifnull(tenant_id, 0), email) DO UPDATE SET role = excluded.role, disabled_at = NULL
      RETURNING id, tenant_id, email, role, created_at, disabled_at`)
    .bind(tenantId, member.email, member.role);
}

/** Disabling also ends every session of that member at once. */
export function prepareStaffDisable(db: D1Database, tenantId: number, id: number, now: Date): D1PreparedStatement[] {
  return [
    db.prepare('UPDATE staff SET disabled_at = ?3 WHERE tenant_id = ?1 AND id = ?2').bind(tenantId, id, now.toISOString()),
    db.prepare('DELETE FROM staff_tokens WHERE tenant_id = ?1 AND staff_id = ?2').bind(tenantId, id),
  ];
}
