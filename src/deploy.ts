/**
 * The deploy flow: check the artifact → upload (or distribute) → follow the
 * build. Plain TypeScript: progress goes through `Progress`, the outcome is a
 * `DeployResult`. Expected failures are part of the result, never thrown.
 */
import { checkArtifact } from './artifact/check.js';
import type { DeployConfig } from './config.js';
import { dashboardUrl, displayUrl, formatBytes, formatElapsed } from './format.js';
import { type Send, sleep as realSleep } from './retry.js';
import { type ProjectFile, StreampixelClient } from './streampixel/client.js';
import { DeployFailure } from './streampixel/errors.js';
import { ACTION_TERMS, type Terms } from './terms.js';

export type DeployStatus =
  'queued' | 'dry-run' | 'approved' | 'rejected' | 'timed-out' | 'distributed' | 'failed';

export interface Progress {
  info(line: string): void;
  warning(title: string, message: string): void;
  debug(line: string): void;
}

export interface TimelineEntry {
  /** Streampixel's raw status: "Downloading Files". */
  status: string;
  at: Date;
  elapsedMs: number;
}

export interface Failure {
  title: string;
  message: string;
  hint: string;
  httpStatus?: number;
  apiMessage?: string;
}

export interface DeployResult {
  ok: boolean;
  status: DeployStatus;
  mode: 'upload' | 'distribute';
  projectId: string;
  /** file-url as shown: no query string. */
  artifactUrl?: string;
  artifactBytes?: number;
  uploadId?: string;
  /** The API's own message for the upload or distribute request. */
  apiMessage?: string;
  objection?: string;
  /** Approved with auto-release false: ready, not live until distributed. */
  held?: boolean;
  timeline: TimelineEntry[];
  durationMs: number;
  failure?: Failure;
}

export interface DeployDeps {
  /** The adapter's vocabulary for messages; the action's by default. */
  terms?: Terms;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  send?: Send;
}

export async function deploy(
  config: DeployConfig,
  progress: Progress,
  deps: DeployDeps = {},
): Promise<DeployResult> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const started = now();
  const result: DeployResult = {
    ok: false,
    status: 'failed',
    mode: config.uploadId ? 'distribute' : 'upload',
    projectId: config.projectId,
    artifactUrl: config.fileUrl ? displayUrl(config.fileUrl) : undefined,
    uploadId: config.uploadId,
    timeline: [],
    durationMs: 0,
  };
  const terms = deps.terms ?? ACTION_TERMS;
  const log = (line: string): void => progress.info(line);
  const clientOptions = {
    terms,
    apiUrl: config.apiUrl,
    apiKey: config.apiKey,
    userId: config.userId,
    timeoutMs: config.timeoutMs,
    maxAttempts: config.maxAttempts,
    log,
    debug: (line: string) => progress.debug(line),
    sleep,
    send: deps.send,
  };

  const flow: Flow = {
    config,
    terms,
    result,
    progress,
    sleep,
    now,
    send: deps.send,
    client: new StreampixelClient(clientOptions),
    // Between polls the interval is the retry: one attempt per poll.
    pollClient: new StreampixelClient({ ...clientOptions, maxAttempts: 1 }),
  };

  try {
    await sendAndFollow(flow);
  } catch (err) {
    if (!(err instanceof DeployFailure)) throw err;
    result.ok = false;
    if (result.status !== 'rejected' && result.status !== 'timed-out') result.status = 'failed';
    result.failure = {
      title: err.title,
      message: err.message,
      hint: err.hint,
      httpStatus: err.details.httpStatus,
      apiMessage: err.details.apiMessage,
    };
  }
  result.durationMs = now() - started;
  return result;
}

/** What one deploy carries from step to step. */
interface Flow {
  config: DeployConfig;
  terms: Terms;
  result: DeployResult;
  progress: Progress;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  send?: Send;
  client: StreampixelClient;
  pollClient: StreampixelClient;
}

