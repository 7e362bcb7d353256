import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiMessage } from '#schema/messages.ts';
import { emptyForm } from '../../web/src/register/form-model.ts';
import { submitRegistration } from '../../web/src/register/submit.ts';

afterEach(() => vi.unstubAllGlobals());

const bot = { formToken: 'form', turnstileToken: 'token', nickname: '' };

describe('sending a registration', () => {
  // A refusal keeps the page on the form, draft untouched, with the server's message above it.
  it.each([
    [403, 'turnstile_failed', 'registration.turnstile'],
    [503, 'turnstile_unavailable', 'registration.turnstile_unavailable'],
  ] as const)('shows the server’s message for a %i %s, as a refusal that keeps the form', async (status, code, key) => {
    const message = apiMessage(key, 'fr');
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: { code, message } }, { status, headers: { 'retry-after': '120' } })));
    expect(await submitRegistration(emptyForm(), bot)).toEqual({ kind: 'refused', code, message });
  });
});
