#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   i8: () => (/* binding */ STAND_IN_POLL_FLOOR_ENV),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* unused harmony exports isLoopbackHost, POLL_FLOOR_SECONDS */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/**
 * Raw input strings → one typed DeployConfig, or every problem at once.
 * Pure: no I/O, no @actions/*. Messages name the input in the user's terms
 * and never repeat a secret's value.
 */

const DEFAULT_API_URL = 'https://api.streampixel.io/pixelStripeApi';
const INPUT_NAMES = [
    'api-key',
    'user-id',
    'project-id',
    'file-url',
    'upload-id',
    'api-url',
    'auto-release',
    'check-file-url',
    'dry-run',
    'max-attempts',
    'timeout-seconds',
    'wait',
    'wait-timeout-minutes',
    'poll-interval-seconds',
    'environment',
    'environment-url',
    'github-token',
];
/**
 * Query parameters of presigned URLs (S3, GCS, Azure) that hold no secret.
 * Masking their values ("3600", "host") would blot those words out of the
 * whole job log; the full query string is masked regardless.
 */
const PUBLIC_QUERY_PARAMS = /^(x-(amz|goog)-(algorithm|date|expires|signedheaders)|response-.*|sv|se|st|sr|sp|spr|ss|srt)$/i;
/** Parameter names that say they carry a secret, whatever the value's length. */
const SECRET_QUERY_PARAM = /sig|token|credential|key|secret|auth|pass|policy/i;
const MIN_UNNAMED_SECRET = 8;
/** Every value derived from the inputs that must never be printed. */
function secretValues(raw) {
    const secrets = [raw['api-key'], raw['user-id'], raw['github-token']];
    // file-url above all, but a presigned URL pasted into another input is just as secret.
    for (const value of Object.values(raw)) {
        if (value?.includes('?'))
            secrets.push(...urlSecrets(value.trim()));
    }
    return secrets.filter((s) => !!s && s.length >= 4);
}
/** A URL's signature, credential and password, with the query that carries them. */
function urlSecrets(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return [text.slice(text.indexOf('?') + 1)];
    }
    const secrets = [url.hash.slice(1), url.password];
    for (const [name, value] of url.searchParams) {
        // Short values of other parameters ("v=2024", "download=true") would blot common words out.
        const secret = SECRET_QUERY_PARAM.test(name) || value.length >= MIN_UNNAMED_SECRET;
        if (secret && !PUBLIC_QUERY_PARAMS.test(name))
            secrets.push(value);
    }
    // The whole query too, when it carries a secret ("dl=0" alone does not).
    if (secrets.length > 2 || url.password)
        secrets.push(url.search.slice(1));
    return secrets;
}
const YAML_TRUE = new Set(['true', 'True', 'TRUE']);
const YAML_FALSE = new Set(['false', 'False', 'FALSE']);
const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
const TOKEN = /^[A-Za-z0-9_-]+$/;
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/;
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** Streampixel asks not to be polled faster than every 5 s. */
const POLL_FLOOR_SECONDS = 5;
/**
 * Lowers the polling floor for a local stand-in: honoured only with a
 * loopback api-url, which is never Streampixel (the tests and the demo use it).
 */
