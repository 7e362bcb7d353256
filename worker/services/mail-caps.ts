import { takeMailAllowance } from '../db/recipient-mail-counts.ts';

/**
 * Mails one address may get from a tenant in a day, per purpose. Enough for honest use (a lost
 * link asked for again, a second device), too few to make our forms a way to flood a mailbox.
 * Beyond the cap nothing is sent and the answer stays the same.
 */
export const DAILY_MAIL_CAPS = {
  /** Private links of one listing (claims and "send me a link"). */
  privateLinkPerListing: 3,
  /** Alert confirmations: one pending per listing, a few for all listings. */
  alertConfirmationPerListing: 1,
  alertConfirmationPerAddress: 3,
  staffSignIn: 10,
} as const;

export type MailAllowance = { purpose: string; cap: number };

/** Whether every allowance holds, each counted in turn: the first one spent stops the mail. */
export async function mayMail(db: D1Database, tenantId: number, recipient: string, allowances: readonly MailAllowance[], now: Date): Promise<boolean> {
  for (const { purpose, cap } of allowances) {
    if (!(await takeMailAllowance(db, tenantId, recipient, purpose, cap, now))) return false;
  }
  return true;
}

export const privateLinkAllowance = (listingId: string): MailAllowance => ({ purpose: `private_link:${listingId}`, cap: DAILY_MAIL_CAPS.privateLinkPerListing });
