/**
 * The deploy flow: check the artifact → read the project (credentials, one
 * build at a time) → upload or distribute, exactly once → follow the build.
 * Plain TypeScript: progress goes through `Progress`, the outcome is a
 * `DeployResult`. Expected failures, and a cancellation, are part of the
 * result, never thrown.
 */
import { type ArtifactInfo, checkArtifact } from './artifact/check.js';
import type { BuildFacts } from './artifact/rules.js';
import { presignAgain, stageBuild, type StagedBuild } from './build-upload.js';
import type { StoragePlan } from './storage/index.js';
import { Cancelled, cancelledBy, sleepUnless } from './cancel.js';
import type { BuildConfig, DeployConfig } from './config.js';
import {
  followUpload,
  isPermanent,
  ProjectWatch,
  waitForIdleProject,
  type WatchDeps,
} from './follow.js';
import { dashboardUrl, displayUrl, formatBytes } from './format.js';
import type { Send } from './retry.js';
import { type ProjectFile, StreampixelClient } from './streampixel/client.js';
import { type Redactor, secretValues } from './secrets.js';
import { DeployFailure } from './streampixel/errors.js';
import { ACTION_TERMS, type Terms } from './terms.js';

export type DeployStatus =
  | 'queued'
  | 'dry-run'
  | 'approved'
  | 'held'
  | 'rejected'
  | 'timed-out'
  | 'distributed'
  | 'cancelled'
  | 'failed';

