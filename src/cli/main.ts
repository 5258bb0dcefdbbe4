/**
 * The command line for GitLab, Jenkins, Buildkite or a terminal: flags named
 * like the action's inputs (node:util parseArgs), secrets only from the
 * environment, progress on stderr, and with --json one JSON object on stdout
 * and nothing else. Pure: `main` takes argv, the environment and where to
 * write, and returns the exit code (bin.ts is the process around it).
 *
 * Exit codes: 0 deployed (or dry run), 1 the deploy failed, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { type InputProblem, STAND_IN_POLL_FLOOR_ENV } from '../config.js';
import type { DeployResult, Failure } from '../deploy.js';
import { INPUTS, type InputName, type RawInputs } from '../inputs.js';
import { type Outcome, type Reporter, run } from '../run.js';
import { Redactor, secretValues } from '../secrets.js';
import { cliTerms, oneLine, type Terms } from '../terms.js';
import { ACTION_NAME, ACTION_VERSION, ISSUES_URL } from '../version.js';
import { usage } from './help.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

/** The command line's flags: the inputs that make sense outside GitHub. */
export const FLAG_INPUTS = INPUTS.filter((input) => input.cli?.flag);
/** Inputs read from the environment: secrets, and the project when no flag gives it. */
export const ENV_NAMES: Partial<Record<InputName, string>> = Object.fromEntries(
  INPUTS.flatMap((input) => (input.cli?.env ? [[input.name, input.cli.env]] : [])),
);

/** The CLI's own switches. */
const OWN_BOOLEANS = ['json', 'verbose', 'help', 'version'] as const;
type OwnBoolean = (typeof OWN_BOOLEANS)[number];

class UsageError extends Error {}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface Parsed {
  inputs: Partial<Record<InputName, string>>;
  own: Record<OwnBoolean, boolean>;
}

const BOOLEAN_INPUTS = new Set<string>(
  FLAG_INPUTS.filter((i) => i.kind === 'boolean').map((i) => i.name),
);
const VALUE_INPUTS = new Set<string>(
  FLAG_INPUTS.filter((i) => i.kind !== 'boolean').map((i) => i.name),
);
const KNOWN = [...BOOLEAN_INPUTS, ...VALUE_INPUTS, ...OWN_BOOLEANS];

/** A value as a message repeats it: a URL (a presigned one carries its signature) is only named. */
function shown(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) || value.includes('?')) return 'a URL';
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}

/** true/false in the spellings the action accepts; anything else is bad usage. */
function booleanOf(name: string, value: string | boolean | undefined): boolean {
  if (value === undefined || value === true) return true;
  if (value === false) return false;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UsageError(`--${name} must be true or false; got ${shown(value)}.`);
}

/** The closest known flag, for "did you mean". */
function closest(name: string): string | undefined {
  let best: { flag: string; distance: number } | undefined;
  for (const flag of KNOWN) {
    const distance = editDistance(name, flag);
    if (!best || distance < best.distance) best = { flag, distance };
  }
  const close =
    best && (best.distance <= 2 || best.flag.startsWith(name) || name.startsWith(best.flag));
  return close ? best?.flag : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** One of parseArgs' tokens: a flag, a positional argument, or `--`. */
type ArgToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];
type FlagToken = Extract<ArgToken, { kind: 'option' }>;

/**
 * argv → flags. Booleans as `--wait`, `--no-wait` or `--wait=false`. A secret
 * flag is refused at once, and nothing after it (its value) is ever echoed.
 * Throws a UsageError for the first token that is wrong, in argv's order.
 */
function parseArgv(argv: string[]): Parsed {
  // Not strict: the tokens are checked below, with messages that never echo a secret.
  const { tokens } = parseArgs({
    args: argv,
    options: argvOptions(),
    strict: false,
    allowPositionals: true,
    allowNegative: true,
    tokens: true,
  });
  const parsed: Parsed = {
    inputs: {},
    own: { json: false, verbose: false, help: false, version: false },
  };
  let previous: ArgToken | undefined;
  for (const token of tokens) {
    const before = previous;
    previous = token;
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') throw positionalError(token.value, before);
    refuseFlag(token);
    setFlag(parsed, token);
  }
  return parsed;
}

/** Every flag parseArgs is told of, so that `-h`, `-V` and `--no-…` are read as flags. */
function argvOptions(): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
  };
  for (const name of BOOLEAN_INPUTS) options[name] = { type: 'boolean' };
  for (const name of VALUE_INPUTS) options[name] = { type: 'string' };
  return options;
}

