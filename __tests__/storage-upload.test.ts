/**
 * The multipart logic against a scripted client: part boundaries, the
 * in-flight limit, and the abort on every failure path. The same paths run
 * against a real S3 gateway in storage-s3.e2e.test.ts.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it, jest } from '@jest/globals';
import http from 'node:http';
import { Readable } from 'node:stream';
import { StorageError } from '../src/storage/errors.js';
import {
  createS3Client,
  ProgressReporter,
  type UploadProgress,
  uploadStream,
} from '../src/storage/upload.js';

const MiB = 1024 * 1024;

interface Call {
  name: string;
  input: Record<string, unknown>;
}

/**
 * A real S3Client (lib-storage reads its config: the checksum setting, the
 * request handler, the endpoint) whose `send` records calls instead of
 * sending; `behave` may delay, throw or answer.
 */
function fakeClient(
  behave: (call: Call, signal?: AbortSignal) => Promise<unknown> | unknown = () => undefined,
) {
  const calls: Call[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client = createS3Client({
    region: 'us-east-1',
    endpoint: 'http://s3.test',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
  });
  const send = async (
    command: { constructor: { name: string }; input: Record<string, unknown> },
    opts?: { abortSignal?: AbortSignal },
  ) => {
    const call = { name: command.constructor.name.replace(/Command$/, ''), input: command.input };
    calls.push(call);
    const parts = call.name === 'UploadPart';
    if (parts) maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      const answer = await behave(call, opts?.abortSignal);
      if (answer !== undefined) return answer;
      if (call.name === 'CreateMultipartUpload') return { UploadId: 'upload-1' };
      if (call.name === 'UploadPart') return { ETag: `"etag-${String(call.input.PartNumber)}"` };
      if (call.name === 'ListParts') return { Parts: [] };
      return {};
    } finally {
      if (parts) inFlight--;
    }
  };
  client.send = send as unknown as S3Client['send'];
  return { client, calls, maxInFlight: () => maxInFlight };
}

/** `bytes` bytes in 64 KiB chunks. */
function body(bytes: number): Readable {
  let left = bytes;
  return new Readable({
    read() {
      const n = Math.min(left, 64 * 1024);
      left -= n;
      this.push(n > 0 ? Buffer.alloc(n, 1) : null);
    },
  });
}

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }));
    });
  });

const base = (client: S3Client, bytes: number) => ({
  client,
  bucket: 'b',
  key: 'k.zip',
  body: body(bytes),
  partSize: 5 * MiB,
  queueSize: 2,
  progress: new ProgressReporter(undefined, bytes),
});

