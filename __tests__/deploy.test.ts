/**
 * The deploy flow called directly, as the CLI and the action do, against the
 * stand-in on loopback. A virtual clock stands in for the waits between polls,
 * so Streampixel's real 5 s floor and hour-long timeouts cost nothing here.
 */
import { describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNT, type StandIn } from '../demo/stand-in.js';
import type { DeployConfig } from '../src/config.js';
import { deploy, type Progress } from '../src/deploy.js';
import { useStandIn } from './helpers.js';

const start = useStandIn();

function config(s: StandIn, extra: Partial<DeployConfig> = {}): DeployConfig {
  return {
    apiKey: DEMO_ACCOUNT.apiKey,
    userId: DEMO_ACCOUNT.userId,
    projectId: DEMO_ACCOUNT.projectId,
    fileUrl: s.fileUrl(),
    apiUrl: s.apiUrl,
    autoRelease: true,
    checkFileUrl: true,
    dryRun: false,
    maxAttempts: 1,
    timeoutMs: 2_000,
    wait: false,
    waitTimeoutMs: 3_600_000,
    pollIntervalMs: 15_000,
    pollFloorMs: 5_000,
    ...extra,
  };
}

function recorder(): Progress & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (l) => lines.push(l),
    warning: (t, m) => lines.push(`warning ${t}: ${m}`),
    debug: () => undefined,
  };
}

