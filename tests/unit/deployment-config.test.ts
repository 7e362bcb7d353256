import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('wrangler.toml', () => {
  it('deploys as production: development is what local runs say for themselves', () => {
    const config = readFileSync(`${import.meta.dirname}/../../wrangler.toml`, 'utf8');
    const environments = [...config.matchAll(/^\s*ENVIRONMENT\s*=\s*"([^"]*)"/gm)].map((match) => match[1]);
    expect(environments).toEqual(['production']);
  });
});
