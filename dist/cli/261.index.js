export const id = 261;
export const ids = [261];
export const modules = {

/***/ 1261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ stageBuild),
/* harmony export */   Ry: () => (/* binding */ presignAgain),
/* harmony export */   validateBuild: () => (/* binding */ validateBuild)
/* harmony export */ });
/* unused harmony export describePlan */
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(833);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _streampixel_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8233);
/* harmony import */ var _terms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5304);
/**
 * The deploy flow's storage step, with `path`: validate → zip and upload to
 * the team's bucket (or, in a dry run, zip to nowhere and check the bucket)
 * → presign. The storage lib, and with it the AWS SDK, is loaded here with a
 * dynamic import, so runs with `file-url` or `upload-id` never load it.
 *
 * Everything the lib reports as secret (the secret access key, the session
 * token, the presigned URL's signature and query) goes to `Progress.secret`
 * as soon as the lib knows it, before anything could print it.
 */





/**
 * The storage step's checks, which need no request to Streampixel: the path
 * (a folder or .zip that looks like a packaged build), s3-uri, s3-endpoint,
 * s3-region, presign-hours and the credentials. Problems come back as input
 * problems, to be reported with every other input's; warnings go to
 * `options.warning` at once. Loads the storage lib (the AWS SDK). Throws
 * Cancelled when `signal` fires first.
 */
async function validateBuild(inputs, options) {
    const storage = await Promise.all(/* import() */[__webpack_require__.e(495), __webpack_require__.e(941), __webpack_require__.e(770)]).then(__webpack_require__.bind(__webpack_require__, 4770));
    const nameOf = storageNames(options.terms);
    const validation = await (0,_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessCancelled */ .MS)(storage.validateStorage(inputs, {
        env: options.env,
        nameOf,
        onSecret: secretsTo(options.secret),
        timeoutMs: options.timeoutMs,
        maxAttempts: options.maxAttempts,
        debug: options.debug,
    }), options.signal, (late) => {
        if (late.ok)
            late.plan.client.destroy();
    });
    for (const warning of validation.warnings)
        options.warning('Build upload', warning);
    if (validation.ok)
        return { ok: true, plan: validation.plan };
    return { ok: false, problems: validation.problems.map(asInputProblem) };
}
/** A storage problem among the input problems; the credentials are no input, and are named as such. */
function asInputProblem(p) {
    const message = `${p.message} ${p.hint}`;
    if (p.input === 'credentials') {
        return { input: 'path', title: p.title, message, about: 'the AWS credentials' };
    }
    return { input: p.input, title: p.title, message };
}
/** The storage lib's names for its inputs, in the adapter's words. */
function storageNames(terms) {
    return (input) => (input === 'credentials' ? 'the AWS credentials' : terms.name(input));
}
/**
 * Each secret the lib reports, to `secret`. A whole URL goes in as its secret
 * parts: the Redactor also masks text *ending* in the start of a secret, and a
 * URL's start ("http…", the object's address) is no secret.
 */
function secretsTo(secret) {
    return (value) => {
        const parts = /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
            ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .secretValues */ .VX)({ 'file-url': value })
            : [value];
        for (const part of parts)
            secret(part);
    };
}
/**
 * Runs the storage step. Throws DeployFailure (every validation problem at
 * once, when no plan was handed in, or the lib's titled failure), or
 * Cancelled when `signal` fired (the lib's word on the multipart upload is
 * logged first).
 */
