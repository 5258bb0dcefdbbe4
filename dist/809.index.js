export const id = 809;
export const ids = [809];
export const modules = {

/***/ 1453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dr: () => (/* binding */ NetworkError),
  Lx: () => (/* binding */ PROXY_HINT),
  w$: () => (/* binding */ sendRequest)
});

// UNUSED EXPORTS: proxyFor, proxyProblems, shownProxy

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
;// CONCATENATED MODULE: ./src/cancel.ts
/**
 * Cancellation: "Cancel workflow", a job's timeout-minutes, a GitLab cancel
 * or Ctrl-C send SIGINT (the runner then SIGTERM about 7.5 s later, then
 * SIGKILL). The adapters turn the signal into an AbortSignal; the flow's
 * waits and requests end with `Cancelled` as soon as it fires.
 */
/** The run was cancelled by a signal; `signal` names it (`SIGINT`, `SIGTERM`). */
class Cancelled extends Error {
    signal;
    constructor(signal) {
        super(`cancelled (${signal})`);
        this.signal = signal;
        this.name = 'Cancelled';
    }
}
/** The signal's reason as a Cancelled, whatever it was aborted with. */
function cancelledBy(signal) {
    const reason = signal.reason;
    return reason instanceof Cancelled ? reason : new Cancelled(String(reason ?? 'aborted'));
}
/** Waits `ms` milliseconds, or rejects with Cancelled as soon as `signal` fires. */
function sleepUnless(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(cancelledBy(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(cancelledBy(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/http.ts
/**
 * One HTTP exchange with hard limits: a total deadline (connect, headers and
 * the whole body), a cap on what is read, and no redirects followed.
 *
 * Whether a proxy applies is @actions/http-client's decision, and behind a
 * proxy its agent carries the request, so `https_proxy`, `http_proxy` and
 * `no_proxy` behave as in every other action. The request itself is made
 * here because the deadline, the byte cap and knowing whether the request
 * left the machine (`sent`) need the raw request object.
 *
 * A proxy that does not open the tunnel (407, 403, 5xx to the CONNECT, or no
 * answer) is a `'proxy'` failure naming the proxy and its variable, not a
 * "connection reset"; proxyProblems names the settings the action cannot use.
 */




/** What to do about a `'proxy'` failure, whose message names the proxy, its variable and status. */
const PROXY_HINT = "Check the proxy's credentials/allow-list, or set no_proxy for this host.";
/** The exchange did not produce a complete response. */
class NetworkError extends Error {
    failure;
    sent;
    code;
    proxy;
    constructor(failure, 
    /** The whole request had been handed to the socket: the server may have acted on it. */
    sent, code, message, 
    /** Set for `failure: 'proxy'`: the request never got past the proxy. */
    proxy) {
        super(message);
        this.failure = failure;
        this.sent = sent;
        this.code = code;
        this.proxy = proxy;
        this.name = 'NetworkError';
    }
}
/*
 * Proxy settings, read as @actions/http-client 4.0.1 reads them
 * (lib/proxy.js getProxyUrl and checkBypass): https_proxy, else HTTPS_PROXY,
 * for https URLs; http_proxy, else HTTP_PROXY, for http URLs (an empty value
 * counts as unset); no_proxy, else NO_PROXY. Loopback hosts always go direct.
 * __tests__/proxy.test.ts checks that proxyFor agrees with getProxyUrl.
 */
const PROXY_VARIABLES = {
    'https:': ['https_proxy', 'HTTPS_PROXY'],
    'http:': ['http_proxy', 'HTTP_PROXY'],
};
/** The variable as the environment spells it: Windows' process.env matches names in any case. */
function spelled(name, env) {
    const keys = Object.keys(env);
    if (keys.includes(name))
        return name;
    return keys.find((k) => k.toLowerCase() === name.toLowerCase() && env[k]) ?? name;
}
/**
 * How getProxyUrl reads a value: as a URL; if that throws and the value does
 * not start with http:// or https://, as `http://` + value, which may throw
 * again (http-client then throws out of the request); if it starts with
 * http(s):// and still is not a URL, the value is ignored ('ignored').
 */
function parseProxyValue(value) {
    try {
        return new URL(value);
    }
    catch {
        if (value.startsWith('http://') || value.startsWith('https://'))
            return 'ignored';
        try {
            return new URL(`http://${value}`);
        }
        catch {
            return 'invalid';
        }
    }
}
/** A proxy URL as shown: scheme, host and port; never user:password@, nor a path. */
function shownProxy(url) {
    return `${url.protocol}//${url.host}`;
}
/** A proxy value that is not a URL, as shown, unquoted: anything before an `@` may be credentials. */
function maskedValue(value) {
    const at = value.lastIndexOf('@');
    const scheme = value.indexOf('//');
    const prefix = scheme >= 0 && scheme < at ? value.slice(0, scheme + 2) : '';
    const shown = at < 0 ? value : `${prefix}***${value.slice(at)}`;
    return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}
/** maskedValue, quoted. */
function shownValue(value) {
    return JSON.stringify(maskedValue(value));
}
function isLoopback(host) {
    const h = host.toLowerCase();
    return (h === 'localhost' ||
        h.startsWith('127.') ||
        h.startsWith('[::1]') ||
        h.startsWith('[0:0:0:0:0:0:0:1]'));
}
/** checkBypass: exact host, host:port, a domain suffix (with or without the leading dot), or "*". */
function bypassed(url, env) {
    if (!url.hostname)
        return false;
    if (isLoopback(url.hostname))
        return true;
    const noProxy = env.no_proxy || env.NO_PROXY || '';
    const port = url.port
        ? Number(url.port)
        : url.protocol === 'http:'
            ? 80
            : url.protocol === 'https:'
                ? 443
                : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((x) => x.trim().toUpperCase())
        .filter((x) => x)
        .some((item) => item === '*' ||
        hosts.some((h) => h === item || h.endsWith(`.${item}`) || (item.startsWith('.') && h.endsWith(item))));
}
/** The proxy variable that applies to `url` and its raw value, before parsing. */
function proxySetting(url, env) {
    if (bypassed(url, env))
        return undefined;
    const names = url.protocol === 'https:' ? PROXY_VARIABLES['https:'] : PROXY_VARIABLES['http:'];
    const name = names.find((n) => env[n]);
    return name ? { variable: spelled(name, env), value: env[name] ?? '' } : undefined;
}
/**
 * The proxy a request to `url` goes through, and the variable that set it
 * ("https_proxy"); undefined when it goes direct (no variable, no_proxy, a
 * loopback host, or a value http-client ignores). `url` may carry the
 * proxy's credentials: show it with shownProxy. Source: getProxyUrl and
 * checkBypass in @actions/http-client/lib/proxy.js.
 */
function proxyFor(url, env = process.env) {
    const setting = proxySetting(url, env);
    if (!setting)
        return undefined;
    const parsed = parseProxyValue(setting.value);
    // An empty host (e.g. "localhost:3128" parses as the scheme "localhost:"): http-client goes direct.
    if (typeof parsed === 'string' || !parsed.hostname)
        return undefined;
    return { url: parsed, variable: setting.variable };
}
/**
 * Every proxy variable the action cannot use as its value says, one sentence
 * each naming the variable, for a warning at the start of a run. Empty when
 * all is well. What each sentence says happens is what @actions/http-client
 * 4.0.1 (lib/proxy.js, lib/index.js _getAgent) and tunnel 0.0.6 do with it.
 */
function proxyProblems(env = process.env) {
    const problems = [];
    const pairs = [
        ['https_proxy', 'HTTPS_PROXY', 'https'],
        ['http_proxy', 'HTTP_PROXY', 'http'],
    ];
    for (const [lower, upper, scheme] of pairs) {
        const name = env[lower] ? lower : env[upper] ? upper : undefined;
        if (!name)
            continue;
        const variable = spelled(name, env);
        const value = env[name] ?? '';
        if (name === lower && env[upper] && env[upper] !== value && spelled(upper, env) === upper) {
            problems.push(`${upper} is ignored: ${lower} is set as well and takes precedence for ${scheme}:// URLs.`);
        }
        const parsed = parseProxyValue(value);
        if (parsed === 'invalid') {
            problems.push(`${variable} (${shownValue(value)}) is not a URL: every ${scheme}:// request that is not in no_proxy fails. Write it as http://host:port, or unset it.`);
        }
        else if (parsed === 'ignored') {
            problems.push(`${variable} (${shownValue(value)}) is not a valid URL: it is ignored, and ${scheme}:// requests go direct, not through a proxy.`);
        }
        else if (!parsed.hostname) {
            problems.push(`${variable} (${shownValue(value)}) reads as a URL with the scheme "${parsed.protocol}" and no host: it is ignored, and ${scheme}:// requests go direct. Write it as http://${maskedValue(value)}.`);
        }
        else if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
            // _getAgent builds an HTTP CONNECT tunnel to any scheme other than https: (tunnel.httpOverHttp / httpsOverHttp).
            const socks = parsed.protocol.startsWith('socks');
            problems.push(`${variable} is ${shownProxy(parsed)}: the action speaks only to http:// and https:// proxies; it sends an HTTP CONNECT to ${parsed.host}${parsed.port ? '' : ' (port 80)'}, which ${socks ? 'a SOCKS proxy does not answer' : 'that proxy may not understand'}, so ${scheme}:// requests that are not in no_proxy fail. Use an HTTP proxy, or add the hosts to no_proxy.`);
        }
    }
    const noProxyName = env.no_proxy ? 'no_proxy' : env.NO_PROXY ? 'NO_PROXY' : undefined;
    if (noProxyName) {
        const variable = spelled(noProxyName, env);
        if (noProxyName === 'no_proxy' &&
            env.NO_PROXY &&
            env.NO_PROXY !== env.no_proxy &&
            spelled('NO_PROXY', env) === 'NO_PROXY') {
            problems.push('NO_PROXY is ignored: no_proxy is set as well and takes precedence.');
        }
        const entries = (env[noProxyName] ?? '').split(',').map((x) => x.trim());
        for (const entry of entries.filter((x) => x && x !== '*')) {
            const quoted = JSON.stringify(entry);
            // checkBypass compares exact host names, host:port and domain suffixes; nothing else.
            const fix = entry.includes('*')
                ? `a wildcard is understood only as a lone "*"; write ${JSON.stringify(entry.replace(/^[*.]+/, '') || '*')} to match a domain and all its subdomains`
                : entry.includes('/') && !entry.includes('://')
                    ? 'address ranges (CIDR) are not supported; list the host names or addresses'
                    : entry.includes('://')
                        ? `it is a URL; write the host name alone (${JSON.stringify(entry.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, ''))})`
                        : (entry.match(/:/g)?.length ?? 0) >= 2 && !entry.startsWith('[')
                            ? `an IPv6 address must be in brackets (${JSON.stringify(`[${entry}]`)})`
                            : undefined;
            if (fix) {
                problems.push(`${variable} entry ${quoted} matches no host, so requests to it still go through the proxy: ${fix}.`);
            }
        }
    }
    return problems;
}
// Without a proxy, HttpClient.getAgent would make a plain agent (keepAlive off,
// 100 sockets): the same is made here, so the command line (which has no
// @actions/core) loads @actions/http-client only when a proxy applies.
// One HttpClient per scheme: each caches the first agent it makes and hands
// it out for later URLs, and https.request rejects an http agent.
const direct = {};
let proxyAware;
/** The agent for `url`, and the proxy it goes through (for the messages), if any. */
async function agentFor(url, secure) {
    let proxyUrl;
    try {
        proxyUrl = (0,proxy/* getProxyUrl */.s)(url);
    }
    catch {
        // getProxyUrl throws when the value is not a URL even with http:// in front.
        const setting = proxySetting(url, process.env);
        const variable = setting?.variable ?? 'the proxy setting';
        const shown = setting ? shownValue(setting.value) : '""';
        throw new NetworkError('proxy', false, 'ERR_INVALID_URL', `${variable} (${shown}) is not a proxy URL: write it as http://host:port, or unset it`, { url: shown, variable });
    }
    if (proxyUrl?.hostname) {
        proxyAware ??= Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2779)).then(({ HttpClient }) => ({
            'http:': new HttpClient(),
            'https:': new HttpClient(),
        }));
        const agent = (await proxyAware)[secure ? 'https:' : 'http:'].getAgent(url.href);
        const variable = proxyFor(url)?.variable ?? 'the proxy settings';
        return { agent, proxy: { url: shownProxy(proxyUrl), variable } };
    }
    const options = { keepAlive: false, maxSockets: 100 };
    if (secure)
        return { agent: (direct['https:'] ??= new external_node_https_.Agent(options)) };
    return { agent: (direct['http:'] ??= new external_node_http_.Agent(options)) };
}
/**
 * tunnel 0.0.6 (lib/tunnel.js createSocket) reports every CONNECT that did not
 * open a tunnel as an ECONNRESET error on the request, told apart only by its
 * message: "tunneling socket could not be established, statusCode=407" (the
 * proxy answered, not 200), "…, cause=connect ECONNREFUSED …" (no answer) or
 * "got illegal response body from proxy". Undefined for any other error.
 */
function tunnelFailure(err, proxy) {
    const from = `the proxy ${proxy.url} (from ${proxy.variable})`;
    const refused = /^tunneling socket could not be established, statusCode=(\d+)/.exec(err.message);
    if (refused) {
        const status = Number(refused[1]);
        const reason = external_node_http_.STATUS_CODES[status];
        return new NetworkError('proxy', false, `HTTP ${status}`, `${from} refused the tunnel: HTTP ${status}${reason ? ` ${reason}` : ''}`, { ...proxy, status });
    }
    const cause = /^tunneling socket could not be established, cause=(.*)$/s.exec(err.message);
    if (cause || /^got illegal response body from proxy/.test(err.message)) {
        return new NetworkError('proxy', false, err.code, `${from} did not open the tunnel: ${cause ? cause[1]?.trim() : 'it answered the CONNECT with a body'}`, proxy);
    }
    return undefined;
}
function classify(code) {
    switch (code) {
        case 'ECONNREFUSED':
            return 'refused';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'dns';
        case 'ECONNRESET':
        case 'EPIPE':
        case 'ECONNABORTED':
        case 'ERR_STREAM_PREMATURE_CLOSE':
            return 'reset';
        case 'EPROTO': // OpenSSL's "wrong version number": the server does not speak TLS.
            return 'tls';
        default:
            if (code?.startsWith('HPE_'))
                return 'protocol';
            return code?.startsWith('ERR_TLS') || code?.includes('CERT') || code?.includes('SSL')
                ? 'tls'
                : 'other';
    }
}
/** Failures that happen before any byte of the request can reach the server's HTTP layer. */
const NEVER_DELIVERED = new Set(['refused', 'dns', 'tls']);
const FAILURE_TEXT = {
    timeout: 'no complete answer within the time limit',
    refused: 'connection refused',
    dns: 'host name could not be resolved',
    reset: 'connection reset',
    tls: 'TLS handshake failed',
    protocol: 'the answer is not valid HTTP',
    proxy: 'the proxy did not open the tunnel',
    other: 'network error',
};
async function sendRequest(request) {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const transport = secure ? external_node_https_ : external_node_http_;
    const started = Date.now();
    const { agent, proxy } = await agentFor(url, secure);
    return new Promise((resolve, reject) => {
        // Sent means the server may have acted: every byte went out over an open
        // connection. A TLS socket takes writes (and 'finish' fires) before its
        // handshake is done, so over https the handshake must have completed too.
        let written = false;
        let secured = !secure;
        let settled = false;
        const finish = (error, response) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            request.signal?.removeEventListener('abort', onAbort);
            if (error) {
                req.destroy();
                reject(error);
            }
            else if (response) {
                resolve(response);
            }
        };
        const fail = (failure, code) => finish(new NetworkError(failure, written && secured && !NEVER_DELIVERED.has(failure), code, `${FAILURE_TEXT[failure]}${code ? ` (${code})` : ''}`));
        const headers = { ...request.headers };
        if (request.body !== undefined)
            headers['content-length'] = Buffer.byteLength(request.body);
        const req = transport.request(url, {
            method: request.method,
            headers,
            agent,
        });
        const deadline = setTimeout(() => fail('timeout'), request.timeoutMs);
        const onAbort = () => finish(cancelledBy(request.signal));
        if (request.signal?.aborted)
            onAbort();
        request.signal?.addEventListener('abort', onAbort, { once: true });
        req.on('socket', (socket) => {
            if (req.reusedSocket)
                secured = true;
            else if (!secured)
                socket.once('secureConnect', () => (secured = true));
        });
        req.on('finish', () => {
            written = true;
        });
        req.on('error', (err) => {
            const refused = proxy && tunnelFailure(err, proxy);
            if (refused)
                finish(refused);
            else
                fail(classify(err.code), err.code);
        });
        // A 101 to a plain request: without this, Node waits for an 'upgrade' handler until the deadline.
        req.on('upgrade', (_res, socket) => {
            socket.destroy();
            fail('protocol', 'HTTP 101');
        });
        req.on('response', (res) => {
            const chunks = [];
            let kept = 0;
            let truncated = false;
            const done = () => finish(undefined, {
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks),
                truncated,
                elapsedMs: Date.now() - started,
            });
            res.on('data', (chunk) => {
                const room = request.maxBodyBytes - kept;
                if (chunk.length > room) {
                    if (room > 0)
                        chunks.push(chunk.subarray(0, room));
                    kept += Math.max(room, 0);
                    truncated = true;
                    done();
                    res.destroy();
                    return;
                }
                chunks.push(chunk);
                kept += chunk.length;
            });
            res.on('end', done);
            res.on('error', (err) => fail(classify(err.code), err.code));
            res.on('aborted', () => fail('reset'));
            // A close without 'end' is a cut connection, unless we stopped reading on purpose.
            res.on('close', () => {
                if (!res.complete && !truncated)
                    fail('reset');
            });
        });
        req.end(request.body);
    });
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
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1453);
/**
 * Which failures are worth another attempt, and how long to wait first.
 *
 * Worth retrying: the request never reached the server (refused, DNS,
 * reset or timeout before it was sent), 429, 502, 503 and 504. For requests
 * that are safe to repeat (GETs) also 500, and a timeout or reset after the
 * request was sent. A POST to upload-file or distribute-file that was sent and
 * then got a 500 or no answer is NOT repeated: the build may already be
 * queued, and a second one would queue a duplicate or hit the rate limit.
 *
 * A proxy that refuses the tunnel (see judgeNetwork) is retried only for a
 * 5xx or no answer; a 407 or 403 from it is final.
 *
 * A 502 or 504 to such a request is retried, but a gateway may give either
 * after passing the request on: the result says so (`earlierAmbiguousAnswer`),
 * so that a later failure does not read as if nothing happened.
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
        return { retry: true, reason, waitMs: retryAfter ?? rateLimitWaitMs };
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
 * or network error; anything else thrown (a bug) is thrown at once.
 */
