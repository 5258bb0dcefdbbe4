/**
 * A cancelled or timed-out run leaves a trace. "Cancel workflow" and a job's
 * timeout-minutes make the runner send SIGINT, then SIGTERM ~7.5 s later, then
 * SIGKILL; a GitLab cancel or Ctrl-C sends SIGINT, a `kill` SIGTERM. The built
 * action and the built command line, signalled at a chosen moment, must stop
 * within the grace period and say what was sent and where to look.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ActionRun, ROOT, runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, type StandIn } from '../demo/stand-in.js';
import { WAIT_CANCELLED_DESCRIPTION } from '../src/github-deployment.js';
import { baseInputs, SIGNATURE, STATUS_ROUTE, uploadsOf, useStandIn } from './helpers.js';

/** The runner's grace between SIGINT and SIGTERM. */
const GRACE_MS = 7_500;
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const DASHBOARD = `https://dashboard.streampixel.io/projectdetail/${DEMO_ACCOUNT.projectId}`;

/** A build that never finishes processing. */
const start = useStandIn({ lifecycle: ['pending', 'Downloading Files'] });

const FOLLOW = {
  wait: 'true',
  'poll-interval-seconds': '0.1',
  'wait-timeout-minutes': '5',
};
const FAST_FLOOR = { STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS: '0.05' };

interface Signalled {
  run: ActionRun;
  /** From the signal to the process's end. */
  afterSignalMs: number;
}

/**
 * Runs the built action and sends `signal` once a line matches `when`, or,
 * with `when` a function, when it calls the `send` it is handed.
 */
async function signalled(
  inputs: Record<string, string>,
  signal: NodeJS.Signals,
  when: RegExp | ((send: () => void) => void),
  env: NodeJS.ProcessEnv = {},
): Promise<Signalled> {
  let child: ChildProcess | undefined;
  let sentAt: number | undefined;
  const send = (): void => {
    if (sentAt !== undefined || !child) return;
    sentAt = Date.now();
    child.kill(signal);
  };
  if (typeof when === 'function') when(() => setTimeout(send, 100));
  const run = await runAction(inputs, {
    env: { ...FAST_FLOOR, ...env },
    killAfterMs: 30_000,
    onLine: (line, c) => {
      child ??= c;
      if (when instanceof RegExp && when.test(line)) send();
    },
  });
  expect(sentAt).toBeDefined();
  return { run, afterSignalMs: Date.now() - (sentAt ?? 0) };
}

function errorsOf(run: ActionRun) {
  return run.annotations.filter((a) => a.level === 'error');
}

/** What every cancelled run shows: a non-zero exit in time, status cancelled, one error annotation. */
function expectCancelled({ run, afterSignalMs }: Signalled, signal: NodeJS.Signals): void {
  expect(run.exitCode).not.toBe(0);
  expect(run.exitCode).not.toBeNull();
  expect(afterSignalMs).toBeLessThan(GRACE_MS);
  expect(run.outputs.status).toBe('cancelled');
  const errors = errorsOf(run);
  expect(errors).toHaveLength(1);
  expect(errors[0]?.title).toBe('Deploy cancelled');
  expect(errors[0]?.message).toContain(signal);
  expect(run.summary).toContain('Deploy cancelled');
}

/** The accepted upload, cancelled while being followed: it may still go live. */
function expectCancelledWhileFollowing(s: StandIn, r: Signalled, signal: NodeJS.Signals): void {
  expectCancelled(r, signal);
  const { run } = r;
  expect(uploadsOf(s)).toBe(1);
  const id = s.files[0]?._id ?? '';
  expect(id).not.toBe('');
  expect(run.outputs['upload-id']).toBe(id);
  const message = errorsOf(run)[0]?.message ?? '';
  expect(message).toContain('The wait was cancelled');
  expect(message).toContain(id);
  expect(message).toContain('may still go live');
  expect(message).toContain(DASHBOARD);
  expect(run.summary).toMatch(/cancel/i);
  expect(run.summary).toContain('may still go live');
  expect(run.summary).toContain(DASHBOARD);
  expect(run.summary).toContain(id);
  expect(run.summary).toMatch(/Sent to Streampixel:\*\* yes/);
}

/** Cancelled before upload-file went out: nothing to undo. */
function expectNothingSent(s: StandIn, r: Signalled, signal: NodeJS.Signals): void {
  expectCancelled(r, signal);
  const { run } = r;
  expect(uploadsOf(s)).toBe(0);
  expect(s.requests.filter((q) => q.method === 'POST')).toEqual([]);
  expect(run.outputs['upload-id'] ?? '').toBe('');
  expect(errorsOf(run)[0]?.message).toContain('before anything was sent');
  expect(run.summary).toMatch(/Sent to Streampixel:\*\* nothing/);
}

