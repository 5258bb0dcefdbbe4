/**
 * The built action (dist/index.js), run as the runner runs it, against real
 * servers on 127.0.0.1 that fail, stall, lie and attack. Each case checks what
 * a user sees, how long it took, how many requests the servers got, and that
 * neither the API key nor the presigned URL's signature shows anywhere.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionRun, runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, type Handler, type StandIn } from '../demo/stand-in.js';
import {
  baseInputs,
  expectNoSecrets,
  queueThenAnswer504,
  SIGNATURE,
  STATUS_ROUTE,
  throwOnPost,
  uploadsOf,
  useStandIn,
  visibleText,
} from './helpers.js';
import {
  closeAll,
  drip,
  flood,
  json,
  refusingOrigin,
  startHttp,
  startRaw,
  type Loopback,
} from './loopback.js';

const KEY = DEMO_ACCOUNT.apiKey;
const UPLOAD = '665a2b3c4d5e6f7a8b9c0e1f';
/** Node's start-up and the stand-in's round trips, on a loaded 2-core runner. */
const SLACK_MS = 2500;

const start = useStandIn();
afterEach(closeAll);

function run(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  // A hang is a failed test, not a hung suite.
  return runAction(inputs, { env, killAfterMs: 20_000 });
}

/** The stand-in answers `route` with `answers[n - 1]`; past the end, as usual. */
function answerInTurn(s: StandIn, route: string, ...answers: Handler[]): void {
  let n = 0;
  s.override(route, (req, res, body) => {
    const answer = answers[n++];
    return answer ? answer(req, res, body) : false;
  });
}

const uploads = uploadsOf;
const warnings = (r: ActionRun) => r.annotations.filter((a) => a.level === 'warning');
/** The flow's own resend after an answer that may have been passed on (not a retry). */
const RESEND = 'No upload of this file is listed: sending upload-file again.';
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error');

/** Exactly one error annotation, and what it says. */
function theError(r: ActionRun): { title: string; message: string } {
  const found = errors(r);
  expect(found).toHaveLength(1);
  return { title: found[0]?.title ?? '', message: found[0]?.message ?? '' };
}

/** Failed the way a user should see it: exit 1, one annotation, status failed, a summary. */
function expectFailed(r: ActionRun): { title: string; message: string } {
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('failed');
  expect(r.summary).toContain('Streampixel deploy failed');
  expectNoStackTrace(r);
  return theError(r);
}

function expectNoStackTrace(r: ActionRun): void {
  // The unexpected-error path may put a stack in a ::debug:: line, which the runner hides.
  const shown = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .join('\n');
  expect(`${shown}\n${r.stderr}`).not.toMatch(/\bat .+:\d+:\d+\)?$|node:internal|Error: /m);
  expect(r.stderr).toBe('');
}

/**
 * No secret in anything a person or a later step sees, in any form a reader
 * could undo: as is, URL-encoded, Markdown- or HTML-escaped, split by
 * invisible characters, or a dozen characters of it left by a cut.
 */
