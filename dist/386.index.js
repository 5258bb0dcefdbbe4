export const id = 386;
export const ids = [386];
export const modules = {

/***/ 1386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startDeployment: () => (/* binding */ startDeployment)
/* harmony export */ });
/* unused harmony exports WAIT_CANCELLED_DESCRIPTION, RATE_LIMIT_BUDGET_MS, MAX_ATTEMPTS, rateLimitOf */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9809);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);
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



/** The description of an 'error' status: the action stopped following a build it had started. */
const WAIT_CANCELLED_DESCRIPTION = 'The wait for Streampixel was cancelled; the build may still go live';
/**
 * At most this long in all spent waiting out GitHub's rate limits, over every
 * call of one deployment: the record is optional and must not hold up a run.
 */
const RATE_LIMIT_BUDGET_MS = 60_000;
/** Attempts per GitHub API call when rate limited. */
const MAX_ATTEMPTS = 3;
/** "Otherwise, wait for at least one minute before retrying" (GitHub docs, below). */
const UNSPECIFIED_WAIT_MS = 60_000;
/**
 * Whether a failed call is GitHub's rate limit, and the wait it asks for,
 * per "Rate limits for the REST API" (docs.github.com/en/rest/using-the-rest-api/
 * rate-limits-for-the-rest-api): a 403 or 429; with `retry-after`, wait that
 * long; with `x-ratelimit-remaining: 0`, until `x-ratelimit-reset` (epoch
 * seconds); otherwise (a secondary limit says so in its message) at least a
 * minute. A 403 with none of these is a permission problem: undefined.
 */
function rateLimitOf(err, now) {
    const { status, response } = (err ?? {});
    if (status !== 403 && status !== 429)
        return undefined;
    const headers = response?.headers ?? {};
    const header = (name) => headers[name] === undefined ? undefined : String(headers[name]);
    const data = response?.data;
    const message = `${typeof data?.message === 'string' ? data.message : ''} ${err.message ?? ''}`;
    const secondary = /secondary rate limit/i.test(message);
    const kind = secondary ? 'secondary rate limit' : 'rate limit';
    const retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(header('retry-after'), now);
    if (retryAfter !== undefined)
        return { waitMs: retryAfter, kind };
    const reset = Number(header('x-ratelimit-reset'));
    if (header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
        return { waitMs: Math.max(0, reset * 1000 - now), kind };
    }
    if (status === 429 || /rate limit/i.test(message))
        return { waitMs: UNSPECIFIED_WAIT_MS, kind };
    return undefined;
}
function explain(err, doing, now) {
    const status = err?.status;
    const message = err?.message ?? String(err);
    const detail = `${status ? `HTTP ${status}: ` : ''}${message.slice(0, 300)}`;
    const limited = rateLimitOf(err, now);
    if (limited) {
        return `Could not ${doing}: GitHub's ${limited.kind} (${detail}), still in force after ${MAX_ATTEMPTS} attempts or longer than the ${RATE_LIMIT_BUDGET_MS / 1000} s this action waits for it. The Streampixel deploy itself is unaffected.`;
    }
    const permission = status === 403 ||
        status === 404 ||
        /not accessible by integration|resource not accessible/i.test(message)
        ? ' Give the job `permissions: deployments: write` (and pass github-token if you use another token).'
        : '';
    return `Could not ${doing} (${detail}).${permission} The Streampixel deploy itself is unaffected.`;
}
async function startDeployment(request) {
    const { env } = request;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const sha = env.GITHUB_SHA;
    if (!request.token || !owner || !repo || !sha) {
        return {
            warning: 'Could not create a GitHub deployment: github-token, GITHUB_REPOSITORY or GITHUB_SHA is missing.',
        };
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(request.token, {
        userAgent: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O,
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    });
    const statusFields = {
        owner,
        repo,
        log_url: request.logUrl,
        environment_url: request.environmentUrl,
    };
    const wait = request.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy;
    const now = request.now ?? Date.now;
    let budgetMs = RATE_LIMIT_BUDGET_MS;
    /** `call`, repeated while GitHub rate-limits it, within MAX_ATTEMPTS and the shared budget. */
    async function limited(call) {
        for (let attempt = 1;; attempt++) {
            try {
                return await call();
            }
            catch (err) {
                const limit = rateLimitOf(err, now());
                if (!limit || attempt >= MAX_ATTEMPTS || limit.waitMs > budgetMs)
                    throw err;
                budgetMs -= limit.waitMs;
                await wait(limit.waitMs);
            }
        }
    }
    let id;
    try {
        // A rate-limited POST was not acted on, so repeating it creates one deployment.
        const created = await limited(() => octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: sha,
            environment: request.environment,
            description: request.description,
            auto_merge: false,
            required_contexts: [],
        }));
        if (!('id' in created.data))
            return {
                warning: `Could not create a GitHub deployment: ${created.data.message ?? 'no id returned'}.`,
            };
        id = created.data.id;
    }
    catch (err) {
        return { warning: explain(err, 'create a GitHub deployment', now()) };
    }
    // From here the deployment exists: whatever fails, it is returned so that it gets finished.
    let inProgressWarning;
    try {
        await limited(() => octokit.rest.repos.createDeploymentStatus({
            ...statusFields,
            deployment_id: id,
            state: 'in_progress',
        }));
    }
    catch (err) {
        inProgressWarning = explain(err, `mark GitHub deployment ${id} as in progress`, now());
    }
    return {
        id,
        async finish(state, description) {
            let finishWarning;
            try {
                await limited(() => octokit.rest.repos.createDeploymentStatus({
                    ...statusFields,
                    deployment_id: id,
                    state,
                    description: description ?? (state === 'error' ? WAIT_CANCELLED_DESCRIPTION : undefined),
                    auto_inactive: state === 'success',
                }));
            }
            catch (err) {
                finishWarning = explain(err, `mark GitHub deployment ${id} as ${state}`, now());
            }
            const earlier = inProgressWarning &&
                `${inProgressWarning}${finishWarning ? '' : ` It was marked ${state} at the end.`}`;
            inProgressWarning = undefined;
            return [earlier, finishWarning].filter(Boolean).join(' ') || undefined;
        },
    };
}


/***/ })

};
