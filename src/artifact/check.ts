/**
 * Checks file-url (or the URL presigned for path) before spending a rate-limited upload on it, and says in seconds what
 * Streampixel would say 15 minutes later: a presigned URL that has expired (read from the URL,
 * no request), a URL the storage server refuses (its error code and what to do), a web page, not
 * a zip, a zip cut short, encrypted, the project instead of a packaged build, no game .exe.
 *
 * Requests: a ranged GET of the first 4 bytes (a HEAD fails on URLs presigned for GET), which
 * gives the status, type, signature and total size (`Content-Range`, RFC 9110 §14.4); then the
 * end of the file through ranged GETs (`Range: bytes=START-END`, §14.1.2) that {@link readZipListing}
 * asks for: 128 KiB, then any rest of the central directory in one more request. Every request
 * goes through `sendWithRetries` (proxies, caps, redaction), none follows a redirect, and all of
 * them, retries included, share one time budget independent of timeout-seconds.
 */
import { displayUrl } from '../format.js';
import {
  type HttpRequest,
  type HttpResponse,
  NetworkError,
  PROXY_HINT,
  sendRequest,
} from '../http.js';
import { type RequestPolicy, sendWithRetries, sleep as realSleep } from '../retry.js';
import { Redactor, secretValues } from '../secrets.js';
import { DeployFailure } from '../streampixel/errors.js';
import type { Terms } from '../terms.js';
import { cleanServerText, describeLocation, htmlToText } from '../text.js';
import { USER_AGENT } from '../version.js';
import { presignedExpiry, type UrlExpiry } from './expiry.js';
import { type BuildFacts, type Finding, findingForFormatError, judgeListing } from './rules.js';
import { type RangeReader, readZipListing, ZipFormatError } from './zip.js';

export interface ArtifactInfo {
  /** Total size in bytes, when the server says (`Content-Range`, or `Content-Length` of a 200). */
  sizeBytes?: number;
  /** The zip's central directory was read and judged; false when only its first bytes were. */
  inspected: boolean;
  /**
   * Warnings (the upload goes ahead; the caller logs them), and what the listing showed:
   * `facts` only when `inspected`.
   */
  verdict: { warnings: Finding[]; facts?: BuildFacts };
  /** The presigned URL's expiry, when file-url is one. */
  expiry?: UrlExpiry;
  /** HTTP requests sent to the file's server, retries included. */
  requests: number;
  /** Body bytes read from it. */
  bytesRead: number;
}

/** How long the check may take, all requests and retries included. */
export interface CheckBudget {
  /** Each request's deadline in ms; timeout-seconds applies too when shorter. */
  requestMs: number;
  /** All of the check's requests and the waits between them, in ms. */
  totalMs: number;
}

/** 8 s a request, 20 s in all: a verdict within ~20 s even from a host that never answers. */
export const DEFAULT_CHECK_BUDGET: CheckBudget = { requestMs: 8_000, totalMs: 20_000 };

export interface ArtifactCheckOptions extends RequestPolicy {
  terms: Terms;
  /**
   * The input the URL comes from, as messages name it: `file-url` (the default), or `path` for
   * the URL this run presigned for the build it uploaded. Then the URL's expiry is not judged
   * (the storage step compared it with the credentials') and a refusal is not blamed on a
   * presigning step the user does not have.
   */
  source?: 'file-url' | 'path';
  /** Defaults to {@link DEFAULT_CHECK_BUDGET}; tests make it smaller. */
  budget?: Partial<CheckBudget>;
  /** The clock for the budget and the URL's expiry (ms since the epoch). */
  now?: () => number;
  /** The run's Redactor, shared (its patterns are built once); else one of its own. */
  redactor?: Redactor;
}

/** A refused artifact: `code` names the finding (see rules.ts and the codes below). */
export class ArtifactFailure extends DeployFailure {
  /** Requests and body bytes the check had spent when it refused, as in {@link ArtifactInfo}. */
  requests = 0;
  bytesRead = 0;

