/**
 * `path` end to end: the BUILT action (dist/index.js, as the runner runs it)
 * and the built command line zip a packaged build folder, upload it to a real
 * S3 gateway that checks SigV4 signatures (Ceph radosgw on loopback), and
 * hand Streampixel (the loopback stand-in) a presigned URL of it. The
 * signature and the secret key are masked and never shown.
 */
import {
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ActionRun, ROOT, runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, type StandIn } from '../demo/stand-in.js';
import { Cancelled } from '../src/cancel.js';
import { deploy } from '../src/deploy.js';
import type { DeployConfig } from '../src/config.js';
import { makeUe5Build } from './fixtures/zips.js';
import { useStandIn } from './helpers.js';
import { expectNoLeaks } from './leaks.js';
import { type Radosgw, useRadosgw } from './servers.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const SHA7 = '0123456'; // demo/runner.ts's GITHUB_SHA, shortened as object names use it

let gw: Radosgw;
let admin: S3Client;
let dir: string;
let build: string;
const prefix = `flow-${Date.now().toString(36)}`;
const start = useStandIn();

beforeAll(async () => {
  gw = await useRadosgw();
  admin = gw.s3();
  dir = mkdtempSync(path.join(os.tmpdir(), 'storage-flow-'));
  build = path.join(dir, 'Windows');
  makeUe5Build(build);
}, 300_000);
afterAll(() => {
  admin?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function awsEnv(over: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    AWS_ACCESS_KEY_ID: gw.accessKeyId,
    AWS_SECRET_ACCESS_KEY: gw.secretAccessKey,
    AWS_REGION: gw.region,
    // No ~/.aws files or instance metadata: the variables alone.
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'none'),
    ...over,
  };
}

function inputs(s: StandIn, sub: string, extra: Record<string, string> = {}) {
  return {
    'api-key': DEMO_ACCOUNT.apiKey,
    'user-id': DEMO_ACCOUNT.userId,
    'project-id': DEMO_ACCOUNT.projectId,
    'api-url': s.apiUrl,
    path: build,
    's3-uri': `s3://${gw.bucket}/${prefix}/${sub}/`,
    's3-endpoint': gw.endpoint,
    ...extra,
  };
}

async function keysUnder(sub: string): Promise<string[]> {
  const listed = await admin.send(
    new ListObjectsV2Command({ Bucket: gw.bucket, Prefix: `${prefix}/${sub}/` }),
  );
  return (listed.Contents ?? []).map((o) => o.Key ?? '');
}

/** The fileUrl of the stand-in's one upload-file request. */
function uploadedFileUrl(s: StandIn): string {
  const uploads = s.requests.filter((r) => r.path === '/projects/upload-file');
  expect(uploads).toHaveLength(1);
  return (JSON.parse(uploads[0]?.body ?? '{}') as { fileUrl: string }).fileUrl;
}

/**
 * radosgw.sh's secret key starts with its bucket's name ("streampixel-test-secret-…" and
 * "streampixel-test"): the bucket, which every object URI shows, is a 16-character fragment of
 * it. Fragments of 17 or more still count.
 */
function expectSecretKeyHidden(where: Record<string, string>): void {
  expect(gw.secretAccessKey.startsWith(gw.bucket)).toBe(true);
  expectNoLeaks(where, [gw.secretAccessKey], { minFragment: gw.bucket.length + 1 });
}

/** What a reader or a later step sees, the add-mask commands (the runner's own) left out. */
function carriers(run: ActionRun): Record<string, string> {
  return {
    log: run.maskedLog,
    stdout: run.rawStdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.rawStderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    annotations: JSON.stringify(run.annotations),
  };
}