/** A status line of the followed build, once it is at Downloading Files. */
const FOLLOWING = /Downloading Files/;

describe('the action, signalled while following the build', () => {
  it('SIGINT: stops within the grace period, cancelled, the accepted upload may still go live', async () => {
    const s = await start();
    const r = await signalled(baseInputs(s, FOLLOW), 'SIGINT', FOLLOWING);
    expectCancelledWhileFollowing(s, r, 'SIGINT');
  }, 40_000);

  it('SIGTERM alone: the same', async () => {
    const s = await start();
    const r = await signalled(baseInputs(s, FOLLOW), 'SIGTERM', FOLLOWING);
    expectCancelledWhileFollowing(s, r, 'SIGTERM');
  }, 40_000);
});

describe('the action, signalled while upload-file awaits its answer', () => {
  it('SIGINT: cancelled, the build may be queued, check before re-running', async () => {
    const s = await start();
    let arrived: (() => void) | undefined;
    // The request arrives and no answer comes.
    s.override('POST /projects/upload-file', () => {
      arrived?.();
      return true;
    });
    const r = await signalled(baseInputs(s, FOLLOW), 'SIGINT', (send) => (arrived = send));

    expectCancelled(r, 'SIGINT');
    expect(uploadsOf(s)).toBe(1);
    const message = errorsOf(r.run)[0]?.message ?? '';
    expect(message).toContain('may be queued');
    expect(r.run.summary).toMatch(/Sent to Streampixel:\*\* possibly/);
    expect(r.run.summary).toContain(DASHBOARD);
  }, 40_000);
});

describe('the runner: SIGINT, then SIGTERM soon after', () => {
  it('one trace, not two: status cancelled, one error annotation', async () => {
    const s = await start();
    let child: ChildProcess | undefined;
    let sentAt = 0;
    const run = await runAction(baseInputs(s, FOLLOW), {
      env: FAST_FLOOR,
      killAfterMs: 30_000,
      onLine: (line, c) => {
        child ??= c;
        if (!sentAt && FOLLOWING.test(line)) {
          sentAt = Date.now();
          c.kill('SIGINT');
          setTimeout(() => child?.kill('SIGTERM'), 30);
        }
      },
    });

    expect(sentAt).toBeGreaterThan(0);
    expectCancelledWhileFollowing(s, { run, afterSignalMs: Date.now() - sentAt }, 'SIGINT');
  }, 40_000);
});

describe('the runner gives up: SIGKILL while following', () => {
  it('the accepted upload ID is already an output', async () => {
    const s = await start();
    const r = await signalled(baseInputs(s, FOLLOW), 'SIGKILL', FOLLOWING);

    expect(r.run.exitCode).toBeNull();
    expect(uploadsOf(s)).toBe(1);
    expect(r.run.outputs['upload-id']).toBe(s.files[0]?._id);
  }, 40_000);
});

describe('the action, signalled before the upload request is sent', () => {
  it('SIGINT while the artifact is being downloaded: nothing POSTed, nothing sent', async () => {
    const s = await start();
    let arrived: (() => void) | undefined;
    // The artifact server takes its time: no answer at all.
    s.override('GET /files/Game.zip', () => {
      arrived?.();
      return true;
    });
    const r = await signalled(baseInputs(s, FOLLOW), 'SIGINT', (send) => (arrived = send));
    expectNothingSent(s, r, 'SIGINT');
  }, 40_000);

  it('SIGTERM while the project is being read: nothing POSTed, nothing sent', async () => {
    const s = await start();
    let arrived: (() => void) | undefined;
    // The project read answers after 2 s, too late.
    s.override(STATUS_ROUTE, (_req, res) => {
      arrived?.();
      setTimeout(() => {
        if (!res.writableEnded && !res.destroyed) res.destroy();
      }, 2_000);
      return true;
    });
    const r = await signalled(baseInputs(s, FOLLOW), 'SIGTERM', (send) => (arrived = send));
    expectNothingSent(s, r, 'SIGTERM');
  }, 40_000);

  it('SIGINT while the project is being read, without wait: nothing sent', async () => {
    const s = await start();
    let arrived: (() => void) | undefined;
    s.override(STATUS_ROUTE, () => {
      arrived?.();
      return true;
    });
    const r = await signalled(baseInputs(s), 'SIGINT', (send) => (arrived = send));
    expectNothingSent(s, r, 'SIGINT');
  }, 40_000);
});