const STAND_IN_POLL_FLOOR_ENV = 'STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS';
function parseConfig(raw, options = {}) {
    const problems = [];
    const warnings = [];
    const problem = (input, title, message) => {
        problems.push({ input, title, message });
    };
    const value = (name) => (raw[name] ?? '').trim();
    const apiKey = secretToken(value('api-key'), 'api-key', 'STREAMPIXEL_API_KEY', problem);
    const userId = id('user-id', problem, warnings, value, true);
    const projectId = id('project-id', problem, warnings, value, false);
    const fileUrlRaw = value('file-url');
    const uploadIdRaw = value('upload-id');
    let fileUrl;
    let uploadId;
    if (fileUrlRaw && uploadIdRaw) {
        problem('upload-id', 'file-url and upload-id both given', 'Give file-url to upload a new build, or upload-id to distribute an earlier upload (rollback), not both.');
    }
    else if (!fileUrlRaw && !uploadIdRaw) {
        problem('file-url', 'file-url or upload-id required', 'Give file-url (the direct download URL of the build .zip) to deploy a new build, or upload-id to distribute an earlier upload.');
    }
    else if (fileUrlRaw) {
        fileUrl = artifactUrl(fileUrlRaw, problem, warnings);
    }
    else {
        uploadId = id('upload-id', problem, warnings, value, false);
    }
    const apiUrl = apiBase(value('api-url') || DEFAULT_API_URL, problem);
    const loopbackApi = apiUrl !== undefined && isLoopbackHost(new URL(apiUrl).hostname);
    const bool = (name, fallback) => {
        const v = value(name);
        if (!v)
            return fallback;
        if (YAML_TRUE.has(v))
            return true;
        if (YAML_FALSE.has(v))
            return false;
        problem(name, `${name} is not a boolean`, `${name} must be true or false (also True, TRUE, False, FALSE); got "${shorten(v)}".`);
        return fallback;
    };
    const num = (name, fallback, min, max, integer, unit) => {
        const v = value(name);
        if (!v)
            return fallback;
        const n = Number(v);
        const valid = /^\d+(\.\d+)?$/.test(v) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
        if (!valid) {
            const kind = integer ? 'a whole number' : 'a number';
            problem(name, `${name} is out of range`, `${name} must be ${kind} from ${min} to ${max} ${unit}; got "${shorten(v)}".`);
            return fallback;
        }
        return n;
    };
    const autoRelease = bool('auto-release', true);
    const checkFileUrl = bool('check-file-url', true);
    const dryRun = bool('dry-run', false);
    const wait = bool('wait', false);
    const maxAttempts = num('max-attempts', 3, 1, 10, true, 'attempts');
    const timeoutSeconds = num('timeout-seconds', 30, 0.1, 600, false, 'seconds');
    const waitMinutes = num('wait-timeout-minutes', 60, 0.01, 360, false, 'minutes');
    const standInFloor = Number(options.standInPollFloorSeconds);
    const pollFloor = loopbackApi &&
        options.standInPollFloorSeconds &&
        standInFloor >= 0.01 &&
        standInFloor < POLL_FLOOR_SECONDS
        ? standInFloor
        : POLL_FLOOR_SECONDS;
    const pollSeconds = num('poll-interval-seconds', 15, pollFloor, 600, false, 'seconds');
    if (uploadIdRaw && value('auto-release')) {
        warnings.push({
            input: 'auto-release',
            title: 'auto-release is ignored',
            message: 'auto-release applies to uploads; with upload-id the build is distributed (made live) regardless.',
        });
    }
    const environment = value('environment');
    let deployment;
    if (environment) {
        const environmentUrl = value('environment-url');
        if (environmentUrl && !isHttpUrl(environmentUrl)) {
            problem('environment-url', 'environment-url is not a URL', 'environment-url must be an absolute http(s) URL, or left empty.');
        }
        deployment = { environment, environmentUrl: environmentUrl || undefined };
    }
    else if (value('environment-url')) {
        warnings.push({
            input: 'environment-url',
            title: 'environment-url is ignored',
            message: 'environment-url is only used together with environment (which turns GitHub Deployments on).',
        });
    }
    if (problems.length > 0 ||
        apiKey === undefined ||
        userId === undefined ||
        projectId === undefined ||
        apiUrl === undefined) {
        return { ok: false, problems, warnings };
    }
    return {
        ok: true,
        warnings,
        deployment,
        config: {
            apiKey,
            userId,
            projectId,
            fileUrl,
            uploadId,
            apiUrl,
            autoRelease,
            checkFileUrl,
            dryRun,
            maxAttempts,
            timeoutMs: Math.round(timeoutSeconds * 1000),
            wait,
            waitTimeoutMs: Math.round(waitMinutes * 60_000),
            pollIntervalMs: Math.round(pollSeconds * 1000),
        },
    };
}
/** A value as a message may quote it: never a URL (its query may be a signature), never long. */
function shorten(text) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('?'))
        return '(a URL)';
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
function isHttpUrl(text) {
    try {
        return ['http:', 'https:'].includes(new URL(text).protocol);
    }
    catch {
        return false;
    }
}
/** A secret that must be one token; its value is never repeated in a message. */
function secretToken(v, name, envName, problem) {
    if (!v) {
        problem(name, `${name} is required`, `${name} is empty: pass it from a secret, e.g. \${{ secrets.${envName} }}, and check the secret exists in this repository or environment.`);
        return undefined;
    }
    const lines = v.split(/\r\n|\r|\n/).length;
    if (lines > 1) {
        problem(name, `${name} spans ${lines} lines`, `${name} must be a single line; the secret was pasted with a line break. Paste it again on one line.`);
        return undefined;
    }
    if (WHITESPACE_OR_CONTROL.test(v)) {
        problem(name, `${name} contains whitespace`, `${name} must not contain spaces, tabs or control characters; copy the value again without them.`);
        return undefined;
    }
    return v;
}
/** user-id, project-id, upload-id: one token; Streampixel's are 24 hex characters. */
function id(name, problem, warnings, value, secret) {
    const v = value(name);
    if (secret) {
        const token = secretToken(v, name, 'STREAMPIXEL_USER_ID', problem);
        if (token === undefined)
            return undefined;
    }
    else if (!v) {
        problem(name, `${name} is required`, `${name} is empty: it is the 24-character ID at the end of the project page URL in the Streampixel dashboard.`);
        return undefined;
    }
    const dashboard = /^https?:\/\/dashboard\.streampixel\.io\/projectdetail\/([0-9a-fA-F]{24})\/?$/i.exec(v);
    if (dashboard) {
        problem(name, `${name} is a URL, not an ID`, `${name} is a dashboard URL; use the ID it contains: ${secret ? '(the 24-character part of the URL)' : dashboard[1]}.`);
        return undefined;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
        problem(name, `${name} is a URL, not an ID`, `${name} must be an ID, not a URL; Streampixel IDs are 24 hex characters.`);
        return undefined;
    }
    if (!TOKEN.test(v)) {
        const shown = secret ? '' : ` "${shorten(v)}"`;
        problem(name, `${name} is not an ID`, `${name}${shown} must be a single ID made of letters, digits, - and _ (Streampixel IDs are 24 hex characters).`);
        return undefined;
    }
    if (!OBJECT_ID.test(v)) {
        warnings.push({
            input: name,
            title: `${name} looks unusual`,
            message: `${name}${secret ? '' : ` "${shorten(v)}"`} is not 24 hex characters, the form of every Streampixel ID seen so far; check it if the deploy fails.`,
        });
    }
    return v;
}
function apiBase(v, problem) {
    let url;
    try {
        url = new URL(v);
    }
    catch {
        problem('api-url', 'api-url is not a URL', `api-url must be an absolute https URL such as ${DEFAULT_API_URL}.`);
        return undefined;
    }
    if (url.username || url.password || url.search || url.hash) {
        problem('api-url', 'api-url has extra parts', 'api-url must not carry credentials, a query string or a fragment.');
        return undefined;
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        problem('api-url', 'api-url must use https', 'api-url must use https: the requests carry your API key. Plain http is accepted only for a loopback stand-in (127.0.0.1, ::1, localhost).');
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        problem('api-url', 'api-url must use https', `api-url must be an https URL such as ${DEFAULT_API_URL}.`);
        return undefined;
    }
    return url.href.replace(/\/+$/, '');
}
function artifactUrl(v, problem, warnings) {
    let url;
    try {
        url = new URL(v);
    }
    catch {
        problem('file-url', 'file-url is not a URL', 'file-url must be an absolute https URL of the build .zip (e.g. a presigned S3 URL from an earlier step).');
        return undefined;
    }
    const shown = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .displayUrl */ .Qy)(url);
    const scheme = url.protocol.slice(0, -1);
    if (['s3', 'gs', 'r2', 'az', 'abfs', 'wasbs'].includes(scheme)) {
        problem('file-url', `file-url is an ${scheme}:// address`, `Streampixel downloads over https, not ${scheme}://. Make a download URL first, e.g. \`aws s3 presign s3://bucket/Game.zip --expires-in 3600\` or \`gcloud storage sign-url\`.`);
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        problem('file-url', 'file-url must be http(s)', `file-url must be an https URL that Streampixel can download; ${scheme}: URLs are not reachable from Streampixel.`);
        return undefined;
    }
    const host = url.hostname.toLowerCase();
    if (/(^|\.)drive\.google\.com$/.test(host) || /(^|\.)docs\.google\.com$/.test(host)) {
        problem('file-url', 'file-url is a Google Drive page', `${shown} opens Google Drive's viewer, not the file, and Streampixel needs a direct download link. Host the .zip on S3, Google Cloud Storage, R2 or any plain file server and pass that URL.`);
        return undefined;
    }
    if (/(^|\.)dropbox\.com$/.test(host) &&
        url.searchParams.get('dl') !== '1' &&
        url.searchParams.get('raw') !== '1') {
        problem('file-url', 'file-url is a Dropbox preview link', `${shown} opens Dropbox's preview page (dl=0), not the file. Use the direct link (dl.dropboxusercontent.com/…), or host the .zip on S3, Google Cloud Storage or R2.`);
        return undefined;
    }
    if (url.username || url.password) {
        warnings.push({
            input: 'file-url',
            title: 'file-url carries credentials',
            message: 'file-url has a user name or password in it; Streampixel may not send them. Prefer a presigned URL.',
        });
    }
    if (!url.pathname.toLowerCase().endsWith('.zip')) {
        warnings.push({
            input: 'file-url',
            title: 'file-url does not end in .zip',
            message: `${shown} does not end in .zip; Streampixel expects a .zip of a packaged Windows build.`,
        });
    }
    if (url.protocol === 'http:' && !isLoopbackHost(host)) {
        warnings.push({
            input: 'file-url',
            title: 'file-url uses plain http',
            message: `${shown} uses plain http; anyone on the path can read or alter the build. Prefer https.`,
        });
    }
    return url.href;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ cleanServerText),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
