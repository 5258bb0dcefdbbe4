#!/usr/bin/env node
/**
 * `npx streampixel-deploy`: the command line for GitLab, Jenkins, Buildkite or
 * a terminal. A thin adapter over the same parseConfig() and deploy() as the
 * action, with no @actions/* import: flags named like the action's inputs,
 * secrets only from the environment, progress on stderr (every line through
 * the Redactor), and with --json one JSON object on stdout and nothing else.
 *
 * Exit codes: 0 deployed (or dry run), 1 the deploy failed, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_API_URL,
  INPUT_NAMES,
  type InputName,
  type InputProblem,
  parseConfig,
  type RawInputs,
  secretValues,
  STAND_IN_POLL_FLOOR_ENV,
} from './config.js';
import type { DeployResult, Failure, Progress } from './deploy.js';
import { cleanServerText, Redactor } from './redact.js';
import { ACTION_NAME, ACTION_VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export const ENV_API_KEY = 'STREAMPIXEL_API_KEY';
export const ENV_USER_ID = 'STREAMPIXEL_USER_ID';
export const ENV_PROJECT_ID = 'STREAMPIXEL_PROJECT_ID';

interface Flag {
  input: InputName;
  /** Booleans take no value, or one: --wait, --wait=false, --wait false. */
  boolean: boolean;
  meta?: string;
  default?: string;
  help: string;
}

/** The action's inputs that make sense outside GitHub, as flags of the same names. */
const FLAGS: Flag[] = [
  {
    input: 'file-url',
    boolean: false,
    meta: 'URL',
    help: 'direct download URL of the build .zip (a presigned S3/GCS/R2 URL); give this or --upload-id',
  },
  {
    input: 'upload-id',
    boolean: false,
    meta: 'ID',
    help: 'distribute this earlier upload instead (rollback, or release a held build)',
  },
  {
    input: 'project-id',
    boolean: false,
    meta: 'ID',
    default: `$${ENV_PROJECT_ID}`,
    help: 'the project: the 24-character ID at the end of its dashboard URL',
  },
  {
    input: 'api-url',
    boolean: false,
    meta: 'URL',
    default: DEFAULT_API_URL,
    help: 'API base URL; https only (plain http only to a loopback stand-in)',
  },
  {
    input: 'auto-release',
    boolean: true,
    default: 'true',
    help: 'sent as autoRelease; false holds the processed build for a later distribute',
  },
  {
    input: 'check-file-url',
    boolean: true,
    default: 'true',
    help: 'check that --file-url downloads a zip (first 4 bytes) before uploading',
  },
  {
    input: 'dry-run',
    boolean: true,
    default: 'false',
    help: 'do everything except sending the upload or distribute request',
  },
  {
    input: 'max-attempts',
    boolean: false,
    meta: 'N',
    default: '3',
    help: 'attempts per request, 1 to 10',
  },
  {
    input: 'timeout-seconds',
    boolean: false,
    meta: 'S',
    default: '30',
    help: 'time limit per request (connect, headers and the whole body)',
  },
  {
    input: 'wait',
    boolean: true,
    default: 'false',
    help: 'follow the upload until Streampixel approves or rejects it',
  },
  {
    input: 'wait-timeout-minutes',
    boolean: false,
    meta: 'M',
    default: '60',
    help: 'how long --wait follows the upload; decimals allowed',
  },
  {
    input: 'poll-interval-seconds',
    boolean: false,
    meta: 'S',
    default: '15',
    help: 'seconds between status requests with --wait; never below 5',
  },
];

/** Flags of the CLI itself. */
const OWN_BOOLEANS = ['json', 'verbose'] as const;

/** Secrets that people will try to pass as flags. */
const REFUSED: Record<string, string> = {
  'api-key': ENV_API_KEY,
  apikey: ENV_API_KEY,
  'user-id': ENV_USER_ID,
  userid: ENV_USER_ID,
};

const BOOLEAN_NAMES = new Set<string>([
  ...FLAGS.filter((f) => f.boolean).map((f) => f.input),
  ...OWN_BOOLEANS,
]);

class UsageError extends Error {}

const WIDTH = 100;
const LEFT = 30;

