/**
 * Build folder (or .zip) → S3 object → presigned URL, for Streampixel's
 * `file-url`. Loaded with `await import('./storage/index.js')` only when a
 * build path is given, so runs with a ready URL never load the AWS SDK.
 *
 * 1. `validateStorage` checks every input at once and uploads nothing.
 * 2. `uploadBuild` zips while uploading (lib-storage's multipart upload,
 *    bounded memory), or `dryRun` zips to nowhere and checks the bucket
 *    without writing.
 * 3. `presign` makes the SigV4 presigned GET URL.
 */
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createReadStream, promises as fs } from 'node:fs';
import type http from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { agentFor, shownValue } from '../http.js';
import {
  checkCredentials,
  credentialSource,
  expiredProblem,
  expiryWarning,
} from './credentials.js';
import {
  type CredentialOrigin,
  defaultNameOf,
  type ErrorContext,
  type StorageProxy,
  type NameOf,
  StorageError,
  type StorageInput,
  type StorageProblem,
  toStorageError,
} from './errors.js';
import { judgeFolder, judgeZip } from './inspect.js';
import {
  buildName,
  isR2Endpoint,
  objectKeyFor,
  type Parsed,
  parsePresignHours,
  parseS3Uri,
  regionProblem,
  resolveRegion,
  type S3Target,
} from './s3-uri.js';
import {
  createS3Client,
  DEFAULT_PART_BYTES,
  DEFAULT_QUEUE_SIZE,
  DEFAULT_TIMEOUT_MS,
  partSizeFor,
  ProgressReporter,
  type ProgressListener,
  S3_LIMITS,
  uploadStream,
} from './upload.js';
import { type BuildListing, listBuild, zipStream } from './zip-stream.js';

export { StorageError, type NameOf, type StorageInput, type StorageProblem } from './errors.js';
export type { UploadProgress, ProgressListener } from './upload.js';
export { parseS3Uri, type S3Target } from './s3-uri.js';

/** The action's inputs (or CLI flags) as given; strings as read, unparsed. */
export interface StorageInputs {
  /** A packaged build folder or a `.zip`. */
  path: string;
  /** `s3://bucket/prefix/` or `s3://bucket/key.zip`. */
  s3Uri: string;
  /** An S3-compatible service's URL (R2, B2, MinIO, radosgw); empty for AWS. */
  s3Endpoint?: string;
  s3Region?: string;
  /** Presigned URL lifetime in hours; default 6, at most 168. */
  presignHours?: string | number;
}

export interface StorageOptions {
  /**
   * Where GITHUB_SHA, AWS_REGION/AWS_DEFAULT_REGION and the credential
   * variables named in messages are read; default `process.env`. The SDK's
   * credential chain itself always reads `process.env`.
   */
  env?: Record<string, string | undefined>;
  /** Names an input inside messages; default the action's input name. */
  nameOf?: NameOf;
  /**
   * Called with every secret before it can be printed: the secret access key
   * and session token as soon as they are resolved, and (from `presign`) the
   * presigned URL's signature and query string.
   */
  onSecret?: (value: string) => void;
  /** Clock for the timestamp in generated object names and expiry checks. */
  now?: () => Date;
  /** One line per attempt of each storage request, for `--verbose` and the runner's debug log. */
  debug?: (line: string) => void;
  /** Credentials instead of the SDK's provider chain (tests, or a caller that has them). */
  credentials?: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
    expiration?: Date;
  };
  /**
   * Each storage request's connection timeout and socket inactivity timeout, ms: the run's
   * timeout-seconds (default 30 s). A server that accepts no connection, or stops sending and
   * taking bytes for this long, fails the attempt ("Storage not answering" once the retries
   * are spent); a large part that keeps moving is never cut.
   */
  timeoutMs?: number;
  /** Attempts per storage request, the first included: the run's max-attempts (default 5). */
  maxAttempts?: number;
  /** The OS the path is read on, for a Windows-shaped path on another; default `process.platform`. */
  platform?: NodeJS.Platform;
}