/**
 * What is secret, and how text from outside is made safe to print.
 *
 * Two separate jobs:
 * - `Redactor` replaces every known secret (and the forms it takes once
 *   encoded into a URL or a JSON body) with `***`. The runner masks what it
 *   was told to mask too, but only on GitHub; the CLI and our own tests see
 *   raw output, so we never rely on the runner alone.
 * - `cleanServerText` turns text we did not write (API messages, headers,
 *   error pages) into one inert, bounded line.
 */
const MASK = '***';
/** Lines shorter than this are not masked on their own: masking "a" would shred the log. */
const MIN_MASKED_PART = 4;
class Redactor {
    forms = [];
    /** Registers a secret and its derived forms; returns the forms that were new (to hand to the runner). */
    add(secret) {
        if (!secret)
            return [];
        const parts = new Set([secret]);
        for (const line of secret.split(/\r\n|\r|\n/)) {
            const trimmed = line.trim();
            if (trimmed.length >= MIN_MASKED_PART)
                parts.add(trimmed);
        }
        const forms = new Set();
        for (const part of parts) {
            forms.add(part);
            forms.add(encodeURIComponent(part));
            forms.add(new URLSearchParams({ v: part }).toString().slice(2));
            forms.add(JSON.stringify(part).slice(1, -1));
            // The job summary escapes Markdown ("spk\_key"): a secret in it would slip past the plain form.
            forms.add(escapeMarkdown(part));
        }
        const added = [...forms].filter((f) => f.length > 0 && !this.forms.includes(f));
        // Longest first, so a secret that contains another is replaced whole.
        this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length);
        return added;
    }
    redact(text) {
        let out = text;
        for (const form of this.forms)
            out = out.split(form).join(MASK);
        // Text cut short (a capped read, a truncated message) can end in the first part of a secret.
        for (const form of this.forms) {
            for (let length = form.length - 1; length >= MIN_MASKED_PART; length--) {
                if (out.endsWith(form.slice(0, length))) {
                    out = `${out.slice(0, out.length - length)}${MASK}`;
                    break;
                }
            }
        }
        return out;
    }
    /** The same, as a plain function to hand to `cleanServerText`. */
    redactor = (text) => this.redact(text);
}
/**
 * The URL as we show it: no credentials, no query string or fragment (a
 * presigned URL's signature lives there). `https://bucket/Game.zip?…`
 */
