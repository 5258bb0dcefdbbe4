/**
 * Storage failures a person can act on: S3's error codes and network errors
 * turned into a title, a message in the user's terms and a hint. Messages
 * never carry a secret: they name variables, never their values.
 */
import { type NetworkError, PROXY_HINT, tunnelFailure } from '../http.js';
import { cleanServerText } from '../text.js';

/** The inputs a storage problem can be about; the caller maps them to action inputs or CLI flags. */
export type StorageInput =
  | 'path'
  | 's3-uri'
  | 's3-endpoint'
  | 's3-region'
  | 'presign-hours'
  | 'timeout-seconds'
  | 'credentials';

/** Names an input inside a message: `'s3-uri'` for the action, `'--s3-uri'` for the CLI. */
export type NameOf = (input: StorageInput) => string;

export const defaultNameOf: NameOf = (input) => input;

/** One validation problem; validation returns them all at once. */
export interface StorageProblem {
  input: StorageInput;
  title: string;
  message: string;
  hint: string;
}

export interface StorageErrorDetails {
  input?: StorageInput;
  /** S3's error code (`NoSuchBucket`, `AccessDenied`…) or a Node system code (`ECONNREFUSED`). */
  code?: string;
  httpStatus?: number;
  /** Set when a multipart upload was started: what happened to it. */
  multipart?: { uploadId: string; aborted: boolean };
  cause?: unknown;
}

/** An expected failure: reported as one titled annotation, never with a stack trace. */
export class StorageError extends Error {
  readonly input?: StorageInput;
  readonly code?: string;
  readonly httpStatus?: number;
  readonly multipart?: { uploadId: string; aborted: boolean };

  constructor(
    readonly title: string,
    message: string,
    /** What to do about it. */
    readonly hint: string,
    details: StorageErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'StorageError';
    this.input = details.input;
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.multipart = details.multipart;
  }
}

/** The proxy storage requests go through: shown URL (no credentials) and the variable that set it. */
export interface StorageProxy {
  url: string;
  variable: string;
}

/**
 * Where the credentials came from, as messages name their parts: the AWS_* variables (the
 * default), a profile of the shared files, or another source of the SDK's chain.
 */
export interface CredentialOrigin {
  /** The access key: `AWS_ACCESS_KEY_ID`, `aws_access_key_id of the profile "ci"`. */
  accessKey: string;
  /** The secret key: `AWS_SECRET_ACCESS_KEY`, `aws_secret_access_key of the profile "ci"`. */
  secretKey: string;
  /** The session token: `AWS_SESSION_TOKEN`, `aws_session_token of the profile "ci"`. */
  sessionToken: string;
  /** The key pair, for hints: `AWS_ACCESS_KEY_ID (and AWS_SECRET_ACCESS_KEY)`. */
  keys: string;
}

/** The credentials of the AWS_* variables: what messages assume when nothing else is known. */
export const ENV_CREDENTIALS: CredentialOrigin = {
  accessKey: 'AWS_ACCESS_KEY_ID',
  secretKey: 'AWS_SECRET_ACCESS_KEY',
  sessionToken: 'AWS_SESSION_TOKEN',
  keys: 'AWS_ACCESS_KEY_ID (and AWS_SECRET_ACCESS_KEY)',
};

export interface ErrorContext {
  /** What the request was doing, for the message ("uploading part 3 of s3://b/k.zip"). */
  action: string;
  bucket: string;
  endpoint?: string;
  /** Set when the requests went through a proxy: network failures name it. */
  proxy?: StorageProxy;
  nameOf?: NameOf;
  /** The client's connection and inactivity timeout (timeout-seconds), for "no answer within N s". */
  timeoutMs?: number;
  /** Where the credentials came from (default: the AWS_* variables), for the credential errors. */
  credentials?: CredentialOrigin;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'ECONNABORTED',
  'EPROTO',
]);

/**
 * Whether a Node error code is a network or TLS failure: NETWORK_CODES, and every code of the
 * TLS layer (ERR_TLS_*, ERR_SSL_*, the certificate codes) and of the HTTP parser (HPE_*), as
 * http.ts `classify` reads them.
 */
function isNetworkCode(code: string): boolean {
  return NETWORK_CODES.has(code) || /^(ERR_TLS_|ERR_SSL_|HPE_)|CERT/.test(code);
}

