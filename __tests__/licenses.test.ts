/**
 * Every third-party package in a bundle has its licence in the licences file
 * next to it: dist/licenses.txt for the action, dist/cli/licenses.txt for the
 * command line. Both are written by scripts/licenses.mjs during `npm run build`.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The packages named in a bundle's module path comments: `node_modules/@scope/name/…`. */
function bundledPackages(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g))
    names.add(m[1] as string);
  return names;
}

/** The package names the licences file lists: a name line, then `version:` and `license:` lines. */
function listedPackages(licences: string): Map<string, string> {
  const listed = new Map<string, string>();
  for (const m of licences.matchAll(/^(\S+)\nversion: \S+\nlicense: (.+)\n\n(?=\S)/gm))
    listed.set(m[1] as string, m[2] as string);
  return listed;
}

const BUNDLES = [
  { dir: 'dist', label: 'the action' },
  { dir: join('dist', 'cli'), label: 'the command line' },
];

describe.each(BUNDLES)('$dir/licenses.txt ($label)', ({ dir }) => {
  const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.js'));
  const code = files.map((f) => readFileSync(join(ROOT, dir, f), 'utf8')).join('\n');
  const licences = readFileSync(join(ROOT, dir, 'licenses.txt'), 'utf8');
  const listed = listedPackages(licences);

  it('lists every package whose modules the bundle names', () => {
    const bundled = [...bundledPackages(code)].sort();
    expect(bundled.length).toBeGreaterThan(0);
    expect(bundled.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('lists undici and tunnel, which ncc bundles without a path comment', () => {
    // http-client's proxy support: undici for fetch through a proxy, tunnel for its agents.
    expect(code).toContain('undici');
    expect(code).toContain('function TunnelingAgent(');
    expect(listed.has('undici')).toBe(true);
    expect(listed.has('tunnel')).toBe(true);
  });

  it('gives each package a licence name and its licence text', () => {
    expect(listed.size).toBeGreaterThan(0);
    for (const [name, licence] of listed) {
      expect({ name, licence }).toEqual({ name, licence: expect.stringMatching(/^[\w.() -]+$/) });
      expect(licences).toMatch(new RegExp(`^${name}\\nversion: \\S+\\nlicense: .+\\n\\n\\S`, 'm'));
    }
    expect(licences).toContain('Permission is hereby granted, free of charge');
  });
});

describe('dist/licenses.txt (the action)', () => {
  it('covers @actions/core and its own dependencies, missing from the file ncc --license wrote', () => {
    const listed = listedPackages(readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8'));
    for (const name of ['@actions/core', '@actions/exec', '@actions/io', '@actions/github'])
      expect(listed.has(name)).toBe(true);
  });
});
