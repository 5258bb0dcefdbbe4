/**
 * packages/undici-lazy stands in for undici (an npm workspace named undici)
 * so that undici is evaluated only when it is used. It must export every
 * name the bundled packages import from undici, load nothing early, and hand
 * out the real thing on first use.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../demo/runner.js';

const require = createRequire(join(ROOT, 'package.json'));

/** Every name the @actions packages take from undici: ESM imports, and CommonJS `undici_1.X`. */
function namesImportedFromUndici(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]undici['"]/g)) {
          for (const n of (m[1] ?? '').split(',')) names.add(n.trim().split(/\s+as\s+/)[0] ?? '');
        }
        // TypeScript's CommonJS output: `const undici_1 = require("undici"); … undici_1.ProxyAgent`.
        const binding = /(\w+)\s*=\s*require\(['"]undici['"]\)/.exec(code)?.[1];
        if (binding) {
          for (const m of code.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g')))
            names.add(m[1] ?? '');
        }
      }
    }
  };
  walk(join(ROOT, 'node_modules', '@actions'));
  names.delete('');
  return names;
}

describe('the undici stand-in', () => {
  it('is what "undici" resolves to, and exports every name the toolkit imports from it', () => {
    const shim = require('undici') as Record<string, unknown>;
    expect(require.resolve('undici')).toBe(join(ROOT, 'packages', 'undici-lazy', 'index.js'));
    const imported = namesImportedFromUndici();
    expect([...imported].sort()).toEqual(['ProxyAgent', 'fetch']);
    for (const name of imported) expect(typeof shim[name]).toBe('function');
  });

  it('loads the real undici only on first use, and hands out the real ProxyAgent', () => {
    // A fresh process, so nothing else has loaded undici yet.
    const probe = `
      const loaded = () => Object.keys(require.cache).some((p) => p.includes('undici-impl'));
      const shim = require('undici');
      const before = loaded();
      const agent = new shim.ProxyAgent('http://127.0.0.1:9');
      const real = agent instanceof require('undici-impl').ProxyAgent;
      console.log(JSON.stringify({ before, after: loaded(), real }));
      agent.close();`;
    const out = execFileSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ before: false, after: true, real: true });
  });

  it('fetch goes through the real undici', async () => {
    const server = createServer((_req, res) => res.end('from undici'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { fetch } = require('undici') as {
        fetch: (url: string) => Promise<{ text(): Promise<string> }>;
      };
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(await res.text()).toBe('from undici');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