export interface Progress {
  info(line: string): void;
  warning(title: string, message: string): void;
  debug(line: string): void;
  /** Streampixel accepted the upload: the adapter writes the upload-id output at once. */
  accepted?(uploadId: string): void;
  /** A secret learnt during the run (the presigned URL's signature): masked before it is printed. */
  secret?(value: string): void;
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

/** Whether anything reached Streampixel: nothing, possibly (no answer came), or accepted. */
export type Sent = 'nothing' | 'maybe' | 'accepted';

export interface DeployResult {
  ok: boolean;
  status: DeployStatus;
  mode: 'upload' | 'distribute';
  projectId: string;
  /** file-url as shown: no query string. */
  artifactUrl?: string;
  artifactBytes?: number;
  /** What the archive inspection found, when it ran. */
  artifact?: ArtifactInfo;
  /** With `path`: the zip made and uploaded to the team's bucket (no signature: `s3://bucket/key`). */
  storage?: { objectUri: string; bytes: number; durationMs: number; bytesPerSecond: number };
  uploadId?: string;
  /** The API's own message for the upload or distribute request. */
  apiMessage?: string;
  objection?: string;
  sent: Sent;
  /** A dry run: what was proven, and what would have been sent. */
  dryRun?: { checked: string[]; notChecked: string[]; wouldSend: string };
  timeline: TimelineEntry[];
  /** Every warning of the run, for the summary. */
  warnings: { title: string; message: string }[];
  durationMs: number;
  failure?: Failure;
}

export interface DeployDeps {
  /** The adapter's vocabulary for messages; the action's by default. */
  terms?: Terms;
  /** The run's Redactor: the clients and the artifact check take secrets out of server text with it. */
  redactor?: Redactor;
  /** Fires on SIGINT/SIGTERM: waits and requests end, and the result says what was sent. */
  signal?: AbortSignal;
  /** With `config.build`: the storage step's plan, validated with the inputs (`validateBuild`). */
  buildPlan?: StoragePlan;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  send?: Send;
}

/** A wait for the project longer than this gets the build's presigned URL signed again (`path`). */
const PRESIGN_AGAIN_AFTER_MS = 60_000;

/** What one deploy carries from step to step. */
interface Flow {
  config: DeployConfig;
  redactor?: Redactor;
  terms: Terms;
  result: DeployResult;
  progress: Progress;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  send?: Send;
  signal?: AbortSignal;
  client: StreampixelClient;
  watch: ProjectWatch;
  watchDeps: WatchDeps;
  started: number;
  /** With `path`: the build staged in the bucket (or checked, in a dry run). */
  staged?: StagedBuild;
  /** The storage step's plan, validated with the inputs. */
  buildPlan?: StoragePlan;
}

/** Runs one deploy. Never throws for an expected failure or a cancellation. */
export async function deploy(
  config: DeployConfig,
  progress: Progress,
  deps: DeployDeps = {},
): Promise<DeployResult> {
  const flow = makeFlow(config, progress, deps);
  const { result } = flow;
  try {
    await runFlow(flow);
  } catch (err) {
    const signal = flow.signal;
    if (err instanceof Cancelled || (signal?.aborted && !(err instanceof DeployFailure))) {
      cancelled(flow, err instanceof Cancelled ? err : cancelledBy(signal as AbortSignal));
    } else if (err instanceof DeployFailure) {
      result.ok = false;
      if (result.status !== 'rejected' && result.status !== 'timed-out') result.status = 'failed';
      result.failure = {
        title: err.title,
        message: err.message,
        hint: err.hint,
        httpStatus: err.details.httpStatus,
        apiMessage: err.details.apiMessage,
      };
    } else {
      throw err;
    }
  }
  result.durationMs = flow.now() - flow.started;
  return result;
}

/**
 * The flow's state before the first step: the sleep and clock (`deps`' or the real ones), the
 * progress that keeps every warning, the two clients (the writes' and the watch's), and a
 * result that says nothing was sent. Reads the clock once, for `started`.
 */
function makeFlow(config: DeployConfig, progress: Progress, deps: DeployDeps): Flow {
  const now = deps.now ?? Date.now;
  const sleep = flowSleep(deps);
  const terms = deps.terms ?? ACTION_TERMS;
  const warnings: DeployResult['warnings'] = [];
  const clients = clientsFor(config, progress, { ...deps, terms, sleep });
  const [client, watchClient] = clients;
  const watchDeps: WatchDeps = {
    config,
    client: watchClient,
    now,
    sleep,
    info: (line) => progress.info(line),
  };
  return {
    config,
    redactor: deps.redactor,
    terms,
    progress: tracked(progress, warnings, clients),
    sleep,
    now,
    signal: deps.signal,
    send: deps.send,
    buildPlan: deps.buildPlan,
    client,
    watch: new ProjectWatch(watchDeps),
    watchDeps,
    started: now(),
    result: startingResult(config, warnings),
  };
}

/** The result before any step: failed, nothing sent; `warnings` is filled as they come. */
function startingResult(config: DeployConfig, warnings: DeployResult['warnings']): DeployResult {
  return {
    ok: false,
    status: 'failed',
    mode: config.uploadId ? 'distribute' : 'upload',
    projectId: config.projectId,
    artifactUrl: config.fileUrl ? displayUrl(config.fileUrl) : undefined,
    uploadId: config.uploadId,
    sent: 'nothing',
    timeline: [],
    warnings,
    durationMs: 0,
  };
}

/** A wait of `ms` that ends with `Cancelled` on the signal: `deps.sleep` (tests) or a timer. */
function flowSleep(deps: DeployDeps): (ms: number) => Promise<void> {
  const signal = deps.signal;
  return async (ms) => {
    if (!deps.sleep) return sleepUnless(ms, signal);
    if (signal?.aborted) throw cancelledBy(signal);
    await deps.sleep(ms);
    if (signal?.aborted) throw cancelledBy(signal);
  };
}

/**
 * The client for the writes (config's attempts) and the one for the watch (one attempt: the
 * watch has its own retries), each knowing the file URL's secrets.
 */
function clientsFor(
  config: DeployConfig,
  progress: Progress,
  deps: DeployDeps & { terms: Terms; sleep: (ms: number) => Promise<void> },
): [StreampixelClient, StreampixelClient] {
  const clientOptions = {
    terms: deps.terms,
    redactor: deps.redactor,
    apiUrl: config.apiUrl,
    apiKey: config.apiKey,
    userId: config.userId,
    timeoutMs: config.timeoutMs,
    maxAttempts: config.maxAttempts,
    log: (line: string) => progress.info(line),
    debug: (line: string) => progress.debug(line),
    sleep: deps.sleep,
    signal: deps.signal,
    send: deps.send,
  };
  const clients: [StreampixelClient, StreampixelClient] = [
    new StreampixelClient(clientOptions),
    new StreampixelClient({ ...clientOptions, maxAttempts: 1 }),
  ];
  for (const secret of secretValues({ 'file-url': config.fileUrl }))
    for (const c of clients) c.addSecret(secret);
  return clients;
}

/**
 * `progress`, keeping every warning for the result; a secret the flow learns goes to both
 * clients, so server text loses it before a cut, and then to the adapter's masker.
 */
function tracked(
  progress: Progress,
  warnings: DeployResult['warnings'],
  clients: StreampixelClient[],
): Progress {
  return {
    ...progress,
    warning: (title, message) => {
      warnings.push({ title, message });
      progress.warning(title, message);
    },
    secret: (value) => {
      for (const c of clients) c.addSecret(value);
      progress.secret?.(value);
    },
  };
}

/**
 * The steps of one deploy, in order: with path, read the project and stage the build; check the
 * file; read the project (again, after a long upload); a dry run ends here; an upload-id the
 * project lacks is refused; wait for the project, send once, and follow the build with wait.
 * Throws DeployFailure or Cancelled; `flow.result` says how far it got.
 */
async function runFlow(flow: Flow): Promise<void> {
  const { config } = flow;
  let files = config.build ? await stage(config.build, flow) : undefined;
  const fileUrl = flow.staged?.kind === 'uploaded' ? flow.staged.fileUrl : config.fileUrl;
  if (fileUrl) await checkFile(flow, fileUrl);
  // The project as it is now (after a long upload too), for the one-build-at-a-time check.
  if (!config.build || !config.dryRun) files = await readProject(flow);
  if (config.dryRun) return dryRun(flow, files ?? []);
  // The listing is the project's every upload (see ProjectFile): an upload ID it lacks is one
  // Streampixel would answer 404 for, or worse, an ID of another project. Refused before sending,
  // as the dry run refuses it. Unread (a status endpoint that kept failing): sent, and judged by
  // Streampixel's own answer.
  if (config.uploadId && files && !files.some((f) => f.id === config.uploadId))
    throw notInProject(flow, config.uploadId, files);
  await sendOnce(flow, fileUrl, files);
  if (!config.wait) {
    flow.result.ok = true;
    return;
  }
  await follow(flow);
}

/** A read endpoint without a rate limit: proves the key, the user ID, the project and api-url. */
function readProject(flow: Flow): Promise<ProjectFile[] | undefined> {
  return flow.config.dryRun ? flow.watch.readSoon() : readProjectFirst(flow);
}

/**
 * With path: the project is read first, so a wrong key is found before a long upload to the
 * bucket; then the build goes to the bucket (`flow.staged`), and its presigned URL is the file
 * URL. Resolves with the project's uploads as read.
 */
async function stage(build: BuildConfig, flow: Flow): Promise<ProjectFile[] | undefined> {
  const files = await readProject(flow);
  flow.staged = await stageBuild(build, {
    dryRun: flow.config.dryRun,
    terms: flow.terms,
    progress: flow.progress,
    signal: flow.signal,
    result: flow.result,
    plan: flow.buildPlan,
    timeoutMs: flow.config.timeoutMs,
    maxAttempts: flow.config.maxAttempts,
  });
  return files;
}

/**
 * Waits for the project to be idle (with a file to upload and a project read), then sends the
 * upload or the distribution once. A URL presigned before a wait of PRESIGN_AGAIN_AFTER_MS or
 * more is signed again first.
 */
async function sendOnce(
  flow: Flow,
  fileUrl: string | undefined,
  files: ProjectFile[] | undefined,
): Promise<void> {
  const waitStarted = flow.now();
  const before =
    fileUrl && files
      ? await waitForIdleProject(flow.watch, files, flow.watchDeps, flow.terms)
      : files;
  // A URL presigned before a long wait has lost that much of its lifetime: sign it again.
  const sendUrl =
    flow.staged?.kind === 'uploaded' && flow.now() - waitStarted >= PRESIGN_AGAIN_AFTER_MS
      ? await presignAgain(flow.staged, { ...flow, at: flow.now() })
      : fileUrl;
  if (sendUrl) await uploadOnce(flow, sendUrl, before);
  else if (flow.config.uploadId) await distributeOnce(flow, flow.config.uploadId, before);
}

/**
 * Follows the accepted upload until it ends (followUpload); a rejection or a timeout sets the
 * result's status before the failure is thrown. Without an upload ID there is nothing to follow.
 */
async function follow(flow: Flow): Promise<void> {
  const { config, result } = flow;
  if (!result.uploadId) {
    throw new DeployFailure(
      'Cannot follow the build',
      'Streampixel queued the build, but its answer carried no usable upload ID (older API versions give none), so its progress cannot be followed.',
      `Watch it in the dashboard: ${dashboardUrl(config.projectId)}. Set ${flow.terms.setting('wait', 'false')} to stop gating on it.`,
    );
  }
  const state = { uploadId: result.uploadId, mode: result.mode, timeline: result.timeline };
  try {
    const ended = await followUpload(flow.watch, state, flow.watchDeps, flow.terms);
    result.status = ended;
    result.ok = true;
  } catch (err) {
    if (err instanceof DeployFailure) {
      result.objection = (state as { objection?: string }).objection;
      if (err.title === 'Streampixel rejected the build') result.status = 'rejected';
      if (err.title === 'Timed out waiting for the build') result.status = 'timed-out';
    }
    throw err;
  }
}

/**
 * The project before sending: a refusal (key, user, project, api-url) ends the run with the
 * words the write would have got; a status endpoint that keeps failing only costs the
 * one-build-at-a-time check (undefined), since the write may still work.
 */
async function readProjectFirst(flow: Flow): Promise<ProjectFile[] | undefined> {
  try {
    return await flow.watch.readSoon();
  } catch (err) {
    if (!(err instanceof DeployFailure) || isPermanent(err)) throw err;
    flow.progress.warning(
      'Project not read before sending',
      `The project status request failed (${err.message.replace(/\.$/, '')}), so this run cannot see whether another build is being processed. Sending anyway.`,
    );
    return undefined;
  }
}

async function checkFile(flow: Flow, fileUrl: string): Promise<void> {
  const { config, progress, result, terms } = flow;
  if (!config.checkFileUrl) {
    progress.info(
      `Artifact check skipped (${terms.setting('check-file-url', 'false')}): ${result.artifactUrl}`,
    );
    return;
  }
  const info = await checkArtifact(fileUrl, {
    timeoutMs: config.timeoutMs,
    maxAttempts: config.maxAttempts,
    log: (line) => progress.info(line),
    debug: (line) => progress.debug(line),
    sleep: flow.sleep,
    signal: flow.signal,
    send: flow.send,
    terms,
    // The URL presigned for path is named as path, and its expiry is the storage step's to judge.
    source: flow.staged ? 'path' : 'file-url',
    redactor: flow.redactor,
  });
  result.artifact = info;
  result.artifactBytes = info.sizeBytes;
  for (const w of info.verdict.warnings) progress.warning(w.title, `${w.message} ${w.hint}`);
  const size = info.sizeBytes === undefined ? 'size not reported' : formatBytes(info.sizeBytes);
  const facts = info.verdict.facts;
  progress.info(
    facts
      ? `Archive OK: ${result.artifactUrl} (${size}) holds ${describeFacts(facts)}; checked in ${info.requests} request(s), ${formatBytes(info.bytesRead)} read.`
      : `Artifact OK: ${result.artifactUrl} is a zip archive (${size}); its contents were not inspected.`,
  );
}

/** "a packaged build of Game (Game.exe) inside Windows/: 1,204 files, 3.1 GiB unpacked, Deflate and Store" */
export function describeFacts(facts: BuildFacts): string {
  const project = facts.projectName ? ` of ${facts.projectName}` : '';
  const exe = facts.executables.slice(0, 3).join(', ');
  const where = facts.root ? ` inside ${facts.root}` : ' at the root';
  return `a packaged build${project} (${exe})${where}: ${facts.files === 1 ? '1 file' : `${String(facts.files).replace(/\B(?=(\d{3})+$)/g, ',')} files`}, ${formatBytes(facts.uncompressedBytes)} unpacked, ${facts.methods.join(' and ') || 'no compression method'}`;
}

function dryRun(flow: Flow, files: ProjectFile[]): void {
  const { config, progress, result } = flow;
  const staged = flow.staged;
  const wouldSend = staged
    ? `upload-file of a presigned URL of ${staged.objectUri} (autoRelease: ${config.autoRelease})`
    : config.fileUrl
      ? `upload-file of ${result.artifactUrl} (autoRelease: ${config.autoRelease})`
      : `distribute-file of upload ${config.uploadId}`;
  const known = config.uploadId ? files.find((f) => f.id === config.uploadId) : undefined;
  if (config.uploadId && !known) throw notInProject(flow, config.uploadId, files);
  result.dryRun = {
    checked: [
      'the API key, the user ID and the project: Streampixel answered the project status request',
      ...(config.fileUrl && config.checkFileUrl ? ['the file URL: it serves a zip archive'] : []),
      ...(known ? [`upload ${known.id} is in the project (${known.status || 'no status'})`] : []),
      ...(staged?.kind === 'dry-run' ? staged.checked : []),
    ],
    notChecked: [
      "write access: it cannot be proven without uploading (a READONLY member's key can read the project)",
      ...(staged?.kind === 'dry-run' ? staged.notChecked : []),
    ],
    wouldSend,
  };
  progress.info(
    `Dry run: the key, user ID and project are valid (read access). Would send ${wouldSend} to project ${config.projectId}. Write access cannot be proven without uploading. Nothing was sent to Streampixel.`,
  );
  result.ok = true;
  result.status = 'dry-run';
}

/** How many of the project's uploads a "not in the project" failure lists. */
const KNOWN_IDS_SHOWN = 5;

/** upload-id is not among the project's uploads: what the project has instead, newest first. */
function notInProject(flow: Flow, uploadId: string, files: ProjectFile[]): DeployFailure {
  const { terms, config } = flow;
  // Newest first: by date where dated, else the listing's own order (oldest first) reversed.
  const newest = [...files]
    .reverse()
    .sort((a, b) => (Date.parse(b.date ?? '') || 0) - (Date.parse(a.date ?? '') || 0));
  const shown = newest
    .slice(0, KNOWN_IDS_SHOWN)
    .map((f) => `${f.id} (${f.status || 'no status'})`)
    .join(', ');
  const more =
    newest.length > KNOWN_IDS_SHOWN ? ` and ${newest.length - KNOWN_IDS_SHOWN} more` : '';
  const listed = files.length
    ? ` Its uploads, newest first: ${shown}${more}.`
    : ' It has no uploads yet.';
  return new DeployFailure(
    'Streampixel: upload not found in the project',
    `Project ${config.projectId} lists no upload ${uploadId}, so nothing was sent.${listed}`,
    `${terms.name('upload-id')} must be ${terms.uploadIdOutput} of an earlier deploy to this same ${terms.name('project-id')} (or an upload ID from the project's listing).`,
    { input: 'upload-id' },
  );
}

/** A write is sent at most twice: once, and once more when the project shows it did not land. */
const MAX_SENDS = 2;

/** The same file: scheme, host and path, without the query a presigner adds or changes. */
function sameFile(listed: string | undefined, fileUrl: string): boolean {
  try {
    if (!listed) return false;
    const [a, b] = [new URL(listed), new URL(fileUrl)];
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** One write to Streampixel: how to send it, and how the project shows that a send landed. */
interface Write {
  label: 'upload-file' | 'distribute-file';
  /** Sends it once and accepts the answer; `resend`: the second send, after which a 429 is final. */
  send(resend: boolean): Promise<void>;
  /** Whether the project, read after an ambiguous answer, shows the write landed; it is then accepted. */
  landed(files: ProjectFile[]): boolean;
  /** Why the project is read before sending again, after "Reading the project before sending again". */
  rereadWhy: string;
  /** Said when the project shows it did not land, before the one resend. */
  notLanded: string;
}

/**
 * A write, exactly once per run. After an answer that means Streampixel may have acted (a
 * 502/504, no answer once sent), the project is read first: a write it shows landed is adopted;
 * otherwise the request is sent again, once; a 429 then means the first got through (or another
 * deploy runs): stop.
 */
async function writeOnce(flow: Flow, write: Write): Promise<void> {
  const { config, progress, result } = flow;
  for (let attempt = 1; ; attempt++) {
    result.sent = 'maybe';
    try {
      await write.send(attempt > 1);
      return;
    } catch (err) {
      if (!(err instanceof DeployFailure)) throw err;
      if (attempt > 1 && err.details.httpStatus === 429) throw duplicateGuard(flow, err);
      if (!err.details.ambiguous) {
        // A refusal (4xx) means it was not acted on; a 5xx may have been.
        const status = err.details.httpStatus;
        if (status !== undefined && status < 500) result.sent = 'nothing';
        throw err;
      }
      progress.info(
        `${write.label}: ${err.details.ambiguous}, which a gateway may give after passing the request on. Reading the project before sending again${write.rereadWhy}…`,
      );
      if (write.landed(await reread(flow, err))) return;
      if (attempt >= Math.min(MAX_SENDS, config.maxAttempts)) throw err;
      progress.info(write.notLanded);
    }
  }
}

/** upload-file: it landed when the project lists a new upload of this file. */
function uploadOnce(flow: Flow, fileUrl: string, before: ProjectFile[] | undefined): Promise<void> {
  const { config, progress, result, client } = flow;
  const known = new Set((before ?? []).map((f) => f.id));
  // Without a read from before, "new" is whatever is dated from this run on (a minute of clock skew).
  const isNew = (f: ProjectFile): boolean =>
    before ? !known.has(f.id) : Date.parse(f.date ?? '') >= flow.started - 60_000;
  progress.info(`Uploading ${result.artifactUrl} to project ${config.projectId}…`);
  return writeOnce(flow, {
    label: 'upload-file',
    send: async (resend) => {
      const accepted = await client.upload(config.projectId, fileUrl, config.autoRelease, resend);
      accept(flow, 'queued', accepted.message, accepted.uploadId);
    },
    landed: (files) => {
      const adopted = files.find((f) => isNew(f) && sameFile(f.url, fileUrl));
      if (!adopted) return false;
      progress.info(
        `Streampixel did queue it: upload ${adopted.id} ("${adopted.status || 'no status'}") is this file, so nothing more is sent.`,
      );
      accept(flow, 'queued', '', adopted.id);
      return true;
    },
    rereadWhy: ', so the build is not queued twice',
    notLanded: 'No upload of this file is listed: sending upload-file again.',
  });
}

/** distribute-file: it landed when the upload's status moved since before the send. */
function distributeOnce(
  flow: Flow,
  uploadId: string,
  before: ProjectFile[] | undefined,
): Promise<void> {
  const { config, progress, client } = flow;
  const earlier = before?.find((f) => f.id === uploadId)?.status;
  progress.info(`Distributing upload ${uploadId} in project ${config.projectId}…`);
  return writeOnce(flow, {
    label: 'distribute-file',
    send: async (resend) => {
      const accepted = await client.distribute(config.projectId, uploadId, resend);
      accept(flow, 'distributed', accepted.message, uploadId);
    },
    landed: (files) => {
      const now = files.find((f) => f.id === uploadId)?.status;
      if (now === undefined || earlier === undefined || now === earlier) return false;
      progress.info(
        `Upload ${uploadId} moved from "${earlier}" to "${now}": the distribution started, so nothing more is sent.`,
      );
      accept(flow, 'distributed', '', uploadId);
      return true;
    },
    rereadWhy: '',
    notLanded: `Upload ${uploadId} is unchanged: sending distribute-file again.`,
  });
}

/**
 * The project after a write that may have acted. When it cannot be read, the write's own
 * failure stands: it says the build may be queued, which the reader's error would not.
 */
async function reread(flow: Flow, writeFailure: DeployFailure): Promise<ProjectFile[]> {
  try {
    return await flow.watch.readSoon();
  } catch (err) {
    if (err instanceof Cancelled || !(err instanceof DeployFailure)) throw err;
    flow.progress.info(`The project could not be read (${err.message.replace(/\.$/, '')}).`);
    throw writeFailure;
  }
}

function accept(flow: Flow, status: DeployStatus, message: string, uploadId?: string): void {
  const { result, progress } = flow;
  result.sent = 'accepted';
  result.status = status;
  result.apiMessage = message || undefined;
  result.uploadId = uploadId ?? result.uploadId;
  if (result.mode === 'upload' && uploadId) progress.accepted?.(uploadId);
  progress.info(
    status === 'distributed'
      ? `Streampixel started the distribution${message ? `: "${message}"` : ''}.`
      : `Streampixel accepted the build${uploadId ? ` as upload ${uploadId}` : ''}${message ? `: "${message}"` : ''}.`,
  );
}

/** A 429 to a second send: the first one probably got through. Nothing more is sent. */
function duplicateGuard(flow: Flow, err: DeployFailure): DeployFailure {
  return new DeployFailure(
    'Streampixel: the first request may have got through',
    `The first request got no clear answer, no new upload of this file is listed yet, and sending it again got HTTP 429 (one upload or distribute per 2 minutes per user): the first request probably got through, or another deploy of this account is running. Nothing more was sent.`,
    `Check the project in the dashboard (${dashboardUrl(flow.config.projectId)}) before re-running: a re-run may queue the build twice.`,
    err.details,
  );
}

/** The result of a run cut short by SIGINT/SIGTERM: what was sent, and where to watch. */
function cancelled(flow: Flow, why: Cancelled): void {
  const { result, config } = flow;
  result.ok = false;
  result.status = 'cancelled';
  const watch = `watch it at ${dashboardUrl(config.projectId)}`;
  const what = result.mode === 'upload' ? 'upload-file' : 'distribute-file';
  const said: Record<Sent, { message: string; hint: string }> = {
    nothing: {
      message: `The deploy was cancelled (${why.signal}) before anything was sent to Streampixel.`,
      hint: 'Nothing to undo: re-run when ready.',
    },
    maybe: {
      message: `The deploy was cancelled (${why.signal}) while ${what} was being sent, before Streampixel answered: the build may be queued.`,
      hint: `Check the project before re-running (${watch}): a re-run may queue it twice.`,
    },
    accepted: {
      message: `The wait was cancelled (${why.signal}). Streampixel had accepted ${result.uploadId ? `upload ${result.uploadId}` : 'the build'}, which may still go live.`,
      hint: `Nothing was undone: ${watch}.`,
    },
  };
  result.failure = { title: 'Deploy cancelled', ...said[result.sent] };
}
