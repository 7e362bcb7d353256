import { describe, expect, it } from 'vitest';
import { isValidSiret } from '#schema/siret.ts';

describe('isValidSiret', () => {
  it.each([
    ['73282932000074', true],
    ['73282932000079', false],
    ['35600000049837', true],
    ['35600000049838', false],
    ['7328293200007', false],
    ['7328293200007a', false],
  ])('says %s is %s', (siret, valid) => {
    expect(isValidSiret(siret)).toBe(valid);
  });
});
