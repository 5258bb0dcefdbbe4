/**
 * Following a build until it is live, and distributing earlier uploads
 * (rollback), end to end through dist/index.js against the stand-in, which
 * moves each upload one lifecycle step per status request.
 */
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../demo/runner.js';
import { APPROVED_LIFECYCLE, DEMO_ACCOUNT, type StandIn } from '../demo/stand-in.js';
import {
  afterFirstReads,
  baseInputs,
  expectNoSecrets,
  postOf,
  STATUS_ROUTE,
  useStandIn,
} from './helpers.js';

const EARLIER = '6650aa0b1c2d3e4f5a6b7c8d';
// Polling faster than Streampixel's 5 s floor is allowed only because api-url is loopback.
const FAST = { wait: 'true', 'poll-interval-seconds': '0.1' };

const start = useStandIn({ existingUploads: { [EARLIER]: 'Approved' } });

const errorsOf = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.annotations.filter((a) => a.level === 'error');
const statusPolls = (s: StandIn) =>
  s.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/projects/'));

describe('wait: true after an upload', () => {
  it('follows the build to Approved, logging each status with the elapsed time', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s, FAST));

    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('approved');
    expect(run.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
    const progress = run.log.split('\n').filter((l) => /^\[\d+(m\d\d)?s\] /.test(l));
    expect(progress.map((l) => l.replace(/^\[[^\]]+\] /, ''))).toEqual(APPROVED_LIFECYCLE.slice(1));
    expect(run.log).toContain('is approved and live');

    const poll = statusPolls(s)[0];
    expect(poll?.path).toBe(`/projects/${DEMO_ACCOUNT.projectId}`);
    expect(poll?.query.get('userId')).toBe(DEMO_ACCOUNT.userId);
    expect(poll?.query.get('apikey')).toBe(DEMO_ACCOUNT.apiKey);

    expect(run.summary).toContain('Build approved and live');
    expect(run.summary).toContain('### Timeline');
    expect(run.summary).toContain('| Extracting &amp; Scanning |');
    expectNoSecrets(run);
  });

  it('with auto-release false, ends the wait as held once past scanning, for a distribute', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s, { ...FAST, 'auto-release': 'false' }));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('held');
    const id = run.outputs['upload-id'];
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    // Past Extracting & Scanning is enough: the wait does not go on to Approved.
    const progress = run.log.split('\n').filter((l) => /^\[\d+(m\d\d)?s\] /.test(l));
    expect(progress.at(-1)).toMatch(/\] Saving to Repository$/);
    expect(run.log).toContain(
      `Build ${id} passed Streampixel's checks and is held (autoRelease: false): distribute it to go live.`,
    );
    expect(run.log).not.toContain('approved and live');
    // The summary's wording is being reworked: only that it says held, not live.
    expect(run.summary).toMatch(/held/i);
    expect(run.summary).not.toContain('approved and live');
  });

  it('fails with the platform objection when the build is rejected', async () => {
    const s = await start({
      lifecycle: ['pending', 'Downloading Files', 'Extracting & Scanning', 'Reject'],
      objection: 'No .exe found at the archive root',
    });
    const run = await runAction(baseInputs(s, FAST));

    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('rejected');
    expect(run.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.title).toBe('Streampixel rejected the build');
    expect(errors[0]?.message).toContain('No .exe found at the archive root');
    expect(run.summary).toContain('Streampixel rejected the build');
    expect(run.summary).toContain('No \\.exe found at the archive root');
  });

  it('times out, keeping upload-id, and says the build may still go live', async () => {
    const s = await start({ lifecycle: ['pending', 'Downloading Files'] });
    const run = await runAction(baseInputs(s, { ...FAST, 'wait-timeout-minutes': '0.01' }));

    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('timed-out');
    expect(run.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
    const [error] = errorsOf(run);
    expect(error?.title).toBe('Timed out waiting for the build');
    expect(error?.message).toContain('"Downloading Files"');
    expect(error?.message).toContain('may still go live');
    expect(error?.message).toContain(
      `dashboard.streampixel.io/projectdetail/${DEMO_ACCOUNT.projectId}`,
    );
    expect(run.durationMs).toBeLessThan(5_000);
  });

  it('rides out transient status errors at the next interval', async () => {
    const s = await start();
    let failures = 0;
    // The read before the upload goes through; the next two, while following, fail.
    afterFirstReads(s, (_req, res) => {
      if (failures >= 2) return false;
      failures++;
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><h1>503 Service Temporarily Unavailable</h1></html>');
    });
    const run = await runAction(baseInputs(s, FAST));

    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('approved');
    expect(
      run.log.match(/Status check failed: .*HTTP 503.*; trying again at the next interval\./g),
    ).toHaveLength(2);
    expect(failures).toBe(2);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('stops at once when the key is refused while following', async () => {
    const s = await start();
    afterFirstReads(s, (_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Unauthorized: Invalid API Key' }));
    });
    const run = await runAction(baseInputs(s, FAST));

    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
    expect(errorsOf(run).map((e) => e.title)).toEqual(['Streampixel: invalid API key']);
    expect(errorsOf(run)[0]?.message).toContain(
      `Upload ${run.outputs['upload-id']} was accepted and may still go live`,
    );
    // The read before the upload, then the refused one: not retried.
    expect(statusPolls(s)).toHaveLength(2);
  });

  it('a 403 while following says the status cannot be read, not that the deploy was refused', async () => {
    const s = await start();
    afterFirstReads(s, (_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Forbidden' }));
    });
    const run = await runAction(baseInputs(s, FAST));
    expect(run.exitCode).toBe(1);
    const [error] = errorsOf(run);
    expect(error?.title).toBe('Streampixel: cannot read the project status');
    expect(error?.message).toContain('may still go live');
    expect(run.outputs['upload-id']).toMatch(/^[0-9a-f]{24}$/);
    expect(statusPolls(s)).toHaveLength(2);
  });

  it('says plainly that an upload answer without uploadId cannot be followed', async () => {
    const s = await start({ legacyUploadAnswer: true });
    const run = await runAction(baseInputs(s, FAST));

    expect(run.exitCode).toBe(1);
    const [error] = errorsOf(run);
    expect(error?.title).toBe('Cannot follow the build');
    expect(error?.message).toContain('no usable upload ID');
    // Only the read before the upload: nothing is polled after it.
    expect(s.requests.map((r) => `${r.method} ${r.path}`).slice(-2)).toEqual([
      STATUS_ROUTE,
      'POST /projects/upload-file',
    ]);
  });
});

describe('upload-id: distribute an earlier upload', () => {
  const distribute = (s: StandIn, extra: Record<string, string> = {}) => {
    const inputs = baseInputs(s, { 'upload-id': EARLIER, ...extra });
    delete inputs['file-url'];
    return runAction(inputs);
  };

  it('distributes without uploading, status distributed', async () => {
    const s = await start();
    const run = await distribute(s);

    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('distributed');
    expect(run.outputs['upload-id']).toBe(EARLIER);
    expect(run.outputs.message).toBe('Distribution triggered');
    // The project is read first (credentials, and the upload's state before), then one POST.
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      STATUS_ROUTE,
      'POST /projects/distribute-file',
    ]);
    expect(JSON.parse(postOf(s, '/projects/distribute-file')?.body ?? '')).toEqual({
      apiKey: DEMO_ACCOUNT.apiKey,
      userId: DEMO_ACCOUNT.userId,
      projectId: DEMO_ACCOUNT.projectId,
      uploadId: EARLIER,
    });
    expect(run.summary).toContain('Distribution started');
  });

  it('with wait, follows the distribution until approved', async () => {
    const s = await start();
    const run = await distribute(s, FAST);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('approved');
    expect(run.log).toMatch(/\] Approved/);
  });

  it('refuses an upload-id the project does not list, before sending, naming the ones it has', async () => {
    const s = await start();
    const run = await distribute(s, { 'upload-id': 'ffffffffffffffffffffffff' });
    expect(run.exitCode).toBe(1);
    const [error] = errorsOf(run);
    expect(error?.title).toBe('Streampixel: upload not found in the project');
    expect(error?.message).toContain(
      `lists no upload ffffffffffffffffffffffff, so nothing was sent. Its uploads, newest first: ${EARLIER} (Approved).`,
    );
    expect(error?.message).toContain('upload-id must be the upload-id output of an earlier deploy');
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([STATUS_ROUTE]);
  });

  it('a rotated key fails the distribute as it fails an upload', async () => {
    const s = await start();
    const run = await distribute(s, { 'api-key': 'spk_rotated_key_000000000000000' });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run).map((e) => e.title)).toEqual(['Streampixel: invalid API key']);
    // Refused at the project read: the distribute is never sent.
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([STATUS_ROUTE]);
  });
});