function expectNothingLeaks(r: ActionRun): void {
  expectNoSecrets(r, [KEY, SIGNATURE, DEMO_ACCOUNT.userId]);
  const undone = visibleText(r)
    .replace(/[\u200b-\u200f\u2060-\u2064\ufeff]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
  for (const secret of [KEY, SIGNATURE]) {
    for (let i = 0; i + 12 <= secret.length; i++)
      expect(undone).not.toContain(secret.slice(i, i + 12));
  }
  expect(undone).not.toContain(DEMO_ACCOUNT.userId);
}

/** Took no longer than a run with nothing to wait for (plus what it had to wait). */
function expectQuick(r: ActionRun, waitedMs = 0): void {
  expect(r.durationMs).toBeLessThan(waitedMs + SLACK_MS);
}

const retryLines = (r: ActionRun): string[] =>
  r.log.split('\n').filter((l) => / failed \(.*\); retrying in /.test(l));

describe('the network fails', () => {
  it('connection refused: retried, then "unreachable", nothing said to be queued', async () => {
    const s = await start();
    const api = `${await refusingOrigin()}/pixelStripeApi`;
    const r = await run(baseInputs(s, { 'api-url': api, 'max-attempts': '3' }));
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel unreachable');
    expect(error.message).toContain('failed: connection refused (ECONNREFUSED).');
    expect(error.message).not.toMatch(/queued/);
    expect(retryLines(r)).toEqual([
      expect.stringMatching(
        /^upload-file: attempt 1 of 3 failed \(connection refused \(ECONNREFUSED\)\); retrying in (0\.\d|1\.0) s\.$/,
      ),
      expect.stringMatching(/^upload-file: attempt 2 of 3 failed .*; retrying in [0-2]\.\d s\.$/),
    ]);
    // The project read before sending failed the same way: retried, then only a warning.
    expect(warnings(r).map((w) => w.title)).toEqual(['Project not read before sending']);
    expect(r.log).toContain('Status check failed: ');
    expect(s.requests.map((q) => q.path)).toEqual(['/files/Game.zip', '/files/Game.zip']);
    expect(r.durationMs).toBeLessThan(3000 + SLACK_MS);
    expectNothingLeaks(r);
  });

  it('a file server that accepts and never answers: cut at timeout-seconds, retried (a GET)', async () => {
    const s = await start();
    const stall = await startRaw(() => undefined);
    const r = await run(
      baseInputs(s, {
        'file-url': `${stall.origin}/Game.zip?X-Amz-Signature=${SIGNATURE}`,
        'timeout-seconds': '0.5',
        'max-attempts': '2',
      }),
    );
    const error = expectFailed(r);
    expect(error.title).toBe('file-url unreachable');
    expect(error.message).toContain('no complete answer within the time limit');
    expect(stall.connections).toBe(2);
    expect(s.requests).toEqual([]);
    expect(r.durationMs).toBeGreaterThanOrEqual(1000);
    expect(r.durationMs).toBeLessThan(1000 + 1000 + SLACK_MS);
    expectNothingLeaks(r);
  });

  it('upload-file read and never answered: cut at timeout-seconds, the project read, sent once more, "may be queued"', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', () => undefined);
    const r = await run(baseInputs(s, { 'timeout-seconds': '0.5', 'max-attempts': '2' }));
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel: no answer after the request was sent');
    expect(error.message).toContain(
      'no complete answer within the time limit. The request was sent, so the build may already be queued.',
    );
    expect(error.message).toMatch(/dashboard before re-running/);
    // Never re-sent blind: each resend follows a read that lists no new upload of this file.
    expect(s.requests.map((q) => `${q.method} ${q.path}`).slice(2)).toEqual([
      STATUS_ROUTE,
      'POST /projects/upload-file',
      STATUS_ROUTE,
      'POST /projects/upload-file',
      STATUS_ROUTE,
    ]);
    expect(r.log).toContain(
      'upload-file: no complete answer within the time limit, which a gateway may give after passing the request on. Reading the project before sending again',
    );
    expect(r.log).toContain(RESEND);
    expect(retryLines(r)).toEqual([]);
    expect(r.durationMs).toBeGreaterThanOrEqual(1000);
    expect(r.durationMs).toBeLessThan(1000 + SLACK_MS);
    expect(r.summary).toContain('may already be queued');
    expectNothingLeaks(r);
  });

  it('upload-file answered with headers and then one byte a second: cut at timeout-seconds', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) => drip(res, 201));
    const r = await run(baseInputs(s, { 'timeout-seconds': '1.2', 'max-attempts': '1' }));
    const error = expectFailed(r);
    expect(error.message).toContain('may already be queued');
    expect(uploads(s)).toBe(1);
    expect(r.durationMs).toBeGreaterThanOrEqual(1200);
    expect(r.durationMs).toBeLessThan(1200 + SLACK_MS);
    expectNothingLeaks(r);
  });

  it('a file-url that drips its bytes is cut at timeout-seconds', async () => {
    const s = await start();
    s.override('GET /files/Game.zip', (_req, res) => drip(res, 206));
    const r = await run(baseInputs(s, { 'timeout-seconds': '1', 'max-attempts': '1' }));
    expect(expectFailed(r).title).toBe('file-url unreachable');
    expect(s.requests).toHaveLength(1);
    expect(r.durationMs).toBeGreaterThanOrEqual(1000);
    expect(r.durationMs).toBeLessThan(1000 + SLACK_MS);
  });

  it('an api-url that does not speak TLS: retried, "unreachable", never a crash', async () => {
    // An https api-url after an http file-url once crashed: one agent served both schemes.
    const s = await start();
    const r = await run(
      baseInputs(s, { 'api-url': s.apiUrl.replace('http:', 'https:'), 'max-attempts': '2' }),
    );
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel unreachable');
    expect(error.message).toContain('TLS handshake failed');
    expect(error.message).not.toMatch(/queued/);
    expect(retryLines(r)).toHaveLength(1);
    expect(s.requests.map((q) => q.path)).toEqual(['/files/Game.zip', '/files/Game.zip']);
    expectQuick(r, 1000);
    expectNothingLeaks(r);
  });

  /** A server on api-url that answers in SMTP, not HTTP; records each request's first line. */
  async function smtpApi(): Promise<{
    origin: string;
    lines: string[];
    connections: () => number;
  }> {
    const lines: string[] = [];
    const server = await startRaw((socket) => {
      socket.once('data', (data: Buffer) => {
        const [method, target = ''] = data.toString('latin1').split(' ');
        lines.push(`${method} ${target.replace(/\?.*/, '')}`);
        socket.end('220 mail.example ESMTP ready\r\n');
      });
    });
    return { origin: server.origin, lines, connections: () => server.connections };
  }

  it('an api-url that answers but not in HTTP: read up to max-attempts, upload-file sent once, "may be queued"', async () => {
    const s = await start();
    const api = await smtpApi();
    const r = await run(baseInputs(s, { 'api-url': `${api.origin}/pixelStripeApi` }));
    const error = expectFailed(r);
    // The upload got no HTTP answer, so it may have got through: the project cannot be reread either.
    expect(error.title).toBe('Streampixel: no answer after the request was sent');
    expect(error.message).toContain('the answer is not valid HTTP');
    expect(error.message).toContain('may already be queued');
    // Not a refusal: the read before sending only warns, and the upload goes ahead, once.
    expect(warnings(r).map((w) => w.title)).toEqual(['Project not read before sending']);
    const status = `GET /pixelStripeApi/projects/${DEMO_ACCOUNT.projectId}`;
    expect(api.lines.filter((l) => l === 'POST /pixelStripeApi/projects/upload-file')).toHaveLength(
      1,
    );
    expect(api.lines.slice(0, 3)).toEqual(Array(3).fill(status));
    expect(r.log).not.toContain(RESEND);
    expect(s.requests).toHaveLength(2);
    expectQuick(r);
    expectNothingLeaks(r);
  });

  // After an upload-file that got no HTTP answer, the project read that follows fails too:
  // the upload's own error stands, saying the build may already be queued.
  it('an upload-file with no answer, then an unreadable project: still "may be queued"', async () => {
    const s = await start();
    const api = await smtpApi();
    const r = await run(baseInputs(s, { 'api-url': `${api.origin}/pixelStripeApi` }));
    const error = expectFailed(r);
    expect(error.message).toContain('may already be queued');
    expect(r.summary).toContain('may already be queued');
  });

  it('an upload-file answered not in HTTP: not repeated blind, "may be queued"', async () => {
    const s = await start();
    // The project is read through a gateway that speaks HTTP; the upload's answer is garbage.
    const project = JSON.stringify({ _id: DEMO_ACCOUNT.projectId, files: [] });
    const garbage = await startRaw((socket) => {
      socket.on('data', (data: Buffer) => {
        if (data.toString('latin1').startsWith('GET '))
          socket.write(
            `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(project)}\r\n\r\n${project}`,
          );
        else socket.end('220 mail.example ESMTP ready\r\n');
      });
    });
    const r = await run(
      baseInputs(s, { 'api-url': `${garbage.origin}/pixelStripeApi`, 'max-attempts': '1' }),
    );
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel: no answer after the request was sent');
    expect(error.message).toContain('upload-file to');
    expect(error.message).toContain('the answer is not valid HTTP');
    expect(error.message).toContain('may already be queued');
    expect(r.log).toContain('Reading the project before sending again');
    expect(r.log).not.toContain(RESEND);
    expect(s.requests).toHaveLength(2);
    expectQuick(r);
    expectNothingLeaks(r);
  });
});