/** A positional argument, which this command never takes; `before`: the token ahead of it. */
function positionalError(value: string, before: ArgToken | undefined): UsageError {
  // `--wait false`: a boolean's value is written --wait=false, or the flag is --no-wait.
  if (before?.kind === 'option' && before.value === undefined && !VALUE_INPUTS.has(before.name))
    return new UsageError(
      `--${before.name} must be true or false, written --${before.name}=false or --no-${before.name}; got ${shown(value)} as a separate argument.`,
    );
  return new UsageError(
    `unexpected argument ${shown(value)}: this command takes no positional arguments; every value follows its flag (--file-url URL).`,
  );
}

/** A secret's flag (its value is never echoed) or an unknown one (with the closest known): refused. */
function refuseFlag({ name, rawName }: FlagToken): void {
  const secret = INPUTS.find(
    (i) => i.cli?.flag === false && [i.name, i.name.replace('-', '')].includes(name),
  );
  if (secret?.cli) {
    throw new UsageError(
      `${rawName} is not accepted: flags end up in shell history and in process lists that other users can read. Set the environment variable ${secret.cli.env} instead, from your CI's secret store.`,
    );
  }
  const negated = rawName.startsWith('--no-');
  if (!KNOWN.includes(name) || (negated && VALUE_INPUTS.has(name))) {
    const guess = closest(name);
    throw new UsageError(
      `unknown flag ${rawName.startsWith('--') ? rawName : `-${name}`}${guess ? `; did you mean --${guess}?` : '.'}`,
    );
  }
}

/** A known flag into `parsed`: an input's value as given, the CLI's own switches as booleans. */
function setFlag(parsed: Parsed, { name, rawName, value, inlineValue }: FlagToken): void {
  const negated = rawName.startsWith('--no-');
  if (VALUE_INPUTS.has(name)) {
    // `--upload-id --wait`: an empty $UPLOAD_ID in a CI script; the next flag is not its value.
    const swallowed = !inlineValue && typeof value === 'string' && value.startsWith('--');
    if (typeof value !== 'string' || swallowed)
      throw new UsageError(`${rawName} needs a value: ${rawName} VALUE.`);
    parsed.inputs[name as InputName] = value;
  } else if ((OWN_BOOLEANS as readonly string[]).includes(name)) {
    parsed.own[name as OwnBoolean] = negated ? false : booleanOf(name, value);
  } else {
    // Checked by parseConfig, with every other input's problems.
    parsed.inputs[name as InputName] = negated
      ? 'false'
      : typeof value === 'string'
        ? value
        : 'true';
  }
}

/**
 * A presigned URL pasted where it does not belong (a positional, the value of
 * --dry-run or --json) is repeated by no message, but masked all the same.
 */
function argvSecrets(argv: string[]): string[] {
  const secrets: string[] = [];
  for (const arg of argv) {
    for (const token of [arg, /^--[^=]+=([\s\S]*)$/.exec(arg)?.[1]]) {
      if (token?.includes('?')) secrets.push(...secretValues({ 'file-url': token.trim() }));
    }
  }
  return secrets;
}

interface JsonResult {
  status: string;
  ok: boolean;
  projectId: string | null;
  uploadId: string | null;
  message: string | null;
  artifactUrl: string | null;
  /** With --path: the uploaded zip, `s3://bucket/key`. */
  objectUri: string | null;
  /** The zip's size: uploaded (--path), or as the --file-url check read it. */
  artifactBytes: number | null;
  durationMs: number;
  timeline: { status: string; at: string; elapsedMs: number }[];
  failure: { title: string; message: string; hint: string } | null;
  problems?: { input: string; title: string; message: string }[];
}

function failedJson(failure: Failure, projectId?: string): JsonResult {
  return {
    status: 'failed',
    ok: false,
    projectId: projectId || null,
    uploadId: null,
    message: failure.apiMessage ?? null,
    artifactUrl: null,
    objectUri: null,
    artifactBytes: null,
    durationMs: 0,
    timeline: [],
    failure: { title: failure.title, message: failure.message, hint: failure.hint },
  };
}

