/**
 * A hostile Streampixel: a loopback API that sends back what it was sent (the
 * request body, or the key alone) in every encoding a reader could undo, in
 * every place the action reads, plus workflow commands. The built action (and
 * the built command line) must let no secret through in any decodable form,
 * register no mask, annotation or output from server text, and take no
 * encoded key for an upload ID.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { type ActionRun, ROOT, runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, type StandIn } from '../demo/stand-in.js';
import { afterFirstReads, SIGNATURE, useStandIn } from './helpers.js';
import { expectNoLeaks } from './leaks.js';

const KEY = DEMO_ACCOUNT.apiKey;
const SECRETS = [KEY, DEMO_ACCOUNT.userId, SIGNATURE];
const CLI = join(ROOT, 'dist', 'cli', 'index.js');

const start = useStandIn({ rateLimit: false });

/** A presigned-looking URL whose query holds a common word: `download` must never become a mask. */
const fileUrlOf = (s: StandIn): string =>
  s.fileUrl('Game.zip', `export=download&X-Amz-Signature=${SIGNATURE}`);

function inputsOf(s: StandIn, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'api-key': KEY,
    'user-id': DEMO_ACCOUNT.userId,
    'project-id': DEMO_ACCOUNT.projectId,
    'file-url': fileUrlOf(s),
    'api-url': s.apiUrl,
    'max-attempts': '1',
    ...extra,
  };
}

// --- the encodings ------------------------------------------------------------------------------

const bytesOf = (s: string): Buffer => Buffer.from(s, 'utf8');
const pct = (s: string, lower = false): string =>
  [...bytesOf(s)]
    .map((b) => `%${b.toString(16).padStart(2, '0')}`)
    .map((e) => (lower ? e : e.toUpperCase()))
    .join('');
/** Every 3 characters, then `sep` (so a line break, a space, an invisible character splits the text). */
const splitBy = (sep: string) => (s: string) => [...s].join('').replace(/(.{3})/gsu, `$1${sep}`);
const base64At = (shift: number, url: boolean) => (s: string) => {
  const b = Buffer.concat([Buffer.from('xyz'.slice(0, shift)), bytesOf(s)]);
  return b.toString(url ? 'base64url' : 'base64');
};

/** Named HTML entities for the punctuation of a key, a body, a URL. */
const NAMED: Record<string, string> = {
  _: 'lowbar',
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  ':': 'colon',
  ',': 'comma',
  '{': 'lcub',
  '}': 'rcub',
  '/': 'sol',
  '.': 'period',
  '=': 'equals',
  '?': 'quest',
  '-': 'hyphen',
};

