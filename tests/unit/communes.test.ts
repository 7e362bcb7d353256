import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENT_PATTERN, departementOf, departementsOf, inTerritory, parentCommune } from '#schema/communes.ts';
import { COMMUNES_DIR, etalabCommunes, shippedCommunes } from '#seed/communes.ts';

const departements: Array<{ code: string }> = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/departements.json');

describe('departementOf', () => {
  it.each([
    ['13055', '13'],
    ['01001', '01'],
    ['2A004', '2A'],
    ['2B033', '2B'],
    ['97101', '971'],
    ['97411', '974'],
    ['97611', '976'],
    ['97701', '977'],
    ['98818', '988'],
  ])('puts %s in %s', (insee, departement) => {
    expect(departementOf(insee)).toBe(departement);
  });

  it('agrees with the Etalab division for every commune and arrondissement of France', () => {
    expect(etalabCommunes().filter((c) => departementOf(c.code) !== c.departement)).toEqual([]);
  });

  it('lists the départements of a territory once each, in order', () => {
    expect(departementsOf(['56260', '2B033', '13055', '13001', '97101'])).toEqual(['13', '2B', '56', '971']);
    expect(departementsOf([])).toEqual([]);
  });
});

describe('DEPARTEMENT_PATTERN', () => {
  it('accepts exactly the départements of the Etalab division', () => {
    const all = [...Array.from({ length: 1000 }, (_, n) => String(n).padStart(2, '0')), '2A', '2B'];
    expect(all.filter((code) => DEPARTEMENT_PATTERN.test(code)).sort()).toEqual(departements.map((d) => d.code).sort());
  });
});

describe('parentCommune and inTerritory', () => {
  it('gives each municipal arrondissement of Paris, Lyon and Marseille its commune, as Etalab does', () => {
    const arrondissements = etalabCommunes().filter((c) => c.type === 'arrondissement-municipal');
    expect(arrondissements).toHaveLength(45);
    for (const a of arrondissements) expect(parentCommune(a.code)).toBe((a as { commune?: string }).commune);
    expect(etalabCommunes().filter((c) => c.type === 'commune-actuelle' && parentCommune(c.code) !== null)).toEqual([]);
  });

  it('holds a listed commune, the arrondissements of a listed city, and everything for an empty list', () => {
    const territory = new Set(['13055', '13001']);
    expect(['13001', '13201', '13216', '13005', '75101'].filter((insee) => inTerritory(insee, territory))).toEqual(['13001', '13201', '13216']);
    expect(inTerritory('56260', new Set())).toBe(true);
  });
});

describe('shipped communes files', () => {
  it('has one file per département, overseas included, each holding only its own communes once', () => {
    expect(readdirSync(COMMUNES_DIR).sort()).toEqual(departements.map((d) => `${d.code}.json`).sort());
    for (const { code } of departements) {
      const communes = shippedCommunes(code);
      expect(communes.every((c) => departementOf(c.insee) === code && Number.isFinite(c.lat) && Number.isFinite(c.lng) && /^\d{5}$/.test(c.postcode))).toBe(true);
      expect(new Set(communes.map((c) => c.insee)).size).toBe(communes.length);
    }
    expect(shippedCommunes('2A').length).toBeGreaterThan(0);
    expect(shippedCommunes('971').length).toBeGreaterThan(0);
  });

  it('stays well under 1.5 MB for all of France', () => {
    const bytes = readdirSync(COMMUNES_DIR).reduce((sum, file) => sum + statSync(new URL(file, COMMUNES_DIR)).size, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });
});