describe('uploadStream', () => {
  it('sends a body of one part or less with PutObject', async () => {
    const { client, calls } = fakeClient();
    const result = await uploadStream(base(client, 3 * MiB));
    expect(result).toEqual({ bytes: 3 * MiB, parts: 1 });
    expect(calls.map((c) => c.name)).toEqual(['PutObject']);
    expect((calls[0]?.input.Body as Buffer).length).toBe(3 * MiB);
  });

  it('sends a body of exactly one part with PutObject', async () => {
    const { client, calls } = fakeClient();
    expect(await uploadStream(base(client, 5 * MiB))).toEqual({ bytes: 5 * MiB, parts: 1 });
    expect(calls.map((c) => c.name)).toEqual(['PutObject']);
  });

  it('sends an empty body as an empty object', async () => {
    const { client, calls } = fakeClient();
    expect(await uploadStream(base(client, 0))).toEqual({ bytes: 0, parts: 1 });
    expect(calls.map((c) => [c.name, (c.input.Body as Buffer).length])).toEqual([['PutObject', 0]]);
  });

  it('learns the UploadId even when cancelled while creating it, and aborts it', async () => {
    const controller = new AbortController();
    const { client, calls } = fakeClient(async (call) => {
      if (call.name === 'CreateMultipartUpload') {
        controller.abort();
        await delay(10);
      }
      return undefined;
    });
    const err = (await uploadStream({ ...base(client, 12 * MiB), signal: controller.signal }).catch(
      (e: unknown) => e,
    )) as StorageError;
    expect(err.title).toBe('Upload cancelled');
    expect(err.multipart).toEqual({ uploadId: 'upload-1', aborted: true });
    expect(calls.map((c) => c.name)).toContain('AbortMultipartUpload');
  });

  it('splits into exact parts, keeps at most queueSize in flight, completes in order', async () => {
    const { client, calls, maxInFlight } = fakeClient(async (call) => {
      if (call.name === 'UploadPart') await delay(Number(call.input.PartNumber) === 1 ? 30 : 5);
      return undefined;
    });
    const bytes = 17.5 * MiB;
    const result = await uploadStream(base(client, bytes));
    expect(result).toEqual({ bytes, parts: 4, uploadId: 'upload-1' });
    const names = calls.map((c) => c.name);
    expect(names[0]).toBe('CreateMultipartUpload');
    expect(names.at(-1)).toBe('CompleteMultipartUpload');
    const sizes = calls
      .filter((c) => c.name === 'UploadPart')
      .map((c) => [c.input.PartNumber, (c.input.Body as Buffer).length]);
    expect(sizes).toEqual([
      [1, 5 * MiB],
      [2, 5 * MiB],
      [3, 5 * MiB],
      [4, 2.5 * MiB],
    ]);
    expect(maxInFlight()).toBe(2);
    const complete = calls.at(-1)?.input.MultipartUpload as { Parts: { PartNumber: number }[] };
    expect(complete.Parts.map((p) => p.PartNumber)).toEqual([1, 2, 3, 4]);
  });

  it('aborts the multipart upload when a part fails, and says so', async () => {
    const { client, calls } = fakeClient(async (call, signal) => {
      if (call.name !== 'UploadPart') return undefined;
      if (call.input.PartNumber === 3) {
        throw Object.assign(new Error('Access Denied'), {
          name: 'AccessDenied',
          $fault: 'client',
          $metadata: { httpStatusCode: 403 },
        });
      }
      await delay(20, signal);
      return undefined;
    });
    const err = await uploadStream(base(client, 40 * MiB)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    const e = err as StorageError;
    expect(e.title).toBe('Access denied');
    expect(e.code).toBe('AccessDenied');
    expect(e.httpStatus).toBe(403);
    expect(e.hint).toMatch(/s3:PutObject.*s3:AbortMultipartUpload.*s3:GetObject/);
    expect(e.message).toMatch(/The incomplete multipart upload was aborted\.$/);
    expect(e.multipart).toEqual({ uploadId: 'upload-1', aborted: true });
    const names = calls.map((c) => c.name);
    expect(names).not.toContain('CompleteMultipartUpload');
    expect(names.slice(-2)).toEqual(['AbortMultipartUpload', 'ListParts']);
    // Stopped reading: nowhere near the 8 parts of the body.
    expect(names.filter((n) => n === 'UploadPart').length).toBeLessThanOrEqual(4);
  });

  it('aborts again when a part lands after the first abort', async () => {
    let lists = 0;
    const { client, calls } = fakeClient((call) => {
      if (call.name === 'UploadPart' && call.input.PartNumber === 2) throw new Error('boom');
      if (call.name === 'ListParts') return { Parts: lists++ === 0 ? [{ PartNumber: 1 }] : [] };
      return undefined;
    });
    const err = (await uploadStream(base(client, 12 * MiB)).catch(
      (e: unknown) => e,
    )) as StorageError;
    expect(err.multipart?.aborted).toBe(true);
    // lib-storage's abort, ours (whose ListParts still shows part 1), the repeat.
    expect(calls.map((c) => c.name).slice(-5)).toEqual([
      'AbortMultipartUpload',
      'AbortMultipartUpload',
      'ListParts',
      'AbortMultipartUpload',
      'ListParts',
    ]);
  });

  it('names the UploadId and the lifecycle rule when the abort fails', async () => {
    const { client } = fakeClient((call) => {
      if (call.name === 'UploadPart' && call.input.PartNumber === 2) throw new Error('boom');
      if (call.name === 'AbortMultipartUpload') throw new Error('network down');
      return undefined;
    });
    const err = (await uploadStream(base(client, 12 * MiB)).catch(
      (e: unknown) => e,
    )) as StorageError;
    expect(err.multipart).toEqual({ uploadId: 'upload-1', aborted: false });
    // The failure itself is reported, not lib-storage's failed abort.
    expect(err.message).toMatch(/^Uploading s3:\/\/b\/k\.zip failed: boom\. /);
    expect(err.message).toMatch(/--upload-id upload-1/);
    expect(err.message).toMatch(/AbortIncompleteMultipartUpload/);
  });

  it('cancels in-flight parts and aborts when the signal fires', async () => {
    const controller = new AbortController();
    let cancelledInFlight = 0;
    const { client, calls } = fakeClient(async (call, signal) => {
      if (call.name !== 'UploadPart') return undefined;
      if (call.input.PartNumber === 2) setTimeout(() => controller.abort(), 5);
      try {
        await delay(10_000, signal);
      } catch (e) {
        cancelledInFlight++;
        throw e;
      }
      return undefined;
    });
    const started = Date.now();
    const err = (await uploadStream({ ...base(client, 40 * MiB), signal: controller.signal }).catch(
      (e: unknown) => e,
    )) as StorageError;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err.title).toBe('Upload cancelled');
    expect(err.message).toMatch(/was aborted\.$/);
    expect(cancelledInFlight).toBe(2);
    expect(calls.map((c) => c.name)).toContain('AbortMultipartUpload');
  });

  it('settles only after the parts in flight have settled and the abort was sent', async () => {
    const controller = new AbortController();
    const events: string[] = [];
    const { client } = fakeClient(async (call, signal) => {
      if (call.name === 'AbortMultipartUpload') events.push('abort');
      if (call.name !== 'UploadPart') return undefined;
      if (call.input.PartNumber === 2) setTimeout(() => controller.abort(), 5);
      try {
        // A request that takes a while to notice the cancel.
        await delay(10_000, signal).catch(() => delay(50));
        throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
      } finally {
        events.push(`part ${String(call.input.PartNumber)} settled`);
      }
    });
    await uploadStream({ ...base(client, 40 * MiB), signal: controller.signal }).catch(() =>
      events.push('rejected'),
    );
    expect(events.slice(0, 3).sort()).toEqual(['abort', 'part 1 settled', 'part 2 settled'].sort());
    expect(events.indexOf('abort')).toBe(2);
    expect(events.at(-1)).toBe('rejected');
  });

  it('cancels the other parts in flight when one fails', async () => {
    let cancelled = 0;
    const { client } = fakeClient(async (call, signal) => {
      if (call.name !== 'UploadPart') return undefined;
      if (call.input.PartNumber === 2) {
        await delay(5);
        throw new Error('boom');
      }
      await delay(10_000, signal).catch((e: unknown) => {
        cancelled++;
        throw e;
      });
      return undefined;
    });
    const started = Date.now();
    const err = (await uploadStream(base(client, 40 * MiB)).catch(
      (e: unknown) => e,
    )) as StorageError;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err.message).toMatch(/failed: boom\. The incomplete multipart upload was aborted\.$/);
    expect(cancelled).toBe(1);
  });

  it('reports a failure to read the build as such, and aborts', async () => {
    const { client, calls } = fakeClient();
    let sent = 0;
    const failing = new Readable({
      read() {
        sent += MiB;
        if (sent > 12 * MiB)
          this.destroy(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
        else this.push(Buffer.alloc(MiB));
      },
    });
    const err = (await uploadStream({
      ...base(client, 0),
      body: failing,
      describeBodyError: (e) =>
        new StorageError('Could not read the build', String(e), 'fix', { input: 'path' }),
    }).catch((e: unknown) => e)) as StorageError;
    expect(err.title).toBe('Could not read the build');
    expect(err.input).toBe('path');
    expect(err.message).toMatch(/EIO.*was aborted\.$/);
    expect(calls.map((c) => c.name)).toContain('AbortMultipartUpload');
  });

  it('names the endpoint when the connection is refused', async () => {
    const { client } = fakeClient(() => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    });
    const err = (await uploadStream({
      ...base(client, MiB),
      endpoint: 'http://127.0.0.1:9',
      nameOf: (i) => `--${i}`,
    }).catch((e: unknown) => e)) as StorageError;
    expect(err.input).toBe('s3-endpoint');
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.message).toMatch(/http:\/\/127\.0\.0\.1:9 refused the connection/);
    expect(err.hint).toMatch(/--s3-endpoint/);
  });
});

