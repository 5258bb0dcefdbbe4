/**
 * The storage step as the deploy flow runs it (stageBuild), against loopback stand-ins: a
 * storage server that accepts connections and never answers must fail the run within the
 * timeout (dry run and real upload, and the lib's upload itself), and a sole validation problem
 * is said once, under its title.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stageBuild } from '../src/build-upload.js';
import type { BuildConfig } from '../src/config.js';
import type { DeployResult, Progress } from '../src/deploy.js';
import {
  dryRun,
  StorageError,
  type UploadProgress,
  uploadBuild,
  validateStorage,
} from '../src/storage/index.js';
import { DeployFailure } from '../src/streampixel/errors.js';
import { cliTerms } from '../src/terms.js';

const terms = cliTerms({ env: {}, fromEnv: [] });
let dir: string;
let build: string;
/** A server that accepts every connection, reads what it is sent, and never answers. */
let silent: net.Server;
const sockets = new Set<net.Socket>();
let endpoint: string;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'storage-step-'));
  build = path.join(dir, 'Windows');
  mkdirSync(path.join(build, 'Game/Content/Paks'), { recursive: true });
  writeFileSync(path.join(build, 'Game.exe'), 'MZ');
  writeFileSync(path.join(build, 'Game/Content/Paks/Game-Windows.pak'), Buffer.alloc(4096));
  silent = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  // The SDK's credential chain reads process.env itself.
  process.env = Object.fromEntries(Object.entries(saved).filter(([k]) => !k.startsWith('AWS_')));
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDSTEP',
    AWS_SECRET_ACCESS_KEY: 'step-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'none'),
    AWS_CONFIG_FILE: path.join(dir, 'none'),
  });
});
afterAll(async () => {
  process.env = saved;
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => silent.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function progress(): Progress & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => lines.push(line),
    warning: (title, message) => lines.push(`warning ${title}: ${message}`),
    debug: () => undefined,
  };
}

function result(): DeployResult {
  return {
    ok: false,
    status: 'failed',
    mode: 'upload',
    projectId: 'p',
    sent: 'nothing',
    timeline: [],
    warnings: [],
    durationMs: 0,
  };
}

const config = (over: Partial<BuildConfig> = {}): BuildConfig => ({
  path: build,
  s3Uri: 's3://my-bucket/builds/',
  s3Endpoint: endpoint,
  s3Region: 'us-east-1',
  presignHours: 6,
  ...over,
});

/** stageBuild's failure, and how long it took. */
async function failureOf(
  dryRun: boolean,
  over: Partial<BuildConfig> = {},
  timeoutMs = 300,
): Promise<{ failure: DeployFailure; ms: number; lines: string[] }> {
  const p = progress();
  const started = Date.now();
  const failure = await stageBuild(config(over), {
    dryRun,
    terms,
    progress: p,
    result: result(),
    timeoutMs,
  }).then(
    () => {
      throw new Error('stageBuild succeeded');
    },
    (err: unknown) => err as DeployFailure,
  );
  expect(failure).toBeInstanceOf(DeployFailure);
  return { failure, ms: Date.now() - started, lines: p.lines };
}

describe('a storage server that accepts and never answers', () => {
  it('dry run: "Storage not answering" within seconds, not a hang', async () => {
    const { failure, ms } = await failureOf(true);
    expect(failure.title).toBe('Storage not answering');
    expect(failure.message).toBe(
      `${endpoint} gave no answer within 0.3 s while checking the bucket (5 attempts).`,
    );
    expect(failure.hint).toMatch(/^Check --s3-endpoint/);
    expect(failure.hint).toMatch(/--timeout-seconds sets how long each request may wait/);
    expect(ms).toBeLessThan(10_000);
  }, 20_000);

  it('real run: fails within seconds, before any "Uploaded 0 B" line', async () => {
    const { failure, ms, lines } = await failureOf(false);
    expect(failure.title).toBe('Storage not answering');
    expect(failure.message).toMatch(new RegExp(`^${endpoint} gave no answer within 0\\.3 s`));
    expect(lines.filter((l) => l.startsWith('Uploaded'))).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  }, 20_000);

  it('the upload itself: its requests time out too, and the progress timer stops', async () => {
    const v = await validateStorage(
      { path: build, s3Uri: 's3://my-bucket/builds/', s3Endpoint: endpoint },
      { timeoutMs: 300, nameOf: (i) => `--${i}` },
    );
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const seen: UploadProgress[] = [];
    const started = Date.now();
    const err = (await uploadBuild(v.plan, {
      onProgress: (p) => seen.push(p),
      progressIntervalMs: 200,
    }).catch((e: unknown) => e)) as StorageError;
    v.plan.client.destroy();
    expect(err).toBeInstanceOf(StorageError);
    expect(err.title).toBe('Storage not answering');
    expect(err.message).toMatch(/while uploading s3:\/\/my-bucket\/builds\/Game-/);
    expect(Date.now() - started).toBeLessThan(10_000);
    const reports = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.length).toBe(reports);
  }, 20_000);
});

