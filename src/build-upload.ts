/**
 * The deploy flow's storage step, with `path`: validate → zip and upload to
 * the team's bucket (or, in a dry run, zip to nowhere and check the bucket)
 * → presign. The storage lib, and with it the AWS SDK, is loaded here with a
 * dynamic import, so runs with `file-url` or `upload-id` never load it.
 *
 * Everything the lib reports as secret (the secret access key, the session
 * token, the presigned URL's signature and query) goes to `Progress.secret`
 * as soon as the lib knows it, before anything could print it.
 */
import { cancelledBy, unlessCancelled } from './cancel.js';
import type { BuildConfig, InputProblem } from './config.js';
import type { DeployResult, Progress } from './deploy.js';
import { displayUrl, formatBytes, formatCount, formatElapsed } from './format.js';
import { secretValues } from './secrets.js';
import type {
  NameOf,
  StorageError,
  StoragePlan,
  StorageProblem,
  UploadProgress,
} from './storage/index.js';
import { DeployFailure } from './streampixel/errors.js';
import { oneLine, type Terms } from './terms.js';

export interface BuildStepOptions {
  dryRun: boolean;
  terms: Terms;
  progress: Progress;
  /** SIGINT/SIGTERM: the upload stops and its multipart upload is aborted. */
  signal?: AbortSignal;
  /** Filled in: `storage`, `artifactUrl`, `artifactBytes`. */
  result: DeployResult;
  /** Where the lib reads GITHUB_SHA, AWS_REGION and names credential variables; default process.env. */
  env?: Record<string, string | undefined>;
  /** What `validateBuild` made, before any request; validated here when absent. */
  plan?: StoragePlan;
  /**
   * The run's timeout-seconds, in ms: each storage request's connection and inactivity timeout
   * (a part that keeps moving is never cut). Default: timeout-seconds' default, 30 s.
   */
  timeoutMs?: number;
  /** The run's max-attempts: attempts per storage request. */
  maxAttempts?: number;
}

/** What the step leaves for the rest of the flow. */
export type StagedBuild =
  /** Uploaded: the presigned GET URL (already registered as secret) is the flow's file URL. */
  | { kind: 'uploaded'; fileUrl: string; objectUri: string; plan: StoragePlan }
  /** Dry run: nothing written; what the bucket check and the zip established. */
  | { kind: 'dry-run'; objectUri: string; checked: string[]; notChecked: string[] };

/** The storage step's inputs as given, so they are checked even when another input is not valid. */
export interface BuildInputs {
  path: string;
  s3Uri: string;
  s3Endpoint?: string;
  s3Region?: string;
  presignHours?: string | number;
}

export interface BuildCheckOptions {
  terms: Terms;
  /** Gets each secret the lib learns (the secret access key, a session token) before anything prints. */
  secret: (value: string) => void;
  warning: (title: string, message: string) => void;
  /** One line per storage request attempt (`--verbose`, the runner's debug log). */
  debug?: (line: string) => void;
  signal?: AbortSignal;
  env?: Record<string, string | undefined>;
  /** The run's timeout-seconds, in ms: each storage request's connection and inactivity timeout. */
  timeoutMs?: number;
  /** The run's max-attempts: attempts per storage request (default 5). */
  maxAttempts?: number;
}

export type BuildCheck = { ok: true; plan: StoragePlan } | { ok: false; problems: InputProblem[] };

/**
 * The storage step's checks, which need no request to Streampixel: the path
 * (a folder or .zip that looks like a packaged build), s3-uri, s3-endpoint,
 * s3-region, presign-hours and the credentials. Problems come back as input
 * problems, to be reported with every other input's; warnings go to
 * `options.warning` at once. Loads the storage lib (the AWS SDK). Throws
 * Cancelled when `signal` fires first.
 */
export async function validateBuild(
  inputs: BuildInputs,
  options: BuildCheckOptions,
): Promise<BuildCheck> {
  const storage = await import('./storage/index.js');
  const nameOf = storageNames(options.terms);
  const validation = await unlessCancelled(
    storage.validateStorage(inputs, {
      env: options.env,
      nameOf,
      onSecret: secretsTo(options.secret),
      timeoutMs: options.timeoutMs,
      maxAttempts: options.maxAttempts,
      debug: options.debug,
    }),
    options.signal,
    (late) => {
      if (late.ok) late.plan.client.destroy();
    },
  );
  for (const warning of validation.warnings) options.warning('Build upload', warning);
  if (validation.ok) return { ok: true, plan: validation.plan };
  return { ok: false, problems: validation.problems.map(asInputProblem) };
}

/** A storage problem among the input problems; the credentials are no input, and are named as such. */
function asInputProblem(p: StorageProblem): InputProblem {
  const message = `${p.message} ${p.hint}`;
  if (p.input === 'credentials') {
    return { input: 'path', title: p.title, message, about: 'the AWS credentials' };
  }
  return { input: p.input, title: p.title, message };
}