describe('the server fails, then recovers', () => {
  it('HTTP 503, then success: retried once (a 503 was not passed on)', async () => {
    const s = await start();
    answerInTurn(s, 'POST /projects/upload-file', (_req, res) =>
      json(res, 503, { message: 'upstream trouble' }),
    );
    const r = await run(baseInputs(s, { 'max-attempts': '2' }));
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('queued');
    expect(r.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
    expect(uploads(s)).toBe(2);
    expect(retryLines(r)).toEqual([
      expect.stringMatching(
        /^upload-file: attempt 1 of 2 failed \(HTTP 503\); retrying in (0\.\d|1\.0) s\.$/,
      ),
    ]);
    expect(r.log).not.toContain('Reading the project before sending again');
    expect(r.durationMs).toBeLessThan(1000 + SLACK_MS);
    expectNothingLeaks(r);
  });

  it.each([502, 504])(
    'HTTP %d that did not queue, then success: the project read, then sent once more',
    async (status) => {
      const s = await start();
      answerInTurn(s, 'POST /projects/upload-file', (_req, res) =>
        json(res, status, { message: 'upstream trouble' }),
      );
      const r = await run(baseInputs(s, { 'max-attempts': '2' }));
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('queued');
      expect(r.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
      expect(r.outputs['upload-id']).toBe(s.files[0]?._id);
      expect(s.files).toHaveLength(1);
      expect(uploads(s)).toBe(2);
      // A gateway's 502/504 may have passed it on: the project is read before sending again.
      expect(r.log).toContain(
        `upload-file: HTTP ${status}, which a gateway may give after passing the request on. Reading the project before sending again, so the build is not queued twice…`,
      );
      expect(r.log).toContain(RESEND);
      expect(r.log).not.toContain('Streampixel did queue it');
      expect(retryLines(r)).toEqual([]);
      const paths = s.requests.map((q) => `${q.method} ${q.path}`).slice(2);
      expect(paths).toEqual([
        STATUS_ROUTE,
        'POST /projects/upload-file',
        STATUS_ROUTE,
        'POST /projects/upload-file',
      ]);
      expect(r.durationMs).toBeLessThan(1000 + SLACK_MS);
      expectNothingLeaks(r);
    },
  );

  it('exactly one build per run whatever the gateway does: a 504 to a queued upload is adopted', async () => {
    // The stand-in queues the first upload-file (rate limit and all); the gateway answers 504.
    const s = await start();
    queueThenAnswer504(s);
    const r = await run(baseInputs(s, { 'max-attempts': '3' }));
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('queued');
    expect(s.files).toHaveLength(1);
    const queued = s.files[0]?._id ?? '';
    expect(r.outputs['upload-id']).toBe(queued);
    expect(uploads(s)).toBe(1);
    expect(r.log).toContain(
      'upload-file: HTTP 504, which a gateway may give after passing the request on. Reading the project before sending again, so the build is not queued twice…',
    );
    expect(r.log).toContain(
      `Streampixel did queue it: upload ${queued} ("Downloading Files") is this file, so nothing more is sent.`,
    );
    expect(r.log).toContain(`Streampixel accepted the build as upload ${queued}.`);
    expect(r.log).not.toContain(RESEND);
    expect(r.summary).toContain(queued);
    expect(errors(r)).toEqual([]);
    expect(retryLines(r)).toEqual([]);
    expectQuick(r);
    expectNothingLeaks(r);
  });

  it('HTTP 500 on upload-file: not repeated; the error says the build may be queued', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) =>
      json(res, 500, { message: 'Internal server error' }),
    );
    const r = await run(baseInputs(s, { 'max-attempts': '3' }));
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel: server error');
    expect(error.message).toContain(
      'Streampixel failed to answer upload-file (HTTP 500: "Internal server error"). The request was sent, so the build may already be queued.',
    );
    expect(error.message).toContain('before re-running');
    expect(uploads(s)).toBe(1);
    expect(retryLines(r)).toEqual([]);
    expect(r.outputs.message).toBe('Internal server error');
    expectQuick(r);
    expectNothingLeaks(r);
  });

  it('HTTP 504, then 429 to the resend: final, the first request may have got through', async () => {
    const s = await start();
    answerInTurn(
      s,
      'POST /projects/upload-file',
      (_req, res) => json(res, 504, { message: 'gateway timeout' }),
      (_req, res) => json(res, 429, { message: 'Rate limit exceeded. Try again in 2 minutes.' }),
    );
    const r = await run(baseInputs(s, { 'max-attempts': '3' }));
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel: the first request may have got through');
    expect(error.message).toContain(
      'sending it again got HTTP 429 (one upload or distribute per 2 minutes per user): the first request probably got through',
    );
    expect(error.message).toContain('Nothing more was sent.');
    expect(error.message).toContain('before re-running: a re-run may queue the build twice');
    expect(error.message).not.toMatch(/Wait 2 minutes and re-run/);
    expect(r.log).toContain(RESEND);
    // Not retried after the 429, though max-attempts allows a third.
    expect(uploads(s)).toBe(2);
    expect(retryLines(r)).toEqual([]);
    expectQuick(r, 1000);
    expectNothingLeaks(r);
  });

  it('429 with Retry-After in seconds, then success', async () => {
    const s = await start();
    answerInTurn(s, 'POST /projects/upload-file', (_req, res) =>
      json(res, 429, { message: 'Rate limit exceeded.' }, { 'retry-after': '1' }),
    );
    const r = await run(baseInputs(s));
    expect(r.exitCode).toBe(0);
    expect(uploads(s)).toBe(2);
    expect(retryLines(r)).toEqual([
      'upload-file: attempt 1 of 3 failed (HTTP 429 (rate limited)); retrying in 1.0 s.',
    ]);
    expect(r.durationMs).toBeGreaterThanOrEqual(1000);
    expect(r.durationMs).toBeLessThan(1000 + SLACK_MS);
  });

  it('429 with Retry-After as an HTTP date, then success', async () => {
    const s = await start();
    answerInTurn(s, 'POST /projects/upload-file', (_req, res) =>
      json(
        res,
        429,
        { message: 'Rate limit exceeded.' },
        { 'retry-after': new Date(Date.now() + 2000).toUTCString() },
      ),
    );
    const r = await run(baseInputs(s));
    expect(r.exitCode).toBe(0);
    expect(uploads(s)).toBe(2);
    expect(retryLines(r)).toEqual([
      expect.stringMatching(
        /^upload-file: attempt 1 of 3 failed \(HTTP 429 \(rate limited\)\); retrying in [12]\.\d s\.$/,
      ),
    ]);
    expect(r.durationMs).toBeGreaterThanOrEqual(1000);
    expect(r.durationMs).toBeLessThan(2000 + SLACK_MS);
  });

  it('429 without Retry-After at max-attempts 1: fails at once with the 2-minute rule', async () => {
    // The 2-minute wait itself is checked with an injected sleep in client.test.ts.
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) =>
      json(res, 429, { message: 'Rate limit exceeded. Try again in 2 minutes.' }),
    );
    const r = await run(baseInputs(s, { 'max-attempts': '1' }));
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel: rate limit');
    expect(error.message).toMatch(/one upload or distribute request per 2 minutes per user/);
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });

  it('a Retry-After over 2 minutes: gives up at once and says why', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) =>
      json(res, 429, { message: 'Rate limit exceeded.' }, { 'retry-after': '7200' }),
    );
    const r = await run(baseInputs(s, { 'max-attempts': '3' }));
    expect(expectFailed(r).title).toBe('Streampixel: rate limit');
    expect(r.log).toContain(
      'upload-file: HTTP 429; the server asks to wait 7200 s, longer than the 120 s this action waits: giving up.',
    );
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });
});

