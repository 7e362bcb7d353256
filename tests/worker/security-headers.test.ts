import { beforeAll, describe, expect, it } from 'vitest';
import { pageContentSecurityPolicy } from '../../worker/middleware/security-headers.ts';
import { TENANT_A, insertTenants, request } from './support.ts';

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A });
});

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values];
  }));
}

describe('security headers', () => {
  it.each([
    ['an API answer', 'tenant-a.localhost', '/api/v1/tenant'],
    ['an API error', 'tenant-a.localhost', '/api/v1/listings?bbox=oops'],
    ['an unknown host page', 'unknown.example', '/'],
    ['the tenant directory', 'localhost', '/'],
  ])('are set on %s', async (_label, host, path) => {
    const response = await request(host, path);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('script-src') ?? csp.get('default-src')).not.toContain("'unsafe-eval'");
  });

  it('gives API answers a policy that loads nothing', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/tenant');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe('pageContentSecurityPolicy', () => {
  it("allows images from the tenant's tile host and data:, scripts only from the site", () => {
    const csp = directives(pageContentSecurityPolicy({ tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', devServer: false }));
    expect(csp.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'https://tiles.example.org']));
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('covers every subdomain of a {s} tile template', () => {
    const csp = directives(pageContentSecurityPolicy({ tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', devServer: false }));
    expect(csp.get('img-src')).toContain('https://*.tile.example.org');
  });

  it('lets only the dev server run inline scripts, for hot reload', () => {
    expect(directives(pageContentSecurityPolicy({ tileUrl: null, devServer: true })).get('script-src')).toContain("'unsafe-inline'");
  });
});
