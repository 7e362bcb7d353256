import assert from 'node:assert/strict';
import { getTenantJson, type TestServer } from './server.ts';

type OutboxMail = { recipient: string; subject: string; text: string };

/** The newest link matching `pattern` mailed to `recipient`, pointed at the test server; waits up to 10 s for the mail. */
export async function linkFromOutbox(server: TestServer, slug: string, recipient: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { mails } = await getTenantJson<{ mails: OutboxMail[] }>(server, slug, '/dev/outbox?format=json');
    const mail = mails.find((m) => m.recipient === recipient && pattern.test(m.text));
    const link = mail ? pattern.exec(mail.text)?.[0] : undefined;
    if (link) return link.replace(/^https?:\/\/[^/]+/, server.origin(slug));
    assert.ok(Date.now() < deadline, `a link ${pattern} for ${recipient} is in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