describe('poll-interval-seconds', () => {
  it('is never below 5 s, even against a loopback api-url, unless the stand-in variable is set', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s, { wait: 'true', 'poll-interval-seconds': '2' }), {
      env: { STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS: undefined },
    });
    expect(run.exitCode).toBe(1);
    expect(s.requests).toEqual([]);
    const [error] = errorsOf(run);
    expect(error?.title).toBe('Invalid input: poll-interval-seconds is out of range');
    expect(error?.message).toContain('from 5 to 600');
  });
});

describe('file-url and upload-id', () => {
  it('both given: one error naming both, nothing sent', async () => {
    const s = await start();
    const run = await runAction(baseInputs(s, { 'upload-id': EARLIER }));
    expect(run.exitCode).toBe(1);
    expect(s.requests).toEqual([]);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/file-url.*upload-id|upload-id.*file-url/);
  });

  it('neither given: one error naming both, nothing sent', async () => {
    const s = await start();
    const inputs = baseInputs(s);
    delete inputs['file-url'];
    const run = await runAction(inputs);
    expect(run.exitCode).toBe(1);
    expect(s.requests).toEqual([]);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.title).toBe('Invalid input: path, file-url or upload-id required');
    expect(errors[0]?.message).toContain('upload-id');
  });
});