describe('path: build folder → bucket → presigned URL → Streampixel', () => {
  it('uploads the zip, sends its presigned URL, and shows neither signature nor secret', async () => {
    const s = await start();
    const run = await runAction(inputs(s, 'action'), { env: awsEnv(), killAfterMs: 60_000 });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);

    const key = `${prefix}/action/Game-${SHA7}.zip`;
    expect(run.outputs['object-uri']).toBe(`s3://${gw.bucket}/${key}`);
    const head = await admin.send(new HeadObjectCommand({ Bucket: gw.bucket, Key: key }));
    expect(run.outputs['artifact-bytes']).toBe(String(head.ContentLength));
    expect(Number(run.outputs['artifact-bytes'])).toBeGreaterThan(1000);
    expect(run.outputs['upload-id']).toBe(s.files[0]?._id);
    expect(run.outputs.status).toBe('queued');

    // Streampixel got a presigned radosgw URL of that object, and it serves the zip.
    const fileUrl = new URL(uploadedFileUrl(s));
    expect(fileUrl.origin).toBe(new URL(gw.endpoint).origin);
    expect(fileUrl.pathname).toBe(`/${gw.bucket}/${key}`);
    const signature = fileUrl.searchParams.get('X-Amz-Signature') ?? '';
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    const res = await fetch(fileUrl);
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // Masked, and not shown anywhere.
    expect(run.masks).toEqual(expect.arrayContaining([signature, gw.secretAccessKey]));
    expectNoLeaks(carriers(run), [signature]);
    expectSecretKeyHidden(carriers(run));

    // The log tells the story: the plan, progress, the upload, the URL without its query.
    expect(run.log).toContain(`→ s3://${gw.bucket}/${key}`);
    expect(run.log).toMatch(/Uploaded .* \(100 %\) at [\d.]+ MB\/s/);
    expect(run.log).toContain(
      `Presigned download URL for Streampixel: ${gw.endpoint}/${gw.bucket}/${key}?…,`,
    );
    // The summary escapes Markdown: "s3&#58;//", "Game\\-0123456\\.zip \\(34…".
    expect(run.summary).toMatch(
      /\*\*Uploaded to storage:\*\* s3&#58;\/\/.*\/action\/Game\\-0123456\\\.zip: 34/,
    );
  }, 90_000);

  it('wrong secret key: a clear error naming the variable, nothing sent to Streampixel', async () => {
    const s = await start();
    const wrong = randomBytes(30).toString('base64');
    const run = await runAction(inputs(s, 'wrong'), {
      env: awsEnv({ AWS_SECRET_ACCESS_KEY: wrong }),
      killAfterMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.title).toBe('Secret key does not match');
    expect(errors[0]?.message).toContain('AWS_SECRET_ACCESS_KEY');
    // The project is read first (it proves the key before a long upload); nothing is sent.
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(await keysUnder('wrong')).toEqual([]);
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs['object-uri']).toBeUndefined();
    expectNoLeaks(carriers(run), [wrong]);
  }, 90_000);

  it('bad path, bad s3-uri and a bad wait: every problem at once, as invalid inputs, before any request', async () => {
    const s = await start();
    const run = await runAction(
      inputs(s, 'bad', {
        path: path.join(dir, 'missing'),
        's3-uri': `https://${gw.bucket}.s3.amazonaws.com/x/`,
        wait: 'yes',
      }),
      { env: awsEnv(), killAfterMs: 60_000 },
    );
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.title)).toEqual(
      expect.arrayContaining(['Invalid input: Build not found', 'Invalid input: Invalid S3 URI']),
    );
    expect(errors).toHaveLength(3);
    expect(errors.find((e) => /S3 URI/.test(e.title ?? ''))?.message).toContain(
      `s3-uri: "https://${gw.bucket}.s3.amazonaws.com/x/"`,
    );
    expect(errors.find((e) => /Build not found/.test(e.title ?? ''))?.message).toContain(
      `${path.join(dir, 'missing')} does not exist.`,
    );
    // Checked before any request: not even the project is read.
    expect(s.requests).toEqual([]);
    expect(run.summary).toContain('| `path` |');
    expect(run.summary).toContain('| `s3-uri` |');
    expect(run.summary).toContain('| `wait` |');
  }, 90_000);

  it('dry run: nothing uploaded, and the log and summary say what was checked', async () => {
    const s = await start();
    const run = await runAction(inputs(s, 'dry', { 'dry-run': 'true' }), {
      env: awsEnv(),
      killAfterMs: 60_000,
    });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('dry-run');
    expect(await keysUnder('dry')).toEqual([]);
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(run.outputs['object-uri']).toBeUndefined();
    expect(Number(run.outputs['artifact-bytes'])).toBeGreaterThan(1000);
    const bucketChecked = `the bucket "${gw.bucket}" exists and the credentials are accepted`;
    expect(run.log).toContain(`Dry run: nothing was uploaded to s3://${gw.bucket}/${prefix}/dry/`);
    expect(run.log).toContain(bucketChecked);
    expect(run.summary).toContain('### What the dry run checked');
    // The summary escapes Markdown: "\\(ListObjectsV2\\)", "s3&#58;PutObject".
    expect(run.summary).toContain('exists and the credentials are accepted \\(ListObjectsV2\\)');
    expect(run.summary).toContain('not checked: write access \\(s3&#58;PutObject');
  }, 90_000);
});

