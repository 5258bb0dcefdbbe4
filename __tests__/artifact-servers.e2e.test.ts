/**
 * checkArtifact against real storage servers on 127.0.0.1 (__tests__/servers.ts, started by
 * scripts/servers/): nginx's own Range handling, and Ceph's S3 gateway (radosgw), which checks
 * SigV4 presigned URLs the way S3 does. Needs scripts/servers/install.sh.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  type ArtifactCheckOptions,
  ArtifactFailure,
  checkArtifact,
} from '../src/artifact/check.js';
import { ACTION_TERMS } from '../src/terms.js';
import { makeUe5Build, writeSparseZip64, zipWith } from './fixtures/zips.js';
import { type Nginx, type Radosgw, startNginx, useRadosgw } from './servers.js';

const KiB = 1024;
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'artifact-servers-'));
  const src = join(tmp, 'src');
  mkdirSync(src);
  makeUe5Build(src);
  mkdirSync(join(tmp, 'www'));
  zipWith('zip', src, join(tmp, 'www', 'Game.zip'));
  writeSparseZip64(join(tmp, 'www', 'Big.zip'), 25e9);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const options: ArtifactCheckOptions = {
  timeoutMs: 30_000,
  maxAttempts: 3,
  log: () => undefined,
  debug: () => undefined,
  terms: ACTION_TERMS,
};

async function refusal(url: string): Promise<ArtifactFailure> {
  const err = await checkArtifact(url, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArtifactFailure);
  return err as ArtifactFailure;
}

describe('nginx', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await startNginx(join(tmp, 'www'));
  }, 30_000);
  afterAll(() => nginx?.stop());

  it('a UE5 build zip: listed in 2 requests', async () => {
    const info = await checkArtifact(`${nginx.url}/Game.zip`, options);
    expect(info).toMatchObject({ inspected: true, requests: 2 });
    expect(info.verdict.warnings).toEqual([]);
    expect(info.verdict.facts).toMatchObject({ projectName: 'Game', root: '' });
  });

  it('a 25 GB sparse Zip64: at most 3 requests and 256 KiB', async () => {
    const info = await checkArtifact(`${nginx.url}/Big.zip`, options);
    expect(info.inspected).toBe(true);
    expect(info.sizeBytes).toBe(25e9);
    expect(info.requests).toBeLessThanOrEqual(3);
    expect(info.bytesRead).toBeLessThanOrEqual(256 * KiB);
  });

  it('the zip served as text/html: inspected, with a warning about the type', async () => {
    const info = await checkArtifact(`${nginx.url}/text-html/Game.zip`, options);
    expect(info.inspected).toBe(true);
    expect(info.verdict.warnings.map((w) => w.code)).toEqual(['content-type']);
  });

  it('Range switched off (max_ranges 0): 4 KiB read, not inspected', async () => {
    const info = await checkArtifact(`${nginx.url}/no-range/Big.zip`, options);
    expect(info).toMatchObject({ inspected: false, requests: 1 });
    expect(info.bytesRead).toBeLessThanOrEqual(4 * KiB);
    expect(info.verdict.warnings[0]?.message).toContain('the server ignores Range requests');
  });

  it('S3-style 403 bodies are named', async () => {
    expect((await refusal(`${nginx.url}/forbidden/Game.zip`)).title).toBe(
      'file-url refused (AccessDenied)',
    );
    expect((await refusal(`${nginx.url}/expired/Game.zip`)).message).toContain(
      'the presigned URL has expired',
    );
  });

  it('a redirect is not followed', async () => {
    const failure = await refusal(`${nginx.url}/redirect/Game.zip`);
    expect(failure).toMatchObject({ title: 'file-url redirects', requests: 1 });
  });
});

describe('radosgw (S3, SigV4)', () => {
  let gw: Radosgw;
  let s3: S3Client;
  const bucket = `artifact-check-${randomBytes(4).toString('hex')}`;
  const key = 'builds/Game.zip';
  const presign = (client: S3Client = s3): Promise<string> =>
    getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: 7200 });

  beforeAll(async () => {
    gw = await useRadosgw();
    s3 = gw.s3();
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const body = readFileSync(join(tmp, 'www', 'Game.zip'));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  }, 240_000);
  afterAll(async () => {
    if (!s3) return;
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })).catch(() => undefined);
    await s3.send(new DeleteBucketCommand({ Bucket: bucket })).catch(() => undefined);
    s3.destroy();
  });

  it('a presigned URL (SDK v3 presigner): inspected', async () => {
    const info = await checkArtifact(await presign(), options);
    expect(info).toMatchObject({ inspected: true, requests: 2 });
    expect(info.expiry).toMatchObject({ scheme: 'aws-sigv4', temporaryCredentials: false });
    expect(info.verdict.facts?.executables[0]).toBe('Game.exe');
  });

  it('a tampered signature: the failure names SignatureDoesNotMatch, without the signature', async () => {
    const url = new URL(await presign());
    const sig = url.searchParams.get('X-Amz-Signature') ?? '';
    url.searchParams.set('X-Amz-Signature', (sig[0] === '0' ? '1' : '0') + sig.slice(1));
    const failure = await refusal(url.toString());
    expect(failure.title).toBe('file-url refused (SignatureDoesNotMatch)');
    expect(failure.details.httpStatus).toBe(403);
    expect(failure.message).toContain('altered after signing');
    expect(`${failure.message} ${failure.hint}`).not.toContain(sig.slice(1));
    expect(failure.requests).toBe(1);
  });

  it('an unknown access key: InvalidAccessKeyId', async () => {
    const stranger = new S3Client({
      endpoint: gw.endpoint,
      region: gw.region,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: gw.secretAccessKey },
    });
    const url = await presign(stranger);
    stranger.destroy();
    expect((await refusal(url)).title).toBe('file-url refused (InvalidAccessKeyId)');
  });
});