describe('redirects are not followed', () => {
  let elsewhere: Loopback;
  const startElsewhere = async (): Promise<Loopback> =>
    (elsewhere = await startHttp((_req, res) => json(res, 200, {})));

  it('api-url redirecting to another origin: that origin receives nothing', async () => {
    const s = await start();
    await startElsewhere();
    s.override('POST /projects/upload-file', (_req, res) => {
      res.writeHead(307, {
        location: `${elsewhere.origin}/collect/upload-file?apiKey=${KEY}&sig=${SIGNATURE}`,
      });
      res.end();
    });
    const r = await run(baseInputs(s));
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel: api-url redirects');
    expect(error.message).toContain(
      `api-url answered HTTP 307, redirecting to ${elsewhere.origin}/collect/upload-file?…. Redirects are not followed`,
    );
    expect(error.message).not.toMatch(/apiKey=|sig=/);
    expect(uploads(s)).toBe(1);
    expect(elsewhere.connections).toBe(0);
    expectNothingLeaks(r);
  });

  it('a redirecting file-url fails, explaining that Streampixel needs a direct link', async () => {
    const s = await start();
    await startElsewhere();
    s.override('GET /files/Game.zip', (_req, res) => {
      res.writeHead(302, {
        location: `${elsewhere.origin}/b/Game.zip?X-Amz-Signature=${SIGNATURE}`,
      });
      res.end();
    });
    const r = await run(baseInputs(s));
    const error = expectFailed(r);
    expect(error.title).toBe('file-url redirects');
    expect(error.message).toContain(`HTTP 302, redirecting to ${elsewhere.origin}/b/Game.zip?…`);
    expect(error.message).toContain('Streampixel needs a direct download link');
    expect(s.requests.map((q) => q.path)).toEqual(['/files/Game.zip']);
    expect(elsewhere.connections).toBe(0);
    expectNothingLeaks(r);
  });

  it('a redirect whose Location cannot be read is still a clean redirect error', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) => {
      res.writeHead(302, { location: 'http://[::1' });
      res.end();
    });
    const r = await run(baseInputs(s));
    expect(expectFailed(r).title).toBe('Streampixel: api-url redirects');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });
});

