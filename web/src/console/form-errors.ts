import type { ZodType } from 'zod';
import { apiMessage } from '#schema/messages.ts';
import { asLanguage } from '../i18n/language.ts';
import { groupIssuesByField, issueField } from '#schema/validation-issues.ts';

/**
 * Checks a form with the schema the API uses, before sending: the same messages, per field, in
 * the console's language. Answers the parsed value, or the errors keyed like the API's.
 */
export function checkForm<T>(schema: ZodType<T>, value: unknown, language: string): { ok: true; value: T } | { ok: false; fields: Record<string, string[]> } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, fields: groupIssuesByField(parsed.error.issues, issueField, (key) => apiMessage(key, asLanguage(language))) };
}
