export const id = 931;
export const ids = [931];
export const modules = {

/***/ 3931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/http.ts + 1 modules
var http = __webpack_require__(1453);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/streampixel/errors.ts

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
/** `why` for mayHaveActed when an earlier attempt got an answer a gateway gives after passing the request on. */
const earlierAttemptGot = (answer) => `An earlier attempt got ${answer}, which a gateway may give after passing the request on`;
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
            return (0,src_text/* cleanServerText */.Ct)(message, 300, redact);
    }
    catch {
        // Not JSON: an HTML error page from a proxy, say. Show its text, not its markup.
    }
    return (0,src_text/* cleanServerText */.Ct)((0,src_text/* htmlToText */.G9)(trimmed.slice(0, MAX_SCAN_CHARS)), 200, redact);
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
/**
 * Maps an HTTP error status (and the API's message) from `endpoint` to a
 * failure. `earlierAmbiguousAnswer`: what an earlier attempt of a write got that
 * means Streampixel may have acted on it ("HTTP 504"; see sendWithRetries).
 */
function failureForStatus(endpoint, status, apiMessage, terms, earlierAmbiguousAnswer) {
    const failure = refusal(endpoint, status, apiMessage, terms);
    if (!isWrite(endpoint) || (status < 500 && earlierAmbiguousAnswer === undefined))
        return failure;
    // A 5xx reached a server: Streampixel may have acted on it before failing to answer.
    const acted = mayHaveActed(endpoint, status >= 500 ? 'The request was sent' : earlierAttemptGot(earlierAmbiguousAnswer ?? ''));
    // A refusal of the input still needs its fix; anything else would say "re-run".
    const keepHint = [400, 401, 403, 404].includes(status);
    return new DeployFailure(failure.title, `${failure.message} ${acted.sentence}`, keepHint ? `${failure.hint} ${acted.hint}` : acted.hint, failure.details);
}
function refusal(endpoint, status, apiMessage, terms) {
    const said = apiMessage ? `: "${apiMessage}"` : '';
    const [apiKey, userId, projectId, uploadId] = ['api-key', 'user-id', 'project-id', 'upload-id'].map((input) => terms.name(input));
    const details = { httpStatus: status, apiMessage };
    const where = ENDPOINT_TEXT[endpoint];
    if (status === 401 && /invalid user/i.test(apiMessage)) {
        return new DeployFailure(`Streampixel: ${userId} does not match the API key`, `Streampixel rejected ${userId} (HTTP 401${said}).`, `${userId} must be the user ID of the account that requested the key: in the dashboard, open your account menu → Copy User ID, and update ${terms.secretHome('user-id')}.`, details);
    }
    if (status === 401) {
        return new DeployFailure('Streampixel: invalid API key', `Streampixel rejected ${apiKey} (HTTP 401${said}).`, `The key was rotated (requesting a new key invalidates the old one at once), mistyped, or belongs to another account. Put the current key in ${terms.secretHome('api-key')}.`, details);
    }
    if (status === 403 && endpoint === 'status') {
        return new DeployFailure('Streampixel: cannot read the project status', `Streampixel refused the project status request (HTTP 403${said}).`, `The key's owner cannot read ${projectId} any more (removed from the project, or the key was replaced), so the build cannot be followed. Check the project in the dashboard, or set ${terms.setting('wait', 'false')}.`, details);
    }
    if (status === 403) {
        return new DeployFailure('Streampixel: no write access to the project', `Streampixel refused ${where} for this project (HTTP 403${said}).`, `The key's owner cannot deploy to ${projectId}: a READONLY team member, removed from the project, or the wrong project. Use a key of the account owner or of a member with FULL access, or check ${projectId}.`, details);
    }
    if (status === 404 && endpoint === 'distribute' && /file/i.test(apiMessage)) {
        return new DeployFailure('Streampixel: upload not found in the project', `Streampixel has no upload with that ${uploadId} in this project (HTTP 404${said}).`, `${uploadId} must be ${terms.uploadIdOutput} of an earlier deploy to this same ${projectId} (or a file _id from the project).`, details);
    }
    if (status === 404) {
        return new DeployFailure('Streampixel: project not found', `Streampixel found no such project (HTTP 404${said}).`, `Check ${projectId}: it is the last part of the project page URL in the dashboard (…/projectdetail/<project-id>). Mismatched IDs can also give 404.`, details);
    }
    if (status === 429) {
        return new DeployFailure('Streampixel: rate limit', `Streampixel is rate-limiting ${where} (HTTP 429${said}).`, 'Streampixel accepts one upload or distribute request per 2 minutes per user. Wait 2 minutes and re-run, and use a concurrency group so deploys of one account do not overlap.', details);
    }
    if (status === 400) {
        return new DeployFailure('Streampixel: request refused', `Streampixel refused ${where} as invalid (HTTP 400${said}).`, 'Check the inputs named in the message.', details);
    }
    if (status >= 500) {
        return new DeployFailure('Streampixel: server error', `Streampixel failed to ${isWrite(endpoint) ? 'answer' : 'handle'} ${where} (HTTP ${status}${said}).`, 'This is on the Streampixel side. Re-run the job later; see the dashboard for the project state.', details);
    }
    return new DeployFailure(`Streampixel: HTTP ${status}`, `Streampixel answered ${where} with HTTP ${status}${said}.`, `Re-run the job; if it persists, check ${terms.name('api-url')} and the Streampixel status page.`, details);
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/artifact/check.ts
/**
 * Checks file-url before spending a rate-limited upload on it: a ranged GET
 * of the first four bytes (a HEAD fails on URLs presigned for GET), which must
 * come back 2xx, not HTML, and start with the zip signature.
 */







const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip is only an end-of-central-directory record. */
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
function fail(title, message, hint, httpStatus) {
    return new DeployFailure(title, message, hint, { httpStatus, input: 'file-url' });
}
function sizeOf(res) {
    const range = /\/(\d+)\s*$/.exec(String(res.headers['content-range'] ?? ''));
    if (range?.[1])
        return Number(range[1]);
    const length = res.headers['content-length'];
    if (res.status === 200 && length && /^\d+$/.test(length))
        return Number(length);
    return undefined;
}
async function checkArtifact(fileUrl, options) {
    const shown = (0,format/* displayUrl */.Qy)(fileUrl);
    const name = options.terms.name('file-url');
    // The storage server may echo the URL back, signature and all, in a header.
    const secrets = new src_secrets/* Redactor */.pO();
    for (const secret of (0,src_secrets/* secretValues */.VX)({ 'file-url': fileUrl }))
        secrets.add(secret);
    const { last: res } = await (0,retry/* sendWithRetries */.HI)({
        method: 'GET',
        url: fileUrl,
        headers: { range: 'bytes=0-3', 'user-agent': version/* USER_AGENT */._O },
        timeoutMs: options.timeoutMs,
        maxBodyBytes: 4,
    }, {
        maxAttempts: options.maxAttempts,
        idempotent: true,
        label: `${name} check`,
        log: options.log,
        trace: { what: `GET ${shown} (first 4 bytes)`, debug: options.debug },
        sleep: options.sleep,
    }, options.send);
    if (res instanceof http/* NetworkError */.Dr && res.failure === 'proxy') {
        // Not the URL's fault: the proxy did not let the request out.
        throw fail(`${name} unreachable through the proxy`, `Could not download ${shown}: ${res.message}.`, http/* PROXY_HINT */.Lx);
    }
    if (res instanceof http/* NetworkError */.Dr) {
        throw fail(`${name} unreachable`, `Could not download ${shown}: ${res.message}.`, 'Check that the URL is public or presigned, and that the earlier step uploaded the file.');
    }
    const status = res.status;
    if (status >= 300 && status < 400) {
        const target = (0,src_text/* describeLocation */.lR)(res.headers.location, fileUrl, secrets.redactor);
        throw fail(`${name} redirects`, `${shown} answers HTTP ${status}, redirecting to ${target}.`, 'Streampixel needs a direct download link: pass the final URL of the file (a presigned S3/GCS/R2 URL), not a share or redirect link.', status);
    }
    if (status === 401 || status === 403) {
        throw fail(`${name} refused`, `${shown} answers HTTP ${status}: the file is private or the presigned URL has expired.`, 'Make the URL public, or presign it in the same job with an expiry long enough for Streampixel to download it (an hour or more).', status);
    }
    if (status === 404 || status === 410) {
        throw fail(`${name} not found`, `${shown} answers HTTP ${status}: no file there.`, 'Check the earlier step that uploaded the .zip, and the bucket and key in the URL.', status);
    }
    if (status === 416) {
        throw fail(`${name} is empty`, `${shown} has no bytes to read (HTTP 416).`, 'The upload of the .zip failed or produced an empty file; check the packaging step.', status);
    }
    if (status < 200 || status >= 300) {
        throw fail(`${name} check failed`, `${shown} answers HTTP ${status}.`, 'Streampixel must be able to download the file with a plain GET; check the URL and the storage service.', status);
    }
    const type = String(res.headers['content-type'] ?? '').toLowerCase();
    if (type.includes('text/html') || type.includes('application/xhtml')) {
        throw fail(`${name} is a web page`, `${shown} returns an HTML page (${(0,src_text/* cleanServerText */.Ct)(type, 80, secrets.redactor)}), not the .zip: a login, consent or download page.`, 'Streampixel needs a direct download link that returns the file itself.', status);
    }
    const head = res.body.subarray(0, 4);
    if (head.equals(EMPTY_ZIP_SIGNATURE)) {
        throw fail(`${name} is an empty zip`, `${shown} is a zip archive with no files in it.`, 'Check the packaging step: the build output folder was empty.', status);
    }
    if (!head.equals(ZIP_SIGNATURE)) {
        throw fail(`${name} is not a zip`, `${shown} does not start with the zip signature (PK\\x03\\x04)${head.length < 4 ? `; it returned ${head.length} byte(s)` : ''}.`, 'Streampixel takes a .zip of the packaged Windows build. Check the packaging step and that the URL points at the archive.', status);
    }
    return { sizeBytes: sizeOf(res) };
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
/**
 * An uploadId becomes the upload-id output, which workflows paste into shell
 * scripts (`${{ steps.deploy.outputs.upload-id }}`): only an ID-shaped value
 * is taken. Streampixel's are 24 hex characters.
 */
const UPLOAD_ID = /^[A-Za-z0-9_-]{1,64}$/;
class StreampixelClient {
    options;
    secrets = new src_secrets/* Redactor */.pO();
    constructor(options) {
        this.options = options;
        // A server may echo the request back: its text is redacted before it is cut or escaped.
        this.secrets.add(options.apiKey);
        this.secrets.add(options.userId);
    }
    clean = (text, maxLength) => (0,src_text/* cleanServerText */.Ct)(text, maxLength, this.secrets.redactor);
    async upload(projectId, fileUrl, autoRelease) {
        for (const secret of (0,src_secrets/* secretValues */.VX)({ 'file-url': fileUrl }))
            this.secrets.add(secret);
        const body = await this.post('upload', '/projects/upload-file', {
            projectId,
            fileUrl,
            autoRelease,
        });
        const uploadId = stringField(body, 'uploadId') ?? stringField(body, '_id');
        // An "ID" that is one of our secrets would be printed as one: not an ID either.
        const idShaped = uploadId !== undefined &&
            UPLOAD_ID.test(uploadId) &&
            this.secrets.redact(uploadId) === uploadId;
        if (uploadId !== undefined && !idShaped) {
            this.options.log(`Streampixel's answer carried an uploadId that is not an ID ("${this.clean(uploadId, 40)}"); ignoring it.`);
        }
        return {
            message: this.messageOf(body),
            uploadId: idShaped ? uploadId : undefined,
        };
    }
    async distribute(projectId, uploadId) {
        const body = await this.post('distribute', '/projects/distribute-file', {
            projectId,
            uploadId,
        });
        return { message: this.messageOf(body) };
    }
    /** The project's uploads, newest state as the API reports it. */
    async projectFiles(projectId) {
        const { apiKey, userId } = this.options;
        const query = new URLSearchParams({ userId, apikey: apiKey });
        const url = `${this.options.apiUrl}/projects/${encodeURIComponent(projectId)}?${query}`;
        const body = await this.exchange('status', { method: 'GET', url }, MAX_PROJECT_BYTES);
        return filesOf(body, this.clean, this.options.terms);
    }
    messageOf(body) {
        const message = stringField(body, 'message');
        return message ? this.clean(message) : '';
    }
    post(endpoint, path, fields) {
        const { apiKey, userId } = this.options;
        const body = JSON.stringify({ apiKey, userId, ...fields });
        const request = { method: 'POST', url: `${this.options.apiUrl}${path}`, body };
        return this.exchange(endpoint, request, MAX_BODY_BYTES);
    }
    async exchange(endpoint, partial, maxBodyBytes) {
        const { timeoutMs, maxAttempts, log, debug, sleep } = this.options;
        const request = {
            ...partial,
            headers: {
                'user-agent': version/* USER_AGENT */._O,
                accept: 'application/json',
                ...(partial.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            timeoutMs,
            maxBodyBytes,
        };
        const { last, earlierAmbiguousAnswer } = await (0,retry/* sendWithRetries */.HI)(request, {
            maxAttempts,
            // The status GET is safe to repeat; a write may queue a second build.
            idempotent: !isWrite(endpoint),
            // Only upload-file and distribute-file have the documented one-per-2-minutes limit.
            rateLimitWaitMs: isWrite(endpoint) ? retry/* RATE_LIMIT_WAIT_MS */.s : undefined,
            label: endpointLabel(endpoint),
            log,
            trace: { what: `${request.method} ${(0,format/* displayUrl */.Qy)(request.url)}`, debug },
            sleep,
        }, this.options.send);
        if (last instanceof http/* NetworkError */.Dr)
            throw networkFailure({ endpoint, url: this.options.apiUrl, earlierAmbiguousAnswer, terms: this.options.terms }, last);
        const body = parseResponse({ endpoint, url: request.url, earlierAmbiguousAnswer, terms: this.options.terms }, last, this.secrets.redactor);
        if (earlierAmbiguousAnswer) {
            // Accepted now, but the earlier attempt may have been passed on as well.
            log(`${endpointLabel(endpoint)}: an earlier attempt got ${earlierAmbiguousAnswer}, which a gateway can answer after passing the request on; if the dashboard shows this build twice, the first one came from that attempt.`);
        }
        return body;
    }
}
function endpointLabel(endpoint) {
    return endpoint === 'status' ? 'project status' : `${endpoint}-file`;
}
/** The answer's JSON, or the failure it means. */
function parseResponse({ endpoint, url, earlierAmbiguousAnswer, terms }, res, redact) {
    const text = res.body.toString('utf8');
    const label = endpointLabel(endpoint);
    const apiUrl = terms.name('api-url');
    const defaultHint = `${inputs/* DEFAULT_API_URL */.rK} unless you run a stand-in`;
    if (res.status >= 300 && res.status < 400) {
        const target = (0,src_text/* describeLocation */.lR)(res.headers.location, url, redact);
        throw new DeployFailure(`Streampixel: ${apiUrl} redirects`, `${apiUrl} answered HTTP ${res.status}, redirecting to ${target}. Redirects are not followed: the request body carries the API key.`, `Set ${apiUrl} to the final address (${defaultHint}).`, { httpStatus: res.status, input: 'api-url' });
    }
    if (res.status < 200 || res.status >= 300) {
        throw failureForStatus(endpoint, res.status, apiMessageOf(text, redact), terms, earlierAmbiguousAnswer);
    }
    const writes = isWrite(endpoint);
    if (/^\s*</.test(text)) {
        // A login page, a captive portal, the dashboard: not the API, whatever its status.
        throw new DeployFailure(`Streampixel: ${apiUrl} is not the API`, `${apiUrl} answered ${label} with a web page (HTTP ${res.status}: "${apiMessageOf(text, redact)}"), not the Streampixel API's JSON.`, `Check ${apiUrl} (${defaultHint})${writes ? '; if it is right, check the project in the dashboard before re-running, in case the request was acted on' : ''}.`, { httpStatus: res.status, input: 'api-url' });
    }
    if (res.truncated) {
        // Any 2xx to upload or distribute is an acceptance: keep what the kept part says.
        if (writes)
            return partialFields(text);
        throw new DeployFailure('Streampixel: answer too large', `Streampixel's answer to ${label} was larger than this action reads (HTTP ${res.status}).`, `Check ${apiUrl} points at the Streampixel API.`, 
        // Never right: a wrong api-url or a changed API, which a wait would not outlast.
        { httpStatus: res.status, input: 'api-url' });
    }
    if (!text.trim())
        return {};
    try {
        return JSON.parse(text);
    }
    catch {
        if (endpoint === 'status') {
            throw new DeployFailure('Streampixel: unreadable project status', `The project status answer was not JSON (HTTP ${res.status}: "${apiMessageOf(text, redact)}").`, `Check ${apiUrl} points at the Streampixel API.`, { httpStatus: res.status, input: 'api-url' });
        }
        // An accepted upload with an unexpected body is still accepted: keep its text as the message.
        return { message: apiMessageOf(text, redact) };
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
function networkFailure({ endpoint, url, earlierAmbiguousAnswer, terms }, err) {
    const host = (0,format/* displayUrl */.Qy)(url);
    // A proxy that did not open the tunnel: nothing reached Streampixel, and the fix is the proxy's.
    if (err.failure === 'proxy') {
        return new DeployFailure('Streampixel unreachable through the proxy', `${endpointLabel(endpoint)} to ${host} failed: ${err.message}.`, http/* PROXY_HINT */.Lx);
    }
    const why = err.sent
        ? 'The request was sent'
        : earlierAmbiguousAnswer && earlierAttemptGot(earlierAmbiguousAnswer);
    const acted = isWrite(endpoint) && why ? mayHaveActed(endpoint, why) : undefined;
    return new DeployFailure(acted ? 'Streampixel: no answer after the request was sent' : 'Streampixel unreachable', `${endpointLabel(endpoint)} to ${host} failed: ${err.message}.${acted ? ` ${acted.sentence}` : ''}`, acted?.hint ??
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
                const date = stringField(entry, 'date');
                return [
                    {
                        id,
                        status: clean(status, 100),
                        objection: objection && clean(objection, 1000),
                        date: date && clean(date, 40),
                    },
                ];
            });
        }
    }
    throw new DeployFailure('Streampixel: unexpected project status', 'The project status answer has no list of uploads (files).', `Check ${terms.name('api-url')} points at the Streampixel API; if it does, the API may have changed: open an issue.`, { input: 'api-url' });
}

// EXTERNAL MODULE: ./src/terms.ts
var src_terms = __webpack_require__(5304);
;// CONCATENATED MODULE: ./src/deploy.ts
/**
 * The deploy flow: check the artifact → upload (or distribute) → follow the
 * build. Plain TypeScript: progress goes through `Progress`, the outcome is a
 * `DeployResult`. Expected failures are part of the result, never thrown.
 */






async function deploy(config, progress, deps = {}) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? retry/* sleep */.yy;
    const started = now();
    const result = {
        ok: false,
        status: 'failed',
        mode: config.uploadId ? 'distribute' : 'upload',
        projectId: config.projectId,
        artifactUrl: config.fileUrl ? (0,format/* displayUrl */.Qy)(config.fileUrl) : undefined,
        uploadId: config.uploadId,
        timeline: [],
        durationMs: 0,
    };
    const terms = deps.terms ?? src_terms/* ACTION_TERMS */.f;
    const log = (line) => progress.info(line);
    const clientOptions = {
        terms,
        apiUrl: config.apiUrl,
        apiKey: config.apiKey,
        userId: config.userId,
        timeoutMs: config.timeoutMs,
        maxAttempts: config.maxAttempts,
        log,
        debug: (line) => progress.debug(line),
        sleep,
        send: deps.send,
    };
    const flow = {
        config,
        terms,
        result,
        progress,
        sleep,
        now,
        send: deps.send,
        client: new StreampixelClient(clientOptions),
        // Between polls the interval is the retry: one attempt per poll.
        pollClient: new StreampixelClient({ ...clientOptions, maxAttempts: 1 }),
    };
    try {
        await sendAndFollow(flow);
    }
    catch (err) {
        if (!(err instanceof DeployFailure))
            throw err;
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
    result.durationMs = now() - started;
    return result;
}
async function sendAndFollow(flow) {
    const { config, result, progress, client, terms } = flow;
    if (config.fileUrl) {
        if (config.checkFileUrl) {
            const info = await checkArtifact(config.fileUrl, {
                timeoutMs: config.timeoutMs,
                maxAttempts: config.maxAttempts,
                log: (line) => progress.info(line),
                debug: (line) => progress.debug(line),
                sleep: flow.sleep,
                send: flow.send,
                terms,
            });
            result.artifactBytes = info.sizeBytes;
            const size = info.sizeBytes === undefined ? 'size not reported' : (0,format/* formatBytes */.z3)(info.sizeBytes);
            progress.info(`Artifact OK: ${result.artifactUrl} is a zip archive (${size}).`);
        }
        else {
            progress.info(`Artifact check skipped (${terms.setting('check-file-url', 'false')}): ${result.artifactUrl}`);
        }
    }
    if (config.dryRun) {
        const what = config.fileUrl
            ? `upload ${result.artifactUrl} (autoRelease: ${config.autoRelease})`
            : `distribute upload ${config.uploadId}`;
        progress.info(`Dry run: would ${what} to project ${config.projectId}. Nothing was sent to Streampixel.`);
        result.ok = true;
        result.status = 'dry-run';
        return;
    }
    if (config.fileUrl) {
        progress.info(`Uploading ${result.artifactUrl} to project ${config.projectId}…`);
        const accepted = await client.upload(config.projectId, config.fileUrl, config.autoRelease);
        result.status = 'queued';
        result.apiMessage = accepted.message;
        result.uploadId = accepted.uploadId;
        progress.info(`Streampixel accepted the build${accepted.uploadId ? ` as upload ${accepted.uploadId}` : ''}: "${accepted.message || 'no message'}".`);
    }
    else if (config.uploadId) {
        progress.info(`Distributing upload ${config.uploadId} in project ${config.projectId}…`);
        const accepted = await client.distribute(config.projectId, config.uploadId);
        result.status = 'distributed';
        result.apiMessage = accepted.message;
        progress.info(`Streampixel started the distribution: "${accepted.message || 'no message'}".`);
    }
    if (!config.wait) {
        result.ok = true;
        return;
    }
    if (!result.uploadId) {
        throw new DeployFailure('Cannot follow the build', 'Streampixel queued the build, but its answer carried no usable upload ID (older API versions give none), so its progress cannot be followed.', `Watch it in the dashboard: ${(0,format/* dashboardUrl */.aU)(config.projectId)}. Set ${terms.setting('wait', 'false')} to stop gating on it.`);
    }
    await follow(flow);
}
/**
 * One status request. Credentials, access and a wrong api-url do not heal
 * between polls, so their failures end the wait; anything else (5xx, 429,
 * network) is retried at the next interval: undefined.
 */
async function pollOnce(client, projectId, progress) {
    try {
        return await client.projectFiles(projectId);
    }
    catch (err) {
        if (!(err instanceof DeployFailure))
            throw err;
        const status = err.details.httpStatus;
        // A redirect or a web page means api-url is wrong; that does not heal either.
        const permanent = status !== undefined && status >= 300 && status < 500 && status !== 429;
        if (permanent || err.details.input === 'api-url')
            throw err;
        progress.info(`Status check failed: ${err.message.replace(/\.$/, '')}; trying again at the next interval.`);
        return undefined;
    }
}
const TERMINAL_OK = /^approved$/i;
const TERMINAL_REJECTED = /^reject(ed)?$/i;
// Not in the documented lifecycle, but a status that says the build ended badly must not be waited on for an hour.
const TERMINAL_FAILED = /^(fail(ed|ure)?|error(ed)?|cancell?ed|abort(ed)?)$/i;
const isTerminal = (status) => [TERMINAL_OK, TERMINAL_REJECTED, TERMINAL_FAILED].some((re) => re.test(status));
async function follow(flow) {
    const { config, result, progress, sleep, now, pollClient: client, terms } = flow;
    const uploadId = result.uploadId;
    const started = now();
    const deadline = started + config.waitTimeoutMs;
    let lastStatus;
    let reportedMissing = false;
    progress.info(`Following upload ${uploadId} (every ${config.pollIntervalMs / 1000} s, up to ${config.waitTimeoutMs / 60_000} min)…`);
    let observations = 0;
    for (;;) {
        const files = await pollOnce(client, config.projectId, progress).catch((err) => {
            if (!(err instanceof DeployFailure))
                throw err;
            // The wait ends, not the build: say so, or a re-run may queue it twice.
            throw new DeployFailure(err.title, `${err.message} Upload ${uploadId} was accepted and may still go live: watch it at ${(0,format/* dashboardUrl */.aU)(config.projectId)}.`, err.hint, err.details);
        });
        const file = files?.find((f) => f.id === uploadId);
        const elapsed = now() - started;
        if (files && !file && !reportedMissing) {
            progress.info(`[${(0,format/* formatElapsed */.C7)(elapsed)}] upload ${uploadId} is not listed in the project yet.`);
            reportedMissing = true;
        }
        if (file && file.status !== lastStatus) {
            lastStatus = file.status;
            result.timeline.push({ status: file.status, at: new Date(now()), elapsedMs: elapsed });
            progress.info(`[${(0,format/* formatElapsed */.C7)(elapsed)}] ${file.status || '(no status)'}`);
        }
        // Right after distribute-file, an earlier upload may still show the end state it had before
        // (Approved): that is not this distribution's outcome, so it counts from the next poll on.
        if (file)
            observations++;
        const stateBefore = result.mode === 'distribute' && observations === 1;
        if (file && stateBefore && isTerminal(file.status)) {
            progress.info(`That may still be the upload's state from before this distribution; checking again in ${config.pollIntervalMs / 1000} s.`);
        }
        else if (file) {
            if (TERMINAL_OK.test(file.status)) {
                result.status = 'approved';
                result.ok = true;
                const live = config.autoRelease || result.mode === 'distribute';
                result.held = !live;
                progress.info(`Build ${uploadId} is approved${live ? ' and live' : ' (held: distribute it to go live)'}.`);
                return;
            }
            if (TERMINAL_REJECTED.test(file.status)) {
                result.status = 'rejected';
                result.objection = file.objection;
                throw new DeployFailure('Streampixel rejected the build', `Streampixel rejected upload ${uploadId}: "${file.objection || 'no reason given'}".`, 'Fix what the objection names in the packaged build, then deploy again.');
            }
            if (TERMINAL_FAILED.test(file.status)) {
                result.objection = file.objection;
                throw new DeployFailure('Streampixel could not process the build', `Streampixel reports upload ${uploadId} as "${file.status}"${file.objection ? `: "${file.objection}"` : ''}.`, `See the project in the dashboard (${(0,format/* dashboardUrl */.aU)(config.projectId)}), then deploy again.`);
            }
        }
        const remaining = deadline - now();
        if (remaining <= 0) {
            result.status = 'timed-out';
            throw new DeployFailure('Timed out waiting for the build', `Upload ${uploadId} was still ${lastStatus ? `"${lastStatus}"` : 'not listed'} after ${(0,format/* formatElapsed */.C7)(now() - started)} (${terms.setting('wait-timeout-minutes', String(config.waitTimeoutMs / 60_000))}).`, `The build may still go live: watch it at ${(0,format/* dashboardUrl */.aU)(config.projectId)}. Raise ${terms.name('wait-timeout-minutes')} if builds usually take longer.`);
        }
        await sleep(Math.min(config.pollIntervalMs, remaining));
    }
}


/***/ })

};
