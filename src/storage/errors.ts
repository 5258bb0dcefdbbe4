/**
 * Storage failures a person can act on: S3's error codes and network errors
 * turned into a title, a message in the user's terms and a hint. Messages
 * never carry a secret: they name variables, never their values.
 */
import { type NetworkError, PROXY_HINT, tunnelFailure } from '../http.js';

/** The inputs a storage problem can be about; the caller maps them to action inputs or CLI flags. */
export type StorageInput =
  'path' | 's3-uri' | 's3-endpoint' | 's3-region' | 'presign-hours' | 'credentials';

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

/** What the request was doing, for the message ("uploading part 3 of s3://b/k.zip"). */
/** The proxy storage requests go through: shown URL (no credentials) and the variable that set it. */
export interface StorageProxy {
  url: string;
  variable: string;
}

export interface ErrorContext {
  action: string;
  bucket: string;
  endpoint?: string;
  /** Set when the requests went through a proxy: network failures name it. */
  proxy?: StorageProxy;
  nameOf?: NameOf;
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
]);

/** The Node system code of an error or of one of its causes (the SDK wraps them). */
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

function systemCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    const inner = (e as { errors?: unknown[] }).errors; // AggregateError from happy-eyeballs
    if (Array.isArray(inner) && inner.length > 0) {
      const found = systemCode(inner[0]);
      if (found) return found;
    }
    // The SDK's retry wrapper can flatten a system error to text ("AWS SDK error wrapper for Error: connect ECONNREFUSED …").
    const text = (e as { message?: unknown }).message;
    const named = typeof text === 'string' ? /\b([A-Z][A-Z_]{4,})\b/.exec(text)?.[1] : undefined;
    if (named && NETWORK_CODES.has(named)) return named;
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
  const code = (err as { Code?: string }).Code ?? (fault || httpStatus ? name : undefined);
  return { code, httpStatus };
}

/**
 * Turns whatever the SDK threw into a StorageError. Codes are S3's (see
 * "Error responses" in the Amazon S3 API reference); a body-less HEAD answer
 * comes back as `NotFound`/`Forbidden` and is read the same way.
 */
