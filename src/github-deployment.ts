/**
 * Optional GitHub Deployment records, so the repository's Environments page
 * lists every Streampixel release. Loaded lazily (it pulls in Octokit), and
 * never fails a deploy: every GitHub API error becomes a warning text.
 */
import { getOctokit } from '@actions/github';
import { USER_AGENT } from './version.js';

export interface DeploymentRequest {
  token: string;
  environment: string;
  environmentUrl?: string;
  description: string;
  logUrl?: string;
  env: NodeJS.ProcessEnv;
}

export interface DeploymentTracker {
  id: number;
  /** Marks the deployment done; returns a warning text instead of throwing. */
  finish(state: 'success' | 'failure'): Promise<string | undefined>;
}

function explain(err: unknown, doing: string): string {
  const status = (err as { status?: number }).status;
  const message = (err as Error)?.message ?? String(err);
  const permission =
    status === 403 ||
    status === 404 ||
    /not accessible by integration|resource not accessible/i.test(message)
      ? ' Give the job `permissions: deployments: write` (and pass github-token if you use another token).'
      : '';
  return `Could not ${doing} (${status ? `HTTP ${status}: ` : ''}${message.slice(0, 300)}).${permission} The Streampixel deploy itself is unaffected.`;
}

export async function startDeployment(
  request: DeploymentRequest,
): Promise<DeploymentTracker | { warning: string }> {
  const { env } = request;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const sha = env.GITHUB_SHA;
  if (!request.token || !owner || !repo || !sha) {
    return {
      warning:
        'Could not create a GitHub deployment: github-token, GITHUB_REPOSITORY or GITHUB_SHA is missing.',
    };
  }
  const octokit = getOctokit(request.token, {
    userAgent: USER_AGENT,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
  });
  const statusFields = {
    owner,
    repo,
    log_url: request.logUrl,
    environment_url: request.environmentUrl,
  };

  let id: number;
  try {
    const created = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: sha,
      environment: request.environment,
      description: request.description,
      auto_merge: false,
      required_contexts: [],
    });
    if (!('id' in created.data))
      return {
        warning: `Could not create a GitHub deployment: ${created.data.message ?? 'no id returned'}.`,
      };
    id = created.data.id;
    await octokit.rest.repos.createDeploymentStatus({
      ...statusFields,
      deployment_id: id,
      state: 'in_progress',
    });
  } catch (err) {
    return { warning: explain(err, 'create a GitHub deployment') };
  }

  return {
    id,
    async finish(state) {
      try {
        await octokit.rest.repos.createDeploymentStatus({
          ...statusFields,
          deployment_id: id,
          state,
          auto_inactive: state === 'success',
        });
        return undefined;
      } catch (err) {
        return explain(err, `mark GitHub deployment ${id} as ${state}`);
      }
    },
  };
}