describe('an object already at the key', () => {
  it('the same commit again: one log line says it is replaced; a dry run then warns', async () => {
    const s = await start();
    const first = await runAction(inputs(s, 'again'), { env: awsEnv(), killAfterMs: 60_000 });
    expect(first.exitCode).toBe(0);
    expect(first.log).not.toContain('An object already exists');
    const key = `s3://${gw.bucket}/${prefix}/again/Game-${SHA7}.zip`;
    // A stand-in of its own: the first build is still "processing" in the first one.
    const second = await runAction(inputs(await start(), 'again'), {
      env: awsEnv(),
      killAfterMs: 60_000,
    });
    expect(second.exitCode).toBe(0);
    const said = second.log.split('\n').filter((l) => l.includes('An object already exists'));
    expect(said).toEqual([
      `An object already exists at ${key}: the upload will replace it (the key is the same when the same commit runs again, or when s3-uri names the object).`,
    ]);
    const dry = await runAction(inputs(await start(), 'again', { 'dry-run': 'true' }), {
      env: awsEnv(),
      killAfterMs: 60_000,
    });
    expect(dry.exitCode).toBe(0);
    const warnings = dry.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining(`An object already exists at ${key}: the upload would replace it`),
    );
    // A warning, not among what the dry run checked.
    const checked = dry.log.split('\n').find((l) => l.startsWith('Dry run: nothing was uploaded'));
    expect(checked).toBeDefined();
    expect(checked).not.toContain('already exists');
  }, 120_000);
});

/** Runs the built command line with the stand-in's account and the gateway's keys. */
async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = awsEnv(),
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, '--project-id', DEMO_ACCOUNT.projectId, ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      STREAMPIXEL_API_KEY: DEMO_ACCOUNT.apiKey,
      STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(killer);
  return { code, stdout, stderr };
}

