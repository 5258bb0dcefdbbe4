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
    expect(clock.sleeps.every((ms) => ms === 15_000)).toBe(true);
    expect(result.timeline.map((t) => [t.status, t.elapsedMs])).toEqual([
      ['Downloading Files', 0],
      ['Extracting & Scanning', 15_000],
      ['Saving to Repository', 30_000],
      ['Distribute', 45_000],
      ['Approved', 60_000],
    ]);
  });

  it('stops at the wait timeout, never sleeping past it', async () => {
    const s = await start({ lifecycle: ['pending', 'Downloading Files'] });
    const clock = virtualClock();
    const progress = recorder();
    const result = await deploy(config(s, { wait: true, waitTimeoutMs: 40_000 }), progress, clock);

    expect(result.status).toBe('timed-out');
    expect(result.ok).toBe(false);
    expect(clock.sleeps).toEqual([15_000, 15_000, 10_000]);
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
    expect(clock.sleeps).toHaveLength(1);
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
    expect(clock.sleeps).toEqual([15_000]);
    expect(progress.lines.join('\n')).toContain('state from before this distribution');
  });

  it('reports an artifact failure as a result, not a throw, and uploads nothing', async () => {
    const s = await start();
    const result = await deploy(config(s, { fileUrl: s.fileUrl('page.html') }), recorder());
    expect(result).toMatchObject({ ok: false, status: 'failed' });
    expect(result.failure?.title).toBe('file-url is a web page');
    expect(s.requests.some((r) => r.path === '/projects/upload-file')).toBe(false);
  });

  it('a dry run of a distribute sends nothing at all', async () => {
    const s = await start();
    const result = await deploy(
      config(s, { fileUrl: undefined, uploadId: '6650aa0b1c2d3e4f5a6b7c8d', dryRun: true }),
      recorder(),
    );
    expect(result).toMatchObject({ ok: true, status: 'dry-run', mode: 'distribute' });
    expect(s.requests).toEqual([]);
  });
});
