/**
 * Streampixel's answers turned into failures a person can act on: a title,
 * what happened in the user's terms, and what to do next.
 */
import type { Terms } from '../terms.js';
import { cleanServerText, htmlToText } from '../text.js';

export type Endpoint = 'upload' | 'distribute' | 'status';
/** The requests that queue a build or start a distribution: not safe to repeat. */
export type WriteEndpoint = Exclude<Endpoint, 'status'>;

export const isWrite = (endpoint: Endpoint): endpoint is WriteEndpoint => endpoint !== 'status';

/** An expected failure: reported as one titled annotation, never with a stack trace. */
export class DeployFailure extends Error {
  constructor(
    readonly title: string,
    message: string,
    /** What to do about it. */
    readonly hint: string,
    readonly details: {
      httpStatus?: number;
      apiMessage?: string;
      input?: string;
      /** A write that Streampixel may have acted on: what came back ("HTTP 504"). */
      ambiguous?: string;
    } = {},
  ) {
    super(message);
    this.name = 'DeployFailure';
  }
}

const ENDPOINT_TEXT: Record<Endpoint, string> = {
  upload: 'upload-file',
  distribute: 'distribute-file',
  status: 'the project status request',
};

/**
 * The one wording for a write that Streampixel may have acted on though no
 * acceptance came back: `why` says how it may have got there ("The request
 * was sent"). A sentence for the message, and the hint.
 */
export function mayHaveActed(
  endpoint: WriteEndpoint,
  why: string,
): { sentence: string; hint: string } {
  const what =
    endpoint === 'upload'
      ? 'the build may already be queued'
      : 'the distribution may already have started';
  return {
    sentence: `${why}, so ${what}.`,
    hint: 'Check the project in the Streampixel dashboard before re-running: Streampixel processes one build at a time per project, and a re-run can queue a duplicate.',
  };
}

/** Bodies are looked at this far: the message is in the first few hundred bytes. */
const MAX_SCAN_CHARS = 16 * 1024;

/**
 * The API's own message from a body that should be `{"message": "..."}`, else
 * a clean excerpt. `redact` removes the caller's secrets (a server may echo
 * the request back) before the text is cut.
 */
export function apiMessageOf(body: string, redact?: (text: string) => string): string {
  const trimmed = body.trim();
  if (!trimmed) return '';
  try {
    const message = messageField(JSON.parse(trimmed));
    if (message !== undefined) return cleanServerText(message, 300, redact);
  } catch {
    // Not JSON: an HTML error page from a proxy, say. Show its text, not its markup.
  }
  return cleanServerText(htmlToText(trimmed.slice(0, MAX_SCAN_CHARS)), 200, redact);
}

/** `message`, as the API sends it; `Message` and `error` as gateways and proxies do. */
function messageField(parsed: unknown): string | undefined {
  if (!parsed || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  for (const key of ['message', 'Message', 'error', 'error_description']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (key === 'error' && value && typeof value === 'object') {
      const nested = (value as Record<string, unknown>).message;
      if (typeof nested === 'string' && nested.trim()) return nested;
    }
  }
  return undefined;
}

/** Maps an HTTP error status (and the API's message) from `endpoint` to a failure. */
export function failureForStatus(
  endpoint: Endpoint,
  status: number,
  apiMessage: string,
  terms: Terms,
): DeployFailure {
  const failure = refusal(endpoint, status, apiMessage, terms);
  if (!isWrite(endpoint) || status < 500) return failure;
  // A 5xx reached a server: Streampixel may have acted on it before failing to answer.
  const acted = mayHaveActed(endpoint, 'The request was sent');
  return new DeployFailure(
    failure.title,
    `${failure.message} ${acted.sentence}`,
    acted.hint,
    failure.details,
  );
}

function refusal(
  endpoint: Endpoint,
  status: number,
  apiMessage: string,
  terms: Terms,
): DeployFailure {
  const said = apiMessage ? `: "${apiMessage}"` : '';
  const [apiKey, userId, projectId, uploadId] = (
    ['api-key', 'user-id', 'project-id', 'upload-id'] as const
  ).map((input) => terms.name(input));
  const details = { httpStatus: status, apiMessage };
  const where = ENDPOINT_TEXT[endpoint];

  if (status === 401 && /invalid user/i.test(apiMessage)) {
    return new DeployFailure(
      `Streampixel: ${userId} does not match the API key`,
      `Streampixel rejected ${userId} (HTTP 401${said}).`,
      `${userId} must be the user ID of the account that requested the key: in the dashboard, open your account menu → Copy User ID, and update ${terms.secretHome('user-id')}.`,
      details,
    );
  }
  if (status === 401) {
    return new DeployFailure(
      'Streampixel: invalid API key',
      `Streampixel rejected ${apiKey} (HTTP 401${said}).`,
      `The key was rotated (requesting a new key invalidates the old one at once), mistyped, or belongs to another account. Put the current key in ${terms.secretHome('api-key')}.`,
      details,
    );
  }
  if (status === 403 && endpoint === 'status') {
    return new DeployFailure(
      'Streampixel: cannot read the project status',
      `Streampixel refused the project status request (HTTP 403${said}).`,
      `The key's owner cannot read ${projectId} any more (removed from the project, or the key was replaced), so the build cannot be followed. Check the project in the dashboard, or set ${terms.setting('wait', 'false')}.`,
      details,
    );
  }
  if (status === 403) {
    return new DeployFailure(
      'Streampixel: no write access to the project',
      `Streampixel refused ${where} for this project (HTTP 403${said}).`,
      `The key's owner cannot deploy to ${projectId}: a READONLY team member, removed from the project, or the wrong project. Use a key of the account owner or of a member with FULL access, or check ${projectId}.`,
      details,
    );
  }
  if (status === 404 && endpoint === 'distribute' && /file/i.test(apiMessage)) {
    return new DeployFailure(
      'Streampixel: upload not found in the project',
      `Streampixel has no upload with that ${uploadId} in this project (HTTP 404${said}).`,
      `${uploadId} must be ${terms.uploadIdOutput} of an earlier deploy to this same ${projectId} (or a file _id from the project).`,
      details,
    );
  }
  if (status === 404) {
    return new DeployFailure(
      'Streampixel: project not found',
      `Streampixel found no such project (HTTP 404${said}).`,
      `Check ${projectId}: it is the last part of the project page URL in the dashboard (…/projectdetail/<project-id>). Mismatched IDs can also give 404.`,
      details,
    );
  }
  if (status === 429) {
    return new DeployFailure(
      'Streampixel: rate limit',
      `Streampixel is rate-limiting ${where} (HTTP 429${said}).`,
      'Streampixel accepts one upload or distribute request per 2 minutes per user. Wait 2 minutes and re-run, and use a concurrency group so deploys of one account do not overlap.',
      details,
    );
  }
  if (status === 400) {
    return new DeployFailure(
      'Streampixel: request refused',
      `Streampixel refused ${where} as invalid (HTTP 400${said}).`,
      'Check the inputs named in the message.',
      details,
    );
  }
  if (status >= 500) {
    return new DeployFailure(
      'Streampixel: server error',
      `Streampixel failed to ${isWrite(endpoint) ? 'answer' : 'handle'} ${where} (HTTP ${status}${said}).`,
      'This is on the Streampixel side. Re-run the job later; see the dashboard for the project state.',
      details,
    );
  }
  return new DeployFailure(
    `Streampixel: HTTP ${status}`,
    `Streampixel answered ${where} with HTTP ${status}${said}.`,
    `Re-run the job; if it persists, check ${terms.name('api-url')} and the Streampixel status page.`,
    details,
  );
}