const ENCODINGS: ReadonlyArray<readonly [name: string, encode: (s: string) => string]> = [
  ['verbatim', (s) => s],
  ['upper-cased', (s) => s.toUpperCase()],
  ['URL-encoded, upper hex', (s) => pct(s)],
  ['URL-encoded, lower hex', (s) => pct(s, true)],
  ['URL-encoded twice', (s) => encodeURIComponent(pct(s))],
  ['form-encoded', (s) => new URLSearchParams({ q: s }).toString().slice(2)],
  [
    'JSON \\u escapes',
    (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  ],
  ['HTML named entities', (s) => s.replace(/[_&<>":,{}/.=?-]/g, (c) => `&${NAMED[c] ?? 'amp'};`)],
  ['HTML decimal entities', (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('')],
  ['HTML hex entities', (s) => [...s].map((c) => `&#x${c.codePointAt(0)?.toString(16)};`).join('')],
  ...[0, 1, 2].map((n) => [`base64, ${n} byte(s) before`, base64At(n, false)] as const),
  ...[0, 1, 2].map((n) => [`base64url, ${n} byte(s) before`, base64At(n, true)] as const),
  ['hex', (s) => bytesOf(s).toString('hex')],
  ['split by line breaks', splitBy('\n')],
  ['split by spaces', splitBy(' ')],
  ['split by U+200B', splitBy('\u200b')],
  ['split by U+00AD', splitBy('\u00ad')],
  ['split by U+034F', splitBy('\u034f')],
  ['split by combining marks', splitBy('\u0301')],
  ['split by variation selectors', splitBy('\ufe0f')],
  ['split by tag characters', splitBy('\u{e0041}')],
  [
    'base64 of URL-encoded JSON',
    (s) => Buffer.from(encodeURIComponent(JSON.stringify({ echo: s }))).toString('base64'),
  ],
];

/** What the server repeats: the body it got, or the key alone. */
type Echo = 'body' | 'key';
const payloadOf = (echo: Echo, body: string): string => (echo === 'key' ? KEY : body);

/** Header values are Latin-1 on the wire: the UTF-8 bytes as they are, no line breaks. */
const asHeader = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

const jsonAnswer = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

// --- the carriers --------------------------------------------------------------------------------

type Carrier =
  | 'json message'
  | 'message of a 201'
  | 'html page'
  | 'headers'
  | 'uploadId'
  | 'status and objection';

/** Sets the stand-in up to carry `text(body)` the carrier's way; returns the inputs to add. */
function arm(s: StandIn, carrier: Carrier, text: (body: string) => string): Record<string, string> {
  switch (carrier) {
    case 'json message':
      s.override('POST /projects/upload-file', (_req, res, body) =>
        jsonAnswer(res, 400, { message: text(body) }),
      );
      return {};
    case 'message of a 201':
      // Accepted: the message becomes the `message` output and the summary's "Streampixel said".
      s.override('POST /projects/upload-file', (_req, _res, body) => {
        const id = 'a1b2c3d4e5f60718293a4b5c';
        jsonAnswer(_res, 201, { message: text(body), uploadId: id });
      });
      return {};
    case 'html page':
      s.override('POST /projects/upload-file', (_req, res, body) => {
        const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><pre>${text(body)}</pre></body></html>`;
        res.writeHead(502, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      });
      return {};
    case 'headers':
      s.override('POST /projects/upload-file', (_req, res, body) => {
        const value = asHeader(text(body)).replace(/[\r\n]/g, ' ');
        jsonAnswer(
          res,
          503,
          { message: 'Service unavailable' },
          { 'retry-after': value, 'x-echo': value, 'x-request-id': value, warning: value },
        );
      });
      return {};
    case 'uploadId':
      s.override('POST /projects/upload-file', (_req, res, body) =>
        jsonAnswer(res, 201, { message: 'Build queued for processing', uploadId: text(body) }),
      );
      return {};
    case 'status and objection': {
      let sent = '';
      s.override('POST /projects/upload-file', (_req, _res, body) => {
        sent = body;
        return false;
      });
      let reads = 0;
      afterFirstReads(s, (_req, res) => {
        reads++;
        const files = s.files.map((f) => ({
          _id: f._id,
          url: f.url,
          date: f.date,
          status: reads === 1 ? text(sent) : 'Reject',
          objection: reads === 1 ? '' : text(sent),
        }));
        jsonAnswer(res, 200, { _id: DEMO_ACCOUNT.projectId, name: 'Demo project', files });
      });
      return { wait: 'true', 'poll-interval-seconds': '0.05', 'wait-timeout-minutes': '0.5' };
    }
  }
}

// --- the checks ----------------------------------------------------------------------------------

/** Masks that would blank common words: the runner masks every occurrence, everywhere. */
const COMMON_WORDS = new Set(
  'download export upload file files game zip http https true false null pending approved reject status message error project signature amz expires x-amz-signature'.split(
    ' ',
  ),
);

/** Everything a person or a later step sees, as carriers for expectNoLeaks. */
function carriersOf(run: ActionRun): Record<string, string> {
  return {
    maskedLog: run.maskedLog,
    rawStdout: run.rawStdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    rawStderr: run.rawStderr,
    annotations: run.annotations.flatMap((a) => [a.title ?? '', a.message]).join('\n'),
    summary: run.summary,
    maskedSummary: run.maskedSummary,
    outputs: Object.entries(run.outputs)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  };
}

function expectSafeMasks(run: ActionRun): void {
  for (const mask of run.masks) {
    expect(mask.length).toBeGreaterThanOrEqual(8);
    expect(COMMON_WORDS.has(mask.toLowerCase())).toBe(false);
  }
  // The file URL's query holds `download`: it must still be readable in the log.
  expect(run.masks).not.toContain('download');
}

/** What a clean run (no hostile text) registers as masks: the reference for "no extra mask". */
let referenceMasks: string[] | undefined;
async function cleanMasks(): Promise<string[]> {
  if (!referenceMasks) {
    const { startStandIn } = await import('../demo/stand-in.js');
    const s = await startStandIn({ rateLimit: false });
    try {
      const run = await runAction(inputsOf(s), { stepDebug: true, killAfterMs: 20_000 });
      referenceMasks = run.masks;
    } finally {
      await s.close();
    }
  }
  return referenceMasks;
}

async function hostileRun(carrier: Carrier, text: (body: string) => string): Promise<ActionRun> {
  const s = await start();
  const extra = arm(s, carrier, text);
  // Step debug on: the debug lines (answers, headers) are shown too.
  return runAction(inputsOf(s, extra), { stepDebug: true, killAfterMs: 25_000 });
}

function expectNoInjection(run: ActionRun, masksBefore: string[]): void {
  // No mask from server text: only the masks of a clean run.
  for (const m of run.masks) expect(masksBefore).toContain(m);
  // No annotation written by the server: ours have titles, none is `x`.
  for (const a of run.annotations) {
    expect(a.message).not.toBe('x');
    expect(a.title ?? '').not.toBe('x');
  }
  expect(run.outputs['upload-id'] ?? '').not.toBe('x');
  expect(Object.values(run.outputs)).not.toContain('x');
  expect(run.runnerErrors).toEqual([]);
  // No stop-commands took effect: the action's own annotations still reach the runner.
  expect(run.log).not.toContain('::stop-commands::');
}

// --- the table -----------------------------------------------------------------------------------

const CARRIERS: Carrier[] = [
  'json message',
  'message of a 201',
  'html page',
  'headers',
  'uploadId',
  'status and objection',
];

const CASES: Array<
  [carrier: Carrier, echo: Echo, encoding: string, encode: (s: string) => string]
> = CARRIERS.flatMap((carrier) =>
  (carrier === 'uploadId' ? (['key'] as Echo[]) : (['body', 'key'] as Echo[])).flatMap((echo) =>
    ENCODINGS.map(([name, encode]) => [carrier, echo, name, encode] as const),
  ),
).map(([c, e, n, f]) => [c, e, n, f]);

async function echoCase(
  carrier: Carrier,
  echo: Echo,
  encode: (s: string) => string,
): Promise<void> {
  const run = await hostileRun(carrier, (body) => encode(payloadOf(echo, body)));

  expect(run.exitCode).not.toBeNull();
  expectNoLeaks(carriersOf(run), SECRETS);
  expectSafeMasks(run);
  if (carrier === 'uploadId') {
    // An encoding of the key is no upload ID: not used, not repeated.
    expect(run.outputs['upload-id'] ?? '').toBe('');
    expect(run.outputs.status).toBe('queued');
  }
}

describe('a server that echoes the request back, encoded', () => {
  it.each(CASES)(
    '%s: the %s, %s',
    async (carrier, echo, _name, encode) => echoCase(carrier, echo, encode),
    40_000,
  );
});

describe('an upload ID that is a secret in disguise', () => {
  const ID_SHAPED: Array<[name: string, id: string]> = [
    // 24 hex characters: the very shape of a Streampixel ID.
    ["hex of the key's first 12 bytes", Buffer.from(KEY).subarray(0, 12).toString('hex')],
    [
      "base64url of the key's first 18 bytes",
      Buffer.from(KEY).subarray(0, 18).toString('base64url'),
    ],
    ['the user ID', DEMO_ACCOUNT.userId],
    ['the user ID, upper-cased', DEMO_ACCOUNT.userId.toUpperCase()],
  ];

  it.each(ID_SHAPED)(
    '%s: not used, not repeated',
    async (_name, id) => {
      const run = await hostileRun('uploadId', () => id);

      expect(run.exitCode).toBe(0);
      expect(run.outputs.status).toBe('queued');
      expect(run.outputs['upload-id'] ?? '').toBe('');
      expectNoLeaks(carriersOf(run), SECRETS);
      expectSafeMasks(run);
    },
    40_000,
  );
});

describe('server text that carries workflow commands', () => {
  const INJECTED = [
    'Bad build',
    '::add-mask::download',
    '::error::x',
    '##[set-output name=upload-id]x',
    '::stop-commands::tok',
    '::error::x',
    'text ##[error]x',
    '::set-output name=status::x',
  ].join('\n');

  it.each(CARRIERS)(
    'in the %s: none takes effect',
    async (carrier) => {
      const masksBefore = await cleanMasks();
      const run = await hostileRun(carrier, () => INJECTED);

      expectNoInjection(run, masksBefore);
      expectSafeMasks(run);
      expectNoLeaks(carriersOf(run), SECRETS);
      if (carrier === 'uploadId') expect(run.outputs['upload-id'] ?? '').toBe('');
      if (carrier === 'uploadId' || carrier === 'message of a 201') {
        expect(run.outputs.status).toBe('queued');
        expect(run.exitCode).toBe(0);
        // The message output carries the text, but no command in a form the runner would act on.
        expect(run.outputs.message ?? '').not.toMatch(/^::|##\[/m);
      }
      // The failure is still annotated (a stop-commands token would have silenced it).
      else expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    },
    40_000,
  );
});

// --- the command line ----------------------------------------------------------------------------

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      STREAMPIXEL_API_KEY: KEY,
      STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId,
      STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS: '0.05',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      done({ code, stdout, stderr });
    }),
  );
}

const CLI_CASES: Array<[carrier: Carrier, encoding: string]> = [
  ['json message', 'verbatim'],
  ['json message', 'base64, 1 byte(s) before'],
  ['html page', 'URL-encoded, lower hex'],
  ['html page', 'split by U+200B'],
  ['headers', 'hex'],
  ['uploadId', 'base64url, 2 byte(s) before'],
  ['status and objection', 'base64 of URL-encoded JSON'],
  ['status and objection', 'HTML hex entities'],
];

async function cliCase(carrier: Carrier, name: string): Promise<void> {
  const s = await start();
  const encode = ENCODINGS.find(([n]) => n === name)?.[1] ?? ((t: string) => t);
  const extra = arm(s, carrier, (body) => encode(carrier === 'uploadId' ? KEY : body));
  const args = [
    '--project-id',
    DEMO_ACCOUNT.projectId,
    '--file-url',
    fileUrlOf(s),
    '--api-url',
    s.apiUrl,
    '--max-attempts',
    '1',
    '--json',
  ];
  if (extra.wait) args.push('--wait', '--poll-interval-seconds', '0.05');
  if (extra['wait-timeout-minutes'])
    args.push('--wait-timeout-minutes', extra['wait-timeout-minutes']);
  const run = await cli(args);

  expect(run.code).not.toBeNull();
  const result = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(typeof result.status).toBe('string');
  if (carrier === 'uploadId') expect(result.uploadId ?? '').toBe('');
  expectNoLeaks({ stdout: run.stdout, stderr: run.stderr }, SECRETS);
}

describe('the command line, against the same server', () => {
  it.each(CLI_CASES)('%s, %s: stdout JSON and stderr carry no secret', cliCase, 40_000);
});

// --- the annotation limit -------------------------------------------------------------------------

describe('many bad inputs', () => {
  it('at most 10 error annotations, the last says how many more, the summary lists all 14', async () => {
    const s = await start();
    const run = await runAction(
      {
        ...inputsOf(s),
        'api-key': '',
        'user-id': '',
        'project-id': 'not an id',
        'upload-id': 'also-an-id',
        'api-url': 'ftp://example.com',
        'presign-hours': 'lots',
        'auto-release': 'maybe',
        'check-file-url': 'sure',
        'dry-run': 'nope',
        wait: 'perhaps',
        'max-attempts': 'many',
        'timeout-seconds': 'soon',
        'wait-timeout-minutes': '-1',
        'poll-interval-seconds': 'often',
      },
      { killAfterMs: 20_000 },
    );

    expect(run.exitCode).not.toBe(0);
    // Nothing was sent.
    expect(s.requests).toEqual([]);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    const last = errors.at(-1);
    const more = /(\d+) more/.exec(`${last?.title ?? ''} ${last?.message ?? ''}`);
    // The first 9 problems, then one annotation for the other 5.
    expect(more?.[1]).toBe('5');
    expect(run.droppedAnnotations).toEqual([]);
    // The summary lists every problem: one table row per bad input.
    expect(run.summary).toContain('Fix these 14 inputs');
    const rows = run.summary.split('\n').filter((l) => /^\| `[a-z-]+` \|/.test(l));
    expect(rows.map((r) => /`([a-z-]+)`/.exec(r)?.[1]).sort()).toEqual(
      [
        'api-key',
        'user-id',
        'project-id',
        'upload-id',
        'api-url',
        'presign-hours',
        'auto-release',
        'check-file-url',
        'dry-run',
        'wait',
        'max-attempts',
        'timeout-seconds',
        'wait-timeout-minutes',
        'poll-interval-seconds',
      ].sort(),
    );
  }, 30_000);
});