function displayUrl(url) {
    let parsed;
    try {
        parsed = typeof url === 'string' ? new URL(url) : url;
    }
    catch {
        return '(unparseable URL)';
    }
    const hidden = parsed.search || parsed.hash ? '?…' : '';
    const auth = parsed.username || parsed.password ? '***@' : '';
    return `${parsed.protocol}//${auth}${parsed.host}${parsed.pathname}${hidden}`;
}
/**
 * Where a redirect points, as we show it: resolved against the request URL,
 * without query, fragment or credentials, cleaned. Never throws: the Location
 * is the server's text.
 */
function describeLocation(location, base, redact) {
    if (!location?.trim())
        return 'no Location given';
    let target;
    try {
        target = new URL(location.trim(), base);
    }
    catch {
        const shown = cleanServerText(location.replace(/[?#][\s\S]*$/, ''), 100, redact);
        return `an unreadable Location ("${shown}")`;
    }
    return cleanServerText(displayUrl(target), 200, redact);
}
// C0 and C1 controls, DEL, and the Unicode line/paragraph separators: any of
// them can start a new line in the runner's reader or in a log viewer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// ANSI escape sequences (CSI and OSC), removed whole before the controls go.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?)/g;
// Bidirectional overrides and zero-width characters that make text read other than it is.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const ZWSP = '\u200b';
/** Work on at most this much of any server text: the result is a few hundred characters. */
const MAX_INPUT_CHARS = 64 * 1024;
/**
 * One inert line of at most `maxLength` characters.
 *
 * The runner treats a line as a workflow command when, after trimming leading
 * whitespace, it starts with `::` (current form), or when it contains `##[`
 * anywhere (legacy form). Both are broken with a zero-width space, which .NET
 * does not count as whitespace, after any newline that could have started a
 * fresh line is gone.
 *
 * `redact` runs after the invisible characters are gone (they could split a
 * secret) and before the cut (which could leave half of one).
 */
function cleanServerText(text, maxLength = 300, redact = (t) => t) {
    let out = text
        .slice(0, MAX_INPUT_CHARS)
        .replace(ANSI, '')
        .replace(INVISIBLE, '')
        .replace(CONTROL, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    out = redact(out);
    if (out.length > maxLength) {
        // Never cut between the two halves of an emoji: a lone surrogate is not text.
        out = `${out
            .slice(0, maxLength - 1)
            .replace(/[\ud800-\udbff]$/, '')
            .trimEnd()}…`;
    }
    return out.replace(/::/g, `:${ZWSP}:`).replace(/##\[/g, `#${ZWSP}#[`);
}
/** Escapes text for a Markdown table cell or paragraph (GitHub-flavoured, HTML allowed). */
function escapeMarkdown(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')
        // Bare URLs and addresses are auto-linked by GitHub: break the link, keep the text.
        .replace(/:/g, '&#58;')
        .replace(/@/g, '&#64;')
        .replace(/\s+/g, ' '));
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yt: () => (/* binding */ ACTION_VERSION),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   px: () => (/* binding */ ACTION_NAME)
/* harmony export */ });
/** Kept equal to package.json's version by a test; sent in the User-Agent. */
const ACTION_NAME = 'streampixel-deploy';
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION} (+https://github.com/org/streampixel-deploy)`;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ ENV_API_KEY),
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   Gp: () => (/* binding */ ENV_USER_ID),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   hj: () => (/* binding */ EXIT_FAILED),
/* harmony export */   iW: () => (/* binding */ main),
/* harmony export */   y1: () => (/* binding */ ENV_PROJECT_ID)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2973);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6670);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/**
 * `npx streampixel-deploy`: the command line for GitLab, Jenkins, Buildkite or
 * a terminal. A thin adapter over the same parseConfig() and deploy() as the
 * action, with no @actions/* import: flags named like the action's inputs,
 * secrets only from the environment, progress on stderr (every line through
 * the Redactor), and with --json one JSON object on stdout and nothing else.
 *
 * Exit codes: 0 deployed (or dry run), 1 the deploy failed, 2 bad usage.
 */




const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const ENV_API_KEY = 'STREAMPIXEL_API_KEY';
const ENV_USER_ID = 'STREAMPIXEL_USER_ID';
const ENV_PROJECT_ID = 'STREAMPIXEL_PROJECT_ID';
/** The action's inputs that make sense outside GitHub, as flags of the same names. */
const FLAGS = [
    {
        input: 'file-url',
        boolean: false,
        meta: 'URL',
        help: 'direct download URL of the build .zip (a presigned S3/GCS/R2 URL); give this or --upload-id',
    },
    {
        input: 'upload-id',
        boolean: false,
        meta: 'ID',
        help: 'distribute this earlier upload instead (rollback, or release a held build)',
    },
    {
        input: 'project-id',
        boolean: false,
        meta: 'ID',
        default: `$${ENV_PROJECT_ID}`,
        help: 'the project: the 24-character ID at the end of its dashboard URL',
    },
    {
        input: 'api-url',
        boolean: false,
        meta: 'URL',
        default: _config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_API_URL */ .rK,
        help: 'API base URL; https only (plain http only to a loopback stand-in)',
    },
    {
        input: 'auto-release',
        boolean: true,
        default: 'true',
        help: 'sent as autoRelease; false holds the processed build for a later distribute',
    },
    {
        input: 'check-file-url',
        boolean: true,
        default: 'true',
        help: 'check that --file-url downloads a zip (first 4 bytes) before uploading',
    },
    {
        input: 'dry-run',
        boolean: true,
        default: 'false',
        help: 'do everything except sending the upload or distribute request',
    },
    {
        input: 'max-attempts',
        boolean: false,
        meta: 'N',
        default: '3',
        help: 'attempts per request, 1 to 10',
    },
    {
        input: 'timeout-seconds',
        boolean: false,
        meta: 'S',
        default: '30',
        help: 'time limit per request (connect, headers and the whole body)',
    },
    {
        input: 'wait',
        boolean: true,
        default: 'false',
        help: 'follow the upload until Streampixel approves or rejects it',
    },
    {
        input: 'wait-timeout-minutes',
        boolean: false,
        meta: 'M',
        default: '60',
        help: 'how long --wait follows the upload; decimals allowed',
    },
    {
        input: 'poll-interval-seconds',
        boolean: false,
        meta: 'S',
        default: '15',
        help: 'seconds between status requests with --wait; never below 5',
    },
];
/** Flags of the CLI itself. */
const OWN_BOOLEANS = ['json', 'verbose'];
/** Secrets that people will try to pass as flags. */
const REFUSED = {
    'api-key': ENV_API_KEY,
    apikey: ENV_API_KEY,
    'user-id': ENV_USER_ID,
    userid: ENV_USER_ID,
};
const BOOLEAN_NAMES = new Set([
    ...FLAGS.filter((f) => f.boolean).map((f) => f.input),
    ...OWN_BOOLEANS,
]);
class UsageError extends Error {
}
const WIDTH = 100;
const LEFT = 30;
/** Words in lines of at most `width` characters, continuation lines indented to the description column. */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    lines.push(line);
    return lines.join(`\n${' '.repeat(LEFT)}`).replace(/\u00a0/g, ' ');
}
function usage() {
    const rows = [];
    const row = (flag) => {
        const left = flag.boolean
            ? `--${flag.input}[=BOOL]`
            : `--${flag.input} ${flag.meta ?? 'VALUE'}`;
        // A default is kept whole on one line.
        const fallback = flag.default ? ` (default:\u00a0${flag.default})` : '';
        rows.push([left, `${flag.help}${fallback}`]);
    };
    const what = FLAGS.filter((f) => ['file-url', 'upload-id', 'project-id'].includes(f.input));
    const options = FLAGS.filter((f) => !what.includes(f));
    const table = (entries) => entries.map(([l, r]) => `  ${l.padEnd(LEFT - 2)}${wrap(r, WIDTH - LEFT)}`).join('\n');
    for (const f of what)
        row(f);
    const whatRows = rows.splice(0);
    for (const f of options)
        row(f);
    rows.push(['--json', 'print the result as one JSON object on stdout (and nothing else there)'], ['--verbose', "also print each request's method, URL (no query), status and timing"], ['-h, --help', 'show this help on stdout (as text, also with --json)'], ['-V, --version', 'print the version on stdout (as text, also with --json)']);
    return `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --project-id ID (--file-url URL | --upload-id ID) [options]

Deploys an Unreal Engine build (.zip) to Streampixel from any CI or a terminal:
checks that the URL serves a zip, asks Streampixel to download it, and with
--wait follows the build until it is approved or rejected.

Secrets are read only from the environment, never from flags (flags end up in
shell history and in process lists):
  ${ENV_API_KEY.padEnd(LEFT - 2)}the API key (required)
  ${ENV_USER_ID.padEnd(LEFT - 2)}user ID of the account that owns the key (required)
  ${ENV_PROJECT_ID.padEnd(LEFT - 2)}the project ID, when --project-id is not given

What to deploy:
${table(whatRows)}

Options:
${table(rows)}

Booleans: --wait, --wait=true, --wait=false or --wait false (also True, TRUE, False, FALSE).
Progress and errors go to stderr with secrets masked; stdout carries only the --json result.

Exit codes:
  0  deployed: build queued, approved (--wait), distributed, or a dry run
  1  the deploy failed: refused, rejected, timed out, unreachable
  2  bad usage: unknown flag, missing or invalid input; nothing was sent

Examples:
  export ${ENV_API_KEY}=… ${ENV_USER_ID}=…    # from your CI's secret store
  ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --project-id 665a2b3c4d5e6f7a8b9c0d1e \\
    --file-url "$(aws s3 presign s3://bucket/Game.zip --expires-in 3600)"
  ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --project-id "$PROJECT" --file-url "$URL" --wait --json > result.json
  ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --project-id "$PROJECT" --file-url "$URL" --dry-run
  ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --project-id "$PROJECT" --upload-id 6650aa0b1c2d3e4f5a6b7c8d   # roll back
`;
}
/**
 * node:util parseArgs does not take a value for a boolean (`--wait=false`,
 * `--wait false`), so booleans are rewritten to `--name=value` first and all
 * parsed as strings. A secret flag is refused at once, and nothing after it
 * (its value) is ever echoed.
 */
