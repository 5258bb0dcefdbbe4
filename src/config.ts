/**
 * Raw input strings → one typed DeployConfig, or every problem at once.
 * Pure: no I/O, no @actions/*. Messages name the input in the user's terms
 * and never repeat a secret's value.
 */
import { displayUrl } from './redact.js';

export const DEFAULT_API_URL = 'https://api.streampixel.io/pixelStripeApi';

/** The inputs as action.yml names them; every value is a string, '' when not given. */
export type RawInputs = Partial<Record<InputName, string>>;

export const INPUT_NAMES = [
  'api-key',
  'user-id',
  'project-id',
  'file-url',
  'upload-id',
  'api-url',
  'auto-release',
  'check-file-url',
  'dry-run',
  'max-attempts',
  'timeout-seconds',
  'wait',
  'wait-timeout-minutes',
  'poll-interval-seconds',
  'environment',
  'environment-url',
  'github-token',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

export interface DeployConfig {
  apiKey: string;
  userId: string;
  projectId: string;
  /** Exactly one of fileUrl (upload) and uploadId (distribute) is set. */
  fileUrl?: string;
  uploadId?: string;
  apiUrl: string;
  autoRelease: boolean;
  checkFileUrl: boolean;
  dryRun: boolean;
  maxAttempts: number;
  timeoutMs: number;
  wait: boolean;
  waitTimeoutMs: number;
  pollIntervalMs: number;
}

export interface DeploymentConfig {
  environment: string;
  environmentUrl?: string;
}

export interface InputProblem {
  input: InputName;
  title: string;
  message: string;
}

export type ParsedConfig =
  | { ok: true; config: DeployConfig; deployment?: DeploymentConfig; warnings: InputProblem[] }
  | { ok: false; problems: InputProblem[]; warnings: InputProblem[] };

/**
 * Query parameters of presigned URLs (S3, GCS, Azure) that hold no secret.
 * Masking their values ("3600", "host") would blot those words out of the
 * whole job log; the full query string is masked regardless.
 */
const PUBLIC_QUERY_PARAMS =
  /^(x-(amz|goog)-(algorithm|date|expires|signedheaders)|response-.*|sv|se|st|sr|sp|spr|ss|srt)$/i;

/** Parameter names that say they carry a secret, whatever the value's length. */
const SECRET_QUERY_PARAM = /sig|token|credential|key|secret|auth|pass|policy/i;
const MIN_UNNAMED_SECRET = 8;

/** Every value derived from the inputs that must never be printed. */
export function secretValues(raw: RawInputs): string[] {
  const secrets = [raw['api-key'], raw['user-id'], raw['github-token']];
  // file-url above all, but a presigned URL pasted into another input is just as secret.
  for (const value of Object.values(raw)) {
    if (value?.includes('?')) secrets.push(...urlSecrets(value.trim()));
  }
  return secrets.filter((s): s is string => !!s && s.length >= 4);
}

/** A URL's signature, credential and password, with the query that carries them. */
function urlSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [text.slice(text.indexOf('?') + 1)];
  }
  const secrets = [url.hash.slice(1), url.password];
  for (const [name, value] of url.searchParams) {
    // Short values of other parameters ("v=2024", "download=true") would blot common words out.
    const secret = SECRET_QUERY_PARAM.test(name) || value.length >= MIN_UNNAMED_SECRET;
    if (secret && !PUBLIC_QUERY_PARAMS.test(name)) secrets.push(value);
  }
  // The whole query too, when it carries a secret ("dl=0" alone does not).
  if (secrets.length > 2 || url.password) secrets.push(url.search.slice(1));
  return secrets;
}

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
  /** The value of STAND_IN_POLL_FLOOR_ENV, read by the adapter. */
  standInPollFloorSeconds?: string;
}