/** The storage lib's names for its inputs, in the adapter's words. */
function storageNames(terms: Terms): NameOf {
  return (input) => (input === 'credentials' ? 'the AWS credentials' : terms.name(input));
}

/**
 * Each secret the lib reports, to `secret`. A whole URL goes in as its secret
 * parts: the Redactor also masks text *ending* in the start of a secret, and a
 * URL's start ("http…", the object's address) is no secret.
 */
function secretsTo(secret: (value: string) => void): (value: string) => void {
  return (value) => {
    const parts = /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
      ? secretValues({ 'file-url': value })
      : [value];
    for (const part of parts) secret(part);
  };
}

/**
 * Runs the storage step. Throws DeployFailure (every validation problem at
 * once, when no plan was handed in, or the lib's titled failure), or
 * Cancelled when `signal` fired (the lib's word on the multipart upload is
 * logged first).
 */
export async function stageBuild(
  build: BuildConfig,
  options: BuildStepOptions,
): Promise<StagedBuild> {
  const { progress, signal } = options;
  const storage = await import('./storage/index.js');
  const nameOf = storageNames(options.terms);
  const plan = options.plan ?? (await planOf(build, options));
  try {
    progress.info(describePlan(plan, build.presignHours, nameOf));
    if (options.dryRun) return await dryRun(storage, plan, options, nameOf);
    const uploaded = await upload(storage, plan, options, nameOf);
    const signed = await unlessCancelled(
      storage.presign(plan, { onSecret: secretsTo((value) => progress.secret?.(value)) }),
      signal,
    );
    options.result.artifactUrl = displayUrl(signed.url);
    progress.info(
      `Presigned download URL for Streampixel: ${options.result.artifactUrl}, valid until ${signed.expiresAt.toISOString()}.`,
    );
    return { kind: 'uploaded', fileUrl: signed.url, objectUri: uploaded.objectUri, plan };
  } catch (err) {
    if (!(err instanceof storage.StorageError)) throw err;
    if (signal?.aborted) {
      // "The upload … was cancelled. The incomplete multipart upload was aborted." (or how to remove it)
      progress.info(err.message);
      throw cancelledBy(signal);
    }
    throw storageFailure(err);
  } finally {
    plan.client.destroy();
  }
}

/** The plan when none was handed in: validated here, every problem in one DeployFailure. */
async function planOf(build: BuildConfig, options: BuildStepOptions): Promise<StoragePlan> {
  const { progress } = options;
  const checked = await validateBuild(build, {
    terms: options.terms,
    secret: (value) => progress.secret?.(value),
    warning: (title, message) => progress.warning(title, message),
    debug: (line) => progress.debug(line),
    signal: options.signal,
    env: options.env,
    timeoutMs: options.timeoutMs,
    maxAttempts: options.maxAttempts,
  });
  if (!checked.ok) throw problemsFailure(checked.problems);
  return checked.plan;
}

/** The build to the bucket, with a progress line at each 10 % and every 30 s; fills `result.storage`. */
async function upload(
  storage: StorageLib,
  plan: StoragePlan,
  options: BuildStepOptions,
  nameOf: NameOf,
): Promise<Awaited<ReturnType<StorageLib['uploadBuild']>>> {
  const { progress, result, signal } = options;
  const replacing = await storage.replacementNotice(plan, { signal, nameOf });
  if (replacing) progress.info(replacing);
  let lastPercent = -1;
  const uploaded = await storage.uploadBuild(plan, {
    signal,
    nameOf,
    onProgress: (p) => {
      // The lib reports at each 10 % and every 30 s, and 100 % once more at the end.
      if (p.percent === 100 && lastPercent === 100) return;
      lastPercent = p.percent ?? lastPercent;
      progress.info(progressLine(p));
    },
  });
  result.storage = {
    objectUri: uploaded.objectUri,
    bytes: uploaded.bytes,
    durationMs: uploaded.durationMs,
    bytesPerSecond: uploaded.bytesPerSecond,
  };
  result.artifactBytes = uploaded.bytes;
  progress.info(
    `Uploaded ${uploaded.objectUri}: ${formatBytes(uploaded.bytes)} in ${formatElapsed(uploaded.durationMs)} (${megabytesPerSecond(uploaded.bytesPerSecond)}, ${uploaded.parts} part(s)).`,
  );
  return uploaded;
}

/**
 * A new presigned URL for the uploaded object, valid for presign-hours from
 * `at` (ms since the epoch): after a long wait for the project, so the URL
 * Streampixel gets is not the one the wait ate into. No request: signing is
 * local, with the credentials the upload used. Its secrets go to
 * `progress.secret` before it is returned.
 */
