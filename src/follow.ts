/**
 * Reading the project's uploads through the status endpoint
 * (`GET /projects/{id}`): never two requests closer than the polling floor,
 * waiting for another build to finish before sending, and following one
 * upload until it is approved, held, rejected or the wait runs out.
 */
import type { DeployConfig } from './config.js';
import { dashboardUrl, formatElapsed } from './format.js';
import type { ProjectFile, StreampixelClient } from './streampixel/client.js';
import { DeployFailure } from './streampixel/errors.js';
import {
  isApproved,
  isFailed,
  isPastScanning,
  isProcessing,
  isRejected,
  isTerminal,
} from './streampixel/lifecycle.js';
import type { Terms } from './terms.js';

export interface WatchDeps {
  config: DeployConfig;
  /** One attempt per request: between reads the interval is the retry. */
  client: StreampixelClient;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  info: (line: string) => void;
}

/** What a status read can end in besides a list: a failure that will not heal between reads. */
export function isPermanent(err: DeployFailure): boolean {
  const status = err.details.httpStatus;
  // A redirect, a web page or a refusal means credentials, access or api-url are wrong.
  return (
    (status !== undefined && status >= 300 && status < 500 && status !== 429) ||
    err.details.input === 'api-url'
  );
}

/** The project's uploads, read at most once per polling floor (Streampixel asks for ≥ 5 s). */
export class ProjectWatch {
  private lastReadAt = -Infinity;

  constructor(private readonly deps: WatchDeps) {}

  /** One read; throws DeployFailure (any kind) as the client does. */
  async read(): Promise<ProjectFile[]> {
    const { config, client, now, sleep } = this.deps;
    const gap = this.lastReadAt + config.pollFloorMs - now();
    if (gap > 0) await sleep(gap);
    this.lastReadAt = now();
    return client.projectFiles(config.projectId);
  }

  /**
   * One read that shrugs off what may heal (5xx, 429, network): undefined
   * then, and the caller tries again at its next interval. A failure that
   * will not heal (401, 403, 404, a wrong api-url) is thrown.
   */
  async poll(): Promise<ProjectFile[] | undefined> {
    try {
      return await this.read();
    } catch (err) {
      if (!(err instanceof DeployFailure) || isPermanent(err)) throw err;
      this.deps.info(
        `Status check failed: ${err.message.replace(/\.$/, '')}; trying again at the next interval.`,
      );
      return undefined;
    }
  }

  /** Up to max-attempts reads, spaced by the floor, for a read the flow cannot go on without. */
  async readSoon(): Promise<ProjectFile[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.read();
      } catch (err) {
        if (!(err instanceof DeployFailure) || isPermanent(err)) throw err;
        if (attempt >= this.deps.config.maxAttempts) throw err;
        this.deps.info(`Status check failed: ${err.message.replace(/\.$/, '')}; trying again.`);
      }
    }
  }
}

/**
 * Streampixel processes one build at a time per project: while another upload
 * is being processed, waits for it (at the poll interval, within
 * wait-timeout-minutes) and returns the project as last read. Throws
 * DeployFailure when the wait runs out; nothing has been sent then.
 */
export async function waitForIdleProject(
  watch: ProjectWatch,
  files: ProjectFile[],
  deps: WatchDeps,
  terms: Terms,
): Promise<ProjectFile[]> {
  const { config, now, sleep, info } = deps;
  const started = now();
  let current = files;
  let reported = '';
  for (;;) {
    const busy = current.find((f) => isProcessing(f, now()));
    if (!busy) {
      if (reported) info(`[${formatElapsed(now() - started)}] the project is free.`);
      return current;
    }
    const what = `upload ${busy.id} (${busy.status ? `"${busy.status}"` : 'no status'})`;
    if (what !== reported) {
      info(
        `Another build is being processed: ${what}. Streampixel processes one build at a time per project; waiting for it before sending (every ${config.pollIntervalMs / 1000} s, up to ${config.waitTimeoutMs / 60_000} min).`,
      );
      reported = what;
    }
    const remaining = started + config.waitTimeoutMs - now();
    if (remaining <= 0) {
      throw new DeployFailure(
        'Another build is still being processed',
        `After ${formatElapsed(now() - started)}, ${what} was still being processed in project ${config.projectId}. Nothing was sent to Streampixel.`,
        `Re-run once it has finished (watch it at ${dashboardUrl(config.projectId)}), or raise ${terms.name('wait-timeout-minutes')}.`,
      );
    }
    await sleep(Math.max(Math.min(config.pollIntervalMs, remaining), config.pollFloorMs));
    current = (await watch.poll()) ?? current;
  }
}

