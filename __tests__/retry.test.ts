/**
 * The retry policy, with a scripted exchange, an injected sleep and a fixed
 * random: which failures are retried, for which requests, how long each wait
 * is, and the one log line per retry.
 */
import { describe, expect, it } from '@jest/globals';
import { type HttpRequest, type HttpResponse, NetworkError } from '../src/http.js';
import {
  backoffMs,
  MAX_WAIT_MS,
  parseRetryAfter,
  RATE_LIMIT_WAIT_MS,
  type RetryOptions,
  sendWithRetries,
} from '../src/retry.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');

const response = (status: number, headers: HttpResponse['headers'] = {}): HttpResponse => ({
  status,
  headers,
  body: Buffer.from('{}'),
  truncated: false,
  elapsedMs: 1,
});

type Step = HttpResponse | NetworkError;

/** Runs sendWithRetries over a script of outcomes; the last one repeats. */
async function play(script: Step[], options: Partial<RetryOptions> = {}) {
  const waits: number[] = [];
  const log: string[] = [];
  let sends = 0;
  const request: HttpRequest = {
    method: 'POST',
    url: 'http://127.0.0.1:1/x',
    timeoutMs: 1000,
    maxBodyBytes: 100,
  };
  const retried = await sendWithRetries(
    request,
    {
      maxAttempts: 3,
      idempotent: false,
      label: 'upload-file',
      rateLimitWaitMs: RATE_LIMIT_WAIT_MS,
      log: (l) => log.push(l),
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
      now: () => NOW,
      ...options,
    },
    async () => {
      const step = script[Math.min(sends++, script.length - 1)] as Step;
      if (step instanceof NetworkError) throw step;
      return step;
    },
  );
  return {
    outcome: retried.last,
    ambiguous: retried.ambiguous,
    waits,
    log,
    sends,
  };
}

const refused = new NetworkError(
  'refused',
  false,
  'ECONNREFUSED',
  'connection refused (ECONNREFUSED)',
);
const timeoutSent = new NetworkError(
  'timeout',
  true,
  undefined,
  'no complete answer within the time limit',
);
const timeoutUnsent = new NetworkError(
  'timeout',
  false,
  undefined,
  'no complete answer within the time limit',
);
const resetSent = new NetworkError('reset', true, 'ECONNRESET', 'connection reset (ECONNRESET)');

describe('parseRetryAfter', () => {
  it.each([
    ['5', 5000],
    [' 120 ', 120_000],
    ['0', 0],
    ['1.5', 1500],
    ['Sun, 01 Jun 2025 12:00:30 GMT', 30_000],
    ['Sunday, 01-Jun-25 12:00:30 GMT', 30_000],
    // asctime carries no zone: HTTP dates are GMT whatever the runner's clock says.
    ['Sun Jun  1 12:00:30 2025', 30_000],
    ['Sun, 01 Jun 2025 11:00:00 GMT', 0],
  ])('reads %j as %d ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([undefined, '', '  ', '-5', 'soon', '1e3', 'in 5 minutes', '12:00:30'])(
    'finds no usable wait in %j (V8 alone would read "-5" as a day in 2001)',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it('takes the first of repeated headers', () => {
    expect(parseRetryAfter(['3', '60'], NOW)).toBe(3000);
  });
});

describe('backoffMs', () => {
  it('is full jitter: anywhere from 0 to a ceiling that doubles, capped at 20 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 20_000, 20_000,
    ]);
    expect(backoffMs(3, () => 0)).toBe(0);
    expect(backoffMs(3, () => 0.5)).toBe(2000);
  });
});