/** What validation found: everything the upload needs, resolved. */
export interface StoragePlan {
  source:
    | { kind: 'folder'; path: string; listing: BuildListing }
    | { kind: 'zip'; path: string; bytes: number };
  /** The name in generated object keys: the project's, the folder's or the zip's. */
  name: string;
  bucket: string;
  key: string;
  /** `s3://bucket/key`. */
  objectUri: string;
  region: string;
  /** Where the region came from: `s3-region`, `AWS_REGION`, `default`… */
  regionSource: string;
  endpoint?: string;
  /** The proxy the storage requests go through (https_proxy/http_proxy), if any. */
  proxy?: StorageProxy;
  /** Presigned URL lifetime, seconds (≤ 604800). */
  presignSeconds: number;
  /** The zip's expected size: exact for a `.zip`, the sum of file sizes for a folder (deflate makes the real one smaller). */
  totalBytesEstimate: number;
  /** 16 MiB, or more when the estimate would need more than 9,000 parts. */
  partSize: number;
  /** When the credentials expire, if they are temporary. */
  credentialsExpire?: Date;
  /** Where the credentials came from, as messages name them (AWS_ACCESS_KEY_ID, a profile…). */
  credentialOrigin: CredentialOrigin;
  /** The client's connection and inactivity timeout, ms (StorageOptions.timeoutMs). */
  timeoutMs: number;
  /**
   * Configured for this plan; its credentials provider caches and refreshes.
   * Call `plan.client.destroy()` when done to close its sockets. `presign` works
   * after that too: signing makes no request.
   */
  client: S3Client;
  /** `StorageOptions.onSecret`, kept for `presign`. */
  onSecret?: (value: string) => void;
}

export type StorageValidation =
  | { ok: true; plan: StoragePlan; warnings: string[] }
  | { ok: false; problems: StorageProblem[]; warnings: string[] };

/**
 * How the storage requests reach the endpoint (`s3-endpoint`, else
 * `https://<bucket>.s3.<region>.amazonaws.com`): through the proxy that
 * https_proxy/http_proxy/no_proxy pick for it, as every other request of the
 * run does; undefined when they go direct. A proxy variable that is not a
 * URL (the run has already warned about it) leaves them direct.
 */
async function routeOf(
  endpoint: string | undefined,
  region: string,
  bucket: string,
): Promise<{ agent: { agent: http.Agent; secure: boolean }; proxy: StorageProxy } | undefined> {
  try {
    const url = new URL(
      endpoint ?? `https://${bucket ? `${bucket}.` : ''}s3.${region}.amazonaws.com/`,
    );
    const secure = url.protocol === 'https:';
    const { agent, proxy } = await agentFor(url, secure);
    return proxy ? { agent: { agent, secure }, proxy } : undefined;
  } catch {
    return undefined;
  }
}

/** The zip signatures a build may start with: a local file header, or an empty zip's end record. */
const ZIP_SIGNATURE = '504b0304';
const EMPTY_ZIP_SIGNATURE = '504b0506';

/** What the build path gives the plan: its source, the name for object keys, the size estimate. */
type BuildSource = Pick<StoragePlan, 'source' | 'name' | 'totalBytesEstimate'>;

/** What the checks of one build path share. */
interface PathCheck {
  path: string;
  nameOf: NameOf;
  /** Records a problem about `path`; returns undefined, for `return check.add(…)`. */
  add: (title: string, message: string, hint: string) => undefined;
  /** The usual hint: what `path` should be. */
  what: string;
  warnings: string[];
}

/** "Linux", "macOS": the runner's OS as people call it. */
function platformName(platform: NodeJS.Platform): string {
  if (platform === 'linux') return 'Linux';
  if (platform === 'darwin') return 'macOS';
  return platform;
}

/**
 * The sentence and hint for a path that does not exist and looks like a Windows path (a drive
 * letter, backslashes) on a runner that is not Windows, where `\` is part of a name.
 */
function windowsPathAdvice(
  p: string,
  platform: NodeJS.Platform,
  nameOf: NameOf,
): { sentence: string; hint: string } | undefined {
  if (platform === 'win32') return undefined;
  const drive = /^[A-Za-z]:([\\/]|$)/.test(p);
  const backslashes = p.includes('\\');
  if (!drive && !backslashes) return undefined;
  const why = [
    ...(backslashes
      ? ['backslashes are not folder separators here (they are part of a name)']
      : []),
    ...(drive ? ['there are no drive letters'] : []),
  ].join(' and ');
  const forward = p
    .replace(/^[A-Za-z]:/, '')
    .replaceAll('\\', '/')
    .replace(/^\/+/, '');
  return {
    sentence: `It looks like a Windows path, on a ${platformName(platform)} runner: ${why}.`,
    hint: `Give ${nameOf('path')} as this runner sees it, with forward slashes${forward ? ` (e.g. ${forward}, relative to ${process.cwd()})` : ''}. A build packaged on a Windows runner has to be brought to this one first (actions/upload-artifact, then actions/download-artifact here), or run this step on the Windows runner.`,
  };
}

