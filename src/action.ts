/**
 * The GitHub Actions adapter, and the only importer of @actions/core: reads
 * the inputs, masks the secrets before anything is printed, runs deploy(),
 * and writes outputs, the job summary and annotations. Everything it prints
 * passes through the Redactor as well as the runner's masks.
 */
import * as core from '@actions/core';
import {
  INPUT_NAMES,
  parseConfig,
  type RawInputs,
  secretValues,
  STAND_IN_POLL_FLOOR_ENV,
} from './config.js';
import { deploy, type DeployResult, type Failure } from './deploy.js';
import type { DeploymentTracker } from './github-deployment.js';
import { cleanServerText, Redactor } from './redact.js';
import { renderSummary, type RunContext, type SummaryInput } from './summary.js';

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

export async function run(): Promise<void> {
  const redactor = new Redactor();
  const safe = (text: string): string => redactor.redact(text);
  const setOutput = (name: string, value: string | undefined): void => {
    core.setOutput(name, safe(value ?? ''));
  };
  const annotate = (failure: Pick<Failure, 'title' | 'message' | 'hint'>): void => {
    core.error(safe(`${failure.message} ${failure.hint}`), { title: safe(failure.title) });
    process.exitCode = 1;
  };
  const writeSummary = async (input: SummaryInput): Promise<void> => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    try {
      await core.summary.addRaw(safe(renderSummary(input)), true).write();
    } catch (err) {
      core.warning(safe(`Could not write the job summary: ${(err as Error).message}`));
    }
  };
  const context = runContext(process.env);
  let tracker: DeploymentTracker | undefined;

  try {
    const raw: RawInputs = {};
    for (const name of INPUT_NAMES) raw[name] = core.getInput(name);
    // Mask first: nothing is printed before every secret form is registered.
    for (const secret of secretValues(raw)) {
      for (const form of redactor.add(secret)) core.setSecret(form);
    }

    const parsed = parseConfig(raw, {
      standInPollFloorSeconds: process.env[STAND_IN_POLL_FLOOR_ENV],
    });
    for (const w of parsed.warnings) core.warning(safe(w.message), { title: safe(w.title) });
    if (!parsed.ok) {
      for (const p of parsed.problems)
        core.error(safe(p.message), { title: safe(`Invalid input: ${p.title}`) });
      core.info(`${parsed.problems.length} invalid input(s); nothing was sent to Streampixel.`);
      process.exitCode = 1;
      setOutput('status', 'failed');
      await writeSummary({ problems: parsed.problems, context });
      return;
    }
    const { config, deployment } = parsed;
    for (const secret of [config.apiKey, config.userId]) {
      for (const form of redactor.add(secret)) core.setSecret(form);
    }

    if (deployment && !config.dryRun) {
      // Loaded only when asked for: Octokit is most of what a run would otherwise parse.
      const { startDeployment } = await import('./github-deployment.js');
      const started = await startDeployment({
        token: raw['github-token'] ?? '',
        environment: deployment.environment,
        environmentUrl: deployment.environmentUrl,
        description: config.uploadId ? `Distribute ${config.uploadId}` : 'Upload to Streampixel',
        logUrl: context.runUrl,
        env: process.env,
      });
      if ('warning' in started)
        core.warning(safe(started.warning), { title: 'GitHub deployment not recorded' });
      else {
        tracker = started;
        setOutput('deployment-id', String(tracker.id));
        core.info(
          `GitHub deployment ${tracker.id} to environment "${cleanServerText(deployment.environment, 100)}" is in progress.`,
        );
      }
    }

    const result: DeployResult = await deploy(config, {
      info: (line) => core.info(safe(line)),
      warning: (title, message) => core.warning(safe(message), { title: safe(title) }),
      debug: (line) => core.debug(safe(line)),
    });

    setOutput('upload-id', result.uploadId);
    setOutput('status', result.status);
    setOutput('message', result.apiMessage ?? result.failure?.apiMessage);
    if (result.failure) annotate(result.failure);
    if (tracker) {
      const warning = await tracker.finish(result.ok ? 'success' : 'failure');
      if (warning) core.warning(safe(warning), { title: 'GitHub deployment status not updated' });
    }
    await writeSummary({ result, context });
  } catch (err) {
    // Not an expected failure: still one annotation, a failed status and a summary, no stack trace.
    const failure: Failure = {
      title: 'Unexpected error',
      message: `streampixel-deploy failed unexpectedly: ${cleanServerText(safe(String((err as Error)?.message ?? err)), 500)}.`,
      hint: 'Re-run with debug logging (RUNNER_DEBUG=1) and report it at https://github.com/org/streampixel-deploy/issues.',
    };
    core.debug(safe(cleanServerText(String((err as Error)?.stack ?? ''), 4000)));
    annotate(failure);
    try {
      setOutput('status', 'failed');
    } catch {
      // The outputs file itself may be what failed: the annotation and the summary still report it.
    }
    // A GitHub deployment left in_progress would show a release that never ends.
    const warning = await tracker?.finish('failure');
    if (warning) core.warning(safe(warning), { title: 'GitHub deployment status not updated' });
    await writeSummary({ failure, context });
  }
}
