import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runD1 } from '../../scripts/d1.ts';
import { tenantCliIn } from '../support/tenant-cli.ts';

const stateDir = mkdtempSync(join(tmpdir(), 'vitrine-operators-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

const tenantCli = tenantCliIn(stateDir);

function sessionsOf(email: string, role: string): number {
  const [row] = runD1<{ n: number }>(
    { remote: false, persistTo: stateDir },
    `SELECT count(*) AS n FROM staff_tokens t JOIN staff s ON s.id = t.staff_id WHERE s.email = '${email}' AND s.role = '${role}'`,
  );
  return row?.n ?? -1;
}

// Every step runs wrangler against the same local state, in order; the first one migrates it.
describe('npm run tenant -- operator', { timeout: 180_000 }, () => {
  it('adds an operator, trimmed and lower-cased like console staff, and lists it as active', () => {
    const added = tenantCli('operator', 'add', '--email', ' Ops@Example.FR ');
    expect(added.status, added.err).toBe(0);
    expect(added.out).toMatch(/Added operator ops@example\.fr/);
    expect(tenantCli('operator', 'list').out).toMatch(/^ops@example\.fr\s+active\s+added \d{4}-\d\d-\d\d$/m);
  });

  it('refuses an operator already added, changing nothing', () => {
    const again = tenantCli('operator', 'add', '--email', 'OPS@example.fr');
    expect(again.status).toBe(1);
    expect(again.err).toMatch(/Already an operator: ops@example\.fr/);
    expect(tenantCli('operator', 'list').out.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an invalid or missing e-mail', () => {
    const bad = tenantCli('operator', 'add', '--email', 'not-an-email');
    expect(bad.status).toBe(1);
    expect(bad.err).toMatch(/^--email: Give a valid email address\.$/m);
    const missing = tenantCli('operator', 'remove');
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/--email is required/);
  });

  it('removes an operator and ends its sessions on every tenant, leaving tenant staff of the same address signed in', () => {
    expect(tenantCli('create', '--slug', 'cci-exemple', '--name', 'CCI Exemple', '--domain', 'vitrine.cci-exemple.fr', '--admin', 'ops@example.fr').status).toBe(0);
    runD1(
      { remote: false, persistTo: stateDir },
      `INSERT INTO staff_tokens (token_hash, kind, staff_id, tenant_id, created_at, expires_at)
       SELECT s.id || '-' || kind, kind, s.id, (SELECT id FROM tenants WHERE slug = 'cci-exemple'), '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z'
       FROM staff s, (SELECT 'link' AS kind UNION ALL SELECT 'session') WHERE s.email = 'ops@example.fr'`,
    );
    expect([sessionsOf('ops@example.fr', 'operator'), sessionsOf('ops@example.fr', 'admin')]).toEqual([2, 2]);

    const removed = tenantCli('operator', 'remove', '--email', 'Ops@example.fr');
    expect(removed.status, removed.err).toBe(0);
    expect(removed.out).toMatch(/Removed operator ops@example\.fr/);
    expect([sessionsOf('ops@example.fr', 'operator'), sessionsOf('ops@example.fr', 'admin')]).toEqual([0, 2]);
    expect(tenantCli('operator', 'list').out).toMatch(/^ops@example\.fr\s+removed \d{4}-\d\d-\d\d$/m);
  });

  it('refuses to remove an unknown or already removed operator', () => {
    for (const email of ['nobody@example.fr', 'ops@example.fr']) {
      const refused = tenantCli('operator', 'remove', '--email', email);
      expect(refused.status).toBe(1);
      expect(refused.err).toMatch(new RegExp(`No active operator with e-mail ${email.replaceAll('.', '\\.')}`));
    }
  });

  it('adds a removed operator back', () => {
    expect(tenantCli('operator', 'add', '--email', 'ops@example.fr').status).toBe(0);
    expect(tenantCli('operator', 'list').out).toMatch(/^ops@example\.fr\s+active/m);
  });
});