/**
 * Checks `p`, the build path: a folder (checkFolder) or a `.zip` (checkZip), judged by the
 * archive inspection's rules (inspect.ts). Problems go to `problems` (all about `path`), its
 * warnings and the files left out of the zip to `warnings`. Undefined when nothing can be
 * uploaded from it.
 */
async function checkPath(
  p: string,
  options: { nameOf: NameOf; platform: NodeJS.Platform },
  problems: StorageProblem[],
  warnings: string[],
): Promise<BuildSource | undefined> {
  const { nameOf, platform } = options;
  const check: PathCheck = {
    path: p,
    nameOf,
    add: (title, message, hint) => {
      problems.push({ input: 'path', title, message, hint });
      return undefined;
    },
    what: `Set ${nameOf('path')} to the packaged build folder (the one with <Project>.exe, e.g. Saved/StagedBuilds/Windows) or to a .zip of it.`,
    warnings,
  };
  const { add, what } = check;
  const named = `${nameOf('path')} ${p}`;
  if (!p.trim()) return add('No build path', `${nameOf('path')} is empty.`, what);
  let stat;
  try {
    stat = await fs.stat(p);
  } catch {
    const windows = windowsPathAdvice(p, platform, nameOf);
    return add(
      'Build not found',
      `${named} does not exist.${windows ? ` ${windows.sentence}` : ''}`,
      windows?.hint ?? `${what} Relative paths start from ${process.cwd()}.`,
    );
  }
  if (stat.isFile()) return checkZip(check, stat.size);
  if (!stat.isDirectory())
    return add('Not a folder or a .zip', `${named} is not a folder or a file.`, what);
  return checkFolder(check);
}

/** The first 4 bytes of file `p`, in hex; rejects when it cannot be read. */
async function headOf(p: string): Promise<string> {
  const head = Buffer.alloc(4);
  const handle = await fs.open(p);
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  return head.toString('hex');
}

/**
 * A file of `size` bytes as the build: named .zip, starting with a zip signature, not empty,
 * within S3's limit, and a packaged build by its central directory (judgeZip, read from the
 * file: the rules the archive inspection applies after the upload).
 */
async function checkZip(check: PathCheck, size: number): Promise<BuildSource | undefined> {
  const { path: p, nameOf, add, what } = check;
  const named = `${nameOf('path')} ${p}`;
  if (!/\.zip$/i.test(p)) {
    return add('Not a folder or a .zip', `${named} is a file but not a .zip.`, what);
  }
  let head: string;
  try {
    head = await headOf(p);
  } catch (err) {
    return add('Build unreadable', `Reading ${p} failed: ${(err as Error).message}`, what);
  }
  if (head === EMPTY_ZIP_SIGNATURE) {
    return add(
      'Empty zip',
      `${named} is a zip with no files in it.`,
      `Check the step that made it: the build folder was empty. ${what}`,
    );
  }
  if (head !== ZIP_SIGNATURE) {
    return add('Not a zip', `${named} does not start with a zip signature (PK).`, what);
  }
  if (size > S3_LIMITS.maxObjectBytes) {
    return add('Build too large', `${named} is larger than S3's 5 TiB object limit.`, what);
  }
  let verdict;
  try {
    verdict = await judgeZip(p, size, head, nameOf);
  } catch (err) {
    return add('Build unreadable', `Reading ${p} failed: ${(err as Error).message}`, what);
  }
  for (const e of verdict.errors) add(e.title, e.message, e.hint);
  check.warnings.push(...verdict.warnings);
  if (verdict.errors.length > 0) return undefined;
  return {
    source: { kind: 'zip', path: p, bytes: size },
    name: buildName(p, { kind: 'zip' }),
    totalBytesEstimate: size,
  };
}

/**
 * A build folder: listable, not empty, a packaged Windows build by the archive inspection's
 * rules applied to the listing its zip will have (judgeFolder: a game .exe, not the Unreal
 * project), no `.uproject` at its top, within S3's object limit. The files listBuild leaves out
 * are warnings (the first 10, then a count), after the rules' own.
 */
