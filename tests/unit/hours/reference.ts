import OpeningHours from 'opening_hours';
import { afterAll, beforeAll } from 'vitest';
import { setFallbackCompiler } from '#schema/hours/index.ts';
import { compileWithLibrary } from '#schema/hours/osm-library.ts';

/**
 * OpenStreetMap's own evaluator, the independent reference. It reads dates in the process's
 * local zone, so each call sets TZ to the zone under test first and puts it back after.
 */
export function inZone<T>(timeZone: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

const FRANCE = { lat: 48.85, lon: 2.35, address: { country_code: 'fr', state: 'Île-de-France' } };

export function reference(text: string): OpeningHours {
  // Mode 0: time ranges only, the subset we export.
  return new OpeningHours(text, FRANCE, 0);
}

/**
 * For the tests of a describe block: hours outside the compiled model go to the library, read
 * in UTC as in the Worker, where the tenant's zone is bridged (decision 009).
 */
export function useLibraryAsInTheWorker(): void {
  const previousZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'UTC';
    setFallbackCompiler(compileWithLibrary);
  });
  afterAll(() => {
    if (previousZone === undefined) delete process.env.TZ;
    else process.env.TZ = previousZone;
  });
}