async function stageBuild(build, options) {
    const { progress, signal } = options;
    const storage = await Promise.all(/* import() */[__webpack_require__.e(495), __webpack_require__.e(941), __webpack_require__.e(770)]).then(__webpack_require__.bind(__webpack_require__, 4770));
    const nameOf = storageNames(options.terms);
    const plan = options.plan ?? (await planOf(build, options));
    try {
        progress.info(describePlan(plan, build.presignHours, nameOf));
        if (options.dryRun)
            return await dryRun(storage, plan, options, nameOf);
        const uploaded = await upload(storage, plan, options, nameOf);
        const signed = await (0,_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessCancelled */ .MS)(storage.presign(plan, { onSecret: secretsTo((value) => progress.secret?.(value)) }), signal);
        options.result.artifactUrl = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(signed.url);
        progress.info(`Presigned download URL for Streampixel: ${options.result.artifactUrl}, valid until ${signed.expiresAt.toISOString()}.`);
        return { kind: 'uploaded', fileUrl: signed.url, objectUri: uploaded.objectUri, plan };
    }
    catch (err) {
        if (!(err instanceof storage.StorageError))
            throw err;
        if (signal?.aborted) {
            // "The upload … was cancelled. The incomplete multipart upload was aborted." (or how to remove it)
            progress.info(err.message);
            throw (0,_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .cancelledBy */ .tK)(signal);
        }
        throw storageFailure(err);
    }
    finally {
        plan.client.destroy();
    }
}
/** The plan when none was handed in: validated here, every problem in one DeployFailure. */
async function planOf(build, options) {
    const { progress } = options;
    const checked = await validateBuild(build, {
        terms: options.terms,
        secret: (value) => progress.secret?.(value),
        warning: (title, message) => progress.warning(title, message),
        debug: (line) => progress.debug(line),
        signal: options.signal,
        env: options.env,
        timeoutMs: options.timeoutMs,
        maxAttempts: options.maxAttempts,
    });
    if (!checked.ok)
        throw problemsFailure(checked.problems);
    return checked.plan;
}
/** The build to the bucket, with a progress line at each 10 % and every 30 s; fills `result.storage`. */
async function upload(storage, plan, options, nameOf) {
    const { progress, result, signal } = options;
    const replacing = await storage.replacementNotice(plan, { signal, nameOf });
    if (replacing)
        progress.info(replacing);
    let lastPercent = -1;
    const uploaded = await storage.uploadBuild(plan, {
        signal,
        nameOf,
        onProgress: (p) => {
            // The lib reports at each 10 % and every 30 s, and 100 % once more at the end.
            if (p.percent === 100 && lastPercent === 100)
                return;
            lastPercent = p.percent ?? lastPercent;
            progress.info(progressLine(p));
        },
    });
    result.storage = {
        objectUri: uploaded.objectUri,
        bytes: uploaded.bytes,
        durationMs: uploaded.durationMs,
        bytesPerSecond: uploaded.bytesPerSecond,
    };
    result.artifactBytes = uploaded.bytes;
    progress.info(`Uploaded ${uploaded.objectUri}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(uploaded.bytes)} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatElapsed */ .C7)(uploaded.durationMs)} (${megabytesPerSecond(uploaded.bytesPerSecond)}, ${uploaded.parts} part(s)).`);
    return uploaded;
}
/**
 * A new presigned URL for the uploaded object, valid for presign-hours from
 * `at` (ms since the epoch): after a long wait for the project, so the URL
 * Streampixel gets is not the one the wait ate into. No request: signing is
 * local, with the credentials the upload used. Its secrets go to
 * `progress.secret` before it is returned.
 */
async function presignAgain(staged, options) {
    const storage = await Promise.all(/* import() */[__webpack_require__.e(495), __webpack_require__.e(941), __webpack_require__.e(770)]).then(__webpack_require__.bind(__webpack_require__, 4770));
    const { progress } = options;
    const signed = await (0,_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessCancelled */ .MS)(storage.presign(staged.plan, {
        onSecret: secretsTo((value) => progress.secret?.(value)),
        now: () => new Date(options.at),
    }), options.signal);
    options.result.artifactUrl = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(signed.url);
    progress.info(`Presigned the download URL again after the wait, so Streampixel gets its whole lifetime: valid until ${signed.expiresAt.toISOString()}.`);
    return signed.url;
}
async function dryRun(storage, plan, options, nameOf) {
    const { progress, result } = options;
    const dry = await storage.dryRun(plan, { signal: options.signal, nameOf });
    if (dry.bucketError)
        throw storageFailure(dry.bucketError);
    for (const warning of dry.warnings)
        progress.warning('Build upload', warning);
    result.artifactBytes = dry.bytes;
    const checked = [
        ...dry.checked,
        `the build: zipped to nowhere, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(dry.bytes)} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatElapsed */ .C7)(dry.durationMs)} (${megabytesPerSecond(dry.bytesPerSecond)}; ${dry.parts} part(s) to upload)`,
    ];
    progress.info(`Dry run: nothing was uploaded to ${plan.objectUri}. Checked: ${checked.join('; ')}. Not checked: ${dry.notChecked.join('; ')}.`);
    return { kind: 'dry-run', objectUri: plan.objectUri, checked, notChecked: dry.notChecked };
}
/** "Build: Game/ (a folder of 1,204 files, 3.1 GiB) → s3://b/k.zip (region eu-west-1 from AWS_REGION); …" */
function describePlan(plan, presignHours, nameOf) {
    const source = plan.source.kind === 'folder'
        ? `${plan.source.path} (a folder of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(plan.source.listing.files)} files, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(plan.totalBytesEstimate)})`
        : `${plan.source.path} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(plan.totalBytesEstimate)})`;
    const endpoint = plan.endpoint ? `, endpoint ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(plan.endpoint)}` : '';
    // The lib names the input `s3-region`: in the adapter's words, `--s3-region` on the command line.
    const from = plan.regionSource === 'default'
        ? 'the default'
        : `from ${plan.regionSource === 's3-region' ? nameOf('s3-region') : plan.regionSource}`;
    return `Build: ${source} → ${plan.objectUri} (region ${plan.region} ${from}${endpoint}); the presigned URL for Streampixel will be valid for ${presignHours} h.`;
}
/** "Uploaded 48.0 MiB of ~120.0 MiB (40 %) at 12.3 MB/s, about 6 s left" */
function progressLine(p) {
    const total = p.totalBytesEstimate !== undefined ? ` of ~${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(p.totalBytesEstimate)}` : '';
    const percent = p.percent !== undefined ? ` (${Math.floor(p.percent)} %)` : '';
    const left = p.etaSeconds !== undefined ? `, about ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatElapsed */ .C7)(p.etaSeconds * 1000)} left` : '';
    return `Uploaded ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(p.bytesUploaded)}${total}${percent} at ${megabytesPerSecond(p.bytesPerSecond)}${left}`;
}
function megabytesPerSecond(bytesPerSecond) {
    return `${(bytesPerSecond / 1e6).toFixed(1)} MB/s`;
}
/** Every validation problem, in one failure: nothing was uploaded or sent. */
function problemsFailure(problems) {
    // One problem: its title is the failure's, and is not said again.
    const lines = problems.length === 1
        ? problems.map((p) => p.message)
        : problems.map((p) => (0,_terms_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(p.title, p.message));
    const first = problems[0];
    return new _streampixel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployFailure */ .Qt(problems.length === 1 && first
        ? first.title
        : `${problems.length} problems with the build upload`, `${lines.join(' ')} Nothing was uploaded or sent to Streampixel.`, 'Fix them and re-run.', { input: first?.input });
}
function storageFailure(err) {
    const code = err.code && !err.message.includes(err.code) ? ` (${err.code})` : '';
    return new _streampixel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployFailure */ .Qt(err.title, `${err.message}${code}`, err.hint, {
        httpStatus: err.httpStatus,
        input: err.input,
    });
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ mayHaveActed),
/* harmony export */   Qt: () => (/* binding */ DeployFailure),
/* harmony export */   ao: () => (/* binding */ isWrite),
/* harmony export */   mn: () => (/* binding */ failureForStatus),
/* harmony export */   rU: () => (/* binding */ apiMessageOf)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);