async function checkFolder(check: PathCheck): Promise<BuildSource | undefined> {
  const { path: p, nameOf, add, what } = check;
  const named = `${nameOf('path')} ${p}`;
  let listing: BuildListing;
  try {
    listing = await listBuild(p);
  } catch (err) {
    return add(
      'Build unreadable',
      `Listing ${p} failed: ${(err as Error).message}`,
      'Check the runner can read every file in the build folder.',
    );
  }
  if (listing.files === 0) {
    return add('Empty build folder', `${named} contains no files.`, what);
  }
  const verdict = judgeFolder(listing, p, nameOf);
  for (const e of verdict.errors) add(e.title, e.message, e.hint);
  // A project folder that holds a build of its own still is not the packaged output.
  const uproject = listing.entries.find((e) => /^[^/]+\.uproject$/i.test(e.name))?.name;
  if (uproject && !verdict.errors.some((e) => e.code === 'project-not-build')) {
    add(
      'Project folder, not a packaged build',
      `${named} contains ${uproject}: it is the Unreal project, not a packaged build.`,
      `Package the project first (Platforms → Windows → Package Project, or RunUAT BuildCookRun -package -stage -archive) and set ${nameOf('path')} to the output folder, e.g. Saved/StagedBuilds/Windows.`,
    );
  }
  if (listing.totalBytes > S3_LIMITS.maxObjectBytes) {
    add('Build too large', `${named} holds more than S3's 5 TiB object limit.`, what);
  }
  check.warnings.push(...verdict.warnings);
  warnLeftOut(listing.skipped, check.warnings);
  const topLevelExe = listing.exes.find((e) => !e.includes('/'));
  return {
    source: { kind: 'folder', path: p, listing },
    name: buildName(p, { kind: 'folder', topLevelExe }),
    totalBytesEstimate: listing.totalBytes,
  };
}

/** "Left out of the zip: …" for the first 10 of `skipped`, then how many more. */
function warnLeftOut(skipped: string[], warnings: string[]): void {
  const shown = skipped.slice(0, 10);
  for (const s of shown) warnings.push(`Left out of the zip: ${s}.`);
  if (skipped.length > shown.length) {
    warnings.push(`…and ${skipped.length - shown.length} more left out.`);
  }
}

/**
 * The problem with `s3-endpoint`, if any: not an http(s) URL, credentials, a query or fragment
 * in it, or a path. With a path the SDK would put the bucket after it (path-style), so the
 * object would land at another key than `object-uri` says; a path that starts with `bucket`
 * (s3-uri's, as Cloudflare R2's dashboard shows the S3 API URL) is said so.
 */
function checkEndpoint(
  endpoint: string,
  nameOf: NameOf,
  bucket: string | undefined,
): StorageProblem | undefined {
  const problem = (message: string, hint?: string): StorageProblem => ({
    input: 's3-endpoint',
    title: 'Invalid endpoint',
    message,
    hint:
      hint ??
      `Give the service's S3 API URL, e.g. https://<account>.r2.cloudflarestorage.com or http://localhost:9000, with no bucket in it (the bucket goes in ${nameOf('s3-uri')}).`,
  });
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return problem(`${nameOf('s3-endpoint')} ${shownValue(endpoint)} is not a URL.`);
  }
  // Never echo a URL with a password in it.
  if (url.username || url.password) {
    return problem(
      `${nameOf('s3-endpoint')} has a user name or password in it; credentials belong in AWS_* variables.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return problem(`${nameOf('s3-endpoint')} ${shownValue(endpoint)} is not an http(s) URL.`);
  }
  if (url.search || url.hash) {
    return problem(`${nameOf('s3-endpoint')} ${shownValue(endpoint)} has a query or fragment.`);
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length === 0) return undefined;
  const [name, s3Uri] = [nameOf('s3-endpoint'), nameOf('s3-uri')];
  if (bucket && segments[0] === bucket) {
    const rest = segments.length > 1 ? `/${segments.slice(1).join('/')}/` : '';
    return problem(
      segments.length === 1
        ? `${name} "${endpoint}" ends in the bucket name: remove /${bucket}; the bucket goes in ${s3Uri}.`
        : `${name} "${endpoint}" has the bucket name in its path: remove ${url.pathname.replace(/\/$/, '')}; the bucket${rest ? ' and the folder' : ''} go in ${s3Uri}.`,
      `Set ${name} to ${url.origin} and keep the bucket in ${s3Uri} (s3://${bucket}${rest || '/'}…). Cloudflare R2's dashboard shows the S3 API URL with the bucket on the end: leave that part out.`,
    );
  }
  return problem(
    `${name} "${endpoint}" has a path (${url.pathname}): an S3 endpoint is the service's address alone (scheme, host and port), and the path would end up in the object's key.`,
    `Set ${name} to ${url.origin}, with the bucket and any folder in ${s3Uri}.`,
  );
}

/** The problem with `region` when it is not a region name, naming where it came from. */
function checkRegion(
  region: { region: string; source: string },
  endpoint: string | undefined,
  nameOf: NameOf,
): StorageProblem | undefined {
  const bad = regionProblem(region.region);
  if (!bad) return undefined;
  const from = region.source === 's3-region' ? nameOf('s3-region') : region.source;
  return {
    input: 's3-region',
    title: 'Invalid region',
    message: `${from}: ${bad}.`,
    hint: `Set ${nameOf('s3-region')} to the bucket's region, e.g. eu-west-1${isR2Endpoint(endpoint) ? ' (auto for R2)' : ''}.`,
  };
}

