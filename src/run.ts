/**
 * The one run both adapters share: mask → parse → check the build → report
 * problems → deploy → report. The adapter hands in its vocabulary (`Terms`)
 * and where things go (`Reporter`); every line it is given has already passed
 * the Redactor.
 */
import type { BuildInputs } from './build-upload.js';
import {
  type DeployConfig,
  type DeploymentConfig,
  type InputProblem,
  type ParsedConfig,
  parseConfig,
} from './config.js';
import type { DeployResult, Failure, Progress } from './deploy.js';
import { Cancelled } from './cancel.js';
import { proxyProblems } from './http.js';
import type { RawInputs } from './inputs.js';
import type { StoragePlan } from './storage/index.js';
import { maskValues, Redactor, secretValues } from './secrets.js';
import type { Terms } from './terms.js';
import { cleanServerText } from './text.js';
import { ISSUES_URL } from './version.js';

/**
 * How a run ended. Texts inside are as the server or parser gave them:
 * redact with `redact`. `signal`: the run was cancelled by it.
 */
export type Outcome = (
  | { kind: 'invalid'; problems: InputProblem[] }
  | { kind: 'deployed'; config: DeployConfig; result: DeployResult }
  | { kind: 'unexpected'; failure: Failure }
) & { signal?: NodeJS.Signals };

/** Where a run's words go: the runner's log and files, or a terminal and JSON. */
export interface Reporter extends Progress {
  readonly terms: Terms;
  /** Hands a secret's form to the host's own masker (the runner's add-mask). */
  addMask(value: string): void;
  /** Streampixel accepted the upload: its ID, already checked to be an ID. */
  accepted?(uploadId: string): void;
  /** One problem with one input, before anything was sent. */
  problem(problem: InputProblem): void;
  /** The failure that ended the run. */
  error(failure: Failure): void;
  /** Steps only one adapter takes around the deploy (the action's GitHub deployment). */
  beforeDeploy?(
    config: DeployConfig,
    deployment: DeploymentConfig | undefined,
    signal?: AbortSignal,
  ): Promise<void>;
  afterDeploy?(result: { ok: boolean; status: string; sent?: string }): Promise<void>;
  /**
   * The run's Redactor, once every input's secret is in it: for what the adapter writes on its
   * own (outputs, its GitHub deployment's warnings) before `finish`.
   */
  redactWith?(redact: (text: string) => string): void;
  /** The end: outputs, the job summary, the JSON result. */
  finish(outcome: Outcome, redact: (text: string) => string): Promise<void>;
  /**
   * A second signal ends the process right after this returns: synchronous last words (the
   * failure, the status output, the JSON result), with what is known of what was sent.
   */
  abandon?(failure: Failure): void;
}

/**
 * A second signal this long after the first ends the process at once. Sooner, it is the first
 * one delivered twice: npx (npm exec) forwards a terminal's Ctrl-C to a child the terminal
 * signals too, and a runner may send SIGTERM right behind SIGINT.
 */
export const SECOND_SIGNAL_AFTER_MS = 1_000;

/** The shell's convention for a process ended by a signal: 128 + its number. */
export const exitCodeOf = (signal: NodeJS.Signals): number => (signal === 'SIGTERM' ? 143 : 130);

export interface RunOptions {
  /** STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS, read by the adapter. */
  standInPollFloorSeconds?: string;
  /** The adapter's Redactor, when it redacts before the run starts (the CLI's bad usage). */
  redactor?: Redactor;
  /** Secrets the adapter found outside the inputs (a presigned URL pasted into argv). */
  extraSecrets?: string[];
  /** The environment, for the proxy variables. */
  env?: NodeJS.ProcessEnv;
  /** Aborted on SIGINT/SIGTERM by the adapter. */
  signal?: AbortSignal;
  /** Streampixel accepted the upload, as `uploadId`. */
  onAccepted?: (uploadId: string) => void;
  /** The reporter's finish is done: the outcome is out. */
  onReported?: () => void;
}

