/**
 * Which day a short local day word means, read from the value it is written in. `Di` is Tuesday
 * in German and Sunday in French; in `Mo-Fr 09:00-18:00; Di off` the other words (`Mo`, `Fr`)
 * exist in German and not in French, so it is Tuesday. A word is read only when every language
 * holding all the value's day words gives it the same day; otherwise it stays ambiguous.
 * Day names come from the runtime's own locale data (Intl), not from a table of ours.
 */

export const ENGLISH_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type EnglishDay = (typeof ENGLISH_DAYS)[number];

/** Languages written in Latin letters whose day words mappers abbreviate (scripts apart from Latin are not confusable). */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ca', 'pl', 'cs', 'sk', 'sl', 'hr', 'ro', 'hu', 'fi', 'et', 'sv', 'da', 'nb', 'tr', 'ga', 'lt', 'lv'];
const EXTRA_ENGLISH: Record<string, EnglishDay> = { tues: 'Tu', weds: 'We', thur: 'Th', thurs: 'Th' };

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '').toLowerCase();

let formsByLanguage: Map<string, Map<string, Set<EnglishDay>>> | null = null;

/** Per language, every form of each day word: full, as the locale abbreviates it, and its first two and three letters. */
function forms(): Map<string, Map<string, Set<EnglishDay>>> {
  if (formsByLanguage) return formsByLanguage;
  formsByLanguage = new Map();
  for (const language of LANGUAGES) {
    const words = new Map<string, Set<EnglishDay>>();
    const add = (word: string, day: EnglishDay) => {
      const key = plain(word);
      if (key.length >= 2) words.set(key, (words.get(key) ?? new Set()).add(day));
    };
    const long = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
    ENGLISH_DAYS.forEach((day, index) => {
      // 2024-01-01 was a Monday.
      const date = new Date(Date.UTC(2024, 0, 1 + index));
      const name = plain(long.format(date)).split(/[\s-]/)[0] ?? '';
      for (const form of new Set([name, name.slice(0, 2), name.slice(0, 3), plain(short.format(date))])) add(form, day);
      if (language === 'en') add(day, day);
    });
    if (language === 'en') for (const [word, day] of Object.entries(EXTRA_ENGLISH)) add(word, day);
    formsByLanguage.set(language, words);
  }
  return formsByLanguage;
}

/** The English day codes written as such in the value, outside its quoted comments. */
export function englishDayCodesIn(value: string): string[] {
  return [...value.replace(/"[^"]*"/g, '').matchAll(/(?<![\p{L}])(Mo|Tu|We|Th|Fr|Sa|Su)(?![\p{L}])/giu)].map((match) => match[1]!);
}

/**
 * The one day `word` means among the languages that hold every one of `dayWords` (the value's
 * day words, `word` included), or null when no language holds them all or they disagree.
 */
export function dayInContext(word: string, dayWords: readonly string[]): EnglishDay | null {
  const meanings = new Set<EnglishDay>();
  for (const words of forms().values()) {
    if (!dayWords.every((other) => words.has(plain(other)))) continue;
    for (const day of words.get(plain(word)) ?? []) meanings.add(day);
  }
  return meanings.size === 1 ? [...meanings][0]! : null;
}