/** Words in lines of at most `width` characters, continuation lines indented to the description column. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(LEFT)}`).replace(/\u00a0/g, ' ');
}

export function usage(): string {
  const rows: [string, string][] = [];
  const row = (flag: Flag): void => {
    const left = flag.boolean
      ? `--${flag.input}[=BOOL]`
      : `--${flag.input} ${flag.meta ?? 'VALUE'}`;
    // A default is kept whole on one line.
    const fallback = flag.default ? ` (default:\u00a0${flag.default})` : '';
    rows.push([left, `${flag.help}${fallback}`]);
  };
  const what = FLAGS.filter((f) => ['file-url', 'upload-id', 'project-id'].includes(f.input));
  const options = FLAGS.filter((f) => !what.includes(f));
  const table = (entries: [string, string][]): string =>
    entries.map(([l, r]) => `  ${l.padEnd(LEFT - 2)}${wrap(r, WIDTH - LEFT)}`).join('\n');
  for (const f of what) row(f);
  const whatRows = rows.splice(0);
  for (const f of options) row(f);
  rows.push(
    ['--json', 'print the result as one JSON object on stdout (and nothing else there)'],
    ['--verbose', "also print each request's method, URL (no query), status and timing"],
    ['-h, --help', 'show this help on stdout (as text, also with --json)'],
    ['-V, --version', 'print the version on stdout (as text, also with --json)'],
  );
  return `Usage: ${ACTION_NAME} --project-id ID (--file-url URL | --upload-id ID) [options]

Deploys an Unreal Engine build (.zip) to Streampixel from any CI or a terminal:
checks that the URL serves a zip, asks Streampixel to download it, and with
--wait follows the build until it is approved or rejected.

Secrets are read only from the environment, never from flags (flags end up in
shell history and in process lists):
  ${ENV_API_KEY.padEnd(LEFT - 2)}the API key (required)
  ${ENV_USER_ID.padEnd(LEFT - 2)}user ID of the account that owns the key (required)
  ${ENV_PROJECT_ID.padEnd(LEFT - 2)}the project ID, when --project-id is not given

What to deploy:
${table(whatRows)}

Options:
${table(rows)}

Booleans: --wait, --wait=true, --wait=false or --wait false (also True, TRUE, False, FALSE).
Progress and errors go to stderr with secrets masked; stdout carries only the --json result.

Exit codes:
  0  deployed: build queued, approved (--wait), distributed, or a dry run
  1  the deploy failed: refused, rejected, timed out, unreachable
  2  bad usage: unknown flag, missing or invalid input; nothing was sent

Examples:
  export ${ENV_API_KEY}=… ${ENV_USER_ID}=…    # from your CI's secret store
  ${ACTION_NAME} --project-id 665a2b3c4d5e6f7a8b9c0d1e \\
    --file-url "$(aws s3 presign s3://bucket/Game.zip --expires-in 3600)"
  ${ACTION_NAME} --project-id "$PROJECT" --file-url "$URL" --wait --json > result.json
  ${ACTION_NAME} --project-id "$PROJECT" --file-url "$URL" --dry-run
  ${ACTION_NAME} --project-id "$PROJECT" --upload-id 6650aa0b1c2d3e4f5a6b7c8d   # roll back
`;
}

interface Parsed {
  values: Partial<Record<string, string | boolean>>;
}

/**
 * node:util parseArgs does not take a value for a boolean (`--wait=false`,
 * `--wait false`), so booleans are rewritten to `--name=value` first and all
 * parsed as strings. A secret flag is refused at once, and nothing after it
 * (its value) is ever echoed.
 */
function parseArgv(argv: string[]): Parsed {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const m = /^--([^=]+)(=[\s\S]*)?$/.exec(arg);
    const name = m?.[1];
    if (name !== undefined && Object.hasOwn(REFUSED, name)) {
      throw new UsageError(
        `--${name} is not accepted: flags end up in shell history and in process lists that other users can read. Set the environment variable ${REFUSED[name]} instead, from your CI's secret store.`,
      );
    }
    if (name !== undefined && BOOLEAN_NAMES.has(name) && m?.[2] === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('-')) {
        args.push(`--${name}=${next}`);
        i++;
      } else {
        args.push(`--${name}=true`);
      }
      continue;
    }
    args.push(arg);
  }
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
  };
  for (const f of FLAGS) options[f.input] = { type: 'string' };
  for (const name of OWN_BOOLEANS) options[name] = { type: 'string' };
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\s*\n\s*/g, ' '));
  }
}

/** A value as a message repeats it: a URL (a presigned one carries its signature) is only named. */
function shown(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim())) return 'a URL';
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}

