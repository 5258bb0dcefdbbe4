/**
 * Optional GitHub Deployment records, so the repository's Environments page
 * lists every Streampixel release. Loaded lazily (it pulls in Octokit), and
 * never fails a deploy: every GitHub API error becomes a warning text.
 *
 * Once a deployment is created it is always finished: a failed intermediate
 * status (`in_progress`) is reported when it is finished, not by dropping the
 * deployment. A rate limit is waited out (bounded) and never blamed on the
 * job's permissions.
 */
import { getOctokit } from '@actions/github';
import { Cancelled, cancelledBy, sleepUnless } from './cancel.js';
import { parseRetryAfter } from './retry.js';
import { cleanServerText } from './text.js';
import { USER_AGENT } from './version.js';

export interface DeploymentRequest {
  token: string;
  environment: string;
  environmentUrl?: string;
  description: string;
  logUrl?: string;
  env: NodeJS.ProcessEnv;
  /** Waits out a rate limit; tests pass their own. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /**
   * SIGINT/SIGTERM: ends the calls that create the deployment and every rate-limit wait, so a
   * cancelled run does not sit out GitHub's limit. The call that finishes the deployment is still
   * sent (once), to record how the run ended.
   */
  signal?: AbortSignal;
}

export type DeploymentState = 'success' | 'failure' | 'error';

export interface DeploymentTracker {
  id: number;
  /**
   * Marks the deployment done, with `description` (GitHub keeps 140
   * characters) or, for 'error', WAIT_CANCELLED_DESCRIPTION. Returns a warning
   * text instead of throwing: this call's failure, and that of the earlier
   * `in_progress` status if it failed.
   */
  finish(state: DeploymentState, description?: string): Promise<string | undefined>;
}

/** The description of an 'error' status: the action stopped following a build it had started. */
export const WAIT_CANCELLED_DESCRIPTION =
  'The wait for Streampixel was cancelled; the build may still go live';

/**
 * At most this long in all spent waiting out GitHub's rate limits, over every
 * call of one deployment: the record is optional and must not hold up a run.
 */
export const RATE_LIMIT_BUDGET_MS = 60_000;
/** Attempts per GitHub API call when rate limited. */
export const MAX_ATTEMPTS = 3;
/** "Otherwise, wait for at least one minute before retrying" (GitHub docs, below). */
const UNSPECIFIED_WAIT_MS = 60_000;

interface ApiError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** How long GitHub asks to wait before the call is worth repeating, and why. */
export interface RateLimit {
  waitMs: number;
  /** "secondary rate limit", "rate limit" */
  kind: string;
}

/**
 * Whether a failed call is GitHub's rate limit, and the wait it asks for,
 * per "Rate limits for the REST API" (docs.github.com/en/rest/using-the-rest-api/
 * rate-limits-for-the-rest-api): a 403 or 429; with `retry-after`, wait that
 * long; with `x-ratelimit-remaining: 0`, until `x-ratelimit-reset` (epoch
 * seconds); otherwise (a secondary limit says so in its message) at least a
 * minute. A 403 with none of these is a permission problem: undefined.
 */
export function rateLimitOf(err: unknown, now: number): RateLimit | undefined {
  const { status, response } = (err ?? {}) as ApiError;
  if (status !== 403 && status !== 429) return undefined;
  const headers = response?.headers ?? {};
  const header = (name: string): string | undefined =>
    headers[name] === undefined ? undefined : String(headers[name]);
  const data = response?.data as { message?: unknown } | undefined;
  const message = `${typeof data?.message === 'string' ? data.message : ''} ${(err as Error).message ?? ''}`;
  const secondary = /secondary rate limit/i.test(message);
  const kind = secondary ? 'secondary rate limit' : 'rate limit';
  const retryAfter = parseRetryAfter(header('retry-after'), now);
  if (retryAfter !== undefined) return { waitMs: retryAfter, kind };
  const reset = Number(header('x-ratelimit-reset'));
  if (header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    return { waitMs: Math.max(0, reset * 1000 - now), kind };
  }
  if (status === 429 || /rate limit/i.test(message)) return { waitMs: UNSPECIFIED_WAIT_MS, kind };
  return undefined;
}

