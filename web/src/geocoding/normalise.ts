/** Lower case, no accents, hyphens and apostrophes as spaces, "st" as "saint": how people type place names. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\bste?\b/g, (word) => (word === 'st' ? 'saint' : 'sainte'))
    .replace(/\s+/g, ' ')
    .trim();
}
