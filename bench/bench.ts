/**
 * `npm run bench`: the action's happy path (artifact check + upload, no wait)
 * as whole processes, against the stand-in on 127.0.0.1, alternating run by
 * run with bench/bare.mjs, which makes the same two requests with nothing but
 * node:http. With BENCH_NODE=/path/to/node24 all run on that node, and the
 * minimal @actions/core + @actions/http-client action (bench/minimal-action,
 * bundled by `npm run bench:build-minimal`) joins them. Prints the medians
 * (min, p90, max), the ratios, the requests each makes, peak memory, the
 * bundle sizes and which chunks a plain run loads, the machine, and a
 * breakdown of what the action's start-up is made of.
 *
 *   BENCH_NODE=/tmp/node24/node_modules/node/bin/node npm run bench -- --runs 31
 *
 *   npm run bench                     21 runs of each, then the breakdown
 *   npm run bench -- --runs 51        more runs
 *   npm run bench -- --no-breakdown   skip the breakdown (it builds a few bundles with ncc)
 *   npm run bench -- --entry X.js     time another build of the action (a what-if) instead of dist/
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { arch, availableParallelism, cpus, platform, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ACTION_ENTRY, type ActionRun, ROOT, runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, startStandIn } from '../demo/stand-in.js';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    'no-breakdown': { type: 'boolean', default: false },
    entry: { type: 'string', default: ACTION_ENTRY },
  },
});
const ENTRY = resolve(flags.entry);
const RUNS = Math.max(3, Number(flags.runs) || 21);
const WARMUP = 2;
const BARE_ENTRY = join(ROOT, 'bench', 'bare.mjs');

// ── statistics and formatting ──────────────────────────────────────────────
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}
interface Stats {
  median: number;
  min: number;
  p90: number;
}
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0] ?? NaN, p90: quantile(sorted, 0.9) };
}
const ms = (n: number): string => `${n.toFixed(0)} ms`.padStart(7);
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
const mib = (kb: number): string => `${(kb / 1024).toFixed(1)} MiB`;

// ── peak memory: every child reports its own ru_maxrss as it exits ─────────
const probeDir = join(tmpdir(), `streampixel-bench-${process.pid}`);
mkdirSync(probeDir, { recursive: true });
const RSS_PROBE = join(probeDir, 'maxrss.cjs');
writeFileSync(
  RSS_PROBE,
  "process.on('exit', () => require('node:fs').writeSync(2, `\\nbench-maxrss-kb=${process.resourceUsage().maxRSS}\\n`));\n",
);
const withProbe = { NODE_OPTIONS: `--require ${RSS_PROBE}` };
const maxRssOf = (stderr: string): number =>
  Number(/bench-maxrss-kb=(\d+)/.exec(stderr)?.[1] ?? NaN);

// ── the runs ────────────────────────────────────────────────────────────────
const standIn = await startStandIn({ rateLimit: false });
const inputs = {
  'api-key': DEMO_ACCOUNT.apiKey,
  'user-id': DEMO_ACCOUNT.userId,
  'project-id': DEMO_ACCOUNT.projectId,
  'file-url': standIn.fileUrl('Game.zip', 'X-Amz-Signature=5f1c0ffee0ddba11'),
  'api-url': standIn.apiUrl,
};

function check(kind: string, run: ActionRun): ActionRun {
  const ok = run.exitCode === 0 && (kind === 'bare' || run.outputs.status === 'queued');
  if (!ok) {
    console.error(`${kind} run failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  return run;
}
// The contenders. With BENCH_NODE (a Node 24 binary, what `runs.using: node24` gets), the action
// is timed against the minimal toolkit action (bench/minimal-action, bundled by
// `npm run bench:build-minimal`) and the bare script, all on that node; else against the bare
// script on this node.
const NODE = process.env.BENCH_NODE ? resolve(process.env.BENCH_NODE) : process.execPath;
const nodeVersion = (bin: string): string =>
  spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
const NODE_VERSION = nodeVersion(NODE);
const MINIMAL_ENTRY = join(ROOT, 'build', 'bench', 'minimal-action', 'index.mjs');
type Kind = 'action' | 'minimal' | 'bare';
const KINDS: Kind[] = process.env.BENCH_NODE ? ['action', 'minimal', 'bare'] : ['action', 'bare'];
if (KINDS.includes('minimal') && !existsSync(MINIMAL_ENTRY)) {
  console.error(`${MINIMAL_ENTRY} is missing: run npm run bench:build-minimal`);
  process.exit(1);
}
const ENTRIES: Record<Kind, string> = { action: ENTRY, minimal: MINIMAL_ENTRY, bare: BARE_ENTRY };
const LABELS: Record<Kind, string> = {
  action: `action (${relative(ROOT, ENTRY)})`,
  minimal: 'minimal core + http-client',
  bare: 'bare node:http script',
};
const run = async (kind: Kind, env?: NodeJS.ProcessEnv): Promise<ActionRun> => {
  // Each run finds the project idle: forget the uploads earlier runs queued (the action reads
  // the project first and waits for a build still being processed).
  standIn.files.splice(0);
  return check(kind, await runAction(inputs, { env, entry: ENTRIES[kind], node: NODE }));
};

// Requests each makes: one run each, counted at the stand-in.
const requestsOf = {} as Record<Kind, string[]>;
for (const kind of KINDS) {
  const before = standIn.requests.length;
  await run(kind);
  requestsOf[kind] = standIn.requests.slice(before).map((r) => `${r.method} ${r.path}`);
}
const requestsBefore = standIn.requests.length;
for (let i = 0; i < WARMUP; i++) for (const kind of KINDS) await run(kind);
const times = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
for (let i = 0; i < RUNS; i++) {
  // Rotate which goes first, so none always follows another.
  const order = KINDS.map((_, j) => KINDS[(i + j) % KINDS.length] as Kind);
  for (const kind of order) times[kind].push((await run(kind)).durationMs);
}
const rss = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
for (let i = 0; i < 5; i++)
  for (const kind of KINDS) rss[kind].push(maxRssOf((await run(kind, withProbe)).stderr));
const requestsMade = standIn.requests.length - requestsBefore;

// Which lazy chunks a plain run loads: run a copy of the bundle without each one in turn.
const chunks = readdirSync(dirname(ENTRY)).filter((f) => /^\d+\.index\.js$/.test(f));
const chunksNeeded: string[] = [];
for (const chunk of chunks) {
  const copy = join(probeDir, `without-${chunk}`);
  mkdirSync(copy, { recursive: true });
  for (const f of readdirSync(dirname(ENTRY)))
    if (f !== chunk && /\.js(on)?$/.test(f)) cpSync(join(dirname(ENTRY), f), join(copy, f));
  standIn.files.splice(0);
  const without = await runAction(inputs, { entry: join(copy, 'index.js'), node: NODE });
  if (!(without.exitCode === 0 && without.outputs.status === 'queued')) chunksNeeded.push(chunk);
}
await standIn.close();

// ── sizes ───────────────────────────────────────────────────────────────────
function jsFiles(dir: string): { name: string; bytes: number }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }))
    .sort((a, b) => (a.name === 'index.js' ? -1 : b.name === 'index.js' ? 1 : b.bytes - a.bytes));
}
function sizeLine(dir: string): string {
  const files = jsFiles(dir);
  const total = files.reduce((n, f) => n + f.bytes, 0);
  const parts = files.map((f) => `${f.name} ${kib(f.bytes)}`);
  return `${kib(total)} (${parts.join(', ')})`;
}

// ── report ──────────────────────────────────────────────────────────────────
const st = Object.fromEntries(KINDS.map((k) => [k, stats(times[k])])) as Record<Kind, Stats>;
const a = st.action;
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const out: string[] = [];
const print = (line = ''): void => {
  out.push(line);
  console.log(line);
};
print('streampixel-deploy benchmark: the action’s happy path (artifact check + upload, no wait)');
print(
  `machine: ${cpu}, ${availableParallelism()} cores, ${platform()} ${arch()}; contenders run on node ${NODE_VERSION} (${NODE === process.execPath ? 'this node' : NODE})`,
);
print(
  `runs: ${RUNS} of each, rotating the order, after ${WARMUP} warm-up runs each; ${requestsMade} requests served by the stand-in on 127.0.0.1`,
);
print();
print(`${' '.repeat(32)}median      min      p90      max   peak RSS  requests`);
for (const kind of KINDS) {
  const s = st[kind];
  const max = Math.max(...times[kind]);
  print(
    `  ${LABELS[kind].padEnd(30)}${ms(s.median)}  ${ms(s.min)}  ${ms(s.p90)}  ${ms(max)}   ${mib(Math.max(...rss[kind])).padStart(8)}  ${String(requestsOf[kind].length).padStart(8)}`,
  );
}
for (const kind of KINDS.slice(1))
  print(
    `  ${`ratio of medians, action / ${kind}`.padEnd(30)}${(a.median / st[kind].median).toFixed(2).padStart(7)}×`,
  );
print();
for (const kind of KINDS) print(`requests, ${kind}: ${requestsOf[kind].join(', ')}`);
// The per-request cost: runs of the action differ from the bare script by start-up and by the
// extra requests; a loopback request with node:http costs (bare − empty node) / 2.
const b = st.bare;
print();
print(`bundle, action: ${relative(ROOT, dirname(ENTRY)) || '.'}/ ${sizeLine(dirname(ENTRY))}`);
print(
  `  a plain run loads index.js${chunksNeeded.map((c) => ` + ${c}`).join('')}; not ${chunks.filter((c) => !chunksNeeded.includes(c)).join(', ') || '(none)'}`,
);
print(`bundle, CLI:    dist/cli/ ${sizeLine(join(ROOT, 'dist', 'cli'))}`);

// ── breakdown: what the action's extra time is made of ─────────────────────
/** Wall time of `node <args>` from spawn to exit, median of `n`. */
async function timeNode(args: string[], n = 11, exitCode = 0): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n + 1; i++) {
    const started = performance.now();
    await new Promise<void>((done, fail) => {
      // The runner's environment, as runAction gives it: an inherited NODE_EXTRA_CA_CERTS, say, costs
      // every process tens of milliseconds.
      const env = { PATH: process.env.PATH, HOME: process.env.HOME };
      const child = spawn(NODE, args, { stdio: 'ignore', env });
      child.on('error', fail);
      child.on('close', (code) =>
        code === exitCode ? done() : fail(new Error(`node ${args.join(' ')}: exit ${code}`)),
      );
    });
    if (i > 0) samples.push(performance.now() - started);
  }
  return stats(samples).median;
}

