import { cleanLine } from '#schema/text.ts';

export type Mail = { tenantId: number; listingId: string | null; to: string; subject: string; text: string };

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Local instances keep every email in D1, readable at /dev/outbox. */
export function outboxMailer(db: D1Database, now: () => Date = () => new Date()): Mailer {
  return {
    async send(mail) {
      await db
        .prepare('INSERT INTO outbox (tenant_id, listing_id, recipient, subject, body_text, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
        .bind(mail.tenantId, mail.listingId, mail.to, cleanLine(mail.subject), mail.text, now().toISOString())
        .run();
    },
  };
}

export type HttpMailerConfig = { endpoint: string; apiKey: string; from: string };

/** A provider that has not answered by then is down: the send fails and is retried later. */
export const MAIL_TIMEOUT_MS = 5000;

/**
 * An HTTP email API taking `{ from, to, subject, text }` with a bearer key (Resend's shape,
 * which several providers accept). Each deployment sets its endpoint, key and sender.
 */
export function httpMailer(config: HttpMailerConfig, fetcher: typeof fetch = fetch, timeoutMs = MAIL_TIMEOUT_MS): Mailer {
  return {
    async send(mail) {
      const response = await fetcher(config.endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json' },
        // The subject is a header: a name stored before text was cleaned must not add a line to it.
        body: JSON.stringify({ from: config.from, to: [mail.to], subject: cleanLine(mail.subject), text: mail.text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`email API answered ${response.status}`);
    },
  };
}