function explain(err: unknown, doing: string, now: number): string {
  const status = (err as ApiError)?.status;
  const message = (err as Error)?.message ?? String(err);
  const detail = `${status ? `HTTP ${status}: ` : ''}${cleanServerText(message, 300)}`;
  const limited = rateLimitOf(err, now);
  if (limited) {
    return `Could not ${doing}: GitHub's ${limited.kind} (${detail}), still in force after ${MAX_ATTEMPTS} attempts or longer than the ${RATE_LIMIT_BUDGET_MS / 1000} s this action waits for it. The Streampixel deploy itself is unaffected.`;
  }
  const permission =
    status === 403 ||
    status === 404 ||
    /not accessible by integration|resource not accessible/i.test(message)
      ? ' Give the job `permissions: deployments: write` (and pass github-token if you use another token).'
      : '';
  return `Could not ${doing} (${detail}).${permission} The Streampixel deploy itself is unaffected.`;
}

/** Where the deployment goes: the repository and commit the workflow runs for. */
interface Target {
  owner: string;
  repo: string;
  sha: string;
}

/** GITHUB_REPOSITORY ("owner/repo") and GITHUB_SHA; undefined when either is missing. */
function targetOf(env: NodeJS.ProcessEnv): Target | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const sha = env.GITHUB_SHA;
  return owner && repo && sha ? { owner, repo, sha } : undefined;
}

/** One deployment's way to GitHub: every call of it goes through `limited`. */
interface DeploymentApi {
  octokit: ReturnType<typeof getOctokit>;
  /** The fields every status repeats. */
  statusFields: {
    owner: string;
    repo: string;
    log_url: string | undefined;
    environment_url: string | undefined;
  };
  /** `call`, repeated while GitHub rate-limits it (see rateLimited). */
  limited: <T>(call: () => Promise<T>) => Promise<T>;
  /** A failed call as a warning: the cancel that ended its wait or its request, or GitHub's answer. */
  why: (err: unknown, doing: string) => string;
  /** The run's cancellation: ends requests and rate-limit waits. */
  signal: AbortSignal | undefined;
}

/** The client (for GITHUB_API_URL when `request.env` sets it), with one rate-limit budget. */
function connect(request: DeploymentRequest, target: Target): DeploymentApi {
  const { env } = request;
  const octokit = getOctokit(request.token, {
    userAgent: USER_AGENT,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
  });
  const statusFields = {
    owner: target.owner,
    repo: target.repo,
    log_url: request.logUrl,
    environment_url: request.environmentUrl,
  };
  const { signal } = request;
  const now = request.now ?? Date.now;
  const wait = request.sleep ?? ((ms: number) => sleepUnless(ms, signal));
  const why = (err: unknown, doing: string): string => {
    const by = signal?.aborted ? cancelledBy(signal).signal : undefined;
    if (by && err instanceof Cancelled)
      return `Could not ${doing}: GitHub rate-limited it, and the run was cancelled (${by}) before the limit passed. The Streampixel deploy itself is unaffected.`;
    // Octokit wraps the aborted fetch's reason (our Cancelled) as a RequestError's cause.
    const aborted =
      (err as { cause?: unknown })?.cause instanceof Cancelled ||
      (err as Error)?.name === 'AbortError';
    if (by && aborted)
      return `Could not ${doing}: the run was cancelled (${by}) before GitHub answered. The Streampixel deploy itself is unaffected.`;
    return explain(err, doing, now());
  };
  return { octokit, statusFields, limited: rateLimited(wait, now), why, signal };
}

/**
 * Runs a call, repeating it while GitHub rate-limits it: at most MAX_ATTEMPTS attempts per
 * call, and the waits (`wait`, milliseconds) of every call made through it share
 * RATE_LIMIT_BUDGET_MS. The last error, or one that is not a rate limit, is thrown.
 */