export async function presignAgain(
  staged: Extract<StagedBuild, { kind: 'uploaded' }>,
  options: { progress: Progress; signal?: AbortSignal; at: number; result: DeployResult },
): Promise<string> {
  const storage = await import('./storage/index.js');
  const { progress } = options;
  const signed = await unlessCancelled(
    storage.presign(staged.plan, {
      onSecret: secretsTo((value) => progress.secret?.(value)),
      now: () => new Date(options.at),
    }),
    options.signal,
  );
  options.result.artifactUrl = displayUrl(signed.url);
  progress.info(
    `Presigned the download URL again after the wait, so Streampixel gets its whole lifetime: valid until ${signed.expiresAt.toISOString()}.`,
  );
  return signed.url;
}

type StorageLib = typeof import('./storage/index.js');

async function dryRun(
  storage: StorageLib,
  plan: StoragePlan,
  options: BuildStepOptions,
  nameOf: NameOf,
): Promise<StagedBuild> {
  const { progress, result } = options;
  const dry = await storage.dryRun(plan, { signal: options.signal, nameOf });
  if (dry.bucketError) throw storageFailure(dry.bucketError);
  for (const warning of dry.warnings) progress.warning('Build upload', warning);
  result.artifactBytes = dry.bytes;
  const checked = [
    ...dry.checked,
    `the build: zipped to nowhere, ${formatBytes(dry.bytes)} in ${formatElapsed(dry.durationMs)} (${megabytesPerSecond(dry.bytesPerSecond)}; ${dry.parts} part(s) to upload)`,
  ];
  progress.info(
    `Dry run: nothing was uploaded to ${plan.objectUri}. Checked: ${checked.join('; ')}. Not checked: ${dry.notChecked.join('; ')}.`,
  );
  return { kind: 'dry-run', objectUri: plan.objectUri, checked, notChecked: dry.notChecked };
}

/** "Build: Game/ (a folder of 1,204 files, 3.1 GiB) → s3://b/k.zip (region eu-west-1 from AWS_REGION); …" */
export function describePlan(plan: StoragePlan, presignHours: number, nameOf: NameOf): string {
  const source =
    plan.source.kind === 'folder'
      ? `${plan.source.path} (a folder of ${formatCount(plan.source.listing.files)} files, ${formatBytes(plan.totalBytesEstimate)})`
      : `${plan.source.path} (${formatBytes(plan.totalBytesEstimate)})`;
  const endpoint = plan.endpoint ? `, endpoint ${displayUrl(plan.endpoint)}` : '';
  // The lib names the input `s3-region`: in the adapter's words, `--s3-region` on the command line.
  const from =
    plan.regionSource === 'default'
      ? 'the default'
      : `from ${plan.regionSource === 's3-region' ? nameOf('s3-region') : plan.regionSource}`;
  return `Build: ${source} → ${plan.objectUri} (region ${plan.region} ${from}${endpoint}); the presigned URL for Streampixel will be valid for ${presignHours} h.`;
}

/** "Uploaded 48.0 MiB of ~120.0 MiB (40 %) at 12.3 MB/s, about 6 s left" */
function progressLine(p: UploadProgress): string {
  const total =
    p.totalBytesEstimate !== undefined ? ` of ~${formatBytes(p.totalBytesEstimate)}` : '';
  const percent = p.percent !== undefined ? ` (${Math.floor(p.percent)} %)` : '';
  const left =
    p.etaSeconds !== undefined ? `, about ${formatElapsed(p.etaSeconds * 1000)} left` : '';
  return `Uploaded ${formatBytes(p.bytesUploaded)}${total}${percent} at ${megabytesPerSecond(p.bytesPerSecond)}${left}`;
}

function megabytesPerSecond(bytesPerSecond: number): string {
  return `${(bytesPerSecond / 1e6).toFixed(1)} MB/s`;
}

/** Every validation problem, in one failure: nothing was uploaded or sent. */
function problemsFailure(problems: InputProblem[]): DeployFailure {
  // One problem: its title is the failure's, and is not said again.
  const lines =
    problems.length === 1
      ? problems.map((p) => p.message)
      : problems.map((p) => oneLine(p.title, p.message));
  const first = problems[0];
  return new DeployFailure(
    problems.length === 1 && first
      ? first.title
      : `${problems.length} problems with the build upload`,
    `${lines.join(' ')} Nothing was uploaded or sent to Streampixel.`,
    'Fix them and re-run.',
    { input: first?.input },
  );
}

function storageFailure(err: StorageError): DeployFailure {
  const code = err.code && !err.message.includes(err.code) ? ` (${err.code})` : '';
  return new DeployFailure(err.title, `${err.message}${code}`, err.hint, {
    httpStatus: err.httpStatus,
    input: err.input,
  });
}
