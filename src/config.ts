/**
 * Raw input strings → one typed DeployConfig, or every problem at once.
 * Pure: no I/O, no @actions/*. Messages name inputs through the adapter's
 * `Terms` and never repeat a secret's value; defaults and ranges come from
 * the table in inputs.ts.
 */
import { displayUrl } from './format.js';
import {
  DEFAULT_API_URL,
  inputSpec,
  type InputName,
  type NumberRange,
  type RawInputs,
} from './inputs.js';
import { invisibleCharacters, shortLines } from './secrets.js';
import { ACTION_TERMS, type Terms } from './terms.js';

export interface DeployConfig {
  apiKey: string;
  userId: string;
  projectId: string;
  /** Exactly one of build and fileUrl (upload) and uploadId (distribute) is set. */
  fileUrl?: string;
  uploadId?: string;
  /** `path`: the build to zip, upload to the bucket and hand to Streampixel as a presigned URL. */
  build?: BuildConfig;
  apiUrl: string;
  autoRelease: boolean;
  checkFileUrl: boolean;
  dryRun: boolean;
  maxAttempts: number;
  timeoutMs: number;
  wait: boolean;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  /** No two status requests closer than this: 5 s, lower only for a loopback stand-in. */
  pollFloorMs: number;
}

/**
 * The storage inputs as given (trimmed): the storage lib's `validateStorage`
 * checks them with the file system and the credentials. `presignHours`: hours.
 */
export interface BuildConfig {
  path: string;
  s3Uri: string;
  s3Endpoint?: string;
  s3Region?: string;
  presignHours: number;
}

export interface DeploymentConfig {
  environment: string;
  environmentUrl?: string;
}

export interface InputProblem {
  input: InputName;
  title: string;
  message: string;
  /** What the problem is about when that is no input (the AWS credentials `path` needs): shown instead of the input's name. */
  about?: string;
}

export type ParsedConfig =
  | { ok: true; config: DeployConfig; deployment?: DeploymentConfig; warnings: InputProblem[] }
  | { ok: false; problems: InputProblem[]; warnings: InputProblem[] };

const YAML_TRUE = new Set(['true', 'True', 'TRUE']);
const YAML_FALSE = new Set(['false', 'False', 'FALSE']);
const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
const TOKEN = /^[A-Za-z0-9_-]+$/;
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Streampixel asks not to be polled faster than every 5 s. */
export const POLL_FLOOR_SECONDS = 5;
/**
 * Lowers the polling floor for a local stand-in: honoured only with a
 * loopback api-url, which is never Streampixel (the tests and the demo use it).
 */
export const STAND_IN_POLL_FLOOR_ENV = 'STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS';

export interface ParseOptions {
  /** The adapter's vocabulary; the action's by default. */
  terms?: Terms;
  /** The value of STAND_IN_POLL_FLOOR_ENV, read by the adapter. */
  standInPollFloorSeconds?: string;
}

/** The parser's state: the raw values, the vocabulary, and what was found wrong so far. */
class Reader {
  readonly problems: InputProblem[] = [];
  readonly warnings: InputProblem[] = [];

  constructor(
    private readonly raw: RawInputs,
    readonly terms: Terms,
  ) {}

  value(input: InputName): string {
    return (this.raw[input] ?? '').trim();
  }

  /** Given at all, even empty (an environment variable set to ''). */
  given(input: InputName): boolean {
    return this.raw[input] !== undefined;
  }

  problem(input: InputName, title: string, message: string): void {
    this.problems.push({ input, title, message });
  }

  warning(input: InputName, title: string, message: string): void {
    this.warnings.push({ input, title, message });
  }

  name(input: InputName): string {
    return this.terms.name(input);
  }

  bool(input: InputName): boolean {
    const fallback = inputSpec(input).default === 'true';
    const v = this.value(input);
    if (!v) return fallback;
    if (YAML_TRUE.has(v)) return true;
    if (YAML_FALSE.has(v)) return false;
    const name = this.name(input);
    this.problem(
      input,
      `${name} is not a boolean`,
      `${name} must be true or false (also True, TRUE, False, FALSE); got "${shorten(v)}".`,
    );
    return fallback;
  }