if (!flags['no-breakdown']) {
  const dir = join(ROOT, 'build', 'bench-breakdown');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // [name, what it is, source]; all but the first two are bundled with ncc, as dist/ is.
  const entries: [string, string, string][] = [
    ['empty', 'an empty ES module', 'export {};\n'],
    ['http', 'node:http (what bare.mjs loads)', "import 'node:http';\n"],
    [
      'core',
      'a bundle of @actions/core alone',
      "import * as core from '@actions/core';\ncore.getInput('x');\n",
    ],
    [
      'httpclient',
      'a bundle of @actions/http-client alone',
      "import { HttpClient } from '@actions/http-client';\nnew HttpClient();\n",
    ],
    [
      'undici',
      'a bundle of undici alone',
      "import { ProxyAgent } from 'undici';\nvoid ProxyAgent;\n",
    ],
    [
      'proxy',
      'a bundle of @actions/http-client/lib/proxy alone',
      "import { getProxyUrl } from '@actions/http-client/lib/proxy';\ngetProxyUrl(new URL('https://x'));\n",
    ],
  ];
  const ncc = join(ROOT, 'node_modules', '.bin', 'ncc');
  const targets: { name: string; label: string; args: string[]; exitCode: number }[] = [];
  for (const [name, label, source] of entries) {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, source);
    let target = file;
    let size = '';
    if (!['empty', 'http'].includes(name)) {
      const built = spawnSync(ncc, ['build', file, '-o', join(dir, name), '-q'], { cwd: ROOT });
      if (built.status !== 0) {
        print(`  ${label}: ncc failed: ${built.stderr.toString().slice(0, 200)}`);
        continue;
      }
      const emitted = readdirSync(join(dir, name)).find((f) => /^index\.m?js$/.test(f));
      target = join(dir, name, emitted ?? 'index.js');
      size = ` (${kib(statSync(target).size)})`;
    }
    targets.push({ name, label: `${label}${size}`, args: [target], exitCode: 0 });
  }
  // The action itself with no inputs: loads, validates, reports the problems; no requests.
  targets.push({
    name: 'noinputs',
    label: 'the action with no inputs (load, validate, report; no requests)',
    args: [ENTRY],
    exitCode: 1,
  });

  // Round-robin, so a slow moment of the machine touches every row alike.
  const samples = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < 12; round++) {
    for (const t of targets) {
      const took = await timeNode(t.args, 1, t.exitCode);
      if (round > 0) samples.get(t.name)?.push(took);
    }
  }
  const median = (name: string): number => stats(samples.get(name) ?? []).median;
  print();
  print('breakdown: a whole `node` process (spawn to exit) that only evaluates … (median of 11)');
  for (const t of targets) print(`  ${ms(median(t.name))}  ${t.label}`);
  const extra = a.median - b.median;
  const undiciCost = median('undici') - median('empty');
  const proxyCost = median('proxy') - median('empty');
  print();
  const entryCode = readFileSync(ENTRY, 'utf8');
  const undiciInEntry = entryCode.includes('lazyllhttp');
  const undiciDeferred = entryCode.includes('undici, loaded on first use');
  print(
    `The action costs ${extra.toFixed(0)} ms more than the bare script per run; evaluating undici alone costs ${undiciCost.toFixed(0)} ms,`,
  );
  if (undiciInEntry && undiciDeferred) {
    print(
      '  and undici is in the entry bundle but deferred (packages/undici-lazy): evaluated only',
    );
    print(
      '  behind a proxy or for GitHub Deployments. What is left is parsing the bundle, @actions/core',
    );
    print('  and the run itself.');
  } else if (undiciInEntry) {
    print('  and undici is in the entry bundle, evaluated on every run:');
    print('  @actions/core imports its OIDC client, which imports @actions/http-client → undici.');
  } else {
    print(
      '  and undici is not in the entry bundle: what is left is the bundle and the run itself.',
    );
  }
  const proxyMs = Math.max(0, Math.round(proxyCost));
  print(`The proxy lookup alone (@actions/http-client/lib/proxy) costs ${proxyMs} ms.`);
  const cpuProfile = join(dir, 'profile');
  spawnSync(NODE, ['--cpu-prof', '--cpu-prof-dir', cpuProfile, ENTRY], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  print(`CPU profile of a no-input run: ${cpuProfile}/ (Chrome DevTools → Performance)`);
}

rmSync(probeDir, { recursive: true, force: true });