async function sendAndFollow(flow: Flow): Promise<void> {
  const { config, result, progress, client, terms } = flow;
  if (config.fileUrl) {
    if (config.checkFileUrl) {
      const info = await checkArtifact(config.fileUrl, {
        timeoutMs: config.timeoutMs,
        maxAttempts: config.maxAttempts,
        log: (line) => progress.info(line),
        debug: (line) => progress.debug(line),
        sleep: flow.sleep,
        send: flow.send,
        terms,
      });
      result.artifactBytes = info.sizeBytes;
      const size = info.sizeBytes === undefined ? 'size not reported' : formatBytes(info.sizeBytes);
      progress.info(`Artifact OK: ${result.artifactUrl} is a zip archive (${size}).`);
    } else {
      progress.info(
        `Artifact check skipped (${terms.setting('check-file-url', 'false')}): ${result.artifactUrl}`,
      );
    }
  }

  if (config.dryRun) {
    const what = config.fileUrl
      ? `upload ${result.artifactUrl} (autoRelease: ${config.autoRelease})`
      : `distribute upload ${config.uploadId}`;
    progress.info(
      `Dry run: would ${what} to project ${config.projectId}. Nothing was sent to Streampixel.`,
    );
    result.ok = true;
    result.status = 'dry-run';
    return;
  }

  if (config.fileUrl) {
    progress.info(`Uploading ${result.artifactUrl} to project ${config.projectId}…`);
    const accepted = await client.upload(config.projectId, config.fileUrl, config.autoRelease);
    result.status = 'queued';
    result.apiMessage = accepted.message;
    result.uploadId = accepted.uploadId;
    progress.info(
      `Streampixel accepted the build${accepted.uploadId ? ` as upload ${accepted.uploadId}` : ''}: "${accepted.message || 'no message'}".`,
    );
  } else if (config.uploadId) {
    progress.info(`Distributing upload ${config.uploadId} in project ${config.projectId}…`);
    const accepted = await client.distribute(config.projectId, config.uploadId);
    result.status = 'distributed';
    result.apiMessage = accepted.message;
    progress.info(`Streampixel started the distribution: "${accepted.message || 'no message'}".`);
  }

  if (!config.wait) {
    result.ok = true;
    return;
  }
  if (!result.uploadId) {
    throw new DeployFailure(
      'Cannot follow the build',
      'Streampixel queued the build, but its answer carried no usable upload ID (older API versions give none), so its progress cannot be followed.',
      `Watch it in the dashboard: ${dashboardUrl(config.projectId)}. Set ${terms.setting('wait', 'false')} to stop gating on it.`,
    );
  }
  await follow(flow);
}

/**
 * One status request. Credentials, access and a wrong api-url do not heal
 * between polls, so their failures end the wait; anything else (5xx, 429,
 * network) is retried at the next interval: undefined.
 */
async function pollOnce(
  client: StreampixelClient,
  projectId: string,
  progress: Progress,
): Promise<ProjectFile[] | undefined> {
  try {
    return await client.projectFiles(projectId);
  } catch (err) {
    if (!(err instanceof DeployFailure)) throw err;
    const status = err.details.httpStatus;
    // A redirect or a web page means api-url is wrong; that does not heal either.
    const permanent = status !== undefined && status >= 300 && status < 500 && status !== 429;
    if (permanent || err.details.input === 'api-url') throw err;
    progress.info(
      `Status check failed: ${err.message.replace(/\.$/, '')}; trying again at the next interval.`,
    );
    return undefined;
  }
}

const TERMINAL_OK = /^approved$/i;
const TERMINAL_REJECTED = /^reject(ed)?$/i;
// Not in the documented lifecycle, but a status that says the build ended badly must not be waited on for an hour.
const TERMINAL_FAILED = /^(fail(ed|ure)?|error(ed)?|cancell?ed|abort(ed)?)$/i;
const isTerminal = (status: string): boolean =>
  [TERMINAL_OK, TERMINAL_REJECTED, TERMINAL_FAILED].some((re) => re.test(status));

