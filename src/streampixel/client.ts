/**
 * The Streampixel REST API: upload-file, distribute-file and the project
 * status. Plain TypeScript, no @actions/*: the action and the CLI share it.
 *
 * Credentials travel in the JSON body of POSTs and in the query of the GET,
 * never in an Authorization header; redirects are never followed, since the
 * body carries the key.
 */
import { displayUrl } from '../format.js';
import { type HttpRequest, type HttpResponse, NetworkError, PROXY_HINT } from '../http.js';
import { DEFAULT_API_URL } from '../inputs.js';
import { type RequestPolicy, RATE_LIMIT_WAIT_MS, sendWithRetries } from '../retry.js';
import { dropOpaqueTokens, isSafeId, Redactor, secretValues } from '../secrets.js';
import type { Terms } from '../terms.js';
import { cleanServerText, describeLocation } from '../text.js';
import { USER_AGENT } from '../version.js';
import {
  apiMessageOf,
  DeployFailure,
  type Endpoint,
  failureForStatus,
  isWrite,
  mayHaveActed,
} from './errors.js';

export interface ClientOptions extends RequestPolicy {
  /** As parseConfig gives it: absolute, without a trailing slash. */
  apiUrl: string;
  apiKey: string;
  userId: string;
  /** The adapter's vocabulary, for the inputs a failure names. */
  terms: Terms;
  /**
   * The run's Redactor, shared: its patterns cost tens of milliseconds to build, once per set of
   * secrets. A client of its own makes one.
   */
  redactor?: Redactor;
}

export interface UploadAccepted {
  message: string;
  /** Absent from older API versions' answers. */
  uploadId?: string;
}

export interface ProjectFile {
  id: string;
  status: string;
  /** The fileUrl it was uploaded from, as the API stores it: compared, never shown (it may be presigned). */
  url?: string;
  objection?: string;
  date?: string;
}

/** Small JSON answers; the project (with every upload ever made) can be larger. */
const MAX_BODY_BYTES = 16 * 1024;
const MAX_PROJECT_BYTES = 2 * 1024 * 1024;

/** Server text made safe to show; the secrets this client sends are taken out first. */
type Clean = (text: string, maxLength?: number) => string;

export class StreampixelClient {
  private readonly secrets: Redactor;

  /**
   * A secret this client may see echoed (the file URL's signature, a presigned URL made later):
   * taken out of server text before it is cut, or a cut could leave part of it.
   */
  addSecret(secret: string): void {
    this.secrets.add(secret);
  }

  constructor(private readonly options: ClientOptions) {
    // A server may echo the request back: its text is redacted before it is cut or escaped.
    this.secrets = options.redactor ?? new Redactor();
    this.secrets.add(options.apiKey);
    this.secrets.add(options.userId);
  }

  /**
   * Secrets out in any encoding, then any other long opaque token (an encoding nobody listed),
   * except the IDs this client knows.
   */
  private readonly clean: Clean = (text, maxLength) => cleanServerText(text, maxLength, this.scrub);

  /** Secrets, then opaque tokens out (IDs kept). */
  private readonly scrub = (text: string): string =>
    dropOpaqueTokens(this.secrets.redact(text), [...this.ids]);

  /** IDs that may appear in server text: the project's and the uploads' (each once: polls repeat them). */
  private readonly ids = new Set<string>();

  /**
   * POST /projects/upload-file. Sent once: an answer that means Streampixel
   * may have acted (a 502/504, no answer once sent) throws a DeployFailure
   * with `details.ambiguous`, for the caller to look at the project before
   * sending again (`resend`: then a 429 is final, since the first request may
   * have caused it).
   */
  async upload(
    projectId: string,
    fileUrl: string,
    autoRelease: boolean,
    resend = false,
  ): Promise<UploadAccepted> {
    for (const secret of secretValues({ 'file-url': fileUrl })) this.secrets.add(secret);
    this.ids.add(projectId);
    const fields = { projectId, fileUrl, autoRelease };
    const body = await this.post('upload', '/projects/upload-file', fields, resend);
    const uploadId = stringField(body, 'uploadId') ?? stringField(body, '_id');
    // An "ID" that is one of our secrets would be printed as one: not an ID either.
    // It becomes the upload-id output, which workflows paste into scripts: an ID, or nothing.
    const idShaped = uploadId !== undefined && isSafeId(uploadId, this.secrets);
    if (uploadId !== undefined && !idShaped) {
      // Not echoed, not even cut: it may be an encoding of a secret.
      this.options.log(
        `Streampixel's answer carried an uploadId that is not an ID (${uploadId.length} characters); ignoring it.`,
      );
    }
    return {
      message: this.messageOf(body),
      uploadId: idShaped ? uploadId : undefined,
    };
  }

