export const id = 791;
export const ids = [791,261];
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

/***/ 6791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// UNUSED EXPORTS: describeFacts

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/streampixel/errors.ts
var errors = __webpack_require__(8233);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/artifact/expiry.ts
/**
 * When a presigned URL stops working, read from the URL alone. Streampixel fetches file-url
 * minutes after the upload request, so a URL about to expire fails there, not here.
 */
/** Parameter names, lower-cased, to their first value. */
function lowerParams(url) {
    const params = new Map();
    for (const [key, value] of url.searchParams) {
        const lower = key.toLowerCase();
        if (!params.has(lower))
            params.set(lower, value);
    }
    return params;
}
/** `YYYYMMDDTHHMMSSZ` (SigV4's X-Amz-Date / X-Goog-Date) plus a number of seconds. */
function basicIsoPlus(date, seconds) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date ?? '');
    if (!m || !/^\d{1,10}$/.test(seconds ?? ''))
        return undefined;
    const start = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
    // Date rolls 2024-02-30 over to March; a malformed date should not pass.
    if (Number.isNaN(start.getTime()) || start.getUTCDate() !== Number(m[3]))
        return undefined;
    return new Date(start.getTime() + Number(seconds) * 1000);
}
/** Seconds since the Unix epoch. */
function epochSeconds(value) {
    if (!/^\d{1,12}$/.test(value ?? ''))
        return undefined;
    const date = new Date(Number(value) * 1000);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** ISO 8601 with a date, time and zone, as Azure's `se` (e.g. 2024-05-01T12:00:00Z); a bare date means midnight UTC. */
function iso8601(value) {
    if (!value)
        return undefined;
    const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.exec(value);
    if (!m)
        return undefined;
    const date = new Date(m[2] ? value : `${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** The schemes, in the order they are tried: the first that matches is the URL's. */
const SCHEMES = [
    // `X-Amz-Algorithm`/`X-Amz-Signature`, expiry = `X-Amz-Date` (YYYYMMDDTHHMMSSZ) +
    // `X-Amz-Expires` seconds; `X-Amz-Security-Token` → temporary credentials (AWS S3 docs,
    // "Authenticating Requests: Using Query Parameters").
    {
        scheme: 'aws-sigv4',
        matches: (p) => p.has('x-amz-signature') || p.has('x-amz-algorithm') || p.has('x-amz-credential'),
        read: (p) => ({
            expiresAt: basicIsoPlus(p.get('x-amz-date'), p.get('x-amz-expires')),
            temporaryCredentials: p.has('x-amz-security-token'),
        }),
    },
    // `X-Goog-Algorithm`/`X-Goog-Signature`, `X-Goog-Date` + `X-Goog-Expires` seconds.
    {
        scheme: 'gcs-v4',
        matches: (p) => p.has('x-goog-signature') || p.has('x-goog-algorithm') || p.has('x-goog-credential'),
        read: (p) => ({
            expiresAt: basicIsoPlus(p.get('x-goog-date'), p.get('x-goog-expires')),
            temporaryCredentials: false,
        }),
    },
    // `GoogleAccessId` + `Signature` + `Expires` (Unix seconds).
    {
        scheme: 'gcs-v2',
        matches: (p) => p.has('googleaccessid') && p.has('signature'),
        read: (p) => ({ expiresAt: epochSeconds(p.get('expires')), temporaryCredentials: false }),
    },
    // `AWSAccessKeyId` + `Signature` + `Expires` (Unix seconds).
    {
        scheme: 'aws-sigv2',
        matches: (p) => p.has('awsaccesskeyid') && p.has('signature'),
        read: (p) => ({
            expiresAt: epochSeconds(p.get('expires')),
            temporaryCredentials: p.has('x-amz-security-token'),
        }),
    },
    // `Signature` + `Key-Pair-Id`, `Expires` (Unix seconds; a custom policy has none).
    {
        scheme: 'cloudfront',
        matches: (p) => p.has('key-pair-id') && p.has('signature'),
        read: (p) => ({ expiresAt: epochSeconds(p.get('expires')), temporaryCredentials: false }),
    },
    // `sig` with `se` (ISO 8601 expiry; a stored access policy `si` may hold it instead).
    {
        scheme: 'azure-sas',
        matches: (p) => p.has('sig') && (p.has('se') || p.has('sv') || p.has('sp')),
        read: (p) => {
            // A user delegation SAS (skoid) also ends when its key does (ske).
            const se = iso8601(p.get('se'));
            const ske = p.has('skoid') ? iso8601(p.get('ske')) : undefined;
            return { expiresAt: se && ske && ske < se ? ske : se, temporaryCredentials: p.has('skoid') };
        },
    },
];
/**
 * The expiry a presigned URL carries, or undefined when `url` is not a presigned URL of a
 * known scheme (or not a URL). Parameter names are matched case-insensitively; malformed values
 * give an undefined `expiresAt`; never throws.
 *
 * The schemes, tried in this order: aws-sigv4, gcs-v4, gcs-v2, aws-sigv2, cloudfront,
 * azure-sas; SCHEMES says how each is recognised and read, and where it is documented.
 */
function presignedExpiry(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const p = lowerParams(parsed);
    const found = SCHEMES.find((s) => s.matches(p));
    if (!found)
        return undefined;
    const { expiresAt, temporaryCredentials } = found.read(p);
    return { scheme: found.scheme, expiresAt, temporaryCredentials };
}

// EXTERNAL MODULE: ./src/artifact/rules.ts
var rules = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/artifact/zip.ts
var zip = __webpack_require__(7701);
;// CONCATENATED MODULE: ./src/artifact/check.ts
/**
 * Checks file-url (or the URL presigned for path) before spending a rate-limited upload on it, and says in seconds what
 * Streampixel would say 15 minutes later: a presigned URL that has expired (read from the URL,
 * no request), a URL the storage server refuses (its error code and what to do), a web page, not
 * a zip, a zip cut short, encrypted, the project instead of a packaged build, no game .exe.
 *
 * Requests: a ranged GET of the first 4 bytes (a HEAD fails on URLs presigned for GET), which
 * gives the status, type, signature and total size (`Content-Range`, RFC 9110 §14.4); then the
 * end of the file through ranged GETs (`Range: bytes=START-END`, §14.1.2) that {@link readZipListing}
 * asks for: 128 KiB, then any rest of the central directory in one more request. Every request
 * goes through `sendWithRetries` (proxies, caps, redaction), none follows a redirect, and all of
 * them, retries included, share one time budget independent of timeout-seconds.
 */










/** 8 s a request, 20 s in all: a verdict within ~20 s even from a host that never answers. */
const DEFAULT_CHECK_BUDGET = { requestMs: 8_000, totalMs: 20_000 };
/** A refused artifact: `code` names the finding (see rules.ts and the codes below). */
class ArtifactFailure extends errors/* DeployFailure */.Qt {
    code;
    facts;
    /** Requests and body bytes the check had spent when it refused, as in {@link ArtifactInfo}. */
    requests = 0;
    bytesRead = 0;
    constructor(code, title, message, hint, httpStatus, 
    /** What the listing showed, when the refusal comes from it. */
    facts, input = 'file-url') {
        super(title, message, hint, { httpStatus, input });
        this.code = code;
        this.facts = facts;
        this.name = 'ArtifactFailure';
    }
}
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip is only an end-of-central-directory record. */
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Enough of an error body (S3/GCS/Azure XML) or of an HTML page; a Range-ignoring server's 200 is cut here. */
const FIRST_BODY_BYTES = 4 * 1024;
/** Presigned URLs that expire sooner than this get a warning: Streampixel downloads later. */
const EXPIRY_MARGIN_MS = 60 * 60 * 1000;
/** Total size from `Content-Range: bytes a-b/SIZE` (RFC 9110 §14.4), or a 200's `Content-Length`. */
function sizeOf(res) {
    const range = /\/(\d+)\s*$/.exec(String(res.headers['content-range'] ?? ''));
    if (range?.[1])
        return Number(range[1]);
    const length = res.headers['content-length'];
    if (res.status === 200 && length && /^\d+$/.test(length))
        return Number(length);
    return undefined;
}
function fail(check, code, title, message, hint, httpStatus) {
    return new ArtifactFailure(code, `${check.name} ${title}`, message, hint, httpStatus, undefined, check.source);
}
/**
 * The hint for a refusal of the URL this run presigned: the user has no presigning step to fix,
 * so it points at what they gave (the credentials, the endpoint and region).
 */
function stagedHint(check) {
    const [endpoint, region] = [check.terms.name('s3-endpoint'), check.terms.name('s3-region')];
    return `This run uploaded the object and presigned the URL itself: check that its credentials may read the object (s3:GetObject, and kms:Decrypt for an SSE-KMS bucket) and that ${endpoint} and ${region} are the bucket's.`;
}
/** The NetworkError of an attempt not sent because the check's time budget was spent. */
const BUDGET_SPENT = "the check's time budget ran out";
const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
/**
 * Checks `fileUrl` (see the module comment). Resolves when the upload may go ahead, with the
 * warnings to show; otherwise throws an {@link ArtifactFailure} whose title starts with the
 * caller's name for file-url. Anything the server says, and every entry name, is cleaned and
 * stripped of the URL's secrets before it is put in a message.
 */
async function checkArtifact(fileUrl, options) {
    const check = startCheck(fileUrl, options);
    try {
        return await runCheck(check, fileUrl);
    }
    catch (err) {
        if (err instanceof ArtifactFailure) {
            err.requests = check.requests;
            err.bytesRead = check.bytesRead;
        }
        throw err;
    }
}
async function runCheck(check, fileUrl) {
    const expiry = presignedExpiry(fileUrl);
    // A URL this run presigned was just made for presign-hours, and the storage step warned if the
    // credentials expire first: advice to presign it again would be about a step the user lacks.
    const warnings = check.source === 'path' ? [] : expiryWarnings(check, expiry);
    const first = await getFirstBytes(check);
    warnings.push(...judgeFirstBytes(check, first));
    const inspection = await inspect(check, first);
    warnings.push(...inspection.warnings);
    return {
        sizeBytes: sizeOf(first),
        inspected: inspection.facts !== undefined,
        verdict: { warnings, ...(inspection.facts ? { facts: inspection.facts } : {}) },
        ...(expiry ? { expiry } : {}),
        requests: check.requests,
        bytesRead: check.bytesRead,
    };
}
function startCheck(url, options) {
    // The storage server may echo the URL back, signature and all, in a header or its error body.
    const secrets = options.redactor ?? new src_secrets/* Redactor */.pO();
    for (const secret of (0,src_secrets/* secretValues */.VX)({ 'file-url': url }))
        secrets.add(secret);
    const now = options.now ?? Date.now;
    const budget = { ...DEFAULT_CHECK_BUDGET, ...options.budget };
    const started = now();
    const source = options.source ?? 'file-url';
    return {
        url,
        shown: (0,format/* displayUrl */.Qy)(url),
        source,
        name: options.terms.name(source),
        terms: options.terms,
        redact: secrets.redactor,
        options,
        now,
        started,
        deadline: started + budget.totalMs,
        budget,
        requests: 0,
        bytesRead: 0,
    };
}
/**
 * One GET with `range`, retried as a GET is, within the check's budget: each attempt gets
 * min(timeout-seconds, `budget.requestMs`, what is left), a wait between attempts is cut to
 * what is left, and once nothing is left no attempt is sent.
 */
async function get(check, range, maxBodyBytes, what) {
    const { options } = check;
    const left = () => Math.max(0, check.deadline - check.now());
    const send = options.send ?? http/* sendRequest */.w$;
    const transport = async (request) => {
        const timeoutMs = Math.min(request.timeoutMs, left());
        if (timeoutMs <= 0)
            throw new http/* NetworkError */.Dr('timeout', false, undefined, BUDGET_SPENT);
        check.requests++;
        const res = await send({ ...request, timeoutMs });
        check.bytesRead += res.body.length;
        return res;
    };
    const wait = options.sleep ?? retry/* sleep */.yy;
    const { last } = await (0,retry/* sendWithRetries */.HI)({
        method: 'GET',
        url: check.url,
        headers: { range, 'user-agent': version/* USER_AGENT */._O },
        timeoutMs: Math.min(options.timeoutMs, check.budget.requestMs),
        maxBodyBytes,
        signal: options.signal,
    }, {
        maxAttempts: options.maxAttempts,
        idempotent: true,
        label: `${check.name} check`,
        log: options.log,
        trace: { what: `GET ${check.shown} (${what})`, debug: options.debug },
        sleep: (ms) => wait(Math.min(ms, left())),
    }, transport);
    return last;
}
// ── before any request: the URL's own expiry ────────────────────────────────
const isoSeconds = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const minutes = (ms) => Math.max(1, Math.round(ms / 60_000));
/**
 * Throws when a presigned URL has already expired (it costs no request); warns when it expires
 * within the hour, or with the session of temporary credentials.
 */
function expiryWarnings(check, expiry) {
    const warnings = [];
    if (!expiry)
        return warnings;
    const now = check.now();
    const at = expiry.expiresAt;
    if (at && at.getTime() <= now) {
        throw fail(check, 'url-expired', 'has expired', `The presigned URL ${check.shown} expired at ${isoSeconds(at)} (${minutes(now - at.getTime())} min ago); nothing was downloaded.`, 'Presign it again in the same job, just before this step, with an expiry of 6 hours (`--expires-in 21600`): Streampixel downloads the file minutes after the upload request.');
    }
    if (at && at.getTime() - now < EXPIRY_MARGIN_MS) {
        warnings.push({
            code: 'url-expires-soon',
            title: `${check.name} expires soon`,
            message: `The presigned URL expires at ${isoSeconds(at)}, in ${minutes(at.getTime() - now)} min. Streampixel downloads the file minutes after the upload request, later when other builds are queued; if the URL has expired by then, the build is rejected.`,
            hint: 'Presign it with an expiry of 6 hours (`aws s3 presign --expires-in 21600`).',
        });
    }
    if (expiry.temporaryCredentials) {
        warnings.push({
            code: 'url-temporary-credentials',
            title: `${check.name} expires with the session`,
            message: `The presigned URL was signed with temporary credentials (a session token or a user delegation key): it stops working when that session ends, which may be before its own expiry${at ? ` (${isoSeconds(at)})` : ''}.`,
            hint: `Make the session outlast the download: ${SESSION_ADVICE}, or presign with credentials that live longer.`,
        });
    }
    return warnings;
}
// ── the first request: status, type, signature, size ────────────────────────
/** The first 4 bytes (and up to 4 KiB of any error body or ignored-Range answer); throws unless 2xx. */
async function getFirstBytes(check) {
    const res = await get(check, 'bytes=0-3', FIRST_BODY_BYTES, 'first 4 bytes');
    if (res instanceof http/* NetworkError */.Dr && res.failure === 'proxy') {
        // Not the URL's fault: the proxy did not let the request out.
        throw fail(check, 'proxy', 'unreachable through the proxy', `Could not download ${check.shown}: ${res.message}.`, http/* PROXY_HINT */.Lx);
    }
    if (res instanceof http/* NetworkError */.Dr) {
        const waited = seconds(check.now() - check.started);
        throw fail(check, 'unreachable', 'unreachable', `Could not download ${check.shown}: ${res.message === BUDGET_SPENT ? 'no complete answer within the time limit' : res.message} (gave up after ${waited}; the check allows ${seconds(check.budget.requestMs)} a request and ${seconds(check.budget.totalMs)} in all).`, 'Check that the URL is public or presigned, that the earlier step uploaded the file, and that the storage host is reachable from the runner.');
    }
    if (res.status < 200 || res.status >= 300)
        throw refusal(check, res);
    return res;
}
/**
 * A non-2xx answer to the first request, as a failure naming the storage server's error code,
 * looked for in this order: a redirect, no file (404/410 without an auth code), an empty file
 * (416), the storage server's own error code, a bare 401/403, any other status.
 */
function refusal(check, res) {
    const { status } = res;
    const error = storageErrorOf(res.body.toString('utf8'), check.redact);
    return (redirected(check, res) ??
        notFound(check, status, error) ??
        emptyFile(check, status) ??
        (error ? storageRefusal(check, status, error) : unexplained(check, status)));
}
/** A 3xx with a Location: Streampixel needs the file itself at the URL. */
function redirected(check, res) {
    const { status } = res;
    if (status < 300 || status >= 400 || !res.headers.location)
        return undefined;
    const target = (0,src_text/* describeLocation */.lR)(res.headers.location, check.url, check.redact);
    return fail(check, 'redirects', 'redirects', `${check.shown} answers HTTP ${status}, redirecting to ${target}.`, 'Streampixel needs a direct download link: pass the final URL of the file (a presigned S3/GCS/R2 URL), not a share or redirect link.', status);
}
/** 404 or 410, unless the storage server's code says the signature or access is the trouble. */
function notFound(check, status, error) {
    if ((status !== 404 && status !== 410) || isAuthCode(error?.code))
        return undefined;
    return fail(check, 'not-found', 'not found', `${check.shown} answers HTTP ${status}${error ? ` (${error.code})` : ''}: no file there.`, check.source === 'path'
        ? `This run uploaded the object moments before: check that ${check.terms.name('s3-endpoint')} serves the bucket it was uploaded to, and that no lifecycle rule removes new objects.`
        : 'Check the earlier step that uploaded the .zip, and the bucket and key in the URL.', status);
}
/** 416 to the range of the first 4 bytes: the file has none. */
function emptyFile(check, status) {
    if (status !== 416)
        return undefined;
    return fail(check, 'empty', 'is empty', `${check.shown} has no bytes to read (HTTP 416).`, 'The upload of the .zip failed or produced an empty file; check the packaging step.', status);
}
/** A refusal without the storage server's error code: a bare 401/403, or any other status. */
function unexplained(check, status) {
    if (status === 401 || status === 403) {
        return fail(check, 'refused', 'refused', `${check.shown} answers HTTP ${status} without saying why: the file is private, or the presigned URL is no longer valid.`, check.source === 'path'
            ? stagedHint(check)
            : 'Make the URL public, or presign it in the same job with an expiry long enough for Streampixel to download it (an hour or more).', status);
    }
    return fail(check, 'http-error', 'check failed', `${check.shown} answers HTTP ${status}.`, 'Streampixel must be able to download the file with a plain GET; check the URL and the storage service.', status);
}
/**
 * Reads an S3-style XML error body (S3 "Error responses", GCS XML API errors, Azure Blob "Status
 * and error codes"); undefined when there is no `<Code>`. Text is cleaned and `redact`ed.
 */
function storageErrorOf(body, redact) {
    const tag = (name) => {
        const m = new RegExp(`<${name}>([^<]{0,2000})</${name}>`).exec(body);
        return m?.[1] === undefined ? undefined : (0,src_text/* htmlToText */.G9)(m[1]);
    };
    const code = tag('Code')?.trim();
    if (!code || !/^[A-Za-z][\w.-]{0,63}$/.test(code))
        return undefined;
    const message = tag('Message');
    const detail = tag('AuthenticationErrorDetail') ?? tag('Details');
    return {
        code,
        message: message ? (0,src_text/* cleanServerText */.Ct)(message, 300, redact) : '',
        ...(detail ? { detail: (0,src_text/* cleanServerText */.Ct)(detail, 300, redact) } : {}),
    };
}
const AUTH_CODES = new Set([
    'AccessDenied',
    'AllAccessDisabled',
    'AuthenticationFailed',
    'AuthorizationFailure',
    'AuthorizationPermissionMismatch',
    'AuthorizationQueryParametersError',
    'ExpiredToken',
    'InvalidAccessKeyId',
    'InvalidToken',
    'NoAuthenticationInformation',
    'PublicAccessNotPermitted',
    'RequestTimeTooSkewed',
    'SignatureDoesNotMatch',
    'TokenRefreshRequired',
]);
const isAuthCode = (code) => !!code && AUTH_CODES.has(code);
/**
 * How long a role session must last for a URL it presigns: the URL's lifetime, plus the time
 * from configuring the credentials to presigning (the session runs from then).
 */
const SESSION_ADVICE = "set role-duration-seconds of aws-actions/configure-aws-credentials to at least the URL's lifetime plus the time from that step to presigning (25200 for the 6 hours recommended, --expires-in 21600, and up to an hour before it), within the role's maximum session duration";
const RESIGN = 'Presign the URL again in the same job, just before this step, and pass it unmodified';
/**
 * What to do about each storage error code, one entry per code group in the order they are
 * looked up: S3 (docs "Error responses", list of error codes), GCS (XML API, same codes), Azure
 * Blob ("Common REST API error codes").
 */
const REMEDIES = [
    {
        codes: ['SignatureDoesNotMatch'],
        remedy: () => ({
            why: 'the signature does not match the request: the URL was altered after signing (re-encoded, cut, or quoted in a shell), or it was signed for another method (PUT) or host',
            hint: `${RESIGN} (for GET, on the host it is served from).`,
        }),
    },
    {
        codes: ['InvalidAccessKeyId'],
        remedy: () => ({
            why: 'the access key that signed the URL does not exist at this endpoint: signed with credentials of another account or service (AWS keys for R2, MinIO or Ceph, or the reverse), or the key was deleted',
            hint: 'Presign with the credentials of the storage service that holds the bucket, and the endpoint it is reached at.',
        }),
    },
    {
        codes: ['ExpiredToken', 'TokenRefreshRequired', 'InvalidToken'],
        remedy: () => ({
            why: 'the session whose temporary credentials signed the URL has expired (or its token is invalid): the URL died with it, whatever its own expiry',
            hint: `Presign in the same job, and make the session outlast the download: ${SESSION_ADVICE}.`,
        }),
    },
    {
        codes: ['RequestTimeTooSkewed'],
        remedy: () => ({
            why: "the clock of the machine that signed the URL is off by more than 15 minutes from the storage server's",
            hint: 'Sync the clock of the runner that presigns (NTP), then presign again.',
        }),
    },
    {
        codes: ['AuthorizationQueryParametersError'],
        remedy: () => ({
            why: "the presigned URL's query parameters are malformed: an expiry over 7 days (604800 s), a wrong region in X-Amz-Credential, or a parameter lost",
            hint: `${RESIGN}, with the bucket's region and an expiry of at most 7 days.`,
        }),
    },
    {
        codes: ['AuthenticationFailed'],
        remedy: () => ({
            why: 'the SAS token was altered, signed with a rotated or wrong account key, or is outside its start and expiry times',
            hint: 'Generate the SAS again (read permission, sp=r) in the same job and pass the URL unmodified.',
        }),
    },
    {
        codes: ['AuthorizationPermissionMismatch', 'AuthorizationFailure'],
        remedy: () => ({
            why: 'the SAS or its signer lacks read permission on the blob',
            hint: 'Generate the SAS with read permission (sp=r), by an identity allowed to read the blob.',
        }),
    },
    {
        codes: ['NoAuthenticationInformation', 'PublicAccessNotPermitted', 'AllAccessDisabled'],
        remedy: () => ({
            why: 'the object is private and the URL carries no signature',
            hint: 'Pass a presigned URL (or a SAS URL) rather than the plain object URL.',
        }),
    },
    {
        codes: ['AccessDenied'],
        remedy: (error) => /expired/i.test(error.message)
            ? {
                why: 'the presigned URL has expired',
                hint: `${RESIGN}, with an expiry of 6 hours: Streampixel downloads it minutes after the upload request.`,
            }
            : {
                why: 'the signer lacks s3:GetObject on the object (or kms:Decrypt for an SSE-KMS object), or the object is private and the URL is not presigned',
                hint: 'Presign with credentials allowed s3:GetObject on the object, or pass a presigned URL instead of the plain object URL.',
            },
    },
];
/** A code without an entry in REMEDIES. */
const OTHER_REFUSAL = {
    why: 'the storage server refused the download',
    hint: 'Streampixel must be able to download the file with a plain GET: look the code up in the storage service docs, and check the URL.',
};
/** What to do about `error`: its code's entry in REMEDIES, else OTHER_REFUSAL. */
function remedy(error) {
    const entry = REMEDIES.find((r) => r.codes.includes(error.code));
    return entry ? entry.remedy(error) : { ...OTHER_REFUSAL };
}
function storageRefusal(check, status, error) {
    const { why, hint: remedyHint } = remedy(error);
    const hint = check.source === 'path' ? stagedHint(check) : remedyHint;
    const said = [error.message, error.detail].filter(Boolean).join(' ');
    return fail(check, `storage-${error.code}`, `refused (${error.code})`, `${check.shown} answers HTTP ${status} ${error.code}${said ? `: "${said}"` : ''}. That is, ${why}.`, hint, status);
}
/**
 * Judges the first bytes: bytes first, then the type. A zip served as text/html is still a zip
 * (a warning: an object uploaded without a type); a body that is not a zip and says HTML is a
 * web page; an end record alone is an empty zip; anything else is not a zip.
 */
function judgeFirstBytes(check, res) {
    const { shown, name, redact } = check;
    const type = String(res.headers['content-type'] ?? '').toLowerCase();
    const head = res.body.subarray(0, 4);
    const pageLike = /text\/html|application\/xhtml/.test(type);
    if (head.equals(ZIP_SIGNATURE)) {
        if (!pageLike && !type.startsWith('text/'))
            return [];
        return [
            {
                code: 'content-type',
                title: `${name} is served as ${(0,src_text/* cleanServerText */.Ct)(type.split(';')[0] ?? type, 60, redact)}`,
                message: `${shown} is a zip but is served with Content-Type "${(0,src_text/* cleanServerText */.Ct)(type, 80, redact)}" (the object was stored without a type, or with a wrong one). Streampixel reads the bytes, but browsers and some download tools take it for a page.`,
                hint: 'Upload it with its type: `aws s3 cp --content-type application/zip`, `gcloud storage cp --content-type=application/zip`, or `az storage blob upload --content-type application/zip`.',
            },
        ];
    }
    if (pageLike || looksLikeHtml(res.body)) {
        throw fail(check, 'web-page', 'is a web page', `${shown} returns an HTML page (${(0,src_text/* cleanServerText */.Ct)(type || 'no Content-Type', 80, redact)}), not the .zip: a login, consent or download page.`, 'Streampixel needs a direct download link that returns the file itself.', res.status);
    }
    if (head.equals(EMPTY_ZIP_SIGNATURE)) {
        throw fail(check, 'empty-zip', 'is an empty zip', `${shown} is a zip archive with no files in it.`, 'Check the packaging step: the build output folder was empty.', res.status);
    }
    throw fail(check, 'not-a-zip', 'is not a zip', `${shown} does not start with the zip signature (PK\\x03\\x04)${head.length < 4 ? `; it returned ${head.length} byte(s)` : ''}.`, 'Streampixel takes a .zip of the packaged Windows build. Check the packaging step and that the URL points at the archive.', res.status);
}
/**
 * The body starts as an HTML document does. A ranged answer holds 4 bytes, so a body shorter
 * than the marker counts when it is the marker's start ("<!DO", "<htm").
 */
function looksLikeHtml(body) {
    const text = body.toString('latin1').trimStart().slice(0, 20).toLowerCase();
    return ['<!doctype html', '<html'].some((marker) => text.length >= marker.length
        ? text.startsWith(marker)
        : text.length >= 4 && marker.startsWith(text));
}
// ── the listing: the end of the file, through Range requests ────────────────
/** The listing could not be read; the upload goes ahead with a warning saying `why`. */
class NotInspected extends Error {
    why;
    constructor(why) {
        super(why);
        this.why = why;
    }
}
/** `Content-Range: bytes FIRST-LAST/SIZE` (RFC 9110 §14.4), or undefined. */
function contentRange(res) {
    const m = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(String(res.headers['content-range'] ?? ''));
    if (!m)
        return undefined;
    return {
        first: Number(m[1]),
        last: Number(m[2]),
        ...(m[3] === '*' ? {} : { size: Number(m[3]) }),
    };
}
/**
 * A {@link RangeReader} over the check's GETs: each read is one `Range: bytes=START-END` request
 * that must come back 206 with that range of a file of `size` bytes (and the first answer's ETag),
 * else the read throws {@link NotInspected}.
 */
function httpRangeReader(check, size, etag) {
    return {
        size,
        async read(start, endInclusive) {
            const end = Math.min(endInclusive, size - 1);
            const length = end - start + 1;
            const res = await get(check, `bytes=${start}-${end}`, length, `bytes ${start}-${end}`);
            if (res instanceof http/* NetworkError */.Dr) {
                throw new NotInspected(res.message === BUDGET_SPENT
                    ? `the check's ${seconds(check.budget.totalMs)} ran out while reading the end of the file`
                    : `reading the end of the file failed: ${res.message}`);
            }
            if (res.status === 200)
                throw new NotInspected('the server ignores Range requests');
            if (res.status !== 206) {
                throw new NotInspected(`reading the end of the file got HTTP ${res.status}`);
            }
            const range = contentRange(res);
            const sameFile = !etag || !res.headers.etag || res.headers.etag === etag;
            if (range?.size !== size || !sameFile) {
                throw new NotInspected('the file changed while it was read (another size or ETag)');
            }
            if (range.first !== start || range.last !== end || res.body.length !== length) {
                throw new NotInspected(`the server answered bytes ${range.first}-${range.last} (${res.body.length} read) to a request for ${start}-${end}`);
            }
            return res.body;
        },
    };
}
/**
 * Lists and judges the zip when the server honours Range (or sent a whole file within 4 KiB).
 * Throws the first error finding as an {@link ArtifactFailure}; returns the warnings and facts,
 * or a "not inspected" warning when the listing could not be read.
 */
async function inspect(check, first) {
    const whole = first.status === 200 && !first.truncated;
    let size;
    let reader;
    try {
        if (whole) {
            size = first.body.length;
        }
        else if (first.status !== 206) {
            throw new NotInspected('the server ignores Range requests');
        }
        else {
            size = contentRange(first)?.size;
            if (size === undefined)
                throw new NotInspected('the server did not give the file size');
        }
        reader = whole
            ? { size, read: async (s, e) => first.body.subarray(s, e + 1) }
            : httpRangeReader(check, size, first.headers.etag);
        const listing = await (0,zip/* readZipListing */.Yl)(reader, whole ? { firstTail: first.body } : {});
        const verdict = (0,rules/* judgeListing */.ei)(listing, size);
        const facts = cleanFacts(check, verdict.facts);
        const [error, ...more] = verdict.errors.map((f) => inTerms(check, f));
        if (error)
            throw listingFailure(check, error, more, facts);
        // With path the same rules judged the build before it was uploaded, and warned then.
        if (check.source === 'path')
            return { warnings: [], facts };
        return { warnings: verdict.warnings.map((f) => inTerms(check, f)), facts };
    }
    catch (err) {
        if (err instanceof NotInspected)
            return { warnings: [notInspected(check, err.why)] };
        if (!(err instanceof zip/* ZipFormatError */.PA))
            throw err;
        if (err.kind === 'too-large')
            return { warnings: [inTerms(check, (0,rules/* findingForFormatError */.iY)(err))] };
        throw listingFailure(check, inTerms(check, formatFinding(err, first.body)), [], undefined);
    }
}
/** A zip that could not be listed; one that starts with a local file header but has no end record was cut short. */
function formatFinding(err, head) {
    const finding = (0,rules/* findingForFormatError */.iY)(err);
    if (err.kind !== 'no-end-record' || !head.subarray(0, 4).equals(ZIP_SIGNATURE))
        return finding;
    return {
        ...finding,
        code: 'zip-truncated',
        message: `The file starts as a zip (a local file header) but its end has no end of central directory record: it was cut short, in the upload or while zipping. Streampixel would reject it as a corrupt archive.`,
    };
}
function listingFailure(check, error, more, facts) {
    const also = more.length ? ` Also: ${more.map((f) => `${f.title}: ${f.message}`).join(' ')}` : '';
    const hints = [...new Set([error.hint, ...more.map((f) => f.hint)])].join(' ');
    return new ArtifactFailure(error.code, error.title, `${error.message}${also}`, hints, undefined, facts, check.source);
}
/**
 * A finding from rules.ts in the caller's words (its titles and hints say `file-url`), its
 * message cleaned: it carries entry names, which are the archive's text, not ours.
 */
function inTerms(check, finding) {
    return {
        code: finding.code,
        title: finding.title.replace(/^file-url\b/, check.name),
        message: (0,src_text/* cleanServerText */.Ct)(finding.message, 2000, check.redact),
        // Not the file-url inside check-file-url.
        hint: finding.hint.replace(/(?<![\w-])file-url(?![\w-])/g, check.name),
    };
}
function cleanFacts(check, facts) {
    const clean = (text) => (0,src_text/* cleanServerText */.Ct)(text, 200, check.redact);
    return {
        ...facts,
        executables: facts.executables.map(clean),
        ...(facts.projectName === undefined ? {} : { projectName: clean(facts.projectName) }),
        root: clean(facts.root),
    };
}
function notInspected(check, why) {
    const rangeless = why.includes('ignores Range');
    return {
        code: 'not-inspected',
        title: `${check.name} was not inspected`,
        message: `Could not list the zip's contents: ${why}. Only its first bytes were checked (the zip signature), so a missing .exe, encryption or a file cut short would only show in Streampixel's own check, about 15 minutes from now.`,
        hint: rangeless
            ? `Serve the file from storage that supports HTTP Range requests (S3, GCS, Azure Blob, R2 and nginx all do), or set ${check.terms.setting('check-file-url', 'false')} to skip the check.`
            : 'Re-run to check again; the upload goes ahead.',
    };
}

// EXTERNAL MODULE: ./src/build-upload.ts
var build_upload = __webpack_require__(1261);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
;// CONCATENATED MODULE: ./src/streampixel/lifecycle.ts
/**
 * What an upload's raw status means. Source: Streampixel's build-lifecycle
 * page (two versions): pending → Downloading Files → Extracting & Scanning →
 * Saving to Repository → Distribute → Approved, or Reject along the way. The
 * dashboard shows held builds (autoRelease: false) as "Archived"; the older
 * quick start keeps them at "Saving to Repository" until distributed.
 */
const APPROVED = /^approved$/i;
const REJECTED = /^reject(ed)?$/i;
// Not in the documented lifecycle, but a status that says the build ended badly must not be waited on for an hour.
const FAILED = /^(fail(ed|ure)?|error(ed)?|cancell?ed|abort(ed)?)$/i;
/** Every state after Streampixel's validation (Extracting & Scanning). */
const PAST_SCANNING = /^(saving to repository|archived|distribut(e|ed|ing)|approved)$/i;
const isApproved = (status) => APPROVED.test(status.trim());
const isRejected = (status) => REJECTED.test(status.trim());
const isFailed = (status) => FAILED.test(status.trim());
/** The build's processing ended, one way or another. */
const isTerminal = (status) => isApproved(status) || isRejected(status) || isFailed(status);
/**
 * A held build (autoRelease: false) has been validated once it is past
 * Extracting & Scanning: the docs disagree on where it then parks.
 */
const isPastScanning = (status) => PAST_SCANNING.test(status.trim());
/**
 * Another upload still being processed, which Streampixel would process
 * before (or instead of) a new one: not terminal, not parked as Archived, and
 * dated within `staleAfterMs` (the docs call anything past two hours unusual),
 * or 30 min at "Saving to Repository", where a held build can stay for good.
 */
function isProcessing(file, now, staleAfterMs = 2 * 3_600_000) {
    if (isTerminal(file.status) || /^archived$/i.test(file.status.trim()))
        return false;
    // Downloading, scanning and saving take up to ~20 min: a build still saving 30 min after its upload is a held one, parked for good.
    const stale = /^saving to repository$/i.test(file.status.trim()) ? 30 * 60_000 : staleAfterMs;
    const at = file.date ? Date.parse(file.date) : NaN;
    // Undated: only the early stages block; an undated "Saving to Repository" may be parked for good.
    if (Number.isNaN(at))
        return stale === staleAfterMs;
    return now - at < stale;
}

;// CONCATENATED MODULE: ./src/follow.ts



/** What a status read can end in besides a list: a failure that will not heal between reads. */
function isPermanent(err) {
    const status = err.details.httpStatus;
    // A redirect, a web page or a refusal means credentials, access or api-url are wrong.
    return ((status !== undefined && status >= 300 && status < 500 && status !== 429) ||
        err.details.input === 'api-url');
}
/** The project's uploads, read at most once per polling floor (Streampixel asks for ≥ 5 s). */
class ProjectWatch {
    deps;
    lastReadAt = -Infinity;
    constructor(deps) {
        this.deps = deps;
    }
    /** One read; throws DeployFailure (any kind) as the client does. */
    async read() {
        const { config, client, now, sleep } = this.deps;
        const gap = this.lastReadAt + config.pollFloorMs - now();
        if (gap > 0)
            await sleep(gap);
        this.lastReadAt = now();
        return client.projectFiles(config.projectId);
    }
    /**
     * One read that shrugs off what may heal (5xx, 429, network): undefined
     * then, and the caller tries again at its next interval. A failure that
     * will not heal (401, 403, 404, a wrong api-url) is thrown.
     */
    async poll() {
        try {
            return await this.read();
        }
        catch (err) {
            if (!(err instanceof errors/* DeployFailure */.Qt) || isPermanent(err))
                throw err;
            this.deps.info(`Status check failed: ${err.message.replace(/\.$/, '')}; trying again at the next interval.`);
            return undefined;
        }
    }
    /** Up to max-attempts reads, spaced by the floor, for a read the flow cannot go on without. */
    async readSoon() {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.read();
            }
            catch (err) {
                if (!(err instanceof errors/* DeployFailure */.Qt) || isPermanent(err))
                    throw err;
                if (attempt >= this.deps.config.maxAttempts)
                    throw err;
                this.deps.info(`Status check failed: ${err.message.replace(/\.$/, '')}; trying again.`);
            }
        }
    }
}
/**
 * Streampixel processes one build at a time per project: while another upload
 * is being processed, waits for it (at the poll interval, within
 * wait-timeout-minutes) and returns the project as last read. Throws
 * DeployFailure when the wait runs out; nothing has been sent then.
 */