function jsonOf(result: DeployResult): JsonResult {
  return {
    status: result.status,
    ok: result.ok,
    projectId: result.projectId,
    uploadId: result.uploadId ?? null,
    message: result.apiMessage ?? result.failure?.apiMessage ?? null,
    artifactUrl: result.artifactUrl ?? null,
    objectUri: result.storage?.objectUri ?? null,
    artifactBytes: result.storage?.bytes ?? result.artifactBytes ?? null,
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

const HEADLINE: Record<string, string> = {
  queued: 'Build queued on Streampixel',
  'dry-run': 'Dry run: nothing was sent to Streampixel',
  approved: 'Build approved on Streampixel',
  distributed: 'Distribution started on Streampixel',
  held: 'Build passed Streampixel’s checks and is held: distribute it with --upload-id to go live',
};

/** A terminal's side of a run: lines on stderr, the JSON result on stdout. */
class TerminalReporter implements Reporter {
  exitCode = EXIT_OK;

  constructor(
    readonly terms: Terms,
    private readonly io: Io,
    private readonly options: { json: boolean; verbose: boolean; projectId?: string },
  ) {}

  private say(line: string): void {
    this.io.stderr(`${line}\n`);
  }
  addMask(): void {
    // A terminal has no masker of its own: the run redacts every line it prints.
  }
  info(line: string): void {
    this.say(line);
  }
  warning(title: string, message: string): void {
    this.say(`warning: ${oneLine(title, message)}`);
  }
  debug(line: string): void {
    if (this.options.verbose) this.say(`debug: ${line}`);
  }
  problem(p: InputProblem): void {
    this.say(`error: ${this.problemLine(p)}`);
  }
  /** One problem in one line, named once: by what it is about, else by its flag or variable. */
  private problemLine(p: InputProblem): string {
    return oneLine(p.title, p.message, p.about ?? this.terms.name(p.input));
  }
  error(failure: Failure): void {
    this.say(`error: ${failure.title}: ${failure.message}`);
    this.say(`  What to do: ${failure.hint}`);
  }

  abandon(failure: Failure): void {
    this.error(failure);
    if (this.options.json) {
      const json = { ...failedJson(failure, this.options.projectId), status: 'cancelled' };
      this.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
  }

  async finish(outcome: Outcome, redact: (text: string) => string): Promise<void> {
    let json: JsonResult;
    if (outcome.kind === 'invalid') {
      this.exitCode = EXIT_USAGE;
      const problems = outcome.problems.map((p) => ({
        input: this.terms.name(p.input),
        title: p.title,
        message: p.message,
      }));
      this.say(
        `${problems.length} invalid input(s); nothing was sent to Streampixel. Run ${ACTION_NAME} --help for usage.`,
      );
      const failure: Failure = {
        title: 'Invalid inputs',
        message: outcome.problems.map((p) => this.problemLine(p)).join(' '),
        hint: 'Fix the inputs named and run again; nothing was sent to Streampixel.',
      };
      json = { ...failedJson(failure, this.options.projectId), problems };
    } else if (outcome.kind === 'deployed') {
      const { result } = outcome;
      this.exitCode = result.ok ? EXIT_OK : EXIT_FAILED;
      if (result.ok) {
        const headline = HEADLINE[result.status] ?? result.status;
        const upload = result.uploadId ? ` (upload ${result.uploadId})` : '';
        this.say(redact(`${headline}${upload} in ${(result.durationMs / 1000).toFixed(1)} s.`));
      }
      json = jsonOf(result);
    } else {
      this.exitCode = EXIT_FAILED;
      json = failedJson(outcome.failure, this.options.projectId);
    }
    if (this.options.json) this.io.stdout(`${JSON.stringify(redactDeep(json, redact), null, 2)}\n`);
  }
}

/** Bad usage: the message, the pointer to --help, and with --json the same as JSON. */
function usageFailure(message: string, json: boolean, io: Io): number {
  const hint = `Run ${ACTION_NAME} --help for usage.`;
  io.stderr(`error: ${message}\n${hint}\n`);
  if (json) {
    const result = failedJson({ title: 'Bad usage', message, hint });
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  }
  return EXIT_USAGE;
}

/** The last `--json`, `--json=VALUE` or `--no-json` before `--`, unless false: bad usage answers in JSON too. */
export function jsonRequested(argv: string[]): boolean {
  const end = argv.indexOf('--');
  const last = (end >= 0 ? argv.slice(0, end) : argv).findLast((a) => /^--(no-)?json(=|$)/.test(a));
  return last !== undefined && last !== '--no-json' && !/^--json=(false|False|FALSE)$/.test(last);
}

/**
 * The whole command: argv (without node and the script) and the environment → exit code (see
 * the module comment). Mask first, then the command line, the inputs, the run.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  // Mask first: secrets in the environment or pasted into argv are known before a word is printed.
  const early = earlyRedactor(argv, env);
  const safeIo: Io = {
    stdout: (text) => io.stdout(early.redact(text)),
    stderr: (text) => io.stderr(early.redact(text)),
  };
  const parsed = readCommandLine(argv, io, safeIo);
  if (typeof parsed === 'number') return parsed;
  const { raw, fromEnv } = inputsOf(parsed, env, safeIo);
  const terms = cliTerms({ env: ENV_NAMES, fromEnv });
  const reporter = new TerminalReporter(terms, safeIo, {
    ...parsed.own,
    projectId: raw['project-id'],
  });
  const outcome = await run(raw, reporter, {
    standInPollFloorSeconds: env[STAND_IN_POLL_FLOOR_ENV],
    extraSecrets: argvSecrets(argv),
    // One Redactor for the whole command: its patterns are built once.
    redactor: early,
    env,
  });
  // The shell's convention for a process ended by a signal: 128 + its number.
  if (outcome.signal) return outcome.signal === 'SIGTERM' ? EXIT_SIGTERM : EXIT_SIGINT;
  return reporter.exitCode;
}

/** A Redactor that knows the secrets in the environment and any presigned URL pasted into argv. */
function earlyRedactor(argv: string[], env: NodeJS.ProcessEnv): Redactor {
  const early = new Redactor();
  for (const secret of [
    ...secretValues({
      'api-key': env[ENV_NAMES['api-key'] ?? ''],
      'user-id': env[ENV_NAMES['user-id'] ?? ''],
      'file-url': env[ENV_NAMES['file-url'] ?? ''],
    }),
    ...argvSecrets(argv),
  ])
    early.add(secret);
  return early;
}

/**
 * The flags, or the exit code of a command line answered without a run: --help and --version on
 * stdout (EXIT_OK), bad usage on stderr (EXIT_USAGE, and as JSON with --json).
 */
function readCommandLine(argv: string[], io: Io, safeIo: Io): Parsed | number {
  // --help wins over every other problem on the line.
  if (argv.some((a) => a === '--help' || a === '-h')) {
    io.stdout(usage());
    return EXIT_OK;
  }
  let parsed: Parsed;
  try {
    parsed = parseArgv(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usageFailure(err.message, jsonRequested(argv), safeIo);
  }
  if (parsed.own.help) {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (parsed.own.version) {
    io.stdout(`${ACTION_NAME} ${ACTION_VERSION}\n`);
    return EXIT_OK;
  }
  return parsed;
}

/**
 * The flags' inputs, then each input a flag left out from its environment variable (ENV_NAMES);
 * `fromEnv`: the inputs the environment gave, which messages name by their variable.
 */
function inputsOf(
  parsed: Parsed,
  env: NodeJS.ProcessEnv,
  safeIo: Io,
): { raw: RawInputs; fromEnv: InputName[] } {
  const raw: RawInputs = { ...parsed.inputs };
  const fromEnv: InputName[] = [];
  // A flag that says what to deploy wins over a file URL only the environment gives: a rollback
  // job's --upload-id in a pipeline that exports STREAMPIXEL_FILE_URL for every job is no clash.
  const chosen = (['path', 'upload-id'] as const).filter((i) => raw[i] !== undefined);
  for (const [input, variable] of Object.entries(ENV_NAMES) as [InputName, string][]) {
    if (raw[input] !== undefined || env[variable] === undefined) continue;
    if (input === 'file-url' && chosen.length > 0) {
      const flags = chosen.map((i) => `--${i}`).join(' and ');
      if (env[variable]?.trim())
        safeIo.stderr(`note: ${variable} is set but ignored: the command line gives ${flags}.\n`);
      continue;
    }
    raw[input] = env[variable];
    fromEnv.push(input);
  }
  return { raw, fromEnv };
}

/** The last guard around main(): its own error text could hold a secret, so it is not shown. */
export function crashed(argv: string[], io: Io): number {
  io.stderr(`error: ${ACTION_NAME} failed unexpectedly.\n`);
  if (jsonRequested(argv)) {
    const failure: Failure = {
      title: 'Unexpected error',
      message: `${ACTION_NAME} failed unexpectedly.`,
      hint: `Re-run with --verbose and report it at ${ISSUES_URL}.`,
    };
    io.stdout(`${JSON.stringify(failedJson(failure), null, 2)}\n`);
  }
  return EXIT_FAILED;
}