  /** A number within the table's range; `min` overrides the table's (the polling floor). */
  num(input: InputName, min?: number): number {
    const spec = inputSpec(input);
    const range = { ...(spec.range as NumberRange), ...(min === undefined ? {} : { min }) };
    const fallback = Number(spec.default);
    const v = this.value(input);
    if (!v) return fallback;
    const n = Number(v);
    const valid =
      /^\d+(\.\d+)?$/.test(v) &&
      (!range.integer || Number.isInteger(n)) &&
      n >= range.min &&
      n <= range.max;
    if (valid) return n;
    const name = this.name(input);
    const kind = range.integer ? 'a whole number' : 'a number';
    this.problem(
      input,
      `${name} is out of range`,
      `${name} must be ${kind} from ${range.min} to ${range.max} ${range.unit}; got "${shorten(v)}".`,
    );
    return fallback;
  }
}

/**
 * Every input checked at once. Returns the typed config, or every problem
 * (each naming its input in `options.terms`, in the order the inputs are
 * read here); warnings either way.
 */
export function parseConfig(raw: RawInputs, options: ParseOptions = {}): ParsedConfig {
  const r = new Reader(raw, options.terms ?? ACTION_TERMS);
  const apiKey = secretToken(r, 'api-key');
  const userId = id(r, 'user-id', true);
  const projectId = id(r, 'project-id', false);
  const target = sourceOf(r);
  const apiUrl = apiBase(r);
  const loopbackApi = apiUrl !== undefined && isLoopbackHost(new URL(apiUrl).hostname);
  const settings = settingsOf(r, loopbackApi, options);
  warnIgnoredAutoRelease(r);
  const deployment = deploymentOf(r);

  if (
    r.problems.length > 0 ||
    apiKey === undefined ||
    userId === undefined ||
    projectId === undefined ||
    apiUrl === undefined
  ) {
    return { ok: false, problems: r.problems, warnings: r.warnings };
  }
  return {
    ok: true,
    warnings: r.warnings,
    deployment,
    config: { apiKey, userId, projectId, ...target, apiUrl, ...settings },
  };
}

/** What a deploy does besides its target: switches, and the limits in ms. */
type Settings = Pick<
  DeployConfig,
  | 'autoRelease'
  | 'checkFileUrl'
  | 'dryRun'
  | 'maxAttempts'
  | 'timeoutMs'
  | 'wait'
  | 'waitTimeoutMs'
  | 'pollIntervalMs'
  | 'pollFloorMs'
>;

/**
 * The switches and limits, read in this order (their problems come in it); seconds and minutes
 * become ms. The polling interval's minimum is the floor (see pollFloor).
 */
function settingsOf(r: Reader, loopbackApi: boolean, options: ParseOptions): Settings {
  const autoRelease = r.bool('auto-release');
  const checkFileUrl = r.bool('check-file-url');
  const dryRun = r.bool('dry-run');
  const wait = r.bool('wait');
  const maxAttempts = r.num('max-attempts');
  const timeoutSeconds = r.num('timeout-seconds');
  const waitMinutes = r.num('wait-timeout-minutes');
  const floorSeconds = pollFloor(loopbackApi, options);
  const pollSeconds = r.num('poll-interval-seconds', floorSeconds);
  return {
    autoRelease,
    checkFileUrl,
    dryRun,
    maxAttempts,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    wait,
    waitTimeoutMs: Math.round(waitMinutes * 60_000),
    pollIntervalMs: Math.round(pollSeconds * 1000),
    pollFloorMs: Math.round(floorSeconds * 1000),
  };
}

/** auto-release with upload-id: a distribution goes live whatever it says. */
function warnIgnoredAutoRelease(r: Reader): void {
  if (r.value('upload-id') && r.value('auto-release')) {
    r.warning(
      'auto-release',
      `${r.name('auto-release')} is ignored`,
      `${r.name('auto-release')} applies to uploads; with ${r.name('upload-id')} the build is distributed (made live) regardless.`,
    );
  }
}