/** The inputs besides the build path, parsed, and whether each is usable. */
interface ParsedInputs {
  target: Parsed<S3Target>;
  /** `s3-endpoint` trimmed; undefined when empty. */
  endpoint: string | undefined;
  /** `endpoint` is not a usable URL (checkEndpoint). */
  badEndpoint: boolean;
  /** The region and where it came from (resolveRegion). */
  region: { region: string; source: string };
  /** `region.region` is not a region name. */
  badRegion: boolean;
  /** The presigned URL's lifetime, seconds. */
  presign: Parsed<number>;
}

/**
 * Parses `s3-uri`, `s3-endpoint`, the region (`s3-region`, else the environment's, see
 * resolveRegion) and `presign-hours`; each problem goes to `problems`, in that order.
 */
function parseInputs(
  inputs: StorageInputs,
  env: Record<string, string | undefined>,
  nameOf: NameOf,
  problems: StorageProblem[],
): ParsedInputs {
  const problem = (input: StorageInput, title: string, message: string, hint: string): void => {
    problems.push({ input, title, message, hint });
  };
  const target = parseS3Uri(inputs.s3Uri ?? '');
  if (!target.ok)
    problem('s3-uri', 'Invalid S3 URI', `${nameOf('s3-uri')}: ${target.message}`, target.hint);

  const endpoint = inputs.s3Endpoint?.trim() || undefined;
  const bucket = target.ok ? target.value.bucket : undefined;
  const endpointProblem = endpoint ? checkEndpoint(endpoint, nameOf, bucket) : undefined;
  if (endpointProblem) problems.push(endpointProblem);

  const region = resolveRegion(inputs.s3Region, endpoint, env);
  const badRegion = checkRegion(region, endpoint, nameOf);
  if (badRegion) problems.push(badRegion);

  const presign = parsePresignHours(inputs.presignHours);
  if (!presign.ok)
    problem(
      'presign-hours',
      'Invalid presign lifetime',
      `${nameOf('presign-hours')}: ${presign.message}`,
      presign.hint,
    );
  return {
    target,
    endpoint,
    badEndpoint: !!endpointProblem,
    region,
    badRegion: !!badRegion,
    presign,
  };
}

/**
 * The plan's client, and the proxy it goes through (routeOf). An unusable endpoint or region
 * is left out (AWS, us-east-1), so that the credentials can still be checked.
 */
async function clientFor(
  parsed: ParsedInputs,
  options: StorageOptions,
  timeoutMs: number,
): Promise<{ client: S3Client; proxy: StorageProxy | undefined }> {
  const clientEndpoint = parsed.badEndpoint ? undefined : parsed.endpoint;
  const clientRegion = parsed.badRegion ? 'us-east-1' : parsed.region.region;
  const bucket = parsed.target.ok ? parsed.target.value.bucket : '';
  const via = await routeOf(clientEndpoint, clientRegion, bucket);
  const client = createS3Client({
    region: clientRegion,
    endpoint: clientEndpoint,
    credentials: options.credentials,
    proxyAgent: via?.agent,
    timeoutMs,
    maxAttempts: options.maxAttempts,
    debug: options.debug,
  });
  return { client, proxy: via?.proxy };
}

/**
 * Checks every input and returns every problem at once; nothing is written.
 * Reads the build folder (to list it, find the .exe and add up sizes) and
 * resolves credentials through the SDK's provider chain (which may ask the
 * instance metadata service, a second or so when there is none).
 *
 * Problems are in the user's terms, with `input` saying which input to fix.
 * The build is judged by the archive inspection's rules before anything is
 * uploaded (inspect.ts). Credentials that have already expired are a problem.
 * Warnings: the rules' warnings; files left out of the zip; a presigned URL
 * that would outlive temporary credentials (a SigV4 presigned URL stops
 * working when the credentials that signed it expire).
 */