async function follow(flow: Flow): Promise<void> {
  const { config, result, progress, sleep, now, pollClient: client, terms } = flow;
  const uploadId = result.uploadId as string;
  const started = now();
  const deadline = started + config.waitTimeoutMs;
  let lastStatus: string | undefined;
  let reportedMissing = false;
  progress.info(
    `Following upload ${uploadId} (every ${config.pollIntervalMs / 1000} s, up to ${config.waitTimeoutMs / 60_000} min)…`,
  );

  let observations = 0;
  for (;;) {
    const files = await pollOnce(client, config.projectId, progress).catch((err: unknown) => {
      if (!(err instanceof DeployFailure)) throw err;
      // The wait ends, not the build: say so, or a re-run may queue it twice.
      throw new DeployFailure(
        err.title,
        `${err.message} Upload ${uploadId} was accepted and may still go live: watch it at ${dashboardUrl(config.projectId)}.`,
        err.hint,
        err.details,
      );
    });
    const file = files?.find((f) => f.id === uploadId);
    const elapsed = now() - started;
    if (files && !file && !reportedMissing) {
      progress.info(
        `[${formatElapsed(elapsed)}] upload ${uploadId} is not listed in the project yet.`,
      );
      reportedMissing = true;
    }
    if (file && file.status !== lastStatus) {
      lastStatus = file.status;
      result.timeline.push({ status: file.status, at: new Date(now()), elapsedMs: elapsed });
      progress.info(`[${formatElapsed(elapsed)}] ${file.status || '(no status)'}`);
    }
    // Right after distribute-file, an earlier upload may still show the end state it had before
    // (Approved): that is not this distribution's outcome, so it counts from the next poll on.
    if (file) observations++;
    const stateBefore = result.mode === 'distribute' && observations === 1;
    if (file && stateBefore && isTerminal(file.status)) {
      progress.info(
        `That may still be the upload's state from before this distribution; checking again in ${config.pollIntervalMs / 1000} s.`,
      );
    } else if (file) {
      if (TERMINAL_OK.test(file.status)) {
        result.status = 'approved';
        result.ok = true;
        const live = config.autoRelease || result.mode === 'distribute';
        result.held = !live;
        progress.info(
          `Build ${uploadId} is approved${live ? ' and live' : ' (held: distribute it to go live)'}.`,
        );
        return;
      }
      if (TERMINAL_REJECTED.test(file.status)) {
        result.status = 'rejected';
        result.objection = file.objection;
        throw new DeployFailure(
          'Streampixel rejected the build',
          `Streampixel rejected upload ${uploadId}: "${file.objection || 'no reason given'}".`,
          'Fix what the objection names in the packaged build, then deploy again.',
        );
      }
      if (TERMINAL_FAILED.test(file.status)) {
        result.objection = file.objection;
        throw new DeployFailure(
          'Streampixel could not process the build',
          `Streampixel reports upload ${uploadId} as "${file.status}"${file.objection ? `: "${file.objection}"` : ''}.`,
          `See the project in the dashboard (${dashboardUrl(config.projectId)}), then deploy again.`,
        );
      }
    }

    const remaining = deadline - now();
    if (remaining <= 0) {
      result.status = 'timed-out';
      throw new DeployFailure(
        'Timed out waiting for the build',
        `Upload ${uploadId} was still ${lastStatus ? `"${lastStatus}"` : 'not listed'} after ${formatElapsed(now() - started)} (${terms.setting('wait-timeout-minutes', String(config.waitTimeoutMs / 60_000))}).`,
        `The build may still go live: watch it at ${dashboardUrl(config.projectId)}. Raise ${terms.name('wait-timeout-minutes')} if builds usually take longer.`,
      );
    }
    await sleep(Math.min(config.pollIntervalMs, remaining));
  }
}