/** The tunnel failure somewhere in the SDK's error chain (it may wrap the request's error), as http.ts words it. */
function proxyRefusalOf(err: unknown, proxy: StorageProxy): NetworkError | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof Error) {
      const refused = tunnelFailure(e, proxy);
      if (refused) return refused;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The Node system code of an error or of one of its causes (the SDK wraps them). */
function systemCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && isNetworkCode(code)) return code;
    const inner = (e as { errors?: unknown[] }).errors; // AggregateError from happy-eyeballs
    if (Array.isArray(inner) && inner.length > 0) {
      const found = systemCode(inner[0]);
      if (found) return found;
    }
    // The SDK's retry wrapper can flatten a system error to text ("AWS SDK error wrapper for Error: connect ECONNREFUSED …").
    const text = (e as { message?: unknown }).message;
    const named = typeof text === 'string' ? /\b([A-Z][A-Z_]{4,})\b/.exec(text)?.[1] : undefined;
    if (named && isNetworkCode(named)) return named;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** S3's error code and status from an SDK error (`S3ServiceException`: `name` is the code). */
export function s3ErrorOf(err: unknown): { code?: string; httpStatus?: number } {
  if (!err || typeof err !== 'object') return {};
  const meta = (err as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const httpStatus = meta?.httpStatusCode;
  const fault = (err as { $fault?: string }).$fault;
  const name = (err as { name?: string }).name;
  const raw = (err as { Code?: string }).Code ?? (fault || httpStatus ? name : undefined);
  // The server's words: a code is shown only if it is shaped like one.
  const code = raw && /^[A-Za-z0-9._-]{1,64}$/.test(raw) ? raw : undefined;
  return { code, httpStatus };
}

/** "The proxy … refused the tunnel" (http.ts words it), while `ctx.action`. */
function proxyUnreachable(refused: NetworkError, err: unknown, ctx: ErrorContext): StorageError {
  return new StorageError(
    'Storage unreachable through the proxy',
    `${refused.message} while ${ctx.action}.`,
    PROXY_HINT,
    { code: refused.code, cause: err },
  );
}

/** What went wrong with the connection, by Node system code: "refused the connection"… */
function networkFailure(net: string): string {
  if (net === 'ECONNREFUSED') return 'refused the connection';
  if (net === 'ENOTFOUND' || net === 'EAI_AGAIN') return 'could not be resolved (DNS)';
  if (net.includes('CERT')) return 'presented a TLS certificate that was not trusted';
  // OpenSSL's "wrong version number": https to a port that speaks plain http, or the reverse.
  if (net === 'EPROTO' || net.startsWith('ERR_SSL_') || net.startsWith('ERR_TLS_'))
    return 'did not complete the TLS handshake (https to an http port, or the reverse)';
  return `failed at the network level (${net})`;
}

/**
 * The endpoint (or Amazon S3), and the proxy when there is one, could not be reached: about
 * s3-endpoint when one is set, since that is what to check.
 */
function storageUnreachable(net: string, err: unknown, ctx: ErrorContext): StorageError {
  const nameOf = ctx.nameOf ?? defaultNameOf;
  const where = `${ctx.endpoint ?? 'Amazon S3'}${ctx.proxy ? ` (through the proxy ${ctx.proxy.url} from ${ctx.proxy.variable})` : ''}`;
  const endpointHint = ctx.endpoint
    ? `Check ${nameOf('s3-endpoint')} (${ctx.endpoint}): the host, the port and http vs https, and that the server is reachable from this runner.`
    : 'Check the runner can reach Amazon S3 (a proxy, a firewall, DNS).';
  return new StorageError(
    'Storage unreachable',
    `${where} ${networkFailure(net)} while ${ctx.action}.`,
    endpointHint,
    { input: ctx.endpoint ? 's3-endpoint' : undefined, code: net, cause: err },
  );
}

/**
 * The SDK's words for a request that got no answer in time (@smithy/node-http-handler: its
 * connection timeout, its socket inactivity timeout, a request timeout; older releases said
 * "Connection timed out after …" and "Socket timed out without establishing a connection…").
 */
const TIMEOUT_TEXT =
  /did not establish a connection|timed out after|of inactivity|exceeded the configured|Connection timed out|Socket timed out/i;

/**
 * Whether `err` (or one of its causes) is a timeout: the SDK's `TimeoutError` (its handler also
 * gives that name to ECONNRESET, ECONNREFUSED and EPIPE: those are told apart first, by their
 * system code), its words, or ETIMEDOUT.
 */
function isTimeout(err: unknown): boolean {
  // An HTTP answer came: S3's own error, whatever its words.
  if (s3ErrorOf(err).httpStatus) return false;
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, message, code } = e as { name?: unknown; message?: unknown; code?: unknown };
    if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'TimeoutError') return true;
    if (typeof message === 'string' && TIMEOUT_TEXT.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** How many attempts the SDK made (its retry middleware sets `$metadata.attempts`), if it says. */
function attemptsOf(err: unknown): number | undefined {
  const attempts = (err as { $metadata?: { attempts?: unknown } } | undefined)?.$metadata?.attempts;
  return typeof attempts === 'number' && attempts > 1 ? attempts : undefined;
}

/** `ms` as seconds for a message: "30 s", "0.5 s". */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}