export function parseConfig(raw: RawInputs, options: ParseOptions = {}): ParsedConfig {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const problem = (input: InputName, title: string, message: string): void => {
    problems.push({ input, title, message });
  };
  const value = (name: InputName): string => (raw[name] ?? '').trim();

  const apiKey = secretToken(value('api-key'), 'api-key', 'STREAMPIXEL_API_KEY', problem);
  const userId = id('user-id', problem, warnings, value, true);
  const projectId = id('project-id', problem, warnings, value, false);

  const fileUrlRaw = value('file-url');
  const uploadIdRaw = value('upload-id');
  let fileUrl: string | undefined;
  let uploadId: string | undefined;
  if (fileUrlRaw && uploadIdRaw) {
    problem(
      'upload-id',
      'file-url and upload-id both given',
      'Give file-url to upload a new build, or upload-id to distribute an earlier upload (rollback), not both.',
    );
  } else if (!fileUrlRaw && !uploadIdRaw) {
    problem(
      'file-url',
      'file-url or upload-id required',
      'Give file-url (the direct download URL of the build .zip) to deploy a new build, or upload-id to distribute an earlier upload.',
    );
  } else if (fileUrlRaw) {
    fileUrl = artifactUrl(fileUrlRaw, problem, warnings);
  } else {
    uploadId = id('upload-id', problem, warnings, value, false);
  }

  const apiUrl = apiBase(value('api-url') || DEFAULT_API_URL, problem);
  const loopbackApi = apiUrl !== undefined && isLoopbackHost(new URL(apiUrl).hostname);

  const bool = (name: InputName, fallback: boolean): boolean => {
    const v = value(name);
    if (!v) return fallback;
    if (YAML_TRUE.has(v)) return true;
    if (YAML_FALSE.has(v)) return false;
    problem(
      name,
      `${name} is not a boolean`,
      `${name} must be true or false (also True, TRUE, False, FALSE); got "${shorten(v)}".`,
    );
    return fallback;
  };
  const num = (
    name: InputName,
    fallback: number,
    min: number,
    max: number,
    integer: boolean,
    unit: string,
  ): number => {
    const v = value(name);
    if (!v) return fallback;
    const n = Number(v);
    const valid =
      /^\d+(\.\d+)?$/.test(v) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
    if (!valid) {
      const kind = integer ? 'a whole number' : 'a number';
      problem(
        name,
        `${name} is out of range`,
        `${name} must be ${kind} from ${min} to ${max} ${unit}; got "${shorten(v)}".`,
      );
      return fallback;
    }
    return n;
  };

  const autoRelease = bool('auto-release', true);
  const checkFileUrl = bool('check-file-url', true);
  const dryRun = bool('dry-run', false);
  const wait = bool('wait', false);
  const maxAttempts = num('max-attempts', 3, 1, 10, true, 'attempts');
  const timeoutSeconds = num('timeout-seconds', 30, 0.1, 600, false, 'seconds');
  const waitMinutes = num('wait-timeout-minutes', 60, 0.01, 360, false, 'minutes');
  const standInFloor = Number(options.standInPollFloorSeconds);
  const pollFloor =
    loopbackApi &&
    options.standInPollFloorSeconds &&
    standInFloor >= 0.01 &&
    standInFloor < POLL_FLOOR_SECONDS
      ? standInFloor
      : POLL_FLOOR_SECONDS;
  const pollSeconds = num('poll-interval-seconds', 15, pollFloor, 600, false, 'seconds');

  if (uploadIdRaw && value('auto-release')) {
    warnings.push({
      input: 'auto-release',
      title: 'auto-release is ignored',
      message:
        'auto-release applies to uploads; with upload-id the build is distributed (made live) regardless.',
    });
  }

  const environment = value('environment');
  let deployment: DeploymentConfig | undefined;
  if (environment) {
    const environmentUrl = value('environment-url');
    if (environmentUrl && !isHttpUrl(environmentUrl)) {
      problem(
        'environment-url',
        'environment-url is not a URL',
        'environment-url must be an absolute http(s) URL, or left empty.',
      );
    }
    deployment = { environment, environmentUrl: environmentUrl || undefined };
  } else if (value('environment-url')) {
    warnings.push({
      input: 'environment-url',
      title: 'environment-url is ignored',
      message:
        'environment-url is only used together with environment (which turns GitHub Deployments on).',
    });
  }

  if (
    problems.length > 0 ||
    apiKey === undefined ||
    userId === undefined ||
    projectId === undefined ||
    apiUrl === undefined
  ) {
    return { ok: false, problems, warnings };
  }
  return {
    ok: true,
    warnings,
    deployment,
    config: {
      apiKey,
      userId,
      projectId,
      fileUrl,
      uploadId,
      apiUrl,
      autoRelease,
      checkFileUrl,
      dryRun,
      maxAttempts,
      timeoutMs: Math.round(timeoutSeconds * 1000),
      wait,
      waitTimeoutMs: Math.round(waitMinutes * 60_000),
      pollIntervalMs: Math.round(pollSeconds * 1000),
    },
  };
}

type Report = (input: InputName, title: string, message: string) => void;

