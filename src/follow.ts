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

/** What following one upload keeps from read to read. */
interface Following {
  state: FollowState;
  deps: WatchDeps;
  /** When the wait began (deps.now()). */
  started: number;
  /** An upload without autoRelease: the wait also ends when the build is held. */
  holds: boolean;
  /** "not listed in the project yet" was said (once is enough). */
  reportedMissing: boolean;
  /** Reads that listed the upload. */
  observations: number;
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
  const started = now();
  const deadline = started + config.waitTimeoutMs;
  const following: Following = {
    state,
    deps,
    started,
    holds: state.mode === 'upload' && !config.autoRelease,
    reportedMissing: false,
    observations: 0,
  };
  info(
    `Following upload ${state.uploadId} (every ${config.pollIntervalMs / 1000} s, up to ${config.waitTimeoutMs / 60_000} min)…`,
  );
  for (;;) {
    const ended = observe(following, await readUploads(watch, state.uploadId, config));
    if (ended) return ended;
    const remaining = deadline - now();
    if (remaining <= 0) throw timedOut(state, now() - started, deps, terms);
    await sleep(Math.max(Math.min(config.pollIntervalMs, remaining), config.pollFloorMs));
  }
}

/**
 * One ProjectWatch.poll (undefined when the read failed in a way that may heal). A failure
 * that ends the wait is rethrown saying the upload was accepted and may still go live.
 */
function readUploads(
  watch: ProjectWatch,
  uploadId: string,
  config: DeployConfig,
): Promise<ProjectFile[] | undefined> {
  return watch.poll().catch((err: unknown) => {
    if (!(err instanceof DeployFailure)) throw err;
    // The wait ends, not the build: say so, or a re-run may queue it twice.
    throw new DeployFailure(
      err.title,
      `${err.message} Upload ${uploadId} was accepted and may still go live: watch it at ${dashboardUrl(config.projectId)}.`,
      err.hint,
      err.details,
    );
  });
}

/**
 * What one read (`files`, undefined when it failed) says about the upload: logged and in the
 * timeline when its status changed; the end of the wait when the status means one (outcome).
 */
function observe(following: Following, files: ProjectFile[] | undefined): Followed | undefined {
  const { state, deps } = following;
  const file = files?.find((f) => f.id === state.uploadId);
  const elapsed = deps.now() - following.started;
  if (files && !file && !following.reportedMissing) {
    deps.info(
      `[${formatElapsed(elapsed)}] upload ${state.uploadId} is not listed in the project yet.`,
    );
    following.reportedMissing = true;
  }
  if (!file) return undefined;
  following.observations++;
  recordStatus(file, elapsed, state, deps);
  // Right after distribute-file the upload may still show the state it had before (Approved):
  // not this distribution's outcome, so it counts from the next read on.
  if (state.mode === 'distribute' && following.observations === 1 && isTerminal(file.status)) {
    deps.info(
      `"${file.status}" is also the state this upload had before the distribution: checking again in ${deps.config.pollIntervalMs / 1000} s for the distribution's own outcome.`,
    );
    return undefined;
  }
  return outcome(file, state, following.holds, deps);
}

/** A status the upload did not have at the last read: into the timeline and the log. */
function recordStatus(
  file: ProjectFile,
  elapsedMs: number,
  state: FollowState,
  { now, info }: WatchDeps,
): void {
  if (file.status === state.lastStatus) return;
  state.lastStatus = file.status;
  state.timeline.push({ status: file.status, at: new Date(now()), elapsedMs });
  info(`[${formatElapsed(elapsedMs)}] ${file.status || '(no status)'}`);
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

/** The failure when the wait ran out after `elapsedMs`: the last status seen, and what to do. */
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