/**
 * The endpoint (or Amazon S3), through the proxy when there is one, accepted no connection or
 * answered nothing within the timeout (timeout-seconds), on every attempt.
 */
function storageNotAnswering(err: unknown, ctx: ErrorContext): StorageError {
  const nameOf = ctx.nameOf ?? defaultNameOf;
  const where = `${ctx.endpoint ?? 'Amazon S3'}${ctx.proxy ? ` (through the proxy ${ctx.proxy.url} from ${ctx.proxy.variable})` : ''}`;
  const limit = ctx.timeoutMs
    ? ` within ${seconds(ctx.timeoutMs)}`
    : (() => {
        const ms = /(\d+) ?ms/.exec(err instanceof Error ? err.message : '')?.[1];
        return ms ? ` within ${seconds(Number(ms))}` : ' in time';
      })();
  const attempts = attemptsOf(err);
  const tries = attempts ? ` (${attempts} attempts)` : '';
  const check = ctx.endpoint
    ? `Check ${nameOf('s3-endpoint')} (${ctx.endpoint}) is the service's S3 API address and port, not a web console or another service, and that the server is up`
    : 'Check the runner can reach Amazon S3 (a firewall that drops connections, a proxy that needs https_proxy)';
  const proxy = ctx.proxy
    ? `; check the proxy ${ctx.proxy.url} (${ctx.proxy.variable}) passes the connection on, or add the host to no_proxy`
    : '';
  return new StorageError(
    'Storage not answering',
    `${where} gave no answer${limit} while ${ctx.action}${tries}.`,
    `${check}${proxy}. ${nameOf('timeout-seconds')} sets how long each request may wait for a connection or for the next byte.`,
    {
      input: ctx.endpoint ? 's3-endpoint' : undefined,
      cause: err,
    },
  );
}

/** What an S3 error answer says to the user, and the input it is about (none: nothing to fix). */
interface S3Advice {
  title: string;
  message: string;
  hint: string;
  input?: StorageInput;
}

/** What the advice is written from: ` (HTTP 403 AccessDenied)` or '', and the request's context. */
interface S3Answer {
  status: string;
  ctx: ErrorContext;
  nameOf: NameOf;
  /** Where the credentials came from (ctx.credentials, else the AWS_* variables). */
  keys: CredentialOrigin;
}

/**
 * S3's error codes a person can act on, in the order they are looked up; see "Error responses"
 * in the Amazon S3 API reference. `NotFound` and `Forbidden` are a body-less HEAD answer's.
 */
const S3_ADVICE: ReadonlyArray<{ codes: string[]; advice: (a: S3Answer) => S3Advice }> = [
  {
    codes: ['InvalidAccessKeyId'],
    advice: ({ status, ctx, keys }) => ({
      title: 'Access key not recognised',
      message: `The storage server does not know the access key in ${keys.accessKey}${status} while ${ctx.action}.`,
      hint: `Check ${keys.keys} belong to this account and, with an endpoint, to that service rather than to AWS.`,
      input: 'credentials',
    }),
  },
  {
    codes: ['SignatureDoesNotMatch'],
    advice: ({ status, ctx, nameOf, keys }) => ({
      title: 'Secret key does not match',
      message: `The request signature was rejected${status} while ${ctx.action}: ${keys.secretKey} does not match ${keys.accessKey}.`,
      hint: `Check ${keys.secretKey} (a stray space or newline in the secret is common). With ${nameOf('s3-endpoint')}, also check ${nameOf('s3-region')} is what the server expects.`,
      input: 'credentials',
    }),
  },
  {
    codes: ['ExpiredToken', 'TokenRefreshRequired'],
    advice: ({ status, ctx, nameOf, keys }) => ({
      title: 'Session expired',
      message: `The temporary credentials (${keys.sessionToken}) expired${status} while ${ctx.action}.`,
      hint: `Request a session that outlasts the upload and the presigned URL: role-duration-seconds in aws-actions/configure-aws-credentials of at least ${nameOf('presign-hours')} × 3600 plus the upload's duration (25200 for the default 6 h and an hour of upload), within the role's maximum session duration; or configure credentials just before this step.`,
      input: 'credentials',
    }),
  },
  {
    codes: ['InvalidToken'],
    advice: ({ status, ctx, keys }) => ({
      title: 'Session token rejected',
      message: `The storage server rejected ${keys.sessionToken}${status} while ${ctx.action}.`,
      hint: `Unset ${keys.sessionToken} when using long-lived keys, or set it together with the temporary key pair it was issued with.`,
      input: 'credentials',
    }),
  },
  {
    codes: ['NoSuchBucket', 'NotFound'],
    advice: ({ status, ctx, nameOf }) => ({
      title: 'Bucket not found',
      message: `The bucket "${ctx.bucket}" does not exist${status} while ${ctx.action}.`,
      hint: `Check the bucket name in ${nameOf('s3-uri')}${ctx.endpoint ? ` and that ${nameOf('s3-endpoint')} is the right service` : ''}; create the bucket first if needed.`,
      input: 's3-uri',
    }),
  },
  {
    codes: ['AccessDenied', 'Forbidden', 'AllAccessDisabled'],
    advice: ({ status, ctx }) => ({
      title: 'Access denied',
      message: `The credentials are not allowed to write to bucket "${ctx.bucket}"${status} while ${ctx.action}.`,
      hint: `The IAM policy needs s3:PutObject and s3:AbortMultipartUpload on arn:aws:s3:::${ctx.bucket}/* (and s3:GetObject for the presigned URL to work); check bucket policies and KMS key permissions too.`,
      input: 'credentials',
    }),
  },
  {
    codes: [
      'PermanentRedirect',
      'AuthorizationHeaderMalformed',
      'IllegalLocationConstraintException',
    ],
    advice: ({ status, ctx, nameOf }) => ({
      title: 'Wrong region',
      message: `The bucket "${ctx.bucket}" is in another region${status} while ${ctx.action}.`,
      hint: `Set ${nameOf('s3-region')} to the bucket’s region (the S3 console shows it).`,
      input: 's3-region',
    }),
  },
  {
    codes: ['EntityTooLarge'],
    advice: ({ status, ctx }) => ({
      title: 'Build too large',
      message: `The storage server refused the object as too large${status} while ${ctx.action}.`,
      hint: 'S3 objects are limited to 5 TiB; some S3-compatible services set a lower limit.',
      input: 'path',
    }),
  },
  {
    codes: ['SlowDown', 'ServiceUnavailable', 'InternalError'],
    advice: ({ status, ctx }) => ({
      title: 'Storage server busy',
      message: `The storage server kept failing${status} while ${ctx.action}, after retries.`,
      hint: 'Re-run the job later; if it persists, check the service’s status page.',
    }),
  },
];

