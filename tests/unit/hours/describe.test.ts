import { describe, expect, it } from 'vitest';
import { describeOpeningHours } from '#schema/hours/index.ts';

/** The word joiners that keep a range on one line, shown as a plain dash here. */
const read = (text: string, language: 'fr' | 'en') => describeOpeningHours(text, language)?.map((line) => line.replaceAll('\u2060', ''));

describe('describeOpeningHours', () => {
  it('says a bakery week in French sentences, closed days and holidays included', () => {
    expect(read('Tu-Sa 06:30-13:00,15:30-19:30; Su 07:00-12:30; PH off', 'fr')).toEqual([
      'Du mardi au samedi : 06:30–13:00 et 15:30–19:30',
      'Dimanche : 07:00–12:30',
      'Fermé le lundi',
      'Fermé les jours fériés',
    ]);
  });

  it('says the same week in English', () => {
    expect(read('Tu-Sa 06:30-13:00,15:30-19:30; PH off', 'en')).toEqual([
      'Tuesday to Saturday: 06:30–13:00 and 15:30–19:30',
      'Closed on Monday and Sunday',
      'Closed on public holidays',
    ]);
  });

  it('lists several closed days, two days in a row, and every day', () => {
    expect(read('Mo,Tu 09:00-12:00; Th-Sa 09:00-18:00', 'fr')).toEqual(['Lundi et mardi : 09:00–12:00', 'Du jeudi au samedi : 09:00–18:00', 'Fermé le mercredi et le dimanche']);
    expect(read('Mo-Su 07:00-21:00', 'fr')).toEqual(['Tous les jours : 07:00–21:00']);
    expect(read('24/7', 'en')).toEqual(['Open 24/7']);
    expect(read('off', 'fr')).toEqual(['Fermé tous les jours']);
  });

  it('lets a later rule replace a day, as OSM reads it, and ends a night range on the next day', () => {
    expect(read('Mo-Fr 09:00-19:00; We off', 'fr')).toEqual(['Lundi et mardi : 09:00–19:00', 'Jeudi et vendredi : 09:00–19:00', 'Fermé le mercredi, le samedi et le dimanche']);
    expect(read('Fr 18:00-02:00', 'en')).toEqual(['Friday: 18:00–02:00', 'Closed on Monday, Tuesday, Wednesday, Thursday, Saturday and Sunday']);
  });

  it('says dated exceptions with their dates, after the usual week', () => {
    expect(read('Mo-Sa 09:00-19:00; 2026 Dec 24 09:00-12:00; 2026 Aug 03-2026 Aug 16 off', 'fr')).toEqual([
      'Du lundi au samedi : 09:00–19:00',
      'Fermé le dimanche',
      '24 décembre 2026 : 09:00–12:00',
      '3–16 août 2026 : fermé',
    ]);
  });

  it('answers null for text it cannot read, so the caller shows the text itself', () => {
    expect(describeOpeningHours('sunrise-sunset', 'fr')).toBeNull();
  });

  it('never breaks a line inside a range', () => {
    const [line] = describeOpeningHours('Mo 09:00-12:00', 'fr') ?? [];
    expect(line).toBe('Lundi : 09:00\u2060–\u206012:00');
  });
});