  /** POST /projects/distribute-file; sent once, as `upload`. */
  async distribute(
    projectId: string,
    uploadId: string,
    resend = false,
  ): Promise<{ message: string }> {
    this.ids.add(projectId).add(uploadId);
    const fields = { projectId, uploadId };
    const body = await this.post('distribute', '/projects/distribute-file', fields, resend);
    return { message: this.messageOf(body) };
  }

  /**
   * The project's uploads, newest state as the API reports it: all of them. The project comes
   * with every upload ever made (the API documents no paging), and an answer too large to read
   * whole is refused, never read in part: an ID missing here is not in the project.
   */
  async projectFiles(projectId: string): Promise<ProjectFile[]> {
    const { apiKey, userId } = this.options;
    const query = new URLSearchParams({ userId, apikey: apiKey });
    const url = `${this.options.apiUrl}/projects/${encodeURIComponent(projectId)}?${query}`;
    this.ids.add(projectId);
    const body = await this.exchange('status', { method: 'GET', url }, MAX_PROJECT_BYTES);
    // An upload's ID may become the upload-id output (an adopted upload): IDs only.
    const files = filesOf(body, this.clean, this.options.terms).filter((f) =>
      isSafeId(f.id, this.secrets),
    );
    for (const f of files) this.ids.add(f.id);
    return files;
  }

  private messageOf(body: unknown): string {
    const message = stringField(body, 'message');
    return message ? this.clean(message) : '';
  }

  private post(
    endpoint: Endpoint,
    path: string,
    fields: Record<string, unknown>,
    resend: boolean,
  ): Promise<unknown> {
    const { apiKey, userId } = this.options;
    const body = JSON.stringify({ apiKey, userId, ...fields });
    const request = { method: 'POST' as const, url: `${this.options.apiUrl}${path}`, body };
    return this.exchange(endpoint, request, MAX_BODY_BYTES, resend);
  }