export function toStorageError(err: unknown, ctx: ErrorContext): StorageError {
  if (err instanceof StorageError) return err;
  const nameOf = ctx.nameOf ?? defaultNameOf;
  const refused = ctx.proxy ? proxyRefusalOf(err, ctx.proxy) : undefined;
  if (refused) {
    return new StorageError(
      'Storage unreachable through the proxy',
      `${refused.message} while ${ctx.action}.`,
      PROXY_HINT,
      { code: refused.code, cause: err },
    );
  }
  const net = systemCode(err);
  if (net) {
    const where = `${ctx.endpoint ?? 'Amazon S3'}${ctx.proxy ? ` (through the proxy ${ctx.proxy.url} from ${ctx.proxy.variable})` : ''}`;
    const endpointHint = ctx.endpoint
      ? `Check ${nameOf('s3-endpoint')} (${ctx.endpoint}): the host, the port and http vs https, and that the server is reachable from this runner.`
      : 'Check the runner can reach Amazon S3 (a proxy, a firewall, DNS).';
    const what =
      net === 'ECONNREFUSED'
        ? 'refused the connection'
        : net === 'ENOTFOUND' || net === 'EAI_AGAIN'
          ? 'could not be resolved (DNS)'
          : net.startsWith('CERT') || net.includes('CERT')
            ? 'presented a TLS certificate that was not trusted'
            : `failed at the network level (${net})`;
    return new StorageError(
      'Storage unreachable',
      `${where} ${what} while ${ctx.action}.`,
      endpointHint,
      { input: ctx.endpoint ? 's3-endpoint' : undefined, code: net, cause: err },
    );
  }
  const { code, httpStatus } = s3ErrorOf(err);
  const details = { code, httpStatus, cause: err };
  const status = httpStatus ? ` (HTTP ${httpStatus}${code ? ` ${code}` : ''})` : '';
  switch (code) {
    case 'InvalidAccessKeyId':
      return new StorageError(
        'Access key not recognised',
        `The storage server does not know the access key in AWS_ACCESS_KEY_ID${status} while ${ctx.action}.`,
        'Check AWS_ACCESS_KEY_ID (and AWS_SECRET_ACCESS_KEY) belong to this account and, with an endpoint, to that service rather than to AWS.',
        { ...details, input: 'credentials' },
      );
    case 'SignatureDoesNotMatch':
      return new StorageError(
        'Secret key does not match',
        `The request signature was rejected${status} while ${ctx.action}: AWS_SECRET_ACCESS_KEY does not match AWS_ACCESS_KEY_ID.`,
        `Check AWS_SECRET_ACCESS_KEY (a stray space or newline in the secret is common). With ${nameOf('s3-endpoint')}, also check ${nameOf('s3-region')} is what the server expects.`,
        { ...details, input: 'credentials' },
      );
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
      return new StorageError(
        'Session expired',
        `The temporary credentials (AWS_SESSION_TOKEN) expired${status} while ${ctx.action}.`,
        'Request a longer session: raise role-duration-seconds in aws-actions/configure-aws-credentials (or the role’s maximum session duration), or configure credentials just before this step.',
        { ...details, input: 'credentials' },
      );
    case 'InvalidToken':
      return new StorageError(
        'Session token rejected',
        `The storage server rejected AWS_SESSION_TOKEN${status} while ${ctx.action}.`,
        'Unset AWS_SESSION_TOKEN when using long-lived keys, or set it together with the temporary key pair it was issued with.',
        { ...details, input: 'credentials' },
      );
    case 'NoSuchBucket':
    case 'NotFound':
      return new StorageError(
        'Bucket not found',
        `The bucket "${ctx.bucket}" does not exist${status} while ${ctx.action}.`,
        `Check the bucket name in ${nameOf('s3-uri')}${ctx.endpoint ? ` and that ${nameOf('s3-endpoint')} is the right service` : ''}; create the bucket first if needed.`,
        { ...details, input: 's3-uri' },
      );
    case 'AccessDenied':
    case 'Forbidden':
    case 'AllAccessDisabled':
      return new StorageError(
        'Access denied',
        `The credentials are not allowed to write to bucket "${ctx.bucket}"${status} while ${ctx.action}.`,
        `The IAM policy needs s3:PutObject and s3:AbortMultipartUpload on arn:aws:s3:::${ctx.bucket}/* (and s3:GetObject for the presigned URL to work); check bucket policies and KMS key permissions too.`,
        { ...details, input: 'credentials' },
      );
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
    case 'IllegalLocationConstraintException':
      return new StorageError(
        'Wrong region',
        `The bucket "${ctx.bucket}" is in another region${status} while ${ctx.action}.`,
        `Set ${nameOf('s3-region')} to the bucket’s region (the S3 console shows it).`,
        { ...details, input: 's3-region' },
      );
    case 'EntityTooLarge':
      return new StorageError(
        'Build too large',
        `The storage server refused the object as too large${status} while ${ctx.action}.`,
        'S3 objects are limited to 5 TiB; some S3-compatible services set a lower limit.',
        { ...details, input: 'path' },
      );
    case 'SlowDown':
    case 'ServiceUnavailable':
    case 'InternalError':
      return new StorageError(
        'Storage server busy',
        `The storage server kept failing${status} while ${ctx.action}, after retries.`,
        'Re-run the job later; if it persists, check the service’s status page.',
        details,
      );
  }
  const text = err instanceof Error ? err.message : String(err);
  return new StorageError(
    'Storage request failed',
    `${ctx.action[0]?.toUpperCase()}${ctx.action.slice(1)} failed${status}: ${oneLine(text)}`,
    'Re-run the job; if it fails the same way, check the bucket and the credentials’ permissions.',
    details,
  );
}

/** Server text is bounded to one line: it could be long, or an HTML error page. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** The sentence and hint when a multipart upload was left behind. */
export function leftoverAdvice(bucket: string, key: string, uploadId: string): string {
  return (
    `The incomplete multipart upload could not be aborted: its parts still take space. ` +
    `Remove it with \`aws s3api abort-multipart-upload --bucket ${bucket} --key ${key} --upload-id ${uploadId}\`, ` +
    'and add a lifecycle rule with AbortIncompleteMultipartUpload (DaysAfterInitiation: 1) to the bucket so leftovers are removed automatically.'
  );
}