function parseArgv(argv) {
    const args = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            args.push(...argv.slice(i));
            break;
        }
        const m = /^--([^=]+)(=[\s\S]*)?$/.exec(arg);
        const name = m?.[1];
        if (name !== undefined && Object.hasOwn(REFUSED, name)) {
            throw new UsageError(`--${name} is not accepted: flags end up in shell history and in process lists that other users can read. Set the environment variable ${REFUSED[name]} instead, from your CI's secret store.`);
        }
        if (name !== undefined && BOOLEAN_NAMES.has(name) && m?.[2] === undefined) {
            const next = argv[i + 1];
            if (next !== undefined && !next.startsWith('-')) {
                args.push(`--${name}=${next}`);
                i++;
            }
            else {
                args.push(`--${name}=true`);
            }
            continue;
        }
        args.push(arg);
    }
    const options = {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
    };
    for (const f of FLAGS)
        options[f.input] = { type: 'string' };
    for (const name of OWN_BOOLEANS)
        options[name] = { type: 'string' };
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: false });
    }
    catch (err) {
        throw new UsageError(err.message.replace(/\s*\n\s*/g, ' '));
    }
}
/** A value as a message repeats it: a URL (a presigned one carries its signature) is only named. */
function shown(value) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()))
        return 'a URL';
    return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}