  private async exchange(
    endpoint: Endpoint,
    partial: Pick<HttpRequest, 'method' | 'url' | 'body'>,
    maxBodyBytes: number,
    resend = false,
  ): Promise<unknown> {
    const { timeoutMs, maxAttempts, log, debug, sleep, signal } = this.options;
    const request: HttpRequest = {
      ...partial,
      headers: {
        'user-agent': USER_AGENT,
        accept: 'application/json',
        ...(partial.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      timeoutMs,
      maxBodyBytes,
      signal,
    };
    const { last, ambiguous } = await sendWithRetries(
      request,
      {
        maxAttempts,
        // The status GET is safe to repeat; a write may queue a second build, so it stops at an
        // answer that means it may have landed (`ambiguous`), for the flow to look first.
        idempotent: !isWrite(endpoint),
        // Only upload-file and distribute-file have the documented one-per-2-minutes limit.
        rateLimitWaitMs: isWrite(endpoint) ? RATE_LIMIT_WAIT_MS : undefined,
        retryRateLimit: !resend,
        label: endpointLabel(endpoint),
        log,
        trace: { what: `${request.method} ${displayUrl(request.url)}`, debug },
        sleep,
      },
      this.options.send,
    );
    const exchange = { endpoint, terms: this.options.terms };
    let body: unknown;
    try {
      if (last instanceof NetworkError)
        throw networkFailure({ ...exchange, url: this.options.apiUrl }, last);
      body = parseResponse({ ...exchange, url: request.url }, last, this.secrets.redactor);
    } catch (err) {
      if (ambiguous && err instanceof DeployFailure)
        throw new DeployFailure(err.title, err.message, err.hint, { ...err.details, ambiguous });
      throw err;
    }
    return body;
  }
}

function endpointLabel(endpoint: Endpoint): string {
  return endpoint === 'status' ? 'project status' : `${endpoint}-file`;
}

/** One exchange, as a failure message needs it. */
interface Exchange {
  endpoint: Endpoint;
  url: string;
  terms: Terms;
}

/**
 * The answer's JSON, or the failure it means, looked for in this order: a redirect, a 4xx from
 * something that is not the API, any other error status, a web page, an answer cut short; then
 * the body (`{}` when empty).
 */
function parseResponse(
  exchange: Exchange,
  res: HttpResponse,
  redact: (text: string) => string,
): unknown {
  const answer = answerOf(exchange, res, redact);
  const failure = redirected(answer) ?? notTheApi(answer) ?? errorStatus(answer) ?? webPage(answer);
  if (failure) throw failure;
  return res.truncated ? cutBody(answer) : bodyOf(answer);
}

/** One answer as the failures below word it: its text, and the names they use. */
interface Answer extends Exchange {
  res: HttpResponse;
  text: string;
  redact: (text: string) => string;
  /** The request as named: "upload-file", "project status". */
  label: string;
  /** api-url as the adapter names it. */
  apiUrl: string;
  /** The address api-url should be, for the hints. */
  defaultHint: string;
}

function answerOf(exchange: Exchange, res: HttpResponse, redact: (text: string) => string): Answer {
  return {
    ...exchange,
    res,
    text: res.body.toString('utf8'),
    redact,
    label: endpointLabel(exchange.endpoint),
    apiUrl: exchange.terms.name('api-url'),
    defaultHint: `${DEFAULT_API_URL} unless you run a stand-in`,
  };
}

/** A 3xx: never followed, since the request body carries the API key. */
function redirected({ res, url, redact, apiUrl, defaultHint }: Answer): DeployFailure | undefined {
  if (res.status < 300 || res.status >= 400) return undefined;
  const target = describeLocation(res.headers.location, url, redact);
  return new DeployFailure(
    `Streampixel: ${apiUrl} redirects`,
    `${apiUrl} answered HTTP ${res.status}, redirecting to ${target}. Redirects are not followed: the request body carries the API key.`,
    `Set ${apiUrl} to the final address (${defaultHint}).`,
    { httpStatus: res.status, input: 'api-url' },
  );
}

/**
 * Streampixel's errors are always {"message": "…"}: a 4xx without it (an HTML or framework
 * 404/405, "Cannot POST /projects/upload-file") comes from something that is not the API.
 * Only an address the user set: with the default, the page comes from something in between (a
 * WAF, a proxy), and the status-based failure (errorStatus) says more.
 */
function notTheApi({ res, url, text, redact, label, apiUrl }: Answer): DeployFailure | undefined {
  const ownAddress = !url.startsWith(DEFAULT_API_URL);
  if (
    !ownAddress ||
    res.status < 400 ||
    res.status >= 500 ||
    res.status === 429 ||
    isApiError(text)
  )
    return undefined;
  return new DeployFailure(
    `Streampixel: ${apiUrl} is not the API`,
    `${apiUrl} answered ${label} with HTTP ${res.status} that is not the Streampixel API's answer ("${apiMessageOf(text, redact)}"): the address is wrong, so this says nothing about the key or the project.`,
    `Set ${apiUrl} to ${DEFAULT_API_URL} (the default, ending in /pixelStripeApi), or leave it out.`,
    { httpStatus: res.status, input: 'api-url' },
  );
}

/** Any other status outside 2xx: the API's refusal (see errors.ts). */
function errorStatus({ res, endpoint, text, redact, terms }: Answer): DeployFailure | undefined {
  if (res.status >= 200 && res.status < 300) return undefined;
  return failureForStatus(endpoint, res.status, apiMessageOf(text, redact), terms);
}

/** A login page, a captive portal, the dashboard: not the API, whatever its status. */
function webPage(answer: Answer): DeployFailure | undefined {
  const { res, endpoint, text, redact, label, apiUrl, defaultHint } = answer;
  if (!/^\s*</.test(text)) return undefined;
  return new DeployFailure(
    `Streampixel: ${apiUrl} is not the API`,
    `${apiUrl} answered ${label} with a web page (HTTP ${res.status}: "${apiMessageOf(text, redact)}"), not the Streampixel API's JSON.`,
    `Check ${apiUrl} (${defaultHint})${isWrite(endpoint) ? '; if it is right, check the project in the dashboard before re-running, in case the request was acted on' : ''}.`,
    { httpStatus: res.status, input: 'api-url' },
  );
}

/** A 2xx cut at the body limit: a write's fields from the kept part; a status answer is refused. */
function cutBody({ res, endpoint, text, label, apiUrl }: Answer): unknown {
  // Any 2xx to upload or distribute is an acceptance: keep what the kept part says.
  if (isWrite(endpoint)) return partialFields(text);
  throw new DeployFailure(
    'Streampixel: answer too large',
    `Streampixel's answer to ${label} was larger than this action reads (HTTP ${res.status}).`,
    `Check ${apiUrl} points at the Streampixel API.`,
    // Never right: a wrong api-url or a changed API, which a wait would not outlast.
    { httpStatus: res.status, input: 'api-url' },
  );
}

/** A whole 2xx body: its JSON (`{}` when empty); a write's that is not JSON keeps its text. */
function bodyOf({ res, endpoint, text, redact, apiUrl }: Answer): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (endpoint === 'status') {
      throw new DeployFailure(
        'Streampixel: unreadable project status',
        `The project status answer was not JSON (HTTP ${res.status}: "${apiMessageOf(text, redact)}").`,
        `Check ${apiUrl} points at the Streampixel API.`,
        { httpStatus: res.status, input: 'api-url' },
      );
    }
    // An accepted upload with an unexpected body is still accepted: keep its text as the message.
    return { message: apiMessageOf(text, redact) };
  }
}

