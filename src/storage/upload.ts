/**
 * A stream into one S3 object by multipart upload, with bounded memory,
 * several parts in flight, progress, and no incomplete upload left behind.
 *
 * The upload itself is lib-storage's `Upload`, with a patch
 * (patches/@aws-sdk+lib-storage+3.1175.0.patch) for what its 3.1175.0 gets
 * wrong here: `done()` rejected on `abort()` at once, before the parts in
 * flight had settled and before its AbortMultipartUpload was sent (it races
 * `__abortTimeout`; https://github.com/aws/aws-sdk-js-v3/pull/7322, open), and
 * in-flight UploadPart/PutObject requests were not cancelled
 * (https://github.com/aws/aws-sdk-js-v3/issues/5109). Patched, the promise
 * settles only once the upload is completed or aborted. Its public `uploadId`
 * is what the error names when the abort fails. Each UploadPart is retried on
 * its own by the client's retry strategy (standard mode, `maxAttempts`): a
 * part is a Buffer, so a retry re-sends it.
 */
import {
  AbortMultipartUploadCommand,
  ListPartsCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type http from 'node:http';
import type { Readable } from 'node:stream';
import {
  type CredentialOrigin,
  defaultNameOf,
  type StorageProxy,
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
/** The storage requests' connection and inactivity timeout when none is given: timeout-seconds' default. */
export const DEFAULT_TIMEOUT_MS = 30_000;

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
  /**
   * The proxy's tunnel agent (`agentFor` in http.ts) when https_proxy or
   * http_proxy applies to the endpoint; the SDK's own agents otherwise.
   */
  proxyAgent?: { agent: http.Agent; secure: boolean };
  /**
   * Each request's connection timeout and socket inactivity timeout, ms (the run's
   * timeout-seconds; default {@link DEFAULT_TIMEOUT_MS}): a server that accepts no connection,
   * or sends and takes no byte for this long, fails the attempt with the SDK's TimeoutError,
   * retried like other network failures. Not a limit on a whole request: a 16 MiB part on a
   * slow uplink takes what it takes, as long as bytes move.
   */
  timeoutMs?: number;
  /** Gets one line per attempt of each request (`--verbose`, the runner's debug log). */
  debug?: (line: string) => void;
}

/**
 * An S3 client for S3 and S3-compatible services. Checksums only when an
 * operation requires them: since SDK 3.729 the default adds CRC32 checksum
 * headers and trailers that Ceph radosgw, Cloudflare R2 and Backblaze B2
 * reject or ignore. Credentials default to the SDK's provider chain.
 */
export function createS3Client(settings: ClientSettings): S3Client {
  // The SDK warns on Node < 22 that its future releases will need 22 (@aws-sdk/core,
  // emitWarningIfUnsupportedVersion). Our bundle carries its SDK: nothing for the user to act on.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    maxAttempts: settings.maxAttempts ?? 5,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: handlerOptions(settings.timeoutMs ?? DEFAULT_TIMEOUT_MS, settings.proxyAgent),
  });
  if (settings.debug) traceRequests(client, settings.debug);
  return client;
}

/**
 * One debug line per attempt: the operation, method, host and path (never the
 * query: it may carry an UploadId or, presigned, a signature), and the status
 * or error and time. In the deserialize step, inside the SDK's retries.
 * `PutObject PUT bucket.s3.eu-west-1.amazonaws.com/builds/Game.zip → HTTP 200 in 840 ms`.
 */
function traceRequests(client: S3Client, debug: (line: string) => void): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as {
        method?: string;
        hostname?: string;
        port?: number;
        path?: string;
      };
      const host = `${request.hostname ?? ''}${request.port ? `:${request.port}` : ''}`;
      const what = `${context.commandName ?? 'S3'} ${request.method ?? ''} ${host}${request.path ?? ''}`;
      const started = Date.now();
      try {
        const out = await next(args);
        const status = (out.response as { statusCode?: number }).statusCode;
        debug(`${what} → HTTP ${status} in ${Date.now() - started} ms`);
        return out;
      } catch (err) {
        const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
        const status = e.$metadata?.httpStatusCode;
        debug(
          `${what} → ${status ? `HTTP ${status} ` : ''}${e.name ?? 'error'} after ${Date.now() - started} ms`,
        );
        throw err;
      }
    },
    { step: 'deserialize', name: 'streampixelTrace' },
  );
}