function rateLimited(
  wait: (ms: number) => Promise<void>,
  now: () => number,
): <T>(call: () => Promise<T>) => Promise<T> {
  let budgetMs = RATE_LIMIT_BUDGET_MS;
  return async function limited<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (err) {
        const limit = rateLimitOf(err, now());
        if (!limit || attempt >= MAX_ATTEMPTS || limit.waitMs > budgetMs) throw err;
        budgetMs -= limit.waitMs;
        await wait(limit.waitMs);
      }
    }
  };
}

/**
 * Creates GitHub's deployment of `target.sha` (no auto-merge, no required status checks): its
 * id, or the warning saying why there is none.
 */
async function createDeployment(
  api: DeploymentApi,
  target: Target,
  request: DeploymentRequest,
): Promise<{ id: number } | { warning: string }> {
  try {
    // A rate-limited POST was not acted on, so repeating it creates one deployment.
    const created = await api.limited(() =>
      api.octokit.rest.repos.createDeployment({
        owner: target.owner,
        repo: target.repo,
        ref: target.sha,
        environment: request.environment,
        description: request.description,
        auto_merge: false,
        required_contexts: [],
        request: { signal: api.signal },
      }),
    );
    if (!('id' in created.data))
      return {
        warning: `Could not create a GitHub deployment: ${cleanServerText(String(created.data.message ?? 'no id returned'), 300)}.`,
      };
    return { id: created.data.id };
  } catch (err) {
    return { warning: api.why(err, 'create a GitHub deployment') };
  }
}

/** Marks deployment `id` in progress; the warning when that failed. */
async function markInProgress(api: DeploymentApi, id: number): Promise<string | undefined> {
  try {
    await api.limited(() =>
      api.octokit.rest.repos.createDeploymentStatus({
        ...api.statusFields,
        deployment_id: id,
        state: 'in_progress',
        request: { signal: api.signal },
      }),
    );
    return undefined;
  } catch (err) {
    return api.why(err, `mark GitHub deployment ${id} as in progress`);
  }
}

/** The tracker of deployment `id`; its first finish also reports `inProgressWarning`. */
function trackerFor(
  api: DeploymentApi,
  id: number,
  inProgressWarning: string | undefined,
): DeploymentTracker {
  let unreported = inProgressWarning;
  return {
    id,
    async finish(state, description) {
      let finishWarning: string | undefined;
      try {
        await api.limited(() =>
          api.octokit.rest.repos.createDeploymentStatus({
            ...api.statusFields,
            deployment_id: id,
            state,
            description:
              description ?? (state === 'error' ? WAIT_CANCELLED_DESCRIPTION : undefined),
            auto_inactive: state === 'success',
          }),
        );
      } catch (err) {
        finishWarning = api.why(err, `mark GitHub deployment ${id} as ${state}`);
      }
      const earlier =
        unreported && `${unreported}${finishWarning ? '' : ` It was marked ${state} at the end.`}`;
      unreported = undefined;
      return [earlier, finishWarning].filter(Boolean).join(' ') || undefined;
    },
  };
}

/**
 * Creates a GitHub deployment of GITHUB_SHA to `request.environment` in GITHUB_REPOSITORY
 * (through GITHUB_API_URL when set) and marks it in progress. Resolves with the tracker that
 * finishes it, or with `{ warning }` when none was created (github-token or a variable
 * missing, an API error); never rejects. A failed `in_progress` status is reported by the
 * tracker's `finish`. GitHub's rate limits are waited out: MAX_ATTEMPTS attempts per call,
 * RATE_LIMIT_BUDGET_MS of waiting in all.
 */
export async function startDeployment(
  request: DeploymentRequest,
): Promise<DeploymentTracker | { warning: string }> {
  const target = targetOf(request.env);
  if (!request.token || !target) {
    return {
      warning:
        'Could not create a GitHub deployment: github-token, GITHUB_REPOSITORY or GITHUB_SHA is missing.',
    };
  }
  const api = connect(request, target);
  const created = await createDeployment(api, target, request);
  if ('warning' in created) return created;
  // From here the deployment exists: whatever fails, it is returned so that it gets finished.
  const inProgressWarning = await markInProgress(api, created.id);
  return trackerFor(api, created.id, inProgressWarning);
}
