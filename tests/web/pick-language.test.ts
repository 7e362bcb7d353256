import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../web/src/i18n/index.ts';

describe('pickLanguage', () => {
  it('takes the language the address asks for first, as the Worker does for a shared page', () => {
    expect(pickLanguage('fr', ['fr-FR'], 'fr', 'en')).toBe('en');
    expect(pickLanguage('en', ['en-GB'], null, 'fr')).toBe('fr');
  });

  it('then the saved choice, the browser languages and the tenant default, ignoring a language it does not speak', () => {
    expect(pickLanguage('fr', ['en-GB'], 'fr', 'de')).toBe('fr');
    expect(pickLanguage('fr', ['de-DE', 'en-US'], null, null)).toBe('en');
    expect(pickLanguage('en', ['de-DE'], null)).toBe('en');
  });
});
