/**
 * WCAG 2.1 contrast ratio of two #rrggbb colours (1 to 21). Text on the tenant's primary colour
 * must reach 4.5:1 (success criterion 1.4.3, level AA); the form and the API both check it.
 */
export const MIN_CONTRAST_AA = 4.5;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function passesAA(foreground: string, background: string): boolean {
  return contrastRatio(foreground, background) >= MIN_CONTRAST_AA;
}
