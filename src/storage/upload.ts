/**
 * A stream into one S3 object by multipart upload, with bounded memory,
 * several parts in flight, progress, and no incomplete upload left behind.
 *
 * Why not lib-storage's `Upload`: its `done()` rejects on `abort()` at once,
 * before the parts in flight have finished and before its own
 * AbortMultipartUpload is sent (Upload.js: `__abortTimeout` races
 * `__doMultipartUpload`), it does not cancel in-flight UploadPart requests,
 * and it does not expose the UploadId to report when the abort fails. Here
 * the caller's promise settles only once the upload is completed or aborted,
 * and says which. Each UploadPart is retried on its own by the client's
 * retry strategy (standard mode, `maxAttempts`): a part is a Buffer, so
 * a retry re-sends it.
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import {
  defaultNameOf,
  leftoverAdvice,
  type NameOf,
  StorageError,
  toStorageError,
} from './errors.js';

const MiB = 1024 * 1024;

/**
 * S3's multipart limits (Amazon S3 User Guide, "Amazon S3 multipart upload
 * limits"): parts of 5 MiB to 5 GiB (the last may be smaller), at most
 * 10,000 parts, objects up to 5 TiB.
 */
export const S3_LIMITS = {
  minPartBytes: 5 * MiB,
  maxPartBytes: 5 * 1024 * MiB,
  maxParts: 10_000,
  maxObjectBytes: 5 * 1024 * 1024 * MiB,
} as const;

export const DEFAULT_PART_BYTES = 16 * MiB;
export const DEFAULT_QUEUE_SIZE = 4;

/**
 * The part size for an object of about `estimatedBytes`: 16 MiB, or more so
 * that the estimate fits in 9,000 parts (10 % headroom under S3's 10,000 for
 * an estimate that is a little low), rounded up to a whole MiB.
 */
export function partSizeFor(estimatedBytes: number, minimum = DEFAULT_PART_BYTES): number {
  const needed = Math.ceil(estimatedBytes / 9000);
  return Math.max(minimum, Math.ceil(needed / MiB) * MiB);
}

export interface ClientSettings {
  region: string;
  /** An S3-compatible service's URL; path-style addressing is used with it. */
  endpoint?: string;
  /** Keys or a provider; default: the SDK's chain (environment, web identity, profile, container, instance). */
  credentials?: S3ClientConfig['credentials'];
  /** Attempts per request, the first included (SDK standard retry mode). Default 5. */
  maxAttempts?: number;
}

/**
 * An S3 client for S3 and S3-compatible services. Checksums only when an
 * operation requires them: since SDK 3.729 the default adds CRC32 checksum
 * headers and trailers that Ceph radosgw, Cloudflare R2 and Backblaze B2
 * reject or ignore. Credentials default to the SDK's provider chain.
 */
export function createS3Client(settings: ClientSettings): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    maxAttempts: settings.maxAttempts ?? 5,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** Upload progress. Bytes are the zip's bytes; for a folder the total is an estimate. */
export interface UploadProgress {
  /** Bytes of completed parts. */
  bytesUploaded: number;
  /**
   * The expected object size: exact for a `.zip`; for a folder the sum of
   * its file sizes, an upper estimate since deflate shrinks what it can.
   */
  totalBytesEstimate?: number;
  /** 0–100, from the estimate. */
  percent?: number;
  /** Average since the upload started. */
  bytesPerSecond: number;
  etaSeconds?: number;
}

export type ProgressListener = (progress: UploadProgress) => void;

/**
 * Calls `listener` each time another 10 % of the estimate is reached and at
 * least every `intervalMs` in between (a timer, so a stalled upload still
 * reports).
 */