export async function validateStorage(
  inputs: StorageInputs,
  options: StorageOptions = {},
): Promise<StorageValidation> {
  const env = options.env ?? process.env;
  const nameOf = options.nameOf ?? defaultNameOf;
  const now = options.now ?? (() => new Date());
  const problems: StorageProblem[] = [];
  const warnings: string[] = [];

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const platform = options.platform ?? process.platform;

  const source = await checkPath(inputs.path, { nameOf, platform }, problems, warnings);
  const parsed = parseInputs(inputs, env, nameOf, problems);
  const { client, proxy } = await clientFor(parsed, options, timeoutMs);
  const identity = await checkCredentials(client, env, problems);
  if (identity) {
    options.onSecret?.(identity.secretAccessKey);
    if (identity.sessionToken) options.onSecret?.(identity.sessionToken);
  }
  const from = identity && credentialSource(identity, env, !!options.credentials);
  const expired = expiredProblem(identity, from, now());
  if (expired) problems.push(expired);
  const presignSeconds = parsed.presign.ok ? parsed.presign.value : undefined;
  const expiring = expiryWarning(identity, presignSeconds, now(), nameOf);
  if (expiring) warnings.push(expiring);

  const { target, presign, region } = parsed;
  if (problems.length > 0 || !source || !target.ok || !presign.ok || !from) {
    client.destroy();
    return { ok: false, problems, warnings };
  }
  const key = objectKeyFor(target.value, source.name, { sha: env.GITHUB_SHA, now: now() });
  return {
    ok: true,
    warnings,
    plan: {
      ...source,
      bucket: target.value.bucket,
      key,
      objectUri: `s3://${target.value.bucket}/${key}`,
      region: region.region,
      regionSource: region.source,
      endpoint: parsed.endpoint,
      proxy,
      presignSeconds: presign.value,
      partSize: partSizeFor(source.totalBytesEstimate),
      credentialsExpire: identity?.expiration,
      credentialOrigin: from.origin,
      timeoutMs,
      client,
      onSecret: options.onSecret,
    },
  };
}

export interface UploadOptions {
  /** Cancels the upload; the multipart upload is then aborted before the promise rejects. */
  signal?: AbortSignal;
  /** Called at each 10 % of the estimate and at least every `progressIntervalMs`. */
  onProgress?: ProgressListener;
  /** Default 30,000. */
  progressIntervalMs?: number;
  /** Bytes per part; default `plan.partSize` (16 MiB or more). */
  partSize?: number;
  /** Parts in flight; default 4. */
  queueSize?: number;
  nameOf?: NameOf;
}

export interface UploadResult {
  /** `s3://bucket/key`. */
  objectUri: string;
  bucket: string;
  key: string;
  /** The object's size. */
  bytes: number;
  durationMs: number;
  bytesPerSecond: number;
  /** Parts of the multipart upload; 1 for an object sent whole. */
  parts: number;
}

/** The context of a storage error during `action` on `plan`'s bucket, for toStorageError. */
function contextOf(plan: StoragePlan, action: string, nameOf: NameOf): ErrorContext {
  return {
    action,
    bucket: plan.bucket,
    endpoint: plan.endpoint,
    proxy: plan.proxy,
    nameOf,
    timeoutMs: plan.timeoutMs,
    credentials: plan.credentialOrigin,
  };
}

function bodyOf(plan: StoragePlan) {
  return plan.source.kind === 'folder'
    ? zipStream(plan.source.listing.entries)
    : createReadStream(plan.source.path);
}

function readError(plan: StoragePlan, nameOf: NameOf) {
  return (err: unknown): StorageError => {
    const text = (err as Error).message ?? String(err);
    // yazl's words for a file whose size differs from the listing's.
    const why = /unexpected number of bytes/.test(text)
      ? 'a file changed size after the folder was listed'
      : text.replace(/\.$/, '');
    return new StorageError(
      'Could not read the build',
      `Reading ${plan.source.path} failed: ${why}.`,
      `Make sure nothing changes or removes files under ${nameOf('path')} while the upload runs (e.g. a packaging step still writing).`,
      { input: 'path', code: (err as { code?: string }).code, cause: err },
    );
  };
}

/**
 * Uploads the build to `plan.objectUri`: a folder is zipped as it is read
 * (no temporary file), a `.zip` is sent as it is; both by multipart upload,
 * 4 parts of 16 MiB in flight by default.
 *
 * Memory: (queueSize + 1) × partSize for parts (80 MiB at the defaults), one
 * part more for a moment while a part is assembled, plus under 1 MiB of zip
 * and file buffers (see `uploadStream`). Throws StorageError; after a failure
 * or an abort through `signal` the incomplete multipart upload has been
 * aborted (the error's `multipart` says so, or gives the UploadId).
 */