describe('the command line refuses at validation, before anything is stored', () => {
  it('--s3-endpoint with the bucket on the end (as R2 shows it): said so, nothing stored', async () => {
    const s = await start();
    const { code, stderr } = await runCli([
      '--api-url',
      s.apiUrl,
      '--path',
      build,
      '--s3-endpoint',
      `${gw.endpoint}/${gw.bucket}`,
      '--s3-uri',
      `s3://${gw.bucket}/${prefix}/endpoint/`,
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toContain(
      `error: --s3-endpoint "${gw.endpoint}/${gw.bucket}" ends in the bucket name: remove /${gw.bucket}; the bucket goes in --s3-uri.`,
    );
    expect(await keysUnder('endpoint')).toEqual([]);
    const nested = await admin.send(
      new ListObjectsV2Command({ Bucket: gw.bucket, Prefix: `${gw.bucket}/${prefix}/` }),
    );
    expect(nested.Contents ?? []).toEqual([]);
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
  }, 90_000);

  it('no AWS credentials: named as the AWS credentials, in the error line and in --json', async () => {
    const s = await start();
    // No keys, no profile (HOME is a temporary folder), no instance metadata asked (loopback only).
    const { code, stdout, stderr } = await runCli(
      [
        '--api-url',
        s.apiUrl,
        '--path',
        build,
        '--s3-uri',
        `s3://${gw.bucket}/${prefix}/nocreds/`,
        '--json',
      ],
      { AWS_EC2_METADATA_DISABLED: 'true' },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('error: No credentials found (the AWS credentials): ');
    const json = JSON.parse(stdout) as { failure: { message: string } };
    expect(json.failure.message).toContain('No credentials found (the AWS credentials): ');
    expect(json.failure.message).not.toContain('(--path)');
    expect(s.requests).toEqual([]);
  }, 90_000);

  it('--dry-run of a folder whose only .exe is CrashReportClient.exe: refused as the real run is', async () => {
    const s = await start();
    const crash = path.join(dir, 'CrashOnly');
    mkdirSync(path.join(crash, 'Engine/Binaries/Win64'), { recursive: true });
    writeFileSync(path.join(crash, 'Engine/Binaries/Win64/CrashReportClient.exe'), 'MZ');
    for (const dryRun of [['--dry-run'], []]) {
      const { code, stderr } = await runCli([
        '--api-url',
        s.apiUrl,
        '--path',
        crash,
        '--s3-endpoint',
        gw.endpoint,
        '--s3-uri',
        `s3://${gw.bucket}/${prefix}/crash-only/`,
        ...dryRun,
      ]);
      expect(code).not.toBe(0);
      expect(stderr).toContain(
        `error: --path has no game executable: ${crash}: None of the folder's 1 file is the game's .exe.`,
      );
      expect(stderr).toContain('Package the project for Windows (Platforms > Windows');
      expect(stderr).toContain('1 invalid input(s); nothing was sent to Streampixel.');
    }
    expect(await keysUnder('crash-only')).toEqual([]);
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
  }, 120_000);
});

describe('the command line with --path and --s3-uri', () => {
  it('uploads, sends the presigned URL, and reports objectUri and artifactBytes in --json', async () => {
    const s = await start();
    const child = spawn(
      process.execPath,
      [
        CLI,
        '--project-id',
        DEMO_ACCOUNT.projectId,
        '--api-url',
        s.apiUrl,
        '--path',
        build,
        '--s3-uri',
        `s3://${gw.bucket}/${prefix}/cli/Game.zip`,
        '--s3-endpoint',
        gw.endpoint,
        '--s3-region',
        gw.region,
        '--json',
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: dir,
          STREAMPIXEL_API_KEY: DEMO_ACCOUNT.apiKey,
          STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId,
          ...awsEnv(),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(killer);

    expect(stderr).not.toContain('error:');
    expect(code).toBe(0);
    // In the command line's words; the URL it presigned is neither --file-url nor one to presign again.
    expect(stderr).toContain(`(region ${gw.region} from --s3-region, endpoint ${gw.endpoint}`);
    expect(stderr).toMatch(/^Archive OK: /m);
    expect(stderr).not.toMatch(/file-url|(?<!--)s3-region|presign --expires|expires soon/);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    const key = `${prefix}/cli/Game.zip`;
    const head = await admin.send(new HeadObjectCommand({ Bucket: gw.bucket, Key: key }));
    expect(json).toMatchObject({
      status: 'queued',
      ok: true,
      objectUri: `s3://${gw.bucket}/${key}`,
      artifactBytes: head.ContentLength,
      artifactUrl: `${gw.endpoint}/${gw.bucket}/${key}?…`,
      uploadId: s.files[0]?._id,
    });
    const fileUrl = new URL(uploadedFileUrl(s));
    expect(fileUrl.pathname).toBe(`/${gw.bucket}/${key}`);
    const signature = fileUrl.searchParams.get('X-Amz-Signature') ?? '';
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expectNoLeaks({ stdout, stderr }, [signature]);
    expectSecretKeyHidden({ stdout, stderr });
  }, 90_000);
});

/** The DeployConfig of an in-process deploy() of `folder` to `s3://<bucket>/<prefix>/<sub>/`. */
function buildConfig(
  s: { apiUrl: string },
  folder: string,
  sub: string,
  over: Partial<DeployConfig> = {},
): DeployConfig {
  return {
    apiKey: DEMO_ACCOUNT.apiKey,
    userId: DEMO_ACCOUNT.userId,
    projectId: DEMO_ACCOUNT.projectId,
    build: {
      path: folder,
      s3Uri: `s3://${gw.bucket}/${prefix}/${sub}/`,
      s3Endpoint: gw.endpoint,
      presignHours: 1,
    },
    apiUrl: s.apiUrl,
    autoRelease: true,
    checkFileUrl: true,
    dryRun: false,
    maxAttempts: 1,
    timeoutMs: 5_000,
    wait: false,
    waitTimeoutMs: 60_000,
    pollIntervalMs: 5_000,
    pollFloorMs: 5_000,
    ...over,
  };
}

describe('deploy() with a build, in process', () => {
  it('a long wait for the project: the URL is presigned again before it is sent', async () => {
    const other = '6650aa0b1c2d3e4f5a6b7c8d';
    const s = await start({ existingUploads: { [other]: 'Downloading Files' } });
    const vars = awsEnv();
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    // A clock that the waits move: four polls 30 s apart are two minutes of waiting.
    let t = Date.now();
    const lines: string[] = [];
    try {
      const result = await deploy(
        buildConfig(s, build, 'again', { waitTimeoutMs: 600_000, pollIntervalMs: 30_000 }),
        {
          info: (line) => lines.push(line),
          warning: (title, message) => lines.push(`warning ${title}: ${message}`),
          debug: () => undefined,
        },
        { now: () => t, sleep: async (ms) => void (t += ms) },
      );
      expect(result).toMatchObject({ ok: true, status: 'queued' });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) Reflect.deleteProperty(process.env, k);
        else process.env[k] = v;
      }
    }
    const log = lines.join('\n');
    expect(log).toContain('the project is free.');
    expect(log).toContain('Presigned the download URL again after the wait');
    const post = s.requests.find((r) => r.method === 'POST');
    const sent = new URL(JSON.parse(String(post?.body)).fileUrl as string);
    // Signed at the end of the wait, not at the upload two minutes earlier.
    const signedAt = sent.searchParams.get('X-Amz-Date') ?? '';
    const asDate = Date.parse(
      signedAt.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
    );
    expect(t - asDate).toBeLessThan(5_000);
    expect(t - asDate).toBeGreaterThanOrEqual(0);
    // The new URL serves the object.
    const head = await fetch(sent, { headers: { range: 'bytes=0-3' } });
    expect(head.status).toBe(206);
  }, 120_000);

  it('SIGINT during the upload: the multipart upload is aborted and said so, nothing sent', async () => {
    const s = await start();
    const big = path.join(dir, 'Big');
    mkdirSync(path.join(big, 'Game/Content/Paks'), { recursive: true });
    writeFileSync(path.join(big, 'Game.exe'), 'MZ launcher');
    // Random, so deflate cannot shrink it: four 16 MiB parts.
    writeFileSync(path.join(big, 'Game/Content/Paks/Game-Windows.pak'), randomBytes(64 * 2 ** 20));
    // The SDK's credential chain reads process.env itself.
    const vars = awsEnv();
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    const lines: string[] = [];
    const secrets: string[] = [];
    const controller = new AbortController();
    try {
      const result = await deploy(
        buildConfig(s, big, 'cancel'),
        {
          info: (line) => {
            lines.push(line);
            // The first progress line: a part is done, others are in flight.
            if (line.startsWith('Uploaded ')) controller.abort(new Cancelled('SIGINT'));
          },
          warning: (title, message) => lines.push(`warning ${title}: ${message}`),
          debug: () => undefined,
          secret: (value) => secrets.push(value),
        },
        { signal: controller.signal },
      );
      expect(result).toMatchObject({ ok: false, status: 'cancelled', sent: 'nothing' });
      expect(result.failure?.message).toContain('before anything was sent to Streampixel');
      expect(result.storage).toBeUndefined();
      expect(lines.join('\n')).toContain('The incomplete multipart upload was aborted.');
      expect(secrets).toContain(gw.secretAccessKey);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) Reflect.deleteProperty(process.env, k);
        else process.env[k] = v;
      }
    }
    // The project is read first (it proves the key before a long upload); nothing is sent.
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(await keysUnder('cancel')).toEqual([]);
    const multipart = await admin.send(
      new ListMultipartUploadsCommand({ Bucket: gw.bucket, Prefix: `${prefix}/cancel/` }),
    );
    expect(multipart.Uploads ?? []).toEqual([]);
  }, 120_000);
});