  constructor(
    readonly code: string,
    title: string,
    message: string,
    hint: string,
    httpStatus?: number,
    /** What the listing showed, when the refusal comes from it. */
    readonly facts?: BuildFacts,
    input: 'file-url' | 'path' = 'file-url',
  ) {
    super(title, message, hint, { httpStatus, input });
    this.name = 'ArtifactFailure';
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip is only an end-of-central-directory record. */
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Enough of an error body (S3/GCS/Azure XML) or of an HTML page; a Range-ignoring server's 200 is cut here. */
const FIRST_BODY_BYTES = 4 * 1024;
/** Presigned URLs that expire sooner than this get a warning: Streampixel downloads later. */
const EXPIRY_MARGIN_MS = 60 * 60 * 1000;

/** Total size from `Content-Range: bytes a-b/SIZE` (RFC 9110 §14.4), or a 200's `Content-Length`. */
export function sizeOf(res: HttpResponse): number | undefined {
  const range = /\/(\d+)\s*$/.exec(String(res.headers['content-range'] ?? ''));
  if (range?.[1]) return Number(range[1]);
  const length = res.headers['content-length'];
  if (res.status === 200 && length && /^\d+$/.test(length)) return Number(length);
  return undefined;
}

/** One check: the URL as shown, the caller's words, the secrets to redact, the shared budget and counters. */
interface Check {
  url: string;
  shown: string;
  /** Where the URL comes from, and that input as the caller names it: `file-url`, `--path`. */
  source: 'file-url' | 'path';
  name: string;
  terms: Terms;
  redact: (text: string) => string;
  options: ArtifactCheckOptions;
  now: () => number;
  started: number;
  deadline: number;
  budget: CheckBudget;
  requests: number;
  bytesRead: number;
}

function fail(
  check: Check,
  code: string,
  title: string,
  message: string,
  hint: string,
  httpStatus?: number,
): ArtifactFailure {
  return new ArtifactFailure(
    code,
    `${check.name} ${title}`,
    message,
    hint,
    httpStatus,
    undefined,
    check.source,
  );
}

/**
 * The hint for a refusal of the URL this run presigned: the user has no presigning step to fix,
 * so it points at what they gave (the credentials, the endpoint and region).
 */
function stagedHint(check: Check): string {
  const [endpoint, region] = [check.terms.name('s3-endpoint'), check.terms.name('s3-region')];
  return `This run uploaded the object and presigned the URL itself: check that its credentials may read the object (s3:GetObject, and kms:Decrypt for an SSE-KMS bucket) and that ${endpoint} and ${region} are the bucket's.`;
}

/** The NetworkError of an attempt not sent because the check's time budget was spent. */
const BUDGET_SPENT = "the check's time budget ran out";

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * Checks `fileUrl` (see the module comment). Resolves when the upload may go ahead, with the
 * warnings to show; otherwise throws an {@link ArtifactFailure} whose title starts with the
 * caller's name for file-url. Anything the server says, and every entry name, is cleaned and
 * stripped of the URL's secrets before it is put in a message.
 */
export async function checkArtifact(
  fileUrl: string,
  options: ArtifactCheckOptions,
): Promise<ArtifactInfo> {
  const check = startCheck(fileUrl, options);
  try {
    return await runCheck(check, fileUrl);
  } catch (err) {
    if (err instanceof ArtifactFailure) {
      err.requests = check.requests;
      err.bytesRead = check.bytesRead;
    }
    throw err;
  }
}

async function runCheck(check: Check, fileUrl: string): Promise<ArtifactInfo> {
  const expiry = presignedExpiry(fileUrl);
  // A URL this run presigned was just made for presign-hours, and the storage step warned if the
  // credentials expire first: advice to presign it again would be about a step the user lacks.
  const warnings = check.source === 'path' ? [] : expiryWarnings(check, expiry);

  const first = await getFirstBytes(check);
  warnings.push(...judgeFirstBytes(check, first));

  const inspection = await inspect(check, first);
  warnings.push(...inspection.warnings);
  return {
    sizeBytes: sizeOf(first),
    inspected: inspection.facts !== undefined,
    verdict: { warnings, ...(inspection.facts ? { facts: inspection.facts } : {}) },
    ...(expiry ? { expiry } : {}),
    requests: check.requests,
    bytesRead: check.bytesRead,
  };
}

function startCheck(url: string, options: ArtifactCheckOptions): Check {
  // The storage server may echo the URL back, signature and all, in a header or its error body.
  const secrets = options.redactor ?? new Redactor();
  for (const secret of secretValues({ 'file-url': url })) secrets.add(secret);
  const now = options.now ?? Date.now;
  const budget = { ...DEFAULT_CHECK_BUDGET, ...options.budget };
  const started = now();
  const source = options.source ?? 'file-url';
  return {
    url,
    shown: displayUrl(url),
    source,
    name: options.terms.name(source),
    terms: options.terms,
    redact: secrets.redactor,
    options,
    now,
    started,
    deadline: started + budget.totalMs,
    budget,
    requests: 0,
    bytesRead: 0,
  };
}

/**
 * One GET with `range`, retried as a GET is, within the check's budget: each attempt gets
 * min(timeout-seconds, `budget.requestMs`, what is left), a wait between attempts is cut to
 * what is left, and once nothing is left no attempt is sent.
 */
async function get(
  check: Check,
  range: string,
  maxBodyBytes: number,
  what: string,
): Promise<HttpResponse | NetworkError> {
  const { options } = check;
  const left = (): number => Math.max(0, check.deadline - check.now());
  const send = options.send ?? sendRequest;
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    const timeoutMs = Math.min(request.timeoutMs, left());
    if (timeoutMs <= 0) throw new NetworkError('timeout', false, undefined, BUDGET_SPENT);
    check.requests++;
    const res = await send({ ...request, timeoutMs });
    check.bytesRead += res.body.length;
    return res;
  };
  const wait = options.sleep ?? realSleep;
  const { last } = await sendWithRetries(
    {
      method: 'GET',
      url: check.url,
      headers: { range, 'user-agent': USER_AGENT },
      timeoutMs: Math.min(options.timeoutMs, check.budget.requestMs),
      maxBodyBytes,
      signal: options.signal,
    },
    {
      maxAttempts: options.maxAttempts,
      idempotent: true,
      label: `${check.name} check`,
      log: options.log,
      trace: { what: `GET ${check.shown} (${what})`, debug: options.debug },
      sleep: (ms) => wait(Math.min(ms, left())),
    },
    transport,
  );
  return last;
}

// ── before any request: the URL's own expiry ────────────────────────────────

const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const minutes = (ms: number): number => Math.max(1, Math.round(ms / 60_000));

/**
 * Throws when a presigned URL has already expired (it costs no request); warns when it expires
 * within the hour, or with the session of temporary credentials.
 */
function expiryWarnings(check: Check, expiry: UrlExpiry | undefined): Finding[] {
  const warnings: Finding[] = [];
  if (!expiry) return warnings;
  const now = check.now();
  const at = expiry.expiresAt;
  if (at && at.getTime() <= now) {
    throw fail(
      check,
      'url-expired',
      'has expired',
      `The presigned URL ${check.shown} expired at ${isoSeconds(at)} (${minutes(now - at.getTime())} min ago); nothing was downloaded.`,
      'Presign it again in the same job, just before this step, with an expiry of 6 hours (`--expires-in 21600`): Streampixel downloads the file minutes after the upload request.',
    );
  }
  if (at && at.getTime() - now < EXPIRY_MARGIN_MS) {
    warnings.push({
      code: 'url-expires-soon',
      title: `${check.name} expires soon`,
      message: `The presigned URL expires at ${isoSeconds(at)}, in ${minutes(at.getTime() - now)} min. Streampixel downloads the file minutes after the upload request, later when other builds are queued; if the URL has expired by then, the build is rejected.`,
      hint: 'Presign it with an expiry of 6 hours (`aws s3 presign --expires-in 21600`).',
    });
  }
  if (expiry.temporaryCredentials) {
    warnings.push({
      code: 'url-temporary-credentials',
      title: `${check.name} expires with the session`,
      message: `The presigned URL was signed with temporary credentials (a session token or a user delegation key): it stops working when that session ends, which may be before its own expiry${at ? ` (${isoSeconds(at)})` : ''}.`,
      hint: `Make the session outlast the download: ${SESSION_ADVICE}, or presign with credentials that live longer.`,
    });
  }
  return warnings;
}

// ── the first request: status, type, signature, size ────────────────────────

/** The first 4 bytes (and up to 4 KiB of any error body or ignored-Range answer); throws unless 2xx. */
async function getFirstBytes(check: Check): Promise<HttpResponse> {
  const res = await get(check, 'bytes=0-3', FIRST_BODY_BYTES, 'first 4 bytes');
  if (res instanceof NetworkError && res.failure === 'proxy') {
    // Not the URL's fault: the proxy did not let the request out.
    throw fail(
      check,
      'proxy',
      'unreachable through the proxy',
      `Could not download ${check.shown}: ${res.message}.`,
      PROXY_HINT,
    );
  }
  if (res instanceof NetworkError) {
    const waited = seconds(check.now() - check.started);
    throw fail(
      check,
      'unreachable',
      'unreachable',
      `Could not download ${check.shown}: ${res.message === BUDGET_SPENT ? 'no complete answer within the time limit' : res.message} (gave up after ${waited}; the check allows ${seconds(check.budget.requestMs)} a request and ${seconds(check.budget.totalMs)} in all).`,
      'Check that the URL is public or presigned, that the earlier step uploaded the file, and that the storage host is reachable from the runner.',
    );
  }
  if (res.status < 200 || res.status >= 300) throw refusal(check, res);
  return res;
}

/**
 * A non-2xx answer to the first request, as a failure naming the storage server's error code,
 * looked for in this order: a redirect, no file (404/410 without an auth code), an empty file
 * (416), the storage server's own error code, a bare 401/403, any other status.
 */
function refusal(check: Check, res: HttpResponse): ArtifactFailure {
  const { status } = res;
  const error = storageErrorOf(res.body.toString('utf8'), check.redact);
  return (
    redirected(check, res) ??
    notFound(check, status, error) ??
    emptyFile(check, status) ??
    (error ? storageRefusal(check, status, error) : unexplained(check, status))
  );
}

/** A 3xx with a Location: Streampixel needs the file itself at the URL. */
function redirected(check: Check, res: HttpResponse): ArtifactFailure | undefined {
  const { status } = res;
  if (status < 300 || status >= 400 || !res.headers.location) return undefined;
  const target = describeLocation(res.headers.location, check.url, check.redact);
  return fail(
    check,
    'redirects',
    'redirects',
    `${check.shown} answers HTTP ${status}, redirecting to ${target}.`,
    'Streampixel needs a direct download link: pass the final URL of the file (a presigned S3/GCS/R2 URL), not a share or redirect link.',
    status,
  );
}

/** 404 or 410, unless the storage server's code says the signature or access is the trouble. */
function notFound(
  check: Check,
  status: number,
  error: StorageError | undefined,
): ArtifactFailure | undefined {
  if ((status !== 404 && status !== 410) || isAuthCode(error?.code)) return undefined;
  return fail(
    check,
    'not-found',
    'not found',
    `${check.shown} answers HTTP ${status}${error ? ` (${error.code})` : ''}: no file there.`,
    check.source === 'path'
      ? `This run uploaded the object moments before: check that ${check.terms.name('s3-endpoint')} serves the bucket it was uploaded to, and that no lifecycle rule removes new objects.`
      : 'Check the earlier step that uploaded the .zip, and the bucket and key in the URL.',
    status,
  );
}

/** 416 to the range of the first 4 bytes: the file has none. */
function emptyFile(check: Check, status: number): ArtifactFailure | undefined {
  if (status !== 416) return undefined;
  return fail(
    check,
    'empty',
    'is empty',
    `${check.shown} has no bytes to read (HTTP 416).`,
    'The upload of the .zip failed or produced an empty file; check the packaging step.',
    status,
  );
}

/** A refusal without the storage server's error code: a bare 401/403, or any other status. */
function unexplained(check: Check, status: number): ArtifactFailure {
  if (status === 401 || status === 403) {
    return fail(
      check,
      'refused',
      'refused',
      `${check.shown} answers HTTP ${status} without saying why: the file is private, or the presigned URL is no longer valid.`,
      check.source === 'path'
        ? stagedHint(check)
        : 'Make the URL public, or presign it in the same job with an expiry long enough for Streampixel to download it (an hour or more).',
      status,
    );
  }
  return fail(
    check,
    'http-error',
    'check failed',
    `${check.shown} answers HTTP ${status}.`,
    'Streampixel must be able to download the file with a plain GET; check the URL and the storage service.',
    status,
  );
}

/** The `<Error><Code>…</Code><Message>…</Message></Error>` body of S3, GCS and Azure Blob, cleaned. */
export interface StorageError {
  code: string;
  message: string;
  /** Azure's `AuthenticationErrorDetail`, GCS's `Details`. */
  detail?: string;
}

/**
 * Reads an S3-style XML error body (S3 "Error responses", GCS XML API errors, Azure Blob "Status
 * and error codes"); undefined when there is no `<Code>`. Text is cleaned and `redact`ed.
 */
export function storageErrorOf(
  body: string,
  redact: (text: string) => string,
): StorageError | undefined {
  const tag = (name: string): string | undefined => {
    const m = new RegExp(`<${name}>([^<]{0,2000})</${name}>`).exec(body);
    return m?.[1] === undefined ? undefined : htmlToText(m[1]);
  };
  const code = tag('Code')?.trim();
  if (!code || !/^[A-Za-z][\w.-]{0,63}$/.test(code)) return undefined;
  const message = tag('Message');
  const detail = tag('AuthenticationErrorDetail') ?? tag('Details');
  return {
    code,
    message: message ? cleanServerText(message, 300, redact) : '',
    ...(detail ? { detail: cleanServerText(detail, 300, redact) } : {}),
  };
}

const AUTH_CODES = new Set([
  'AccessDenied',
  'AllAccessDisabled',
  'AuthenticationFailed',
  'AuthorizationFailure',
  'AuthorizationPermissionMismatch',
  'AuthorizationQueryParametersError',
  'ExpiredToken',
  'InvalidAccessKeyId',
  'InvalidToken',
  'NoAuthenticationInformation',
  'PublicAccessNotPermitted',
  'RequestTimeTooSkewed',
  'SignatureDoesNotMatch',
  'TokenRefreshRequired',
]);
const isAuthCode = (code: string | undefined): boolean => !!code && AUTH_CODES.has(code);

/**
 * How long a role session must last for a URL it presigns: the URL's lifetime, plus the time
 * from configuring the credentials to presigning (the session runs from then).
 */
const SESSION_ADVICE =
  "set role-duration-seconds of aws-actions/configure-aws-credentials to at least the URL's lifetime plus the time from that step to presigning (25200 for the 6 hours recommended, --expires-in 21600, and up to an hour before it), within the role's maximum session duration";

const RESIGN =
  'Presign the URL again in the same job, just before this step, and pass it unmodified';

/** What a storage error code means for the download, and what to do about it. */
interface Remedy {
  why: string;
  hint: string;
}

/**
 * What to do about each storage error code, one entry per code group in the order they are
 * looked up: S3 (docs "Error responses", list of error codes), GCS (XML API, same codes), Azure
 * Blob ("Common REST API error codes").
 */
const REMEDIES: ReadonlyArray<{ codes: string[]; remedy: (error: StorageError) => Remedy }> = [
  {
    codes: ['SignatureDoesNotMatch'],
    remedy: () => ({
      why: 'the signature does not match the request: the URL was altered after signing (re-encoded, cut, or quoted in a shell), or it was signed for another method (PUT) or host',
      hint: `${RESIGN} (for GET, on the host it is served from).`,
    }),
  },
  {
    codes: ['InvalidAccessKeyId'],
    remedy: () => ({
      why: 'the access key that signed the URL does not exist at this endpoint: signed with credentials of another account or service (AWS keys for R2, MinIO or Ceph, or the reverse), or the key was deleted',
      hint: 'Presign with the credentials of the storage service that holds the bucket, and the endpoint it is reached at.',
    }),
  },
  {
    codes: ['ExpiredToken', 'TokenRefreshRequired', 'InvalidToken'],
    remedy: () => ({
      why: 'the session whose temporary credentials signed the URL has expired (or its token is invalid): the URL died with it, whatever its own expiry',
      hint: `Presign in the same job, and make the session outlast the download: ${SESSION_ADVICE}.`,
    }),
  },
  {
    codes: ['RequestTimeTooSkewed'],
    remedy: () => ({
      why: "the clock of the machine that signed the URL is off by more than 15 minutes from the storage server's",
      hint: 'Sync the clock of the runner that presigns (NTP), then presign again.',
    }),
  },
  {
    codes: ['AuthorizationQueryParametersError'],
    remedy: () => ({
      why: "the presigned URL's query parameters are malformed: an expiry over 7 days (604800 s), a wrong region in X-Amz-Credential, or a parameter lost",
      hint: `${RESIGN}, with the bucket's region and an expiry of at most 7 days.`,
    }),
  },
  {
    codes: ['AuthenticationFailed'],
    remedy: () => ({
      why: 'the SAS token was altered, signed with a rotated or wrong account key, or is outside its start and expiry times',
      hint: 'Generate the SAS again (read permission, sp=r) in the same job and pass the URL unmodified.',
    }),
  },
  {
    codes: ['AuthorizationPermissionMismatch', 'AuthorizationFailure'],
    remedy: () => ({
      why: 'the SAS or its signer lacks read permission on the blob',
      hint: 'Generate the SAS with read permission (sp=r), by an identity allowed to read the blob.',
    }),
  },
  {
    codes: ['NoAuthenticationInformation', 'PublicAccessNotPermitted', 'AllAccessDisabled'],
    remedy: () => ({
      why: 'the object is private and the URL carries no signature',
      hint: 'Pass a presigned URL (or a SAS URL) rather than the plain object URL.',
    }),
  },
  {
    codes: ['AccessDenied'],
    remedy: (error) =>
      /expired/i.test(error.message)
        ? {
            why: 'the presigned URL has expired',
            hint: `${RESIGN}, with an expiry of 6 hours: Streampixel downloads it minutes after the upload request.`,
          }
        : {
            why: 'the signer lacks s3:GetObject on the object (or kms:Decrypt for an SSE-KMS object), or the object is private and the URL is not presigned',
            hint: 'Presign with credentials allowed s3:GetObject on the object, or pass a presigned URL instead of the plain object URL.',
          },
  },
];

/** A code without an entry in REMEDIES. */
const OTHER_REFUSAL: Remedy = {
  why: 'the storage server refused the download',
  hint: 'Streampixel must be able to download the file with a plain GET: look the code up in the storage service docs, and check the URL.',
};

/** What to do about `error`: its code's entry in REMEDIES, else OTHER_REFUSAL. */
function remedy(error: StorageError): Remedy {
  const entry = REMEDIES.find((r) => r.codes.includes(error.code));
  return entry ? entry.remedy(error) : { ...OTHER_REFUSAL };
}

function storageRefusal(check: Check, status: number, error: StorageError): ArtifactFailure {
  const { why, hint: remedyHint } = remedy(error);
  const hint = check.source === 'path' ? stagedHint(check) : remedyHint;
  const said = [error.message, error.detail].filter(Boolean).join(' ');
  return fail(
    check,
    `storage-${error.code}`,
    `refused (${error.code})`,
    `${check.shown} answers HTTP ${status} ${error.code}${said ? `: "${said}"` : ''}. That is, ${why}.`,
    hint,
    status,
  );
}

/**
 * Judges the first bytes: bytes first, then the type. A zip served as text/html is still a zip
 * (a warning: an object uploaded without a type); a body that is not a zip and says HTML is a
 * web page; an end record alone is an empty zip; anything else is not a zip.
 */
function judgeFirstBytes(check: Check, res: HttpResponse): Finding[] {
  const { shown, name, redact } = check;
  const type = String(res.headers['content-type'] ?? '').toLowerCase();
  const head = res.body.subarray(0, 4);
  const pageLike = /text\/html|application\/xhtml/.test(type);
  if (head.equals(ZIP_SIGNATURE)) {
    if (!pageLike && !type.startsWith('text/')) return [];
    return [
      {
        code: 'content-type',
        title: `${name} is served as ${cleanServerText(type.split(';')[0] ?? type, 60, redact)}`,
        message: `${shown} is a zip but is served with Content-Type "${cleanServerText(type, 80, redact)}" (the object was stored without a type, or with a wrong one). Streampixel reads the bytes, but browsers and some download tools take it for a page.`,
        hint: 'Upload it with its type: `aws s3 cp --content-type application/zip`, `gcloud storage cp --content-type=application/zip`, or `az storage blob upload --content-type application/zip`.',
      },
    ];
  }
  if (pageLike || looksLikeHtml(res.body)) {
    throw fail(
      check,
      'web-page',
      'is a web page',
      `${shown} returns an HTML page (${cleanServerText(type || 'no Content-Type', 80, redact)}), not the .zip: a login, consent or download page.`,
      'Streampixel needs a direct download link that returns the file itself.',
      res.status,
    );
  }
  if (head.equals(EMPTY_ZIP_SIGNATURE)) {
    throw fail(
      check,
      'empty-zip',
      'is an empty zip',
      `${shown} is a zip archive with no files in it.`,
      'Check the packaging step: the build output folder was empty.',
      res.status,
    );
  }
  throw fail(
    check,
    'not-a-zip',
    'is not a zip',
    `${shown} does not start with the zip signature (PK\\x03\\x04)${head.length < 4 ? `; it returned ${head.length} byte(s)` : ''}.`,
    'Streampixel takes a .zip of the packaged Windows build. Check the packaging step and that the URL points at the archive.',
    res.status,
  );
}

/**
 * The body starts as an HTML document does. A ranged answer holds 4 bytes, so a body shorter
 * than the marker counts when it is the marker's start ("<!DO", "<htm").
 */
function looksLikeHtml(body: Buffer): boolean {
  const text = body.toString('latin1').trimStart().slice(0, 20).toLowerCase();
  return ['<!doctype html', '<html'].some((marker) =>
    text.length >= marker.length
      ? text.startsWith(marker)
      : text.length >= 4 && marker.startsWith(text),
  );
}

// ── the listing: the end of the file, through Range requests ────────────────

/** The listing could not be read; the upload goes ahead with a warning saying `why`. */
class NotInspected extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}

