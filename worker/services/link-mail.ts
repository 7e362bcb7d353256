import type { Language } from '#schema/tenant.ts';
import { linkMail, privateLinkUrl, reminderMail } from './mail-texts.ts';
import type { Mailer } from './mailer.ts';
import { mayMail, privateLinkAllowance } from './mail-caps.ts';
import { LINK_TTL_MS, prepareLink } from './private-links.ts';

export type LinkRecipient = { tenantId: number; tenantName: string; origin: string; listingId: string; listingName: string; email: string };

const VALID_HOURS = LINK_TTL_MS / 3600_000;

/**
 * Emails a fresh private link. The link row is written first: a mail that fails to go leaves an
 * unused link that expires on its own, never a mailed link that does not work.
 */
export async function sendPrivateLink(
  db: D1Database,
  mailer: Mailer,
  recipient: LinkRecipient,
  language: Language,
  now: Date,
  kind: 'link' | 'reminder' = 'link',
  staleAfterDays = 0,
): Promise<void> {
  const { token, statement } = await prepareLink(db, recipient.tenantId, recipient.listingId, now);
  await statement.run();
  const input = { tenantName: recipient.tenantName, listingName: recipient.listingName, url: privateLinkUrl(recipient.origin, token), validHours: VALID_HOURS };
  const text = kind === 'reminder' ? reminderMail(language, { ...input, staleAfterDays }) : linkMail(language, input);
  await mailer.send({ tenantId: recipient.tenantId, listingId: recipient.listingId, to: recipient.email, ...text });
}

/** Links asked for by someone else than the recipient (a claim, "send me a link"): capped per address and listing. */
export async function sendRequestedLinks(db: D1Database, mailer: Mailer, recipients: readonly LinkRecipient[], language: Language, now: Date): Promise<number> {
  let sent = 0;
  for (const recipient of recipients) {
    if (!(await mayMail(db, recipient.tenantId, recipient.email, [privateLinkAllowance(recipient.listingId)], now))) continue;
    await sendPrivateLink(db, mailer, recipient, language, now);
    sent++;
  }
  return sent;
}
