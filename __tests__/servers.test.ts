/**
 * The test servers themselves: nginx answers Range the way an origin does, and
 * radosgw is a faithful enough S3: SigV4 checked, presigned URLs with their
 * failure modes, multipart uploads. Needs scripts/servers/install.sh.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { startNginx, useRadosgw, type Nginx, type Radosgw } from './servers.js';

interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request with node's http, no agent, body read whole. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const MiB = 1024 * 1024;

describe('nginx', () => {
  let dir: string;
  let nginx: Nginx;
  const zip = randomBytes(100_000);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'streampixel-servers-test-'));
    await writeFile(join(dir, 'build.zip'), zip);
    nginx = await startNginx(dir);
  });
  afterAll(async () => {
    await nginx?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers a ranged GET with 206 and Content-Range', async () => {
    const r = await get(`${nginx.url}/build.zip`, { Range: 'bytes=0-3' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 0-3/${zip.length}`);
    expect(r.headers['content-type']).toBe('application/zip');
    expect(r.body.equals(zip.subarray(0, 4))).toBe(true);
  });

  it('answers a suffix range (the zip end-of-central-directory read)', async () => {
    const r = await get(`${nginx.url}/build.zip`, { Range: 'bytes=-22' });
    expect(r.status).toBe(206);
    expect(r.body.equals(zip.subarray(-22))).toBe(true);
  });

  it('ignores Range under /no-range/: 200 with the whole file', async () => {
    const r = await get(`${nginx.url}/no-range/build.zip`, { Range: 'bytes=0-3' });
    expect(r.status).toBe(200);
    expect(r.body.equals(zip)).toBe(true);
  });

  it('serves the zip as text/html under /text-html/', async () => {
    const r = await get(`${nginx.url}/text-html/build.zip`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html');
  });

  it('redirects under /redirect/', async () => {
    const r = await get(`${nginx.url}/redirect/build.zip`);
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe(`${nginx.url}/build.zip`);
  });

  it('answers 403 with an S3-style XML error under /forbidden/', async () => {
    const r = await get(`${nginx.url}/forbidden/build.zip`);
    expect(r.status).toBe(403);
    expect(r.headers['content-type']).toBe('application/xml');
    expect(r.body.toString()).toContain('<Code>AccessDenied</Code>');
  });

  it('stops, and the port no longer answers', async () => {
    const other = await startNginx(dir);
    await other.stop();
    await expect(get(`${other.url}/build.zip`)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('radosgw', () => {
  let gw: Radosgw;
  let s3: S3Client;
  const bucket = `servers-test-${randomBytes(4).toString('hex')}`;
  const key = 'builds/app.zip';
  const body = randomBytes(64 * 1024);

  beforeAll(async () => {
    gw = await useRadosgw();
    s3 = gw.s3();
  }, 180_000);
  afterAll(async () => {
    if (!s3) return;
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    for (const o of listed.Contents ?? []) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key }));
    }
    await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
    s3.destroy();
  });

  it('has the bucket the script created', async () => {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: gw.bucket }));
    expect(listed.$metadata.httpStatusCode).toBe(200);
  });

  it('creates a bucket and takes PutObject from a Buffer and from a stream', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'streamed.zip',
        Body: Readable.from([body.subarray(0, 1000), body.subarray(1000)]),
        ContentLength: body.length,
      }),
    );
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'streamed.zip' }));
    const bytes = await got.Body?.transformToByteArray();
    expect(bytes && Buffer.from(bytes).equals(body)).toBe(true);
  });

  it("needs WHEN_REQUIRED checksums: the SDK's default fails a streamed PutObject", async () => {
    // The default (WHEN_SUPPORTED) sends a stream as aws-chunked with a CRC32
    // trailer, which radosgw 16 does not parse: 411 MissingContentLength.
    const defaults = new S3Client({
      endpoint: gw.endpoint,
      region: gw.region,
      forcePathStyle: true,
      credentials: { accessKeyId: gw.accessKeyId, secretAccessKey: gw.secretAccessKey },
      maxAttempts: 1,
    });
    // The SDK warns about the failed streaming request on the console.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await expect(
        defaults.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: 'default-checksums.zip',
            Body: Readable.from([body]),
            ContentLength: body.length,
          }),
        ),
      ).rejects.toMatchObject({ $metadata: { httpStatusCode: 411 } });
    } finally {
      warn.mockRestore();
      defaults.destroy();
    }
  });

  it('takes a multipart upload (12 MiB in 5 MiB parts) from lib-storage', async () => {
    const big = randomBytes(12 * MiB);
    const upload = new Upload({
      client: s3,
      params: { Bucket: bucket, Key: 'big.zip', Body: Readable.from([big]) },
      partSize: 5 * MiB,
      queueSize: 2,
    });
    const done = await upload.done();
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'big.zip' }));
    expect(head.ContentLength).toBe(12 * MiB);
    expect(head.ETag).toMatch(/-3"$/);
    // radosgw 16 answers CompleteMultipartUpload with an empty <ETag></ETag>
    // (S3 gives the multipart ETag); HeadObject has the real one.
    expect(['', head.ETag]).toContain(done.ETag);
  }, 60_000);

  it('serves a presigned GET with Range: 206 and the first bytes', async () => {
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), {
      expiresIn: 300,
    });
    const r = await get(url, { Range: 'bytes=0-3' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 0-3/${body.length}`);
    expect(r.body.equals(body.subarray(0, 4))).toBe(true);
  });

  it('rejects a tampered signature: 403 SignatureDoesNotMatch', async () => {
    const url = new URL(
      await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), {
        expiresIn: 300,
      }),
    );
    const sig = url.searchParams.get('X-Amz-Signature') ?? '';
    expect(sig).toMatch(/^[0-9a-f]{64}$/);
    url.searchParams.set('X-Amz-Signature', (sig[0] === '0' ? '1' : '0') + sig.slice(1));
    const r = await get(url.toString());
    expect(r.status).toBe(403);
    expect(r.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('rejects an unknown access key: 403 InvalidAccessKeyId', async () => {
    const stranger = new S3Client({
      endpoint: gw.endpoint,
      region: gw.region,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: gw.secretAccessKey },
    });
    const url = await getSignedUrl(stranger, new GetObjectCommand({ Bucket: bucket, Key: key }), {
      expiresIn: 300,
    });
    stranger.destroy();
    const r = await get(url);
    expect(r.status).toBe(403);
    expect(r.body.toString()).toContain('<Code>InvalidAccessKeyId</Code>');
  });

  it('rejects an expired presigned URL: 403 AccessDenied', async () => {
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), {
      expiresIn: 60,
      signingDate: new Date(Date.now() - 3600_000),
    });
    const r = await get(url, { Range: 'bytes=0-3' });
    expect(r.status).toBe(403);
    expect(r.body.toString()).toContain('<Code>AccessDenied</Code>');
  });

  it('answers HEAD on a GET-presigned URL with 403 (the method is signed)', async () => {
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), {
      expiresIn: 300,
    });
    expect((await get(url, {}, 'HEAD')).status).toBe(403);
    expect((await get(url, {}, 'GET')).status).toBe(200);
  });

  it('lists no multipart uploads after an abort', async () => {
    const { UploadId } = await s3.send(
      new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'aborted.zip' }),
    );
    await s3.send(
      new UploadPartCommand({
        Bucket: bucket,
        Key: 'aborted.zip',
        UploadId,
        PartNumber: 1,
        Body: randomBytes(5 * MiB),
      }),
    );
    const during = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    expect(during.Uploads?.map((u) => u.UploadId)).toEqual([UploadId]);
    await s3.send(
      new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'aborted.zip', UploadId }),
    );
    const after = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    expect(after.Uploads ?? []).toEqual([]);
  });
});