/**
 * Options for the SDK's NodeHttpHandler (@smithy/node-http-handler 4.x, `resolveDefaultConfig`):
 * `connectionTimeout` (until the socket connects; through a proxy, until the tunnel is open) and
 * `socketTimeout` (no byte either way for that long), both `timeoutMs`. Not `requestTimeout`: it
 * is a limit on the whole request there (and only a logged warning unless
 * `throwOnRequestTimeout`), which a large part on a slow uplink would exceed.
 *
 * With the proxy's agent: the handler takes an agent only if it has `destroy()`; anything else
 * it reads as options for a new, direct agent. tunnel's agent has none, and keeps no idle
 * sockets to close; its CONNECTs are tied to their requests (closeAbandonedTunnels).
 */
function handlerOptions(
  timeoutMs: number,
  proxyAgent: { agent: http.Agent; secure: boolean } | undefined,
) {
  const timeouts = { connectionTimeout: timeoutMs, socketTimeout: timeoutMs };
  if (!proxyAgent) return timeouts;
  closeAbandonedTunnels(proxyAgent.agent);
  const withDestroy = proxyAgent.agent as http.Agent & { destroy?: () => void };
  withDestroy.destroy ??= () => undefined;
  return proxyAgent.secure
    ? { ...timeouts, httpsAgent: withDestroy }
    : { ...timeouts, httpAgent: withDestroy };
}

/** What closeAbandonedTunnels uses of tunnel 0.0.6's TunnelingAgent (lib/tunnel.js). */
interface TunnelingAgent {
  /** Sends the CONNECT to the proxy (http.request or https.request), as `self.request(…)`. */
  request?: (...args: unknown[]) => http.ClientRequest;
  /** Opens a tunnel for `options.request`, calling `self.request` once, synchronously. */
  createSocket?: (options: { request?: http.ClientRequest }, cb: unknown) => void;
  [TIED]?: true;
}
const TIED = Symbol('tunnels tied to their requests');

/**
 * tunnel's agent (what @actions/http-client gives for a proxy) sends a CONNECT for each socket
 * and forgets it: when the request it was for is given up before the proxy answers (the
 * connection timeout: a proxy that never answers), the CONNECT stays open, and keeps the
 * process alive after the run until the proxy hangs up. This ties each CONNECT to its request:
 * destroyed before the tunnel opened, the CONNECT is destroyed too (tunnel then drops its place).
 * Once per agent (http.ts shares it); an agent of another shape is left as it is.
 */
