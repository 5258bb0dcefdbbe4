/**
 * GitHub Deployments, end to end: dist/index.js against the Streampixel
 * stand-in and a loopback stand-in of the GitHub Deployments API.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAction } from '../demo/runner.js';
import { type StandIn, type StandInOptions, startStandIn } from '../demo/stand-in.js';
import { Cancelled } from '../src/cancel.js';
import { baseInputs, expectNoSecrets, throwOnPost } from './helpers.js';
import {
  MAX_ATTEMPTS,
  RATE_LIMIT_BUDGET_MS,
  WAIT_CANCELLED_DESCRIPTION,
  startDeployment,
  type DeploymentTracker,
} from '../src/github-deployment.js';

interface GitHubCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  auth?: string;
  userAgent?: string;
}

const TOKEN = 'ghs_FakeInstallationToken0123456789';

/** A scripted answer for one call; calls past the script get the stand-in's usual answer. */
interface GitHubAnswer {
  status: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

const SECONDARY_LIMIT: GitHubAnswer = {
  status: 403,
  body: {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url:
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  },
};
const NOT_ACCESSIBLE: GitHubAnswer = {
  status: 403,
  body: { message: 'Resource not accessible by integration' },
};

async function startGitHub(
  refuse = false,
  answers: (GitHubAnswer | undefined)[] = [],
): Promise<{ url: string; calls: GitHubCall[]; server: Server }> {
  const calls: GitHubCall[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        body: text ? JSON.parse(text) : {},
        auth: req.headers.authorization,
        userAgent: req.headers['user-agent'],
      });
      res.setHeader('content-type', 'application/json');
      const scripted = answers[calls.length - 1];
      if (scripted) {
        res.writeHead(scripted.status, scripted.headers);
        return res.end(JSON.stringify(scripted.body));
      }
      if (refuse) {
        res.statusCode = 403;
        return res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
      }
      res.statusCode = 201;
      const status = /\/deployments\/(\d+)\/statuses$/.exec(req.url ?? '');
      res.end(
        JSON.stringify(status ? { id: 1, state: JSON.parse(text).state } : { id: 777, sha: 'x' }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server };
}

let standIn: StandIn | undefined;
let github: Server | undefined;
afterEach(async () => {
  await standIn?.close();
  await new Promise((r) => (github ? github.close(r) : r(undefined)));
  standIn = undefined;
  github = undefined;
});

async function deployWithEnvironment(
  extra: Record<string, string>,
  options: StandInOptions = {},
  refuse = false,
  env: NodeJS.ProcessEnv = {},
  answers: (GitHubAnswer | undefined)[] = [],
) {
  standIn = await startStandIn(options);
  const gh = await startGitHub(refuse, answers);
  github = gh.server;
  const run = await runAction(
    baseInputs(standIn, {
      environment: 'production',
      'environment-url': 'https://play.example.com',
      'github-token': TOKEN,
      ...extra,
    }),
    { env: { GITHUB_API_URL: gh.url, ...env } },
  );
  return { run, calls: gh.calls };
}

describe('environment set', () => {
  it('records a deployment for the commit, in progress then success, with the run and environment links', async () => {
    const { run, calls } = await deployWithEnvironment({});

    expect(run.exitCode).toBe(0);
    expect(run.outputs['deployment-id']).toBe('777');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /repos/acme/unreal-game/deployments',
      'POST /repos/acme/unreal-game/deployments/777/statuses',
      'POST /repos/acme/unreal-game/deployments/777/statuses',
    ]);
    expect(calls[0]?.body).toMatchObject({
      ref: '0123456789abcdef0123456789abcdef01234567',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    });
    expect(calls[1]?.body).toMatchObject({
      state: 'in_progress',
      log_url: 'https://github.com/acme/unreal-game/actions/runs/4242',
      environment_url: 'https://play.example.com',
    });
    expect(calls[2]?.body).toMatchObject({ state: 'success' });
    expect(calls[0]?.auth).toBe(`token ${TOKEN}`);
    expect(calls[0]?.userAgent).toMatch(/^streampixel-deploy\/\d+\.\d+\.\d+/);
    expectNoSecrets(run);
    expect(
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(TOKEN);
  });

  it('with wait, marks failure only once the build is rejected', async () => {
    const { run, calls } = await deployWithEnvironment(
      { wait: 'true', 'poll-interval-seconds': '0.1' },
      { lifecycle: ['pending', 'Reject'] },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('rejected');
    expect(calls.map((c) => c.body.state).filter(Boolean)).toEqual(['in_progress', 'failure']);
  });

  it('a refused GitHub API is a warning naming the permission, never a failed deploy', async () => {
    const { run, calls } = await deployWithEnvironment({}, {}, true);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('queued');
    expect(calls).toHaveLength(1);
    const warning = run.annotations.find((a) => a.level === 'warning');
    expect(warning?.title).toBe('GitHub deployment not recorded');
    expect(warning?.message).toContain('deployments: write');
  });

  it('an unexpected exception still marks the deployment failed, not in progress forever', async () => {
    const bug = throwOnPost('simulated bug');
    const { run, calls } = await deployWithEnvironment({}, {}, false, {
      NODE_OPTIONS: bug.nodeOptions,
    });
    bug.remove();
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.title).toBe('Unexpected error');
    expect(calls.map((c) => c.body.state).filter(Boolean)).toEqual(['in_progress', 'failure']);
  });

  it('is skipped in a dry run', async () => {
    const { run, calls } = await deployWithEnvironment({ 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(calls).toEqual([]);
  });
});

const callsOf = (calls: GitHubCall[]) =>
  calls.map((c) =>
    `${c.method} ${c.path.replace(/^\/repos\/acme\/unreal-game/, '')} ${c.body.state ?? ''}`.trim(),
  );

describe('GitHub rate limits and failed statuses', () => {
  it('a secondary rate limit (403) is waited out and retried, never blamed on permissions', async () => {
    const { run, calls } = await deployWithEnvironment({}, {}, false, {}, [
      { ...SECONDARY_LIMIT, headers: { 'retry-after': '1' } },
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['deployment-id']).toBe('777');
    expect(callsOf(calls)).toEqual([
      'POST /deployments',
      'POST /deployments',
      'POST /deployments/777/statuses in_progress',
      'POST /deployments/777/statuses success',
    ]);
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(run.stdout).not.toContain('deployments: write');
  });

  it('a 429 with retry-after is retried', async () => {
    const { run, calls } = await deployWithEnvironment({}, {}, false, {}, [
      undefined,
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too many requests' } },
    ]);
    expect(run.exitCode).toBe(0);
    expect(callsOf(calls)).toEqual([
      'POST /deployments',
      'POST /deployments/777/statuses in_progress',
      'POST /deployments/777/statuses in_progress',
      'POST /deployments/777/statuses success',
    ]);
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('a failed in_progress status still leaves the deployment finished as success, and deployment-id set', async () => {
    const { run, calls } = await deployWithEnvironment({}, {}, false, {}, [
      undefined,
      { status: 500, body: { message: 'Server Error' } },
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['deployment-id']).toBe('777');
    expect(callsOf(calls)).toEqual([
      'POST /deployments',
      'POST /deployments/777/statuses in_progress',
      'POST /deployments/777/statuses success',
    ]);
    const warning = run.annotations.find((a) => a.level === 'warning');
    expect(warning?.message).toContain('Could not mark GitHub deployment 777 as in progress');
    expect(warning?.message).toContain('It was marked success at the end.');
    expect(warning?.message).not.toContain('deployments: write');
  });

  it('a real permission 403 on a status names the permission, and the deployment is still finished', async () => {
    const { run, calls } = await deployWithEnvironment({}, {}, false, {}, [
      undefined,
      NOT_ACCESSIBLE,
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['deployment-id']).toBe('777');
    expect(calls).toHaveLength(3);
    const warning = run.annotations.find((a) => a.level === 'warning');
    expect(warning?.message).toContain('Resource not accessible by integration');
    expect(warning?.message).toContain('permissions: deployments: write');
  });
});

describe('startDeployment, with its waits injected', () => {
  const ENV = {
    GITHUB_REPOSITORY: 'acme/unreal-game',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  };
  async function start(answers: (GitHubAnswer | undefined)[], now = () => 1_700_000_000_000) {
    const gh = await startGitHub(false, answers);
    github = gh.server;
    const waits: number[] = [];
    const started = await startDeployment({
      token: TOKEN,
      environment: 'production',
      description: 'Upload to Streampixel',
      env: { ...ENV, GITHUB_API_URL: gh.url },
      sleep: async (ms) => {
        waits.push(ms);
      },
      now,
    });
    return { started, calls: gh.calls, waits };
  }

  it('a secondary rate limit without headers waits the documented minute', async () => {
    const { started, waits } = await start([SECONDARY_LIMIT]);
    expect(started).toMatchObject({ id: 777 });
    expect(waits).toEqual([60_000]);
  });

  it('x-ratelimit-remaining: 0 waits until x-ratelimit-reset', async () => {
    const now = 1_700_000_000_000;
    const { started, waits } = await start(
      [
        {
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 12) },
          body: { message: 'API rate limit exceeded for installation ID 1.' },
        },
      ],
      () => now,
    );
    expect(started).toMatchObject({ id: 777 });
    expect(waits).toEqual([12_000]);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts, or at once past the ${RATE_LIMIT_BUDGET_MS / 1000} s budget, saying rate limit, not permissions`, async () => {
    const limited = { ...SECONDARY_LIMIT, headers: { 'retry-after': '5' } };
    const { started, calls, waits } = await start([limited, limited, limited, limited]);
    expect(calls).toHaveLength(MAX_ATTEMPTS);
    expect(waits).toEqual([5_000, 5_000]);
    expect('warning' in started && started.warning).toMatch(
      /^Could not create a GitHub deployment: GitHub's secondary rate limit \(HTTP 403: You have exceeded a secondary rate limit/,
    );
    expect(JSON.stringify(started)).not.toContain('permissions');

    await new Promise((r) => github?.close(r));
    const long = await start([{ ...SECONDARY_LIMIT, headers: { 'retry-after': '61' } }]);
    expect(long.calls).toHaveLength(1);
    expect(long.waits).toEqual([]);
    expect(JSON.stringify(long.started)).not.toContain('permissions');
  });

  it('a cancel ends a rate-limit wait at once; finishing after it still records the state, without waiting', async () => {
    const gh = await startGitHub(false, [{ ...SECONDARY_LIMIT, headers: { 'retry-after': '50' } }]);
    github = gh.server;
    const controller = new AbortController();
    const request = {
      token: TOKEN,
      environment: 'production',
      description: 'Upload to Streampixel',
      env: { ...ENV, GITHUB_API_URL: gh.url },
      signal: controller.signal,
    };
    setTimeout(() => controller.abort(new Cancelled('SIGINT')), 200);
    const began = Date.now();
    const refused = await startDeployment(request);
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(refused).toEqual({
      warning:
        'Could not create a GitHub deployment: GitHub rate-limited it, and the run was cancelled (SIGINT) before the limit passed. The Streampixel deploy itself is unaffected.',
    });
    expect(gh.calls).toHaveLength(1);

    // Created before the cancel: its last status is still sent, once, rate-limited or not.
    const later = await startGitHub(false, [
      undefined,
      undefined,
      { ...SECONDARY_LIMIT, headers: { 'retry-after': '50' } },
    ]);
    const late = new AbortController();
    const tracker = (await startDeployment({
      ...request,
      env: { ...ENV, GITHUB_API_URL: later.url },
      signal: late.signal,
    })) as DeploymentTracker;
    late.abort(new Cancelled('SIGTERM'));
    const finishing = Date.now();
    const warning = await tracker.finish('error');
    expect(Date.now() - finishing).toBeLessThan(5_000);
    expect(later.calls.map((c) => c.body.state)).toEqual([undefined, 'in_progress', 'error']);
    expect(warning).toBe(
      'Could not mark GitHub deployment 777 as error: GitHub rate-limited it, and the run was cancelled (SIGTERM) before the limit passed. The Streampixel deploy itself is unaffected.',
    );
    await new Promise((r) => later.server.close(r));
  });

  it("finish('error') records the cancelled wait", async () => {
    const { started, calls } = await start([]);
    const warning = await (started as DeploymentTracker).finish('error');
    expect(warning).toBeUndefined();
    expect(calls[2]?.body).toMatchObject({
      state: 'error',
      description: WAIT_CANCELLED_DESCRIPTION,
      auto_inactive: false,
    });
  });
});