// --- GitHub Deployments ---------------------------------------------------------------------------

interface GitHubCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

let github: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (github ? github.close(r) : r(undefined)));
  github = undefined;
});

/**
 * A loopback GitHub Deployments API that accepts everything; `hang`: it never answers, `arrived`
 * is called as each request comes in.
 */
async function startGitHub(hang?: {
  arrived: () => void;
}): Promise<{ url: string; calls: GitHubCall[] }> {
  const calls: GitHubCall[] = [];
  github = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      calls.push({ method: req.method ?? '', path: req.url ?? '', body });
      if (hang) return hang.arrived();
      res.setHeader('content-type', 'application/json');
      res.statusCode = 201;
      const status = /\/deployments\/(\d+)\/statuses$/.test(req.url ?? '');
      res.end(JSON.stringify(status ? { id: 1, state: body.state } : { id: 777, sha: 'x' }));
    });
  });
  await new Promise<void>((r) => github?.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(github.address() as AddressInfo).port}`, calls };
}

describe('with a GitHub environment', () => {
  it("SIGINT while following: the deployment's last status is error, saying the wait was cancelled", async () => {
    const s = await start();
    const gh = await startGitHub();
    const r = await signalled(
      baseInputs(s, {
        ...FOLLOW,
        environment: 'production',
        'github-token': 'ghs_FakeInstallationToken0123456789',
      }),
      'SIGINT',
      FOLLOWING,
      { GITHUB_API_URL: gh.url },
    );

    expectCancelledWhileFollowing(s, r, 'SIGINT');
    const statuses = gh.calls.filter((c) => /\/deployments\/777\/statuses$/.test(c.path));
    expect(statuses.map((c) => c.body.state)).toEqual(['in_progress', 'error']);
    const last = statuses.at(-1)?.body;
    expect(last?.state).toBe('error');
    expect(String(last?.description)).toMatch(/wait .*cancelled/i);
    expect(last?.description).toBe(WAIT_CANCELLED_DESCRIPTION);
  }, 40_000);

  it('SIGINT while GitHub has not answered the deployment request: the request is cut, nothing sent', async () => {
    const s = await start();
    let arrived: (() => void) | undefined;
    const gh = await startGitHub({ arrived: () => arrived?.() });
    const r = await signalled(
      baseInputs(s, {
        ...FOLLOW,
        environment: 'production',
        'github-token': 'ghs_FakeInstallationToken0123456789',
      }),
      'SIGINT',
      (send) => (arrived = send),
      { GITHUB_API_URL: gh.url },
    );
    expectNothingSent(s, r, 'SIGINT');
    expect(gh.calls).toHaveLength(1);
    const warning = r.run.annotations.find((a) => a.title === 'GitHub deployment not recorded');
    expect(warning?.message).toBe(
      'Could not create a GitHub deployment: the run was cancelled (SIGINT) before GitHub answered. The Streampixel deploy itself is unaffected.',
    );
  }, 40_000);
});

// --- a step that does not stop on the signal: the second one ends the process ------------------

/**
 * A preload under which no AbortSignal listener ever hears the signal fire: every step of the
 * run ignores the first SIGINT, as a third-party call that takes no signal would.
 */
function deafToAbort(): { nodeOptions: string; remove: () => void } {
  const preload = join(tmpdir(), `streampixel-deaf-to-abort-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(
    preload,
    `const add = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (type, ...rest) {
  if (type === 'abort' && this instanceof AbortSignal) return;
  return add.call(this, type, ...rest);
};
`,
  );
  return {
    nodeOptions: `--import=${pathToFileURL(preload).href}`,
    remove: () => rmSync(preload, { force: true }),
  };
}

/** How long after the first signal the second is sent: past SECOND_SIGNAL_AFTER_MS. */
const SECOND_AFTER_MS = 1_500;