export class ProgressReporter {
  private bytes = 0;
  private lastDecile = 0;
  private readonly started: number;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly listener: ProgressListener | undefined,
    private readonly totalBytesEstimate: number | undefined,
    intervalMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    if (listener) {
      this.timer = setInterval(() => this.emit(), intervalMs);
      this.timer.unref();
    }
  }

  get bytesUploaded(): number {
    return this.bytes;
  }

  add(bytes: number): void {
    this.bytes += bytes;
    const total = this.totalBytesEstimate;
    if (!total) return;
    const decile = Math.min(10, Math.floor((this.bytes / total) * 10));
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      this.emit();
    }
  }

  snapshot(): UploadProgress {
    const elapsed = Math.max(1, this.now() - this.started) / 1000;
    const bytesPerSecond = Math.round(this.bytes / elapsed);
    const total = this.totalBytesEstimate;
    const progress: UploadProgress = { bytesUploaded: this.bytes, bytesPerSecond };
    if (total) {
      progress.totalBytesEstimate = total;
      progress.percent = Math.min(100, Math.round((this.bytes / total) * 1000) / 10);
      if (bytesPerSecond > 0) {
        progress.etaSeconds = Math.max(0, Math.round((total - this.bytes) / bytesPerSecond));
      }
    }
    return progress;
  }

  private emit(): void {
    this.listener?.(this.snapshot());
  }

  /** Stops the timer; on success reports 100 % of the actual size. */
  stop(finalBytes?: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (finalBytes === undefined || !this.listener) return;
    const elapsed = Math.max(1, this.now() - this.started) / 1000;
    this.listener({
      bytesUploaded: finalBytes,
      totalBytesEstimate: finalBytes,
      percent: 100,
      bytesPerSecond: Math.round(finalBytes / elapsed),
      etaSeconds: 0,
    });
  }
}

export interface StreamUploadOptions {
  client: S3Client;
  bucket: string;
  key: string;
  body: Readable;
  /** Bytes per part; at least 5 MiB. */
  partSize: number;
  /** Parts in flight at once. */
  queueSize: number;
  signal?: AbortSignal;
  progress: ProgressReporter;
  endpoint?: string;
  nameOf?: NameOf;
  /** What a failure to read `body` is about: the build on disk. */
  describeBodyError?: (err: unknown) => StorageError;
}

export interface StreamUploadResult {
  bytes: number;
  /** 1 when the whole object fit in one part (sent as a single PutObject). */
  parts: number;
  uploadId?: string;
}

/** Marks errors thrown by the body stream (reading the build) apart from S3's. */
class BodyError extends Error {
  constructor(readonly inner: unknown) {
    super('body failed');
  }
}

/**
 * Reads `body` into parts of exactly `partSize` bytes (the last smaller).
 * Each part is one Buffer allocated up front and filled by copying, so no
 * part is ever held twice.
 */