/** What a run ended by a second signal says: where it was is not known, only an accepted upload. */
function abandoned(
  first: NodeJS.Signals,
  second: NodeJS.Signals,
  acceptedId: string | undefined,
  withBuild: boolean,
): Failure {
  const ended = `The run was ended at once by a second signal (${second}): a step that does not stop on a signal was still running after the ${first}.`;
  // With path, the step still running may be the bucket upload or its clean-up.
  const bucket = withBuild
    ? ' If the build was still being uploaded to the bucket, its incomplete multipart upload may be left there: a lifecycle rule with AbortIncompleteMultipartUpload removes such uploads.'
    : '';
  return {
    title: 'Deploy cancelled',
    message: acceptedId
      ? `${ended} Streampixel had accepted upload ${acceptedId}, which may still go live.`
      : `${ended} Whether the upload or distribute request reached Streampixel is not known.${bucket}`,
    hint: 'Check the project in the Streampixel dashboard before re-running: a re-run may queue the build twice.',
  };
}

/** Runs one deploy from raw inputs to the report. Never throws: an unexpected error is an outcome too. */
export async function run(
  raw: RawInputs,
  reporter: Reporter,
  options: RunOptions = {},
): Promise<Outcome> {
  // "Cancel workflow", timeout-minutes, a GitLab cancel, Ctrl-C: SIGINT, then SIGTERM ~7.5 s later
  // (the runner), then SIGKILL. The flow stops its waits and requests and reports what was sent.
  // A step that does not listen to the signal (a third-party call, a file system that hangs)
  // would hold the run past it: a second signal, a moment later, ends the process at once.
  const controller = new AbortController();
  let signalled: NodeJS.Signals | undefined;
  let signalledAt = 0;
  let acceptedId: string | undefined;
  let reported = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled === undefined) {
      signalled = signal;
      signalledAt = Date.now();
      controller.abort(new Cancelled(signal));
      return;
    }
    if (Date.now() - signalledAt < SECOND_SIGNAL_AFTER_MS) return;
    // Once the outcome is reported (outputs, summary, JSON), it stands: only the exit is left.
    if (!reported) reporter.abandon?.(abandoned(signalled, signal, acceptedId, !!raw.path?.trim()));
    process.exit(exitCodeOf(signal));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const s of signals) process.on(s, onSignal);
  try {
    const outcome = await runOnce(raw, reporter, {
      ...options,
      signal: controller.signal,
      onAccepted: (uploadId) => (acceptedId = uploadId),
      onReported: () => (reported = true),
    });
    return signalled ? { ...outcome, signal: signalled } : outcome;
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }
}

/**
 * One run, in order: mask every secret (nothing is printed before), check the inputs and the
 * build, report the problems or deploy, report. An unexpected error is an outcome too
 * (reportUnexpected). The storage plan's client is closed however it ends.
 */
async function runOnce(raw: RawInputs, reporter: Reporter, options: RunOptions): Promise<Outcome> {
  const redactor = options.redactor ?? new Redactor();
  const safe = (text: string): string => redactor.redact(text);
  const mask = maskerFor(redactor, reporter);
  // Mask first: nothing is printed before every secret form is registered.
  maskInputs(raw, options, mask);
  reporter.redactWith?.(safe);
  const progress = progressFor(reporter, options, safe, mask);
  const ctx: RunContext = { reporter, options, redactor, safe, mask, progress };

  let deployFinished = false;
  let plan: StoragePlan | undefined;
  try {
    const checked = await checkInputs(raw, ctx);
    if (!checked.ok) return await reportInvalid(ctx, checked.problems, checked.plan);
    const { config, deployment } = checked;
    mask(config.apiKey);
    mask(config.userId);
    plan = checked.plan;
    return await deployAndReport(ctx, config, deployment, plan, () => (deployFinished = true));
  } catch (err) {
    return await reportUnexpected(ctx, err, deployFinished);
  } finally {
    // Closed by the storage step once it ran; not if the run ended before it.
    plan?.client.destroy();
  }
}

/** What the steps of one run share: the adapter's reporter and options, and the run's masking. */
interface RunContext {
  reporter: Reporter;
  options: RunOptions;
  redactor: Redactor;
  /** Text with every secret known so far taken out. */
  safe: (text: string) => string;
  /** A secret for the Redactor, and each of its forms once for the host's masker. */
  mask: (secret: string) => void;
  /** The flow's progress, redacted on its way to the reporter. */
  progress: Progress;
}