/** A value as a message may quote it: never a URL (its query may be a signature), never long. */
function shorten(text: string): string {
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
function secretToken(
  v: string,
  name: InputName,
  envName: string,
  problem: Report,
): string | undefined {
  if (!v) {
    problem(
      name,
      `${name} is required`,
      `${name} is empty: pass it from a secret, e.g. \${{ secrets.${envName} }}, and check the secret exists in this repository or environment.`,
    );
    return undefined;
  }
  const lines = v.split(/\r\n|\r|\n/).length;
  if (lines > 1) {
    problem(
      name,
      `${name} spans ${lines} lines`,
      `${name} must be a single line; the secret was pasted with a line break. Paste it again on one line.`,
    );
    return undefined;
  }
  if (WHITESPACE_OR_CONTROL.test(v)) {
    problem(
      name,
      `${name} contains whitespace`,
      `${name} must not contain spaces, tabs or control characters; copy the value again without them.`,
    );
    return undefined;
  }
  return v;
}

/** user-id, project-id, upload-id: one token; Streampixel's are 24 hex characters. */
function id(
  name: InputName,
  problem: Report,
  warnings: InputProblem[],
  value: (name: InputName) => string,
  secret: boolean,
): string | undefined {
  const v = value(name);
  if (secret) {
    const token = secretToken(v, name, 'STREAMPIXEL_USER_ID', problem);
    if (token === undefined) return undefined;
  } else if (!v) {
    problem(
      name,
      `${name} is required`,
      `${name} is empty: it is the 24-character ID at the end of the project page URL in the Streampixel dashboard.`,
    );
    return undefined;
  }
  const dashboard =
    /^https?:\/\/dashboard\.streampixel\.io\/projectdetail\/([0-9a-fA-F]{24})\/?$/i.exec(v);
  if (dashboard) {
    problem(
      name,
      `${name} is a URL, not an ID`,
      `${name} is a dashboard URL; use the ID it contains: ${secret ? '(the 24-character part of the URL)' : dashboard[1]}.`,
    );
    return undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    problem(
      name,
      `${name} is a URL, not an ID`,
      `${name} must be an ID, not a URL; Streampixel IDs are 24 hex characters.`,
    );
    return undefined;
  }
  if (!TOKEN.test(v)) {
    const shown = secret ? '' : ` "${shorten(v)}"`;
    problem(
      name,
      `${name} is not an ID`,
      `${name}${shown} must be a single ID made of letters, digits, - and _ (Streampixel IDs are 24 hex characters).`,
    );
    return undefined;
  }
  if (!OBJECT_ID.test(v)) {
    warnings.push({
      input: name,
      title: `${name} looks unusual`,
      message: `${name}${secret ? '' : ` "${shorten(v)}"`} is not 24 hex characters, the form of every Streampixel ID seen so far; check it if the deploy fails.`,
    });
  }
  return v;
}

function apiBase(v: string, problem: Report): string | undefined {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    problem(
      'api-url',
      'api-url is not a URL',
      `api-url must be an absolute https URL such as ${DEFAULT_API_URL}.`,
    );
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) {
    problem(
      'api-url',
      'api-url has extra parts',
      'api-url must not carry credentials, a query string or a fragment.',
    );
    return undefined;
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    problem(
      'api-url',
      'api-url must use https',
      'api-url must use https: the requests carry your API key. Plain http is accepted only for a loopback stand-in (127.0.0.1, ::1, localhost).',
    );
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problem(
      'api-url',
      'api-url must use https',
      `api-url must be an https URL such as ${DEFAULT_API_URL}.`,
    );
    return undefined;
  }
  return url.href.replace(/\/+$/, '');
}

function artifactUrl(v: string, problem: Report, warnings: InputProblem[]): string | undefined {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    problem(
      'file-url',
      'file-url is not a URL',
      'file-url must be an absolute https URL of the build .zip (e.g. a presigned S3 URL from an earlier step).',
    );
    return undefined;
  }
  const shown = displayUrl(url);
  const scheme = url.protocol.slice(0, -1);
  if (['s3', 'gs', 'r2', 'az', 'abfs', 'wasbs'].includes(scheme)) {
    problem(
      'file-url',
      `file-url is an ${scheme}:// address`,
      `Streampixel downloads over https, not ${scheme}://. Make a download URL first, e.g. \`aws s3 presign s3://bucket/Game.zip --expires-in 3600\` or \`gcloud storage sign-url\`.`,
    );
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problem(
      'file-url',
      'file-url must be http(s)',
      `file-url must be an https URL that Streampixel can download; ${scheme}: URLs are not reachable from Streampixel.`,
    );
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (/(^|\.)drive\.google\.com$/.test(host) || /(^|\.)docs\.google\.com$/.test(host)) {
    problem(
      'file-url',
      'file-url is a Google Drive page',
      `${shown} opens Google Drive's viewer, not the file, and Streampixel needs a direct download link. Host the .zip on S3, Google Cloud Storage, R2 or any plain file server and pass that URL.`,
    );
    return undefined;
  }
  if (
    /(^|\.)dropbox\.com$/.test(host) &&
    url.searchParams.get('dl') !== '1' &&
    url.searchParams.get('raw') !== '1'
  ) {
    problem(
      'file-url',
      'file-url is a Dropbox preview link',
      `${shown} opens Dropbox's preview page (dl=0), not the file. Use the direct link (dl.dropboxusercontent.com/…), or host the .zip on S3, Google Cloud Storage or R2.`,
    );
    return undefined;
  }
  if (url.username || url.password) {
    warnings.push({
      input: 'file-url',
      title: 'file-url carries credentials',
      message:
        'file-url has a user name or password in it; Streampixel may not send them. Prefer a presigned URL.',
    });
  }
  if (!url.pathname.toLowerCase().endsWith('.zip')) {
    warnings.push({
      input: 'file-url',
      title: 'file-url does not end in .zip',
      message: `${shown} does not end in .zip; Streampixel expects a .zip of a packaged Windows build.`,
    });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(host)) {
    warnings.push({
      input: 'file-url',
      title: 'file-url uses plain http',
      message: `${shown} uses plain http; anyone on the path can read or alter the build. Prefer https.`,
    });
  }
  return url.href;
}