/** A clock that only moves when the flow sleeps. */
function virtualClock() {
  let t = Date.UTC(2026, 10, 26, 12, 0, 0);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

describe('deploy()', () => {
  it('returns a queued result with the upload ID and artifact size', async () => {
    const s = await start();
    const result = await deploy(config(s), recorder());
    expect(result).toMatchObject({
      ok: true,
      status: 'queued',
      mode: 'upload',
      artifactBytes: 114,
      apiMessage: 'Build queued for processing',
    });
    expect(result.uploadId).toMatch(/^[0-9a-f]{24}$/);
    expect(result.failure).toBeUndefined();
  });

  it('polls at the configured interval and records a timeline of each change', async () => {
    const s = await start();
    const clock = virtualClock();
    const result = await deploy(config(s, { wait: true }), recorder(), clock);

    expect(result.status).toBe('approved');
    // The first poll keeps the 5 s floor after the project read that preceded the upload.
    expect(clock.sleeps).toEqual([5_000, 15_000, 15_000, 15_000, 15_000]);
    expect(result.timeline.map((t) => [t.status, t.elapsedMs])).toEqual([
      ['Downloading Files', 5_000],
      ['Extracting & Scanning', 20_000],
      ['Saving to Repository', 35_000],
      ['Distribute', 50_000],
      ['Approved', 65_000],
    ]);
  });

  it('stops at the wait timeout, and never polls closer than the 5 s floor, even the last time', async () => {
    const s = await start({ lifecycle: ['pending', 'Downloading Files'] });
    const clock = virtualClock();
    const progress = recorder();
    const result = await deploy(config(s, { wait: true, waitTimeoutMs: 40_000 }), progress, clock);

    expect(result.status).toBe('timed-out');
    expect(result.ok).toBe(false);
    expect(clock.sleeps).toEqual([5_000, 15_000, 15_000, 5_000]);
    expect(Math.min(...clock.sleeps)).toBeGreaterThanOrEqual(5_000);
    expect(result.failure?.title).toBe('Timed out waiting for the build');
    expect(result.failure?.hint).toContain('may still go live');
  });

  it('ends the wait on a status that says the build failed, though the docs list only Reject', async () => {
    const s = await start({ lifecycle: ['pending', 'Downloading Files', 'Failed'] });
    const clock = virtualClock();
    const result = await deploy(config(s, { wait: true }), recorder(), clock);
    expect(result).toMatchObject({ ok: false, status: 'failed' });
    expect(result.failure?.title).toBe('Streampixel could not process the build');
    expect(result.failure?.message).toContain('"Failed"');
    expect(clock.sleeps).toEqual([5_000, 15_000]);
  });

  it('ends the wait at once when the status request redirects: a wrong api-url does not heal', async () => {
    const s = await start();
    s.override(`GET /projects/${DEMO_ACCOUNT.projectId}`, (_req, res) => {
      res.writeHead(302, { location: 'https://login.example.com/sso?token=abc' });
      res.end();
    });
    const clock = virtualClock();
    const result = await deploy(config(s, { wait: true }), recorder(), clock);
    expect(result).toMatchObject({ ok: false, status: 'failed' });
    expect(result.failure?.title).toBe('Streampixel: api-url redirects');
    expect(clock.sleeps).toEqual([]);
  });

  it('ends the wait at once when the status answer can never be right: no list of uploads', async () => {
    const s = await start();
    s.override(`GET /projects/${DEMO_ACCOUNT.projectId}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"message":"ok"}');
    });
    const clock = virtualClock();
    const result = await deploy(config(s, { wait: true }), recorder(), clock);
    expect(result).toMatchObject({ ok: false, status: 'failed' });
    expect(result.failure?.title).toBe('Streampixel: unexpected project status');
    expect(clock.sleeps).toEqual([]);
  });

  it('after a distribute, does not take the upload’s earlier Approved for this distribution’s outcome', async () => {
    const earlier = '6650aa0b1c2d3e4f5a6b7c8d';
    const s = await start({ existingUploads: { [earlier]: 'Approved' } });
    // An API that leaves the status as it was while the distribution starts.
    s.override('POST /projects/distribute-file', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Distribution triggered' }));
    });
    const clock = virtualClock();
    const progress = recorder();
    const result = await deploy(
      config(s, { fileUrl: undefined, uploadId: earlier, wait: true }),
      progress,
      clock,
    );
    expect(result).toMatchObject({ ok: true, status: 'approved' });
    expect(clock.sleeps).toEqual([5_000, 15_000]);
    expect(progress.lines.join('\n')).toContain(
      'is also the state this upload had before the distribution',
    );
  });

  it('reports an artifact failure as a result, not a throw, and uploads nothing', async () => {
    const s = await start();
    const result = await deploy(config(s, { fileUrl: s.fileUrl('page.html') }), recorder());
    expect(result).toMatchObject({ ok: false, status: 'failed' });
    expect(result.failure?.title).toBe('file-url is a web page');
    expect(s.requests.some((r) => r.path === '/projects/upload-file')).toBe(false);
  });

  it('a dry run of a distribute reads the project, finds the upload, and sends nothing', async () => {
    const earlier = '6650aa0b1c2d3e4f5a6b7c8d';
    const s = await start({ existingUploads: { [earlier]: 'Approved' } });
    const result = await deploy(
      config(s, { fileUrl: undefined, uploadId: earlier, dryRun: true }),
      recorder(),
    );
    expect(result).toMatchObject({
      ok: true,
      status: 'dry-run',
      mode: 'distribute',
      sent: 'nothing',
    });
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /projects/${DEMO_ACCOUNT.projectId}`,
    ]);
    expect(result.dryRun?.checked.join(' ')).toContain(`upload ${earlier} is in the project`);
    expect(result.dryRun?.notChecked.join(' ')).toContain('write access');
  });

  it('a distribute of an upload the project does not list is refused before sending, naming the uploads it has', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `6650aa0b1c2d3e4f5a6b7c8${i}`);
    const s = await start({
      existingUploads: Object.fromEntries(ids.map((id) => [id, 'Archived'])),
    });
    ids.forEach((id, i) => {
      const file = s.files.find((f) => f._id === id);
      if (file) file.date = new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
    });
    const missing = 'ffffffffffffffffffffffff';
    for (const dryRun of [false, true]) {
      const result = await deploy(
        config(s, { fileUrl: undefined, uploadId: missing, dryRun }),
        recorder(),
      );
      expect(result).toMatchObject({ ok: false, status: 'failed', sent: 'nothing' });
      expect(result.failure?.title).toBe('Streampixel: upload not found in the project');
      expect(result.failure?.message).toBe(
        `Project ${DEMO_ACCOUNT.projectId} lists no upload ${missing}, so nothing was sent. Its uploads, newest first: ${ids
          .slice(2)
          .reverse()
          .map((id) => `${id} (Archived)`)
          .join(', ')} and 2 more.`,
      );
      expect(result.failure?.hint).toContain('upload-id must be the upload-id output');
    }
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('a distribute is sent when the project could not be read: Streampixel judges the upload ID', async () => {
    const s = await start();
    s.override(`GET /projects/${DEMO_ACCOUNT.projectId}`, (_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"message":"Service Unavailable"}');
    });
    const progress = recorder();
    const result = await deploy(
      config(s, { fileUrl: undefined, uploadId: 'ffffffffffffffffffffffff' }),
      progress,
      virtualClock(),
    );
    expect(progress.lines.join('\n')).toContain('Project not read before sending');
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toContain(
      'POST /projects/distribute-file',
    );
    expect(result.failure?.message).toContain('File not found in project');
  });

  it('a dry run proves the credentials: a wrong key fails it with the upload’s own words', async () => {
    const s = await start();
    const result = await deploy(
      config(s, { apiKey: 'spk_rotated_key_0000000000', dryRun: true }),
      recorder(),
    );
    expect(result).toMatchObject({ ok: false, status: 'failed' });
    expect(result.failure?.title).toBe('Streampixel: invalid API key');
    expect(s.requests.some((r) => r.method === 'POST')).toBe(false);
  });
});