/** How following an upload ended, when it did not fail. */
export type Followed = 'approved' | 'held';

export interface FollowState {
  uploadId: string;
  mode: 'upload' | 'distribute';
  /** Every status change: Streampixel's raw status, when it was seen, time since the wait began. */
  timeline: { status: string; at: Date; elapsedMs: number }[];
  objection?: string;
  /** The last status seen, for a timeout's message. */
  lastStatus?: string;
}

/**
 * Polls until the upload is approved (or, with autoRelease false, validated
 * and held), rejected or failed, or the wait runs out. Rejection, failure and
 * timeout throw DeployFailure; `state` keeps the timeline either way.
 */
export async function followUpload(
  watch: ProjectWatch,
  state: FollowState,
  deps: WatchDeps,
  terms: Terms,
): Promise<Followed> {
  const { config, now, sleep, info } = deps;
  const { uploadId } = state;
  const started = now();
  const deadline = started + config.waitTimeoutMs;
  const holds = state.mode === 'upload' && !config.autoRelease;
  let reportedMissing = false;
  let observations = 0;
  info(
    `Following upload ${uploadId} (every ${config.pollIntervalMs / 1000} s, up to ${config.waitTimeoutMs / 60_000} min)…`,
  );
  for (;;) {
    const files = await watch.poll().catch((err: unknown) => {
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
      info(`[${formatElapsed(elapsed)}] upload ${uploadId} is not listed in the project yet.`);
      reportedMissing = true;
    }
    if (file) {
      observations++;
      if (file.status !== state.lastStatus) {
        state.lastStatus = file.status;
        state.timeline.push({ status: file.status, at: new Date(now()), elapsedMs: elapsed });
        info(`[${formatElapsed(elapsed)}] ${file.status || '(no status)'}`);
      }
      // Right after distribute-file the upload may still show the state it had before (Approved):
      // not this distribution's outcome, so it counts from the next read on.
      if (state.mode === 'distribute' && observations === 1 && isTerminal(file.status)) {
        info(
          `"${file.status}" is also the state this upload had before the distribution: checking again in ${config.pollIntervalMs / 1000} s for the distribution's own outcome.`,
        );
      } else {
        const ended = outcome(file, state, holds, deps);
        if (ended) return ended;
      }
    }
    const remaining = deadline - now();
    if (remaining <= 0) throw timedOut(state, now() - started, deps, terms);
    await sleep(Math.max(Math.min(config.pollIntervalMs, remaining), config.pollFloorMs));
  }
}

/** The end of the wait this status means, if any: approved, held, or a thrown failure. */
function outcome(
  file: ProjectFile,
  state: FollowState,
  holds: boolean,
  { config, info }: WatchDeps,
): Followed | undefined {
  const { uploadId } = state;
  if (isRejected(file.status)) {
    state.objection = file.objection;
    throw new DeployFailure(
      'Streampixel rejected the build',
      `Streampixel rejected upload ${uploadId}: "${file.objection || 'no reason given'}".`,
      'Fix what the objection names in the packaged build, then deploy again.',
    );
  }
  if (isFailed(file.status)) {
    state.objection = file.objection;
    throw new DeployFailure(
      'Streampixel could not process the build',
      `Streampixel reports upload ${uploadId} as "${file.status}"${file.objection ? `: "${file.objection}"` : ''}.`,
      `See the project in the dashboard (${dashboardUrl(config.projectId)}), then deploy again.`,
    );
  }
  if (holds && isPastScanning(file.status)) {
    info(
      `Build ${uploadId} passed Streampixel's checks and is held (autoRelease: false): distribute it to go live.`,
    );
    return 'held';
  }
  if (isApproved(file.status)) {
    info(`Build ${uploadId} is approved and live.`);
    return 'approved';
  }
  return undefined;
}

function timedOut(
  state: FollowState,
  elapsedMs: number,
  { config }: WatchDeps,
  terms: Terms,
): DeployFailure {
  const waited = String(config.waitTimeoutMs / 60_000);
  return new DeployFailure(
    'Timed out waiting for the build',
    `Upload ${state.uploadId} was still ${state.lastStatus ? `"${state.lastStatus}"` : 'not listed'} after ${formatElapsed(elapsedMs)} (${terms.setting('wait-timeout-minutes', waited)}).`,
    `The build may still go live: watch it at ${dashboardUrl(config.projectId)}. Raise ${terms.name('wait-timeout-minutes')} if builds usually take longer.`,
  );
}