describe('sendWithRetries', () => {
  it.each([429, 503])('retries HTTP %d, even for an upload', async (status) => {
    const { outcome, sends } = await play([
      response(status, { 'retry-after': '1' }),
      response(201),
    ]);
    expect((outcome as HttpResponse).status).toBe(201);
    expect(sends).toBe(2);
  });

  it.each([400, 401, 403, 404, 409, 413, 422, 500, 501])(
    'does not retry HTTP %d for an upload',
    async (status) => {
      const { outcome, sends, log, waits } = await play([response(status), response(201)]);
      expect((outcome as HttpResponse).status).toBe(status);
      expect(sends).toBe(1);
      expect(log).toEqual([]);
      expect(waits).toEqual([]);
    },
  );

  it('retries HTTP 500 for a request that is safe to repeat (a GET)', async () => {
    const { outcome, sends } = await play([response(500), response(200)], { idempotent: true });
    expect((outcome as HttpResponse).status).toBe(200);
    expect(sends).toBe(2);
  });

  it.each([404, 401, 403])('does not retry HTTP %d even for a GET', async (status) => {
    const { sends } = await play([response(status), response(200)], { idempotent: true });
    expect(sends).toBe(1);
  });

  it('retries what never reached the server: refused, or a timeout before the request was sent', async () => {
    const { outcome, sends } = await play([refused, timeoutUnsent, response(201)]);
    expect((outcome as HttpResponse).status).toBe(201);
    expect(sends).toBe(3);
  });

  it.each([
    ['a timeout', timeoutSent],
    ['a reset', resetSent],
  ])('does not repeat an upload after %s once it was sent', async (_name, failure) => {
    const { outcome, sends, log } = await play([failure, response(201)]);
    expect(outcome).toBe(failure);
    expect(sends).toBe(1);
    expect(log).toEqual([]);
  });

  it.each([
    ['a timeout', timeoutSent],
    ['a reset', resetSent],
  ])('repeats a GET after %s', async (_name, failure) => {
    const { sends } = await play([failure, response(200)], { idempotent: true });
    expect(sends).toBe(2);
  });

  it('logs one line per retry: attempt n of N, why, how long', async () => {
    const { log, waits, sends } = await play([response(503), refused, response(502)]);
    expect(sends).toBe(3);
    // random 0.5 of the 1 s, then 2 s ceilings.
    expect(waits).toEqual([500, 1000]);
    expect(log).toEqual([
      'upload-file: attempt 1 of 3 failed (HTTP 503); retrying in 0.5 s.',
      'upload-file: attempt 2 of 3 failed (connection refused (ECONNREFUSED)); retrying in 1.0 s.',
    ]);
  });

  it('returns the last answer, or the last network error, after max attempts', async () => {
    const last = await play([response(503)], { maxAttempts: 4 });
    expect(last.sends).toBe(4);
    expect((last.outcome as HttpResponse).status).toBe(503);
    expect(last.log).toHaveLength(3);
    const network = await play([refused], { maxAttempts: 2 });
    expect(network.sends).toBe(2);
    expect(network.outcome).toBe(refused);
  });

  it('makes exactly one attempt when max-attempts is 1', async () => {
    const { sends, waits } = await play([response(503)], { maxAttempts: 1 });
    expect(sends).toBe(1);
    expect(waits).toEqual([]);
  });

  it('honours Retry-After on a 503 instead of its own backoff', async () => {
    const { waits, log } = await play([
      response(503, { 'retry-after': 'Sun, 01 Jun 2025 12:00:07 GMT' }),
      response(201),
    ]);
    expect(waits).toEqual([7000]);
    expect(log).toEqual(['upload-file: attempt 1 of 3 failed (HTTP 503); retrying in 7.0 s.']);
  });

  it('waits the documented 2 minutes on a 429 without Retry-After, and says why', async () => {
    const { waits, log, sends } = await play([response(429), response(201)]);
    expect(RATE_LIMIT_WAIT_MS).toBe(120_000);
    expect(waits).toEqual([120_000]);
    expect(sends).toBe(2);
    expect(log).toEqual([
      'upload-file: attempt 1 of 3 failed (HTTP 429 (rate limited: Streampixel allows one upload per 2 minutes per user, no Retry-After given)); retrying in 120.0 s.',
    ]);
  });

  it('on a 429 without Retry-After from a server whose limit is unknown, backs off as usual', async () => {
    const { waits, log } = await play([response(429), response(200)], {
      label: 'file-url check',
      rateLimitWaitMs: undefined,
    });
    expect(waits).toEqual([500]);
    expect(log).toEqual([
      'file-url check: attempt 1 of 3 failed (HTTP 429 (rate limited)); retrying in 0.5 s.',
    ]);
  });

  it('waits what Retry-After says on a 429', async () => {
    const { waits, log } = await play([response(429, { 'retry-after': '3' }), response(201)]);
    expect(waits).toEqual([3000]);
    expect(log).toEqual([
      'upload-file: attempt 1 of 3 failed (HTTP 429 (rate limited)); retrying in 3.0 s.',
    ]);
  });

  it('waits up to 120 s, and gives up at once on a longer Retry-After, saying so', async () => {
    expect(MAX_WAIT_MS).toBe(120_000);
    const atCap = await play([response(503, { 'retry-after': '120' }), response(201)]);
    expect(atCap.waits).toEqual([120_000]);
    const over = await play([response(429, { 'retry-after': '121' }), response(201)]);
    expect(over.sends).toBe(1);
    expect(over.waits).toEqual([]);
    expect((over.outcome as HttpResponse).status).toBe(429);
    expect(over.log).toEqual([
      'upload-file: HTTP 429; the server asks to wait 121 s, longer than the 120 s this action waits: giving up.',
    ]);
  });

  it('falls back to its own wait when Retry-After is unreadable', async () => {
    const { waits } = await play([response(503, { 'retry-after': '-1' }), response(201)]);
    expect(waits).toEqual([500]);
  });

  it('lets anything but a network error through at once (a bug is not retried)', async () => {
    let sends = 0;
    const outcome = await sendWithRetries(
      { method: 'GET', url: 'http://127.0.0.1:1/', timeoutMs: 10, maxBodyBytes: 1 },
      { maxAttempts: 3, idempotent: true, label: 'x', log: () => undefined, sleep: async () => {} },
      async () => {
        sends++;
        throw new TypeError('bug');
      },
    ).catch((err: unknown) => err);
    expect(outcome).toBeInstanceOf(TypeError);
    expect(sends).toBe(1);
  });

  it.each([
    [[response(504), response(201)], 'HTTP 504', 1],
    [[response(502), response(201)], 'HTTP 502', 1],
    [[response(503), response(504), response(201)], 'HTTP 504', 2],
    [[refused, timeoutSent, response(201)], 'no complete answer within the time limit', 2],
    [[resetSent, response(201)], 'connection reset (ECONNRESET)', 1],
  ])(
    'stops an upload at the first answer that means it may have landed (a gateway may have passed it on): %#',
    async (script, answer, sends) => {
      const played = await play(script);
      expect(played.ambiguous).toBe(answer);
      expect(played.sends).toBe(sends);
      expect(played.outcome).toBe(script[sends - 1]);
    },
  );

  it.each([
    ['a GET, safe to repeat', [response(504), response(200)], { idempotent: true }],
    ['a refusal', [response(500)], {}],
    ['an upload refused before it was sent, or rate limited', [refused, response(429)], {}],
  ])('is not ambiguous after %s', async (_name, script, options: Partial<RetryOptions>) => {
    const { ambiguous } = await play(script, options);
    expect(ambiguous).toBeUndefined();
  });

  it('writes one debug line per attempt: status or error, and timing', async () => {
    const debug: string[] = [];
    const { sends } = await play([response(503), refused, { ...response(201), truncated: true }], {
      trace: { what: 'POST http://127.0.0.1:1/x', debug: (l) => debug.push(l) },
    });
    expect(sends).toBe(3);
    expect(debug).toEqual([
      'POST http://127.0.0.1:1/x → HTTP 503 in 1 ms',
      expect.stringMatching(
        /^POST http:\/\/127\.0\.0\.1:1\/x → connection refused \(ECONNREFUSED\) after \d+ ms$/,
      ),
      'POST http://127.0.0.1:1/x → HTTP 201 in 1 ms (body cut)',
    ]);
  });

  it('never waits longer than the worst case the README states', async () => {
    // max-attempts × timeout + (max-attempts − 1) × 120 s: every wait is at most 120 s.
    const { waits } = await play([response(429)], { maxAttempts: 10, random: () => 0.999999 });
    expect(waits).toHaveLength(9);
    expect(Math.max(...waits)).toBeLessThanOrEqual(120_000);
    const backoff = await play([response(503)], { maxAttempts: 10, random: () => 0.999999 });
    expect(Math.max(...backoff.waits)).toBeLessThanOrEqual(120_000);
  });
});