/** `Content-Range: bytes FIRST-LAST/SIZE` (RFC 9110 §14.4), or undefined. */
function contentRange(
  res: HttpResponse,
): { first: number; last: number; size?: number } | undefined {
  const m = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(
    String(res.headers['content-range'] ?? ''),
  );
  if (!m) return undefined;
  return {
    first: Number(m[1]),
    last: Number(m[2]),
    ...(m[3] === '*' ? {} : { size: Number(m[3]) }),
  };
}

/**
 * A {@link RangeReader} over the check's GETs: each read is one `Range: bytes=START-END` request
 * that must come back 206 with that range of a file of `size` bytes (and the first answer's ETag),
 * else the read throws {@link NotInspected}.
 */
function httpRangeReader(check: Check, size: number, etag: string | undefined): RangeReader {
  return {
    size,
    async read(start, endInclusive) {
      const end = Math.min(endInclusive, size - 1);
      const length = end - start + 1;
      const res = await get(check, `bytes=${start}-${end}`, length, `bytes ${start}-${end}`);
      if (res instanceof NetworkError) {
        throw new NotInspected(
          res.message === BUDGET_SPENT
            ? `the check's ${seconds(check.budget.totalMs)} ran out while reading the end of the file`
            : `reading the end of the file failed: ${res.message}`,
        );
      }
      if (res.status === 200) throw new NotInspected('the server ignores Range requests');
      if (res.status !== 206) {
        throw new NotInspected(`reading the end of the file got HTTP ${res.status}`);
      }
      const range = contentRange(res);
      const sameFile = !etag || !res.headers.etag || res.headers.etag === etag;
      if (range?.size !== size || !sameFile) {
        throw new NotInspected('the file changed while it was read (another size or ETag)');
      }
      if (range.first !== start || range.last !== end || res.body.length !== length) {
        throw new NotInspected(
          `the server answered bytes ${range.first}-${range.last} (${res.body.length} read) to a request for ${start}-${end}`,
        );
      }
      return res.body;
    },
  };
}

