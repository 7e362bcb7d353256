/** "350 m", "1,2 km" / "1.2 km": metres up close, one decimal of kilometres further away. */
export function formatDistance(metres: number, language: string): string {
  if (metres < 1000) return new Intl.NumberFormat(language, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10);
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilometer', maximumFractionDigits: metres < 10_000 ? 1 : 0 }).format(metres / 1000);
}