async function waitForIdleProject(watch, files, deps, terms) {
    const { config, now, sleep, info } = deps;
    const started = now();
    let current = files;
    let reported = '';
    for (;;) {
        const busy = current.find((f) => isProcessing(f, now()));
        if (!busy) {
            if (reported)
                info(`[${(0,format/* formatElapsed */.C7)(now() - started)}] the project is free.`);
            return current;
        }
        const what = `upload ${busy.id} (${busy.status ? `"${busy.status}"` : 'no status'})`;
        if (what !== reported) {
            info(`Another build is being processed: ${what}. Streampixel processes one build at a time per project; waiting for it before sending (every ${config.pollIntervalMs / 1000} s, up to ${config.waitTimeoutMs / 60_000} min).`);
            reported = what;
        }
        const remaining = started + config.waitTimeoutMs - now();
        if (remaining <= 0) {
            throw new errors/* DeployFailure */.Qt('Another build is still being processed', `After ${(0,format/* formatElapsed */.C7)(now() - started)}, ${what} was still being processed in project ${config.projectId}. Nothing was sent to Streampixel.`, `Re-run once it has finished (watch it at ${(0,format/* dashboardUrl */.aU)(config.projectId)}), or raise ${terms.name('wait-timeout-minutes')}.`);
        }
        await sleep(Math.max(Math.min(config.pollIntervalMs, remaining), config.pollFloorMs));
        current = (await watch.poll()) ?? current;
    }
}
/**
 * Polls until the upload is approved (or, with autoRelease false, validated
 * and held), rejected or failed, or the wait runs out. Rejection, failure and
 * timeout throw DeployFailure; `state` keeps the timeline either way.
 */