/**
 * Lists and judges the zip when the server honours Range (or sent a whole file within 4 KiB).
 * Throws the first error finding as an {@link ArtifactFailure}; returns the warnings and facts,
 * or a "not inspected" warning when the listing could not be read.
 */
async function inspect(
  check: Check,
  first: HttpResponse,
): Promise<{ warnings: Finding[]; facts?: BuildFacts }> {
  const whole = first.status === 200 && !first.truncated;
  let size: number | undefined;
  let reader: RangeReader;
  try {
    if (whole) {
      size = first.body.length;
    } else if (first.status !== 206) {
      throw new NotInspected('the server ignores Range requests');
    } else {
      size = contentRange(first)?.size;
      if (size === undefined) throw new NotInspected('the server did not give the file size');
    }
    reader = whole
      ? { size, read: async (s, e) => first.body.subarray(s, e + 1) }
      : httpRangeReader(check, size, first.headers.etag);
    const listing = await readZipListing(reader, whole ? { firstTail: first.body } : {});
    const verdict = judgeListing(listing, size);
    const facts = cleanFacts(check, verdict.facts);
    const [error, ...more] = verdict.errors.map((f) => inTerms(check, f));
    if (error) throw listingFailure(check, error, more, facts);
    // With path the same rules judged the build before it was uploaded, and warned then.
    if (check.source === 'path') return { warnings: [], facts };
    return { warnings: verdict.warnings.map((f) => inTerms(check, f)), facts };
  } catch (err) {
    if (err instanceof NotInspected) return { warnings: [notInspected(check, err.why)] };
    if (!(err instanceof ZipFormatError)) throw err;
    if (err.kind === 'too-large') return { warnings: [inTerms(check, findingForFormatError(err))] };
    throw listingFailure(check, inTerms(check, formatFinding(err, first.body)), [], undefined);
  }
}