describe('hostile bodies', () => {
  it('a multi-megabyte error fills neither memory nor the log', async () => {
    const s = await start();
    const total = 64 * 1024 * 1024;
    let flow: { accepted: () => number } | undefined;
    s.override('POST /projects/upload-file', (_req, res) => {
      flow = flood(res, 500, { 'content-type': 'application/json' }, total, '{"message":"', 'A');
    });
    const r = await run(baseInputs(s));
    const error = expectFailed(r);
    expect(error.message).toMatch(/HTTP 500: "\{"message":"A+…"\)/);
    expect(error.message.length).toBeLessThan(1000);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThan(2000);
    expect(r.summary.length).toBeLessThan(10_000);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(20_000);
    expect(flow?.accepted()).toBeLessThan(total / 2);
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });

  it('a file server that ignores the range and sends the whole (huge) file: 4 bytes read', async () => {
    const s = await start();
    const total = 64 * 1024 * 1024;
    let flow: { accepted: () => number } | undefined;
    s.override('GET /files/Game.zip', (_req, res) => {
      flow = flood(
        res,
        200,
        { 'content-type': 'application/zip', 'content-length': total },
        total,
        'PK\u0003\u0004',
      );
    });
    const r = await run(baseInputs(s));
    expect(r.exitCode).toBe(0);
    expect(r.log).toContain('is a zip archive (64.0 MiB)');
    expect(flow?.accepted()).toBeLessThan(total / 2);
    expect(s.requests.map((q) => q.path)).toEqual([
      '/files/Game.zip',
      `/projects/${DEMO_ACCOUNT.projectId}`,
      '/projects/upload-file',
    ]);
    expectQuick(r);
  });

  it("a proxy's HTML error page reads as its status and a short clean excerpt", async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(
        '<html>\r\n<head><title>502 Bad Gateway</title><style>h1{x:1}</style></head>\r\n' +
          '<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n' +
          '<script>throw new Error("x")</script></body>\r\n</html>\r\n',
      );
    });
    const r = await run(baseInputs(s, { 'max-attempts': '1' }));
    const error = expectFailed(r);
    expect(error.title).toBe('Streampixel: server error');
    expect(error.message).toContain('(HTTP 502: "502 Bad Gateway 502 Bad Gateway nginx").');
    expect(error.message).not.toMatch(/[<>]|throw/);
    expect(r.outputs.message).toBe('502 Bad Gateway 502 Bad Gateway nginx');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });

  it('a web page answering 200 to upload-file is not reported as a queued build', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Log in</title>');
    });
    const r = await run(baseInputs(s));
    expect(expectFailed(r).title).toBe('Streampixel: api-url is not the API');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });
});

