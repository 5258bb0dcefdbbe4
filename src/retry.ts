/**
 * Which failures are worth another attempt, and how long to wait first.
 *
 * Worth retrying: the request never reached the server (refused, DNS,
 * reset or timeout before it was sent), 429 and 503. For requests that are
 * safe to repeat (GETs) also 500, 502, 504, and a timeout or reset after the
 * request was sent. A POST to upload-file or distribute-file is NOT repeated
 * after a 500 or no answer once sent, nor after a 502 or 504, which a gateway
 * may give after passing the request on: the build may already be queued, and
 * a second one would queue a duplicate or hit the rate limit. The last two end
 * the attempts as `ambiguous`, so the caller can look before sending again.
 *
 * A proxy that refuses the tunnel (see judgeNetwork) is retried only for a
 * 5xx or no answer; a 407 or 403 from it is final.
 */
import { NetworkError, sendRequest, type HttpRequest, type HttpResponse } from './http.js';

/** The longest single wait; Streampixel's rate-limit window. A longer Retry-After ends the retries. */
export const MAX_WAIT_MS = 120_000;
/** Wait after a 429 that gives no Retry-After: one upload per 2 minutes per user. */
export const RATE_LIMIT_WAIT_MS = 120_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 20_000;

export interface RetryOptions {
  maxAttempts: number;
  /**
   * Safe to repeat even when the server may have acted on it. A request that is not stops at the
   * first answer that means the server may have acted (a 502/504, or no answer once sent).
   */
  idempotent: boolean;
  /** What the request is, for the log: "upload-file". */
  label: string;
  /**
   * The wait after a 429 without Retry-After, when the server's rate limit is
   * known (Streampixel's upload window); otherwise the usual backoff.
   */
  rateLimitWaitMs?: number;
  /** Retry a 429 (default true). False once an earlier request may have caused it. */
  retryRateLimit?: boolean;
  log: (line: string) => void;
  /** One debug line per attempt: the request, then its status or error and timing. */
  trace?: Trace;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface Trace {
  /** The request as shown: method and URL without its query. Never a body. */
  what: string;
  debug: (line: string) => void;
}

/** How the attempts ended. */
export interface Retried {
  /** The last answer (any status: the caller maps errors), or the last network error. */
  last: HttpResponse | NetworkError;
  /**
   * For a request that is not safe to repeat: the answer that ended the attempts because the
   * server may have acted on it ("HTTP 504", "no complete answer within the time limit").
   */
  ambiguous?: string;
}

export type Send = (request: HttpRequest) => Promise<HttpResponse>;

/** How a caller's requests are made: limits, retries, and where progress goes. */
export interface RequestPolicy {
  timeoutMs: number;
  maxAttempts: number;
  /** Progress lines worth showing (retries). */
  log: (line: string) => void;
  /** Method, URL without query, status and timing. Never a body. */
  debug: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Ends requests and waits with `Cancelled` (src/cancel.ts). */
  signal?: AbortSignal;
  /** The transport; tests may wrap it. */
  send?: Send;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Seconds, or an HTTP date; undefined when absent or unreadable (the caller
 * then falls back to its own wait). Only an HTTP date is read as a date: V8's
 * Date.parse takes "1.5" or "-5" for days in 2001, which would mean "now".
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number,
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return undefined;
  const trimmed = raw.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // IMF-fixdate, RFC 850 and asctime all name a month and give hh:mm:ss.
  if (!/[a-z]{3}/i.test(trimmed) || !/\b\d{1,2}:\d{2}:\d{2}\b/.test(trimmed)) return undefined;
  // asctime has no zone; HTTP dates are all GMT.
  const zoned = /\b(GMT|UTC|UT|Z)\b|[+-]\d{4}\b/i.test(trimmed) ? trimmed : `${trimmed} GMT`;
  const date = Date.parse(zoned);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Full jitter: anywhere between 0 and the exponential ceiling. */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** Answers a gateway gives once it has passed the request on and lost the server's answer. */
const MAY_HAVE_BEEN_FORWARDED = new Set([502, 504]);

interface Verdict {
  retry: boolean;
  reason: string;
  waitMs?: number;
}

function judgeResponse(res: HttpResponse, options: RetryOptions, now: number): Verdict {
  const { idempotent, rateLimitWaitMs } = options;
  const retryAfter = parseRetryAfter(res.headers['retry-after'], now);
  const reason = `HTTP ${res.status}`;
  if (res.status === 429)
    return { retry: options.retryRateLimit ?? true, reason, waitMs: retryAfter ?? rateLimitWaitMs };
  if (RETRYABLE_STATUS.has(res.status) || (idempotent && res.status === 500)) {
    return { retry: true, reason, waitMs: retryAfter };
  }
  return { retry: false, reason };
}

function judgeNetwork(err: NetworkError, idempotent: boolean): Verdict {
  if (err.failure === 'proxy') {
    // Nothing got past the proxy, so any request may be repeated; worth it only if the
    // proxy's trouble may pass. A 5xx to the CONNECT is its upstream failing, like a
    // 502/503 from a gateway; no answer at all is like a refused connection. A 407 (its
    // credentials), a 403 (its allow-list) or a variable that is not a URL refuses every
    // attempt the same way: retrying only delays the message.
    const status = err.proxy?.status;
    const transient =
      status === undefined ? err.code !== 'ERR_INVALID_URL' : status >= 500 && status < 600;
    return { retry: transient, reason: err.message };
  }
  return { retry: idempotent || !err.sent, reason: err.message };
}

/** `send`, with one debug line per exchange: status or error, and how long it took. */
export function traced(send: Send, trace: Trace): Send {
  return async (request) => {
    const started = Date.now();
    try {
      const res = await send(request);
      trace.debug(
        `${trace.what} → HTTP ${res.status} in ${res.elapsedMs} ms${res.truncated ? ' (body cut)' : ''}`,
      );
      return res;
    } catch (err) {
      if (err instanceof NetworkError)
        trace.debug(`${trace.what} → ${err.message} after ${Date.now() - started} ms`);
      throw err;
    }
  };
}

/**
 * Sends `request` up to `maxAttempts` times. Resolves with the last response
 * or network error; anything else thrown (a bug) is thrown at once. Waits
 * (ms) come from the verdict (Retry-After, the rate-limit window) or the
 * backoff; one longer than MAX_WAIT_MS ends the attempts instead.
 */
export async function sendWithRetries(
  request: HttpRequest,
  options: RetryOptions,
  transport: Send = sendRequest,
): Promise<Retried> {
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const send = options.trace ? traced(transport, options.trace) : transport;

  for (let attempt = 1; ; attempt++) {
    const { outcome, verdict } = await attemptOnce(send, request, options, now);
    if (isAmbiguous(outcome, options)) return { last: outcome, ambiguous: verdict.reason };
    const last = attempt >= options.maxAttempts;
    const waitMs = verdict.waitMs ?? backoffMs(attempt, random);
    if (!verdict.retry || last || waitMs > MAX_WAIT_MS) {
      if (verdict.retry && !last) options.log(waitTooLongLine(options.label, verdict, waitMs));
      return { last: outcome };
    }
    options.log(retryLine(options, attempt, outcome, verdict, waitMs));
    await wait(waitMs);
  }
}

/** One send and its verdict: the answer (judged at `now()`), or the network error it threw. */
async function attemptOnce(
  send: Send,
  request: HttpRequest,
  options: RetryOptions,
  now: () => number,
): Promise<{ outcome: HttpResponse | NetworkError; verdict: Verdict }> {
  try {
    const outcome = await send(request);
    return { outcome, verdict: judgeResponse(outcome, options, now()) };
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    return { outcome: err, verdict: judgeNetwork(err, options.idempotent) };
  }
}

/**
 * A request that is not safe to repeat, answered in a way that means the server may have acted
 * on it: no answer once sent, or a 502/504 a gateway gives after passing the request on.
 */
function isAmbiguous(outcome: HttpResponse | NetworkError, options: RetryOptions): boolean {
  return (
    !options.idempotent &&
    (outcome instanceof NetworkError ? outcome.sent : MAY_HAVE_BEEN_FORWARDED.has(outcome.status))
  );
}

/** The server asks for a wait (ms) longer than MAX_WAIT_MS: the attempts end here. */
function waitTooLongLine(label: string, verdict: Verdict, waitMs: number): string {
  return `${label}: ${verdict.reason}; the server asks to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${MAX_WAIT_MS / 1000} s this action waits: giving up.`;
}

/** "attempt 1 of 3 failed (HTTP 429 (rate limited…)); retrying in 120.0 s", for `waitMs` ms. */
function retryLine(
  options: RetryOptions,
  attempt: number,
  outcome: HttpResponse | NetworkError,
  verdict: Verdict,
  waitMs: number,
): string {
  const limited = outcome instanceof NetworkError || outcome.status !== 429 ? undefined : outcome;
  const knownWindow = !!limited && !limited.headers['retry-after'] && !!options.rateLimitWaitMs;
  const why = knownWindow
    ? `${verdict.reason} (rate limited: Streampixel allows one upload per 2 minutes per user, no Retry-After given)`
    : `${verdict.reason}${limited ? ' (rate limited)' : ''}`;
  return `${options.label}: attempt ${attempt} of ${options.maxAttempts} failed (${why}); retrying in ${(waitMs / 1000).toFixed(1)} s.`;
}
