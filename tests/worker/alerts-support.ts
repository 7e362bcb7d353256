import { env } from 'cloudflare:workers';
import { prepareStatusChange } from '#worker/db/listing-writes.ts';
import { request } from './support.ts';
import { clock } from './console-support.ts';

export function post(host: string, path: string, body: unknown): Promise<Response> {
  return request(host, `/api/v1${path}`, { method: 'POST', headers: { origin: `http://${host}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export async function lastMailTo(address: string): Promise<{ subject: string; body_text: string } | null> {
  return env.DB.prepare('SELECT subject, body_text FROM outbox WHERE recipient = ?1 ORDER BY id DESC LIMIT 1').bind(address).first();
}

export async function mailsTo(address: string): Promise<number> {
  return (await env.DB.prepare('SELECT count(*) AS n FROM outbox WHERE recipient = ?1').bind(address).first<{ n: number }>())!.n;
}

export function fragmentToken(text: string | undefined, name: 'confirm' | 'unsubscribe'): string {
  const token = new RegExp(`#${name}=([A-Za-z0-9_-]+)`).exec(text ?? '')?.[1];
  if (!token) throw new Error(`no ${name} link in ${text}`);
  return token;
}

export async function closeListing(id: string): Promise<void> {
  await prepareStatusChange(env.DB, 1, id, { action: 'closed_until', until: '2026-12-24' }, clock.now).run();
}

export async function reopenListing(id: string): Promise<void> {
  await prepareStatusChange(env.DB, 1, id, { action: 'open_today' }, clock.now).run();
}

export async function changeHours(id: string, hours: string): Promise<void> {
  await env.DB.prepare('UPDATE listings SET opening_hours = ?2 WHERE id = ?1').bind(id, hours).run();
}