async function* partsOf(body: Readable, partSize: number): AsyncGenerator<Buffer> {
  let part = Buffer.allocUnsafe(partSize);
  let filled = 0;
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await iterator.next();
    } catch (err) {
      throw new BodyError(err);
    }
    if (next.done) break;
    let chunk = next.value;
    while (chunk.length > 0) {
      const n = chunk.copy(part, filled);
      filled += n;
      chunk = chunk.subarray(n);
      if (filled === partSize) {
        yield part;
        part = Buffer.allocUnsafe(partSize);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield part.subarray(0, filled);
}

/**
 * Uploads `body` to `s3://bucket/key`. Memory: at most `queueSize` parts in
 * flight plus the one being filled, (queueSize + 1) × partSize (80 MiB at
 * the defaults, 4 × 16 MiB), plus the body's own stream buffers. A body of
 * one part or less is sent with PutObject.
 *
 * On any failure, or when `signal` aborts: the requests in flight are
 * cancelled, the multipart upload is aborted (AbortMultipartUpload, repeated
 * once if ListParts still shows parts, as the S3 API reference advises), and
 * a StorageError is thrown whose message says the upload was aborted or, if
 * the abort failed, gives the UploadId and the lifecycle rule to add.
 */
export async function uploadStream(opts: StreamUploadOptions): Promise<StreamUploadResult> {
  const { client, bucket, key, partSize, queueSize, progress } = opts;
  const nameOf = opts.nameOf ?? defaultNameOf;
  const where = `s3://${bucket}/${key}`;
  if (partSize < S3_LIMITS.minPartBytes || partSize > S3_LIMITS.maxPartBytes) {
    throw new RangeError(`partSize ${partSize} is outside S3's 5 MiB–5 GiB`);
  }
  // Cancels our requests in flight: on the caller's abort or our own failure.
  const cancel = new AbortController();
  const onAbort = (): void => cancel.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const parts = partsOf(opts.body, partSize);
  const completed: CompletedPart[] = [];
  const inFlight = new Set<Promise<void>>();
  let uploadId: string | undefined;
  let failure: unknown;
  let bytes = 0;
  let count = 0;
  const errorContext = (action: string) => ({
    action,
    bucket,
    endpoint: opts.endpoint,
    nameOf,
  });

  const sendPart = (number: number, data: Buffer): Promise<void> => {
    const p = client
      .send(
        new UploadPartCommand({
          Bucket: bucket,
          Key: key,
          UploadId: uploadId,
          PartNumber: number,
          Body: data,
          ContentLength: data.length,
        }),
        { abortSignal: cancel.signal },
      )
      .then((res) => {
        completed.push({ PartNumber: number, ETag: res.ETag });
        progress.add(data.length);
      })
      .catch((err: unknown) => {
        if (failure === undefined)
          failure = toStorageError(err, errorContext(`uploading part ${number} of ${where}`));
        cancel.abort();
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    return p;
  };

  try {
    let pending: Buffer | undefined;
    for (;;) {
      if (cancel.signal.aborted) break;
      const next = await parts.next();
      if (next.done) break;
      count++;
      if (count > S3_LIMITS.maxParts) {
        failure = new StorageError(
          'Too many parts',
          `The build needs more than ${S3_LIMITS.maxParts} parts of ${partSize / MiB} MiB (S3's limit).`,
          'Give a larger part size; the size estimate was too low.',
          { input: 'path' },
        );
        break;
      }
      bytes += next.value.length;
      if (count === 1) {
        // Hold the first part: if it is also the last, one PutObject does.
        pending = next.value;
        continue;
      }
      if (pending) {
        // Not cancellable: a cancel while the answer is on its way would leave
        // an upload whose UploadId we never learn, so nothing could abort it.
        const created = await client.send(
          new CreateMultipartUploadCommand({
            Bucket: bucket,
            Key: key,
            ContentType: 'application/zip',
          }),
        );
        uploadId = created.UploadId;
        if (!uploadId) throw new Error('CreateMultipartUpload returned no UploadId');
        void sendPart(1, pending);
        pending = undefined;
      }
      while (inFlight.size >= queueSize) await Promise.race(inFlight);
      if (failure !== undefined) break;
      void sendPart(count, next.value);
    }
    await Promise.allSettled([...inFlight]);
    if (failure === undefined && opts.signal?.aborted) failure = 'cancelled';
    if (failure === undefined && uploadId === undefined) {
      const whole = pending ?? Buffer.alloc(0);
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: whole,
          ContentLength: whole.length,
          ContentType: 'application/zip',
        }),
        { abortSignal: cancel.signal },
      );
      progress.add(whole.length);
      return { bytes, parts: 1 };
    }
    if (failure === undefined) {
      completed.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
      // Not cancellable either: every part is in and this only commits them;
      // a cancel now is too late, and the object is completed.
      await client.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: { Parts: completed },
        }),
      );
      return { bytes, parts: completed.length, uploadId };
    }
  } catch (err) {
    if (failure === undefined) failure = err;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }

  // Failed or cancelled: stop reading, let the requests in flight settle, then clean up.
  cancel.abort();
  opts.body.destroy();
  await parts.return(undefined).catch(() => undefined);
  await Promise.allSettled([...inFlight]);
  const cancelled = failure === 'cancelled' || (opts.signal?.aborted ?? false);
  let error: StorageError;
  if (cancelled) {
    error = new StorageError(
      'Upload cancelled',
      `The upload to ${where} was cancelled.`,
      'Re-run to upload again.',
    );
  } else if (failure instanceof BodyError) {
    error =
      opts.describeBodyError?.(failure.inner) ??
      toStorageError(failure.inner, errorContext('reading the build'));
  } else {
    error = toStorageError(failure, errorContext(`uploading ${where}`));
  }
  if (!uploadId) throw error;
  const aborted = await abortMultipart(client, bucket, key, uploadId);
  const sentence = aborted
    ? ' The incomplete multipart upload was aborted.'
    : ` ${leftoverAdvice(bucket, key, uploadId)}`;
  throw new StorageError(error.title, error.message + sentence, error.hint, {
    input: error.input,
    code: error.code,
    httpStatus: error.httpStatus,
    multipart: { uploadId, aborted },
    cause: error.cause ?? error,
  });
}

/**
 * AbortMultipartUpload, then ListParts to check: a part that was in flight
 * can still land after the abort (S3 API reference, AbortMultipartUpload),
 * so a second abort follows if any is listed. `NoSuchUpload` means done.
 */
export async function abortMultipart(
  client: S3Client,
  bucket: string,
  key: string,
  uploadId: string,
): Promise<boolean> {
  const gone = (err: unknown): boolean => (err as { name?: string }).name === 'NoSuchUpload';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await client.send(
        new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }),
      );
    } catch (err) {
      if (!gone(err)) return false;
    }
    try {
      const listed = await client.send(
        new ListPartsCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MaxParts: 1 }),
      );
      if (!listed.Parts?.length) return true;
    } catch {
      // NoSuchUpload: gone. Anything else (no s3:ListMultipartUploadParts): the abort was accepted.
      return true;
    }
  }
  return false;
}
