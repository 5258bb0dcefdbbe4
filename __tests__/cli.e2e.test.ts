/**
 * The built command line (dist/cli/index.js) run as a child process against
 * the stand-in, as GitLab, Jenkins or a terminal would run it.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../src/inputs.js';
import { ROOT } from '../demo/runner.js';
import { APPROVED_LIFECYCLE, DEMO_ACCOUNT, type StandIn } from '../demo/stand-in.js';
import {
  expectUploadOf,
  postOf,
  requestsTo,
  SIGNATURE,
  STATUS_ROUTE,
  uploadsOf,
  useStandIn,
} from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const SECRETS = [DEMO_ACCOUNT.apiKey, DEMO_ACCOUNT.userId, SIGNATURE];

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const start = useStandIn();

/** Runs a command with only the environment given (and PATH/HOME), killed if it hangs. */
function exec(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      done({ code, stdout, stderr });
    }),
  );
}

const ACCOUNT_ENV = {
  STREAMPIXEL_API_KEY: DEMO_ACCOUNT.apiKey,
  STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId,
  // The stand-in may be polled faster than Streampixel's 5 s floor.
  STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS: '0.05',
};

function cli(args: string[], env: NodeJS.ProcessEnv = ACCOUNT_ENV): Promise<CliRun> {
  return exec(process.execPath, [CLI, ...args], env);
}

function deployArgs(s: StandIn, ...extra: string[]): string[] {
  return [
    '--project-id',
    DEMO_ACCOUNT.projectId,
    '--file-url',
    s.fileUrl('Game.zip', `X-Amz-Expires=3600&X-Amz-Signature=${SIGNATURE}`),
    '--api-url',
    s.apiUrl,
    ...extra,
  ];
}

function expectNoSecrets(run: CliRun, secrets: string[] = SECRETS): void {
  for (const secret of secrets) {
    for (const form of [secret, encodeURIComponent(secret)]) {
      expect(run.stdout).not.toContain(form);
      expect(run.stderr).not.toContain(form);
    }
  }
}

/** A presigned URL pasted in the wrong place, short enough to be repeated whole by a message. */
const STRAY_SIGNATURE = 'c3RyYXktc2lnbmF0dXJlLTk4NzY1NDMyMQ';
const STRAY_URL = `https://b.io/G.zip?sig=${STRAY_SIGNATURE}`;

/** An input name as a word of its own (not `--wait`, not in a URL or a path). */
const ACTION_TERM = new RegExp(
  `(?<![\\w./?&=#<@:-])(${INPUT_NAMES.filter((n) => n.includes('-')).join('|')})(?![\\w/=>-])|secret passed as|\\b[a-z-]+: (true|false)\\b`,
);

/** What the CLI says about a problem or a failure, in its own terms: flags and variables. */
function expectCliTerms(run: CliRun): void {
  const said = run.stderr.split('\n').filter((l) => /^(error|warning| {2}What to do):? /.test(l));
  expect(said.length).toBeGreaterThan(0);
  for (const line of said) expect(line).not.toMatch(ACTION_TERM);
  if (run.stdout) {
    const result = JSON.parse(run.stdout) as { failure: unknown; problems?: unknown };
    const texts = JSON.stringify([result.failure, result.problems ?? []]);
    expect(texts).not.toMatch(ACTION_TERM);
  }
}

