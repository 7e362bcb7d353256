import type { CampaignAnswerKind, CampaignProgress, CampaignState } from '#schema/crisis-campaign.ts';
import { CAMPAIGN_STATES } from '#schema/crisis-campaign.ts';
import type { Language } from '#schema/tenant.ts';

export type Campaign = { id: number; tenantId: number; crisisId: number; startedAt: string; origin: string; pausedAt: string | null };

type CampaignRow = { id: number; tenant_id: number; crisis_id: number; started_at: string; origin: string; paused_at: string | null };

const toCampaign = (row: CampaignRow): Campaign => ({
  id: row.id, tenantId: row.tenant_id, crisisId: row.crisis_id, startedAt: row.started_at, origin: row.origin, pausedAt: row.paused_at,
});

const CAMPAIGN_COLUMNS = 'c.id, c.tenant_id, c.crisis_id, c.started_at, c.origin, c.paused_at';

/** The campaign of the tenant's running crisis, if one was started. */
export async function currentCampaign(db: D1Database, tenantId: number): Promise<Campaign | null> {
  const row = await db
    .prepare(`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c
      JOIN crisis_periods p ON p.id = c.crisis_id WHERE c.tenant_id = ?1 AND p.ended_at IS NULL`)
    .bind(tenantId)
    .first<CampaignRow>();
  return row ? toCampaign(row) : null;
}

/** Campaigns with rows still to send, across tenants, except paused ones: what the Cron works through. */
export async function campaignsWithWork(db: D1Database): Promise<Campaign[]> {
  const { results } = await db
    .prepare(`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c
      JOIN crisis_periods p ON p.id = c.crisis_id
      WHERE p.ended_at IS NULL AND c.paused_at IS NULL AND EXISTS (SELECT 1 FROM campaign_recipients r WHERE r.campaign_id = c.id AND r.state IN ('pending', 'failed', 'sending'))`)
    .all<CampaignRow>();
  return results.map(toCampaign);
}

/**
 * The campaign and one row per listing with an email, in one transaction: the recipient list is
 * fixed when the campaign starts, which is what makes a resumed run send to the same listings.
 */
export function prepareCampaignStart(db: D1Database, tenantId: number, crisisId: number, actor: string, origin: string, now: Date): D1PreparedStatement[] {
  return [
    db
      .prepare('INSERT INTO campaigns (tenant_id, crisis_id, started_at, started_by, origin) VALUES (?1, ?2, ?3, ?4, ?5)')
      .bind(tenantId, crisisId, now.toISOString(), actor, origin),
    db
      .prepare(`INSERT INTO campaign_recipients (campaign_id, listing_id, tenant_id)
        SELECT (SELECT id FROM campaigns WHERE crisis_id = ?2), l.id, l.tenant_id FROM listings l
        WHERE l.tenant_id = ?1 AND l.email IS NOT NULL AND l.email <> ''`)
      .bind(tenantId, crisisId),
  ];
}

/** How many listings a campaign started now would mail: what the console asks staff to confirm. */
export async function campaignAudience(db: D1Database, tenantId: number): Promise<number> {
  const row = await db
    .prepare(`SELECT count(*) AS n FROM listings WHERE tenant_id = ?1 AND email IS NOT NULL AND email <> ''`)
    .bind(tenantId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Pauses (a date) or resumes (null) a campaign; a repeated pause keeps the first date. */
export function prepareCampaignPause(db: D1Database, campaign: Campaign, pausedAt: Date | null): D1PreparedStatement {
  return db
    .prepare('UPDATE campaigns SET paused_at = CASE WHEN ?3 IS NULL THEN NULL ELSE coalesce(paused_at, ?3) END WHERE id = ?1 AND tenant_id = ?2')
    .bind(campaign.id, campaign.tenantId, pausedAt?.toISOString() ?? null);
}

type RecipientRow = { listing_id: string; name: string; state: CampaignState; answer: CampaignAnswerKind | null; answered_at: string | null; last_error: string | null };

export async function campaignProgress(db: D1Database, campaign: Campaign, limit = 500): Promise<CampaignProgress> {
  const [counts, rows] = await db.batch<unknown>([
    db.prepare('SELECT state, count(*) AS n FROM campaign_recipients WHERE campaign_id = ?1 GROUP BY state').bind(campaign.id),
    db
      .prepare(`SELECT r.listing_id, l.name, r.state, r.answer, r.answered_at, r.last_error FROM campaign_recipients r
        JOIN listings l ON l.id = r.listing_id AND l.tenant_id = r.tenant_id
        WHERE r.campaign_id = ?1 ORDER BY r.answered_at IS NULL, r.answered_at DESC, l.name LIMIT ?2`)
      .bind(campaign.id, limit),
  ]);
  const byState = Object.fromEntries(CAMPAIGN_STATES.map((state) => [state, 0])) as Record<CampaignState, number>;
  for (const row of (counts?.results ?? []) as Array<{ state: CampaignState; n: number }>) byState[row.state] = row.n;
  return {
    id: campaign.id,
    startedAt: campaign.startedAt,
    pausedAt: campaign.pausedAt,
    total: Object.values(byState).reduce((sum, n) => sum + n, 0),
    counts: byState,
    recipients: ((rows?.results ?? []) as RecipientRow[]).map((row) => ({
      listingId: row.listing_id, name: row.name, state: row.state, answer: row.answer, answeredAt: row.answered_at, lastError: row.last_error,
    })),
  };
}

/** What a campaign email needs besides the recipient: written in the tenant's own language. */
export async function campaignContext(db: D1Database, campaign: Campaign): Promise<{ tenantName: string; crisisTitle: string; language: Language }> {
  const row = await db
    .prepare(`SELECT t.name, t.default_language, p.title_fr, p.title_en FROM campaigns c
      JOIN tenants t ON t.id = c.tenant_id JOIN crisis_periods p ON p.id = c.crisis_id WHERE c.id = ?1`)
    .bind(campaign.id)
    .first<{ name: string; default_language: Language; title_fr: string; title_en: string | null }>();
  if (!row) throw new Error(`campaign ${campaign.id} has no tenant or crisis`);
  const language = row.default_language;
  return { tenantName: row.name, crisisTitle: language === 'en' ? (row.title_en ?? row.title_fr) : row.title_fr, language };
}
