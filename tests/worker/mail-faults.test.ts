import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import worker from '#worker/index.ts';
import type { Mail, Mailer } from '#worker/services/mailer.ts';
import { clock, insertRegistrationTenants, recordingMailer, register, useFakeServices, validRegistration } from './registration-support.ts';

const REGISTERED_AT = new Date('2026-11-01T10:00:00Z');

/** A provider that refuses mail until it is told to recover. */
function flakyMailer(): Mailer & { down: boolean; sent: Mail[] } {
  const inner = recordingMailer();
  const mailer = {
    down: true,
    sent: inner.sent,
    async send(mail: Mail) {
      if (mailer.down) throw new Error('email API answered 503');
      await inner.send(mail);
    },
  };
  return mailer;
}

const mailer = flakyMailer();

async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: clock.now, cron: '17 * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

beforeAll(insertRegistrationTenants);
beforeEach(() => {
  clock.now = REGISTERED_AT;
  useFakeServices({ mailer });
});

describe('when the mail provider fails', () => {
  it('keeps the registration, answers 201, and sends the private link from the Cron once the provider is back', async () => {
    const response = await register(await validRegistration());
    expect(response.status).toBe(201);
    const { listingId } = await response.json<{ listingId: string }>();
    expect(await env.DB.prepare('SELECT count(*) AS n FROM listings WHERE id = ?1').bind(listingId).first('n')).toBe(1);
    expect(mailer.sent).toHaveLength(0);

    // Still down at the first retry: it waits longer, nothing is lost.
    clock.now = new Date(REGISTERED_AT.getTime() + 10 * 60_000);
    await runCron();
    const retry = await env.DB.prepare('SELECT attempts FROM link_mail_retries WHERE listing_id = ?1').bind(listingId).first<{ attempts: number }>();
    expect(retry?.attempts).toBe(1);

    mailer.down = false;
    clock.now = new Date(REGISTERED_AT.getTime() + 60 * 60_000);
    await runCron();
    const links = mailer.sent.filter((mail) => mail.listingId === listingId);
    expect(links).toHaveLength(1);
    expect(links[0]?.text).toMatch(/#token=[A-Za-z0-9_-]{40,}/);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM link_mail_retries').first('n')).toBe(0);

    await runCron();
    expect(mailer.sent.filter((mail) => mail.listingId === listingId)).toHaveLength(1);
  });

  it('keeps no private link token in clear text while waiting', async () => {
    mailer.down = true;
    const response = await register(await validRegistration());
    const { listingId } = await response.json<{ listingId: string }>();
    const row = await env.DB.prepare('SELECT * FROM link_mail_retries WHERE listing_id = ?1').bind(listingId).first<Record<string, unknown>>();
    expect(row).not.toBeNull();
    expect(JSON.stringify(row)).not.toMatch(/token=/);
  });
});