/** The API's own error body: JSON with a string `message` (the docs' errors page). */
function isApiError(text: string): boolean {
  try {
    const body = JSON.parse(text) as unknown;
    return (
      !!body &&
      typeof body === 'object' &&
      typeof (body as { message?: unknown }).message === 'string'
    );
  } catch {
    return false;
  }
}

/** `message` and `uploadId` from the start of a JSON answer that was cut. */
function partialFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of ['message', 'uploadId']) {
    const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){0,2000})"`).exec(text);
    if (m?.[1] === undefined) continue;
    try {
      fields[key] = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      // A malformed escape: leave the field out.
    }
  }
  return fields;
}

function networkFailure({ endpoint, url, terms }: Exchange, err: NetworkError): DeployFailure {
  const host = displayUrl(url);
  // A proxy that did not open the tunnel: nothing reached Streampixel, and the fix is the proxy's.
  if (err.failure === 'proxy') {
    return new DeployFailure(
      'Streampixel unreachable through the proxy',
      `${endpointLabel(endpoint)} to ${host} failed: ${err.message}.`,
      PROXY_HINT,
    );
  }
  const acted =
    isWrite(endpoint) && err.sent ? mayHaveActed(endpoint, 'The request was sent') : undefined;
  return new DeployFailure(
    acted ? 'Streampixel: no answer after the request was sent' : 'Streampixel unreachable',
    `${endpointLabel(endpoint)} to ${host} failed: ${err.message}.${acted ? ` ${acted.sentence}` : ''}`,
    acted?.hint ??
      `Check ${terms.name('api-url')} and the runner’s network or proxy settings (https_proxy, no_proxy), then re-run.`,
  );
}

function stringField(body: unknown, key: string): string | undefined {
  if (body && typeof body === 'object' && key in body) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

/** `files` at the top level, or inside `project` / `data`: the docs show the project without an envelope. */
function filesOf(body: unknown, clean: Clean, terms: Terms): ProjectFile[] {
  const candidates = [
    body,
    (body as Record<string, unknown>)?.project,
    (body as Record<string, unknown>)?.data,
  ];
  for (const candidate of candidates) {
    if (
      candidate &&
      typeof candidate === 'object' &&
      Array.isArray((candidate as Record<string, unknown>).files)
    ) {
      return ((candidate as { files: unknown[] }).files ?? []).flatMap((entry) => {
        if (!entry || typeof entry !== 'object') return [];
        const id = stringField(entry, '_id') ?? stringField(entry, 'id');
        if (!id) return [];
        const status = stringField(entry, 'status') ?? '';
        const objection = stringField(entry, 'objection');
        const url = stringField(entry, 'url');
        const date = stringField(entry, 'date');
        return [
          {
            id,
            status: clean(status, 100),
            url,
            objection: objection && clean(objection, 1000),
            date: date && clean(date, 40),
          },
        ];
      });
    }
  }
  throw new DeployFailure(
    'Streampixel: unexpected project status',
    'The project status answer has no list of uploads (files).',
    `Check ${terms.name('api-url')} points at the Streampixel API; if it does, the API may have changed: open an issue.`,
    { input: 'api-url' },
  );
}