describe('no secret anywhere', () => {
  /** The request body and the key, echoed raw, encoded, and split by characters the cleaning removes. */
  const echo = (body: string): string =>
    `You sent ${body} (${encodeURIComponent(body)}); key ${KEY.slice(0, 9)}\u200b${KEY.slice(9)}, ` +
    `sig ${SIGNATURE.slice(0, 5)}\u001b[0m${SIGNATURE.slice(5)}`;

  it('an error that echoes the request back, in its message and headers', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res, body) =>
      json(
        res,
        400,
        { message: `${'x'.repeat(150)} ${echo(body)}` },
        { 'x-echo': encodeURIComponent(body) },
      ),
    );
    const r = await run(baseInputs(s));
    const error = expectFailed(r);
    expect(error.message).toContain('***');
    expect(r.outputs.message).toContain('***');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
    expectNothingLeaks(r);
  });

  it('an accepted upload that echoes the request back: log, message output and summary', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res, body) =>
      json(res, 201, { message: echo(body), uploadId: UPLOAD }),
    );
    const r = await run(baseInputs(s));
    expect(r.exitCode).toBe(0);
    expect(r.outputs['upload-id']).toBe(UPLOAD);
    expect(r.outputs.message).toContain('***');
    expect(r.summary).toContain('Streampixel said');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
    expectNothingLeaks(r);
  });

  it('a redirect whose Location carries the key and the signature in its path', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res, body) => {
      res.writeHead(308, {
        location: `http://127.0.0.1:9/${KEY}/${SIGNATURE}/${DEMO_ACCOUNT.userId}?${encodeURIComponent(body)}`,
      });
      res.end();
    });
    const r = await run(baseInputs(s));
    expect(expectFailed(r).message).toContain('redirecting to http://127.0.0.1:9/***/***/***?…');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
    expectNothingLeaks(r);
  });

  it('a file server that echoes the signature in its content type', async () => {
    const s = await start();
    s.override('GET /files/Game.zip', (req, res) => {
      res.writeHead(200, { 'content-type': `text/html; charset=utf-8; from=${req.url}` });
      res.end('<html></html>');
    });
    const r = await run(baseInputs(s));
    expect(expectFailed(r).title).toBe('file-url is a web page');
    expect(s.requests).toHaveLength(1);
    expectQuick(r);
    expectNothingLeaks(r);
  });

  it('statuses and an objection that carry the key, while following the build', async () => {
    const s = await start({
      lifecycle: ['pending', `Downloading ${KEY}`, 'Reject'],
      objection: `Bad build; your key is ${KEY}, your URL ${SIGNATURE}`,
    });
    const r = await run(
      baseInputs(s, {
        wait: 'true',
        'poll-interval-seconds': '0.05',
        'wait-timeout-minutes': '0.5',
      }),
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rejected');
    expect(theError(r).message).toMatch(
      /Bad build; your key is \*\*\*, your URL (\*\*\*|\[opaque token removed\])/,
    );
    expect(r.summary).toContain('Timeline');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
    expectNothingLeaks(r);
  });
});