describe('ProgressReporter', () => {
  it('reports at each 10 % and on the timer, then 100 % of the real size', () => {
    jest.useFakeTimers();
    try {
      let t = 0;
      const seen: UploadProgress[] = [];
      const r = new ProgressReporter(
        (p) => seen.push(p),
        1000,
        30_000,
        () => t,
      );
      t = 1000;
      r.add(50); // 5 %: nothing yet
      expect(seen).toHaveLength(0);
      r.add(60); // 11 %
      expect(seen.at(-1)).toEqual({
        bytesUploaded: 110,
        totalBytesEstimate: 1000,
        percent: 11,
        bytesPerSecond: 110,
        etaSeconds: 8,
      });
      r.add(300); // 41 %: one report, not three
      expect(seen).toHaveLength(2);
      t = 31_000;
      jest.advanceTimersByTime(30_000);
      expect(seen).toHaveLength(3);
      expect(seen.at(-1)?.bytesUploaded).toBe(410);
      r.stop(800); // deflate made it smaller than the estimate
      expect(seen.at(-1)).toMatchObject({ bytesUploaded: 800, percent: 100, etaSeconds: 0 });
      jest.advanceTimersByTime(120_000);
      expect(seen).toHaveLength(4);
    } finally {
      jest.useRealTimers();
    }
  });

  it('past the estimate (zip headers outweigh tiny files): no "of ~4 B", no percentage', () => {
    let t = 0;
    const seen: UploadProgress[] = [];
    const r = new ProgressReporter(
      (p) => seen.push(p),
      4,
      30_000,
      () => t,
    );
    t = 1000;
    r.add(320);
    expect(seen.at(-1)).toEqual({ bytesUploaded: 320, bytesPerSecond: 320 });
    r.stop(320);
    expect(seen.at(-1)).toMatchObject({
      bytesUploaded: 320,
      totalBytesEstimate: 320,
      percent: 100,
    });
  });
});

describe('createS3Client', () => {
  /** The options @smithy/node-http-handler resolved for the client's handler. */
  const handlerConfig = (client: S3Client) =>
    (
      client.config.requestHandler as unknown as {
        configProvider: Promise<Record<string, unknown>>;
      }
    ).configProvider;

  it('gives every request a connection and an inactivity timeout, also through a proxy agent', async () => {
    const agent = new http.Agent();
    const direct = createS3Client({ region: 'us-east-1', timeoutMs: 1234 });
    const proxied = createS3Client({ region: 'us-east-1', proxyAgent: { agent, secure: false } });
    try {
      const d = await handlerConfig(direct);
      expect(d).toMatchObject({ connectionTimeout: 1234, socketTimeout: 1234 });
      // Not requestTimeout: a limit on a whole request, which a large part would exceed.
      expect(d.requestTimeout).toBeUndefined();
      const p = await handlerConfig(proxied);
      expect(p).toMatchObject({ connectionTimeout: 30_000, socketTimeout: 30_000 });
      expect(await (p.httpAgentProvider as () => Promise<unknown>)()).toBe(agent);
    } finally {
      direct.destroy();
      proxied.destroy();
    }
  });
});
