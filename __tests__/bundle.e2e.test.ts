/**
 * What the action's entry bundle evaluates at start-up. The cold-start goal
 * (CONTRIBUTING.md → Performance) rests on the patch in
 * patches/@actions+core+*.patch, which `npm ci` applies through the
 * `prepare` script: without it, @actions/core imports its OIDC client, and
 * with it @actions/http-client and undici, on every run.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('the action entry bundle', () => {
  it('has the lazy OIDC import patched into @actions/core', () => {
    const core = readFileSync(join(ROOT, 'node_modules/@actions/core/lib/core.js'), 'utf8');
    // A clear message when node_modules was installed without the prepare script.
    expect(['static import of ./oidc-utils.js', /^import .*oidc-utils/m.test(core)]).toEqual([
      'static import of ./oidc-utils.js',
      false,
    ]);
    expect(core).toContain("import('./oidc-utils.js')");
  });

  it('does not carry undici or @actions/http-client: they load only behind a proxy', () => {
    const entry = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8');
    // undici's error codes and http-client's class name: present in any bundle of either.
    expect(entry).not.toContain('UND_ERR');
    expect(entry).not.toMatch(/class HttpClient\b/);
  });
});
