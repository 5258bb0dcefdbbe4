/**
 * The built action (dist/index.js) run as the runner runs it, against the
 * stand-in: the deploy issue's behaviour as a user sees it.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, type StandInOptions } from '../demo/stand-in.js';
import {
  baseInputs,
  expectNoSecrets,
  expectUploadOf,
  postOf,
  requestsTo,
  SIGNATURE,
  STATUS_ROUTE,
  uploadsOf,
  useStandIn,
  visibleText,
} from './helpers.js';

const start = useStandIn();

describe('a deploy that succeeds', () => {
  it('checks the artifact, uploads it, and reports outputs and a summary', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s));

    expect(run.exitCode).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.outputs.status).toBe('queued');
    expect(run.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
    expect(run.outputs.message).toBe('Build queued for processing');

    const [check, tail, read, upload] = s.requests;
    expect(check).toMatchObject({ method: 'GET', path: '/files/Game.zip' });
    expect(check?.headers.range).toBe('bytes=0-3');
    expect(tail).toMatchObject({ method: 'GET', path: '/files/Game.zip' });
    expect(tail?.headers.range).toBe('bytes=0-113');
    // The project is read before sending: the status endpoint, credentials in the query.
    expect(`${read?.method} ${read?.path}`).toBe(STATUS_ROUTE);
    expect(read?.query.get('userId')).toBe(DEMO_ACCOUNT.userId);
    expect(read?.query.get('apikey')).toBe(DEMO_ACCOUNT.apiKey);
    expectUploadOf(s, upload);
    expect(s.requests).toHaveLength(4);

    expect(run.log).toContain('(114 B) holds a packaged build of Game (Game.exe)');
    expect(run.summary).toContain('Build queued on Streampixel');
    expect(run.summary).toContain(
      `(https://dashboard.streampixel.io/projectdetail/${DEMO_ACCOUNT.projectId})`,
    );
    expect(run.summary).toContain(run.outputs['upload-id']);
    expect(run.summary).toContain('114 B');
    expect(run.summary).toContain('Game\\.zip?…');
    expect(run.summary).toContain('commit/0123456789abcdef0123456789abcdef01234567');
    expectNoSecrets(run);
  });

  it('masks the key, the user ID and the signature before printing anything else', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s));
    const lines = run.stdout.split('\n').filter(Boolean);
    const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
    const masks = lines.slice(0, firstOther);
    expect(masks).toContain(`::add-mask::${DEMO_ACCOUNT.apiKey}`);
    expect(masks).toContain(`::add-mask::${DEMO_ACCOUNT.userId}`);
    expect(masks).toContain(`::add-mask::${SIGNATURE}`);
    expect(lines.slice(firstOther).some((l) => l.startsWith('::add-mask::'))).toBe(false);
  });

  it('sends autoRelease false when auto-release is false', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s, { 'auto-release': 'False' }));
    expect(run.exitCode).toBe(0);
    expect(uploadsOf(s)).toBe(1);
    expect(JSON.parse(postOf(s)?.body ?? '').autoRelease).toBe(false);
  });

  it('accepts the older API answer without an uploadId', async () => {
    const s = await start({ legacyUploadAnswer: true });
    const run = await runAction(baseInputs(s));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('queued');
    expect(run.outputs['upload-id']).toBe('');
    expect(run.outputs.message).toBe('File uploaded successfully');
  });

  it('in dry-run mode checks the artifact but sends nothing to Streampixel', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s, { 'dry-run': 'true' }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('dry-run');
    // The artifact (its start and its end), then the project read that proves the credentials.
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /files/Game.zip',
      'GET /files/Game.zip',
      STATUS_ROUTE,
    ]);
    expect(run.log).toContain('Dry run: the key, user ID and project are valid (read access).');
    expect(run.log).toContain('Nothing was sent to Streampixel.');
    expect(run.summary).toContain('Dry run');
  });
});

describe('Streampixel refuses the upload', () => {
  const cases: [string, Record<string, string>, StandInOptions, RegExp, RegExp][] = [
    [
      'a rotated key',
      { 'api-key': 'spk_rotated_key_000000000000000' },
      {},
      /invalid API key/,
      /rotated/,
    ],
    [
      'another user',
      { 'user-id': '000000000000000000000000' },
      {},
      /user-id does not match/,
      /Copy User ID/,
    ],
    [
      'a read-only project',
      { 'project-id': 'aaaaaaaaaaaaaaaaaaaaaaaa' },
      { readOnlyProjects: ['aaaaaaaaaaaaaaaaaaaaaaaa'] },
      /no write access/,
      /READONLY/,
    ],
    [
      'an unknown project',
      { 'project-id': 'bbbbbbbbbbbbbbbbbbbbbbbb' },
      {},
      /project not found/,
      /projectdetail/,
    ],
  ];
  it.each(cases)(
    '%s: one titled error, status failed, a summary',
    async (_name, extra, options, title, hint) => {
      const s = await start(options);
      const run = await runAction(baseInputs(s, extra));
      expect(run.exitCode).toBe(1);
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.title).toMatch(title);
      expect(errors[0]?.message).toMatch(hint);
      expect(run.outputs.status).toBe('failed');
      expect(run.summary).toContain('Streampixel deploy failed');
      // Refused at the project read, before anything is sent; a read-only member can read it.
      const posts = s.requests.filter((r) => r.method === 'POST');
      expect(posts).toHaveLength(options.readOnlyProjects ? 1 : 0);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
      expectNoSecrets(run, [
        DEMO_ACCOUNT.apiKey,
        extra['api-key'] ?? DEMO_ACCOUNT.apiKey,
        SIGNATURE,
      ]);
    },
  );

  it('an echoed request cut by the read cap in the middle of the key leaves none of it', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res, body) => {
      // Padding puts the 16 KiB read cap a few characters into the echoed key.
      const prefix = '<i>'.repeat(5450);
      res.writeHead(400, { 'content-type': 'text/html' });
      res.end(`${prefix}echoed: ${body}`);
    });
    const run = await runAction(baseInputs(s));
    expect(run.exitCode).toBe(1);
    const text = visibleText(run);
    for (let n = DEMO_ACCOUNT.apiKey.length; n >= 8; n--)
      expect(text).not.toContain(DEMO_ACCOUNT.apiKey.slice(0, n));
  });

  it('a second upload within 2 minutes is rate limited, and is not retried without end', async () => {
    const s = await start();
    await runAction(baseInputs(s));
    // The first build is still being processed: the second run waits for it (quickly, here).
    const run = await runAction(
      baseInputs(s, { 'max-attempts': '1', 'poll-interval-seconds': '0.05' }),
    );
    expect(run.log).toContain('Another build is being processed');
    expect(uploadsOf(s)).toBe(2);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.title).toMatch(/rate limit/);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /one upload or distribute request per 2 minutes/,
    );
  });
});

describe('bad inputs', () => {
  it('reports every bad input at once, as its own titled error, and sends nothing', async () => {
    const s = await start();
    const run = await runAction(
      baseInputs(s, {
        'api-key': 'first-half-of-key\nsecond-half-of-key',
        'project-id': `https://dashboard.streampixel.io/projectdetail/${DEMO_ACCOUNT.projectId}`,
        'file-url': 'https://drive.google.com/file/d/1AbCdEf/view?usp=sharing',
        wait: 'yes',
        'max-attempts': '0',
      }),
    );
    expect(run.exitCode).toBe(1);
    expect(s.requests).toEqual([]);
    const errors = run.annotations.filter((a) => a.level === 'error');
    const titles = errors.map((e) => e.title);
    expect(titles).toEqual([
      'Invalid input: api-key spans 2 lines',
      'Invalid input: project-id is a URL, not an ID',
      'Invalid input: file-url is a Google Drive page',
      'Invalid input: wait is not a boolean',
      'Invalid input: max-attempts is out of range',
    ]);
    expect(errors[1]?.message).toContain(DEMO_ACCOUNT.projectId);
    expect(run.outputs.status).toBe('failed');
    expect(run.summary).toContain('Nothing was sent to Streampixel');
    expect(run.summary).toContain('`project-id`');
    expectNoSecrets(run, ['first-half-of-key', 'second-half-of-key']);
  });

  it('names the missing required inputs', async () => {
    const run = await runAction({});
    expect(run.exitCode).toBe(1);
    const titles = run.annotations.filter((a) => a.level === 'error').map((a) => a.title);
    expect(titles).toEqual([
      'Invalid input: api-key is required',
      'Invalid input: user-id is required',
      'Invalid input: project-id is required',
      'Invalid input: path, file-url or upload-id required',
    ]);
  });
});

describe('the artifact check', () => {
  const cases: [string, string, RegExp][] = [
    ['an HTML login page', 'page.html', /file-url is a web page/],
    ['a file that is not a zip', 'not-a-zip.zip', /file-url is not a zip/],
    ['an empty zip', 'empty.zip', /empty zip/],
    ['a private or expired URL', 'private.zip', /file-url refused/],
    ['a missing file', 'missing.zip', /file-url not found/],
  ];
  it.each(cases)('fails fast on %s, before any upload', async (_name, file, title) => {
    const s = await start();
    const run = await runAction(
      baseInputs(s, { 'file-url': s.fileUrl(file, `X-Amz-Signature=${SIGNATURE}`) }),
    );
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.title).toMatch(title);
    expect(s.requests.some((r) => r.path.includes('upload-file'))).toBe(false);
    expect(run.outputs.status).toBe('failed');
    expectNoSecrets(run);
  });

  it('can be skipped with check-file-url: false', async () => {
    const s = await start();
    const run = await runAction(
      baseInputs(s, { 'check-file-url': 'false', 'file-url': s.fileUrl('page.html') }),
    );
    expect(run.exitCode).toBe(0);
    expect(run.log).toContain('Artifact check skipped (check-file-url: false)');
    // No file request: only the project read, then the upload.
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      STATUS_ROUTE,
      'POST /projects/upload-file',
    ]);
    expect(requestsTo(s, 'GET /files/page.html')).toEqual([]);
  });
});