async function followUpload(watch, state, deps, terms) {
    const { config, now, sleep, info } = deps;
    const started = now();
    const deadline = started + config.waitTimeoutMs;
    const following = {
        state,
        deps,
        started,
        holds: state.mode === 'upload' && !config.autoRelease,
        reportedMissing: false,
        observations: 0,
    };
    info(`Following upload ${state.uploadId} (every ${config.pollIntervalMs / 1000} s, up to ${config.waitTimeoutMs / 60_000} min)…`);
    for (;;) {
        const ended = observe(following, await readUploads(watch, state.uploadId, config));
        if (ended)
            return ended;
        const remaining = deadline - now();
        if (remaining <= 0)
            throw timedOut(state, now() - started, deps, terms);
        await sleep(Math.max(Math.min(config.pollIntervalMs, remaining), config.pollFloorMs));
    }
}
/**
 * One ProjectWatch.poll (undefined when the read failed in a way that may heal). A failure
 * that ends the wait is rethrown saying the upload was accepted and may still go live.
 */
function readUploads(watch, uploadId, config) {
    return watch.poll().catch((err) => {
        if (!(err instanceof errors/* DeployFailure */.Qt))
            throw err;
        // The wait ends, not the build: say so, or a re-run may queue it twice.
        throw new errors/* DeployFailure */.Qt(err.title, `${err.message} Upload ${uploadId} was accepted and may still go live: watch it at ${(0,format/* dashboardUrl */.aU)(config.projectId)}.`, err.hint, err.details);
    });
}
/**
 * What one read (`files`, undefined when it failed) says about the upload: logged and in the
 * timeline when its status changed; the end of the wait when the status means one (outcome).
 */
