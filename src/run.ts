/**
 * The one run both adapters share: mask → parse → report problems → deploy →
 * report. The adapter hands in its vocabulary (`Terms`) and where things go
 * (`Reporter`); every line it is given has already passed the Redactor.
 */
import {
  type DeployConfig,
  type DeploymentConfig,
  type InputProblem,
  parseConfig,
} from './config.js';
import type { DeployResult, Failure, Progress } from './deploy.js';
import { Cancelled } from './cancel.js';
import { proxyProblems } from './http.js';
import type { RawInputs } from './inputs.js';
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
  beforeDeploy?(config: DeployConfig, deployment: DeploymentConfig | undefined): Promise<void>;
  afterDeploy?(result: { ok: boolean; status: string; sent?: string }): Promise<void>;
  /** The end: outputs, the job summary, the JSON result. */
  finish(outcome: Outcome, redact: (text: string) => string): Promise<void>;
}

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
}

/** Runs one deploy from raw inputs to the report. Never throws: an unexpected error is an outcome too. */
export async function run(
  raw: RawInputs,
  reporter: Reporter,
  options: RunOptions = {},
): Promise<Outcome> {
  // "Cancel workflow", timeout-minutes, a GitLab cancel, Ctrl-C: SIGINT, then SIGTERM ~7.5 s later
  // (the runner), then SIGKILL. The flow stops its waits and requests and reports what was sent.
  const controller = new AbortController();
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    signalled ??= signal;
    controller.abort(new Cancelled(signal));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const s of signals) process.on(s, onSignal);
  try {
    const outcome = await runOnce(raw, reporter, { ...options, signal: controller.signal });
    return signalled ? { ...outcome, signal: signalled } : outcome;
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }
}

async function runOnce(raw: RawInputs, reporter: Reporter, options: RunOptions): Promise<Outcome> {
  const redactor = options.redactor ?? new Redactor();
  const safe = (text: string): string => redactor.redact(text);
  // The key and user ID come again from the parsed config: one add-mask each is enough.
  const masked = new Set<string>();
  const mask = (secret: string): void => {
    redactor.add(secret);
    for (const value of maskValues(secret)) {
      if (!masked.has(value)) reporter.addMask(value);
      masked.add(value);
    }
  };
  // Mask first: nothing is printed before every secret form is registered.
  for (const secret of [...secretValues(raw), ...(options.extraSecrets ?? [])]) mask(secret);
  // With path, the AWS secrets in the environment are ours to keep out of the log as well.
  if (raw.path?.trim()) {
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      const value = options.env?.[name]?.trim();
      if (value) mask(value);
    }
  }
  const progress: Progress = {
    info: (line) => reporter.info(safe(line)),
    warning: (title, message) => reporter.warning(safe(title), safe(message)),
    debug: (line) => reporter.debug(safe(line)),
    accepted: (uploadId) => reporter.accepted?.(uploadId),
    // Secrets the flow learns (the presigned URL's signature): the Redactor and the host's masker.
    secret: (value) => mask(value),
  };
  const finish = async (outcome: Outcome): Promise<Outcome> => {
    await reporter.finish(outcome, safe);
    return outcome;
  };

  let deployFinished = false;
  try {
    const { terms } = reporter;
    for (const problem of proxyProblems(options.env))
      progress.warning('Proxy setting not usable', problem);
    const parsed = parseConfig(raw, {
      terms,
      standInPollFloorSeconds: options.standInPollFloorSeconds,
    });
    for (const w of parsed.warnings) progress.warning(w.title, w.message);
    if (!parsed.ok) {
      for (const p of parsed.problems)
        reporter.problem({ input: p.input, title: safe(p.title), message: safe(p.message) });
      return await finish({ kind: 'invalid', problems: parsed.problems });
    }
    const { config, deployment } = parsed;
    mask(config.apiKey);
    mask(config.userId);

    await reporter.beforeDeploy?.(config, deployment);
    // Loaded once the inputs are read: --help and bad inputs answer without the HTTP stack.
    const { deploy } = await import('./deploy.js');
    const result = await deploy(config, progress, { terms, signal: options.signal, redactor });
    if (result.failure) reporter.error(redactFailure(result.failure, safe));
    deployFinished = true;
    // Cancelled: the runner kills the step seconds later, so outputs and summary come first.
    if (options.signal?.aborted) {
      const outcome = await finish({ kind: 'deployed', config, result });
      await reporter.afterDeploy?.(result);
      return outcome;
    }
    await reporter.afterDeploy?.(result);
    return await finish({ kind: 'deployed', config, result });
  } catch (err) {
    // Not an expected failure: one error, a failed status and a report, no stack trace.
    const failure: Failure = {
      title: 'Unexpected error',
      message: `streampixel-deploy failed unexpectedly: ${cleanServerText(safe(String((err as Error)?.message ?? err)), 500)}.`,
      hint: `Re-run with ${reporter.terms.moreDetail} and report it at ${ISSUES_URL}.`,
    };
    progress.debug(cleanServerText(String((err as Error)?.stack ?? ''), 4000));
    reporter.error(failure);
    // A GitHub deployment left in_progress would show a release that never ends.
    if (!deployFinished) await reporter.afterDeploy?.({ ok: false, status: 'failed' });
    return await finish({ kind: 'unexpected', failure });
  }
}

function redactFailure(failure: Failure, safe: (text: string) => string): Failure {
  return {
    ...failure,
    title: safe(failure.title),
    message: safe(failure.message),
    hint: safe(failure.hint),
  };
}