function ownBoolean(values: Parsed['values'], name: (typeof OWN_BOOLEANS)[number]): boolean {
  const v = values[name];
  if (v === undefined) return false;
  if (v === true || /^(true|True|TRUE)$/.test(String(v))) return true;
  if (/^(false|False|FALSE)$/.test(String(v))) return false;
  throw new UsageError(`--${name} must be true or false; got ${shown(String(v))}.`);
}

/** Where an input came from, in the terms of this command line. */
function sourceOf(input: InputName, projectFromEnv: boolean): string {
  if (input === 'api-key') return ENV_API_KEY;
  if (input === 'user-id') return ENV_USER_ID;
  if (input === 'project-id' && projectFromEnv) return ENV_PROJECT_ID;
  return `--${input}`;
}

/** parseConfig's message, except where it gives advice for GitHub workflows. */
function cliMessage(problem: InputProblem): string {
  if (problem.title === 'api-key is required')
    return `${ENV_API_KEY} is not set: export it in the job's environment from your CI's secret store (a masked GitLab CI/CD variable, Jenkins credentials, a Buildkite secret). It is never taken from a flag.`;
  if (problem.title === 'user-id is required')
    return `${ENV_USER_ID} is not set: export the user ID of the account that owns the API key (dashboard account menu → Copy User ID) next to ${ENV_API_KEY}.`;
  if (problem.title === 'project-id is required')
    return `Give --project-id or set ${ENV_PROJECT_ID}: it is the 24-character ID at the end of the project page URL in the Streampixel dashboard.`;
  return problem.message;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so "wait-timeout-minutes" is not read as "wait". */
const NAMES = [...INPUT_NAMES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** `wait: false`, `(check-file-url: false)`, `(wait-timeout-minutes: 0.5)`: YAML in a sentence. */
const YAML_SETTING = new RegExp(
  `(?<![\\w./?&=#<@:-])(${NAMES}): (true|false|True|False|TRUE|FALSE|\\d+(?:\\.\\d+)?)\\b`,
  'g',
);
/**
 * An input name as a word of its own: not part of a URL, a path, a flag or a
 * longer name ("/files/upload-id", "--wait", "<project-id>", "wait-timeout").
 */
const INPUT_WORD = new RegExp(`(?<![\\w./?&=#<@:-])(${NAMES})(?![\\w/=>-]|\\.\\w)`, 'g');
/** One-word names are also ordinary words ("asks to wait 5 s"): only mapped in a problem about them. */
const ORDINARY_WORDS = new Set<string>(INPUT_NAMES.filter((n) => !n.includes('-')));

/**
 * A message, title or hint written for the action's workflow inputs, in the
 * terms of this command line: `api-key` → STREAMPIXEL_API_KEY, `wait: false`
 * → `--wait=false`, `file-url` → `--file-url`.
 */
function cliTerms(text: string, projectFromEnv = false, about?: InputName): string {
  const name = (input: string): string => sourceOf(input as InputName, projectFromEnv);
  return text
    .replace(/\bthe secret passed as (api-key|user-id)\b/g, (_m, input: string) => name(input))
    .replace(/\bthe upload-id output\b/g, 'the uploadId (in the --json result)')
    .replace(YAML_SETTING, (whole, input: string, value: string) =>
      name(input).startsWith('--') ? `${name(input)}=${value}` : whole,
    )
    .replace(INPUT_WORD, (whole, input: string) =>
      ORDINARY_WORDS.has(input) && input !== about ? whole : name(input),
    );
}

const HEADLINE: Record<string, string> = {
  queued: 'Build queued on Streampixel',
  'dry-run': 'Dry run: nothing was sent to Streampixel',
  approved: 'Build approved on Streampixel',
  distributed: 'Distribution started on Streampixel',
};

interface JsonResult {
  status: string;
  ok: boolean;
  projectId: string | null;
  uploadId: string | null;
  message: string | null;
  artifactUrl: string | null;
  durationMs: number;
  timeline: { status: string; at: string; elapsedMs: number }[];
  failure: { title: string; message: string; hint: string } | null;
  problems?: { input: string; title: string; message: string }[];
}

function jsonOf(result: DeployResult): JsonResult {
  return {
    status: result.status,
    ok: result.ok,
    projectId: result.projectId,
    uploadId: result.uploadId ?? null,
    message: result.apiMessage ?? null,
    artifactUrl: result.artifactUrl ?? null,
    durationMs: result.durationMs,
    timeline: result.timeline.map((t) => ({
      status: t.status,
      at: t.at.toISOString(),
      elapsedMs: t.elapsedMs,
    })),
    failure: result.failure
      ? { title: result.failure.title, message: result.failure.message, hint: result.failure.hint }
      : null,
  };
}

function failedJson(failure: Failure, projectId?: string): JsonResult {
  return {
    status: 'failed',
    ok: false,
    projectId: projectId || null,
    uploadId: null,
    message: null,
    artifactUrl: null,
    durationMs: 0,
    timeline: [],
    failure: { title: failure.title, message: failure.message, hint: failure.hint },
  };
}

/** Every string in a JSON-able value, redacted before it is serialised (so the JSON stays valid). */
function redactDeep<T>(value: T, redact: (s: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]),
    ) as T;
  }
  return value;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * `--json` or `--json=…` anywhere before `--`, unless its value is a false
 * (`--json=false`, `--json false`): for usage errors, before argv is parsed.
 * A value that is neither true nor false is a usage error, answered in JSON.
 */