/**
 * An S3 error answer as a StorageError: the advice for its code (S3_ADVICE), else "Storage
 * request failed" with the server's text on one line.
 */
function s3Failure(err: unknown, ctx: ErrorContext): StorageError {
  const { code, httpStatus } = s3ErrorOf(err);
  const details = { code, httpStatus, cause: err };
  const status = httpStatus ? ` (HTTP ${httpStatus}${code ? ` ${code}` : ''})` : '';
  const known = S3_ADVICE.find((entry) => code !== undefined && entry.codes.includes(code));
  if (known) {
    const advice = known.advice({
      status,
      ctx,
      nameOf: ctx.nameOf ?? defaultNameOf,
      keys: ctx.credentials ?? ENV_CREDENTIALS,
    });
    return new StorageError(advice.title, advice.message, advice.hint, {
      ...details,
      input: advice.input,
    });
  }
  const text = err instanceof Error ? err.message : String(err);
  return new StorageError(
    'Storage request failed',
    `${ctx.action[0]?.toUpperCase()}${ctx.action.slice(1)} failed${status}: ${cleanServerText(text)}`,
    'Re-run the job; if it fails the same way, check the bucket and the credentials’ permissions.',
    details,
  );
}

/**
 * Turns whatever the SDK threw into a StorageError (a StorageError is returned as it is), read
 * in this order: a proxy that refused the tunnel, a network failure anywhere in the error's
 * causes (Node's system codes, NETWORK_CODES; ETIMEDOUT counts as a timeout), a timeout (no
 * connection or no answer within timeout-seconds: isTimeout), S3's error answer (its codes:
 * S3_ADVICE). Messages name variables, never their values.
 */
export function toStorageError(err: unknown, ctx: ErrorContext): StorageError {
  if (err instanceof StorageError) return err;
  const refused = ctx.proxy ? proxyRefusalOf(err, ctx.proxy) : undefined;
  if (refused) return proxyUnreachable(refused, err, ctx);
  const net = systemCode(err);
  if (net && net !== 'ETIMEDOUT') return storageUnreachable(net, err, ctx);
  if (isTimeout(err)) return storageNotAnswering(err, ctx);
  if (net) return storageUnreachable(net, err, ctx);
  return s3Failure(err, ctx);
}

/** The sentence and hint when a multipart upload was left behind. */
export function leftoverAdvice(bucket: string, key: string, uploadId: string): string {
  return (
    `The incomplete multipart upload could not be aborted: its parts still take space. ` +
    `Remove it with \`aws s3api abort-multipart-upload --bucket ${bucket} --key ${key} --upload-id ${uploadId}\`, ` +
    'and add a lifecycle rule with AbortIncompleteMultipartUpload (DaysAfterInitiation: 1) to the bucket so leftovers are removed automatically.'
  );
}
