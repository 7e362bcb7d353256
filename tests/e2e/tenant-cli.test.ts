import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tenantCliIn } from '../support/tenant-cli.ts';

const stateDir = mkdtempSync(join(tmpdir(), 'vitrine-cli-'));
after(() => rmSync(stateDir, { recursive: true, force: true }));

const tenantCli = tenantCliIn(stateDir);

describe('npm run tenant', () => {
  it('prints its usage for --help, and names a mistyped option before the usage, without a stack trace', () => {
    const help = tenantCli('--help');
    assert.equal(help.status, 0, help.err);
    assert.match(help.out, /^Usage:\n {2}npm run tenant -- create --slug/);
    assert.match(help.out, /operator add --email/);
    const typo = tenantCli('create', '--slgu', 'x');
    assert.equal(typo.status, 1);
    assert.match(typo.err, /^Unknown option '--slgu'\.\n\nUsage:/);
    assert.doesNotMatch(typo.err, /\bat .*parse_args/);
  });

  it('creates a tenant with its domain and admin, then lists it as active', () => {
    const created = tenantCli('create', '--slug', 'cci-exemple', '--name', 'CCI Exemple', '--domain', 'vitrine.cci-exemple.fr', '--admin', 'dsi@cci-exemple.fr');
    assert.equal(created.status, 0, created.err);
    assert.match(created.out, /Created CCI Exemple \(cci-exemple\)/);
    const listed = tenantCli('list');
    assert.match(listed.out, /cci-exemple\s+active\s+0 listings\s+CCI Exemple\s+vitrine\.cci-exemple\.fr/);
  });

  it('refuses a slug or domain already taken, changing nothing', () => {
    const again = tenantCli('create', '--slug', 'cci-exemple', '--name', 'Autre', '--domain', 'vitrine.cci-exemple.fr', '--admin', 'x@example.fr');
    assert.equal(again.status, 1);
    assert.match(again.err, /Already taken: slug, domain vitrine\.cci-exemple\.fr/);
    assert.equal(tenantCli('list').out.trim().split('\n').length, 1);
  });

  it('names every invalid option', () => {
    const bad = tenantCli('create', '--slug', 'Bad Slug', '--name', 'CCI X', '--domain', 'nope', '--admin', 'not-an-email', '--timezone', 'Mars/Olympus');
    assert.equal(bad.status, 1);
    for (const flag of ['--slug', '--domain', '--admin', '--timezone']) assert.match(bad.err, new RegExp(`^${flag}:`, 'm'));
  });

  it('disables and re-enables a tenant', () => {
    assert.match(tenantCli('disable', '--slug', 'cci-exemple').out, /disabled/);
    assert.match(tenantCli('list').out, /cci-exemple\s+disabled/);
    assert.equal(tenantCli('enable', '--slug', 'cci-exemple').status, 0);
    assert.match(tenantCli('list').out, /cci-exemple\s+active/);
    assert.equal(tenantCli('disable', '--slug', 'nobody').status, 1);
  });
});
