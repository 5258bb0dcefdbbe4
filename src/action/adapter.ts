/**
 * The GitHub Actions adapter, and the only importer of @actions/core: reads
 * the inputs, hands the shared run the action's words and the runner's
 * channels (masks, log, annotations), and writes outputs and the job summary.
 */
import * as core from '@actions/core';
import { type DeployConfig, type DeploymentConfig, STAND_IN_POLL_FLOOR_ENV } from '../config.js';
import type { Failure } from '../deploy.js';
import type { DeploymentTracker } from '../github-deployment.js';
import { INPUT_NAMES, type RawInputs } from '../inputs.js';
import { type Outcome, type Reporter, run } from '../run.js';
import { renderSummary, type RunContext, type SummaryInput } from '../summary.js';
import { ACTION_TERMS, oneLine } from '../terms.js';
import { cleanServerText } from '../text.js';

/** Error, warning and notice annotations the runner keeps per step, each (ExecutionContext.cs). */
const MAX_ANNOTATIONS = 10;

function runContext(env: NodeJS.ProcessEnv): RunContext {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  return {
    repository,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF_NAME || env.GITHUB_REF,
    serverUrl,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
  };
}

/** The runner's side of a run: log lines, annotations, masks, outputs and the summary. */
class RunnerReporter implements Reporter {
  readonly terms = ACTION_TERMS;
  private tracker: DeploymentTracker | undefined;
  private readonly problems: { title: string; message: string }[] = [];
  private warnings = 0;
  private deployment: SummaryInput['deployment'];
  private redact: (text: string) => string = (text) => text;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly context: RunContext,
  ) {}

  addMask(value: string): void {
    core.setSecret(value);
  }
  info(line: string): void {
    core.info(line);
  }
  warning(title: string, message: string): void {
    // The runner keeps 10 annotations of a kind per step (ExecutionContext.cs): later ones go to the log.
    if (++this.warnings <= MAX_ANNOTATIONS) core.warning(message, { title });
    else core.info(`Warning: ${oneLine(title, message)}`);
  }
  debug(line: string): void {
    core.debug(line);
  }
  problem(problem: { title: string; message: string }): void {
    // Annotated at the end, when it is known whether they fit the runner's 10.
    this.problems.push(problem);
  }
  error(failure: Pick<Failure, 'title' | 'message' | 'hint'>): void {
    core.error(`${failure.message} ${failure.hint}`, { title: failure.title });
  }

  async beforeDeploy(
    config: DeployConfig,
    deployment?: DeploymentConfig,
    signal?: AbortSignal,
  ): Promise<void> {
    if (!deployment || config.dryRun) return;
    // Loaded only when asked for: Octokit is most of what a run would otherwise parse.
    const { startDeployment } = await import('../github-deployment.js');
    const started = await startDeployment({
      token: core.getInput('github-token'),
      environment: deployment.environment,
      environmentUrl: deployment.environmentUrl,
      description: config.uploadId ? `Distribute ${config.uploadId}` : 'Upload to Streampixel',
      logUrl: this.context.runUrl,
      env: this.env,
      signal,
    });
    if ('warning' in started) {
      // GitHub's own words are in it: they pass the run's Redactor as every other line does.
      this.warning('GitHub deployment not recorded', this.redact(started.warning));
      this.deployment = { environment: deployment.environment, warning: started.warning };
      return;
    }
    this.tracker = started;
    this.deployment = { id: started.id, environment: deployment.environment };
    core.setOutput('deployment-id', String(started.id));
    core.info(
      `GitHub deployment ${started.id} to environment "${cleanServerText(deployment.environment, 100)}" is in progress.`,
    );
  }

  async afterDeploy(result: { ok: boolean; status: string; sent?: string }): Promise<void> {
    // A cancelled wait is an `error`: the build may still go live. Cancelled before anything was
    // sent, nothing can go live: a failure that says so.
    const unsent = result.status === 'cancelled' && result.sent === 'nothing';
    const state = result.ok
      ? 'success'
      : result.status === 'cancelled' && !unsent
        ? 'error'
        : 'failure';
    const warning = await this.tracker?.finish(
      state,
      unsent ? 'Cancelled before anything was sent to Streampixel' : undefined,
    );
    if (warning) this.warning('GitHub deployment status not updated', this.redact(warning));
  }

  abandon(failure: Failure): void {
    // Synchronous: the process ends next. The summary (asynchronous) is left out.
    this.error(failure);
    try {
      this.output('status', 'cancelled');
    } catch {
      // The annotation says it all.
    }
  }

  redactWith(redact: (text: string) => string): void {
    this.redact = redact;
  }

  accepted(uploadId: string): void {
    // Written at once: a cancelled or killed run still hands the ID to later steps.
    this.output('upload-id', uploadId);
  }

  async finish(outcome: Outcome, redact: (text: string) => string): Promise<void> {
    this.redact = redact;
    process.exitCode = outcome.kind === 'deployed' && outcome.result.ok ? 0 : 1;
    if (outcome.kind === 'invalid') {
      this.annotateProblems();
      core.info(`${outcome.problems.length} invalid input(s); nothing was sent to Streampixel.`);
      this.output('status', 'failed');
      await this.writeSummary({ problems: outcome.problems, context: this.context });
    } else if (outcome.kind === 'deployed') {
      const { result } = outcome;
      this.output('upload-id', result.uploadId);
      this.output('status', result.status);
      this.output('message', result.apiMessage ?? result.failure?.apiMessage);
      // Storage outputs: only when known, so file-url and upload-id runs keep their outputs.
      const bytes = result.storage?.bytes ?? result.artifactBytes;
      if (result.storage) this.output('object-uri', result.storage.objectUri);
      if (bytes !== undefined) this.output('artifact-bytes', String(bytes));
      await this.writeSummary({ result, context: this.context });
    } else {
      try {
        this.output('status', 'failed');
      } catch {
        // The outputs file itself may be what failed: the annotation and the summary report it.
      }
      await this.writeSummary({ failure: outcome.failure, context: this.context });
    }
  }

  /** Every problem as its own error annotation, or 9 and a tenth that names the rest. */
  private annotateProblems(): void {
    const all = this.problems;
    const shown = all.length > MAX_ANNOTATIONS ? all.slice(0, MAX_ANNOTATIONS - 1) : all;
    for (const p of shown) core.error(p.message, { title: `Invalid input: ${p.title}` });
    const rest = all.slice(shown.length);
    if (rest.length > 0) {
      core.error(
        `${rest.map((p) => p.title).join('; ')}. The job summary lists every problem with what to do.`,
        { title: `Invalid input: ${rest.length} more` },
      );
    }
  }

  private output(name: string, value: string | undefined): void {
    core.setOutput(name, this.redact(value ?? ''));
  }

  private async writeSummary(input: SummaryInput): Promise<void> {
    if (!this.env.GITHUB_STEP_SUMMARY) return;
    try {
      const text = renderSummary({ ...input, deployment: this.deployment });
      await core.summary.addRaw(this.redact(text), true).write();
    } catch (err) {
      core.warning(this.redact(`Could not write the job summary: ${(err as Error).message}`));
    }
  }
}

/** The action's whole run, from the runner's inputs to its outputs. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) raw[name] = core.getInput(name);
  await run(raw, new RunnerReporter(env, runContext(env)), {
    standInPollFloorSeconds: env[STAND_IN_POLL_FLOOR_ENV],
    env,
  });
}