/** With --json, stdout is exactly one JSON document. */
function jsonOf(run: CliRun): Record<string, unknown> {
  expect(run.stdout.trim().startsWith('{')).toBe(true);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('a deploy that succeeds', () => {
  it('checks the artifact, uploads it, and prints one JSON result on stdout', async () => {
    const s = await start();
    const run = await cli(deployArgs(s, '--json'));

    expect(run.code).toBe(0);
    const result = jsonOf(run);
    expect(result).toEqual({
      status: 'queued',
      ok: true,
      projectId: DEMO_ACCOUNT.projectId,
      uploadId: s.files[0]?._id,
      message: 'Build queued for processing',
      artifactUrl: `${s.origin}/files/Game.zip?…`,
      objectUri: null,
      artifactBytes: 114,
      durationMs: expect.any(Number),
      timeline: [],
      failure: null,
    });

    const [check, tail, read, upload] = s.requests;
    expect(check).toMatchObject({ method: 'GET', path: '/files/Game.zip' });
    expect(check?.headers.range).toBe('bytes=0-3');
    expect(tail).toMatchObject({ method: 'GET', path: '/files/Game.zip' });
    expect(tail?.headers.range).toBe('bytes=0-113');
    // The project is read before sending.
    expect(`${read?.method} ${read?.path}`).toBe(STATUS_ROUTE);
    expectUploadOf(s, upload);
    expect(s.requests).toHaveLength(4);

    expect(run.stderr).toContain('(114 B) holds a packaged build of Game (Game.exe)');
    expect(run.stderr).toContain(`Build queued on Streampixel (upload ${s.files[0]?._id})`);
    expectNoSecrets(run);
  });

  it('without --json prints nothing on stdout', async () => {
    const s = await start();
    const run = await cli(deployArgs(s));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Streampixel accepted the build');
    expectNoSecrets(run);
  });

  it('with --wait follows the build until it is approved', async () => {
    const s = await start();
    const run = await cli(
      deployArgs(s, '--wait', '--poll-interval-seconds', '0.05', '--json', '--verbose'),
    );

    expect(run.code).toBe(0);
    const result = jsonOf(run);
    expect(result.status).toBe('approved');
    const timeline = result.timeline as { status: string; at: string; elapsedMs: number }[];
    expect(timeline.map((t) => t.status)).toEqual(APPROVED_LIFECYCLE.slice(1));
    expect(Number.isNaN(Date.parse(timeline[0]?.at ?? ''))).toBe(false);
    expect(run.stderr).toContain(`Build ${s.files[0]?._id} is approved and live.`);
    expect(run.stderr).toContain('debug: GET ');
    // The read before the upload, then one per status after pending.
    expect(requestsTo(s, STATUS_ROUTE)).toHaveLength(APPROVED_LIFECYCLE.length);
    expectNoSecrets(run);
  });

  it('takes booleans bare, as --flag=value and as --no-flag', async () => {
    const s = await start({ rateLimit: false });
    const held = await cli(deployArgs(s, '--auto-release=false', '--wait=False', '--json'));
    expect(held.code).toBe(0);
    // --wait=False: not followed, so queued (not held).
    expect(jsonOf(held).status).toBe('queued');
    expect(uploadsOf(s)).toBe(1);
    expect(JSON.parse(postOf(s)?.body ?? '').autoRelease).toBe(false);

    const before = s.requests.length;
    const dry = await cli(deployArgs(s, '--dry-run', '--no-check-file-url', '--json'));
    expect(dry.code).toBe(0);
    expect(jsonOf(dry).status).toBe('dry-run');
    // A dry run reads the project (the credentials), checks no file and sends nothing.
    expect(s.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([STATUS_ROUTE]);
    expect(dry.stderr).toContain('Nothing was sent to Streampixel');

    const bare = await cli(
      deployArgs(s, '--wait', '--no-auto-release', '--poll-interval-seconds', '0.05', '--json'),
    );
    expect(bare.code).toBe(0);
    // --wait bare follows it; --no-auto-release holds it once past scanning.
    expect(jsonOf(bare).status).toBe('held');
    expect(bare.stderr).toContain('is held (autoRelease: false): distribute it to go live');

    // The held build counts as being processed: this run waits for it first (quickly, here).
    const off = await cli(deployArgs(s, '--no-wait', '--poll-interval-seconds', '0.05', '--json'));
    expect(off.code).toBe(0);
    expect(jsonOf(off).status).toBe('queued');
    expect(uploadsOf(s)).toBe(3);
  });

  it('takes the project from STREAMPIXEL_PROJECT_ID when --project-id is not given', async () => {
    const s = await start();
    const run = await cli(['--file-url', s.fileUrl('Game.zip'), '--api-url', s.apiUrl, '--json'], {
      ...ACCOUNT_ENV,
      STREAMPIXEL_PROJECT_ID: DEMO_ACCOUNT.projectId,
    });
    expect(run.code).toBe(0);
    expect(jsonOf(run).projectId).toBe(DEMO_ACCOUNT.projectId);
  });
});

describe('bad usage exits 2 and sends nothing', () => {
  it('an unknown flag', async () => {
    const s = await start();
    const run = await cli(deployArgs(s, '--bogus'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: unknown flag --bogus');
    expect(run.stderr).toContain('--help');
    expect(run.stdout).toBe('');
    const typo = await cli(deployArgs(s, '--dryrun'));
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('error: unknown flag --dryrun; did you mean --dry-run?');
    expect(s.requests).toHaveLength(0);
  });

  it('a boolean followed by a separate value says how to write it', async () => {
    const s = await start();
    const run = await cli(deployArgs(s, '--auto-release', 'false'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'error: --auto-release must be true or false, written --auto-release=false or --no-auto-release; got "false" as a separate argument.',
    );
    expect(s.requests).toHaveLength(0);
  });

  it('a positional argument, or a flag without its value', async () => {
    const s = await start();
    const word = await cli(deployArgs(s, 'Game.zip'));
    expect(word.code).toBe(2);
    expect(word.stderr).toContain(
      'error: unexpected argument "Game.zip": this command takes no positional arguments',
    );
    expect(word.stderr).toContain('--help');

    // A presigned URL without its --file-url: named, but its signature masked, on stderr and in JSON.
    const url = await cli(['--project-id', DEMO_ACCOUNT.projectId, STRAY_URL, '--json']);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain(
      'error: unexpected argument a URL: this command takes no positional arguments',
    );
    expect(jsonOf(url).failure).toEqual({
      title: 'Bad usage',
      message: expect.stringContaining('takes no positional arguments'),
      hint: expect.stringContaining('--help'),
    });
    expectNoSecrets(url, [STRAY_SIGNATURE]);

    const missing = await cli(['--project-id']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: --project-id needs a value: --project-id VALUE.');
    // An empty $UPLOAD_ID in a script: the next flag is not taken for its value.
    const swallowed = await cli(deployArgs(s, '--upload-id', '--wait'));
    expect(swallowed.code).toBe(2);
    expect(swallowed.stderr).toContain('error: --upload-id needs a value: --upload-id VALUE.');
    expect(s.requests).toHaveLength(0);
  });

  it('a URL taken as the value of a boolean flag is not repeated', async () => {
    const s = await start();
    for (const [flag, args] of [
      ['--dry-run', ['--dry-run', STRAY_URL, '--json']],
      ['--wait', ['--wait', STRAY_URL, '--json']],
      ['--json', ['--json', STRAY_URL]],
      ['--verbose', [`--verbose=${STRAY_URL}`, '--json']],
    ] as const) {
      const run = await cli([...deployArgs(s), ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`error: [^\\n]*${flag}[^\\n]* must be true or false`));
      expect(jsonOf(run).status).toBe('failed');
      expectNoSecrets(run, [...SECRETS, STRAY_SIGNATURE]);
    }
    expect(s.requests).toHaveLength(0);
  });

  it('every invalid input at once, in the same words as the action, and as JSON with --json', async () => {
    const s = await start();
    const run = await cli(
      [
        '--project-id',
        `https://dashboard.streampixel.io/projectdetail/${DEMO_ACCOUNT.projectId}`,
        '--file-url',
        'https://drive.google.com/file/d/1AbC/view',
        '--api-url',
        s.apiUrl,
        '--wait=yes',
        '--json',
      ],
      { STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('STREAMPIXEL_API_KEY is not set');
    expect(run.stderr).toMatch(/^error: --project-id [^\n]*URL/m);
    expect(run.stderr).toContain("opens Google Drive's viewer");
    expect(run.stderr).toContain('got "yes"');
    expect(run.stderr).toContain('4 invalid input(s); nothing was sent to Streampixel.');
    const result = jsonOf(run);
    expect(result.status).toBe('failed');
    expect((result.problems as { input: string }[]).map((p) => p.input)).toEqual([
      'STREAMPIXEL_API_KEY',
      '--project-id',
      '--file-url',
      '--wait',
    ]);
    // In the CLI's terms: "--wait must be true or false", not "wait must be…"; and said once, not
    // "--wait is not a boolean: --wait must be…".
    expect(run.stderr).toMatch(/^error: --wait must be true or false[^\n]*; got "yes"\.$/m);
    expect(run.stderr).toMatch(/^error: STREAMPIXEL_API_KEY is not set: export it/m);
    expect(run.stderr).not.toMatch(/(--wait|STREAMPIXEL_API_KEY) is [^:\n]*: \1/);
    expect((result.failure as { message: string }).message).toContain(
      'STREAMPIXEL_API_KEY is not set: export it',
    );
    expect((result.failure as { message: string }).message).not.toMatch(/is required: /);
    expectCliTerms(run);
    expect(s.requests).toHaveLength(0);
  });

  it('names inputs as flags and variables, also when they come from the environment', async () => {
    const s = await start();
    const both = await cli([...deployArgs(s), '--upload-id', '6650aa0b1c2d3e4f5a6b7c8d', '--json']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('error: --file-url and --upload-id both given: Give --file-url');
    expectCliTerms(both);

    const fromEnv = await cli(['--file-url', s.fileUrl('Game.zip'), '--api-url', s.apiUrl], {
      ...ACCOUNT_ENV,
      STREAMPIXEL_PROJECT_ID: 'not an id',
    });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toMatch(/^error: STREAMPIXEL_PROJECT_ID /m);
    expectCliTerms(fromEnv);
    expect(s.requests).toHaveLength(0);
  });

  it('--upload-id wins over a file URL only the environment gives, with a note; --file-url still clashes', async () => {
    const earlier = '6650aa0b1c2d3e4f5a6b7c8d';
    const s = await start({ existingUploads: { [earlier]: 'Approved' } });
    const args = ['--project-id', DEMO_ACCOUNT.projectId, '--api-url', s.apiUrl, '--json'];
    const pipelineWide = {
      ...ACCOUNT_ENV,
      STREAMPIXEL_FILE_URL: s.fileUrl('Game.zip', `X-Amz-Signature=${SIGNATURE}`),
    };
    const rollback = await cli([...args, '--upload-id', earlier], pipelineWide);
    expect(rollback.code).toBe(0);
    expect(rollback.stderr).toContain(
      'note: STREAMPIXEL_FILE_URL is set but ignored: the command line gives --upload-id.\n',
    );
    expect(jsonOf(rollback)).toMatchObject({ status: 'distributed', uploadId: earlier });
    expect(s.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/projects/distribute-file',
    ]);
    expect(rollback.stderr).not.toContain(SIGNATURE);

    const both = await cli(
      [...args, '--upload-id', earlier, '--file-url', s.fileUrl('Game.zip')],
      pipelineWide,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--file-url and --upload-id both given');
    expect(both.stderr).not.toContain('note:');
  });

  it('a warning names its flag once', async () => {
    const s = await start();
    const run = await cli(deployArgs(s, '--s3-region', 'eu-west-1', '--dry-run'));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: --s3-region is only used with --path, to upload/m);
    expect(run.stderr).not.toContain('--s3-region is ignored: --s3-region');
  });

  it('no credentials in the environment', async () => {
    const s = await start();
    const run = await cli(deployArgs(s), {});
    expect(run.code).toBe(2);
    // Each variable named once per line: not "STREAMPIXEL_USER_ID is required: STREAMPIXEL_USER_ID is…".
    expect(run.stderr).toMatch(/^error: STREAMPIXEL_API_KEY is not set: /m);
    expect(run.stderr).toMatch(/^error: STREAMPIXEL_USER_ID is not set: /m);
    expect(run.stderr).not.toContain('is required');
    expect(s.requests).toHaveLength(0);
  });

  it('refuses the key and the user ID as flags, without repeating them', async () => {
    const s = await start();
    for (const args of [
      ['--api-key', DEMO_ACCOUNT.apiKey],
      [`--api-key=${DEMO_ACCOUNT.apiKey}`],
      ['--user-id', DEMO_ACCOUNT.userId],
    ]) {
      const run = await cli([...deployArgs(s), ...args], {});
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--(api-key|user-id) is not accepted/);
      expect(run.stderr).toContain('shell history');
      expect(run.stderr).toMatch(/STREAMPIXEL_(API_KEY|USER_ID)/);
      expectNoSecrets(run);
    }
    expect(s.requests).toHaveLength(0);
  });
});

describe('a deploy that fails exits 1', () => {
  it('reports a rejected API key as the action does, and never prints the key', async () => {
    const s = await start();
    const wrongKey = 'spk_rotated_0000000000000000000000';
    const run = await cli(deployArgs(s, '--json'), {
      ...ACCOUNT_ENV,
      STREAMPIXEL_API_KEY: wrongKey,
    });

    expect(run.code).toBe(1);
    const result = jsonOf(run);
    expect(result.status).toBe('failed');
    expect(result.failure).toEqual({
      title: 'Streampixel: invalid API key',
      message:
        'Streampixel rejected STREAMPIXEL_API_KEY (HTTP 401: "Unauthorized: Invalid API Key").',
      hint: expect.stringContaining('rotated'),
    });
    expect((result.failure as { hint: string }).hint).toContain('STREAMPIXEL_API_KEY');
    expect(run.stderr).toContain('error: Streampixel: invalid API key');
    expectCliTerms(run);
    // Refused at the project read, not retried, and nothing is sent.
    expect(s.requests.map((r) => `${r.method} ${r.path}`).slice(2)).toEqual([STATUS_ROUTE]);
    expect(uploadsOf(s)).toBe(0);
    expectNoSecrets(run, [wrongKey, DEMO_ACCOUNT.userId, SIGNATURE]);
  });

  it('gives advice in flags: --wait-timeout-minutes', async () => {
    const s = await start({ lifecycle: ['pending', 'Downloading Files'] });
    const slow = await cli(
      deployArgs(
        s,
        '--wait',
        '--wait-timeout-minutes',
        '0.01',
        '--poll-interval-seconds',
        '0.05',
        '--json',
      ),
    );
    expect(slow.code).toBe(1);
    const failure = jsonOf(slow).failure as { message: string; hint: string };
    expect(failure.message).toContain('--wait-timeout-minutes=0.01');
    expect(failure.hint).toContain('--wait-timeout-minutes');
    expect(slow.stderr).toContain(`What to do: ${failure.hint}`);
    expectCliTerms(slow);
  });

  it('gives advice in flags: --wait=false', async () => {
    const legacy = await start({ legacyUploadAnswer: true });
    const blind = await cli(deployArgs(legacy, '--wait', '--json'));
    expect(blind.code).toBe(1);
    expect((jsonOf(blind).failure as { hint: string }).hint).toContain('--wait=false');
    expectCliTerms(blind);
  });

  it('masks a secret that the server echoes back', async () => {
    const s = await start();
    s.override('POST /projects/upload-file', (_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `bad key ${DEMO_ACCOUNT.apiKey} for ${SIGNATURE}` }));
    });
    const run = await cli(deployArgs(s, '--json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad key *** for ***');
    expect(jsonOf(run).failure).toMatchObject({ title: 'Streampixel: request refused' });
    expectNoSecrets(run);
  });
});

describe('help, version and packaging', () => {
  it('--help names every flag with the default action.yml gives it, the variables and exit codes', async () => {
    const run = await cli(['--help'], {});
    expect(run.code).toBe(0);
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const notFlags = ['api-key', 'user-id', 'environment', 'environment-url', 'github-token'];
    for (const [name, input] of Object.entries(action.inputs)) {
      if (notFlags.includes(name)) continue;
      const entry = new RegExp(`^  --(\\[no-\\])?${name}[ [][^\\n]*(\\n {10,}[^\\n]*)*`, 'm').exec(
        run.stdout,
      );
      expect(entry).not.toBeNull();
      if (input.default !== undefined)
        expect(entry?.[0].replace(/\s+/g, ' ')).toContain(`(default: ${input.default})`);
    }
    for (const text of ['STREAMPIXEL_API_KEY', 'STREAMPIXEL_USER_ID', 'STREAMPIXEL_PROJECT_ID'])
      expect(run.stdout).toContain(text);
    expect(run.stdout).toMatch(/^ {2}0 {4}deployed/m);
    expect(run.stdout).toMatch(/^ {2}1 {4}the deploy failed/m);
    expect(run.stdout).toMatch(/^ {2}2 {4}bad usage/m);
    expect(run.stdout).toMatch(/^ {2}130 {2}cancelled by SIGINT/m);
    expect(run.stdout).toContain('Examples:');
  });

  it('--version is the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
      bin: Record<string, string>;
    };
    const run = await cli(['--version'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`streampixel-deploy ${pkg.version}\n`);
    expect(pkg.bin['streampixel-deploy']).toBe('dist/cli/index.js');
  });

  it('--help and --version print text, also with --json (as --help says)', async () => {
    const help = await cli(['--json', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: streampixel-deploy /);
    expect(help.stdout).toMatch(
      /--help {2,}show this help on stdout \(as text, also with --json\)/,
    );
    const version = await cli(['--version', '--json'], {});
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^streampixel-deploy \d+\.\d+\.\d+\n$/);
  });

  it('--json with any value but a false one answers in JSON, also for bad usage', async () => {
    for (const args of [['--json=yes'], ['--json', 'yes'], ['--json=1', '--bogus'], ['--json']]) {
      const run = await cli(args, {});
      expect(run.code).toBe(2);
      expect(jsonOf(run)).toMatchObject({ status: 'failed', ok: false });
    }
    for (const args of [
      ['--json=false', '--bogus'],
      ['--json', '--no-json', '--bogus'],
    ]) {
      const run = await cli(args, {});
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    }
  });

  it('is an executable script; no file in dist/cli/ carries @actions/core or @actions/github code', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // Strings only that code has: its path comments, a workflow command, the environment it reads.
    const markers = {
      '@actions/core': ['node_modules/@actions/core', 'ACTIONS_ID_TOKEN_REQUEST_URL'],
      '@actions/github': ['node_modules/@actions/github', 'GITHUB_EVENT_PATH', 'octokit'],
    };
    const read = (dir: string): string[] =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(dir, f), 'utf8'));
    // The markers are real: the action's bundle has each of them.
    const action = read(join(ROOT, 'dist')).join('\n');
    for (const marker of Object.values(markers).flat()) expect(action).toContain(marker);
    const files = readdirSync(join(ROOT, 'dist', 'cli')).filter((f) => f.endsWith('.js'));
    // index.js, the deploy chunk and the proxy chunk (http-client, undici, tunnel) at least.
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const code = readFileSync(join(ROOT, 'dist', 'cli', file), 'utf8');
      for (const [pkg, list] of Object.entries(markers))
        for (const marker of list)
          expect({ file, pkg, has: code.includes(marker) }).toEqual({ file, pkg, has: false });
    }
  });

  it('runs through npx, offline', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'streampixel-npx-'));
    try {
      const run = await exec('npx', ['--offline', '--yes', ROOT, '--version'], {
        npm_config_cache: cache,
        npm_config_update_notifier: 'false',
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^streampixel-deploy \d+\.\d+\.\d+\n$/);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
