import type { CrisisInput, CrisisPeriod, PublicCrisis } from '#schema/crisis.ts';
import { isoDate, toLocal } from '#schema/hours/local-time.ts';

type CrisisRow = {
  id: number; title_fr: string; title_en: string | null; message_fr: string; message_en: string | null;
  highlight_statuses: string; highlight_services: string; started_at: string; ends_on: string | null; ended_at: string | null;
};

const COLUMNS = 'id, title_fr, title_en, message_fr, message_en, highlight_statuses, highlight_services, started_at, ends_on, ended_at';

function toPeriod(row: CrisisRow): CrisisPeriod {
  return {
    id: row.id,
    title: { fr: row.title_fr, en: row.title_en },
    message: { fr: row.message_fr, en: row.message_en },
    startedAt: row.started_at,
    endsOn: row.ends_on,
    endedAt: row.ended_at,
    highlight: { statuses: JSON.parse(row.highlight_statuses), services: JSON.parse(row.highlight_services) },
  };
}

/** The tenant's calendar day: a crisis "until the 30th" lasts the whole of the 30th there. */
export function tenantToday(timezone: string, now: Date): string {
  return isoDate(toLocal(timezone, now).dayNumber);
}

/** Public answers are cached per data version: a crisis switched on or off must change it. */
export function prepareDataVersionBump(db: D1Database, tenantId: number): D1PreparedStatement {
  return db.prepare('UPDATE tenants SET data_version = data_version + 1 WHERE id = ?1').bind(tenantId);
}

/** The crisis shown to the public: not ended, and its last day not yet past. */
export async function activeCrisis(db: D1Database, tenantId: number, timezone: string, now: Date): Promise<PublicCrisis | null> {
  return activeCrisisOf(await activeCrisisStatement(db, tenantId, timezone, now).all());
}

/** The same read as a statement, so that it can ride in the batch of a public read. */
export function activeCrisisStatement(db: D1Database, tenantId: number, timezone: string, now: Date): D1PreparedStatement {
  return db
    .prepare(`SELECT ${COLUMNS} FROM crisis_periods WHERE tenant_id = ?1 AND ended_at IS NULL AND (ends_on IS NULL OR ends_on >= ?2)`)
    .bind(tenantId, tenantToday(timezone, now));
}

export function activeCrisisOf(result: D1Result): PublicCrisis | null {
  const row = result.results[0] as CrisisRow | undefined;
  if (!row) return null;
  const { endedAt: _ended, ...crisis } = toPeriod(row);
  return crisis;
}

export async function crisisPeriods(db: D1Database, tenantId: number): Promise<CrisisPeriod[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM crisis_periods WHERE tenant_id = ?1 ORDER BY started_at DESC LIMIT 50`).bind(tenantId).all<CrisisRow>();
  return results.map(toPeriod);
}

/**
 * A period whose last day has passed is closed at the end of that day's UTC date at the latest,
 * so that its statistics have an end; the Cron and every switch call this first.
 */
export function prepareCloseExpired(db: D1Database, tenantId: number, today: string, now: Date): D1PreparedStatement {
  return db
    .prepare(`UPDATE crisis_periods SET ended_at = min(?3, ends_on || 'T23:59:59.999Z')
      WHERE tenant_id = ?1 AND ended_at IS NULL AND ends_on IS NOT NULL AND ends_on < ?2`)
    .bind(tenantId, today, now.toISOString());
}

export function prepareCrisisStart(db: D1Database, tenantId: number, input: CrisisInput, now: Date): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO crisis_periods (tenant_id, title_fr, title_en, message_fr, message_en, highlight_statuses, highlight_services, started_at, ends_on)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`)
    .bind(
      tenantId, input.title.fr, input.title.en, input.message.fr, input.message.en,
      JSON.stringify(input.highlightStatuses), JSON.stringify(input.highlightServices), now.toISOString(), input.endsOn,
    );
}

/** Edits the running crisis in place: its start, and so its statistics and campaign, stay. */
export function prepareCrisisEdit(db: D1Database, tenantId: number, input: CrisisInput): D1PreparedStatement {
  return db
    .prepare(`UPDATE crisis_periods SET title_fr = ?2, title_en = ?3, message_fr = ?4, message_en = ?5, highlight_statuses = ?6,
        highlight_services = ?7, ends_on = ?8
      WHERE tenant_id = ?1 AND ended_at IS NULL`)
    .bind(tenantId, input.title.fr, input.title.en, input.message.fr, input.message.en, JSON.stringify(input.highlightStatuses), JSON.stringify(input.highlightServices), input.endsOn);
}

export function prepareCrisisEnd(db: D1Database, tenantId: number, now: Date): D1PreparedStatement {
  return db.prepare('UPDATE crisis_periods SET ended_at = ?2 WHERE tenant_id = ?1 AND ended_at IS NULL').bind(tenantId, now.toISOString());
}