/** 5 s, or lower for a loopback stand-in that asks for it. */
function pollFloor(loopbackApi: boolean, options: ParseOptions): number {
  const asked = Number(options.standInPollFloorSeconds);
  return loopbackApi &&
    options.standInPollFloorSeconds &&
    asked >= 0.01 &&
    asked < POLL_FLOOR_SECONDS
    ? asked
    : POLL_FLOOR_SECONDS;
}

/** Exactly one of path (upload a build), file-url (upload) and upload-id (distribute). */
function sourceOf(r: Reader): { fileUrl?: string; uploadId?: string; build?: BuildConfig } {
  const sources = (['path', 'file-url', 'upload-id'] as const).filter((input) => r.value(input));
  const [path, file, upload] = [r.name('path'), r.name('file-url'), r.name('upload-id')];
  const choice = `${file} (the direct download URL of the build .zip), ${path} (a packaged build folder or .zip on this machine, uploaded to ${r.name('s3-uri')}) or ${upload} (an earlier upload, to distribute it)`;
  const build = buildOf(r, sources.includes('path'));
  if (sources.length > 1) {
    const names = sources.map((input) => r.name(input));
    r.problem(
      sources[sources.length - 1] ?? 'upload-id',
      sources.length === 2
        ? `${names[0]} and ${names[1]} both given`
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} all given`,
      `Give ${choice}: only one of them.`,
    );
    return {};
  }
  if (sources.length === 0) {
    r.problem('file-url', `${path}, ${file} or ${upload} required`, `Give ${choice}.`);
    return {};
  }
  if (build) return { build };
  return sources[0] === 'file-url'
    ? { fileUrl: artifactUrl(r) }
    : sources[0] === 'upload-id'
      ? { uploadId: id(r, 'upload-id', false) }
      : {};
}

/**
 * path's companions: s3-uri required with it and refused without it; the
 * endpoint and region are ignored without it. Pure: the folder, the URI's
 * grammar and the credentials are the storage lib's `validateStorage`'s.
 */
function buildOf(r: Reader, withPath: boolean): BuildConfig | undefined {
  const [path, s3Uri] = [r.name('path'), r.name('s3-uri')];
  const presignHours = r.num('presign-hours');
  if (!withPath) {
    if (r.value('s3-uri')) {
      r.problem(
        's3-uri',
        `${s3Uri} without ${path}`,
        `${s3Uri} says where to upload the build given as ${path}; give ${path} too, or leave ${s3Uri} out when deploying with ${r.name('file-url')} or ${r.name('upload-id')}.`,
      );
    }
    for (const input of ['s3-endpoint', 's3-region'] as const) {
      if (r.value(input)) {
        r.warning(
          input,
          `${r.name(input)} is ignored`,
          `${r.name(input)} is only used with ${path}, to upload the build to your bucket.`,
        );
      }
    }
    return undefined;
  }
  if (!r.value('s3-uri')) {
    r.problem(
      's3-uri',
      `${s3Uri} is required with ${path}`,
      `${s3Uri} must say where to upload the build given as ${path}: s3://bucket/prefix/ (a name is made from the build and the commit) or s3://bucket/key.zip.`,
    );
    return undefined;
  }
  return {
    path: r.value('path'),
    s3Uri: r.value('s3-uri'),
    s3Endpoint: r.value('s3-endpoint') || undefined,
    s3Region: r.value('s3-region') || undefined,
    presignHours,
  };
}

/** environment turns GitHub Deployments on; environment-url goes with it. */
function deploymentOf(r: Reader): DeploymentConfig | undefined {
  const environment = r.value('environment');
  const environmentUrl = r.value('environment-url');
  if (!environment) {
    if (environmentUrl) {
      r.warning(
        'environment-url',
        'environment-url is ignored',
        'environment-url is only used together with environment (which turns GitHub Deployments on).',
      );
    }
    return undefined;
  }
  if (environmentUrl && !isHttpUrl(environmentUrl)) {
    r.problem(
      'environment-url',
      'environment-url is not a URL',
      'environment-url must be an absolute http(s) URL, or left empty.',
    );
  }
  return { environment, environmentUrl: environmentUrl || undefined };
}