/**
 * `mask` for this run. The key and user ID come again from the parsed config: one add-mask per
 * form is enough.
 */
function maskerFor(redactor: Redactor, reporter: Reporter): (secret: string) => void {
  const masked = new Set<string>();
  return (secret) => {
    redactor.add(secret);
    for (const value of maskValues(secret)) {
      if (!masked.has(value)) reporter.addMask(value);
      masked.add(value);
    }
  };
}

/**
 * Every secret in the inputs and the adapter's extras; with path, the AWS secrets in the
 * environment too.
 */
function maskInputs(raw: RawInputs, options: RunOptions, mask: (secret: string) => void): void {
  for (const secret of [...secretValues(raw), ...(options.extraSecrets ?? [])]) mask(secret);
  // With path, the AWS secrets in the environment are ours to keep out of the log as well.
  if (raw.path?.trim()) {
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      const value = options.env?.[name]?.trim();
      if (value) mask(value);
    }
  }
}

/**
 * The flow's progress: redacted lines to the reporter; an accepted upload and learnt secrets
 * passed on.
 */
function progressFor(
  reporter: Reporter,
  options: RunOptions,
  safe: (text: string) => string,
  mask: (secret: string) => void,
): Progress {
  return {
    info: (line) => reporter.info(safe(line)),
    warning: (title, message) => reporter.warning(safe(title), safe(message)),
    debug: (line) => reporter.debug(safe(line)),
    accepted: (uploadId) => {
      options.onAccepted?.(uploadId);
      reporter.accepted?.(uploadId);
    },
    // Secrets the flow learns (the presigned URL's signature): the Redactor and the host's masker.
    secret: (value) => mask(value),
  };
}

/** The reporter's finish (outputs, summary, JSON), then the adapter is told the outcome is out. */
async function finish(ctx: RunContext, outcome: Outcome): Promise<Outcome> {
  await ctx.reporter.finish(outcome, ctx.safe);
  ctx.options.onReported?.();
  return outcome;
}

/** The inputs checked, or every problem with them (the parser's, then the build's). */
type Checked =
  | {
      ok: true;
      config: DeployConfig;
      deployment?: DeploymentConfig;
      plan?: StoragePlan;
    }
  | { ok: false; problems: InputProblem[]; plan?: StoragePlan };

/**
 * The proxy variables (warnings only), the inputs (their warnings as they come) and, with path,
 * the build and its storage (checkBuild): every problem at once, before any request to
 * Streampixel.
 */
async function checkInputs(raw: RawInputs, ctx: RunContext): Promise<Checked> {
  const { reporter, options, progress, mask } = ctx;
  const { terms } = reporter;
  for (const problem of proxyProblems(options.env))
    progress.warning('Proxy setting not usable', problem);
  const parsed = parseConfig(raw, {
    terms,
    standInPollFloorSeconds: options.standInPollFloorSeconds,
  });
  for (const w of parsed.warnings) progress.warning(w.title, w.message);
  const build = await checkBuild(raw, parsed, { terms, progress, options, mask });
  const problems = [...(parsed.ok ? [] : parsed.problems), ...build.problems];
  if (!parsed.ok || problems.length > 0) return { ok: false, problems, plan: build.plan };
  return { ok: true, config: parsed.config, deployment: parsed.deployment, plan: build.plan };
}

/** Invalid inputs: the plan's client closed, each problem redacted to the reporter, the outcome. */
async function reportInvalid(
  ctx: RunContext,
  problems: InputProblem[],
  plan: StoragePlan | undefined,
): Promise<Outcome> {
  plan?.client.destroy();
  for (const p of problems)
    ctx.reporter.problem({ ...p, title: ctx.safe(p.title), message: ctx.safe(p.message) });
  return await finish(ctx, { kind: 'invalid', problems });
}

/**
 * The adapter's steps before, the deploy (loaded only now), its failure redacted, the adapter's
 * steps after and the report; `finished` is called once the deploy has returned.
 */