export async function uploadBuild(
  plan: StoragePlan,
  options: UploadOptions = {},
): Promise<UploadResult> {
  const nameOf = options.nameOf ?? defaultNameOf;
  const started = Date.now();
  const progress = new ProgressReporter(
    options.onProgress,
    plan.totalBytesEstimate,
    options.progressIntervalMs,
  );
  try {
    const result = await uploadStream({
      client: plan.client,
      bucket: plan.bucket,
      key: plan.key,
      body: bodyOf(plan),
      partSize: options.partSize ?? plan.partSize,
      queueSize: options.queueSize ?? DEFAULT_QUEUE_SIZE,
      signal: options.signal,
      progress,
      endpoint: plan.endpoint,
      proxy: plan.proxy,
      nameOf,
      timeoutMs: plan.timeoutMs,
      credentials: plan.credentialOrigin,
      describeBodyError: readError(plan, nameOf),
    });
    progress.stop(result.bytes);
    const durationMs = Date.now() - started;
    return {
      objectUri: plan.objectUri,
      bucket: plan.bucket,
      key: plan.key,
      bytes: result.bytes,
      durationMs,
      bytesPerSecond: Math.round(result.bytes / (Math.max(1, durationMs) / 1000)),
      parts: result.parts,
    };
  } finally {
    progress.stop();
  }
}

export interface PresignResult {
  url: string;
  expiresAt: Date;
}

/**
 * A SigV4 presigned GET URL for the uploaded object, valid for
 * `plan.presignSeconds` (at most 7 days, SigV4's limit; less in practice if
 * the credentials expire sooner). `onSecret` gets the signature, the query
 * string and the whole URL before this returns (default: the `onSecret`
 * given to `validateStorage`).
 */
export async function presign(
  plan: StoragePlan,
  options: Pick<StorageOptions, 'onSecret' | 'now'> = {},
): Promise<PresignResult> {
  const now = options.now ?? (() => new Date());
  const signedAt = now();
  let url: string;
  try {
    url = await getSignedUrl(
      plan.client,
      new GetObjectCommand({ Bucket: plan.bucket, Key: plan.key }),
      {
        expiresIn: plan.presignSeconds,
        signingDate: signedAt,
      },
    );
  } catch (err) {
    throw toStorageError(err, contextOf(plan, 'presigning the URL', defaultNameOf));
  }
  const parsed = new URL(url);
  const onSecret = options.onSecret ?? plan.onSecret;
  const signature = parsed.searchParams.get('X-Amz-Signature');
  if (signature) onSecret?.(signature);
  onSecret?.(parsed.search.slice(1));
  onSecret?.(url);
  return { url, expiresAt: new Date(signedAt.getTime() + plan.presignSeconds * 1000) };
}

export interface DryRunResult {
  /** The zip's size (a `.zip`'s own size). */
  bytes: number;
  /** Time to zip (or read) the build, with nothing uploaded. */
  durationMs: number;
  bytesPerSecond: number;
  /** Parts the upload would use at `plan.partSize`. */
  parts: number;
  /** What the bucket check established, one sentence each. */
  checked: string[];
  /** What cannot be known without writing. */
  notChecked: string[];
  /** What the upload would do that the user may not want: replace an object at the key. */
  warnings: string[];
  /** The bucket check's failure, if it failed: the upload would fail the same way. */
  bucketError?: StorageError;
  /** Whether an object already exists at the key (it would be replaced); undefined when not listable. */
  objectExists?: boolean;
}

/** What the bucket check established and could not: DryRunResult's fields of the same names. */
type BucketCheck = Pick<
  DryRunResult,
  'checked' | 'notChecked' | 'warnings' | 'bucketError' | 'objectExists'
>;

/**
 * ListObjectsV2 (MaxKeys 1, prefix = the key): shows the bucket exists, the credentials are
 * accepted, and whether an object is at the key. A denied listing still shows the keys are
 * valid; any other failure is `bucketError`.
 */
async function checkBucket(
  plan: StoragePlan,
  signal: AbortSignal | undefined,
  nameOf: NameOf,
): Promise<BucketCheck> {
  const checked: string[] = [];
  const warnings: string[] = [];
  const notChecked = [
    'write access (s3:PutObject, s3:AbortMultipartUpload): it cannot be proven without writing',
    's3:GetObject, which the presigned URL needs',
  ];
  try {
    const listed = await plan.client.send(
      new ListObjectsV2Command({ Bucket: plan.bucket, Prefix: plan.key, MaxKeys: 1 }),
      { abortSignal: signal },
    );
    const objectExists = listed.Contents?.some((o) => o.Key === plan.key) ?? false;
    checked.push(
      `the bucket "${plan.bucket}" exists and the credentials are accepted (ListObjectsV2)`,
    );
    if (objectExists) warnings.push(replaceWarning(plan, 'would replace', nameOf));
    else checked.push(`no object exists yet at ${plan.objectUri}`);
    return { checked, notChecked, warnings, bucketError: undefined, objectExists };
  } catch (err) {
    const bucketError = toStorageError(err, contextOf(plan, 'checking the bucket', nameOf));
    if (bucketError.code !== 'AccessDenied') {
      return { checked, notChecked, warnings, bucketError, objectExists: undefined };
    }
    // S3 checks the signature before permissions: the keys are valid.
    checked.push('the credentials are accepted (the listing was denied, not the signature)');
    notChecked.unshift(
      `whether the bucket "${plan.bucket}" exists: listing it needs s3:ListBucket, which is not granted (the upload does not need it)`,
    );
    return { checked, notChecked, warnings, bucketError: undefined, objectExists: undefined };
  }
}