function observe(following, files) {
    const { state, deps } = following;
    const file = files?.find((f) => f.id === state.uploadId);
    const elapsed = deps.now() - following.started;
    if (files && !file && !following.reportedMissing) {
        deps.info(`[${(0,format/* formatElapsed */.C7)(elapsed)}] upload ${state.uploadId} is not listed in the project yet.`);
        following.reportedMissing = true;
    }
    if (!file)
        return undefined;
    following.observations++;
    recordStatus(file, elapsed, state, deps);
    // Right after distribute-file the upload may still show the state it had before (Approved):
    // not this distribution's outcome, so it counts from the next read on.
    if (state.mode === 'distribute' && following.observations === 1 && isTerminal(file.status)) {
        deps.info(`"${file.status}" is also the state this upload had before the distribution: checking again in ${deps.config.pollIntervalMs / 1000} s for the distribution's own outcome.`);
        return undefined;
    }
    return outcome(file, state, following.holds, deps);
}
/** A status the upload did not have at the last read: into the timeline and the log. */
function recordStatus(file, elapsedMs, state, { now, info }) {
    if (file.status === state.lastStatus)
        return;
    state.lastStatus = file.status;
    state.timeline.push({ status: file.status, at: new Date(now()), elapsedMs });
    info(`[${(0,format/* formatElapsed */.C7)(elapsedMs)}] ${file.status || '(no status)'}`);
}
/** The end of the wait this status means, if any: approved, held, or a thrown failure. */
function outcome(file, state, holds, { config, info }) {
    const { uploadId } = state;
    if (isRejected(file.status)) {
        state.objection = file.objection;
        throw new errors/* DeployFailure */.Qt('Streampixel rejected the build', `Streampixel rejected upload ${uploadId}: "${file.objection || 'no reason given'}".`, 'Fix what the objection names in the packaged build, then deploy again.');
    }
    if (isFailed(file.status)) {
        state.objection = file.objection;
        throw new errors/* DeployFailure */.Qt('Streampixel could not process the build', `Streampixel reports upload ${uploadId} as "${file.status}"${file.objection ? `: "${file.objection}"` : ''}.`, `See the project in the dashboard (${(0,format/* dashboardUrl */.aU)(config.projectId)}), then deploy again.`);
    }
    if (holds && isPastScanning(file.status)) {
        info(`Build ${uploadId} passed Streampixel's checks and is held (autoRelease: false): distribute it to go live.`);
        return 'held';
    }
    if (isApproved(file.status)) {
        info(`Build ${uploadId} is approved and live.`);
        return 'approved';
    }
    return undefined;
}
/** The failure when the wait ran out after `elapsedMs`: the last status seen, and what to do. */
function timedOut(state, elapsedMs, { config }, terms) {
    const waited = String(config.waitTimeoutMs / 60_000);
    return new errors/* DeployFailure */.Qt('Timed out waiting for the build', `Upload ${state.uploadId} was still ${state.lastStatus ? `"${state.lastStatus}"` : 'not listed'} after ${(0,format/* formatElapsed */.C7)(elapsedMs)} (${terms.setting('wait-timeout-minutes', waited)}).`, `The build may still go live: watch it at ${(0,format/* dashboardUrl */.aU)(config.projectId)}. Raise ${terms.name('wait-timeout-minutes')} if builds usually take longer.`);
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/streampixel/client.ts
/**
 * The Streampixel REST API: upload-file, distribute-file and the project
 * status. Plain TypeScript, no @actions/*: the action and the CLI share it.
 *
 * Credentials travel in the JSON body of POSTs and in the query of the GET,
 * never in an Authorization header; redirects are never followed, since the
 * body carries the key.
 */








/** Small JSON answers; the project (with every upload ever made) can be larger. */
const MAX_BODY_BYTES = 16 * 1024;
const MAX_PROJECT_BYTES = 2 * 1024 * 1024;
class StreampixelClient {
    options;
    secrets;
    /**
     * A secret this client may see echoed (the file URL's signature, a presigned URL made later):
     * taken out of server text before it is cut, or a cut could leave part of it.
     */
    addSecret(secret) {
        this.secrets.add(secret);
    }
    constructor(options) {
        this.options = options;
        // A server may echo the request back: its text is redacted before it is cut or escaped.
        this.secrets = options.redactor ?? new src_secrets/* Redactor */.pO();
        this.secrets.add(options.apiKey);
        this.secrets.add(options.userId);
    }
    /**
     * Secrets out in any encoding, then any other long opaque token (an encoding nobody listed),
     * except the IDs this client knows.
     */
    clean = (text, maxLength) => (0,src_text/* cleanServerText */.Ct)(text, maxLength, this.scrub);
    /** Secrets, then opaque tokens out (IDs kept). */
    scrub = (text) => (0,src_secrets/* dropOpaqueTokens */.DN)(this.secrets.redact(text), [...this.ids]);
    /** IDs that may appear in server text: the project's and the uploads' (each once: polls repeat them). */
    ids = new Set();
    /**
     * POST /projects/upload-file. Sent once: an answer that means Streampixel
     * may have acted (a 502/504, no answer once sent) throws a DeployFailure
     * with `details.ambiguous`, for the caller to look at the project before
     * sending again (`resend`: then a 429 is final, since the first request may
     * have caused it).
     */
    async upload(projectId, fileUrl, autoRelease, resend = false) {
        for (const secret of (0,src_secrets/* secretValues */.VX)({ 'file-url': fileUrl }))
            this.secrets.add(secret);
        this.ids.add(projectId);
        const fields = { projectId, fileUrl, autoRelease };
        const body = await this.post('upload', '/projects/upload-file', fields, resend);
        const uploadId = stringField(body, 'uploadId') ?? stringField(body, '_id');
        // An "ID" that is one of our secrets would be printed as one: not an ID either.
        // It becomes the upload-id output, which workflows paste into scripts: an ID, or nothing.
        const idShaped = uploadId !== undefined && (0,src_secrets/* isSafeId */.JA)(uploadId, this.secrets);
        if (uploadId !== undefined && !idShaped) {
            // Not echoed, not even cut: it may be an encoding of a secret.
            this.options.log(`Streampixel's answer carried an uploadId that is not an ID (${uploadId.length} characters); ignoring it.`);
        }
        return {
            message: this.messageOf(body),
            uploadId: idShaped ? uploadId : undefined,
        };
    }
    /** POST /projects/distribute-file; sent once, as `upload`. */
    async distribute(projectId, uploadId, resend = false) {
        this.ids.add(projectId).add(uploadId);
        const fields = { projectId, uploadId };
        const body = await this.post('distribute', '/projects/distribute-file', fields, resend);
        return { message: this.messageOf(body) };
    }
    /**
     * The project's uploads, newest state as the API reports it: all of them. The project comes
     * with every upload ever made (the API documents no paging), and an answer too large to read
     * whole is refused, never read in part: an ID missing here is not in the project.
     */
    async projectFiles(projectId) {
        const { apiKey, userId } = this.options;
        const query = new URLSearchParams({ userId, apikey: apiKey });
        const url = `${this.options.apiUrl}/projects/${encodeURIComponent(projectId)}?${query}`;
        this.ids.add(projectId);
        const body = await this.exchange('status', { method: 'GET', url }, MAX_PROJECT_BYTES);
        // An upload's ID may become the upload-id output (an adopted upload): IDs only.
        const files = filesOf(body, this.clean, this.options.terms).filter((f) => (0,src_secrets/* isSafeId */.JA)(f.id, this.secrets));
        for (const f of files)
            this.ids.add(f.id);
        return files;
    }
    messageOf(body) {
        const message = stringField(body, 'message');
        return message ? this.clean(message) : '';
    }
    post(endpoint, path, fields, resend) {
        const { apiKey, userId } = this.options;
        const body = JSON.stringify({ apiKey, userId, ...fields });
        const request = { method: 'POST', url: `${this.options.apiUrl}${path}`, body };
        return this.exchange(endpoint, request, MAX_BODY_BYTES, resend);
    }
    async exchange(endpoint, partial, maxBodyBytes, resend = false) {
        const { timeoutMs, maxAttempts, log, debug, sleep, signal } = this.options;
        const request = {
            ...partial,
            headers: {
                'user-agent': version/* USER_AGENT */._O,
                accept: 'application/json',
                ...(partial.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            timeoutMs,
            maxBodyBytes,
            signal,
        };
        const { last, ambiguous } = await (0,retry/* sendWithRetries */.HI)(request, {
            maxAttempts,
            // The status GET is safe to repeat; a write may queue a second build, so it stops at an
            // answer that means it may have landed (`ambiguous`), for the flow to look first.
            idempotent: !(0,errors/* isWrite */.ao)(endpoint),
            // Only upload-file and distribute-file have the documented one-per-2-minutes limit.
            rateLimitWaitMs: (0,errors/* isWrite */.ao)(endpoint) ? retry/* RATE_LIMIT_WAIT_MS */.s : undefined,
            retryRateLimit: !resend,
            label: endpointLabel(endpoint),
            log,
            trace: { what: `${request.method} ${(0,format/* displayUrl */.Qy)(request.url)}`, debug },
            sleep,
        }, this.options.send);
        const exchange = { endpoint, terms: this.options.terms };
        let body;
        try {
            if (last instanceof http/* NetworkError */.Dr)
                throw networkFailure({ ...exchange, url: this.options.apiUrl }, last);
            body = parseResponse({ ...exchange, url: request.url }, last, this.secrets.redactor);
        }
        catch (err) {
            if (ambiguous && err instanceof errors/* DeployFailure */.Qt)
                throw new errors/* DeployFailure */.Qt(err.title, err.message, err.hint, { ...err.details, ambiguous });
            throw err;
        }
        return body;
    }
}
function endpointLabel(endpoint) {
    return endpoint === 'status' ? 'project status' : `${endpoint}-file`;
}
/**
 * The answer's JSON, or the failure it means, looked for in this order: a redirect, a 4xx from
 * something that is not the API, any other error status, a web page, an answer cut short; then
 * the body (`{}` when empty).
 */
function parseResponse(exchange, res, redact) {
    const answer = answerOf(exchange, res, redact);
    const failure = client_redirected(answer) ?? notTheApi(answer) ?? errorStatus(answer) ?? webPage(answer);
    if (failure)
        throw failure;
    return res.truncated ? cutBody(answer) : bodyOf(answer);
}
function answerOf(exchange, res, redact) {
    return {
        ...exchange,
        res,
        text: res.body.toString('utf8'),
        redact,
        label: endpointLabel(exchange.endpoint),
        apiUrl: exchange.terms.name('api-url'),
        defaultHint: `${inputs/* DEFAULT_API_URL */.rK} unless you run a stand-in`,
    };
}
/** A 3xx: never followed, since the request body carries the API key. */
function client_redirected({ res, url, redact, apiUrl, defaultHint }) {
    if (res.status < 300 || res.status >= 400)
        return undefined;
    const target = (0,src_text/* describeLocation */.lR)(res.headers.location, url, redact);
    return new errors/* DeployFailure */.Qt(`Streampixel: ${apiUrl} redirects`, `${apiUrl} answered HTTP ${res.status}, redirecting to ${target}. Redirects are not followed: the request body carries the API key.`, `Set ${apiUrl} to the final address (${defaultHint}).`, { httpStatus: res.status, input: 'api-url' });
}
/**
 * Streampixel's errors are always {"message": "…"}: a 4xx without it (an HTML or framework
 * 404/405, "Cannot POST /projects/upload-file") comes from something that is not the API.
 * Only an address the user set: with the default, the page comes from something in between (a
 * WAF, a proxy), and the status-based failure (errorStatus) says more.
 */
function notTheApi({ res, url, text, redact, label, apiUrl }) {
    const ownAddress = !url.startsWith(inputs/* DEFAULT_API_URL */.rK);
    if (!ownAddress ||
        res.status < 400 ||
        res.status >= 500 ||
        res.status === 429 ||
        isApiError(text))
        return undefined;
    return new errors/* DeployFailure */.Qt(`Streampixel: ${apiUrl} is not the API`, `${apiUrl} answered ${label} with HTTP ${res.status} that is not the Streampixel API's answer ("${(0,errors/* apiMessageOf */.rU)(text, redact)}"): the address is wrong, so this says nothing about the key or the project.`, `Set ${apiUrl} to ${inputs/* DEFAULT_API_URL */.rK} (the default, ending in /pixelStripeApi), or leave it out.`, { httpStatus: res.status, input: 'api-url' });
}
/** Any other status outside 2xx: the API's refusal (see errors.ts). */
function errorStatus({ res, endpoint, text, redact, terms }) {
    if (res.status >= 200 && res.status < 300)
        return undefined;
    return (0,errors/* failureForStatus */.mn)(endpoint, res.status, (0,errors/* apiMessageOf */.rU)(text, redact), terms);
}
/** A login page, a captive portal, the dashboard: not the API, whatever its status. */
function webPage(answer) {
    const { res, endpoint, text, redact, label, apiUrl, defaultHint } = answer;
    if (!/^\s*</.test(text))
        return undefined;
    return new errors/* DeployFailure */.Qt(`Streampixel: ${apiUrl} is not the API`, `${apiUrl} answered ${label} with a web page (HTTP ${res.status}: "${(0,errors/* apiMessageOf */.rU)(text, redact)}"), not the Streampixel API's JSON.`, `Check ${apiUrl} (${defaultHint})${(0,errors/* isWrite */.ao)(endpoint) ? '; if it is right, check the project in the dashboard before re-running, in case the request was acted on' : ''}.`, { httpStatus: res.status, input: 'api-url' });
}
/** A 2xx cut at the body limit: a write's fields from the kept part; a status answer is refused. */
function cutBody({ res, endpoint, text, label, apiUrl }) {
    // Any 2xx to upload or distribute is an acceptance: keep what the kept part says.
    if ((0,errors/* isWrite */.ao)(endpoint))
        return partialFields(text);
    throw new errors/* DeployFailure */.Qt('Streampixel: answer too large', `Streampixel's answer to ${label} was larger than this action reads (HTTP ${res.status}).`, `Check ${apiUrl} points at the Streampixel API.`, 
    // Never right: a wrong api-url or a changed API, which a wait would not outlast.
    { httpStatus: res.status, input: 'api-url' });
}
/** A whole 2xx body: its JSON (`{}` when empty); a write's that is not JSON keeps its text. */
function bodyOf({ res, endpoint, text, redact, apiUrl }) {
    if (!text.trim())
        return {};
    try {
        return JSON.parse(text);
    }
    catch {
        if (endpoint === 'status') {
            throw new errors/* DeployFailure */.Qt('Streampixel: unreadable project status', `The project status answer was not JSON (HTTP ${res.status}: "${(0,errors/* apiMessageOf */.rU)(text, redact)}").`, `Check ${apiUrl} points at the Streampixel API.`, { httpStatus: res.status, input: 'api-url' });
        }
        // An accepted upload with an unexpected body is still accepted: keep its text as the message.
        return { message: (0,errors/* apiMessageOf */.rU)(text, redact) };
    }
}
/** The API's own error body: JSON with a string `message` (the docs' errors page). */
function isApiError(text) {
    try {
        const body = JSON.parse(text);
        return (!!body &&
            typeof body === 'object' &&
            typeof body.message === 'string');
    }
    catch {
        return false;
    }
}
/** `message` and `uploadId` from the start of a JSON answer that was cut. */
function partialFields(text) {
    const fields = {};
    for (const key of ['message', 'uploadId']) {
        const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){0,2000})"`).exec(text);
        if (m?.[1] === undefined)
            continue;
        try {
            fields[key] = JSON.parse(`"${m[1]}"`);
        }
        catch {
            // A malformed escape: leave the field out.
        }
    }
    return fields;
}
function networkFailure({ endpoint, url, terms }, err) {
    const host = (0,format/* displayUrl */.Qy)(url);
    // A proxy that did not open the tunnel: nothing reached Streampixel, and the fix is the proxy's.
    if (err.failure === 'proxy') {
        return new errors/* DeployFailure */.Qt('Streampixel unreachable through the proxy', `${endpointLabel(endpoint)} to ${host} failed: ${err.message}.`, http/* PROXY_HINT */.Lx);
    }
    const acted = (0,errors/* isWrite */.ao)(endpoint) && err.sent ? (0,errors/* mayHaveActed */.LR)(endpoint, 'The request was sent') : undefined;
    return new errors/* DeployFailure */.Qt(acted ? 'Streampixel: no answer after the request was sent' : 'Streampixel unreachable', `${endpointLabel(endpoint)} to ${host} failed: ${err.message}.${acted ? ` ${acted.sentence}` : ''}`, acted?.hint ??
        `Check ${terms.name('api-url')} and the runner’s network or proxy settings (https_proxy, no_proxy), then re-run.`);
}
function stringField(body, key) {
    if (body && typeof body === 'object' && key in body) {
        const value = body[key];
        if (typeof value === 'string' && value)
            return value;
    }
    return undefined;
}
/** `files` at the top level, or inside `project` / `data`: the docs show the project without an envelope. */
function filesOf(body, clean, terms) {
    const candidates = [
        body,
        body?.project,
        body?.data,
    ];
    for (const candidate of candidates) {
        if (candidate &&
            typeof candidate === 'object' &&
            Array.isArray(candidate.files)) {
            return (candidate.files ?? []).flatMap((entry) => {
                if (!entry || typeof entry !== 'object')
                    return [];
                const id = stringField(entry, '_id') ?? stringField(entry, 'id');
                if (!id)
                    return [];
                const status = stringField(entry, 'status') ?? '';
                const objection = stringField(entry, 'objection');
                const url = stringField(entry, 'url');
                const date = stringField(entry, 'date');
                return [
                    {
                        id,
                        status: clean(status, 100),
                        url,
                        objection: objection && clean(objection, 1000),
                        date: date && clean(date, 40),
                    },
                ];
            });
        }
    }
    throw new errors/* DeployFailure */.Qt('Streampixel: unexpected project status', 'The project status answer has no list of uploads (files).', `Check ${terms.name('api-url')} points at the Streampixel API; if it does, the API may have changed: open an issue.`, { input: 'api-url' });
}

// EXTERNAL MODULE: ./src/terms.ts
var src_terms = __webpack_require__(5304);
;// CONCATENATED MODULE: ./src/deploy.ts
/**
 * The deploy flow: check the artifact → read the project (credentials, one
 * build at a time) → upload or distribute, exactly once → follow the build.
 * Plain TypeScript: progress goes through `Progress`, the outcome is a
 * `DeployResult`. Expected failures, and a cancellation, are part of the
 * result, never thrown.
 */









/** A wait for the project longer than this gets the build's presigned URL signed again (`path`). */
const PRESIGN_AGAIN_AFTER_MS = 60_000;
/** Runs one deploy. Never throws for an expected failure or a cancellation. */
async function deploy(config, progress, deps = {}) {
    const flow = makeFlow(config, progress, deps);
    const { result } = flow;
    try {
        await runFlow(flow);
    }
    catch (err) {
        const signal = flow.signal;
        if (err instanceof cancel/* Cancelled */.cJ || (signal?.aborted && !(err instanceof errors/* DeployFailure */.Qt))) {
            cancelled(flow, err instanceof cancel/* Cancelled */.cJ ? err : (0,cancel/* cancelledBy */.tK)(signal));
        }
        else if (err instanceof errors/* DeployFailure */.Qt) {
            result.ok = false;
            if (result.status !== 'rejected' && result.status !== 'timed-out')
                result.status = 'failed';
            result.failure = {
                title: err.title,
                message: err.message,
                hint: err.hint,
                httpStatus: err.details.httpStatus,
                apiMessage: err.details.apiMessage,
            };
        }
        else {
            throw err;
        }
    }
    result.durationMs = flow.now() - flow.started;
    return result;
}
/**
 * The flow's state before the first step: the sleep and clock (`deps`' or the real ones), the
 * progress that keeps every warning, the two clients (the writes' and the watch's), and a
 * result that says nothing was sent. Reads the clock once, for `started`.
 */
function makeFlow(config, progress, deps) {
    const now = deps.now ?? Date.now;
    const sleep = flowSleep(deps);
    const terms = deps.terms ?? src_terms/* ACTION_TERMS */.f_;
    const warnings = [];
    const clients = clientsFor(config, progress, { ...deps, terms, sleep });
    const [client, watchClient] = clients;
    const watchDeps = {
        config,
        client: watchClient,
        now,
        sleep,
        info: (line) => progress.info(line),
    };
    return {
        config,
        redactor: deps.redactor,
        terms,
        progress: tracked(progress, warnings, clients),
        sleep,
        now,
        signal: deps.signal,
        send: deps.send,
        buildPlan: deps.buildPlan,
        client,
        watch: new ProjectWatch(watchDeps),
        watchDeps,
        started: now(),
        result: startingResult(config, warnings),
    };
}
/** The result before any step: failed, nothing sent; `warnings` is filled as they come. */
function startingResult(config, warnings) {
    return {
        ok: false,
        status: 'failed',
        mode: config.uploadId ? 'distribute' : 'upload',
        projectId: config.projectId,
        artifactUrl: config.fileUrl ? (0,format/* displayUrl */.Qy)(config.fileUrl) : undefined,
        uploadId: config.uploadId,
        sent: 'nothing',
        timeline: [],
        warnings,
        durationMs: 0,
    };
}
/** A wait of `ms` that ends with `Cancelled` on the signal: `deps.sleep` (tests) or a timer. */
function flowSleep(deps) {
    const signal = deps.signal;
    return async (ms) => {
        if (!deps.sleep)
            return (0,cancel/* sleepUnless */.uj)(ms, signal);
        if (signal?.aborted)
            throw (0,cancel/* cancelledBy */.tK)(signal);
        await deps.sleep(ms);
        if (signal?.aborted)
            throw (0,cancel/* cancelledBy */.tK)(signal);
    };
}
/**
 * The client for the writes (config's attempts) and the one for the watch (one attempt: the
 * watch has its own retries), each knowing the file URL's secrets.
 */
function clientsFor(config, progress, deps) {
    const clientOptions = {
        terms: deps.terms,
        redactor: deps.redactor,
        apiUrl: config.apiUrl,
        apiKey: config.apiKey,
        userId: config.userId,
        timeoutMs: config.timeoutMs,
        maxAttempts: config.maxAttempts,
        log: (line) => progress.info(line),
        debug: (line) => progress.debug(line),
        sleep: deps.sleep,
        signal: deps.signal,
        send: deps.send,
    };
    const clients = [
        new StreampixelClient(clientOptions),
        new StreampixelClient({ ...clientOptions, maxAttempts: 1 }),
    ];
    for (const secret of (0,src_secrets/* secretValues */.VX)({ 'file-url': config.fileUrl }))
        for (const c of clients)
            c.addSecret(secret);
    return clients;
}
/**
 * `progress`, keeping every warning for the result; a secret the flow learns goes to both
 * clients, so server text loses it before a cut, and then to the adapter's masker.
 */
function tracked(progress, warnings, clients) {
    return {
        ...progress,
        warning: (title, message) => {
            warnings.push({ title, message });
            progress.warning(title, message);
        },
        secret: (value) => {
            for (const c of clients)
                c.addSecret(value);
            progress.secret?.(value);
        },
    };
}
/**
 * The steps of one deploy, in order: with path, read the project and stage the build; check the
 * file; read the project (again, after a long upload); a dry run ends here; an upload-id the
 * project lacks is refused; wait for the project, send once, and follow the build with wait.
 * Throws DeployFailure or Cancelled; `flow.result` says how far it got.
 */
async function runFlow(flow) {
    const { config } = flow;
    let files = config.build ? await stage(config.build, flow) : undefined;
    const fileUrl = flow.staged?.kind === 'uploaded' ? flow.staged.fileUrl : config.fileUrl;
    if (fileUrl)
        await checkFile(flow, fileUrl);
    // The project as it is now (after a long upload too), for the one-build-at-a-time check.
    if (!config.build || !config.dryRun)
        files = await readProject(flow);
    if (config.dryRun)
        return dryRun(flow, files ?? []);
    // The listing is the project's every upload (see ProjectFile): an upload ID it lacks is one
    // Streampixel would answer 404 for, or worse, an ID of another project. Refused before sending,
    // as the dry run refuses it. Unread (a status endpoint that kept failing): sent, and judged by
    // Streampixel's own answer.
    if (config.uploadId && files && !files.some((f) => f.id === config.uploadId))
        throw notInProject(flow, config.uploadId, files);
    await sendOnce(flow, fileUrl, files);
    if (!config.wait) {
        flow.result.ok = true;
        return;
    }
    await follow(flow);
}
/** A read endpoint without a rate limit: proves the key, the user ID, the project and api-url. */
function readProject(flow) {
    return flow.config.dryRun ? flow.watch.readSoon() : readProjectFirst(flow);
}
/**
 * With path: the project is read first, so a wrong key is found before a long upload to the
 * bucket; then the build goes to the bucket (`flow.staged`), and its presigned URL is the file
 * URL. Resolves with the project's uploads as read.
 */
async function stage(build, flow) {
    const files = await readProject(flow);
    flow.staged = await (0,build_upload/* stageBuild */.Hi)(build, {
        dryRun: flow.config.dryRun,
        terms: flow.terms,
        progress: flow.progress,
        signal: flow.signal,
        result: flow.result,
        plan: flow.buildPlan,
        timeoutMs: flow.config.timeoutMs,
        maxAttempts: flow.config.maxAttempts,
    });
    return files;
}
/**
 * Waits for the project to be idle (with a file to upload and a project read), then sends the
 * upload or the distribution once. A URL presigned before a wait of PRESIGN_AGAIN_AFTER_MS or
 * more is signed again first.
 */
async function sendOnce(flow, fileUrl, files) {
    const waitStarted = flow.now();
    const before = fileUrl && files
        ? await waitForIdleProject(flow.watch, files, flow.watchDeps, flow.terms)
        : files;
    // A URL presigned before a long wait has lost that much of its lifetime: sign it again.
    const sendUrl = flow.staged?.kind === 'uploaded' && flow.now() - waitStarted >= PRESIGN_AGAIN_AFTER_MS
        ? await (0,build_upload/* presignAgain */.Ry)(flow.staged, { ...flow, at: flow.now() })
        : fileUrl;
    if (sendUrl)
        await uploadOnce(flow, sendUrl, before);
    else if (flow.config.uploadId)
        await distributeOnce(flow, flow.config.uploadId, before);
}
/**
 * Follows the accepted upload until it ends (followUpload); a rejection or a timeout sets the
 * result's status before the failure is thrown. Without an upload ID there is nothing to follow.
 */
async function follow(flow) {
    const { config, result } = flow;
    if (!result.uploadId) {
        throw new errors/* DeployFailure */.Qt('Cannot follow the build', 'Streampixel queued the build, but its answer carried no usable upload ID (older API versions give none), so its progress cannot be followed.', `Watch it in the dashboard: ${(0,format/* dashboardUrl */.aU)(config.projectId)}. Set ${flow.terms.setting('wait', 'false')} to stop gating on it.`);
    }
    const state = { uploadId: result.uploadId, mode: result.mode, timeline: result.timeline };
    try {
        const ended = await followUpload(flow.watch, state, flow.watchDeps, flow.terms);
        result.status = ended;
        result.ok = true;
    }
    catch (err) {
        if (err instanceof errors/* DeployFailure */.Qt) {
            result.objection = state.objection;
            if (err.title === 'Streampixel rejected the build')
                result.status = 'rejected';
            if (err.title === 'Timed out waiting for the build')
                result.status = 'timed-out';
        }
        throw err;
    }
}
/**
 * The project before sending: a refusal (key, user, project, api-url) ends the run with the
 * words the write would have got; a status endpoint that keeps failing only costs the
 * one-build-at-a-time check (undefined), since the write may still work.
 */
async function readProjectFirst(flow) {
    try {
        return await flow.watch.readSoon();
    }
    catch (err) {
        if (!(err instanceof errors/* DeployFailure */.Qt) || isPermanent(err))
            throw err;
        flow.progress.warning('Project not read before sending', `The project status request failed (${err.message.replace(/\.$/, '')}), so this run cannot see whether another build is being processed. Sending anyway.`);
        return undefined;
    }
}
async function checkFile(flow, fileUrl) {
    const { config, progress, result, terms } = flow;
    if (!config.checkFileUrl) {
        progress.info(`Artifact check skipped (${terms.setting('check-file-url', 'false')}): ${result.artifactUrl}`);
        return;
    }
    const info = await checkArtifact(fileUrl, {
        timeoutMs: config.timeoutMs,
        maxAttempts: config.maxAttempts,
        log: (line) => progress.info(line),
        debug: (line) => progress.debug(line),
        sleep: flow.sleep,
        signal: flow.signal,
        send: flow.send,
        terms,
        // The URL presigned for path is named as path, and its expiry is the storage step's to judge.
        source: flow.staged ? 'path' : 'file-url',
        redactor: flow.redactor,
    });
    result.artifact = info;
    result.artifactBytes = info.sizeBytes;
    for (const w of info.verdict.warnings)
        progress.warning(w.title, `${w.message} ${w.hint}`);
    const size = info.sizeBytes === undefined ? 'size not reported' : (0,format/* formatBytes */.z3)(info.sizeBytes);
    const facts = info.verdict.facts;
    progress.info(facts
        ? `Archive OK: ${result.artifactUrl} (${size}) holds ${describeFacts(facts)}; checked in ${info.requests} request(s), ${(0,format/* formatBytes */.z3)(info.bytesRead)} read.`
        : `Artifact OK: ${result.artifactUrl} is a zip archive (${size}); its contents were not inspected.`);
}
/** "a packaged build of Game (Game.exe) inside Windows/: 1,204 files, 3.1 GiB unpacked, Deflate and Store" */
function describeFacts(facts) {
    const project = facts.projectName ? ` of ${facts.projectName}` : '';
    const exe = facts.executables.slice(0, 3).join(', ');
    const where = facts.root ? ` inside ${facts.root}` : ' at the root';
    return `a packaged build${project} (${exe})${where}: ${facts.files === 1 ? '1 file' : `${String(facts.files).replace(/\B(?=(\d{3})+$)/g, ',')} files`}, ${(0,format/* formatBytes */.z3)(facts.uncompressedBytes)} unpacked, ${facts.methods.join(' and ') || 'no compression method'}`;
}
function dryRun(flow, files) {
    const { config, progress, result } = flow;
    const staged = flow.staged;
    const wouldSend = staged
        ? `upload-file of a presigned URL of ${staged.objectUri} (autoRelease: ${config.autoRelease})`
        : config.fileUrl
            ? `upload-file of ${result.artifactUrl} (autoRelease: ${config.autoRelease})`
            : `distribute-file of upload ${config.uploadId}`;
    const known = config.uploadId ? files.find((f) => f.id === config.uploadId) : undefined;
    if (config.uploadId && !known)
        throw notInProject(flow, config.uploadId, files);
    result.dryRun = {
        checked: [
            'the API key, the user ID and the project: Streampixel answered the project status request',
            ...(config.fileUrl && config.checkFileUrl ? ['the file URL: it serves a zip archive'] : []),
            ...(known ? [`upload ${known.id} is in the project (${known.status || 'no status'})`] : []),
            ...(staged?.kind === 'dry-run' ? staged.checked : []),
        ],
        notChecked: [
            "write access: it cannot be proven without uploading (a READONLY member's key can read the project)",
            ...(staged?.kind === 'dry-run' ? staged.notChecked : []),
        ],
        wouldSend,
    };
    progress.info(`Dry run: the key, user ID and project are valid (read access). Would send ${wouldSend} to project ${config.projectId}. Write access cannot be proven without uploading. Nothing was sent to Streampixel.`);
    result.ok = true;
    result.status = 'dry-run';
}
/** How many of the project's uploads a "not in the project" failure lists. */
const KNOWN_IDS_SHOWN = 5;
/** upload-id is not among the project's uploads: what the project has instead, newest first. */
function notInProject(flow, uploadId, files) {
    const { terms, config } = flow;
    // Newest first: by date where dated, else the listing's own order (oldest first) reversed.
    const newest = [...files]
        .reverse()
        .sort((a, b) => (Date.parse(b.date ?? '') || 0) - (Date.parse(a.date ?? '') || 0));
    const shown = newest
        .slice(0, KNOWN_IDS_SHOWN)
        .map((f) => `${f.id} (${f.status || 'no status'})`)
        .join(', ');
    const more = newest.length > KNOWN_IDS_SHOWN ? ` and ${newest.length - KNOWN_IDS_SHOWN} more` : '';
    const listed = files.length
        ? ` Its uploads, newest first: ${shown}${more}.`
        : ' It has no uploads yet.';
    return new errors/* DeployFailure */.Qt('Streampixel: upload not found in the project', `Project ${config.projectId} lists no upload ${uploadId}, so nothing was sent.${listed}`, `${terms.name('upload-id')} must be ${terms.uploadIdOutput} of an earlier deploy to this same ${terms.name('project-id')} (or an upload ID from the project's listing).`, { input: 'upload-id' });
}
/** A write is sent at most twice: once, and once more when the project shows it did not land. */
const MAX_SENDS = 2;
/** The same file: scheme, host and path, without the query a presigner adds or changes. */
function sameFile(listed, fileUrl) {
    try {
        if (!listed)
            return false;
        const [a, b] = [new URL(listed), new URL(fileUrl)];
        return a.origin === b.origin && a.pathname === b.pathname;
    }
    catch {
        return false;
    }
}
/**
 * A write, exactly once per run. After an answer that means Streampixel may have acted (a
 * 502/504, no answer once sent), the project is read first: a write it shows landed is adopted;
 * otherwise the request is sent again, once; a 429 then means the first got through (or another
 * deploy runs): stop.
 */
async function writeOnce(flow, write) {
    const { config, progress, result } = flow;
    for (let attempt = 1;; attempt++) {
        result.sent = 'maybe';
        try {
            await write.send(attempt > 1);
            return;
        }
        catch (err) {
            if (!(err instanceof errors/* DeployFailure */.Qt))
                throw err;
            if (attempt > 1 && err.details.httpStatus === 429)
                throw duplicateGuard(flow, err);
            if (!err.details.ambiguous) {
                // A refusal (4xx) means it was not acted on; a 5xx may have been.
                const status = err.details.httpStatus;
                if (status !== undefined && status < 500)
                    result.sent = 'nothing';
                throw err;
            }
            progress.info(`${write.label}: ${err.details.ambiguous}, which a gateway may give after passing the request on. Reading the project before sending again${write.rereadWhy}…`);
            if (write.landed(await reread(flow, err)))
                return;
            if (attempt >= Math.min(MAX_SENDS, config.maxAttempts))
                throw err;
            progress.info(write.notLanded);
        }
    }
}
/** upload-file: it landed when the project lists a new upload of this file. */
function uploadOnce(flow, fileUrl, before) {
    const { config, progress, result, client } = flow;
    const known = new Set((before ?? []).map((f) => f.id));
    // Without a read from before, "new" is whatever is dated from this run on (a minute of clock skew).
    const isNew = (f) => before ? !known.has(f.id) : Date.parse(f.date ?? '') >= flow.started - 60_000;
    progress.info(`Uploading ${result.artifactUrl} to project ${config.projectId}…`);
    return writeOnce(flow, {
        label: 'upload-file',
        send: async (resend) => {
            const accepted = await client.upload(config.projectId, fileUrl, config.autoRelease, resend);
            accept(flow, 'queued', accepted.message, accepted.uploadId);
        },
        landed: (files) => {
            const adopted = files.find((f) => isNew(f) && sameFile(f.url, fileUrl));
            if (!adopted)
                return false;
            progress.info(`Streampixel did queue it: upload ${adopted.id} ("${adopted.status || 'no status'}") is this file, so nothing more is sent.`);
            accept(flow, 'queued', '', adopted.id);
            return true;
        },
        rereadWhy: ', so the build is not queued twice',
        notLanded: 'No upload of this file is listed: sending upload-file again.',
    });
}
/** distribute-file: it landed when the upload's status moved since before the send. */
function distributeOnce(flow, uploadId, before) {
    const { config, progress, client } = flow;
    const earlier = before?.find((f) => f.id === uploadId)?.status;
    progress.info(`Distributing upload ${uploadId} in project ${config.projectId}…`);
    return writeOnce(flow, {
        label: 'distribute-file',
        send: async (resend) => {
            const accepted = await client.distribute(config.projectId, uploadId, resend);
            accept(flow, 'distributed', accepted.message, uploadId);
        },
        landed: (files) => {
            const now = files.find((f) => f.id === uploadId)?.status;
            if (now === undefined || earlier === undefined || now === earlier)
                return false;
            progress.info(`Upload ${uploadId} moved from "${earlier}" to "${now}": the distribution started, so nothing more is sent.`);
            accept(flow, 'distributed', '', uploadId);
            return true;
        },
        rereadWhy: '',
        notLanded: `Upload ${uploadId} is unchanged: sending distribute-file again.`,
    });
}
/**
 * The project after a write that may have acted. When it cannot be read, the write's own
 * failure stands: it says the build may be queued, which the reader's error would not.
 */
async function reread(flow, writeFailure) {
    try {
        return await flow.watch.readSoon();
    }
    catch (err) {
        if (err instanceof cancel/* Cancelled */.cJ || !(err instanceof errors/* DeployFailure */.Qt))
            throw err;
        flow.progress.info(`The project could not be read (${err.message.replace(/\.$/, '')}).`);
        throw writeFailure;
    }
}
function accept(flow, status, message, uploadId) {
    const { result, progress } = flow;
    result.sent = 'accepted';
    result.status = status;
    result.apiMessage = message || undefined;
    result.uploadId = uploadId ?? result.uploadId;
    if (result.mode === 'upload' && uploadId)
        progress.accepted?.(uploadId);
    progress.info(status === 'distributed'
        ? `Streampixel started the distribution${message ? `: "${message}"` : ''}.`
        : `Streampixel accepted the build${uploadId ? ` as upload ${uploadId}` : ''}${message ? `: "${message}"` : ''}.`);
}
/** A 429 to a second send: the first one probably got through. Nothing more is sent. */
function duplicateGuard(flow, err) {
    return new errors/* DeployFailure */.Qt('Streampixel: the first request may have got through', `The first request got no clear answer, no new upload of this file is listed yet, and sending it again got HTTP 429 (one upload or distribute per 2 minutes per user): the first request probably got through, or another deploy of this account is running. Nothing more was sent.`, `Check the project in the dashboard (${(0,format/* dashboardUrl */.aU)(flow.config.projectId)}) before re-running: a re-run may queue the build twice.`, err.details);
}
/** The result of a run cut short by SIGINT/SIGTERM: what was sent, and where to watch. */
function cancelled(flow, why) {
    const { result, config } = flow;
    result.ok = false;
    result.status = 'cancelled';
    const watch = `watch it at ${(0,format/* dashboardUrl */.aU)(config.projectId)}`;
    const what = result.mode === 'upload' ? 'upload-file' : 'distribute-file';
    const said = {
        nothing: {
            message: `The deploy was cancelled (${why.signal}) before anything was sent to Streampixel.`,
            hint: 'Nothing to undo: re-run when ready.',
        },
        maybe: {
            message: `The deploy was cancelled (${why.signal}) while ${what} was being sent, before Streampixel answered: the build may be queued.`,
            hint: `Check the project before re-running (${watch}): a re-run may queue it twice.`,
        },
        accepted: {
            message: `The wait was cancelled (${why.signal}). Streampixel had accepted ${result.uploadId ? `upload ${result.uploadId}` : 'the build'}, which may still go live.`,
            hint: `Nothing was undone: ${watch}.`,
        },
    };
    result.failure = { title: 'Deploy cancelled', ...said[result.sent] };
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