async function deployAndReport(
  ctx: RunContext,
  config: DeployConfig,
  deployment: DeploymentConfig | undefined,
  plan: StoragePlan | undefined,
  finished: () => void,
): Promise<Outcome> {
  const { reporter, options, safe } = ctx;
  await reporter.beforeDeploy?.(config, deployment, options.signal);
  // Loaded once the inputs are read: --help and bad inputs answer without the HTTP stack.
  const { deploy } = await import('./deploy.js');
  const result = await deploy(config, ctx.progress, {
    terms: reporter.terms,
    signal: options.signal,
    redactor: ctx.redactor,
    buildPlan: plan,
  });
  if (result.failure) reporter.error(redactFailure(result.failure, safe));
  finished();
  // Cancelled: the runner kills the step seconds later, so outputs and summary come first.
  if (options.signal?.aborted) {
    const outcome = await finish(ctx, { kind: 'deployed', config, result });
    await reporter.afterDeploy?.(result);
    return outcome;
  }
  await reporter.afterDeploy?.(result);
  return await finish(ctx, { kind: 'deployed', config, result });
}

/**
 * Not an expected failure: one error, a failed status and a report, no stack trace (that goes to
 * debug). A GitHub deployment left in_progress would show a release that never ends, so it is
 * ended unless the deploy had finished.
 */
async function reportUnexpected(
  ctx: RunContext,
  err: unknown,
  deployFinished: boolean,
): Promise<Outcome> {
  const { reporter, safe } = ctx;
  const failure: Failure = {
    title: 'Unexpected error',
    message: `streampixel-deploy failed unexpectedly: ${cleanServerText(safe(String((err as Error)?.message ?? err)), 500)}.`,
    hint: `Re-run with ${reporter.terms.moreDetail} and report it at ${ISSUES_URL}.`,
  };
  ctx.progress.debug(cleanServerText(String((err as Error)?.stack ?? ''), 4000, ctx.safe));
  reporter.error(failure);
  if (!deployFinished) await reporter.afterDeploy?.({ ok: false, status: 'failed' });
  return await finish(ctx, { kind: 'unexpected', failure });
}

/**
 * With path, the storage step's inputs and the credentials are checked with
 * the other inputs, before any request, so every problem is reported at once
 * (and as invalid input). Also when another input is invalid, as long as
 * path and s3-uri are given; problems of an input the parser already
 * reported are left out. A cancel during the check leaves it to the flow,
 * which reports the cancellation.
 */
async function checkBuild(
  raw: RawInputs,
  parsed: ParsedConfig,
  ctx: {
    terms: Terms;
    progress: Progress;
    options: RunOptions;
    mask: (secret: string) => void;
  },
): Promise<{ plan?: StoragePlan; problems: InputProblem[] }> {
  const inputs = parsed.ok ? parsed.config.build : undefined;
  const given = inputs ?? (raw.path?.trim() && raw['s3-uri']?.trim() ? rawBuild(raw) : undefined);
  if (!given) return { problems: [] };
  const { validateBuild } = await import('./build-upload.js');
  try {
    const checked = await validateBuild(given, {
      terms: ctx.terms,
      secret: ctx.mask,
      warning: ctx.progress.warning,
      debug: ctx.progress.debug,
      signal: ctx.options.signal,
      env: ctx.options.env,
      // Parsed or not, timeout-seconds' default (30 s) when it is not valid.
      timeoutMs: parsed.ok ? parsed.config.timeoutMs : undefined,
      maxAttempts: parsed.ok ? parsed.config.maxAttempts : undefined,
    });
    if (checked.ok) return { plan: checked.plan, problems: [] };
    const reported = new Set(parsed.ok ? [] : parsed.problems.map((p) => p.input));
    return { problems: checked.problems.filter((p) => !reported.has(p.input)) };
  } catch (err) {
    if (err instanceof Cancelled) return { problems: [] };
    throw err;
  }
}

function rawBuild(raw: RawInputs): BuildInputs {
  return {
    path: raw.path?.trim() ?? '',
    s3Uri: raw['s3-uri']?.trim() ?? '',
    s3Endpoint: raw['s3-endpoint']?.trim() || undefined,
    s3Region: raw['s3-region']?.trim() || undefined,
    presignHours: raw['presign-hours']?.trim() || undefined,
  };
}

function redactFailure(failure: Failure, safe: (text: string) => string): Failure {
  return {
    ...failure,
    title: safe(failure.title),
    message: safe(failure.message),
    hint: safe(failure.hint),
  };
}
