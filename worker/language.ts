import type { Context } from 'hono';
import type { Language } from '#schema/tenant.ts';
import type { AppEnv } from './env.ts';

const SUPPORTED: readonly Language[] = ['fr', 'en'];

/** The visitor's first supported language, else the tenant's, else French. */
export function requestLanguage(c: Context<AppEnv>): Language {
  const explicit = c.req.query('lang');
  if (explicit && (SUPPORTED as string[]).includes(explicit)) return explicit as Language;
  const header = c.req.header('accept-language') ?? '';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag && (SUPPORTED as string[]).includes(tag)) return tag as Language;
  }
  return c.get('tenant')?.defaultLanguage ?? 'fr';
}