function ownBoolean(values, name) {
    const v = values[name];
    if (v === undefined)
        return false;
    if (v === true || /^(true|True|TRUE)$/.test(String(v)))
        return true;
    if (/^(false|False|FALSE)$/.test(String(v)))
        return false;
    throw new UsageError(`--${name} must be true or false; got ${shown(String(v))}.`);
}
/** Where an input came from, in the terms of this command line. */
function sourceOf(input, projectFromEnv) {
    if (input === 'api-key')
        return ENV_API_KEY;
    if (input === 'user-id')
        return ENV_USER_ID;
    if (input === 'project-id' && projectFromEnv)
        return ENV_PROJECT_ID;
    return `--${input}`;
}
/** parseConfig's message, except where it gives advice for GitHub workflows. */
function cliMessage(problem) {
    if (problem.title === 'api-key is required')
        return `${ENV_API_KEY} is not set: export it in the job's environment from your CI's secret store (a masked GitLab CI/CD variable, Jenkins credentials, a Buildkite secret). It is never taken from a flag.`;
    if (problem.title === 'user-id is required')
        return `${ENV_USER_ID} is not set: export the user ID of the account that owns the API key (dashboard account menu → Copy User ID) next to ${ENV_API_KEY}.`;
    if (problem.title === 'project-id is required')
        return `Give --project-id or set ${ENV_PROJECT_ID}: it is the 24-character ID at the end of the project page URL in the Streampixel dashboard.`;
    return problem.message;
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so "wait-timeout-minutes" is not read as "wait". */
const NAMES = [..._config_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
/** `wait: false`, `(check-file-url: false)`, `(wait-timeout-minutes: 0.5)`: YAML in a sentence. */
const YAML_SETTING = new RegExp(`(?<![\\w./?&=#<@:-])(${NAMES}): (true|false|True|False|TRUE|FALSE|\\d+(?:\\.\\d+)?)\\b`, 'g');
/**
 * An input name as a word of its own: not part of a URL, a path, a flag or a
 * longer name ("/files/upload-id", "--wait", "<project-id>", "wait-timeout").
 */
const INPUT_WORD = new RegExp(`(?<![\\w./?&=#<@:-])(${NAMES})(?![\\w/=>-]|\\.\\w)`, 'g');
/** One-word names are also ordinary words ("asks to wait 5 s"): only mapped in a problem about them. */
const ORDINARY_WORDS = new Set(_config_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh.filter((n) => !n.includes('-')));
/**
 * A message, title or hint written for the action's workflow inputs, in the
 * terms of this command line: `api-key` → STREAMPIXEL_API_KEY, `wait: false`
 * → `--wait=false`, `file-url` → `--file-url`.
 */
function cliTerms(text, projectFromEnv = false, about) {
    const name = (input) => sourceOf(input, projectFromEnv);
    return text
        .replace(/\bthe secret passed as (api-key|user-id)\b/g, (_m, input) => name(input))
        .replace(/\bthe upload-id output\b/g, 'the uploadId (in the --json result)')
        .replace(YAML_SETTING, (whole, input, value) => name(input).startsWith('--') ? `${name(input)}=${value}` : whole)
        .replace(INPUT_WORD, (whole, input) => ORDINARY_WORDS.has(input) && input !== about ? whole : name(input));
}
const HEADLINE = {
    queued: 'Build queued on Streampixel',
    'dry-run': 'Dry run: nothing was sent to Streampixel',
    approved: 'Build approved on Streampixel',
    distributed: 'Distribution started on Streampixel',
};
function jsonOf(result) {
    return {
        status: result.status,
        ok: result.ok,
        projectId: result.projectId,
        uploadId: result.uploadId ?? null,
        message: result.apiMessage ?? null,
        artifactUrl: result.artifactUrl ?? null,
        durationMs: result.durationMs,
        timeline: result.timeline.map((t) => ({
            status: t.status,
            at: t.at.toISOString(),
            elapsedMs: t.elapsedMs,
        })),
        failure: result.failure
            ? { title: result.failure.title, message: result.failure.message, hint: result.failure.hint }
            : null,
    };
}
function failedJson(failure, projectId) {
    return {
        status: 'failed',
        ok: false,
        projectId: projectId || null,
        uploadId: null,
        message: null,
        artifactUrl: null,
        durationMs: 0,
        timeline: [],
        failure: { title: failure.title, message: failure.message, hint: failure.hint },
    };
}
/** Every string in a JSON-able value, redacted before it is serialised (so the JSON stays valid). */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
    }
    return value;
}
/**
 * `--json` or `--json=…` anywhere before `--`, unless its value is a false
 * (`--json=false`, `--json false`): for usage errors, before argv is parsed.
 * A value that is neither true nor false is a usage error, answered in JSON.
 */