describe('a proxy that takes the CONNECT and never answers', () => {
  it('fails within seconds, and closes the CONNECTs it gave up on', async () => {
    const held: net.Socket[] = [];
    let closed = 0;
    const proxy = net.createServer((socket) => {
      held.push(socket);
      // Reads the CONNECT (so it sees the client hang up) and never answers it.
      socket.resume();
      socket.on('error', () => undefined);
      socket.on('close', () => closed++);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.http_proxy = proxyUrl;
    try {
      // The proxy library never proxies 127.x: the IPv4-mapped address is this machine too.
      const v = await validateStorage(
        { path: build, s3Uri: 's3://my-bucket/builds/', s3Endpoint: 'http://[::ffff:7f00:1]:9' },
        { timeoutMs: 300 },
      );
      if (!v.ok) throw new Error(JSON.stringify(v.problems));
      expect(v.plan.proxy).toEqual({ url: proxyUrl, variable: 'http_proxy' });
      const dry = await dryRun(v.plan);
      v.plan.client.destroy();
      expect(dry.bucketError?.title).toBe('Storage not answering');
      expect(dry.bucketError?.message).toBe(
        `http://[::ffff:7f00:1]:9 (through the proxy ${proxyUrl} from http_proxy) gave no answer within 0.3 s while checking the bucket (5 attempts).`,
      );
      // Left open, the CONNECTs would keep the process alive until the proxy hangs up.
      expect(held.length).toBeGreaterThan(0);
      for (let i = 0; i < 50 && closed < held.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(closed).toBe(held.length);
    } finally {
      Reflect.deleteProperty(process.env, 'http_proxy');
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 20_000);
});

describe('one validation problem is said once', () => {
  it('Build not found: the title, then a message that stands alone', async () => {
    const missing = path.join(dir, 'missing');
    const { failure } = await failureOf(true, { path: missing });
    expect(failure.title).toBe('Build not found');
    expect(failure.message.startsWith(`--path ${missing} does not exist. Set --path to`)).toBe(
      true,
    );
    expect(failure.message).toMatch(/Nothing was uploaded or sent to Streampixel\.$/);
  });

  it('No credentials found: not repeated, nor "(the AWS credentials)"', async () => {
    const keep = process.env.AWS_ACCESS_KEY_ID;
    Reflect.deleteProperty(process.env, 'AWS_ACCESS_KEY_ID');
    try {
      const { failure } = await failureOf(true);
      expect(failure.title).toBe('No credentials found');
      expect(failure.message).toMatch(/^Looked for storage credentials in: /);
      expect(failure.message).not.toMatch(/No credentials found|\(the AWS credentials\)/);
    } finally {
      process.env.AWS_ACCESS_KEY_ID = keep;
    }
  });

  it('two problems: each named once, the title of each kept', async () => {
    const { failure } = await failureOf(true, {
      path: path.join(dir, 'missing'),
      s3Endpoint: `${endpoint}/my-bucket`,
    });
    expect(failure.title).toBe('2 problems with the build upload');
    expect(failure.message).toContain(`--path ${path.join(dir, 'missing')} does not exist.`);
    expect(failure.message).toContain(
      `--s3-endpoint "${endpoint}/my-bucket" ends in the bucket name: remove /my-bucket; the bucket goes in --s3-uri.`,
    );
  });
});
