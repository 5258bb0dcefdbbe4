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

/** A refused request as the refusal's words need it: the answer, and the inputs as named. */
interface Refused {
  endpoint: Endpoint;
  status: number;
  apiMessage: string;
  terms: Terms;
  /** `: "the API's message"`, or '' without one. */
  said: string;
  /** The request as a message names it: "upload-file", "the project status request". */
  where: string;
  apiKey: string;
  userId: string;
  projectId: string;
  uploadId: string;
}

/** What a refusal says. */
interface RefusalText {
  title: string;
  message: string;
  hint: string;
}

/**
 * The refusals a person can act on, in the order they are looked up: by status, then what the
 * API said (Streampixel's errors are `{"message": "…"}`); the first that matches speaks.
 */
const REFUSALS: ReadonlyArray<{
  matches: (r: Refused) => boolean;
  text: (r: Refused) => RefusalText;
}> = [
  {
    matches: (r) => r.status === 401 && /invalid user/i.test(r.apiMessage),
    text: ({ said, terms, userId }) => ({
      title: `Streampixel: ${userId} does not match the API key`,
      message: `Streampixel rejected ${userId} (HTTP 401${said}).`,
      hint: `${userId} must be the user ID of the account that requested the key: in the dashboard, open your account menu → Copy User ID, and update ${terms.secretHome('user-id')}.`,
    }),
  },
  {
    matches: (r) => r.status === 401,
    text: ({ said, terms, apiKey }) => ({
      title: 'Streampixel: invalid API key',
      message: `Streampixel rejected ${apiKey} (HTTP 401${said}).`,
      hint: `The key was rotated (requesting a new key invalidates the old one at once), mistyped, or belongs to another account. Put the current key in ${terms.secretHome('api-key')}.`,
    }),
  },
  {
    matches: (r) => r.status === 403 && r.endpoint === 'status',
    text: ({ said, terms, projectId }) => ({
      title: 'Streampixel: cannot read the project status',
      message: `Streampixel refused the project status request (HTTP 403${said}).`,
      hint: `The key's owner cannot read ${projectId} any more (removed from the project, or the key was replaced), so the build cannot be followed. Check the project in the dashboard, or set ${terms.setting('wait', 'false')}.`,
    }),
  },
  {
    matches: (r) => r.status === 403,
    text: ({ said, where, projectId }) => ({
      title: 'Streampixel: no write access to the project',
      message: `Streampixel refused ${where} for this project (HTTP 403${said}).`,
      hint: `The key's owner cannot deploy to ${projectId}: a READONLY team member, removed from the project, or the wrong project. Use a key of the account owner or of a member with FULL access, or check ${projectId}.`,
    }),
  },
  {
    matches: (r) => r.status === 404 && r.endpoint === 'distribute' && /file/i.test(r.apiMessage),
    text: ({ said, terms, projectId, uploadId }) => ({
      title: 'Streampixel: upload not found in the project',
      message: `Streampixel has no upload with that ${uploadId} in this project (HTTP 404${said}).`,
      hint: `${uploadId} must be ${terms.uploadIdOutput} of an earlier deploy to this same ${projectId} (or a file _id from the project).`,
    }),
  },
  {
    matches: (r) => r.status === 404,
    text: ({ said, projectId }) => ({
      title: 'Streampixel: project not found',
      message: `Streampixel found no such project (HTTP 404${said}).`,
      hint: `Check ${projectId}: it is the last part of the project page URL in the dashboard (…/projectdetail/<project-id>). Mismatched IDs can also give 404.`,
    }),
  },
  {
    matches: (r) => r.status === 429,
    text: ({ said, where }) => ({
      title: 'Streampixel: rate limit',
      message: `Streampixel is rate-limiting ${where} (HTTP 429${said}).`,
      hint: 'Streampixel accepts one upload or distribute request per 2 minutes per user. Wait 2 minutes and re-run, and use a concurrency group so deploys of one account do not overlap.',
    }),
  },
  {
    matches: (r) => r.status === 400,
    text: ({ said, where }) => ({
      title: 'Streampixel: request refused',
      message: `Streampixel refused ${where} as invalid (HTTP 400${said}).`,
      hint: 'Check the inputs named in the message.',
    }),
  },
  {
    matches: (r) => r.status >= 500,
    text: ({ said, where, status, endpoint }) => ({
      title: 'Streampixel: server error',
      message: `Streampixel failed to ${isWrite(endpoint) ? 'answer' : 'handle'} ${where} (HTTP ${status}${said}).`,
      hint: 'This is on the Streampixel side. Re-run the job later; see the dashboard for the project state.',
    }),
  },
];

/** Any other status: what came back, and where to look. */
const otherStatus = ({ said, where, status, terms }: Refused): RefusalText => ({
  title: `Streampixel: HTTP ${status}`,
  message: `Streampixel answered ${where} with HTTP ${status}${said}.`,
  hint: `Re-run the job; if it persists, check ${terms.name('api-url')} and the Streampixel status page.`,
});

/**
 * An error status from `endpoint` as a failure: the first of REFUSALS that matches, else
 * otherStatus. `details` carry the status and the API's message.
 */
function refusal(
  endpoint: Endpoint,
  status: number,
  apiMessage: string,
  terms: Terms,
): DeployFailure {
  const refused: Refused = {
    endpoint,
    status,
    apiMessage,
    terms,
    said: apiMessage ? `: "${apiMessage}"` : '',
    where: ENDPOINT_TEXT[endpoint],
    apiKey: terms.name('api-key'),
    userId: terms.name('user-id'),
    projectId: terms.name('project-id'),
    uploadId: terms.name('upload-id'),
  };
  const text = (REFUSALS.find((r) => r.matches(refused))?.text ?? otherStatus)(refused);
  return new DeployFailure(text.title, text.message, text.hint, {
    httpStatus: status,
    apiMessage,
  });
}