function jsonRequested(argv) {
    const end = argv.indexOf('--');
    const args = end >= 0 ? argv.slice(0, end) : argv;
    return args.some((a, i) => {
        const m = /^--json(?:=([\s\S]*))?$/.exec(a);
        if (!m)
            return false;
        // `--json false`: parseArgv takes the next word as the value, as for every boolean.
        const value = m[1] ?? args[i + 1] ?? '';
        return !/^(false|False|FALSE)$/.test(value);
    });
}
/**
 * A presigned URL pasted where it does not belong (a positional, the value of
 * --dry-run or --wait) is repeated by the messages about it: every argv token
 * or `--flag=value` that is a URL with a query string is masked like file-url.
 */
function urlSecrets(argv) {
    const secrets = [];
    for (const arg of argv) {
        for (const token of [arg, /^--[^=]+=([\s\S]*)$/.exec(arg)?.[1]]) {
            if (!token)
                continue;
            let url;
            try {
                url = new URL(token.trim());
            }
            catch {
                continue;
            }
            if (url.search || url.hash || url.password)
                secrets.push(...(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .secretValues */ .VX)({ 'file-url': token }));
        }
    }
    return secrets;
}
async function main(argv, env, io) {
    // Mask first: the environment's secrets are known before a word is printed.
    const redactor = new _redact_js__WEBPACK_IMPORTED_MODULE_3__/* .Redactor */ .pO();
    for (const secret of (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .secretValues */ .VX)({ 'api-key': env[ENV_API_KEY], 'user-id': env[ENV_USER_ID] }))
        redactor.add(secret);
    for (const secret of urlSecrets(argv))
        redactor.add(secret);
    const say = (text) => io.stderr(`${redactor.redact(text)}\n`);
    const emit = (result) => io.stdout(`${JSON.stringify(redactDeep(result, (s) => redactor.redact(s)), null, 2)}\n`);
    let json = jsonRequested(argv);
    let verbose = false;
    let projectId;
    try {
        let values;
        try {
            ({ values } = parseArgv(argv));
            json = ownBoolean(values, 'json');
            verbose = ownBoolean(values, 'verbose');
        }
        catch (err) {
            if (!(err instanceof UsageError))
                throw err;
            say(`error: ${err.message}`);
            say(`Run ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --help for usage.`);
            if (json) {
                const hint = `Run ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --help for usage.`;
                emit(failedJson({ title: 'Bad usage', message: err.message, hint }));
            }
            return EXIT_USAGE;
        }
        if (values.help) {
            io.stdout(usage());
            return EXIT_OK;
        }
        if (values.version) {
            io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_VERSION */ .Yt}\n`);
            return EXIT_OK;
        }
        const projectFlag = values['project-id'];
        const projectFromEnv = projectFlag === undefined && !!env[ENV_PROJECT_ID];
        const raw = {
            'api-key': env[ENV_API_KEY] ?? '',
            'user-id': env[ENV_USER_ID] ?? '',
            'project-id': String(projectFlag ?? env[ENV_PROJECT_ID] ?? ''),
        };
        projectId = raw['project-id'];
        for (const flag of FLAGS) {
            const v = values[flag.input];
            if (v !== undefined && flag.input !== 'project-id')
                raw[flag.input] = String(v);
        }
        // The file-url's signature and every other query value.
        for (const secret of (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .secretValues */ .VX)(raw))
            redactor.add(secret);
        const parsed = (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(raw, { standInPollFloorSeconds: env[_config_js__WEBPACK_IMPORTED_MODULE_1__/* .STAND_IN_POLL_FLOOR_ENV */ .i8] });
        const inCliTerms = (p) => ({
            input: sourceOf(p.input, projectFromEnv),
            title: cliTerms(p.title, projectFromEnv, p.input),
            message: cliTerms(cliMessage(p), projectFromEnv, p.input),
        });
        /** "--wait is not a boolean (--wait)" says it twice. */
        const where = (p) => p.title.includes(p.input) ? '' : ` (${p.input})`;
        for (const w of parsed.warnings.map(inCliTerms))
            say(`warning: ${w.title}${where(w)}: ${w.message}`);
        if (!parsed.ok) {
            const problems = parsed.problems.map(inCliTerms);
            for (const p of problems)
                say(`error: ${p.title}${where(p)}: ${p.message}`);
            say(`${problems.length} invalid input(s); nothing was sent to Streampixel. Run ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} --help for usage.`);
            if (json) {
                const failure = {
                    title: 'Invalid inputs',
                    message: problems.map((p) => `${p.title}: ${p.message}`).join(' '),
                    hint: 'Fix the inputs named and run again; nothing was sent to Streampixel.',
                };
                emit({ ...failedJson(failure, projectId), problems });
            }
            return EXIT_USAGE;
        }
        const progress = {
            info: (line) => say(line),
            warning: (title, message) => say(`warning: ${cliTerms(title, projectFromEnv)}: ${cliTerms(message, projectFromEnv)}`),
            debug: (line) => {
                if (verbose)
                    say(`debug: ${line}`);
            },
        };
        // Loaded once the flags are read: --help and bad usage answer without loading the HTTP stack.
        const { deploy } = await __nccwpck_require__.e(/* import() */ 941).then(__nccwpck_require__.bind(__nccwpck_require__, 1941));
        const deployed = await deploy(parsed.config, progress);
        const result = deployed.failure
            ? {
                ...deployed,
                failure: {
                    ...deployed.failure,
                    title: cliTerms(deployed.failure.title, projectFromEnv),
                    message: cliTerms(deployed.failure.message, projectFromEnv),
                    hint: cliTerms(deployed.failure.hint, projectFromEnv),
                },
            }
            : deployed;
        if (result.failure) {
            say(`error: ${result.failure.title}: ${result.failure.message}`);
            say(`  What to do: ${result.failure.hint}`);
        }
        else {
            const headline = HEADLINE[result.status] ?? result.status;
            const upload = result.uploadId ? ` (upload ${result.uploadId})` : '';
            say(`${headline}${upload} in ${(result.durationMs / 1000).toFixed(1)} s.`);
        }
        if (json)
            emit(jsonOf(result));
        return result.ok ? EXIT_OK : EXIT_FAILED;
    }
    catch (err) {
        // Not an expected failure: one error, a failed status, no stack trace unless asked for.
        const failure = {
            title: 'Unexpected error',
            message: `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} failed unexpectedly: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanServerText */ .Ct)(redactor.redact(String(err?.message ?? err)), 500)}.`,
            hint: 'Re-run with --verbose and report it at https://github.com/org/streampixel-deploy/issues.',
        };
        if (verbose)
            say(`debug: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanServerText */ .Ct)(String(err?.stack ?? ''), 4000)}`);
        say(`error: ${failure.title}: ${failure.message}`);
        say(`  What to do: ${failure.hint}`);
        if (json)
            emit(failedJson(failure, projectId));
        return EXIT_FAILED;
    }
}
const write = (stream) => (text) => {
    stream.write(text);
};
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', () => undefined);
main(process.argv.slice(2), process.env, {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
}).then((code) => {
    process.exitCode = code;
}, () => {
    // main() reports its own errors; this is only a last guard (its text could hold a secret).
    process.stderr.write(`error: ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} failed unexpectedly.\n`);
    if (jsonRequested(process.argv.slice(2))) {
        const failure = {
            title: 'Unexpected error',
            message: `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px} failed unexpectedly.`,
            hint: 'Re-run with --verbose and report it at https://github.com/org/streampixel-deploy/issues.',
        };
        process.stdout.write(`${JSON.stringify(failedJson(failure), null, 2)}\n`);
    }
    process.exitCode = EXIT_FAILED;
});

var __webpack_exports__ENV_API_KEY = __webpack_exports__.B5;
var __webpack_exports__ENV_PROJECT_ID = __webpack_exports__.y1;
var __webpack_exports__ENV_USER_ID = __webpack_exports__.Gp;
var __webpack_exports__EXIT_FAILED = __webpack_exports__.hj;
var __webpack_exports__EXIT_OK = __webpack_exports__.Ij;
var __webpack_exports__EXIT_USAGE = __webpack_exports__.Ri;
var __webpack_exports__main = __webpack_exports__.iW;
var __webpack_exports__usage = __webpack_exports__.CI;
export { __webpack_exports__ENV_API_KEY as ENV_API_KEY, __webpack_exports__ENV_PROJECT_ID as ENV_PROJECT_ID, __webpack_exports__ENV_USER_ID as ENV_USER_ID, __webpack_exports__EXIT_FAILED as EXIT_FAILED, __webpack_exports__EXIT_OK as EXIT_OK, __webpack_exports__EXIT_USAGE as EXIT_USAGE, __webpack_exports__main as main, __webpack_exports__usage as usage };