function closeAbandonedTunnels(agent: http.Agent): void {
  const tunnel = agent as unknown as TunnelingAgent;
  const { request, createSocket } = tunnel;
  if (tunnel[TIED] || typeof request !== 'function' || typeof createSocket !== 'function') return;
  tunnel[TIED] = true;
  let forRequest: http.ClientRequest | undefined;
  tunnel.request = (...args) => {
    const connect = request(...args);
    const outer = forRequest;
    if (outer) {
      let open = false;
      connect.once('connect', () => (open = true));
      // A request given up before it has a socket emits neither 'close' nor 'error': its
      // destroy() is the one sign (the SDK's timeouts and aborts call it).
      const destroy = outer.destroy;
      outer.destroy = function (this: http.ClientRequest, ...args) {
        if (!open) connect.destroy();
        return destroy.apply(this, args);
      };
    }
    return connect;
  };
  tunnel.createSocket = function (this: unknown, options, cb) {
    forRequest = options.request;
    try {
      createSocket.call(this, options, cb);
    } finally {
      forRequest = undefined;
    }
  };
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
  /** 0–100, from the estimate; with the total, left out once the bytes sent exceed it. */
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
    // Past the estimate (a folder of small files: the zip's headers outweigh what deflate
    // saved), "320 B of ~4 B" would say nothing true: no total, no percentage, no ETA.
    if (total && this.bytes <= total) {
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
  /** The proxy the client goes through, for the messages. */
  proxy?: StorageProxy;
  nameOf?: NameOf;
  /** The client's timeout (ClientSettings.timeoutMs), for the messages. */
  timeoutMs?: number;
  /** Where the client's credentials came from, for the messages. */
  credentials?: CredentialOrigin;
  /** What a failure to read `body` is about: the build on disk. */
  describeBodyError?: (err: unknown) => StorageError;
}

export interface StreamUploadResult {
  bytes: number;
  /** 1 when the whole object fit in one part (sent as a single PutObject). */
  parts: number;
  uploadId?: string;
}

/** A RangeError for a part size outside S3's 5 MiB–5 GiB (S3_LIMITS). */
function checkPartSize(partSize: number): void {
  if (partSize < S3_LIMITS.minPartBytes || partSize > S3_LIMITS.maxPartBytes) {
    throw new RangeError(`partSize ${partSize} is outside S3's 5 MiB–5 GiB`);
  }
}

/** How an upload is stopped, and what the body said while it ran. */
interface Cancellation {
  /** Aborted on the caller's `signal`; lib-storage's `abortController`. */
  controller: AbortController;
  /** The body's first error, if it emitted one (undefined otherwise). */
  bodyError: () => unknown;
  /** Stops listening to the caller's `signal`. */
  release: () => void;
}

/**
 * Ties the upload to the caller's `signal` (already aborted: at once): the controller aborts
 * and the body is destroyed. Listens to the body's errors from now on, for good.
 */
function cancellationOf(body: Readable, signal: AbortSignal | undefined): Cancellation {
  // Cancels lib-storage's requests in flight: on the caller's abort, and
  // (patched) on its own first failure.
  const controller = new AbortController();
  // Destroying the body ends a read that would otherwise hold `done()` up.
  const onAbort = (): void => {
    controller.abort();
    body.destroy();
  };
  // The body's own error, told apart from S3's; kept listening so that an
  // error emitted after the upload settled is not an uncaught one.
  let bodyError: unknown;
  body.on('error', (err) => (bodyError ??= err));
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return {
    controller,
    bodyError: () => bodyError,
    release: () => signal?.removeEventListener('abort', onAbort),
  };
}

/**
 * lib-storage's Upload of `opts.body` (patched: see the header comment), not started yet, and
 * the bytes uploaded so far (also reported to `opts.progress`).
 */
function startUpload(
  opts: StreamUploadOptions,
  controller: AbortController,
): { upload: Upload; uploaded: () => number } {
  const { client, bucket, key, body, partSize, queueSize, progress } = opts;
  const upload = new Upload({
    client,
    params: { Bucket: bucket, Key: key, Body: body, ContentType: 'application/zip' },
    partSize,
    queueSize,
    leavePartsOnError: false,
    abortController: controller,
  });
  // `loaded`: bytes of the parts completed so far (the Node handler reports
  // no progress within a request), or the whole object after a PutObject.
  let bytes = 0;
  upload.on('httpUploadProgress', ({ loaded }) => {
    if (loaded !== undefined && loaded > bytes) {
      progress.add(loaded - bytes);
      bytes = loaded;
    }
  });
  return { upload, uploaded: () => bytes };
}

/** What a completed upload of `bytes` sent: one PutObject, or the parts of `uploadId`. */
function resultOf(
  uploadId: string | undefined,
  bytes: number,
  partSize: number,
): StreamUploadResult {
  // Every part but the last is exactly partSize (lib-storage checks it).
  if (uploadId) return { bytes, parts: Math.ceil(bytes / partSize), uploadId };
  return { bytes, parts: 1 };
}

/**
 * Why the upload failed, in the user's terms: cancelled (the caller's `signal`), the body's
 * own error (`describeBodyError`, else as a storage error while reading the build), more parts
 * than S3 allows (lib-storage's "Exceeded N parts"), else S3's or the network's error.
 */
function failureOf(failure: unknown, bodyError: unknown, opts: StreamUploadOptions): StorageError {
  const where = `s3://${opts.bucket}/${opts.key}`;
  const errorContext = (action: string) => ({
    action,
    bucket: opts.bucket,
    endpoint: opts.endpoint,
    proxy: opts.proxy,
    nameOf: opts.nameOf ?? defaultNameOf,
    timeoutMs: opts.timeoutMs,
    credentials: opts.credentials,
  });
  if (opts.signal?.aborted) {
    return new StorageError(
      'Upload cancelled',
      `The upload to ${where} was cancelled.`,
      'Re-run to upload again.',
    );
  }
  if (bodyError !== undefined && failure === bodyError) {
    return (
      opts.describeBodyError?.(bodyError) ??
      toStorageError(bodyError, errorContext('reading the build'))
    );
  }
  if (failure instanceof Error && /^Exceeded \d+ parts/.test(failure.message)) {
    return new StorageError(
      'Too many parts',
      `The build needs more than ${S3_LIMITS.maxParts} parts of ${opts.partSize / MiB} MiB (S3's limit).`,
      'Give a larger part size; the size estimate was too low.',
      { input: 'path', cause: failure },
    );
  }
  return toStorageError(failure, errorContext(`uploading ${where}`));
}

/**
 * Aborts multipart upload `uploadId` (abortMultipart) and returns `error` saying how that
 * went: "The incomplete multipart upload was aborted.", or the UploadId and the lifecycle rule
 * to add (leftoverAdvice); its `multipart` says the same.
 */
async function withAbortOutcome(
  error: StorageError,
  opts: StreamUploadOptions,
  uploadId: string,
): Promise<StorageError> {
  const { client, bucket, key } = opts;
  const aborted = await abortMultipart(client, bucket, key, uploadId);
  const sentence = aborted
    ? ' The incomplete multipart upload was aborted.'
    : ` ${leftoverAdvice(bucket, key, uploadId)}`;
  // Server text ends without a full stop ("… failed: boom").
  const message = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  return new StorageError(error.title, message + sentence, error.hint, {
    input: error.input,
    code: error.code,
    httpStatus: error.httpStatus,
    multipart: { uploadId, aborted },
    cause: error.cause ?? error,
  });
}

/**
 * Uploads `body` to `s3://bucket/key`. A body of one part or less is sent
 * with PutObject; a larger one by multipart upload, `queueSize` parts in
 * flight. Memory: lib-storage reads the body into parts of exactly
 * `partSize` bytes; at most `queueSize` parts are in flight and one is being
 * filled, (queueSize + 1) × partSize (80 MiB at the defaults, 4 × 16 MiB),
 * and one part more for the moment a part is assembled (chunker.js
 * Buffer.concat's the chunks read, and the few bytes left over keep the
 * previous part's buffer until the next one): (queueSize + 2) × partSize at
 * most, 96 MiB. Plus the body's own stream buffers.
 *
 * On any failure, or when `signal` aborts: the requests in flight are
 * cancelled, the body is destroyed, the multipart upload is aborted
 * (lib-storage's AbortMultipartUpload, then ours, repeated once if ListParts
 * still shows parts, as the S3 API reference advises), and a StorageError is
 * thrown whose message says the upload was aborted or, if the abort failed,
 * gives the UploadId and the lifecycle rule to add. Throws RangeError for a
 * part size outside S3's 5 MiB–5 GiB.
 */
export async function uploadStream(opts: StreamUploadOptions): Promise<StreamUploadResult> {
  checkPartSize(opts.partSize);
  const cancellation = cancellationOf(opts.body, opts.signal);
  const { upload, uploaded } = startUpload(opts, cancellation.controller);
  let failure: unknown;
  try {
    await upload.done();
    return resultOf(upload.uploadId, uploaded(), opts.partSize);
  } catch (err) {
    failure = err;
  } finally {
    cancellation.release();
  }

  // Failed or cancelled: lib-storage has let the requests in flight settle and
  // sent its AbortMultipartUpload; stop reading and check the abort.
  opts.body.destroy();
  const error = failureOf(failure, cancellation.bodyError(), opts);
  const { uploadId } = upload;
  if (!uploadId) throw error;
  throw await withAbortOutcome(error, opts, uploadId);
}

/**
 * AbortMultipartUpload, then ListParts to check: a part that was in flight
 * can still land after the abort (S3 API reference, AbortMultipartUpload),
 * so a second abort follows if any is listed. `NoSuchUpload` means done
 * (what an upload lib-storage already aborted answers). Resolves true when
 * the upload is gone, false when an abort failed or parts stay listed.
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
