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
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9809);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1013);
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
    const retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(header('retry-after'), now);
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
    const detail = `${status ? `HTTP ${status}: ` : ''}${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanServerText */ .Ct)(message, 300)}`;
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
/** GITHUB_REPOSITORY ("owner/repo") and GITHUB_SHA; undefined when either is missing. */
function targetOf(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const sha = env.GITHUB_SHA;
    return owner && repo && sha ? { owner, repo, sha } : undefined;
}
/** The client (for GITHUB_API_URL when `request.env` sets it), with one rate-limit budget. */
function connect(request, target) {
    const { env } = request;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(request.token, {
        userAgent: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._O,
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
    const wait = request.sleep ?? ((ms) => (0,_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .sleepUnless */ .uj)(ms, signal));
    const why = (err, doing) => {
        const by = signal?.aborted ? (0,_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelledBy */ .tK)(signal).signal : undefined;
        if (by && err instanceof _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ)
            return `Could not ${doing}: GitHub rate-limited it, and the run was cancelled (${by}) before the limit passed. The Streampixel deploy itself is unaffected.`;
        // Octokit wraps the aborted fetch's reason (our Cancelled) as a RequestError's cause.
        const aborted = err?.cause instanceof _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ ||
            err?.name === 'AbortError';
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
function rateLimited(wait, now) {
    let budgetMs = RATE_LIMIT_BUDGET_MS;
    return async function limited(call) {
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
    };
}
/**
 * Creates GitHub's deployment of `target.sha` (no auto-merge, no required status checks): its
 * id, or the warning saying why there is none.
 */
async function createDeployment(api, target, request) {
    try {
        // A rate-limited POST was not acted on, so repeating it creates one deployment.
        const created = await api.limited(() => api.octokit.rest.repos.createDeployment({
            owner: target.owner,
            repo: target.repo,
            ref: target.sha,
            environment: request.environment,
            description: request.description,
            auto_merge: false,
            required_contexts: [],
            request: { signal: api.signal },
        }));
        if (!('id' in created.data))
            return {
                warning: `Could not create a GitHub deployment: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanServerText */ .Ct)(String(created.data.message ?? 'no id returned'), 300)}.`,
            };
        return { id: created.data.id };
    }
    catch (err) {
        return { warning: api.why(err, 'create a GitHub deployment') };
    }
}
/** Marks deployment `id` in progress; the warning when that failed. */
async function markInProgress(api, id) {
    try {
        await api.limited(() => api.octokit.rest.repos.createDeploymentStatus({
            ...api.statusFields,
            deployment_id: id,
            state: 'in_progress',
            request: { signal: api.signal },
        }));
        return undefined;
    }
    catch (err) {
        return api.why(err, `mark GitHub deployment ${id} as in progress`);
    }
}
/** The tracker of deployment `id`; its first finish also reports `inProgressWarning`. */
function trackerFor(api, id, inProgressWarning) {
    let unreported = inProgressWarning;
    return {
        id,
        async finish(state, description) {
            let finishWarning;
            try {
                await api.limited(() => api.octokit.rest.repos.createDeploymentStatus({
                    ...api.statusFields,
                    deployment_id: id,
                    state,
                    description: description ?? (state === 'error' ? WAIT_CANCELLED_DESCRIPTION : undefined),
                    auto_inactive: state === 'success',
                }));
            }
            catch (err) {
                finishWarning = api.why(err, `mark GitHub deployment ${id} as ${state}`);
            }
            const earlier = unreported && `${unreported}${finishWarning ? '' : ` It was marked ${state} at the end.`}`;
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
async function startDeployment(request) {
    const target = targetOf(request.env);
    if (!request.token || !target) {
        return {
            warning: 'Could not create a GitHub deployment: github-token, GITHUB_REPOSITORY or GITHUB_SHA is missing.',
        };
    }
    const api = connect(request, target);
    const created = await createDeployment(api, target, request);
    if ('warning' in created)
        return created;
    // From here the deployment exists: whatever fails, it is returned so that it gets finished.
    const inProgressWarning = await markInProgress(api, created.id);
    return trackerFor(api, created.id, inProgressWarning);
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   s: () => (/* binding */ RATE_LIMIT_WAIT_MS),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports MAX_WAIT_MS, backoffMs, traced */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6803);
/**
 * Which failures are worth another attempt, and how long to wait first.
 *
 * Worth retrying: the request never reached the server (refused, DNS,
 * reset or timeout before it was sent), 429 and 503. For requests that are
 * safe to repeat (GETs) also 500, 502, 504, and a timeout or reset after the
 * request was sent. A POST to upload-file or distribute-file is NOT repeated
 * after a 500 or no answer once sent, nor after a 502 or 504, which a gateway
 * may give after passing the request on: the build may already be queued, and
 * a second one would queue a duplicate or hit the rate limit. The last two end
 * the attempts as `ambiguous`, so the caller can look before sending again.
 *
 * A proxy that refuses the tunnel (see judgeNetwork) is retried only for a
 * 5xx or no answer; a 407 or 403 from it is final.
 */

/** The longest single wait; Streampixel's rate-limit window. A longer Retry-After ends the retries. */
const MAX_WAIT_MS = 120_000;
/** Wait after a 429 that gives no Retry-After: one upload per 2 minutes per user. */
const RATE_LIMIT_WAIT_MS = 120_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 20_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Seconds, or an HTTP date; undefined when absent or unreadable (the caller
 * then falls back to its own wait). Only an HTTP date is read as a date: V8's
 * Date.parse takes "1.5" or "-5" for days in 2001, which would mean "now".
 */
function parseRetryAfter(value, now) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (!raw)
        return undefined;
    const trimmed = raw.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.ceil(Number(trimmed) * 1000);
    // IMF-fixdate, RFC 850 and asctime all name a month and give hh:mm:ss.
    if (!/[a-z]{3}/i.test(trimmed) || !/\b\d{1,2}:\d{2}:\d{2}\b/.test(trimmed))
        return undefined;
    // asctime has no zone; HTTP dates are all GMT.
    const zoned = /\b(GMT|UTC|UT|Z)\b|[+-]\d{4}\b/i.test(trimmed) ? trimmed : `${trimmed} GMT`;
    const date = Date.parse(zoned);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Full jitter: anywhere between 0 and the exponential ceiling. */
function backoffMs(attempt, random) {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(random() * ceiling);
}
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** Answers a gateway gives once it has passed the request on and lost the server's answer. */
const MAY_HAVE_BEEN_FORWARDED = new Set([502, 504]);
function judgeResponse(res, options, now) {
    const { idempotent, rateLimitWaitMs } = options;
    const retryAfter = parseRetryAfter(res.headers['retry-after'], now);
    const reason = `HTTP ${res.status}`;
    if (res.status === 429)
        return { retry: options.retryRateLimit ?? true, reason, waitMs: retryAfter ?? rateLimitWaitMs };
    if (RETRYABLE_STATUS.has(res.status) || (idempotent && res.status === 500)) {
        return { retry: true, reason, waitMs: retryAfter };
    }
    return { retry: false, reason };
}
function judgeNetwork(err, idempotent) {
    if (err.failure === 'proxy') {
        // Nothing got past the proxy, so any request may be repeated; worth it only if the
        // proxy's trouble may pass. A 5xx to the CONNECT is its upstream failing, like a
        // 502/503 from a gateway; no answer at all is like a refused connection. A 407 (its
        // credentials), a 403 (its allow-list) or a variable that is not a URL refuses every
        // attempt the same way: retrying only delays the message.
        const status = err.proxy?.status;
        const transient = status === undefined ? err.code !== 'ERR_INVALID_URL' : status >= 500 && status < 600;
        return { retry: transient, reason: err.message };
    }
    return { retry: idempotent || !err.sent, reason: err.message };
}
/** `send`, with one debug line per exchange: status or error, and how long it took. */
function traced(send, trace) {
    return async (request) => {
        const started = Date.now();
        try {
            const res = await send(request);
            trace.debug(`${trace.what} → HTTP ${res.status} in ${res.elapsedMs} ms${res.truncated ? ' (body cut)' : ''}`);
            return res;
        }
        catch (err) {
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
                trace.debug(`${trace.what} → ${err.message} after ${Date.now() - started} ms`);
            throw err;
        }
    };
}
/**
 * Sends `request` up to `maxAttempts` times. Resolves with the last response
 * or network error; anything else thrown (a bug) is thrown at once. Waits
 * (ms) come from the verdict (Retry-After, the rate-limit window) or the
 * backoff; one longer than MAX_WAIT_MS ends the attempts instead.
 */
async function sendWithRetries(request, options, transport = _http_js__WEBPACK_IMPORTED_MODULE_0__/* .sendRequest */ .w$) {
    const wait = options.sleep ?? sleep;
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    const send = options.trace ? traced(transport, options.trace) : transport;
    for (let attempt = 1;; attempt++) {
        const { outcome, verdict } = await attemptOnce(send, request, options, now);
        if (isAmbiguous(outcome, options))
            return { last: outcome, ambiguous: verdict.reason };
        const last = attempt >= options.maxAttempts;
        const waitMs = verdict.waitMs ?? backoffMs(attempt, random);
        if (!verdict.retry || last || waitMs > MAX_WAIT_MS) {
            if (verdict.retry && !last)
                options.log(waitTooLongLine(options.label, verdict, waitMs));
            return { last: outcome };
        }
        options.log(retryLine(options, attempt, outcome, verdict, waitMs));
        await wait(waitMs);
    }
}
/** One send and its verdict: the answer (judged at `now()`), or the network error it threw. */
async function attemptOnce(send, request, options, now) {
    try {
        const outcome = await send(request);
        return { outcome, verdict: judgeResponse(outcome, options, now()) };
    }
    catch (err) {
        if (!(err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr))
            throw err;
        return { outcome: err, verdict: judgeNetwork(err, options.idempotent) };
    }
}
/**
 * A request that is not safe to repeat, answered in a way that means the server may have acted
 * on it: no answer once sent, or a 502/504 a gateway gives after passing the request on.
 */
function isAmbiguous(outcome, options) {
    return (!options.idempotent &&
        (outcome instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr ? outcome.sent : MAY_HAVE_BEEN_FORWARDED.has(outcome.status)));
}
/** The server asks for a wait (ms) longer than MAX_WAIT_MS: the attempts end here. */
function waitTooLongLine(label, verdict, waitMs) {
    return `${label}: ${verdict.reason}; the server asks to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${MAX_WAIT_MS / 1000} s this action waits: giving up.`;
}
/** "attempt 1 of 3 failed (HTTP 429 (rate limited…)); retrying in 120.0 s", for `waitMs` ms. */
function retryLine(options, attempt, outcome, verdict, waitMs) {
    const limited = outcome instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr || outcome.status !== 429 ? undefined : outcome;
    const knownWindow = !!limited && !limited.headers['retry-after'] && !!options.rateLimitWaitMs;
    const why = knownWindow
        ? `${verdict.reason} (rate limited: Streampixel allows one upload per 2 minutes per user, no Retry-After given)`
        : `${verdict.reason}${limited ? ' (rate limited)' : ''}`;
    return `${options.label}: attempt ${attempt} of ${options.maxAttempts} failed (${why}); retrying in ${(waitMs / 1000).toFixed(1)} s.`;
}


/***/ })

};
