/**
 * SIRET check: 14 digits, Luhn over the SIRET and over its SIREN (first 9 digits). La Poste's
 * establishments share SIREN 356000000 and do not follow Luhn: for them the digit sum of the
 * SIRET must be a multiple of 5. Generic SIRET packages miss that exception.
 */
export const LA_POSTE_SIREN = '356000000';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  const siren = value.slice(0, 9);
  if (siren === LA_POSTE_SIREN) {
    const digitSum = [...value].reduce((sum, ch) => sum + Number(ch), 0);
    return digitSum % 5 === 0;
  }
  return luhnValid(siren) && luhnValid(value);
}

/** The digit that completes `partial` into a Luhn-valid number. */
export function luhnCheckDigit(partial: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (luhnValid(partial + digit)) return String(digit);
  }
  throw new Error('unreachable: one check digit always completes a Luhn number');
}
