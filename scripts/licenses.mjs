#!/usr/bin/env node
/**
 * Writes the licence file of each ncc bundle from ncc's own list of the
 * modules it bundled (`--stats-out`), instead of ncc's `--license`.
 *
 * Why: ncc's `--license` (license-webpack-plugin) writes one file per chunk,
 * all under the same name, so the last chunk written wins. dist/licenses.txt
 * held only the @actions/github chunk (no @actions/core, undici, tunnel…),
 * and dist/cli/licenses.txt only the deploy chunk (no undici, tunnel).
 *
 * Usage: node scripts/licenses.mjs STATS.json=OUT_DIR [STATS.json=OUT_DIR…]
 * Writes OUT_DIR/licenses.txt: every bundled package, sorted by name and
 * version, with its package.json `license` and its LICENSE file. The output
 * depends only on the stats' module list and node_modules, so a fresh build
 * gives the same bytes (CI checks that dist/ equals a fresh build).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Module paths in a webpack stats file, concatenated modules included. */
function modulePaths(stats) {
  const paths = new Set();
  const walk = (modules) => {
    for (const m of modules ?? []) {
      // "./node_modules/undici/lib/fetch/index.js", "./node_modules/x/index.js + 3 modules".
      if (typeof m.name === 'string') paths.add(m.name);
      walk(m.modules);
    }
  };
  walk(stats.modules);
  for (const chunk of stats.chunks ?? []) walk(chunk.modules);
  for (const child of stats.children ?? []) for (const p of modulePaths(child)) paths.add(p);
  return paths;
}

/** `./node_modules/a/node_modules/@s/b/lib/x.js` → `node_modules/a/node_modules/@s/b`. */
export function packageDirOf(modulePath) {
  const path = modulePath.replace(/\\/g, '/');
  const m = /^(.*node_modules\/)(@[^/]+\/[^/]+|[^@/][^/]*)(?=\/|$)/.exec(path);
  if (!m) return undefined;
  // The last node_modules in the path: a package nested under another is its own package.
  const dir = `${m[1]}${m[2]}`;
  const at = dir.indexOf('node_modules/');
  return dir.slice(at);
}

const LICENCE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;

function licenceText(dir) {
  const files = readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) return undefined;
  return readFileSync(join(dir, files[0]), 'utf8')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/**
 * A scoped package published without its LICENSE file (some @aws-sdk/* ones,
 * Apache-2.0): the same licence's text from the first sibling in its scope
 * that declares the same licence and ships the file, said as such.
 */
function scopeLicenceText(dir, license) {
  const scope = dirname(dir);
  if (!/[\\/]@[^\\/]+$/.test(scope) || license === 'UNKNOWN') return undefined;
  for (const sibling of readdirSync(scope).sort()) {
    const other = join(scope, sibling);
    const manifest = join(other, 'package.json');
    if (other === dir || !existsSync(manifest)) continue;
    if (licenceOf(JSON.parse(readFileSync(manifest, 'utf8'))) !== license) continue;
    const text = licenceText(other);
    if (text === undefined) continue;
    const from = `${scope.split(/[\\/]/).pop()}/${sibling}`;
    return `(The package ships no LICENSE file; its package.json declares ${license}. The text below is ${from}'s.)\n\n${text}`;
  }
  return undefined;
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** The licences text for one bundle's stats. */
export function licencesFor(stats, root = ROOT) {
  const dirs = new Set();
  for (const path of modulePaths(stats)) {
    const dir = packageDirOf(path);
    if (dir) dirs.add(dir);
  }
  const entries = new Map();
  for (const dir of dirs) {
    const full = join(root, dir);
    const manifest = join(full, 'package.json');
    if (!existsSync(manifest)) throw new Error(`${dir}: bundled, but it has no package.json`);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (entries.has(key)) continue;
    const text = licenceText(full) ?? scopeLicenceText(full, licenceOf(pkg));
    if (text === undefined) throw new Error(`${key} (${dir}): bundled, but it has no LICENSE file`);
    entries.set(key, { name: pkg.name, version: pkg.version, license: licenceOf(pkg), text });
  }
  const sorted = [...entries.values()].sort((a, b) =>
    a.name !== b.name ? (a.name < b.name ? -1 : 1) : a.version < b.version ? -1 : 1,
  );
  const header =
    'Third-party packages bundled in this directory, with their licences.\n' +
    'Written by scripts/licenses.mjs from the modules ncc bundled.';
  const blocks = sorted.map(
    (e) => `${e.name}\nversion: ${e.version}\nlicense: ${e.license}\n\n${e.text}`,
  );
  return `${[header, ...blocks].join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pairs = process.argv.slice(2);
  if (pairs.length === 0) {
    console.error('usage: node scripts/licenses.mjs STATS.json=OUT_DIR [STATS.json=OUT_DIR…]');
    process.exit(2);
  }
  for (const pair of pairs) {
    const [statsPath, outDir] = pair.split('=');
    if (!statsPath || !outDir) throw new Error(`not STATS.json=OUT_DIR: ${pair}`);
    const stats = JSON.parse(readFileSync(resolve(ROOT, statsPath), 'utf8'));
    writeFileSync(resolve(ROOT, outDir, 'licenses.txt'), licencesFor(stats));
  }
}