/** A value as a message may quote it: never a URL (its query may be a signature), never long. */
export function shorten(text: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('?')) return '(a URL)';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** A secret that must be one token; its value is never repeated in a message. */
function secretToken(r: Reader, input: InputName): string | undefined {
  const v = r.value(input);
  const name = r.name(input);
  if (!v) {
    r.problem(input, `${name} is required`, r.terms.missing(input, r.given(input)));
    return undefined;
  }
  if (!invisibleOk(r, input, v)) return undefined;
  const lines = v.split(/\r\n|\r|\n/).length;
  if (lines > 1) {
    // Each line would be masked job-wide by the runner: a short one would blot out common text.
    const short = shortLines(v).length;
    r.problem(
      input,
      `${name} spans ${lines} lines`,
      `${name} must be a single line; the secret was pasted with a line break${short ? ` (and ${short} line(s) under 8 characters)` : ''}. Paste it again on one line.`,
    );
    return undefined;
  }
  if (WHITESPACE_OR_CONTROL.test(v)) {
    r.problem(
      input,
      `${name} contains whitespace`,
      `${name} must not contain spaces, tabs or control characters; copy the value again without them.`,
    );
    return undefined;
  }
  return v;
}

/**
 * A key or ID with an invisible character (zero-width, soft hyphen, bidi, combining mark,
 * variation selector, tag…) looks intact and is refused by the API as a wrong key: name the
 * character instead. Never repeats the value.
 */
function invisibleOk(r: Reader, input: InputName, v: string): boolean {
  // Spaces, tabs and line breaks have their own, plainer message below.
  const found = invisibleCharacters(v).filter(
    (f) => !['U+0020', 'U+0009', 'U+000A', 'U+000D'].includes(f.codePoint),
  );
  if (found.length === 0) return true;
  const name = r.name(input);
  const points = [...new Set(found.map((f) => f.codePoint))];
  r.problem(
    input,
    `${name} contains an invisible character`,
    `${name} contains ${points.slice(0, 5).join(', ')}${points.length > 5 ? ' and more' : ''} at position ${found
      .map((f) => f.index + 1)
      .slice(0, 5)
      .join(
        ', ',
      )}: a character that does not show when printed (zero-width, soft hyphen, direction mark, combining mark…), usually picked up when the value was copied from a web page or a chat. Type or copy the value again without it.`,
  );
  return false;
}

/** user-id, project-id, upload-id: one token; Streampixel's are 24 hex characters. */
function id(r: Reader, input: InputName, secret: boolean): string | undefined {
  const v = r.value(input);
  const name = r.name(input);
  if (secret) {
    if (secretToken(r, input) === undefined) return undefined;
  } else if (!v) {
    r.problem(input, `${name} is required`, r.terms.missing(input, r.given(input)));
    return undefined;
  } else if (!invisibleOk(r, input, v)) {
    return undefined;
  }
  const dashboard =
    /^https?:\/\/dashboard\.streampixel\.io\/projectdetail\/([0-9a-fA-F]{24})\/?$/i.exec(v);
  if (dashboard) {
    r.problem(
      input,
      `${name} is a URL, not an ID`,
      `${name} is a dashboard URL; use the ID it contains: ${secret ? '(the 24-character part of the URL)' : dashboard[1]}.`,
    );
    return undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    r.problem(
      input,
      `${name} is a URL, not an ID`,
      `${name} must be an ID, not a URL; Streampixel IDs are 24 hex characters.`,
    );
    return undefined;
  }
  const shown = secret ? '' : ` "${shorten(v)}"`;
  if (!TOKEN.test(v)) {
    r.problem(
      input,
      `${name} is not an ID`,
      `${name}${shown} must be a single ID made of letters, digits, - and _ (Streampixel IDs are 24 hex characters).`,
    );
    return undefined;
  }
  if (!OBJECT_ID.test(v)) {
    r.warning(
      input,
      `${name} looks unusual`,
      `${name}${shown} is not 24 hex characters, the form of every Streampixel ID seen so far; check it if the deploy fails.`,
    );
  }
  return v;
}

