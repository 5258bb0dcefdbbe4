/**
 * Streampixel's answers turned into failures a person can act on: a title,
 * what happened in the user's terms, and what to do next.
 */
import { cleanServerText } from '../redact.js';

export type Endpoint = 'upload' | 'distribute' | 'status' | 'artifact';

/** An expected failure: reported as one titled annotation, never with a stack trace. */
export class DeployFailure extends Error {
  constructor(
    readonly title: string,
    message: string,
    /** What to do about it. */
    readonly hint: string,
    readonly details: { httpStatus?: number; apiMessage?: string; input?: string } = {},
  ) {
    super(message);
    this.name = 'DeployFailure';
  }
}

const ENDPOINT_TEXT: Record<Endpoint, string> = {
  upload: 'upload-file',
  distribute: 'distribute-file',
  status: 'the project status request',
  artifact: 'the artifact check',
};

/** The API's own message from a body that should be `{"message": "..."}`, else a clean excerpt. */
export function apiMessageOf(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) return '';
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (parsed && typeof parsed === 'object' && 'message' in parsed) {
      const { message } = parsed as { message: unknown };
      if (typeof message === 'string') return cleanServerText(message);
    }
  } catch {
    // Not JSON: an HTML error page from a proxy, say. Show its text, not its markup.
  }
  const text = trimmed.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return cleanServerText(text, 200);
}

/** Maps an HTTP error status (and the API's message) from `endpoint` to a failure. */
export function failureForStatus(
  endpoint: Endpoint,
  status: number,
  apiMessage: string,
): DeployFailure {
  const said = apiMessage ? `: "${apiMessage}"` : '';
  const details = { httpStatus: status, apiMessage };
  const where = ENDPOINT_TEXT[endpoint];

  if (status === 401 && /invalid user/i.test(apiMessage)) {
    return new DeployFailure(
      'Streampixel: user-id does not match the API key',
      `Streampixel rejected user-id (HTTP 401${said}).`,
      'user-id must be the user ID of the account that requested the key: in the dashboard, open your account menu → Copy User ID, and update the secret passed as user-id.',
      details,
    );
  }
  if (status === 401) {
    return new DeployFailure(
      'Streampixel: invalid API key',
      `Streampixel rejected api-key (HTTP 401${said}).`,
      'The key was rotated (requesting a new key invalidates the old one at once), mistyped, or belongs to another account. Put the current key in the secret passed as api-key.',
      details,
    );
  }
  if (status === 403) {
    return new DeployFailure(
      'Streampixel: no write access to the project',
      `Streampixel refused ${where} for this project (HTTP 403${said}).`,
      "The key's owner cannot deploy to project-id: a READONLY team member, removed from the project, or the wrong project. Use a key of the account owner or of a member with FULL access, or check project-id.",
      details,
    );
  }
  if (status === 404 && endpoint === 'distribute' && /file/i.test(apiMessage)) {
    return new DeployFailure(
      'Streampixel: upload not found in the project',
      `Streampixel has no upload with that upload-id in this project (HTTP 404${said}).`,
      'upload-id must be the upload-id output of an earlier deploy to this same project-id (or a file _id from the project).',
      details,
    );
  }
  if (status === 404) {
    return new DeployFailure(
      'Streampixel: project not found',
      `Streampixel found no such project (HTTP 404${said}).`,
      'Check project-id: it is the last part of the project page URL in the dashboard (…/projectdetail/<project-id>). Mismatched IDs can also give 404.',
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
      `Streampixel failed to handle ${where} (HTTP ${status}${said}).`,
      'This is on the Streampixel side. Re-run the job later; see the dashboard for the project state.',
      details,
    );
  }
  return new DeployFailure(
    `Streampixel: HTTP ${status}`,
    `Streampixel answered ${where} with HTTP ${status}${said}.`,
    'Re-run the job; if it persists, check api-url and the Streampixel status page.',
    details,
  );
}