const isWrite = (endpoint) => endpoint !== 'status';
/** An expected failure: reported as one titled annotation, never with a stack trace. */
class DeployFailure extends Error {
    title;
    hint;
    details;
    constructor(title, message, 
    /** What to do about it. */
    hint, details = {}) {
        super(message);
        this.title = title;
        this.hint = hint;
        this.details = details;
        this.name = 'DeployFailure';
    }
}
const ENDPOINT_TEXT = {
    upload: 'upload-file',
    distribute: 'distribute-file',
    status: 'the project status request',
};
/**
 * The one wording for a write that Streampixel may have acted on though no
 * acceptance came back: `why` says how it may have got there ("The request
 * was sent"). A sentence for the message, and the hint.
 */
function mayHaveActed(endpoint, why) {
    const what = endpoint === 'upload'
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
function apiMessageOf(body, redact) {
    const trimmed = body.trim();
    if (!trimmed)
        return '';
    try {
        const message = messageField(JSON.parse(trimmed));
        if (message !== undefined)
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanServerText */ .Ct)(message, 300, redact);
    }
    catch {
        // Not JSON: an HTML error page from a proxy, say. Show its text, not its markup.
    }
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanServerText */ .Ct)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlToText */ .G9)(trimmed.slice(0, MAX_SCAN_CHARS)), 200, redact);
}
/** `message`, as the API sends it; `Message` and `error` as gateways and proxies do. */
function messageField(parsed) {
    if (!parsed || typeof parsed !== 'object')
        return undefined;
    const record = parsed;
    for (const key of ['message', 'Message', 'error', 'error_description']) {
        const value = record[key];
        if (typeof value === 'string' && value.trim())
            return value;
        if (key === 'error' && value && typeof value === 'object') {
            const nested = value.message;
            if (typeof nested === 'string' && nested.trim())
                return nested;
        }
    }
    return undefined;
}
/** Maps an HTTP error status (and the API's message) from `endpoint` to a failure. */
function failureForStatus(endpoint, status, apiMessage, terms) {
    const failure = refusal(endpoint, status, apiMessage, terms);
    if (!isWrite(endpoint) || status < 500)
        return failure;
    // A 5xx reached a server: Streampixel may have acted on it before failing to answer.
    const acted = mayHaveActed(endpoint, 'The request was sent');
    return new DeployFailure(failure.title, `${failure.message} ${acted.sentence}`, acted.hint, failure.details);
}
/**
 * The refusals a person can act on, in the order they are looked up: by status, then what the
 * API said (Streampixel's errors are `{"message": "…"}`); the first that matches speaks.
 */
const REFUSALS = [
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
const otherStatus = ({ said, where, status, terms }) => ({
    title: `Streampixel: HTTP ${status}`,
    message: `Streampixel answered ${where} with HTTP ${status}${said}.`,
    hint: `Re-run the job; if it persists, check ${terms.name('api-url')} and the Streampixel status page.`,
});
/**
 * An error status from `endpoint` as a failure: the first of REFUSALS that matches, else
 * otherStatus. `details` carry the status and the API's message.
 */
function refusal(endpoint, status, apiMessage, terms) {
    const refused = {
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


/***/ })

};