/** "An object already exists at s3://…: the upload would replace it (…)." */
function replaceWarning(
  plan: StoragePlan,
  does: 'would replace' | 'will replace',
  nameOf: NameOf,
): string {
  return `An object already exists at ${plan.objectUri}: the upload ${does} it (the key is the same when the same commit runs again, or when ${nameOf('s3-uri')} names the object).`;
}

/**
 * Before an upload: the one line to log when an object is already at the key, which the upload
 * will replace; undefined when there is none, or the answer does not say. HeadObject (allowed by
 * s3:GetObject, which the presigned URL needs anyway): 404 is none; 403 says nothing (a missing
 * object looks like that without s3:ListBucket), nor does any other S3 error, which the upload
 * then meets and reports itself. A network failure or a timeout throws its StorageError: the
 * upload would meet it first.
 */
export async function replacementNotice(
  plan: StoragePlan,
  options: Pick<UploadOptions, 'signal' | 'nameOf'> = {},
): Promise<string | undefined> {
  const nameOf = options.nameOf ?? defaultNameOf;
  const action = `checking for an object at ${plan.objectUri}`;
  try {
    await plan.client.send(new HeadObjectCommand({ Bucket: plan.bucket, Key: plan.key }), {
      abortSignal: options.signal,
    });
    return replaceWarning(plan, 'will replace', nameOf);
  } catch (err) {
    const failure = toStorageError(err, contextOf(plan, action, nameOf));
    if (failure.httpStatus !== undefined || options.signal?.aborted) return undefined;
    throw failure;
  }
}

/** Zips (or reads) the build into nothing: its size in bytes and the milliseconds it took. */
async function measureBuild(
  plan: StoragePlan,
  signal: AbortSignal | undefined,
  nameOf: NameOf,
): Promise<{ bytes: number; durationMs: number }> {
  const started = Date.now();
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
  });
  try {
    await pipeline(bodyOf(plan), sink, { signal });
  } catch (err) {
    if (signal?.aborted)
      throw new StorageError('Dry run cancelled', 'The dry run was cancelled.', 'Re-run it.');
    throw readError(plan, nameOf)(err);
  }
  return { bytes, durationMs: Date.now() - started };
}

/**
 * Everything short of writing: validation is the caller's, then a
 * ListObjectsV2 (MaxKeys 1, prefix = the key) shows the bucket exists and
 * the credentials are accepted; then the build is zipped into nothing to
 * measure its size and the time zipping takes. Write access (s3:PutObject,
 * s3:AbortMultipartUpload) and s3:GetObject cannot be proven without writing.
 */
export async function dryRun(
  plan: StoragePlan,
  options: Pick<UploadOptions, 'signal' | 'nameOf'> = {},
): Promise<DryRunResult> {
  const nameOf = options.nameOf ?? defaultNameOf;
  const bucket = await checkBucket(plan, options.signal, nameOf);
  // A bucket the run cannot use ends the dry run: zipping gigabytes first would only delay that.
  const { bytes, durationMs } = bucket.bucketError
    ? { bytes: 0, durationMs: 0 }
    : await measureBuild(plan, options.signal, nameOf);
  return {
    bytes,
    durationMs,
    bytesPerSecond: Math.round(bytes / (Math.max(1, durationMs) / 1000)),
    parts: Math.max(1, Math.ceil(bytes / plan.partSize)),
    checked: bucket.checked,
    notChecked: bucket.notChecked,
    warnings: bucket.warnings,
    bucketError: bucket.bucketError,
    objectExists: bucket.objectExists,
  };
}

/** Part-size defaults, for callers that show them. */
export const UPLOAD_DEFAULTS = {
  partSize: DEFAULT_PART_BYTES,
  queueSize: DEFAULT_QUEUE_SIZE,
} as const;