describe('a step that does not stop on the first signal', () => {
  it('the action: the first SIGINT is not enough; a second one a moment later ends it at once, exit 130', async () => {
    const s = await start();
    const deaf = deafToAbort();
    let child: ChildProcess | undefined;
    let secondAt = 0;
    // The project read never answers, and the deaf run does not hear the first SIGINT.
    s.override(STATUS_ROUTE, () => {
      child?.kill('SIGINT');
      setTimeout(() => {
        secondAt = Date.now();
        child?.kill('SIGINT');
      }, SECOND_AFTER_MS);
      return true;
    });
    try {
      const run = await runAction(baseInputs(s, { 'timeout-seconds': '60' }), {
        env: { ...FAST_FLOOR, NODE_OPTIONS: deaf.nodeOptions },
        killAfterMs: 30_000,
        onLine: (_line, c) => {
          child ??= c;
        },
      });
      expect(secondAt).toBeGreaterThan(0);
      expect(run.exitCode).toBe(130);
      expect(Date.now() - secondAt).toBeLessThan(SECOND_AFTER_MS);
      const errors = errorsOf(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.title).toBe('Deploy cancelled');
      expect(errors[0]?.message).toContain(
        'The run was ended at once by a second signal (SIGINT): a step that does not stop on a signal was still running after the SIGINT.',
      );
      expect(errors[0]?.message).toContain('Check the project in the Streampixel dashboard');
      expect(run.outputs.status).toBe('cancelled');
      expect(s.requests.filter((q) => q.method === 'POST')).toEqual([]);
    } finally {
      deaf.remove();
    }
  }, 40_000);

  it('the command line: SIGINT, then SIGTERM a moment later: exit 143 at once, and its JSON', async () => {
    const s = await start();
    const deaf = deafToAbort();
    let child: ChildProcess | undefined;
    let secondAt = 0;
    s.override(STATUS_ROUTE, () => {
      child?.kill('SIGINT');
      setTimeout(() => {
        secondAt = Date.now();
        child?.kill('SIGTERM');
      }, SECOND_AFTER_MS);
      return true;
    });
    try {
      child = spawn(
        process.execPath,
        [
          CLI,
          '--project-id',
          DEMO_ACCOUNT.projectId,
          '--file-url',
          s.fileUrl('Game.zip'),
          '--api-url',
          s.apiUrl,
          '--timeout-seconds',
          '60',
          '--json',
        ],
        {
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            STREAMPIXEL_API_KEY: DEMO_ACCOUNT.apiKey,
            STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId,
            NODE_OPTIONS: deaf.nodeOptions,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const killer = setTimeout(() => child?.kill('SIGKILL'), 30_000);
      const code = await new Promise<number | null>((done) => child?.on('close', done));
      clearTimeout(killer);

      expect(secondAt).toBeGreaterThan(0);
      expect(code).toBe(143);
      expect(Date.now() - secondAt).toBeLessThan(SECOND_AFTER_MS);
      expect(stderr).toContain(
        'error: Deploy cancelled: The run was ended at once by a second signal (SIGTERM)',
      );
      const result = JSON.parse(stdout) as Record<string, unknown>;
      expect(result).toMatchObject({ status: 'cancelled', ok: false });
      expect((result.failure as { title: string }).title).toBe('Deploy cancelled');
      expect(s.requests.filter((q) => q.method === 'POST')).toEqual([]);
    } finally {
      deaf.remove();
    }
  }, 40_000);
});

// --- the command line ---------------------------------------------------------------------------

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  afterSignalMs: number;
}

/** The built CLI with --wait --json, sent `signal` once stderr shows the build being followed. */
function cliSignalled(s: StandIn, signal: NodeJS.Signals): Promise<CliRun> {
  const child = spawn(
    process.execPath,
    [
      CLI,
      '--project-id',
      DEMO_ACCOUNT.projectId,
      '--file-url',
      s.fileUrl('Game.zip', `X-Amz-Expires=3600&X-Amz-Signature=${SIGNATURE}`),
      '--api-url',
      s.apiUrl,
      '--wait',
      '--poll-interval-seconds',
      '0.1',
      '--json',
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        STREAMPIXEL_API_KEY: DEMO_ACCOUNT.apiKey,
        STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId,
        ...FAST_FLOOR,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let sentAt: number | undefined;
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
    if (sentAt === undefined && FOLLOWING.test(stderr)) {
      sentAt = Date.now();
      child.kill(signal);
    }
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((done) =>
    child.on('close', (code, sig) => {
      clearTimeout(killer);
      done({ code, signal: sig, stdout, stderr, afterSignalMs: Date.now() - (sentAt ?? 0) });
    }),
  );
}

describe('the command line, --wait --json', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s while following: one JSON object, status cancelled with the upload ID, exit %i',
    async (signal, exit) => {
      const s = await start();
      const run = await cliSignalled(s, signal);

      expect(run.signal).toBeNull();
      expect(run.code).toBe(exit);
      expect(run.afterSignalMs).toBeLessThan(GRACE_MS);
      expect(uploadsOf(s)).toBe(1);
      const text = run.stdout.trim();
      expect(text.startsWith('{')).toBe(true);
      const result = JSON.parse(text) as Record<string, unknown>;
      expect(result.status).toBe('cancelled');
      expect(result.uploadId).toBe(s.files[0]?._id);
      expect(JSON.stringify(result)).toContain(signal);
    },
    40_000,
  );
});