function apiBase(r: Reader): string | undefined {
  const v = r.value('api-url') || DEFAULT_API_URL;
  const name = r.name('api-url');
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    r.problem(
      'api-url',
      `${name} is not a URL`,
      `${name} must be an absolute https URL such as ${DEFAULT_API_URL}.`,
    );
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) {
    r.problem(
      'api-url',
      `${name} has extra parts`,
      `${name} must not carry credentials, a query string or a fragment.`,
    );
    return undefined;
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    r.problem(
      'api-url',
      `${name} must use https`,
      `${name} must use https: the requests carry your API key. Plain http is accepted only for a loopback stand-in (127.0.0.1, ::1, localhost).`,
    );
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    r.problem(
      'api-url',
      `${name} must use https`,
      `${name} must be an https URL such as ${DEFAULT_API_URL}.`,
    );
    return undefined;
  }
  return url.href.replace(/\/+$/, '');
}

/** Streampixel downloads the file itself: refuse what it cannot download, warn on the doubtful. */
function artifactUrl(r: Reader): string | undefined {
  const name = r.name('file-url');
  let url: URL;
  try {
    url = new URL(r.value('file-url'));
  } catch {
    r.problem(
      'file-url',
      `${name} is not a URL`,
      `${name} must be an absolute https URL of the build .zip (e.g. a presigned S3 URL from an earlier step).`,
    );
    return undefined;
  }
  const refusal = unreachableUrl(url, name);
  if (refusal) {
    r.problem('file-url', refusal.title, refusal.message);
    return undefined;
  }
  const shown = displayUrl(url);
  if (url.username || url.password) {
    r.warning(
      'file-url',
      `${name} carries credentials`,
      `${name} has a user name or password in it; Streampixel may not send them. Prefer a presigned URL.`,
    );
  }
  if (!url.pathname.toLowerCase().endsWith('.zip')) {
    r.warning(
      'file-url',
      `${name} does not end in .zip`,
      `${shown} does not end in .zip; Streampixel expects a .zip of a packaged Windows build.`,
    );
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    r.warning(
      'file-url',
      `${name} uses plain http`,
      `${shown} uses plain http; anyone on the path can read or alter the build. Prefer https.`,
    );
  }
  return url.href;
}

/** Schemes and share links Streampixel cannot download from. */
function unreachableUrl(url: URL, name: string): { title: string; message: string } | undefined {
  const shown = displayUrl(url);
  const scheme = url.protocol.slice(0, -1);
  if (['s3', 'gs', 'r2', 'az', 'abfs', 'wasbs'].includes(scheme)) {
    return {
      title: `${name} is an ${scheme}:// address`,
      message: `Streampixel downloads over https, not ${scheme}://. Make a download URL first, e.g. \`aws s3 presign s3://bucket/Game.zip --expires-in 21600\` or \`gcloud storage sign-url\`.`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      title: `${name} must be http(s)`,
      message: `${name} must be an https URL that Streampixel can download; ${scheme}: URLs are not reachable from Streampixel.`,
    };
  }
  const host = url.hostname.toLowerCase();
  if (/(^|\.)drive\.google\.com$/.test(host) || /(^|\.)docs\.google\.com$/.test(host)) {
    return {
      title: `${name} is a Google Drive page`,
      message: `${shown} opens Google Drive's viewer, not the file, and Streampixel needs a direct download link. Host the .zip on S3, Google Cloud Storage, R2 or any plain file server and pass that URL.`,
    };
  }
  const dropboxPreview =
    /(^|\.)dropbox\.com$/.test(host) &&
    url.searchParams.get('dl') !== '1' &&
    url.searchParams.get('raw') !== '1';
  if (dropboxPreview) {
    return {
      title: `${name} is a Dropbox preview link`,
      message: `${shown} opens Dropbox's preview page (dl=0), not the file. Use the direct link (dl.dropboxusercontent.com/…), or host the .zip on S3, Google Cloud Storage or R2.`,
    };
  }
  return undefined;
}
