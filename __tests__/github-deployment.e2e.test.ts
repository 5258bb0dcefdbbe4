/**
 * GitHub Deployments, end to end: dist/index.js against the Streampixel
 * stand-in and a loopback stand-in of the GitHub Deployments API.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAction } from '../demo/runner.js';
import { type StandIn, type StandInOptions, startStandIn } from '../demo/stand-in.js';
import { baseInputs, expectNoSecrets, throwOnPost } from './helpers.js';

interface GitHubCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  auth?: string;
  userAgent?: string;
}

const TOKEN = 'ghs_FakeInstallationToken0123456789';

async function startGitHub(
  refuse = false,
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
) {
  standIn = await startStandIn(options);
  const gh = await startGitHub(refuse);
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