describe('server text cannot command the runner or the summary', () => {
  const PAYLOADS = [
    '::error::INJECTED-error',
    '::add-mask::INJECTED-mask',
    '::set-output name=status::INJECTED-output',
    '::stop-commands::INJECTEDtoken',
    '   ::warning::INJECTED-indented',
    '\t::notice::INJECTED-tab',
    'text ##[error]INJECTED-legacy',
    '##[set-output name=status;]INJECTED',
    '\r::error::INJECTED-cr',
    '\n::error::INJECTED-lf',
    '\r\n::error::INJECTED-crlf',
    '\u2028::error::INJECTED-ls',
    '\u0085::error::INJECTED-nel',
    '\u001b[2K\u001b[1G::error::INJECTED-ansi',
    '\u001b]8;;http://evil.example\u0007INJECTED-link\u001b]8;;\u0007',
  ];
  const HOSTILE = PAYLOADS.join('\n');
  const MARKDOWN =
    'INJECTED <img src=x onerror=alert(1)> [link](http://evil.example) | a | b | `code` <script>x</script>';

  /**
   * Every line the runner would read as a command (after trimming leading
   * whitespace it starts with `::`, or it holds `##[` anywhere; lines split on
   * \n, \r and \r\n) must be one of ours: written at column 0 by @actions/core,
   * an add-mask only before anything else, no title or mask from the server.
   */
  function expectOnlyOurCommands(r: ActionRun, expectedErrors: number): void {
    let started = false;
    for (const line of r.stdout.split(/\r\n|\r|\n/)) {
      expect(line).not.toContain('##[');
      const trimmed = line.replace(/^[\s\u0085]+/, '');
      if (!trimmed.startsWith('::')) {
        if (line.trim()) started = true;
        continue;
      }
      expect(line).toBe(trimmed);
      const [, command, props = ''] = /^::([a-z-]+)( [^:]*)?::/.exec(line) ?? [];
      expect(['add-mask', 'debug', 'error', 'warning', 'notice']).toContain(command);
      expect(props).not.toContain('INJECTED');
      if (command === 'add-mask' || command === 'debug') expect(line).not.toContain('INJECTED');
      if (command === 'add-mask') expect(started).toBe(false);
      else started = true;
    }
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u001b\r\u2028\u2029\u0085]/);
    expect(errors(r)).toHaveLength(expectedErrors);
    expect(r.annotations.filter((a) => a.level !== 'error')).toEqual([]);
    // artifact-bytes too, once the artifact check read the size.
    expect(
      Object.keys(r.outputs)
        .filter((k) => k !== 'artifact-bytes')
        .sort(),
    ).toEqual(['message', 'status', 'upload-id']);
  }

  /** Escaped: no tag, no link, no column added to a table, no code span from the server. */
  function expectInertSummary(summary: string): void {
    expect(summary).toContain('INJECTED');
    expect(summary).not.toMatch(/<img|<script|\]\(http:\/\/evil/);
    // eslint-disable-next-line no-control-regex
    expect(summary).not.toMatch(/[\u001b\u2028]/);
    let columns: number | undefined;
    for (const line of summary.split('\n')) {
      if (!line.startsWith('|')) {
        columns = undefined;
        continue;
      }
      const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0;
      columns ??= pipes;
      expect(pipes).toBe(columns);
    }
    for (const line of summary.split('\n').filter((l) => l.includes('INJECTED')))
      expect(line).not.toMatch(/(?<!\\)`/);
  }

  it('in an error message: one annotation, no command, an inert summary', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) =>
      json(res, 400, { message: `${HOSTILE}\n${MARKDOWN}` }),
    );
    const r = await run(baseInputs(s));
    expect(theError(r).title).toBe('Streampixel: request refused');
    expectOnlyOurCommands(r, 1);
    expectInertSummary(r.summary);
    expect(r.outputs.status).toBe('failed');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });

  it("in an accepted upload's message: the log line, the message output and the summary table", async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) =>
      json(res, 201, { message: `${MARKDOWN}\n${HOSTILE}`, uploadId: UPLOAD }),
    );
    const r = await run(baseInputs(s));
    expect(r.exitCode).toBe(0);
    expectOnlyOurCommands(r, 0);
    expectInertSummary(r.summary);
    expect(r.outputs.status).toBe('queued');
    expect(r.outputs.message).not.toMatch(/[\n\r\u2028]|::|##\[/);
    // Broken with a plain space, so a reader still sees what the server said.
    expect(r.outputs.message).toContain(': :error: :INJECTED-error');
    expect(r.outputs.message).toContain('text # #[error]INJECTED');
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });

  it('in the statuses and objection of a followed build', async () => {
    const s = await start({
      lifecycle: ['pending', ...PAYLOADS.slice(0, 8), MARKDOWN, 'Reject'],
      objection: `${HOSTILE}\n${MARKDOWN}`,
    });
    const r = await run(
      baseInputs(s, {
        wait: 'true',
        'poll-interval-seconds': '0.05',
        'wait-timeout-minutes': '0.5',
      }),
    );
    expect(r.outputs.status).toBe('rejected');
    expectOnlyOurCommands(r, 1);
    expectInertSummary(r.summary);
    expect(uploads(s)).toBe(1);
    expectQuick(r);
  });

  it('in a redirect Location and a content type', async () => {
    const s = await start();
    s.override('GET /files/Game.zip', (_req, res) => {
      res.writeHead(200, { 'content-type': `text/html; x="::error::INJECTED ##[error]INJECTED"` });
      res.end('<p>hi</p>');
    });
    const first = await run(baseInputs(s));
    expectOnlyOurCommands(first, 1);
    expect(uploads(s)).toBe(0);
    expectQuick(first);
    s.override('GET /files/Game.zip', () => false);
    s.override('POST /projects/upload-file', (_req, res) => {
      res.writeHead(302, {
        location: '/::error::INJECTED/##[error]INJECTED/%0A::warning::INJECTED',
      });
      res.end();
    });
    const second = await run(baseInputs(s, { 'check-file-url': 'false' }));
    expect(theError(second).title).toBe('Streampixel: api-url redirects');
    expectOnlyOurCommands(second, 1);
    expect(uploads(s)).toBe(1);
    expectQuick(second);
  });
});

describe('debug mode', () => {
  it.each([
    ['RUNNER_DEBUG', '1'],
    ['ACTIONS_STEP_DEBUG', 'true'],
  ])(
    '%s=%s: method, URL without query, status and timing; never a body or the key',
    async (name, value) => {
      const s = await start({ lifecycle: ['pending', 'Downloading Files', 'Approved'] });
      answerInTurn(s, 'POST /projects/upload-file', (_req, res) =>
        json(res, 503, { message: 'BODY-TEXT-503' }, { 'retry-after': '0' }),
      );
      const r = await run(
        baseInputs(s, {
          'max-attempts': '2',
          wait: 'true',
          'poll-interval-seconds': '0.05',
          'wait-timeout-minutes': '0.5',
        }),
        { [name]: value },
      );
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('approved');
      const debug = r.stdout
        .split('\n')
        .filter((l) => l.startsWith('::debug::'))
        .map((l) => l.slice('::debug::'.length));
      const origin = s.origin.replace(/\./g, '\\.');
      const project = DEMO_ACCOUNT.projectId;
      expect(debug[0]).toMatch(
        new RegExp(
          `^GET ${origin}/files/Game\\.zip\\?… \\(first 4 bytes\\) → HTTP 206 in \\d+ ms$`,
        ),
      );
      expect(debug[1]).toMatch(
        new RegExp(`^GET ${origin}/files/Game\\.zip\\?… \\(bytes 0-113\\) → HTTP 206 in \\d+ ms$`),
      );
      const status = new RegExp(
        `^GET ${origin}/pixelStripeApi/projects/${project}\\?… → HTTP 200 in \\d+ ms$`,
      );
      // The project is read before the upload.
      expect(debug[2]).toMatch(status);
      expect(debug[3]).toMatch(
        new RegExp(`^POST ${origin}/pixelStripeApi/projects/upload-file → HTTP 503 in \\d+ ms$`),
      );
      expect(debug[4]).toMatch(
        new RegExp(`^POST ${origin}/pixelStripeApi/projects/upload-file → HTTP 201 in \\d+ ms$`),
      );
      expect(debug.length).toBeGreaterThanOrEqual(7);
      for (const line of debug.slice(5))
        expect(line).toMatch(
          new RegExp(
            `^GET ${origin}/pixelStripeApi/projects/${project}\\?… → HTTP 200 in \\d+ ms$`,
          ),
        );
      expect(debug.join('\n')).not.toMatch(/BODY-TEXT|Build queued|apikey|apiKey|userId|\{/);
      expect(uploads(s)).toBe(2);
      expect(r.durationMs).toBeLessThan(SLACK_MS);
      expectNothingLeaks(r);
    },
  );
});

describe('an unexpected exception', () => {
  it('ends with one annotation, exit code 1, a summary and status failed; no stack, no key', async () => {
    const s = await start();
    // A bug stand-in: http.request throws for POSTs, with the key and a command in its message.
    const bug = throwOnPost(`simulated bug holding ${KEY}\n::error::INJECTED`);
    const r = await run(baseInputs(s), { NODE_OPTIONS: bug.nodeOptions });
    bug.remove();
    const error = expectFailed(r);
    expect(error.title).toBe('Unexpected error');
    expect(error.message).toContain(
      'streampixel-deploy failed unexpectedly: simulated bug holding ***',
    );
    expect(r.summary).toContain('Unexpected error');
    expect(uploads(s)).toBe(0);
    expectQuick(r);
    expectNothingLeaks(r);
  });

  it('even when the outputs file is what fails: one annotation, exit 1, a summary, no stack', async () => {
    const s = await start();
    const r = await run(baseInputs(s), { GITHUB_OUTPUT: join(tmpdir(), 'no-such-dir', 'output') });
    expect(r.exitCode).toBe(1);
    const error = theError(r);
    expect(error.title).toBe('Unexpected error');
    expect(error.message).toContain('Missing file at path');
    expect(r.summary).toContain('Unexpected error');
    expectNoStackTrace(r);
    expect(uploads(s)).toBe(1);
    expectQuick(r);
    expectNothingLeaks(r);
  });
});