describe('deploy(): held builds, a busy project, writes that may have acted, cancellation', () => {
  it('auto-release false: the wait ends as held once the build is past Extracting & Scanning', async () => {
    // The older docs keep a held build at Saving to Repository "until it is distributed".
    const s = await start({
      lifecycle: ['pending', 'Downloading Files', 'Extracting & Scanning', 'Saving to Repository'],
    });
    const clock = virtualClock();
    const progress = recorder();
    const result = await deploy(config(s, { wait: true, autoRelease: false }), progress, clock);
    expect(result).toMatchObject({ ok: true, status: 'held' });
    expect(result.timeline.at(-1)?.status).toBe('Saving to Repository');
    expect(progress.lines.join('\n')).toContain('is held (autoRelease: false): distribute it');
  });

  it('auto-release false: the dashboard’s Archived ends the wait as held; a Reject is still a rejection', async () => {
    const archived = await start({ lifecycle: ['pending', 'Extracting & Scanning', 'Archived'] });
    const held = await deploy(
      config(archived, { wait: true, autoRelease: false }),
      recorder(),
      virtualClock(),
    );
    expect(held.status).toBe('held');
    const rejecting = await start({ lifecycle: ['pending', 'Extracting & Scanning', 'Reject'] });
    const rejected = await deploy(
      config(rejecting, { wait: true, autoRelease: false }),
      recorder(),
      virtualClock(),
    );
    expect(rejected).toMatchObject({ ok: false, status: 'rejected' });
  });

  it('waits for another build being processed before sending, also with wait false', async () => {
    const other = '6650aa0b1c2d3e4f5a6b7c8d';
    const s = await start({ existingUploads: { [other]: 'Downloading Files' } });
    const clock = virtualClock();
    const progress = recorder();
    const result = await deploy(config(s), progress, clock);
    expect(result).toMatchObject({ ok: true, status: 'queued' });
    const log = progress.lines.join('\n');
    expect(log).toContain(
      `Another build is being processed: upload ${other} ("Extracting & Scanning")`,
    );
    // The read before sending moves it Downloading → Extracting; three more reads (Saving,
    // Distribute, Approved) until it is no longer processed, then the upload.
    expect(log).toContain('the project is free.');
    const paths = s.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths.filter((p) => p.startsWith('GET /projects/'))).toHaveLength(4);
    expect(paths.at(-1)).toBe('POST /projects/upload-file');
    expect(clock.sleeps.every((ms) => ms >= 5_000)).toBe(true);
  });

  it('a busy project that stays busy: nothing is sent, and the failure says so', async () => {
    const other = '6650aa0b1c2d3e4f5a6b7c8d';
    const s = await start({
      existingUploads: { [other]: 'Downloading Files' },
      lifecycle: ['pending', 'Downloading Files', 'Downloading Files2'],
    });
    const busy = s.files[0];
    if (busy) busy.step = 1;
    const result = await deploy(config(s, { waitTimeoutMs: 60_000 }), recorder(), virtualClock());
    expect(result).toMatchObject({ ok: false, status: 'failed', sent: 'nothing' });
    expect(result.failure?.title).toBe('Another build is still being processed');
    expect(result.failure?.message).toContain('Nothing was sent to Streampixel');
    expect(s.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('a 504 to upload-file that Streampixel did queue: adopted from the project, exactly one build', async () => {
    const s = await start({ rateLimit: true });
    let posts = 0;
    s.override('POST /projects/upload-file', () => {
      posts++;
      return false; // the stand-in queues it...
    });
    // ...and a gateway loses the answer: wrap the transport so the first upload's answer is a 504.
    const clock = virtualClock();
    const progress = recorder();
    const { sendRequest } = await import('../src/http.js');
    let lost = false;
    const result = await deploy(config(s, { maxAttempts: 3 }), progress, {
      ...clock,
      send: async (req) => {
        const res = await sendRequest(req);
        if (!lost && req.url.endsWith('/projects/upload-file')) {
          lost = true;
          return { ...res, status: 504, body: Buffer.from('<html>504 Gateway Time-out</html>') };
        }
        return res;
      },
    });
    expect(posts).toBe(1);
    expect(s.files).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, status: 'queued', uploadId: s.files[0]?._id });
    expect(progress.lines.join('\n')).toContain('Streampixel did queue it');
  });

  it('a 504 that did not queue, then a 429 to the resend: stops, nothing more sent', async () => {
    const s = await start({ rateLimit: false });
    let posts = 0;
    s.override('POST /projects/upload-file', (_req, res) => {
      posts++;
      res.writeHead(posts === 1 ? 504 : 429, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          message:
            posts === 1 ? 'Gateway Time-out' : 'Rate limit exceeded. Try again in 2 minutes.',
        }),
      );
    });
    const result = await deploy(config(s, { maxAttempts: 3 }), recorder(), virtualClock());
    expect(posts).toBe(2);
    expect(result).toMatchObject({ ok: false, status: 'failed' });
    expect(result.failure?.title).toBe('Streampixel: the first request may have got through');
    expect(result.failure?.message).toContain('Nothing more was sent');
  });

  it('cancelled before the upload was sent: nothing sent, and the result says so', async () => {
    const s = await start();
    const controller = new AbortController();
    const { Cancelled } = await import('../src/cancel.js');
    controller.abort(new Cancelled('SIGINT'));
    const result = await deploy(config(s), recorder(), { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, status: 'cancelled', sent: 'nothing' });
    expect(result.failure?.message).toContain('before anything was sent');
    expect(s.requests).toHaveLength(0);
  });

  it('cancelled while following: the accepted upload is named, and it may still go live', async () => {
    const s = await start();
    const controller = new AbortController();
    const { Cancelled } = await import('../src/cancel.js');
    const clock = virtualClock();
    const accepted: string[] = [];
    const progress = { ...recorder(), accepted: (id: string) => accepted.push(id) };
    let sleeps = 0;
    const result = await deploy(config(s, { wait: true }), progress, {
      ...clock,
      signal: controller.signal,
      sleep: async (ms) => {
        if (++sleeps === 2) controller.abort(new Cancelled('SIGTERM'));
        await clock.sleep(ms);
      },
    });
    expect(result).toMatchObject({ ok: false, status: 'cancelled', sent: 'accepted' });
    expect(accepted).toEqual([result.uploadId]);
    expect(result.failure?.message).toContain(`upload ${result.uploadId}, which may still go live`);
    expect(result.failure?.hint).toContain('dashboard.streampixel.io/projectdetail/');
  });
});