function jsonRequested(argv: string[]): boolean {
  const end = argv.indexOf('--');
  const args = end >= 0 ? argv.slice(0, end) : argv;
  return args.some((a, i) => {
    const m = /^--json(?:=([\s\S]*))?$/.exec(a);
    if (!m) return false;
    // `--json false`: parseArgv takes the next word as the value, as for every boolean.
    const value = m[1] ?? args[i + 1] ?? '';
    return !/^(false|False|FALSE)$/.test(value);
  });
}

/**
 * A presigned URL pasted where it does not belong (a positional, the value of
 * --dry-run or --wait) is repeated by the messages about it: every argv token
 * or `--flag=value` that is a URL with a query string is masked like file-url.
 */
function urlSecrets(argv: string[]): string[] {
  const secrets: string[] = [];
  for (const arg of argv) {
    for (const token of [arg, /^--[^=]+=([\s\S]*)$/.exec(arg)?.[1]]) {
      if (!token) continue;
      let url: URL;
      try {
        url = new URL(token.trim());
      } catch {
        continue;
      }
      if (url.search || url.hash || url.password)
        secrets.push(...secretValues({ 'file-url': token }));
    }
  }
  return secrets;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  // Mask first: the environment's secrets are known before a word is printed.
  const redactor = new Redactor();
  for (const secret of secretValues({ 'api-key': env[ENV_API_KEY], 'user-id': env[ENV_USER_ID] }))
    redactor.add(secret);
  for (const secret of urlSecrets(argv)) redactor.add(secret);
  const say = (text: string): void => io.stderr(`${redactor.redact(text)}\n`);
  const emit = (result: JsonResult): void =>
    io.stdout(
      `${JSON.stringify(
        redactDeep(result, (s) => redactor.redact(s)),
        null,
        2,
      )}\n`,
    );
  let json = jsonRequested(argv);
  let verbose = false;
  let projectId: string | undefined;

  try {
    let values: Parsed['values'];
    try {
      ({ values } = parseArgv(argv));
      json = ownBoolean(values, 'json');
      verbose = ownBoolean(values, 'verbose');
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      say(`error: ${err.message}`);
      say(`Run ${ACTION_NAME} --help for usage.`);
      if (json) {
        const hint = `Run ${ACTION_NAME} --help for usage.`;
        emit(failedJson({ title: 'Bad usage', message: err.message, hint }));
      }
      return EXIT_USAGE;
    }
    if (values.help) {
      io.stdout(usage());
      return EXIT_OK;
    }
    if (values.version) {
      io.stdout(`${ACTION_NAME} ${ACTION_VERSION}\n`);
      return EXIT_OK;
    }

    const projectFlag = values['project-id'];
    const projectFromEnv = projectFlag === undefined && !!env[ENV_PROJECT_ID];
    const raw: RawInputs = {
      'api-key': env[ENV_API_KEY] ?? '',
      'user-id': env[ENV_USER_ID] ?? '',
      'project-id': String(projectFlag ?? env[ENV_PROJECT_ID] ?? ''),
    };
    projectId = raw['project-id'];
    for (const flag of FLAGS) {
      const v = values[flag.input];
      if (v !== undefined && flag.input !== 'project-id') raw[flag.input] = String(v);
    }
    // The file-url's signature and every other query value.
    for (const secret of secretValues(raw)) redactor.add(secret);

    const parsed = parseConfig(raw, { standInPollFloorSeconds: env[STAND_IN_POLL_FLOOR_ENV] });
    const inCliTerms = (p: InputProblem): { input: string; title: string; message: string } => ({
      input: sourceOf(p.input, projectFromEnv),
      title: cliTerms(p.title, projectFromEnv, p.input),
      message: cliTerms(cliMessage(p), projectFromEnv, p.input),
    });
    /** "--wait is not a boolean (--wait)" says it twice. */
    const where = (p: { input: string; title: string }): string =>
      p.title.includes(p.input) ? '' : ` (${p.input})`;
    for (const w of parsed.warnings.map(inCliTerms))
      say(`warning: ${w.title}${where(w)}: ${w.message}`);
    if (!parsed.ok) {
      const problems = parsed.problems.map(inCliTerms);
      for (const p of problems) say(`error: ${p.title}${where(p)}: ${p.message}`);
      say(
        `${problems.length} invalid input(s); nothing was sent to Streampixel. Run ${ACTION_NAME} --help for usage.`,
      );
      if (json) {
        const failure: Failure = {
          title: 'Invalid inputs',
          message: problems.map((p) => `${p.title}: ${p.message}`).join(' '),
          hint: 'Fix the inputs named and run again; nothing was sent to Streampixel.',
        };
        emit({ ...failedJson(failure, projectId), problems });
      }
      return EXIT_USAGE;
    }

    const progress: Progress = {
      info: (line) => say(line),
      warning: (title, message) =>
        say(`warning: ${cliTerms(title, projectFromEnv)}: ${cliTerms(message, projectFromEnv)}`),
      debug: (line) => {
        if (verbose) say(`debug: ${line}`);
      },
    };
    // Loaded once the flags are read: --help and bad usage answer without loading the HTTP stack.
    const { deploy } = await import('./deploy.js');
    const deployed = await deploy(parsed.config, progress);
    const result: DeployResult = deployed.failure
      ? {
          ...deployed,
          failure: {
            ...deployed.failure,
            title: cliTerms(deployed.failure.title, projectFromEnv),
            message: cliTerms(deployed.failure.message, projectFromEnv),
            hint: cliTerms(deployed.failure.hint, projectFromEnv),
          },
        }
      : deployed;

    if (result.failure) {
      say(`error: ${result.failure.title}: ${result.failure.message}`);
      say(`  What to do: ${result.failure.hint}`);
    } else {
      const headline = HEADLINE[result.status] ?? result.status;
      const upload = result.uploadId ? ` (upload ${result.uploadId})` : '';
      say(`${headline}${upload} in ${(result.durationMs / 1000).toFixed(1)} s.`);
    }
    if (json) emit(jsonOf(result));
    return result.ok ? EXIT_OK : EXIT_FAILED;
  } catch (err) {
    // Not an expected failure: one error, a failed status, no stack trace unless asked for.
    const failure: Failure = {
      title: 'Unexpected error',
      message: `${ACTION_NAME} failed unexpectedly: ${cleanServerText(redactor.redact(String((err as Error)?.message ?? err)), 500)}.`,
      hint: 'Re-run with --verbose and report it at https://github.com/org/streampixel-deploy/issues.',
    };
    if (verbose) say(`debug: ${cleanServerText(String((err as Error)?.stack ?? ''), 4000)}`);
    say(`error: ${failure.title}: ${failure.message}`);
    say(`  What to do: ${failure.hint}`);
    if (json) emit(failedJson(failure, projectId));
    return EXIT_FAILED;
  }
}

const write =
  (stream: NodeJS.WriteStream) =>
  (text: string): void => {
    stream.write(text);
  };
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', () => undefined);

main(process.argv.slice(2), process.env, {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // main() reports its own errors; this is only a last guard (its text could hold a secret).
    process.stderr.write(`error: ${ACTION_NAME} failed unexpectedly.\n`);
    if (jsonRequested(process.argv.slice(2))) {
      const failure: Failure = {
        title: 'Unexpected error',
        message: `${ACTION_NAME} failed unexpectedly.`,
        hint: 'Re-run with --verbose and report it at https://github.com/org/streampixel-deploy/issues.',
      };
      process.stdout.write(`${JSON.stringify(failedJson(failure), null, 2)}\n`);
    }
    process.exitCode = EXIT_FAILED;
  },
);