/** A zip that could not be listed; one that starts with a local file header but has no end record was cut short. */
function formatFinding(err: ZipFormatError, head: Buffer): Finding {
  const finding = findingForFormatError(err);
  if (err.kind !== 'no-end-record' || !head.subarray(0, 4).equals(ZIP_SIGNATURE)) return finding;
  return {
    ...finding,
    code: 'zip-truncated',
    message: `The file starts as a zip (a local file header) but its end has no end of central directory record: it was cut short, in the upload or while zipping. Streampixel would reject it as a corrupt archive.`,
  };
}

function listingFailure(
  check: Check,
  error: Finding,
  more: Finding[],
  facts?: BuildFacts,
): ArtifactFailure {
  const also = more.length ? ` Also: ${more.map((f) => `${f.title}: ${f.message}`).join(' ')}` : '';
  const hints = [...new Set([error.hint, ...more.map((f) => f.hint)])].join(' ');
  return new ArtifactFailure(
    error.code,
    error.title,
    `${error.message}${also}`,
    hints,
    undefined,
    facts,
    check.source,
  );
}

/**
 * A finding from rules.ts in the caller's words (its titles and hints say `file-url`), its
 * message cleaned: it carries entry names, which are the archive's text, not ours.
 */
function inTerms(check: Check, finding: Finding): Finding {
  return {
    code: finding.code,
    title: finding.title.replace(/^file-url\b/, check.name),
    message: cleanServerText(finding.message, 2000, check.redact),
    // Not the file-url inside check-file-url.
    hint: finding.hint.replace(/(?<![\w-])file-url(?![\w-])/g, check.name),
  };
}

function cleanFacts(check: Check, facts: BuildFacts): BuildFacts {
  const clean = (text: string): string => cleanServerText(text, 200, check.redact);
  return {
    ...facts,
    executables: facts.executables.map(clean),
    ...(facts.projectName === undefined ? {} : { projectName: clean(facts.projectName) }),
    root: clean(facts.root),
  };
}

function notInspected(check: Check, why: string): Finding {
  const rangeless = why.includes('ignores Range');
  return {
    code: 'not-inspected',
    title: `${check.name} was not inspected`,
    message: `Could not list the zip's contents: ${why}. Only its first bytes were checked (the zip signature), so a missing .exe, encryption or a file cut short would only show in Streampixel's own check, about 15 minutes from now.`,
    hint: rangeless
      ? `Serve the file from storage that supports HTTP Range requests (S3, GCS, Azure Blob, R2 and nginx all do), or set ${check.terms.setting('check-file-url', 'false')} to skip the check.`
      : 'Re-run to check again; the upload goes ahead.',
  };
}
