/**
 * The artifact check's cost, in-process against loopback servers: a node:http server with Range
 * support (__tests__/fixtures/range-server.ts) and, when it is installed, nginx. For each
 * archive: time to a verdict (median of the runs), requests and body bytes read, and what the
 * server handed its sockets.
 *
 *   tsc -p tsconfig.demo.json && node build/bench/artifact.js              5 runs each
 *   node build/bench/artifact.js --runs 11 --stall                         also a stalled host (20 s)
 *
 * Archives: a UE5 build zip, 20,000 entries, a 25 GB sparse Zip64, a truncated zip and an Unreal
 * project (the bad builds), and the 25 GB file from a server that ignores Range.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ArtifactFailure, checkArtifact, DEFAULT_CHECK_BUDGET } from '../src/artifact/check.js';
import { ACTION_TERMS } from '../src/terms.js';
import { startRangeServer } from '../__tests__/fixtures/range-server.js';
import {
  hasTool,
  makeManyFiles,
  makeUe5Build,
  makeUe5Project,
  writeSparseZip64,
  zipWith,
} from '../__tests__/fixtures/zips.js';

const { values: flags } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, stall: { type: 'boolean', default: false } },
});
const RUNS = Math.max(1, Number(flags.runs) || 5);

const tmp = mkdtempSync(join(tmpdir(), 'artifact-bench-'));
function zipOf(label: string, fill: (dir: string) => void): string {
  const dir = join(tmp, 'src', label);
  mkdirSync(dir, { recursive: true });
  fill(dir);
  zipWith('zip', dir, join(tmp, `${label}.zip`));
  return `${label}.zip`;
}
console.log('Building the archives…');
zipOf('ue5', (d) => makeUe5Build(d));
zipOf('many', (d) => {
  makeUe5Build(d);
  makeManyFiles(d, 20_000);
});
zipOf('project', (d) => makeUe5Project(d));
const whole = readFileSync(join(tmp, 'ue5.zip'));
writeFileSync(join(tmp, 'truncated.zip'), whole.subarray(0, whole.length >> 1));
writeSparseZip64(join(tmp, 'zip64.zip'), 25e9);

/** A free loopback port. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** nginx on loopback serving `root` with its Range support; undefined when not installed. */
async function startNginx(root: string): Promise<{ origin: string; stop: () => void } | undefined> {
  if (!hasTool('nginx')) return undefined;
  const state = join(tmp, 'nginx');
  mkdirSync(state, { recursive: true });
  const port = await freePort();
  const conf = join(state, 'nginx.conf');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon on; worker_processes 1; pid ${state}/nginx.pid; error_log ${state}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${state}/body; proxy_temp_path ${state}/proxy;
  fastcgi_temp_path ${state}/fastcgi; uwsgi_temp_path ${state}/uwsgi; scgi_temp_path ${state}/scgi;
  server { listen 127.0.0.1:${port}; root ${root}; default_type application/zip; }
}
`,
  );
  const started = spawnSync('nginx', ['-c', conf, '-p', state], { encoding: 'utf8' });
  if (started.status !== 0) {
    console.log(`nginx did not start: ${started.stderr.trim()}`);
    return undefined;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => void spawnSync('nginx', ['-c', conf, '-p', state, '-s', 'stop']),
  };
}

interface Row {
  case: string;
  server: string;
  verdict: string;
  ms: number;
  requests: number;
  bytesRead: number;
  served?: number;
}

/** Runs the check `runs` times; the verdict, counts of the last run and the median time. */
async function measure(url: string, runs = RUNS): Promise<Omit<Row, 'case' | 'server'>> {
  const times: number[] = [];
  let last: Omit<Row, 'case' | 'server' | 'ms'> = { verdict: '', requests: 0, bytesRead: 0 };
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    try {
      const info = await checkArtifact(url, {
        timeoutMs: 30_000,
        maxAttempts: 3,
        log: () => undefined,
        debug: () => undefined,
        terms: ACTION_TERMS,
      });
      const warned = info.verdict.warnings.map((w) => w.code).join(', ');
      last = {
        verdict: `${info.inspected ? 'inspected' : 'not inspected'}${warned ? ` (${warned})` : ''}`,
        requests: info.requests,
        bytesRead: info.bytesRead,
      };
    } catch (err) {
      if (!(err instanceof ArtifactFailure)) throw err;
      last = { verdict: `refused: ${err.title}`, requests: err.requests, bytesRead: err.bytesRead };
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ...last, ms: times[Math.floor(times.length / 2)] ?? NaN };
}

const rows: Row[] = [];
const node = await startRangeServer(tmp);
const nginx = await startNginx(tmp);
const cases: Array<[string, string]> = [
  ['UE5 build', 'ue5.zip'],
  ['20,000 entries', 'many.zip'],
  ['25 GB Zip64', 'zip64.zip'],
  ['truncated', 'truncated.zip'],
  ['project files', 'project.zip'],
];
try {
  for (const [label, file] of cases) {
    node.reset();
    const result = await measure(node.url('range', file));
    // What the check counted is what the server saw.
    if (node.requests.length !== result.requests * RUNS) throw new Error(`${label}: miscounted`);
    rows.push({ case: label, server: 'node:http', ...result });
    if (nginx) {
      rows.push({ case: label, server: 'nginx', ...(await measure(`${nginx.origin}/${file}`)) });
    }
  }
  node.reset();
  const rangeless = await measure(node.url('norange', 'zip64.zip'));
  await node.settle();
  rows.push({
    case: '25 GB, Range ignored',
    server: 'node:http',
    ...rangeless,
    served: node.wireBytes / RUNS,
  });
  if (flags.stall) {
    node.reset();
    rows.push({
      case: 'stalled host, defaults',
      server: 'node:http',
      ...(await measure(node.url('stall', 'ue5.zip'), 1)),
      requests: node.requests.length,
      bytesRead: 0,
    });
  }
} finally {
  nginx?.stop();
  await node.close();
  rmSync(tmp, { recursive: true, force: true });
}

const kib = (n: number | undefined): string =>
  n === undefined || Number.isNaN(n) ? '' : `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `\nArtifact check, ${RUNS} runs each (median time); budget ${DEFAULT_CHECK_BUDGET.requestMs / 1000} s a request, ${DEFAULT_CHECK_BUDGET.totalMs / 1000} s in all.\n`,
);
console.log('| case | server | verdict | time | requests | body read | server wrote |');
console.log('| --- | --- | --- | --: | --: | --: | --: |');
for (const r of rows) {
  console.log(
    `| ${r.case} | ${r.server} | ${r.verdict} | ${r.ms.toFixed(0)} ms | ${r.requests} | ${kib(r.bytesRead)} | ${kib(r.served)} |`,
  );
}
