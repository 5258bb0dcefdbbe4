/** Shared by the end-to-end tests: inputs for the stand-in's account, and leak checks. */
import { afterEach, expect } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActionRun } from '../demo/runner.js';
import {
  DEMO_ACCOUNT,
  type Handler,
  type RecordedRequest,
  type StandIn,
  type StandInOptions,
  startStandIn,
} from '../demo/stand-in.js';

export const SIGNATURE = 'c2lnbmF0dXJlLXNlY3JldC0xMjM0NTY3ODkw';

export function baseInputs(
  standIn: StandIn,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    'api-key': DEMO_ACCOUNT.apiKey,
    'user-id': DEMO_ACCOUNT.userId,
    'project-id': DEMO_ACCOUNT.projectId,
    'file-url': standIn.fileUrl('Game.zip', `X-Amz-Expires=3600&X-Amz-Signature=${SIGNATURE}`),
    'api-url': standIn.apiUrl,
    ...extra,
  };
}

/**
 * What a person or a later step can see: stdout except the add-mask commands
 * (the runner consumes those), stderr, every output and the summary.
 */
export function visibleText(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, run.summary, ...Object.values(run.outputs)].join('\n');
}

export function expectNoSecrets(
  run: ActionRun,
  secrets: string[] = [DEMO_ACCOUNT.apiKey, SIGNATURE],
): void {
  const text = visibleText(run);
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
  }
}

/**
 * A fresh stand-in per call, every one closed after the test: `const start = useStandIn();` at
 * the top of a file. A test may start several; one left listening keeps jest from exiting.
 */
export function useStandIn(
  defaults: StandInOptions = {},
): (options?: StandInOptions) => Promise<StandIn> {
  const started: StandIn[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (options = {}) => {
    const s = await startStandIn({ ...defaults, ...options });
    started.push(s);
    return s;
  };
}

/**
 * A bug stand-in for the child process: a preload under which node:http
 * throws `message` for every POST (Octokit uses fetch, so GitHub is still
 * reached). Returns the NODE_OPTIONS that load it, and how to remove it.
 */
export function throwOnPost(message: string): { nodeOptions: string; remove: () => void } {
  const preload = join(tmpdir(), `streampixel-throw-on-post-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(
    preload,
    `import { createRequire, syncBuiltinESMExports } from 'node:module';
const http = createRequire(import.meta.url)('node:http');
const original = http.request;
http.request = function (url, options, ...rest) {
  if (options && options.method === 'POST') throw new TypeError(${JSON.stringify(message)});
  return original.call(this, url, options, ...rest);
};
syncBuiltinESMExports();
`,
  );
  return {
    nodeOptions: `--import=${pathToFileURL(preload).href}`,
    remove: () => rmSync(preload, { force: true }),
  };
}

/** The upload-file request a deploy of baseInputs' artifact sends: credentials in the body, never a header. */
export function expectUploadOf(s: StandIn, upload: RecordedRequest | undefined): void {
  expect(upload).toMatchObject({ method: 'POST', path: '/projects/upload-file' });
  expect(upload?.headers.authorization).toBeUndefined();
  expect(upload?.headers['user-agent']).toMatch(/^streampixel-deploy\/\d+\.\d+\.\d+/);
  expect(JSON.parse(upload?.body ?? '')).toEqual({
    apiKey: DEMO_ACCOUNT.apiKey,
    userId: DEMO_ACCOUNT.userId,
    projectId: DEMO_ACCOUNT.projectId,
    fileUrl: s.fileUrl('Game.zip', `X-Amz-Expires=3600&X-Amz-Signature=${SIGNATURE}`),
    autoRelease: true,
  });
}

/** The requests the stand-in got for `METHOD /path` (path after /pixelStripeApi, or /files/…). */
export function requestsTo(s: StandIn, route: string): RecordedRequest[] {
  return s.requests.filter((r) => `${r.method} ${r.path}` === route);
}

/** The first POST to `path` (the upload is no longer requests[1]: the project is read first). */
export function postOf(s: StandIn, path = '/projects/upload-file'): RecordedRequest | undefined {
  return requestsTo(s, `POST ${path}`)[0];
}

/** How many upload-file requests the stand-in got. */
export const uploadsOf = (s: StandIn): number => requestsTo(s, 'POST /projects/upload-file').length;

/** The status route of the demo project: `GET /projects/<id>`. */
export const STATUS_ROUTE = `GET /projects/${DEMO_ACCOUNT.projectId}`;

/**
 * Overrides the status route from its (reads + 1)th request on: the first
 * `reads` (the read before sending, by default) are answered by the stand-in
 * as usual, so a fault "while following" does not end the run before the upload.
 */
export function afterFirstReads(s: StandIn, handler: Handler, reads = 1): void {
  let seen = 0;
  s.override(STATUS_ROUTE, (req, res, body) => (++seen <= reads ? false : handler(req, res, body)));
}

/**
 * A gateway that passes upload-file on and loses the answer: the stand-in
 * queues the build (rate limit and all) as usual, and the action gets a 504.
 * Only the first `times` requests; later ones are answered as usual.
 */
export function queueThenAnswer504(s: StandIn, times = 1): void {
  let n = 0;
  s.override('POST /projects/upload-file', (_req, res) => {
    if (n++ >= times) return false;
    const page = '<html><body><h1>504 Gateway Time-out</h1></body></html>';
    // The stand-in writes its own answer; this one goes out instead.
    res.writeHead = ((..._args: unknown[]) => {
      ServerResponse.prototype.writeHead.call(res, 504, {
        'content-type': 'text/html',
        'content-length': Buffer.byteLength(page),
      });
      return res;
    }) as typeof res.writeHead;
    const end = res.end.bind(res);
    res.end = ((..._args: unknown[]) => end(page)) as typeof res.end;
    return false;
  });
}
