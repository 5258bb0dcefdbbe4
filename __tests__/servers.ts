/**
 * Real storage servers on 127.0.0.1 for the tests, started by the project's
 * own scripts (scripts/servers/): nginx serving a folder, and Ceph's S3
 * gateway (radosgw) on a one-node cluster, which checks SigV4 signatures the
 * way S3 does. Both need the Debian packages: run scripts/servers/install.sh.
 *
 * nginx: one per caller, on a free port, stopped by stop() or, at the latest,
 * when the jest worker exits. radosgw: one per jest run, started by the first
 * suite that asks (parallel workers wait on a lock in the script), reused by
 * the others, and stopped by the global teardown (__tests__/servers.teardown.js)
 * or, without it, about a second after the jest process exits. A gateway that was already
 * running before the run (started by hand) is reused and left running.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scripts = join(repo, 'scripts', 'servers');
/** Where radosgw.sh keeps the cluster; the same default as the script's. */
export const radosgwStateDir =
  process.env.RADOSGW_STATE_DIR ?? join(repo, 'build', 'servers', 'radosgw');

const INSTALL_HINT = 'run scripts/servers/install.sh';

export interface Nginx {
  /** http://127.0.0.1:<port>; see scripts/servers/nginx.sh for the locations. */
  url: string;
  stop(): Promise<void>;
}

export interface Radosgw {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  bucket: string;
  /** A client for the gateway; call destroy() on it when done. */
  s3(): S3Client;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(
      'bash',
      [join(scripts, script), ...args],
      { timeout: timeoutMs, env: process.env },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}

function failure(what: string, r: Run): Error {
  if (r.code === 3) return new Error(`${r.stderr.trim()} (${INSTALL_HINT})`);
  return new Error(`${what} failed (exit ${r.code}):\n${r.stderr}${r.stdout}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((res) => server.close(() => res()));
  return port;
}

/**
 * The jest process, whose exit should stop a shared server (and whose
 * globalTeardown stops it): the parent when this runs in a jest worker, a
 * child process started from jest-worker's processChild.js; else this process
 * (--runInBand, a single test file, or a plain script). Checking for an IPC
 * channel instead would be wrong: npx gives jest one too.
 */
function runOwnerPid(): number {
  return /jest-worker[\\/]/.test(process.argv[1] ?? '') ? process.ppid : process.pid;
}

/** Starts nginx serving `root` on a free loopback port. */
export async function startNginx(root: string): Promise<Nginx> {
  if (!existsSync('/usr/sbin/nginx')) throw new Error(`nginx is not installed: ${INSTALL_HINT}`);
  const state = await mkdtemp(join(tmpdir(), 'streampixel-nginx-'));
  let last: Run | undefined;
  // The port is free when picked but could be taken before nginx binds it.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = String(await freePort());
    last = await run(
      'nginx.sh',
      ['start', root, port, state, '--watch', String(process.pid)],
      15_000,
    );
    if (last.code === 0) {
      let stopped: Promise<void> | undefined;
      return {
        url: `http://127.0.0.1:${port}`,
        stop: () =>
          (stopped ??= (async () => {
            const r = await run('nginx.sh', ['stop', root, port, state], 15_000);
            if (r.code !== 0) throw failure('nginx.sh stop', r);
            await rm(state, { recursive: true, force: true });
          })()),
      };
    }
    if (!/Address already in use/.test(last.stderr)) break;
  }
  await rm(state, { recursive: true, force: true });
  throw failure('nginx.sh start', last as Run);
}

interface RadosgwJson {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  bucket: string;
}

async function readDescription(): Promise<RadosgwJson | undefined> {
  try {
    return JSON.parse(await readFile(join(radosgwStateDir, 'radosgw.json'), 'utf8')) as RadosgwJson;
  } catch {
    return undefined;
  }
}

/** True when something answers HTTP at the endpoint (any status). */
function answers(endpoint: string): Promise<boolean> {
  return new Promise((res) => {
    const req = request(endpoint, { method: 'GET', timeout: 2000, agent: false }, (r) => {
      r.resume();
      res(true);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => res(false));
    req.end();
  });
}

function described(d: RadosgwJson): Radosgw {
  return {
    endpoint: d.endpoint,
    region: d.region,
    accessKeyId: d.accessKeyId,
    secretAccessKey: d.secretAccessKey,
    bucket: d.bucket,
    s3: () =>
      new S3Client({
        endpoint: d.endpoint,
        region: d.region,
        credentials: { accessKeyId: d.accessKeyId, secretAccessKey: d.secretAccessKey },
        // Bucket in the path: there is no DNS for bucket.127.0.0.1.
        forcePathStyle: true,
        // radosgw 16 rejects the newer SDK's default CRC32 trailing checksums on
        // streamed uploads (aws-chunked with a trailer); send plain SigV4 bodies.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 1,
      }),
  };
}

let shared: Promise<Radosgw> | undefined;

/**
 * The S3 gateway: reuses the running one described by
 * build/servers/radosgw/radosgw.json, else starts the cluster (about 5 s from
 * scratch, 2.5 s on existing data). Call it in beforeAll with a timeout of a
 * minute or two.
 */
export function useRadosgw(): Promise<Radosgw> {
  shared ??= (async () => {
    const existing = await readDescription();
    if (existing && (await answers(existing.endpoint))) return described(existing);
    if (!existsSync('/usr/bin/radosgw')) {
      throw new Error(`radosgw (Ceph) is not installed: ${INSTALL_HINT}`);
    }
    const r = await run('radosgw.sh', ['start', '--watch', String(runOwnerPid())], 180_000);
    if (r.code !== 0) throw failure('radosgw.sh start', r);
    const started = await readDescription();
    if (!started) throw new Error(`radosgw.sh start wrote no ${radosgwStateDir}/radosgw.json`);
    return described(started);
  })();
  // A failed start is not cached: the next suite tries again and reports its own error.
  shared.catch(() => (shared = undefined));
  return shared;
}