async function sendWithRetries(request, options, transport = _http_js__WEBPACK_IMPORTED_MODULE_0__/* .sendRequest */ .w$) {
    const wait = options.sleep ?? sleep;
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    const send = options.trace ? traced(transport, options.trace) : transport;
    let earlierAmbiguousAnswer;
    for (let attempt = 1;; attempt++) {
        let verdict;
        let outcome;
        try {
            outcome = await send(request);
            verdict = judgeResponse(outcome, options, now());
        }
        catch (err) {
            if (!(err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr))
                throw err;
            outcome = err;
            verdict = judgeNetwork(err, options.idempotent);
        }
        const last = attempt >= options.maxAttempts;
        const waitMs = verdict.waitMs ?? backoffMs(attempt, random);
        if (!verdict.retry || last || waitMs > MAX_WAIT_MS) {
            if (verdict.retry && !last) {
                options.log(`${options.label}: ${verdict.reason}; the server asks to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${MAX_WAIT_MS / 1000} s this action waits: giving up.`);
            }
            return { last: outcome, earlierAmbiguousAnswer };
        }
        if (!options.idempotent &&
            !(outcome instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr) &&
            MAY_HAVE_BEEN_FORWARDED.has(outcome.status)) {
            earlierAmbiguousAnswer ??= verdict.reason;
        }
        const limited = outcome instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr || outcome.status !== 429 ? undefined : outcome;
        const knownWindow = !!limited && !limited.headers['retry-after'] && !!options.rateLimitWaitMs;
        const why = knownWindow
            ? `${verdict.reason} (rate limited: Streampixel allows one upload per 2 minutes per user, no Retry-After given)`
            : `${verdict.reason}${limited ? ' (rate limited)' : ''}`;
        options.log(`${options.label}: attempt ${attempt} of ${options.maxAttempts} failed (${why}); retrying in ${(waitMs / 1000).toFixed(1)} s.`);
        await wait(waitMs);
    }
}


/***/ })

};
