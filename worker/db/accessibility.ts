import { DEFAULT_ACCESSIBILITY, type AccessibilitySettings, type ConformityLevel } from '#schema/accessibility.ts';

type AccessibilityRow = {
  level: ConformityLevel; audit_date: string | null; conformity_rate: number | null; contact_email: string | null; contact_url: string | null;
  plan_url: string | null; non_conformities_fr: string; non_conformities_en: string | null; derogations_fr: string; derogations_en: string | null;
};

function toAccessibility(row: AccessibilityRow | undefined): AccessibilitySettings {
  if (!row) return DEFAULT_ACCESSIBILITY;
  return {
    level: row.level,
    auditDate: row.audit_date,
    conformityRate: row.conformity_rate,
    contactEmail: row.contact_email,
    contactUrl: row.contact_url,
    planUrl: row.plan_url,
    nonConformities: { fr: row.non_conformities_fr, en: row.non_conformities_en },
    derogations: { fr: row.derogations_fr, en: row.derogations_en },
  };
}

const selectStatement = (db: D1Database, tenantId: number) => db.prepare('SELECT * FROM tenant_accessibility WHERE tenant_id = ?1').bind(tenantId);

/** The statement as part of a batch: the public tenant answer reads it in the same round trip. */
export function accessibilityRead(db: D1Database, tenantId: number): { statements: D1PreparedStatement[]; answer(results: readonly D1Result[]): AccessibilitySettings } {
  return {
    statements: [selectStatement(db, tenantId)],
    answer: ([result]) => toAccessibility((result?.results as AccessibilityRow[] | undefined)?.[0]),
  };
}

export async function readAccessibility(db: D1Database, tenantId: number): Promise<AccessibilitySettings> {
  return toAccessibility((await selectStatement(db, tenantId).first<AccessibilityRow>()) ?? undefined);
}

export function prepareAccessibilityWrite(db: D1Database, tenantId: number, s: AccessibilitySettings): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO tenant_accessibility (tenant_id, level, audit_date, conformity_rate, contact_email, contact_url, plan_url,
        non_conformities_fr, non_conformities_en, derogations_fr, derogations_en)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
      ON CONFLICT (tenant_id) DO UPDATE SET level = excluded.level, audit_date = excluded.audit_date, conformity_rate = excluded.conformity_rate,
        contact_email = excluded.contact_email, contact_url = excluded.contact_url, plan_url = excluded.plan_url,
        non_conformities_fr = excluded.non_conformities_fr, non_conformities_en = excluded.non_conformities_en,
        derogations_fr = excluded.derogations_fr, derogations_en = excluded.derogations_en`)
    .bind(
      tenantId, s.level, s.auditDate, s.conformityRate, s.contactEmail, s.contactUrl, s.planUrl,
      s.nonConformities.fr, s.nonConformities.en, s.derogations.fr, s.derogations.en,
    );
}
