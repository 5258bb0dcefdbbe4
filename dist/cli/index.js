#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ unlessCancelled),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   tK: () => (/* binding */ cancelledBy),
/* harmony export */   uj: () => (/* binding */ sleepUnless)
/* harmony export */ });
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
/**
 * `work`, or Cancelled as soon as `signal` fires, for a step that takes no signal itself (the
 * storage lib's validation and presigning). The work goes on unobserved; `abandoned` gets its
 * result, to release what it holds.
 */
function unlessCancelled(work, signal, abandoned) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        let settled = false;
        const onAbort = () => {
            settled = true;
            reject(cancelledBy(signal));
            work.then((value) => abandoned?.(value), () => undefined);
        };
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            if (!settled)
                resolve(value);
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            if (!settled)
                reject(err);
        });
    });
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   aU: () => (/* binding */ dashboardUrl),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** How values are shown to a person: sizes, durations, links. */
/** The project's page in the Streampixel dashboard (the docs' own form of the link). */
function dashboardUrl(projectId) {
    return `https://dashboard.streampixel.io/projectdetail/${encodeURIComponent(projectId)}`;
}
/**
 * A whole number with thousands separators, as en-US writes it: `20,000`.
 * Not `toLocaleString`: its first call loads ICU's locale data (~9 ms at start-up).
 */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `12s`, `3m05s`. */
function formatElapsed(ms) {
    const total = Math.round(ms / 1000);
    const m = Math.floor(total / 60);
    const s = total % 60;
    return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}
/** Binary units, as file managers show them: `1.5 GiB`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
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


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ proxyProblems),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   Lx: () => (/* binding */ PROXY_HINT),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   Pw: () => (/* binding */ tunnelFailure),
/* harmony export */   w$: () => (/* binding */ sendRequest)
/* harmony export */ });
/* unused harmony exports shownProxy, maskedValue, proxyFor */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9783);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(833);
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
/** A value that may not be a URL, as shown, unquoted: anything before an `@` may be credentials. */
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
    return [
        ...proxyVariableProblems(env, 'https_proxy', 'HTTPS_PROXY', 'https'),
        ...proxyVariableProblems(env, 'http_proxy', 'HTTP_PROXY', 'http'),
        ...noProxyProblems(env),
    ];
}
/** proxyProblems for the proxy of `scheme`:// URLs, set by `lower`, else `upper`. */
function proxyVariableProblems(env, lower, upper, scheme) {
    const problems = [];
    const name = env[lower] ? lower : env[upper] ? upper : undefined;
    if (!name)
        return problems;
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
    return problems;
}
/** proxyProblems for no_proxy, else NO_PROXY: the other one ignored, entries that match no host. */
function noProxyProblems(env) {
    const problems = [];
    const noProxyName = env.no_proxy ? 'no_proxy' : env.NO_PROXY ? 'NO_PROXY' : undefined;
    if (!noProxyName)
        return problems;
    const variable = spelled(noProxyName, env);
    if (noProxyName === 'no_proxy' &&
        env.NO_PROXY &&
        env.NO_PROXY !== env.no_proxy &&
        spelled('NO_PROXY', env) === 'NO_PROXY') {
        problems.push('NO_PROXY is ignored: no_proxy is set as well and takes precedence.');
    }
    const entries = (env[noProxyName] ?? '').split(',').map((x) => x.trim());
    for (const entry of entries.filter((x) => x && x !== '*')) {
        const fix = noProxyEntryFix(entry);
        if (fix) {
            problems.push(`${variable} entry ${JSON.stringify(entry)} matches no host, so requests to it still go through the proxy: ${fix}.`);
        }
    }
    return problems;
}
/** How to write a no_proxy entry that matches no host; undefined for one that can match. */
function noProxyEntryFix(entry) {
    // checkBypass compares exact host names, host:port and domain suffixes; nothing else.
    return entry.includes('*')
        ? `a wildcard is understood only as a lone "*"; write ${JSON.stringify(entry.replace(/^[*.]+/, '') || '*')} to match a domain and all its subdomains`
        : entry.includes('/') && !entry.includes('://')
            ? 'address ranges (CIDR) are not supported; list the host names or addresses'
            : entry.includes('://')
                ? `it is a URL; write the host name alone (${JSON.stringify(entry.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, ''))})`
                : (entry.match(/:/g)?.length ?? 0) >= 2 && !entry.startsWith('[')
                    ? `an IPv6 address must be in brackets (${JSON.stringify(`[${entry}]`)})`
                    : undefined;
}
// Without a proxy, HttpClient.getAgent would make a plain agent (keepAlive off,
// 100 sockets): the same is made here, so the command line (which has no
// @actions/core) loads @actions/http-client only when a proxy applies.
// One HttpClient per scheme: each caches the first agent it makes and hands
// it out for later URLs, and https.request rejects an http agent.
const direct = {};
let proxyAware;
/**
 * The agent for `url`, and the proxy it goes through (for the messages), if
 * any: an HTTP CONNECT tunnel agent made by @actions/http-client when
 * https_proxy/http_proxy apply to `url` (no_proxy and loopback go direct),
 * else a plain agent. Throws NetworkError ('proxy') when the proxy variable
 * is not a URL. Also for clients that make their own requests (the AWS SDK).
 */
async function agentFor(url, secure) {
    let proxyUrl;
    try {
        proxyUrl = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_2__/* .getProxyUrl */ .s)(url);
    }
    catch {
        // getProxyUrl throws when the value is not a URL even with http:// in front.
        const setting = proxySetting(url, process.env);
        const variable = setting?.variable ?? 'the proxy setting';
        const shown = setting ? shownValue(setting.value) : '""';
        throw new NetworkError('proxy', false, 'ERR_INVALID_URL', `${variable} (${shown}) is not a proxy URL: write it as http://host:port, or unset it`, { url: shown, variable });
    }
    if (proxyUrl?.hostname) {
        proxyAware ??= __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779)).then(({ HttpClient }) => ({
            'http:': new HttpClient(),
            'https:': new HttpClient(),
        }));
        const agent = (await proxyAware)[secure ? 'https:' : 'http:'].getAgent(url.href);
        const variable = proxyFor(url)?.variable ?? 'the proxy settings';
        return { agent, proxy: { url: shownProxy(proxyUrl), variable } };
    }
    const options = { keepAlive: false, maxSockets: 100 };
    if (secure)
        return { agent: (direct['https:'] ??= new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(options)) };
    return { agent: (direct['http:'] ??= new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(options)) };
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
        const reason = node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status];
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
/** The request's headers, with content-length when it has a body. */
function requestHeaders(request) {
    const headers = { ...request.headers };
    if (request.body !== undefined)
        headers['content-length'] = Buffer.byteLength(request.body);
    return headers;
}
/**
 * Settles the exchange once: starts the deadline (`request.timeoutMs`) and
 * listens to `request.signal`; the first of them, an error or the response
 * ends it, and stops the other two.
 */
function endOnce(req, request, delivery, resolve, reject) {
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
    const fail = (failure, code) => finish(new NetworkError(failure, delivery.written && delivery.secured && !NEVER_DELIVERED.has(failure), code, `${FAILURE_TEXT[failure]}${code ? ` (${code})` : ''}`));
    const deadline = setTimeout(() => fail('timeout'), request.timeoutMs);
    const onAbort = () => finish((0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelledBy */ .tK)(request.signal));
    if (request.signal?.aborted)
        onAbort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    return { finish, fail };
}
/** Records in `delivery` when the TLS handshake completes and when the whole request is written. */
function watchDelivery(req, delivery) {
    req.on('socket', (socket) => {
        if (req.reusedSocket)
            delivery.secured = true;
        else if (!delivery.secured)
            socket.once('secureConnect', () => (delivery.secured = true));
    });
    req.on('finish', () => {
        delivery.written = true;
    });
}
/**
 * Ends the exchange on a request error (a tunnel the proxy did not open, or
 * a network failure) or on an upgrade (101), which a plain request cannot use.
 */
function watchFailures(req, end, proxy) {
    req.on('error', (err) => {
        const refused = proxy && tunnelFailure(err, proxy);
        if (refused)
            end.finish(refused);
        else
            end.fail(classify(err.code), err.code);
    });
    // A 101 to a plain request: without this, Node waits for an 'upgrade' handler until the deadline.
    req.on('upgrade', (_res, socket) => {
        socket.destroy();
        end.fail('protocol', 'HTTP 101');
    });
}
/**
 * Reads the response's body, keeping at most `maxBodyBytes`, and ends the
 * exchange with it: at the end of the body, or as soon as it passes the cap
 * (then truncated, and the connection is dropped). A body cut short is a 'reset'.
 */
function readBody(res, maxBodyBytes, started, end) {
    const chunks = [];
    let kept = 0;
    let truncated = false;
    const done = () => end.finish(undefined, {
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: Buffer.concat(chunks),
        truncated,
        elapsedMs: Date.now() - started,
    });
    res.on('data', (chunk) => {
        const room = maxBodyBytes - kept;
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
    res.on('error', (err) => end.fail(classify(err.code), err.code));
    res.on('aborted', () => end.fail('reset'));
    // A close without 'end' is a cut connection, unless we stopped reading on purpose.
    res.on('close', () => {
        if (!res.complete && !truncated)
            end.fail('reset');
    });
}
/**
 * One HTTP exchange: sends `request` (directly or through the proxy the
 * environment names) and resolves with the status, headers and at most
 * `maxBodyBytes` of body, whatever the status; `elapsedMs` counts from the
 * call. Redirects are not followed.
 *
 * Rejects with a NetworkError when no complete answer came within
 * `timeoutMs` milliseconds (headers and body), the connection failed or was
 * cut, or a proxy did not open the tunnel; with `Cancelled` as soon as
 * `request.signal` fires.
 */
async function sendRequest(request) {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const transport = secure ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__;
    const started = Date.now();
    const { agent, proxy } = await agentFor(url, secure);
    return new Promise((resolve, reject) => {
        const delivery = { written: false, secured: !secure };
        const req = transport.request(url, {
            method: request.method,
            headers: requestHeaders(request),
            agent,
        });
        const end = endOnce(req, request, delivery, resolve, reject);
        watchDelivery(req, delivery);
        watchFailures(req, end, proxy);
        req.on('response', (res) => readBody(res, request.maxBodyBytes, started, end));
        req.end(request.body);
    });
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   mm: () => (/* binding */ inputSpec),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/**
 * The one table of inputs. `parseConfig` takes its defaults and ranges from
 * here, the command line its flags and help, and tests check action.yml and
 * the README's tables against it: a new input is added here, once.
 */
const DEFAULT_API_URL = 'https://api.streampixel.io/pixelStripeApi';
const TABLE = [
    {
        name: 'api-key',
        kind: 'secret',
        description: 'Streampixel API key. Pass it from a secret.',
        required: true,
        secret: true,
        cli: { flag: false, env: 'STREAMPIXEL_API_KEY', help: 'the API key (required)' },
    },
    {
        name: 'user-id',
        kind: 'secret',
        description: 'The user ID of the account that owns the API key.',
        required: true,
        secret: true,
        cli: {
            flag: false,
            env: 'STREAMPIXEL_USER_ID',
            help: 'user ID of the account that owns the key (required)',
        },
    },
    {
        name: 'project-id',
        kind: 'id',
        description: 'The Streampixel project to deploy to (the 24-character ID at the end of its dashboard URL).',
        required: true,
        secret: false,
        cli: {
            flag: true,
            meta: 'ID',
            env: 'STREAMPIXEL_PROJECT_ID',
            envHelp: 'the project ID, when --project-id is not given',
            help: 'the project: the 24-character ID at the end of its dashboard URL',
        },
    },
    {
        name: 'file-url',
        kind: 'url',
        description: 'Direct download URL of the build .zip, from an earlier step (a presigned S3 URL, say). Give one of path, file-url, upload-id.',
        required: false,
        secret: false,
        cli: {
            flag: true,
            meta: 'URL',
            env: 'STREAMPIXEL_FILE_URL',
            envHelp: 'the file URL, when --file-url is not given: keeps a presigned URL out of process lists; ignored with --path or --upload-id',
            help: 'direct download URL of the build .zip (a presigned S3/GCS/R2 URL); give one of --path, --file-url, --upload-id',
        },
    },
    {
        name: 'upload-id',
        kind: 'id',
        description: 'Instead of uploading, distribute this earlier upload (rollback, or release a build uploaded with auto-release false). Give one of path, file-url, upload-id.',
        required: false,
        secret: false,
        cli: {
            flag: true,
            meta: 'ID',
            help: 'distribute this earlier upload instead (rollback, or release a held build)',
        },
    },
    // ── With path: the build goes to the team's bucket, and Streampixel gets a presigned URL of it.
    {
        name: 'path',
        kind: 'text',
        description: 'A packaged build folder (the one with <Project>.exe), or a .zip, on the runner: zipped, uploaded to s3-uri and handed to Streampixel as a presigned URL. Give one of path, file-url, upload-id.',
        required: false,
        secret: false,
        cli: {
            flag: true,
            meta: 'DIR|ZIP',
            help: 'a packaged build folder or .zip: zipped, uploaded to --s3-uri, sent as a presigned URL',
        },
    },
    {
        name: 's3-uri',
        kind: 'text',
        description: 'Where path is uploaded: s3://bucket/prefix/ (the object is prefix/<name>-<short sha or timestamp>.zip) or s3://bucket/key.zip. Credentials come from the standard AWS chain (aws-actions/configure-aws-credentials, AWS_* variables, profiles).',
        required: false,
        secret: false,
        cli: {
            flag: true,
            meta: 'URI',
            help: 'with --path: s3://bucket/prefix/ or s3://bucket/key.zip (credentials: the AWS_* chain)',
        },
    },
    {
        name: 's3-endpoint',
        kind: 'url',
        description: 'S3-compatible storage instead of AWS: its S3 API URL (Cloudflare R2, DigitalOcean Spaces, Backblaze B2, Wasabi, MinIO, Ceph, the GCS XML API).',
        required: false,
        secret: false,
        cli: {
            flag: true,
            meta: 'URL',
            help: 'S3-compatible storage: its S3 API URL (R2, Spaces, B2, Wasabi, MinIO, Ceph, GCS XML)',
        },
    },
    {
        name: 's3-region',
        kind: 'text',
        description: "The bucket's region; by default AWS_REGION or AWS_DEFAULT_REGION, else us-east-1 (auto for R2).",
        required: false,
        secret: false,
        cli: {
            flag: true,
            meta: 'REGION',
            help: "the bucket's region; default AWS_REGION, AWS_DEFAULT_REGION, else us-east-1 (auto for R2)",
        },
    },
    {
        name: 'presign-hours',
        kind: 'number',
        description: 'How long the presigned URL given to Streampixel stays valid, 0.25 to 168 hours (SigV4 allows 7 days).',
        required: false,
        default: '6',
        // The storage lib's parsePresignHours takes (0, 168]; under 15 minutes Streampixel may not get to it.
        range: { min: 0.25, max: 168, integer: false, unit: 'hours' },
        secret: false,
        cli: {
            flag: true,
            meta: 'H',
            help: 'how long the presigned URL stays valid, 0.25 to 168 hours',
        },
    },
    {
        name: 'api-url',
        kind: 'url',
        description: 'API base URL. https only; plain http only to a loopback host (local stand-ins).',
        required: false,
        default: DEFAULT_API_URL,
        secret: false,
        cli: {
            flag: true,
            meta: 'URL',
            help: 'API base URL; https only (plain http only to a loopback stand-in)',
        },
    },
    {
        name: 'auto-release',
        kind: 'boolean',
        description: 'Sent as autoRelease. false holds the processed build for a later distribute.',
        required: false,
        default: 'true',
        secret: false,
        cli: {
            flag: true,
            help: 'sent as autoRelease; false holds the processed build for a later distribute',
        },
    },
    {
        name: 'check-file-url',
        kind: 'boolean',
        description: 'Check that file-url downloads a zip (first 4 bytes) before uploading.',
        required: false,
        default: 'true',
        secret: false,
        cli: {
            flag: true,
            help: 'check that --file-url serves a zip of a packaged build (ranged reads of its listing) before uploading',
        },
    },
    {
        name: 'dry-run',
        kind: 'boolean',
        description: 'Do everything except sending the upload or distribute request.',
        required: false,
        default: 'false',
        secret: false,
        cli: { flag: true, help: 'do everything except sending the upload or distribute request' },
    },
    {
        name: 'max-attempts',
        kind: 'number',
        description: 'Attempts per request, 1 to 10.',
        required: false,
        default: '3',
        range: { min: 1, max: 10, integer: true, unit: 'attempts' },
        secret: false,
        cli: { flag: true, meta: 'N', help: 'attempts per request, 1 to 10' },
    },
    {
        name: 'timeout-seconds',
        kind: 'number',
        description: 'Time limit per request, covering connect, headers and the whole body.',
        required: false,
        default: '30',
        range: { min: 0.1, max: 600, integer: false, unit: 'seconds' },
        secret: false,
        cli: {
            flag: true,
            meta: 'S',
            help: 'time limit per request (connect, headers and the whole body)',
        },
    },
    {
        name: 'wait',
        kind: 'boolean',
        description: 'Follow the upload until it is Approved or Rejected.',
        required: false,
        default: 'false',
        secret: false,
        cli: {
            flag: true,
            help: 'follow the upload until Streampixel approves, holds (--no-auto-release) or rejects it',
        },
    },
    {
        name: 'wait-timeout-minutes',
        kind: 'number',
        description: 'How long to follow the upload; decimals allowed.',
        required: false,
        default: '60',
        range: { min: 0.01, max: 360, integer: false, unit: 'minutes' },
        secret: false,
        cli: {
            flag: true,
            meta: 'M',
            help: 'how long --wait follows the upload; decimals allowed',
        },
    },
    {
        name: 'poll-interval-seconds',
        kind: 'number',
        description: 'Seconds between status requests; never below 5.',
        required: false,
        default: '15',
        // min is the polling floor, which parseConfig applies (5 s, lower only for a loopback stand-in).
        range: { min: 5, max: 600, integer: false, unit: 'seconds' },
        secret: false,
        cli: {
            flag: true,
            meta: 'S',
            help: 'seconds between status requests with --wait, 5 to 600',
        },
    },
    {
        name: 'environment',
        kind: 'text',
        description: 'GitHub environment to record a GitHub Deployment in; empty turns it off.',
        required: false,
        default: '',
        secret: false,
        cli: undefined,
    },
    {
        name: 'environment-url',
        kind: 'url',
        description: "URL shown on the GitHub deployment (the game's page, say).",
        required: false,
        secret: false,
        cli: undefined,
    },
    {
        name: 'github-token',
        kind: 'secret',
        description: 'Token for the GitHub Deployments API; needs deployments write.',
        required: false,
        default: '${{ github.token }}',
        secret: true,
        cli: undefined,
    },
];
/** Every input, in action.yml's order. */
const INPUTS = TABLE;
const INPUT_NAMES = INPUTS.map((input) => input.name);
/** The row of `name`. */
function inputSpec(name) {
    return INPUTS.find((input) => input.name === name);
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ dropOpaqueTokens),
/* harmony export */   JA: () => (/* binding */ isSafeId),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   Z$: () => (/* binding */ maskValues),
/* harmony export */   _W: () => (/* binding */ shortLines),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   sN: () => (/* binding */ invisibleCharacters)
/* harmony export */ });
/* unused harmony exports MIN_MASK_LENGTH, normaliseText, literalView, readLiteral, viewOf, readText, base64Inner, OPAQUE_TOKEN_REMOVED */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What is secret, every form a secret can take, and how it is kept out of
 * what we print.
 *
 * The runner masks what it is told to mask (`add-mask`), plus a few encodings
 * of it: see actions/runner src/Sdk/DTLogging/Logging/ValueEncoders.cs and
 * HostContext.cs. Its base64 encoders (in the versions we read) cover
 * standard base64, not base64url, and runners before the Shift1/Shift2
 * encoders match a secret at only one of the three byte alignments base64 can
 * put it at; hex, `\uXXXX`, HTML entities, upper case and a secret split by a
 * line break or an invisible character are not covered at all. The CLI has no runner. So everything we
 * print from outside goes through `Redactor`, which knows every form, and the
 * runner gets only values that are safe to mask job-wide (`maskValues`).
 *
 * Imports only node built-ins: the config parser, the text module and the
 * action adapter all build on this file.
 */

const MASK = '***';
/** Text cut short that ends in this many characters of a secret (in any form) is masked. */
const MIN_TAIL_CHARS = 4;
/** Values shorter than this are never handed to the runner: it would blot them out of every log line. */
const MIN_MASK_LENGTH = 8;
// Characters that render as nothing (or as a plain blank) but split a string:
// format characters (ZW*, bidi, soft hyphen U+00AD, U+180E, tags U+E0000–E007F),
// combining marks (U+034F, variation selectors, accents), the Hangul fillers,
// and the braille blank.
const INVISIBLE_CLASS = String.raw `\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800`;
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
/**
 * Text as a reader sees it: NFKC (fullwidth and styled letters become plain
 * ones) without invisible, format and combining characters. Decomposed
 * accents compose first, so "café" keeps its é; a mark that composes with
 * nothing is dropped.
 */
function normaliseText(text) {
    if (isAscii(text))
        return text;
    return text.normalize('NFKC').replace(INVISIBLE, '');
}
/**
 * ASCII text is its own NFKC and holds no invisible character: skipping it
 * spares start-up ICU's normaliser and the Unicode classes (a few ms).
 */
// eslint-disable-next-line no-control-regex
const isAscii = (text) => !/[^\x00-\x7f]/.test(text);
/** Stronger than `normaliseText`: every combining mark goes, so "k\u0301ey" cannot become "ḱey". For matching only. */
function foldText(text) {
    if (isAscii(text))
        return text;
    return text.normalize('NFKD').replace(INVISIBLE, '').normalize('NFKC');
}
// --- The forms of a secret -------------------------------------------------
/** HTML named references for ASCII punctuation and the blank (WHATWG list), lower-cased; read case-insensitively. */
const NAMED_ENTITIES = {
    excl: '!',
    quot: '"',
    num: '#',
    dollar: '$',
    percnt: '%',
    amp: '&',
    apos: "'",
    lpar: '(',
    rpar: ')',
    ast: '*',
    midast: '*',
    plus: '+',
    comma: ',',
    period: '.',
    sol: '/',
    colon: ':',
    semi: ';',
    lt: '<',
    equals: '=',
    gt: '>',
    quest: '?',
    commat: '@',
    lsqb: '[',
    lbrack: '[',
    bsol: '\\',
    rsqb: ']',
    rbrack: ']',
    hat: '^',
    lowbar: '_',
    underbar: '_',
    grave: '`',
    diacriticalgrave: '`',
    lcub: '{',
    lbrace: '{',
    verbar: '|',
    vert: '|',
    verticalline: '|',
    rcub: '}',
    rbrace: '}',
    nbsp: '\u00a0',
};
/**
 * What may sit between two characters of a secret and still leave it
 * readable, once escapes are undone: whitespace, line breaks and other
 * controls, the no-break space, and `+` (a blank in form encoding). A
 * secret's own blanks and `+` are dropped from it the same way, so a secret
 * is matched however its blanks were written.
 */
const isSeparator = (code) => code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x2b ||
    code === 0x2028 ||
    code === 0x2029;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Escapes, each read where its first character is (sticky). Repeats are
// bounded, so no text costs more than a few steps per position.
const PERCENT = /%(?:25){0,4}([0-9a-f]{2})/iy;
const QUOTED_PRINTABLE = /=([0-9a-f]{2})/iy;
const QUOTED_PRINTABLE_ANYWHERE = /=[0-9a-f]{2}/i;
const BACKSLASH_BYTE = /\\x([0-9a-f]{2})/iy;
const BACKSLASH_UNIT = /\\u([0-9a-f]{4})/iy;
const BACKSLASH_CODE_POINT = /\\u\{0{0,8}([0-9a-f]{1,6})\}/iy;
const ENTITY_HEX = /&#x0{0,8}([0-9a-f]{1,6});?/iy;
const ENTITY_DECIMAL = /&#0{0,8}([0-9]{1,7});?/y;
const ENTITY_NAMED = /&([a-z]{2,20});/iy;
function sticky(pattern, text, at) {
    pattern.lastIndex = at;
    return pattern.exec(text);
}
/**
 * The escapes of `text` read as what they stand for: `%xx` at any
 * URL-encoding depth (`%2541`), `\xNN`, quoted-printable `=XX` (with `qp`),
 * JSON/JS `\uXXXX` and `\u{…}`, HTML decimal, hex and named references.
 */
function readUnits(text, qp) {
    const units = [];
    for (let at = 0; at < text.length;) {
        const char = text[at];
        let m = null;
        let unit;
        const hexOf = () => parseInt(m?.[1] ?? '0', 16);
        if (char === '%' && (m = sticky(PERCENT, text, at))) {
            unit = { start: at, end: at + m[0].length, byte: hexOf() };
        }
        else if (char === '=' && qp && (m = sticky(QUOTED_PRINTABLE, text, at))) {
            unit = { start: at, end: at + m[0].length, byte: hexOf() };
        }
        else if (char === '\\' && (m = sticky(BACKSLASH_BYTE, text, at))) {
            unit = { start: at, end: at + m[0].length, byte: hexOf() };
        }
        else if (char === '\\' && (m = sticky(BACKSLASH_UNIT, text, at))) {
            unit = { start: at, end: at + m[0].length, codeUnit: hexOf() };
        }
        else if (char === '\\' && (m = sticky(BACKSLASH_CODE_POINT, text, at))) {
            unit = { start: at, end: at + m[0].length, text: codePoint(hexOf()) };
        }
        else if (char === '&' && (m = sticky(ENTITY_HEX, text, at))) {
            unit = { start: at, end: at + m[0].length, text: codePoint(hexOf()) };
        }
        else if (char === '&' && (m = sticky(ENTITY_DECIMAL, text, at))) {
            unit = { start: at, end: at + m[0].length, text: codePoint(parseInt(m[1] ?? '0', 10)) };
        }
        else if (char === '&' && (m = sticky(ENTITY_NAMED, text, at))) {
            const named = NAMED_ENTITIES[(m[1] ?? '').toLowerCase()];
            if (named)
                unit = { start: at, end: at + m[0].length, text: named };
        }
        unit ??= { start: at, end: at + 1, codeUnit: text.charCodeAt(at) };
        units.push(unit);
        at = unit.end;
    }
    return units;
}
const codePoint = (n) => (n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd');
/** The length of a UTF-8 sequence that starts with `byte` (1 for a byte that cannot start one). */
const utf8Length = (byte) => byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 ? (byte < 0xf0 ? 3 : 1) : byte >= 0xc2 ? 2 : 1;
/** Units joined into characters: UTF-8 bytes into code points, UTF-16 surrogates into pairs. */
function joinUnits(units) {
    const chars = [];
    for (let i = 0; i < units.length; i++) {
        const unit = units[i];
        const next = units[i + 1];
        // A surrogate pair, whatever wrote each half (`\uD83D&#xDE00;`, a raw high half and `\u{de00}`).
        const high = singleUnit(unit);
        const low = next ? singleUnit(next) : -1;
        if (high >= 0xd800 && high < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
            chars.push({
                char: String.fromCharCode(high, low),
                start: unit.start,
                end: next?.end ?? unit.end,
            });
            i++;
        }
        else if ('text' in unit) {
            chars.push({ char: unit.text, start: unit.start, end: unit.end });
        }
        else if ('codeUnit' in unit) {
            chars.push({ char: String.fromCharCode(unit.codeUnit), start: unit.start, end: unit.end });
        }
        else {
            const length = utf8Length(unit.byte);
            const bytes = units.slice(i, i + length).map((u) => ('byte' in u ? u.byte : -1));
            const whole = length > 1 && bytes.length === length && bytes.slice(1).every((b) => b >= 0x80 && b < 0xc0);
            const char = whole ? node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(bytes).toString('utf8') : String.fromCharCode(unit.byte);
            const last = whole ? units[i + length - 1] : unit;
            chars.push({ char, start: unit.start, end: last.end });
            if (whole)
                i += length - 1;
        }
    }
    return chars;
}
/** The UTF-16 code unit a unit stands for when it is exactly one; -1 otherwise (a byte, or more). */
function singleUnit(unit) {
    if ('codeUnit' in unit)
        return unit.codeUnit;
    return 'text' in unit && unit.text.length === 1 ? unit.text.charCodeAt(0) : -1;
}
/** Blanks, line breaks and controls only: the literal reading keeps `+` and backslashes. */
// eslint-disable-next-line no-control-regex
const LITERAL_SEPARATORS = /[\x00-\x20\x7f-\xa0\u2028\u2029]/g;
/**
 * The text as it is written, blanks and line breaks dropped, lower case: no
 * escape undone. Reading escapes joins what stands before a secret with its
 * first characters (`\tok_…` is a tab and "ok_…", `%65f0…` an "e"): the
 * literal reading finds the secret there, and a secret that itself holds
 * escape-like text (`p%41ss…`, `a&lt;b…`) as written.
 */
function literalView(text) {
    const view = { chars: '', start: [], end: [] };
    let at = 0;
    for (const char of text) {
        const end = at + char.length;
        if (!(char.length === 1 && isLiteralSeparator(char.charCodeAt(0)))) {
            const lower = lowerCase(char);
            view.chars += lower;
            for (let k = 0; k < lower.length; k++) {
                view.start.push(at);
                view.end.push(end);
            }
        }
        at = end;
    }
    // As in viewOf: halves of a pair that a dropped blank kept apart.
    const whole = lowerCase(view.chars);
    if (whole.length === view.chars.length)
        view.chars = whole;
    return view;
}
const isLiteralSeparator = (code) => code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029;
/** `literalView(text).chars`, by the engine's own string functions (see `readText`). */
function readLiteral(text) {
    return lowerCase(text.replace(LITERAL_SEPARATORS, ''));
}
function viewOf(text, qp) {
    const decoded = joinUnits(readUnits(text, qp));
    const view = { chars: '', start: [], end: [] };
    const push = (chars, start, end) => {
        view.chars += chars;
        for (let k = 0; k < chars.length; k++) {
            view.start.push(start);
            view.end.push(end);
        }
    };
    for (let i = 0; i < decoded.length; i++) {
        const { char, start, end } = decoded[i];
        const code = char.charCodeAt(0);
        if (char.length === 1 && isSeparator(code))
            continue;
        if (char !== '\\') {
            // ASCII without toLowerCase: most text is ASCII, and this loop sees every character.
            const lower = char.length === 1 && code < 0x80
                ? code >= 0x41 && code <= 0x5a
                    ? String.fromCharCode(code + 0x20)
                    : char
                : lowerCase(char);
            push(lower, start, end);
            continue;
        }
        let j = i;
        while (decoded[j + 1]?.char === '\\')
            j++;
        const next = decoded[j + 1]?.char;
        if (next !== undefined && /^[nrt]$/i.test(next))
            i = j + 1;
        else if (next !== undefined && !WORD_CHAR.test(next))
            i = j;
        else {
            push('\\', start, decoded[j]?.end ?? end);
            i = j;
        }
    }
    // Dropping an escape between two halves of a surrogate pair makes a pair, which the
    // per-character lower case did not see; `readText` lower-cases the whole text.
    const whole = lowerCase(view.chars);
    if (whole.length === view.chars.length)
        view.chars = whole;
    return view;
}
/** Lower case, with the final sigma as a plain one: `toLowerCase` of a whole text and of one character differ there. */
const lowerCase = (text) => text.toLowerCase().replace(/ς/g, 'σ');
const ESCAPE_RUNS = /(?:%(?:25){0,4}[0-9a-f]{2}|\\x[0-9a-f]{2})+|(?:\\u[0-9a-f]{4})+|\\u\{0{0,8}[0-9a-f]{1,6}\}|&#x0{0,8}[0-9a-f]{1,6};?|&#0{0,8}[0-9]{1,7};?|&[a-z]{2,20};/gi;
const ESCAPE_RUNS_QP = /(?:%(?:25){0,4}[0-9a-f]{2}|\\x[0-9a-f]{2}|=[0-9a-f]{2})+|(?:\\u[0-9a-f]{4})+|\\u\{0{0,8}[0-9a-f]{1,6}\}|&#x0{0,8}[0-9a-f]{1,6};?|&#0{0,8}[0-9]{1,7};?|&[a-z]{2,20};/gi;
const BACKSLASH_RUN = /\\+([\s\S])?/gu;
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\x00-\x20\x7f-\xa0\u2028\u2029+]/g;
/**
 * `viewOf(text, qp).chars`, by the engine's own string functions: no map
 * back to the text, and no JavaScript run per character (code that has run
 * only a few times is interpreted, and start-up redacts a few dozen lines
 * once each). Used to tell that text holds no secret; `viewOf` then finds
 * where one is.
 */
function readText(text, qp) {
    const decoded = text.replace(qp ? ESCAPE_RUNS_QP : ESCAPE_RUNS, (run) => joinUnits(readUnits(run, qp))
        .map((c) => c.char)
        .join(''));
    const unescaped = decoded.replace(BACKSLASH_RUN, (_run, next) => {
        if (next === undefined)
            return '\\';
        if (/^[nrt]$/i.test(next))
            return '';
        return WORD_CHAR.test(next) ? `\\${next}` : next;
    });
    return lowerCase(unescaped.replace(SEPARATORS, ''));
}
/**
 * The characters of base64 (or base64url) of `bytes` that do not depend on
 * what comes before or after them, when `bytes` follows `shift` other bytes
 * in a longer blob (a request body, `user:key`). Base64 packs 3 bytes into 4
 * characters, so the same secret encodes three different ways; the runner's
 * ValueEncoders.Base64StringEscapeShift1/2 exist for the same reason.
 */
function base64Inner(bytes, shift, url = false) {
    const encoded = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.concat([node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.alloc(shift), bytes]).toString(url ? 'base64url' : 'base64');
    const first = Math.ceil((8 * shift) / 6);
    const end = Math.floor((8 * (shift + bytes.length)) / 6);
    return encoded.slice(first, end);
}
/**
 * A stretch of text that may hold base64: its characters (`+`, `/`, `=` also
 * URL- or JSON-escaped) with line breaks and blanks (MIME wraps at 76, JSON
 * writes `\n`) between them.
 */
const BASE64_RUN = 
// eslint-disable-next-line no-control-regex
/(?:[A-Za-z0-9+/=_-]|%(?:25){0,4}(?:2[bBfF]|3[dD])|\\\/|[\x00-\x20]|\\[nrt]|%0[adAD])+/g;
const BASE64_UNIT = /[A-Za-z0-9+/=_-]|%(?:25){0,4}(?:2[bBfF]|3[dD])|\\\//y;
// eslint-disable-next-line no-control-regex
const BASE64_SEPARATOR = /[\x00-\x20]|\\[nrt]|%0[adAD]/y;
/** A run without its separators, and where each character of it starts and ends in the text. */
function compactRun(run, offset) {
    let chars = '';
    const start = [];
    const end = [];
    for (let i = 0; i < run.length;) {
        BASE64_UNIT.lastIndex = i;
        const unit = BASE64_UNIT.exec(run)?.[0];
        if (!unit) {
            BASE64_SEPARATOR.lastIndex = i;
            i += BASE64_SEPARATOR.exec(run)?.[0].length ?? 1;
            continue;
        }
        const last = unit.slice(-1).toLowerCase();
        chars += unit.length === 1 ? unit : last === 'b' ? '+' : last === 'd' ? '=' : '/';
        start.push(offset + i);
        end.push(offset + i + unit.length);
        i += unit.length;
    }
    return { chars, start, end };
}
// Case as BASE64_UNIT and BASE64_SEPARATOR have it: `\N` is no line break, `N` starts a run.
// eslint-disable-next-line no-control-regex
const BASE64_ESCAPES = /%(?:25){0,4}(2[bBfF]|3[dD])|\\\/|[\x00-\x20]|\\[nrt]|%0[adAD]/g;
/** The runs of base64 characters in `text` as `compactRun` reads them, the rest left as it is. */
function readBase64(text) {
    return text.replace(BASE64_ESCAPES, (escape, hex) => {
        if (escape === '\\/')
            return '/';
        if (!hex)
            return '';
        const code = hex.toLowerCase();
        return code === '2b' ? '+' : code === '2f' ? '/' : '=';
    });
}
/**
 * Where in the text behind `view` the `needles` are, as [start, end) ranges;
 * with `tails`, also a needle's first `minTail`+ characters where the view
 * ends (text cut short). Plain `indexOf`: a regular expression with every
 * form of every character took ~50 ms to compile at start-up.
 */
function rangesIn(view, needles, tails) {
    const ranges = [];
    const { chars } = view;
    for (const needle of needles) {
        const { form } = needle;
        for (let at = chars.indexOf(form); at >= 0; at = chars.indexOf(form, at + form.length)) {
            ranges.push([view.start[at] ?? 0, view.end[at + form.length - 1] ?? 0]);
        }
        const tail = tails ? tailAt(chars, needle) : -1;
        if (tail >= 0)
            ranges.push([view.start[tail] ?? 0, Infinity]);
    }
    return ranges;
}
/**
 * Where the longest start of `needle.form` (at least `minTail` characters,
 * not all of it) that ends `chars` begins; -1 if none. Searches for the
 * first `minTail` characters, so the cost is a few `indexOf` calls, not one
 * comparison per length.
 */
function tailAt(text, { form, minTail }) {
    if (form.length <= minTail)
        return -1;
    // Text cut short and marked so ("…", cleanServerText's cut) still ends in what came before.
    const chars = text.endsWith(CUT_MARK) ? text.slice(0, -CUT_MARK.length) : text;
    const tail = chars.slice(-(form.length - 1));
    const head = form.slice(0, minTail);
    for (let at = tail.indexOf(head); at >= 0; at = tail.indexOf(head, at + 1)) {
        if (form.startsWith(tail.slice(at)))
            return chars.length - tail.length + at;
    }
    return -1;
}
/** What text cut short ends in (text.ts `cleanServerText`, the summary's cut). */
const CUT_MARK = '…';
/** Whether `chars` holds a needle, or with `tails` ends in the start of one. */
function holds(chars, needles, tails) {
    return needles.some((n) => chars.includes(n.form) || (tails && tailAt(chars, n) >= 0));
}
/**
 * Where in `text` the base64 `forms` (longest first) are, as [start, end)
 * ranges, plus a form's first `minTail`+ characters when text ends there.
 */
function base64Ranges(text, forms, tails) {
    const ranges = [];
    for (const match of text.matchAll(BASE64_RUN)) {
        // Shorter than any form or tail (six characters): nothing to find.
        if (match[0].length < 6)
            continue;
        const end = text.endsWith(CUT_MARK) ? text.length - CUT_MARK.length : text.length;
        const atEnd = match.index + match[0].length === end;
        ranges.push(...rangesIn(compactRun(match[0], match.index), forms, tails && atEnd));
    }
    return ranges;
}
/** `text` with each range (overlapping ones merged) replaced by the mask. */
function maskRanges(text, ranges) {
    if (ranges.length === 0)
        return text;
    ranges.sort((x, y) => x[0] - y[0]);
    let out = '';
    let at = 0;
    for (const [start, end] of ranges) {
        if (end <= at)
            continue;
        if (start >= at)
            out += text.slice(at, start) + MASK;
        at = Math.min(end, text.length);
    }
    return out + text.slice(at);
}
/**
 * The forms a secret's text takes before it is base64-encoded: as is, in
 * either case, JSON- or URL-encoded (the request body holds it so).
 */
function textForms(secret) {
    return [
        secret,
        secret.toUpperCase(),
        secret.toLowerCase(),
        JSON.stringify(secret).slice(1, -1),
        JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'),
        encodeURIComponent(secret),
        new URLSearchParams({ v: secret }).toString().slice(2),
    ];
}
const byLength = (a, b) => b.form.length - a.form.length;
/**
 * Knows every secret and replaces it, in any form it can take in text, with
 * `***`.
 *
 * Text is searched twice when it is not plain: as given, and folded (NFKD,
 * invisible and combining characters gone, NFKC). A secret found only in the
 * folded text is masked there, and the folded text is returned: it is what a
 * reader would see anyway. Text with no secret comes back unchanged.
 *
 * Matching: the text is read with its escapes undone (`%xx` at any depth,
 * `\xNN`, `\uXXXX`, `\u{…}`, HTML references; quoted-printable `=XX` in a
 * second reading), separators (blanks, line breaks, `\n`, `+`, …) and
 * escaping backslashes dropped, in lower case; and as written (lower case,
 * blanks and line breaks dropped, nothing undone: what stands before a secret
 * cannot join its first characters into an escape). Each secret, read both
 * ways, and the hex of its UTF-8 are looked for in every reading. So upper
 * case, any mix of escapes and a secret split across lines are found. Base64 and
 * base64url of the secret (and of its JSON/URL-encoded forms) at all three
 * alignments, case kept. Text ending in the first `MIN_TAIL_CHARS`
 * characters of a form (a capped read) has that tail masked (twice as many
 * hex digits; six base64 characters).
 */
class Redactor {
    parts = new Set();
    needles;
    add(secret) {
        if (!secret)
            return;
        const before = this.parts.size;
        for (const part of [secret, foldText(secret)]) {
            if (part)
                this.parts.add(part);
            // Each line on its own too: a log viewer or a server may show one line of a multi-line secret.
            for (const line of part.split(/\r\n|\r|\n/)) {
                if (line.trim().length >= MIN_MASK_LENGTH)
                    this.parts.add(line.trim());
            }
        }
        if (this.parts.size !== before)
            this.needles = undefined;
    }
    redact(text) {
        return this.scan(text, true);
    }
    /**
     * Whether `text` carries a whole secret in any form `redact` knows; with
     * `partial`, also the start of one (≥ 4 characters) at its end.
     */
    contains(text, partial = false) {
        return this.scan(text, partial) !== text;
    }
    /** The same as `redact`, as a plain function to hand on. */
    redactor = (text) => this.redact(text);
    scan(text, tails) {
        if (!text || this.parts.size === 0)
            return text;
        const direct = this.apply(text, tails);
        const folded = foldText(direct);
        if (folded === direct)
            return direct;
        const again = this.apply(folded, tails);
        return again === folded ? direct : again;
    }
    apply(text, tails) {
        const needles = (this.needles ??= this.build());
        const qp = QUOTED_PRINTABLE_ANYWHERE.test(text);
        const suspect = holds(readText(text, false), needles.text, tails) ||
            (qp && holds(readText(text, true), needles.text, tails)) ||
            holds(readLiteral(text), needles.text, tails) ||
            holds(readBase64(text), needles.base64, tails);
        // Most text holds no secret, and the engine's string functions can tell; only text that may
        // hold one is read again character by character to find where.
        if (!suspect)
            return text;
        const ranges = rangesIn(viewOf(text, false), needles.text, tails);
        if (qp)
            ranges.push(...rangesIn(viewOf(text, true), needles.text, tails));
        ranges.push(...rangesIn(literalView(text), needles.text, tails));
        ranges.push(...base64Ranges(text, needles.base64, tails));
        return maskRanges(text, ranges);
    }
    build() {
        const text = new Map();
        const base64 = new Set();
        for (const part of this.parts) {
            // Each reading of the secret is looked for in each reading of the text: as written, and
            // with its escapes undone.
            for (const read of [viewOf(part, false).chars, readLiteral(part)]) {
                if (read)
                    text.set(read, MIN_TAIL_CHARS);
            }
            for (const form of textForms(part)) {
                text.set(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(form, 'utf8').toString('hex'), 2 * MIN_TAIL_CHARS);
                // UTF-16LE too: PowerShell's -EncodedCommand and .NET's Encoding.Unicode.
                for (const bytes of [node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(form, 'utf8'), node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(form, 'utf16le')]) {
                    for (const shift of [0, 1, 2]) {
                        for (const url of [false, true]) {
                            const inner = base64Inner(bytes, shift, url);
                            // Too short to tell from chance (a secret of a few bytes).
                            if (inner.length >= MIN_MASK_LENGTH)
                                base64.add(inner);
                        }
                    }
                }
            }
        }
        return {
            // Longest first, so a secret that contains another is replaced whole.
            text: [...text].map(([form, minTail]) => ({ form, minTail })).sort(byLength),
            // Four bytes of secret are six base64 characters: fewer would match by chance.
            base64: [...base64].map((form) => ({ form, minTail: 6 })).sort(byLength),
        };
    }
}
// --- Opaque tokens ---------------------------------------------------------
// Padding only at the end: "k=<hex>" is a name and a token.
const TOKEN_RUN = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
const OBJECT_ID = /^[0-9a-f]{24}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPAQUE_TOKEN_REMOVED = '[opaque token removed]';
const charClass = (c) => /[a-z]/.test(c) ? 1 : /[A-Z]/.test(c) ? 2 : /[0-9]/.test(c) ? 3 : 0;
/**
 * Whether one `/`-free run looks like an encoding rather than words: random
 * data switches between lower case, upper case and digits every other
 * character, words and identifiers (`InternalServerErrorException`,
 * `ERR_FILE_TOO_LARGE_2GB`) rarely do.
 */
function isOpaque(segment, keep) {
    const core = segment.replace(/^[=_-]+|[=_-]+$/g, '');
    if (keep.has(core.toLowerCase()) || OBJECT_ID.test(core) || UUID.test(core))
        return false;
    // Hex longer than an ObjectId: 13 bytes or more of something.
    if (/^[0-9a-f]+$/i.test(core))
        return core.length > 24;
    const alnum = core.replace(/[^A-Za-z0-9]/g, '');
    if (alnum.length < 20)
        return false;
    let switches = 0;
    for (let i = 1; i < alnum.length; i++) {
        if (charClass(alnum[i] ?? '') !== charClass(alnum[i - 1] ?? ''))
            switches++;
    }
    const hasDigit = /[0-9]/.test(alnum);
    const mixedCase = /[a-z]/.test(alnum) && /[A-Z]/.test(alnum);
    if (hasDigit)
        return switches >= Math.max(6, alnum.length / 5);
    return mixedCase && switches >= alnum.length / 3;
}
/**
 * Removes long opaque tokens (base64, base64url, hex, JWT parts: an encoding
 * we did not think of) from server text, keeping `keep` (the project ID,
 * upload ID: IDs we print anyway), 24-hex ObjectIds and UUIDs (request IDs
 * for support). Words, sentences, hosts and ordinary URL paths stay.
 * `"echo: eyJhcGlLZXkiOiJzcGtf…"` → `"echo: [opaque token removed]"`.
 */
function dropOpaqueTokens(text, keep) {
    const kept = new Set(keep.filter(Boolean).map((k) => k.toLowerCase()));
    return text.replace(TOKEN_RUN, (run) => {
        if (kept.has(run.toLowerCase()))
            return run;
        // A path keeps its readable segments; base64 holds "/" too, so each segment is judged alone.
        const segments = run.split('/');
        let changed = false;
        const out = segments.map((s) => {
            if (!isOpaque(s, kept))
                return s;
            changed = true;
            return OPAQUE_TOKEN_REMOVED;
        });
        if (changed) {
            const removedRun = /\[opaque token removed\](?:\/\[opaque token removed\])+/g;
            return out.join('/').replace(removedRun, OPAQUE_TOKEN_REMOVED);
        }
        // Short base64 pieces between slashes: "+" or "=" padding say it is not a path.
        if (/[+]|=$/.test(run) && isOpaque(run.replace(/\//g, ''), kept))
            return OPAQUE_TOKEN_REMOVED;
        return run;
    });
}
// --- Values that become outputs --------------------------------------------
const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;
/**
 * Whether `value` (an upload ID from the server) may become an output: it is
 * ID-shaped, and neither it nor what it decodes to (base64, base64url, hex,
 * from each of the first four offsets) carries a secret.
 */
function isSafeId(value, secrets) {
    if (!ID_SHAPE.test(value))
        return false;
    // The start of a secret at the end counts too, except for an ObjectId: its
    // last four hex digits match the start of a hex user ID once in 65536.
    if (secrets.contains(value, !OBJECT_ID.test(value)))
        return false;
    const decoded = [];
    for (let offset = 0; offset < 4; offset++) {
        decoded.push(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(value.slice(offset), 'base64url'));
    }
    for (let offset = 0; offset < 2; offset++) {
        const hexRun = value.slice(offset).match(/^(?:[0-9a-f]{2})+/i)?.[0];
        if (hexRun)
            decoded.push(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(hexRun, 'hex'));
    }
    // Decoded bytes are noise unless they are text: four matching characters are no accident there.
    return !decoded.some((bytes) => bytes.length > 0 &&
        (secrets.contains(bytes.toString('utf8'), true) ||
            secrets.contains(bytes.toString('latin1'), true)));
}
// --- What the runner masks -------------------------------------------------
/**
 * Words that appear in every log (and in presigned URLs' public parameters):
 * registering one would blot it out job-wide.
 */
const COMMON_WORDS = new Set([
    'download',
    'getobject',
    'putobject',
    'headobject',
    'host',
    'true',
    'false',
    'null',
    'undefined',
    'attachment',
    'inline',
    'unsigned-payload',
    'aws4-hmac-sha256',
    'goog4-rsa-sha256',
    'goog4-hmac-sha256',
    'aws4_request',
    'goog4_request',
    'enabled',
    'disabled',
    'sharing',
    'application',
    'octet-stream',
    'application/octet-stream',
    'application/zip',
    'password',
    'username',
    'streampixel',
    'production',
    'development',
    'staging',
    'anonymous',
    'localhost',
    'content-type',
    'x-amz-date',
    'x-amz-content-sha256',
    'host;x-amz-date',
    'us-east-1',
    'us-west-2',
    'eu-west-1',
    'bearer',
]);
/**
 * A word rather than a secret: letters (with `-`/`_`), at most 16, in at most
 * three case switches (`Download`, `GetObject`, `FileName`). Applied to the
 * values of a URL's query, which are often words; an input secret is only
 * checked against `COMMON_WORDS` (a key may be all letters).
 */
function isWordLike(value) {
    if (!/^[A-Za-z]+(?:[-_][A-Za-z]+)*$/.test(value) || value.length > 16)
        return false;
    // Case switches within the letters: "download" 0, "Download" 1, "GetObject" 3 (G|et|O|bject).
    const letters = value.replace(/[-_]/g, '');
    let switches = 0;
    for (let i = 1; i < letters.length; i++) {
        if (charClass(letters[i] ?? '') !== charClass(letters[i - 1] ?? ''))
            switches++;
    }
    return switches <= 3;
}
/** Lines of a multi-line secret shorter than `MIN_MASK_LENGTH`: such a key is invalid input (the runner would mask the line job-wide). */
function shortLines(secret) {
    const lines = secret.split(/\r\n|\r|\n/);
    if (lines.length < 2)
        return [];
    return lines.map((l) => l.trim()).filter((l) => l.length > 0 && l.length < MIN_MASK_LENGTH);
}
/**
 * Exactly what to register with `add-mask` for one secret. The runner masks
 * every line of a multi-line value on its own, so a multi-line value is
 * registered whole only when none of its lines is short; otherwise only its
 * long lines. Nothing shorter than `MIN_MASK_LENGTH`, nothing word-like.
 * `'abc…\nab'` → `['abc…']`.
 */
function maskValues(secret) {
    return maskable(secret, false);
}
/** `maskValues`, also leaving out word-shaped values when `strict` (a URL's query values). */
function maskable(secret, strict) {
    const value = secret.trim();
    const ok = (v) => v.length >= MIN_MASK_LENGTH && !COMMON_WORDS.has(v.toLowerCase()) && !(strict && isWordLike(v));
    const lines = value
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const out = new Set();
    if (lines.length <= 1) {
        if (ok(value))
            out.add(value);
        return [...out];
    }
    if (shortLines(value).length === 0 && ok(value))
        out.add(value);
    for (const line of lines)
        if (ok(line))
            out.add(line);
    return [...out];
}
/**
 * Query parameters whose values are public in the presigners we know, and
 * are neither registered nor hidden from the reader (their values are words,
 * dates and durations: "GetObject", "20240101T000000Z", "3600"):
 * - S3 SigV4 (SDK v3 presigner): X-Amz-Algorithm, -Date, -Expires,
 *   -SignedHeaders, -Content-Sha256 (UNSIGNED-PAYLOAD), x-amz-checksum-mode,
 *   x-id (GetObject), response-*, versionId, partNumber.
 * - S3 SigV2, GCS V2, CloudFront: Expires. CloudFront Key-Pair-Id names a
 *   public key the distribution trusts; it grants nothing without the
 *   private key and is not tied to an AWS account lookup.
 * - GCS V4: X-Goog-Algorithm, -Date, -Expires, -SignedHeaders; generation.
 * - Azure SAS: sv, se, st, sr, sp, spr, ss, srt, sip, the user-delegation
 *   key's skoid, sktid, skt, ske, sks, skv, sdd, the response overrides
 *   rscc, rscd, rsce, rscl, rsct, and the correlation IDs saoid, suoid, scid.
 * - Google Drive: export (=download), usp, authuser. Dropbox: dl, raw.
 *
 * Not public, and masked: every signature (X-Amz-Signature, X-Goog-Signature,
 * Signature, sig), session tokens (X-Amz-Security-Token), policies
 * (CloudFront Policy), credentials (X-Amz-Credential, X-Goog-Credential),
 * S3 SigV2's AWSAccessKeyId and GCS V2's GoogleAccessId (AWS calls an access
 * key ID identifying rather than secret, but it names the account through
 * sts:GetAccessKeyInfo and half of a key pair: conservative), and Drive's
 * `id`, `resourcekey`, `confirm` (anyone holding a shared file's ID can fetch it).
 */
const PUBLIC_QUERY_PARAMS = /^(?:x-amz-(?:algorithm|date|expires|signedheaders|content-sha256|checksum-mode)|x-goog-(?:algorithm|date|expires|signedheaders)|x-id|response-.+|versionid|partnumber|generation|expires|key-pair-id|sv|se|st|sr|sp|spr|ss|srt|sip|skoid|sktid|skt|ske|sks|skv|sdd|rscc|rscd|rsce|rscl|rsct|saoid|suoid|scid|export|usp|authuser|dl|raw)$/i;
/** Parameter names that say they carry a secret, whatever the value's length. */
const SECRET_QUERY_PARAM = /sig|token|credential|key|secret|auth|pass|policy/i;
/** A presigned URL's secrets: each signature/credential value, the password, the fragment, and the whole query. */
function urlSecrets(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // Not a URL we can read: everything after "?" (or all of it) is the secret.
        return [text.slice(text.indexOf('?') + 1)];
    }
    const secrets = [];
    if (url.password)
        secrets.push(url.password, safeDecode(url.password));
    if (url.hash.length > 1)
        secrets.push(url.hash.slice(1));
    for (const pair of url.search.slice(1).split('&')) {
        const [rawName = '', rawValue = ''] = pair.split(/=(.*)/s);
        const name = safeDecode(rawName.replace(/\+/g, ' '));
        const value = safeDecode(rawValue.replace(/\+/g, ' '));
        if (PUBLIC_QUERY_PARAMS.test(name))
            continue;
        if (SECRET_QUERY_PARAM.test(name) || value.length >= MIN_MASK_LENGTH) {
            // Decoded, and as written when that differs ("%2f" is not how the runner re-encodes "/").
            secrets.push(value, rawValue);
            // "AKIA…/20240101/us-east-1/s3/aws4_request": the key ID alone, as it may appear elsewhere.
            if (/credential/i.test(name))
                secrets.push(value.split('/')[0] ?? '');
        }
    }
    // The whole query too, when it carries a secret ("dl=0&export=download" alone does not).
    if (secrets.length > 0)
        secrets.push(url.search.slice(1));
    return secrets;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * Every value derived from the inputs that is registered with the runner and
 * the Redactor: the key, the user ID, the GitHub token, and the file URL's
 * secrets (see `PUBLIC_QUERY_PARAMS` for what is not one). Each value passes
 * through `maskValues`, so none is short or a word.
 */
function secretValues(raw) {
    const out = new Set();
    for (const input of [raw['api-key'], raw['user-id'], raw['github-token']]) {
        for (const value of maskable(input ?? '', false))
            out.add(value);
    }
    for (const [name, value] of Object.entries(raw)) {
        const url = value?.trim() ?? '';
        const looksLikeUrl = name === 'file-url' ? /[?#@]/.test(url) : /^[a-z][a-z0-9+.-]*:\/\/\S*\?/i.test(url);
        if (!looksLikeUrl)
            continue;
        for (const secret of urlSecrets(url))
            for (const v of maskable(secret, true))
                out.add(v);
    }
    return [...out];
}
// --- Input checks ------------------------------------------------------------
/** Blanks and fillers that are not format characters or marks but still print as nothing. */
// (U+180E, U+00AD are Cf and U+034F is Mn: UNPRINTABLE has them.)
const OTHER_INVISIBLE = /[\u115f\u1160\u3164\uffa0\u2800]/u;
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Mn}\p{Me}\p{Z}\s]/u;
/**
 * Every character of `value` that prints as nothing or not as itself: format
 * (ZW*, bidi, soft hyphen, tags), combining marks (incl. variation selectors
 * and U+034F), controls, private-use, unassigned, lone surrogates, any
 * whitespace except the plain spaces, tabs and line breaks at either end that
 * parsing trims, and fillers (U+115F, U+1160, U+3164, U+FFA0, U+2800,
 * U+180E). `index` is the UTF-16 offset. `'ab\u200bc'` → `[{ codePoint: 'U+200B', index: 2 }]`.
 */
function invisibleCharacters(value) {
    const start = value.length - value.replace(/^[ \t\r\n]+/, '').length;
    const end = value.replace(/[ \t\r\n]+$/, '').length;
    const found = [];
    let index = 0;
    for (const char of value) {
        // Plain blanks at either end are trimmed by parsing; inside, even a plain space is flagged.
        const trimmed = index < start || index >= end;
        const code = char.charCodeAt(0);
        // Printable ASCII without the Unicode classes: they cost start-up a few ms to compile.
        const printableAscii = code > 0x20 && code < 0x7f;
        if (!trimmed && !printableAscii && (UNPRINTABLE.test(char) || OTHER_INVISIBLE.test(char))) {
            found.push({
                codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
                index,
            });
        }
        index += char.length;
    }
    return found;
}


/***/ }),

/***/ 5304:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mh: () => (/* binding */ cliTerms),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   f_: () => (/* binding */ ACTION_TERMS)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8422);
/**
 * The vocabulary of an adapter: how the user names inputs and settings. The
 * config parser and the deploy flow write every message through it, so the
 * action says `wait: false` and the command line `--wait=false`, and no
 * message is rewritten after the fact.
 */

const PROJECT_ID_HELP = 'it is the 24-character ID at the end of the project page URL in the Streampixel dashboard';
/** The action's words: inputs by their action.yml names, settings as YAML. */
const ACTION_TERMS = {
    name: (input) => input,
    setting: (input, value) => `${input}: ${value}`,
    secretHome: (input) => `the secret passed as ${input}`,
    uploadIdOutput: 'the upload-id output',
    missing: (input) => {
        if (input === 'api-key' || input === 'user-id') {
            const secret = input === 'api-key' ? 'STREAMPIXEL_API_KEY' : 'STREAMPIXEL_USER_ID';
            return `${input} is empty: pass it from a secret, e.g. \${{ secrets.${secret} }}, and check the secret exists in this repository or environment.`;
        }
        if (input === 'project-id')
            return `${input} is empty: ${PROJECT_ID_HELP}.`;
        return `${input} is empty.`;
    },
    moreDetail: 'debug logging (RUNNER_DEBUG=1)',
};
/** The command line's words: flags for inputs, environment variables for secrets. */
function cliTerms({ env, fromEnv }) {
    const name = (input) => {
        const variable = env[input];
        const flagged = input === 'project-id' || input === 'file-url';
        if (variable && (!flagged || fromEnv.includes(input)))
            return variable;
        return `--${input}`;
    };
    return {
        name,
        setting: (input, value) => name(input).startsWith('--') ? `${name(input)}=${value}` : name(input),
        secretHome: name,
        uploadIdOutput: 'the uploadId (in the --json result)',
        missing: (input, given) => {
            const variable = env[input] ?? '';
            if (input === 'api-key')
                return `${variable} is ${given ? 'empty' : 'not set'}: export it in the job's environment from your CI's secret store (a masked GitLab CI/CD variable, Jenkins credentials, a Buildkite secret). It is never taken from a flag.`;
            if (input === 'user-id')
                return `${variable} is ${given ? 'empty' : 'not set'}: export the user ID of the account that owns the API key (dashboard account menu → Copy User ID) next to ${env['api-key']}.`;
            if (input === 'project-id')
                return `${name(input)} is ${given ? 'empty' : 'not set'}: give --project-id ID or set ${variable}; ${PROJECT_ID_HELP}.`;
            return `${name(input)} is empty.`;
        },
        moreDetail: '--verbose',
    };
}
/** Where `name` is in `text` as a word of its own: not in `--wait-timeout-minutes` or `/srv/path/`. */
function wordAt(text, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.search(new RegExp(`(?<![\\w./\\\\-])${escaped}(?![\\w/\\\\-])`));
}
/** An input, flag or variable a title starts with: `--wait`, `STREAMPIXEL_USER_ID`, `s3-region`. */
function subjectOf(title) {
    const first = /^\S+/.exec(title)?.[0] ?? '';
    const named = /^--[a-z0-9-]+$/.test(first) ||
        /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(first) ||
        _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh.includes(first);
    return named ? first : undefined;
}
/**
 * A titled problem or warning on one line, naming its input once. A message that starts with the
 * name already says what the title does, so it stands alone ("--wait must be true or false…",
 * not "--wait is not a boolean: --wait must be…"); otherwise "title (name): message", without
 * "(name)" when the title or the message names it already. `name`: the input as the adapter
 * names it; without it, the input, flag or variable the title starts with, if any.
 */
function oneLine(title, message, name = subjectOf(title)) {
    if (!name)
        return `${title}: ${message}`;
    if (wordAt(message, name) === 0)
        return message;
    const where = wordAt(title, name) >= 0 || wordAt(message, name) >= 0 ? '' : ` (${name})`;
    return `${title}${where}: ${message}`;
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ cleanServerText),
/* harmony export */   G9: () => (/* binding */ htmlToText),
/* harmony export */   lR: () => (/* binding */ describeLocation)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6264);
/**
 * Text from outside made safe to show: `cleanServerText` turns text we did
 * not write (API messages, headers, error pages) into one inert, bounded
 * line; `escapeMarkdown` makes it plain text in the job summary; `htmlToText`
 * reads an error page as a person would.
 */

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
    return cleanServerText((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayUrl */ .Qy)(target), 200, redact);
}
// C0 and C1 controls, DEL, and the Unicode line/paragraph separators: any of
// them can start a new line in the runner's reader or in a log viewer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// ANSI escape sequences (CSI and OSC), removed whole before the controls go.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?)/g;
// Format characters (zero-width, bidi, tags…), U+034F, Hangul fillers, the Mongolian vowel
// separator and variation selectors: none shows, and each can split a word or a secret.
const INVISIBLE = /\p{Cf}|[\u034f\u115f\u1160\u180e\u3164\uffa0]|[\ufe00-\ufe0f]|[\u{e0000}-\u{e007f}]/gu;
/** Work on at most this much of any server text: the result is a few hundred characters. */
const MAX_INPUT_CHARS = 64 * 1024;
/**
 * One inert line of at most `maxLength` characters.
 *
 * The runner treats a line as a workflow command when, after trimming leading
 * whitespace, it starts with `::` (current form), or when it contains `##[`
 * anywhere (legacy form). Both are broken with a plain space, after any
 * newline that could have started a fresh line is gone. Not a zero-width
 * space: the runner finds `::` and `##[` with culture-sensitive .NET string
 * search (ActionCommand.cs), for which ICU ignores zero-width characters.
 *
 * `redact` runs after the invisible characters are gone (they could split a
 * secret) and before the cut (which could leave half of one).
 */
function cleanServerText(text, maxLength = 300, redact = (t) => t) {
    let out = text.slice(0, MAX_INPUT_CHARS).replace(ANSI, '');
    // ASCII holds no invisible character; the Unicode class costs start-up a few ms to compile.
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(out))
        out = out.replace(INVISIBLE, '');
    out = out.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
    out = redact(out);
    if (out.length > maxLength) {
        // Never cut between the two halves of an emoji: a lone surrogate is not text.
        out = `${out
            .slice(0, maxLength - 1)
            .replace(/[\ud800-\udbff]$/, '')
            .trimEnd()}…`;
    }
    return out.replace(/::/g, ': :').replace(/##\[/g, '# #[');
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
const ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    mdash: '—',
    ndash: '–',
};
/**
 * The text of an HTML page, in one pass (a regex over "<<<<…" would take
 * quadratic time on a hostile page): tags dropped, script and style skipped,
 * entities decoded so that an entity-encoded secret is still recognised.
 */
function htmlToText(html) {
    if (!html.includes('<') && !html.includes('&'))
        return html;
    let out = '';
    let i = 0;
    // Once no '>' is left, every later '<' is text: looking again for each would be quadratic.
    let tagsLeft = true;
    const lower = html.toLowerCase();
    while (i < html.length) {
        const ch = html[i];
        const close = ch === '<' && tagsLeft ? html.indexOf('>', i + 1) : -1;
        if (ch === '<' && close < 0)
            tagsLeft = false;
        if (close >= 0) {
            const tag = /^<\s*(script|style)\b/.exec(lower.slice(i, close + 1));
            if (tag) {
                const end = lower.indexOf(`</${tag[1]}`, close);
                const after = end < 0 ? -1 : html.indexOf('>', end);
                i = after < 0 ? html.length : after + 1;
            }
            else {
                i = close + 1;
            }
            out += ' ';
        }
        else if (ch === '&') {
            const entity = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/i.exec(html.slice(i, i + 12));
            out += entity ? decodeEntity(entity[1] ?? '') : '&';
            i += entity ? entity[0].length : 1;
        }
        else {
            out += ch;
            i++;
        }
    }
    return out;
}
function decodeEntity(name) {
    if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? `&${name};`;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  px: () => (/* binding */ ACTION_NAME),
  Yt: () => (/* binding */ ACTION_VERSION),
  xV: () => (/* binding */ ISSUES_URL),
  _O: () => (/* binding */ USER_AGENT)
});

// UNUSED EXPORTS: REPOSITORY_URL

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** Who we are, as every request's User-Agent and `--version` say it: read from package.json. */

const ACTION_NAME = 'streampixel-deploy';
const ACTION_VERSION = package_namespaceObject.rE;
/** The project's home, where the "report it" hints and the User-Agent point. */
const REPOSITORY_URL = 'https://github.com/org/streampixel-deploy';
const ISSUES_URL = `${REPOSITORY_URL}/issues`;
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION} (+${REPOSITORY_URL})`;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

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

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

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

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __nccwpck_require__(8422);
// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __nccwpck_require__(7194);
// EXTERNAL MODULE: ./src/terms.ts
var src_terms = __nccwpck_require__(5304);
;// CONCATENATED MODULE: ./src/config.ts
/**
 * Raw input strings → one typed DeployConfig, or every problem at once.
 * Pure: no I/O, no @actions/*. Messages name inputs through the adapter's
 * `Terms` and never repeat a secret's value; defaults and ranges come from
 * the table in inputs.ts.
 */




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
/** The parser's state: the raw values, the vocabulary, and what was found wrong so far. */
class Reader {
    raw;
    terms;
    problems = [];
    warnings = [];
    constructor(raw, terms) {
        this.raw = raw;
        this.terms = terms;
    }
    value(input) {
        return (this.raw[input] ?? '').trim();
    }
    /** Given at all, even empty (an environment variable set to ''). */
    given(input) {
        return this.raw[input] !== undefined;
    }
    problem(input, title, message) {
        this.problems.push({ input, title, message });
    }
    warning(input, title, message) {
        this.warnings.push({ input, title, message });
    }
    name(input) {
        return this.terms.name(input);
    }
    bool(input) {
        const fallback = (0,inputs/* inputSpec */.mm)(input).default === 'true';
        const v = this.value(input);
        if (!v)
            return fallback;
        if (YAML_TRUE.has(v))
            return true;
        if (YAML_FALSE.has(v))
            return false;
        const name = this.name(input);
        this.problem(input, `${name} is not a boolean`, `${name} must be true or false (also True, TRUE, False, FALSE); got "${shorten(v)}".`);
        return fallback;
    }
    /** A number within the table's range; `min` overrides the table's (the polling floor). */
    num(input, min) {
        const spec = (0,inputs/* inputSpec */.mm)(input);
        const range = { ...spec.range, ...(min === undefined ? {} : { min }) };
        const fallback = Number(spec.default);
        const v = this.value(input);
        if (!v)
            return fallback;
        const n = Number(v);
        const valid = /^\d+(\.\d+)?$/.test(v) &&
            (!range.integer || Number.isInteger(n)) &&
            n >= range.min &&
            n <= range.max;
        if (valid)
            return n;
        const name = this.name(input);
        const kind = range.integer ? 'a whole number' : 'a number';
        this.problem(input, `${name} is out of range`, `${name} must be ${kind} from ${range.min} to ${range.max} ${range.unit}; got "${shorten(v)}".`);
        return fallback;
    }
}
/**
 * Every input checked at once. Returns the typed config, or every problem
 * (each naming its input in `options.terms`, in the order the inputs are
 * read here); warnings either way.
 */
function parseConfig(raw, options = {}) {
    const r = new Reader(raw, options.terms ?? src_terms/* ACTION_TERMS */.f_);
    const apiKey = secretToken(r, 'api-key');
    const userId = id(r, 'user-id', true);
    const projectId = id(r, 'project-id', false);
    const target = sourceOf(r);
    const apiUrl = apiBase(r);
    const loopbackApi = apiUrl !== undefined && isLoopbackHost(new URL(apiUrl).hostname);
    const settings = settingsOf(r, loopbackApi, options);
    warnIgnoredAutoRelease(r);
    const deployment = deploymentOf(r);
    if (r.problems.length > 0 ||
        apiKey === undefined ||
        userId === undefined ||
        projectId === undefined ||
        apiUrl === undefined) {
        return { ok: false, problems: r.problems, warnings: r.warnings };
    }
    return {
        ok: true,
        warnings: r.warnings,
        deployment,
        config: { apiKey, userId, projectId, ...target, apiUrl, ...settings },
    };
}
/**
 * The switches and limits, read in this order (their problems come in it); seconds and minutes
 * become ms. The polling interval's minimum is the floor (see pollFloor).
 */
function settingsOf(r, loopbackApi, options) {
    const autoRelease = r.bool('auto-release');
    const checkFileUrl = r.bool('check-file-url');
    const dryRun = r.bool('dry-run');
    const wait = r.bool('wait');
    const maxAttempts = r.num('max-attempts');
    const timeoutSeconds = r.num('timeout-seconds');
    const waitMinutes = r.num('wait-timeout-minutes');
    const floorSeconds = pollFloor(loopbackApi, options);
    const pollSeconds = r.num('poll-interval-seconds', floorSeconds);
    return {
        autoRelease,
        checkFileUrl,
        dryRun,
        maxAttempts,
        timeoutMs: Math.round(timeoutSeconds * 1000),
        wait,
        waitTimeoutMs: Math.round(waitMinutes * 60_000),
        pollIntervalMs: Math.round(pollSeconds * 1000),
        pollFloorMs: Math.round(floorSeconds * 1000),
    };
}
/** auto-release with upload-id: a distribution goes live whatever it says. */
function warnIgnoredAutoRelease(r) {
    if (r.value('upload-id') && r.value('auto-release')) {
        r.warning('auto-release', `${r.name('auto-release')} is ignored`, `${r.name('auto-release')} applies to uploads; with ${r.name('upload-id')} the build is distributed (made live) regardless.`);
    }
}
/** 5 s, or lower for a loopback stand-in that asks for it. */
function pollFloor(loopbackApi, options) {
    const asked = Number(options.standInPollFloorSeconds);
    return loopbackApi &&
        options.standInPollFloorSeconds &&
        asked >= 0.01 &&
        asked < POLL_FLOOR_SECONDS
        ? asked
        : POLL_FLOOR_SECONDS;
}
/** Exactly one of path (upload a build), file-url (upload) and upload-id (distribute). */
function sourceOf(r) {
    const sources = ['path', 'file-url', 'upload-id'].filter((input) => r.value(input));
    const [path, file, upload] = [r.name('path'), r.name('file-url'), r.name('upload-id')];
    const choice = `${file} (the direct download URL of the build .zip), ${path} (a packaged build folder or .zip on this machine, uploaded to ${r.name('s3-uri')}) or ${upload} (an earlier upload, to distribute it)`;
    const build = buildOf(r, sources.includes('path'));
    if (sources.length > 1) {
        const names = sources.map((input) => r.name(input));
        r.problem(sources[sources.length - 1] ?? 'upload-id', sources.length === 2
            ? `${names[0]} and ${names[1]} both given`
            : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} all given`, `Give ${choice}: only one of them.`);
        return {};
    }
    if (sources.length === 0) {
        r.problem('file-url', `${path}, ${file} or ${upload} required`, `Give ${choice}.`);
        return {};
    }
    if (build)
        return { build };
    return sources[0] === 'file-url'
        ? { fileUrl: artifactUrl(r) }
        : sources[0] === 'upload-id'
            ? { uploadId: id(r, 'upload-id', false) }
            : {};
}
/**
 * path's companions: s3-uri required with it and refused without it; the
 * endpoint and region are ignored without it. Pure: the folder, the URI's
 * grammar and the credentials are the storage lib's `validateStorage`'s.
 */
function buildOf(r, withPath) {
    const [path, s3Uri] = [r.name('path'), r.name('s3-uri')];
    const presignHours = r.num('presign-hours');
    if (!withPath) {
        if (r.value('s3-uri')) {
            r.problem('s3-uri', `${s3Uri} without ${path}`, `${s3Uri} says where to upload the build given as ${path}; give ${path} too, or leave ${s3Uri} out when deploying with ${r.name('file-url')} or ${r.name('upload-id')}.`);
        }
        for (const input of ['s3-endpoint', 's3-region']) {
            if (r.value(input)) {
                r.warning(input, `${r.name(input)} is ignored`, `${r.name(input)} is only used with ${path}, to upload the build to your bucket.`);
            }
        }
        return undefined;
    }
    if (!r.value('s3-uri')) {
        r.problem('s3-uri', `${s3Uri} is required with ${path}`, `${s3Uri} must say where to upload the build given as ${path}: s3://bucket/prefix/ (a name is made from the build and the commit) or s3://bucket/key.zip.`);
        return undefined;
    }
    return {
        path: r.value('path'),
        s3Uri: r.value('s3-uri'),
        s3Endpoint: r.value('s3-endpoint') || undefined,
        s3Region: r.value('s3-region') || undefined,
        presignHours,
    };
}
/** environment turns GitHub Deployments on; environment-url goes with it. */
function deploymentOf(r) {
    const environment = r.value('environment');
    const environmentUrl = r.value('environment-url');
    if (!environment) {
        if (environmentUrl) {
            r.warning('environment-url', 'environment-url is ignored', 'environment-url is only used together with environment (which turns GitHub Deployments on).');
        }
        return undefined;
    }
    if (environmentUrl && !isHttpUrl(environmentUrl)) {
        r.problem('environment-url', 'environment-url is not a URL', 'environment-url must be an absolute http(s) URL, or left empty.');
    }
    return { environment, environmentUrl: environmentUrl || undefined };
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
function secretToken(r, input) {
    const v = r.value(input);
    const name = r.name(input);
    if (!v) {
        r.problem(input, `${name} is required`, r.terms.missing(input, r.given(input)));
        return undefined;
    }
    if (!invisibleOk(r, input, v))
        return undefined;
    const lines = v.split(/\r\n|\r|\n/).length;
    if (lines > 1) {
        // Each line would be masked job-wide by the runner: a short one would blot out common text.
        const short = (0,src_secrets/* shortLines */._W)(v).length;
        r.problem(input, `${name} spans ${lines} lines`, `${name} must be a single line; the secret was pasted with a line break${short ? ` (and ${short} line(s) under 8 characters)` : ''}. Paste it again on one line.`);
        return undefined;
    }
    if (WHITESPACE_OR_CONTROL.test(v)) {
        r.problem(input, `${name} contains whitespace`, `${name} must not contain spaces, tabs or control characters; copy the value again without them.`);
        return undefined;
    }
    return v;
}
/**
 * A key or ID with an invisible character (zero-width, soft hyphen, bidi, combining mark,
 * variation selector, tag…) looks intact and is refused by the API as a wrong key: name the
 * character instead. Never repeats the value.
 */
function invisibleOk(r, input, v) {
    // Spaces, tabs and line breaks have their own, plainer message below.
    const found = (0,src_secrets/* invisibleCharacters */.sN)(v).filter((f) => !['U+0020', 'U+0009', 'U+000A', 'U+000D'].includes(f.codePoint));
    if (found.length === 0)
        return true;
    const name = r.name(input);
    const points = [...new Set(found.map((f) => f.codePoint))];
    r.problem(input, `${name} contains an invisible character`, `${name} contains ${points.slice(0, 5).join(', ')}${points.length > 5 ? ' and more' : ''} at position ${found
        .map((f) => f.index + 1)
        .slice(0, 5)
        .join(', ')}: a character that does not show when printed (zero-width, soft hyphen, direction mark, combining mark…), usually picked up when the value was copied from a web page or a chat. Type or copy the value again without it.`);
    return false;
}
/** user-id, project-id, upload-id: one token; Streampixel's are 24 hex characters. */
function id(r, input, secret) {
    const v = r.value(input);
    const name = r.name(input);
    if (secret) {
        if (secretToken(r, input) === undefined)
            return undefined;
    }
    else if (!v) {
        r.problem(input, `${name} is required`, r.terms.missing(input, r.given(input)));
        return undefined;
    }
    else if (!invisibleOk(r, input, v)) {
        return undefined;
    }
    const dashboard = /^https?:\/\/dashboard\.streampixel\.io\/projectdetail\/([0-9a-fA-F]{24})\/?$/i.exec(v);
    if (dashboard) {
        r.problem(input, `${name} is a URL, not an ID`, `${name} is a dashboard URL; use the ID it contains: ${secret ? '(the 24-character part of the URL)' : dashboard[1]}.`);
        return undefined;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
        r.problem(input, `${name} is a URL, not an ID`, `${name} must be an ID, not a URL; Streampixel IDs are 24 hex characters.`);
        return undefined;
    }
    const shown = secret ? '' : ` "${shorten(v)}"`;
    if (!TOKEN.test(v)) {
        r.problem(input, `${name} is not an ID`, `${name}${shown} must be a single ID made of letters, digits, - and _ (Streampixel IDs are 24 hex characters).`);
        return undefined;
    }
    if (!OBJECT_ID.test(v)) {
        r.warning(input, `${name} looks unusual`, `${name}${shown} is not 24 hex characters, the form of every Streampixel ID seen so far; check it if the deploy fails.`);
    }
    return v;
}
function apiBase(r) {
    const v = r.value('api-url') || inputs/* DEFAULT_API_URL */.rK;
    const name = r.name('api-url');
    let url;
    try {
        url = new URL(v);
    }
    catch {
        r.problem('api-url', `${name} is not a URL`, `${name} must be an absolute https URL such as ${inputs/* DEFAULT_API_URL */.rK}.`);
        return undefined;
    }
    if (url.username || url.password || url.search || url.hash) {
        r.problem('api-url', `${name} has extra parts`, `${name} must not carry credentials, a query string or a fragment.`);
        return undefined;
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        r.problem('api-url', `${name} must use https`, `${name} must use https: the requests carry your API key. Plain http is accepted only for a loopback stand-in (127.0.0.1, ::1, localhost).`);
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        r.problem('api-url', `${name} must use https`, `${name} must be an https URL such as ${inputs/* DEFAULT_API_URL */.rK}.`);
        return undefined;
    }
    return url.href.replace(/\/+$/, '');
}
/** Streampixel downloads the file itself: refuse what it cannot download, warn on the doubtful. */
function artifactUrl(r) {
    const name = r.name('file-url');
    let url;
    try {
        url = new URL(r.value('file-url'));
    }
    catch {
        r.problem('file-url', `${name} is not a URL`, `${name} must be an absolute https URL of the build .zip (e.g. a presigned S3 URL from an earlier step).`);
        return undefined;
    }
    const refusal = unreachableUrl(url, name);
    if (refusal) {
        r.problem('file-url', refusal.title, refusal.message);
        return undefined;
    }
    const shown = (0,format/* displayUrl */.Qy)(url);
    if (url.username || url.password) {
        r.warning('file-url', `${name} carries credentials`, `${name} has a user name or password in it; Streampixel may not send them. Prefer a presigned URL.`);
    }
    if (!url.pathname.toLowerCase().endsWith('.zip')) {
        r.warning('file-url', `${name} does not end in .zip`, `${shown} does not end in .zip; Streampixel expects a .zip of a packaged Windows build.`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        r.warning('file-url', `${name} uses plain http`, `${shown} uses plain http; anyone on the path can read or alter the build. Prefer https.`);
    }
    return url.href;
}
/** Schemes and share links Streampixel cannot download from. */
function unreachableUrl(url, name) {
    const shown = (0,format/* displayUrl */.Qy)(url);
    const scheme = url.protocol.slice(0, -1);
    if (['s3', 'gs', 'r2', 'az', 'abfs', 'wasbs'].includes(scheme)) {
        return {
            title: `${name} is an ${scheme}:// address`,
            message: `Streampixel downloads over https, not ${scheme}://. Make a download URL first, e.g. \`aws s3 presign s3://bucket/Game.zip --expires-in 21600\` or \`gcloud storage sign-url\`.`,
        };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return {
            title: `${name} must be http(s)`,
            message: `${name} must be an https URL that Streampixel can download; ${scheme}: URLs are not reachable from Streampixel.`,
        };
    }
    const host = url.hostname.toLowerCase();
    if (/(^|\.)drive\.google\.com$/.test(host) || /(^|\.)docs\.google\.com$/.test(host)) {
        return {
            title: `${name} is a Google Drive page`,
            message: `${shown} opens Google Drive's viewer, not the file, and Streampixel needs a direct download link. Host the .zip on S3, Google Cloud Storage, R2 or any plain file server and pass that URL.`,
        };
    }
    const dropboxPreview = /(^|\.)dropbox\.com$/.test(host) &&
        url.searchParams.get('dl') !== '1' &&
        url.searchParams.get('raw') !== '1';
    if (dropboxPreview) {
        return {
            title: `${name} is a Dropbox preview link`,
            message: `${shown} opens Dropbox's preview page (dl=0), not the file. Use the direct link (dl.dropboxusercontent.com/…), or host the .zip on S3, Google Cloud Storage or R2.`,
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __nccwpck_require__(833);
// EXTERNAL MODULE: ./src/http.ts
var http = __nccwpck_require__(6803);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/run.ts






/**
 * A second signal this long after the first ends the process at once. Sooner, it is the first
 * one delivered twice: npx (npm exec) forwards a terminal's Ctrl-C to a child the terminal
 * signals too, and a runner may send SIGTERM right behind SIGINT.
 */
const SECOND_SIGNAL_AFTER_MS = 1_000;
/** The shell's convention for a process ended by a signal: 128 + its number. */
const exitCodeOf = (signal) => (signal === 'SIGTERM' ? 143 : 130);
/** What a run ended by a second signal says: where it was is not known, only an accepted upload. */
function abandoned(first, second, acceptedId, withBuild) {
    const ended = `The run was ended at once by a second signal (${second}): a step that does not stop on a signal was still running after the ${first}.`;
    // With path, the step still running may be the bucket upload or its clean-up.
    const bucket = withBuild
        ? ' If the build was still being uploaded to the bucket, its incomplete multipart upload may be left there: a lifecycle rule with AbortIncompleteMultipartUpload removes such uploads.'
        : '';
    return {
        title: 'Deploy cancelled',
        message: acceptedId
            ? `${ended} Streampixel had accepted upload ${acceptedId}, which may still go live.`
            : `${ended} Whether the upload or distribute request reached Streampixel is not known.${bucket}`,
        hint: 'Check the project in the Streampixel dashboard before re-running: a re-run may queue the build twice.',
    };
}
/** Runs one deploy from raw inputs to the report. Never throws: an unexpected error is an outcome too. */
async function run(raw, reporter, options = {}) {
    // "Cancel workflow", timeout-minutes, a GitLab cancel, Ctrl-C: SIGINT, then SIGTERM ~7.5 s later
    // (the runner), then SIGKILL. The flow stops its waits and requests and reports what was sent.
    // A step that does not listen to the signal (a third-party call, a file system that hangs)
    // would hold the run past it: a second signal, a moment later, ends the process at once.
    const controller = new AbortController();
    let signalled;
    let signalledAt = 0;
    let acceptedId;
    let reported = false;
    const onSignal = (signal) => {
        if (signalled === undefined) {
            signalled = signal;
            signalledAt = Date.now();
            controller.abort(new cancel/* Cancelled */.cJ(signal));
            return;
        }
        if (Date.now() - signalledAt < SECOND_SIGNAL_AFTER_MS)
            return;
        // Once the outcome is reported (outputs, summary, JSON), it stands: only the exit is left.
        if (!reported)
            reporter.abandon?.(abandoned(signalled, signal, acceptedId, !!raw.path?.trim()));
        process.exit(exitCodeOf(signal));
    };
    const signals = ['SIGINT', 'SIGTERM'];
    for (const s of signals)
        process.on(s, onSignal);
    try {
        const outcome = await runOnce(raw, reporter, {
            ...options,
            signal: controller.signal,
            onAccepted: (uploadId) => (acceptedId = uploadId),
            onReported: () => (reported = true),
        });
        return signalled ? { ...outcome, signal: signalled } : outcome;
    }
    finally {
        for (const s of signals)
            process.off(s, onSignal);
    }
}
/**
 * One run, in order: mask every secret (nothing is printed before), check the inputs and the
 * build, report the problems or deploy, report. An unexpected error is an outcome too
 * (reportUnexpected). The storage plan's client is closed however it ends.
 */
async function runOnce(raw, reporter, options) {
    const redactor = options.redactor ?? new src_secrets/* Redactor */.pO();
    const safe = (text) => redactor.redact(text);
    const mask = maskerFor(redactor, reporter);
    // Mask first: nothing is printed before every secret form is registered.
    maskInputs(raw, options, mask);
    reporter.redactWith?.(safe);
    const progress = progressFor(reporter, options, safe, mask);
    const ctx = { reporter, options, redactor, safe, mask, progress };
    let deployFinished = false;
    let plan;
    try {
        const checked = await checkInputs(raw, ctx);
        if (!checked.ok)
            return await reportInvalid(ctx, checked.problems, checked.plan);
        const { config, deployment } = checked;
        mask(config.apiKey);
        mask(config.userId);
        plan = checked.plan;
        return await deployAndReport(ctx, config, deployment, plan, () => (deployFinished = true));
    }
    catch (err) {
        return await reportUnexpected(ctx, err, deployFinished);
    }
    finally {
        // Closed by the storage step once it ran; not if the run ended before it.
        plan?.client.destroy();
    }
}
/**
 * `mask` for this run. The key and user ID come again from the parsed config: one add-mask per
 * form is enough.
 */
function maskerFor(redactor, reporter) {
    const masked = new Set();
    return (secret) => {
        redactor.add(secret);
        for (const value of (0,src_secrets/* maskValues */.Z$)(secret)) {
            if (!masked.has(value))
                reporter.addMask(value);
            masked.add(value);
        }
    };
}
/**
 * Every secret in the inputs and the adapter's extras; with path, the AWS secrets in the
 * environment too.
 */
function maskInputs(raw, options, mask) {
    for (const secret of [...(0,src_secrets/* secretValues */.VX)(raw), ...(options.extraSecrets ?? [])])
        mask(secret);
    // With path, the AWS secrets in the environment are ours to keep out of the log as well.
    if (raw.path?.trim()) {
        for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
            const value = options.env?.[name]?.trim();
            if (value)
                mask(value);
        }
    }
}
/**
 * The flow's progress: redacted lines to the reporter; an accepted upload and learnt secrets
 * passed on.
 */
function progressFor(reporter, options, safe, mask) {
    return {
        info: (line) => reporter.info(safe(line)),
        warning: (title, message) => reporter.warning(safe(title), safe(message)),
        debug: (line) => reporter.debug(safe(line)),
        accepted: (uploadId) => {
            options.onAccepted?.(uploadId);
            reporter.accepted?.(uploadId);
        },
        // Secrets the flow learns (the presigned URL's signature): the Redactor and the host's masker.
        secret: (value) => mask(value),
    };
}
/** The reporter's finish (outputs, summary, JSON), then the adapter is told the outcome is out. */
async function finish(ctx, outcome) {
    await ctx.reporter.finish(outcome, ctx.safe);
    ctx.options.onReported?.();
    return outcome;
}
/**
 * The proxy variables (warnings only), the inputs (their warnings as they come) and, with path,
 * the build and its storage (checkBuild): every problem at once, before any request to
 * Streampixel.
 */
async function checkInputs(raw, ctx) {
    const { reporter, options, progress, mask } = ctx;
    const { terms } = reporter;
    for (const problem of (0,http/* proxyProblems */.Dg)(options.env))
        progress.warning('Proxy setting not usable', problem);
    const parsed = parseConfig(raw, {
        terms,
        standInPollFloorSeconds: options.standInPollFloorSeconds,
    });
    for (const w of parsed.warnings)
        progress.warning(w.title, w.message);
    const build = await checkBuild(raw, parsed, { terms, progress, options, mask });
    const problems = [...(parsed.ok ? [] : parsed.problems), ...build.problems];
    if (!parsed.ok || problems.length > 0)
        return { ok: false, problems, plan: build.plan };
    return { ok: true, config: parsed.config, deployment: parsed.deployment, plan: build.plan };
}
/** Invalid inputs: the plan's client closed, each problem redacted to the reporter, the outcome. */
async function reportInvalid(ctx, problems, plan) {
    plan?.client.destroy();
    for (const p of problems)
        ctx.reporter.problem({ ...p, title: ctx.safe(p.title), message: ctx.safe(p.message) });
    return await finish(ctx, { kind: 'invalid', problems });
}
/**
 * The adapter's steps before, the deploy (loaded only now), its failure redacted, the adapter's
 * steps after and the report; `finished` is called once the deploy has returned.
 */
async function deployAndReport(ctx, config, deployment, plan, finished) {
    const { reporter, options, safe } = ctx;
    await reporter.beforeDeploy?.(config, deployment, options.signal);
    // Loaded once the inputs are read: --help and bad inputs answer without the HTTP stack.
    const { deploy } = await Promise.all(/* import() */[__nccwpck_require__.e(941), __nccwpck_require__.e(122)]).then(__nccwpck_require__.bind(__nccwpck_require__, 122));
    const result = await deploy(config, ctx.progress, {
        terms: reporter.terms,
        signal: options.signal,
        redactor: ctx.redactor,
        buildPlan: plan,
    });
    if (result.failure)
        reporter.error(redactFailure(result.failure, safe));
    finished();
    // Cancelled: the runner kills the step seconds later, so outputs and summary come first.
    if (options.signal?.aborted) {
        const outcome = await finish(ctx, { kind: 'deployed', config, result });
        await reporter.afterDeploy?.(result);
        return outcome;
    }
    await reporter.afterDeploy?.(result);
    return await finish(ctx, { kind: 'deployed', config, result });
}
/**
 * Not an expected failure: one error, a failed status and a report, no stack trace (that goes to
 * debug). A GitHub deployment left in_progress would show a release that never ends, so it is
 * ended unless the deploy had finished.
 */
async function reportUnexpected(ctx, err, deployFinished) {
    const { reporter, safe } = ctx;
    const failure = {
        title: 'Unexpected error',
        message: `streampixel-deploy failed unexpectedly: ${(0,src_text/* cleanServerText */.Ct)(safe(String(err?.message ?? err)), 500)}.`,
        hint: `Re-run with ${reporter.terms.moreDetail} and report it at ${version/* ISSUES_URL */.xV}.`,
    };
    ctx.progress.debug((0,src_text/* cleanServerText */.Ct)(String(err?.stack ?? ''), 4000, ctx.safe));
    reporter.error(failure);
    if (!deployFinished)
        await reporter.afterDeploy?.({ ok: false, status: 'failed' });
    return await finish(ctx, { kind: 'unexpected', failure });
}
/**
 * With path, the storage step's inputs and the credentials are checked with
 * the other inputs, before any request, so every problem is reported at once
 * (and as invalid input). Also when another input is invalid, as long as
 * path and s3-uri are given; problems of an input the parser already
 * reported are left out. A cancel during the check leaves it to the flow,
 * which reports the cancellation.
 */
async function checkBuild(raw, parsed, ctx) {
    const inputs = parsed.ok ? parsed.config.build : undefined;
    const given = inputs ?? (raw.path?.trim() && raw['s3-uri']?.trim() ? rawBuild(raw) : undefined);
    if (!given)
        return { problems: [] };
    const { validateBuild } = await __nccwpck_require__.e(/* import() */ 261).then(__nccwpck_require__.bind(__nccwpck_require__, 1261));
    try {
        const checked = await validateBuild(given, {
            terms: ctx.terms,
            secret: ctx.mask,
            warning: ctx.progress.warning,
            debug: ctx.progress.debug,
            signal: ctx.options.signal,
            env: ctx.options.env,
            // Parsed or not, timeout-seconds' default (30 s) when it is not valid.
            timeoutMs: parsed.ok ? parsed.config.timeoutMs : undefined,
            maxAttempts: parsed.ok ? parsed.config.maxAttempts : undefined,
        });
        if (checked.ok)
            return { plan: checked.plan, problems: [] };
        const reported = new Set(parsed.ok ? [] : parsed.problems.map((p) => p.input));
        return { problems: checked.problems.filter((p) => !reported.has(p.input)) };
    }
    catch (err) {
        if (err instanceof cancel/* Cancelled */.cJ)
            return { problems: [] };
        throw err;
    }
}
function rawBuild(raw) {
    return {
        path: raw.path?.trim() ?? '',
        s3Uri: raw['s3-uri']?.trim() ?? '',
        s3Endpoint: raw['s3-endpoint']?.trim() || undefined,
        s3Region: raw['s3-region']?.trim() || undefined,
        presignHours: raw['presign-hours']?.trim() || undefined,
    };
}
function redactFailure(failure, safe) {
    return {
        ...failure,
        title: safe(failure.title),
        message: safe(failure.message),
        hint: safe(failure.hint),
    };
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/** `--help`: written from the table of inputs, so a new input shows up here by itself. */


const WIDTH = 100;
const LEFT = 32;
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
const table = (rows) => rows.map(([l, r]) => `  ${l.padEnd(LEFT - 2)}${wrap(r, WIDTH - LEFT)}`).join('\n');
function row(input) {
    const cli = input.cli;
    if (!cli?.flag)
        return ['', ''];
    const left = input.kind === 'boolean'
        ? `--[no-]${input.name}[=BOOL]`
        : `--${input.name} ${cli.meta ?? 'VALUE'}`;
    const fallback = cli.env ? `$${cli.env}` : input.default;
    // A default is kept whole on one line.
    return [left, `${cli.help}${fallback ? ` (default:\u00a0${fallback})` : ''}`];
}
/** The inputs that say what to deploy, listed on their own. */
const WHAT = ['path', 's3-uri', 'file-url', 'upload-id', 'project-id'];
/**
 * The text of `--help`: the synopsis, then tables written from INPUTS (the secrets' variables,
 * what to deploy, the options, each wrapped at WIDTH), then booleans, exit codes and examples.
 */
function usage() {
    const flags = inputs/* INPUTS */.mc.filter((input) => input.cli?.flag);
    return `${SYNOPSIS}
Secrets are read only from the environment, never from flags (flags end up in
shell history and in process lists):
${table(variableRows())}

What to deploy:
${table(flags.filter((input) => WHAT.includes(input.name)).map(row))}

Options:
${table(optionRows(flags))}

${EXIT_CODES_AND_EXAMPLES}`;
}
/** Every environment variable an input is read from, with what it holds. */
function variableRows() {
    return inputs/* INPUTS */.mc.flatMap((input) => input.cli?.env
        ? [[input.cli.env, input.cli.flag ? (input.cli.envHelp ?? input.cli.help) : input.cli.help]]
        : []);
}
/** The flags that are not WHAT, then the CLI's own switches. */
function optionRows(flags) {
    return [
        ...flags.filter((input) => !WHAT.includes(input.name)).map(row),
        ['--json', 'print the result as one JSON object on stdout (and nothing else there)'],
        ['--verbose', "also print each request's method, URL (no query), status and timing"],
        ['-h, --help', 'show this help on stdout (as text, also with --json)'],
        ['-V, --version', 'print the version on stdout (as text, also with --json)'],
    ];
}
const SYNOPSIS = `Usage: ${version/* ACTION_NAME */.px} --project-id ID (--path DIR --s3-uri URI | --file-url URL | --upload-id ID) [options]

Deploys an Unreal Engine build to Streampixel from any CI or a terminal: a
packaged build folder (--path: zipped while it uploads to your bucket, then
presigned) or the URL of a build .zip (--file-url); checks that it is a zip of
a packaged build, asks Streampixel to download it, and with --wait follows the
build until it is approved or rejected.
`;
/** The exit codes are main.ts's EXIT_* (130 and 143: 128 + the signal's number). */
const EXIT_CODES_AND_EXAMPLES = `Booleans: --wait, --no-wait, --wait=true or --wait=false (also True, TRUE, False, FALSE).
Progress and errors go to stderr with secrets masked; stdout carries only the --json result.

Exit codes:
  0    deployed: build queued, approved or held (--wait), distributed, or a dry run
  1    the deploy failed: refused, rejected, timed out, unreachable
  2    bad usage: unknown flag, missing or invalid input; nothing was sent
  130  cancelled by SIGINT (143: SIGTERM); the --json result says what had been sent

Examples:
  export STREAMPIXEL_API_KEY=… STREAMPIXEL_USER_ID=…    # from your CI's secret store
  ${version/* ACTION_NAME */.px} --project-id 665a2b3c4d5e6f7a8b9c0d1e --path Saved/StagedBuilds/Windows \\
    --s3-uri s3://my-builds/game/ --wait     # AWS_* credentials, or --s3-endpoint for R2, MinIO…
  export STREAMPIXEL_FILE_URL="$(aws s3 presign s3://bucket/Game.zip --expires-in 21600)"
  ${version/* ACTION_NAME */.px} --project-id "$PROJECT" --wait --json > result.json   # the URL stays out of argv
  ${version/* ACTION_NAME */.px} --project-id "$PROJECT" --dry-run
  ${version/* ACTION_NAME */.px} --project-id "$PROJECT" --upload-id 6650aa0b1c2d3e4f5a6b7c8d   # roll back
`;

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command line for GitLab, Jenkins, Buildkite or a terminal: flags named
 * like the action's inputs (node:util parseArgs), secrets only from the
 * environment, progress on stderr, and with --json one JSON object on stdout
 * and nothing else. Pure: `main` takes argv, the environment and where to
 * write, and returns the exit code (bin.ts is the process around it).
 *
 * Exit codes: 0 deployed (or dry run), 1 the deploy failed, 2 bad usage.
 */








const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_SIGINT = 130;
const EXIT_SIGTERM = 143;
/** The command line's flags: the inputs that make sense outside GitHub. */
const FLAG_INPUTS = inputs/* INPUTS */.mc.filter((input) => input.cli?.flag);
/** Inputs read from the environment: secrets, and the project when no flag gives it. */
const ENV_NAMES = Object.fromEntries(inputs/* INPUTS */.mc.flatMap((input) => (input.cli?.env ? [[input.name, input.cli.env]] : [])));
/** The CLI's own switches. */
const OWN_BOOLEANS = ['json', 'verbose', 'help', 'version'];
class UsageError extends Error {
}
const BOOLEAN_INPUTS = new Set(FLAG_INPUTS.filter((i) => i.kind === 'boolean').map((i) => i.name));
const VALUE_INPUTS = new Set(FLAG_INPUTS.filter((i) => i.kind !== 'boolean').map((i) => i.name));
const KNOWN = [...BOOLEAN_INPUTS, ...VALUE_INPUTS, ...OWN_BOOLEANS];
/** A value as a message repeats it: a URL (a presigned one carries its signature) is only named. */
function shown(value) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) || value.includes('?'))
        return 'a URL';
    return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}
/** true/false in the spellings the action accepts; anything else is bad usage. */
function booleanOf(name, value) {
    if (value === undefined || value === true)
        return true;
    if (value === false)
        return false;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new UsageError(`--${name} must be true or false; got ${shown(value)}.`);
}
/** The closest known flag, for "did you mean". */
function closest(name) {
    let best;
    for (const flag of KNOWN) {
        const distance = editDistance(name, flag);
        if (!best || distance < best.distance)
            best = { flag, distance };
    }
    const close = best && (best.distance <= 2 || best.flag.startsWith(name) || name.startsWith(best.flag));
    return close ? best?.flag : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = row;
    }
    return previous[b.length] ?? 0;
}
/**
 * argv → flags. Booleans as `--wait`, `--no-wait` or `--wait=false`. A secret
 * flag is refused at once, and nothing after it (its value) is ever echoed.
 * Throws a UsageError for the first token that is wrong, in argv's order.
 */
function parseArgv(argv) {
    // Not strict: the tokens are checked below, with messages that never echo a secret.
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: argvOptions(),
        strict: false,
        allowPositionals: true,
        allowNegative: true,
        tokens: true,
    });
    const parsed = {
        inputs: {},
        own: { json: false, verbose: false, help: false, version: false },
    };
    let previous;
    for (const token of tokens) {
        const before = previous;
        previous = token;
        if (token.kind === 'option-terminator')
            continue;
        if (token.kind === 'positional')
            throw positionalError(token.value, before);
        refuseFlag(token);
        setFlag(parsed, token);
    }
    return parsed;
}
/** Every flag parseArgs is told of, so that `-h`, `-V` and `--no-…` are read as flags. */
function argvOptions() {
    const options = {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
    };
    for (const name of BOOLEAN_INPUTS)
        options[name] = { type: 'boolean' };
    for (const name of VALUE_INPUTS)
        options[name] = { type: 'string' };
    return options;
}
/** A positional argument, which this command never takes; `before`: the token ahead of it. */
function positionalError(value, before) {
    // `--wait false`: a boolean's value is written --wait=false, or the flag is --no-wait.
    if (before?.kind === 'option' && before.value === undefined && !VALUE_INPUTS.has(before.name))
        return new UsageError(`--${before.name} must be true or false, written --${before.name}=false or --no-${before.name}; got ${shown(value)} as a separate argument.`);
    return new UsageError(`unexpected argument ${shown(value)}: this command takes no positional arguments; every value follows its flag (--file-url URL).`);
}
/** A secret's flag (its value is never echoed) or an unknown one (with the closest known): refused. */
function refuseFlag({ name, rawName }) {
    const secret = inputs/* INPUTS */.mc.find((i) => i.cli?.flag === false && [i.name, i.name.replace('-', '')].includes(name));
    if (secret?.cli) {
        throw new UsageError(`${rawName} is not accepted: flags end up in shell history and in process lists that other users can read. Set the environment variable ${secret.cli.env} instead, from your CI's secret store.`);
    }
    const negated = rawName.startsWith('--no-');
    if (!KNOWN.includes(name) || (negated && VALUE_INPUTS.has(name))) {
        const guess = closest(name);
        throw new UsageError(`unknown flag ${rawName.startsWith('--') ? rawName : `-${name}`}${guess ? `; did you mean --${guess}?` : '.'}`);
    }
}
/** A known flag into `parsed`: an input's value as given, the CLI's own switches as booleans. */
function setFlag(parsed, { name, rawName, value, inlineValue }) {
    const negated = rawName.startsWith('--no-');
    if (VALUE_INPUTS.has(name)) {
        // `--upload-id --wait`: an empty $UPLOAD_ID in a CI script; the next flag is not its value.
        const swallowed = !inlineValue && typeof value === 'string' && value.startsWith('--');
        if (typeof value !== 'string' || swallowed)
            throw new UsageError(`${rawName} needs a value: ${rawName} VALUE.`);
        parsed.inputs[name] = value;
    }
    else if (OWN_BOOLEANS.includes(name)) {
        parsed.own[name] = negated ? false : booleanOf(name, value);
    }
    else {
        // Checked by parseConfig, with every other input's problems.
        parsed.inputs[name] = negated
            ? 'false'
            : typeof value === 'string'
                ? value
                : 'true';
    }
}
/**
 * A presigned URL pasted where it does not belong (a positional, the value of
 * --dry-run or --json) is repeated by no message, but masked all the same.
 */
function argvSecrets(argv) {
    const secrets = [];
    for (const arg of argv) {
        for (const token of [arg, /^--[^=]+=([\s\S]*)$/.exec(arg)?.[1]]) {
            if (token?.includes('?'))
                secrets.push(...(0,src_secrets/* secretValues */.VX)({ 'file-url': token.trim() }));
        }
    }
    return secrets;
}
function failedJson(failure, projectId) {
    return {
        status: 'failed',
        ok: false,
        projectId: projectId || null,
        uploadId: null,
        message: failure.apiMessage ?? null,
        artifactUrl: null,
        objectUri: null,
        artifactBytes: null,
        durationMs: 0,
        timeline: [],
        failure: { title: failure.title, message: failure.message, hint: failure.hint },
    };
}
function jsonOf(result) {
    return {
        status: result.status,
        ok: result.ok,
        projectId: result.projectId,
        uploadId: result.uploadId ?? null,
        message: result.apiMessage ?? result.failure?.apiMessage ?? null,
        artifactUrl: result.artifactUrl ?? null,
        objectUri: result.storage?.objectUri ?? null,
        artifactBytes: result.storage?.bytes ?? result.artifactBytes ?? null,
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
const HEADLINE = {
    queued: 'Build queued on Streampixel',
    'dry-run': 'Dry run: nothing was sent to Streampixel',
    approved: 'Build approved on Streampixel',
    distributed: 'Distribution started on Streampixel',
    held: 'Build passed Streampixel’s checks and is held: distribute it with --upload-id to go live',
};
/** A terminal's side of a run: lines on stderr, the JSON result on stdout. */
class TerminalReporter {
    terms;
    io;
    options;
    exitCode = EXIT_OK;
    constructor(terms, io, options) {
        this.terms = terms;
        this.io = io;
        this.options = options;
    }
    say(line) {
        this.io.stderr(`${line}\n`);
    }
    addMask() {
        // A terminal has no masker of its own: the run redacts every line it prints.
    }
    info(line) {
        this.say(line);
    }
    warning(title, message) {
        this.say(`warning: ${(0,src_terms/* oneLine */.TN)(title, message)}`);
    }
    debug(line) {
        if (this.options.verbose)
            this.say(`debug: ${line}`);
    }
    problem(p) {
        this.say(`error: ${this.problemLine(p)}`);
    }
    /** One problem in one line, named once: by what it is about, else by its flag or variable. */
    problemLine(p) {
        return (0,src_terms/* oneLine */.TN)(p.title, p.message, p.about ?? this.terms.name(p.input));
    }
    error(failure) {
        this.say(`error: ${failure.title}: ${failure.message}`);
        this.say(`  What to do: ${failure.hint}`);
    }
    abandon(failure) {
        this.error(failure);
        if (this.options.json) {
            const json = { ...failedJson(failure, this.options.projectId), status: 'cancelled' };
            this.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
        }
    }
    async finish(outcome, redact) {
        let json;
        if (outcome.kind === 'invalid') {
            this.exitCode = EXIT_USAGE;
            const problems = outcome.problems.map((p) => ({
                input: this.terms.name(p.input),
                title: p.title,
                message: p.message,
            }));
            this.say(`${problems.length} invalid input(s); nothing was sent to Streampixel. Run ${version/* ACTION_NAME */.px} --help for usage.`);
            const failure = {
                title: 'Invalid inputs',
                message: outcome.problems.map((p) => this.problemLine(p)).join(' '),
                hint: 'Fix the inputs named and run again; nothing was sent to Streampixel.',
            };
            json = { ...failedJson(failure, this.options.projectId), problems };
        }
        else if (outcome.kind === 'deployed') {
            const { result } = outcome;
            this.exitCode = result.ok ? EXIT_OK : EXIT_FAILED;
            if (result.ok) {
                const headline = HEADLINE[result.status] ?? result.status;
                const upload = result.uploadId ? ` (upload ${result.uploadId})` : '';
                this.say(redact(`${headline}${upload} in ${(result.durationMs / 1000).toFixed(1)} s.`));
            }
            json = jsonOf(result);
        }
        else {
            this.exitCode = EXIT_FAILED;
            json = failedJson(outcome.failure, this.options.projectId);
        }
        if (this.options.json)
            this.io.stdout(`${JSON.stringify(redactDeep(json, redact), null, 2)}\n`);
    }
}
/** Bad usage: the message, the pointer to --help, and with --json the same as JSON. */
function usageFailure(message, json, io) {
    const hint = `Run ${version/* ACTION_NAME */.px} --help for usage.`;
    io.stderr(`error: ${message}\n${hint}\n`);
    if (json) {
        const result = failedJson({ title: 'Bad usage', message, hint });
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    }
    return EXIT_USAGE;
}
/** The last `--json`, `--json=VALUE` or `--no-json` before `--`, unless false: bad usage answers in JSON too. */
function jsonRequested(argv) {
    const end = argv.indexOf('--');
    const last = (end >= 0 ? argv.slice(0, end) : argv).findLast((a) => /^--(no-)?json(=|$)/.test(a));
    return last !== undefined && last !== '--no-json' && !/^--json=(false|False|FALSE)$/.test(last);
}
/**
 * The whole command: argv (without node and the script) and the environment → exit code (see
 * the module comment). Mask first, then the command line, the inputs, the run.
 */
async function main(argv, env, io) {
    // Mask first: secrets in the environment or pasted into argv are known before a word is printed.
    const early = earlyRedactor(argv, env);
    const safeIo = {
        stdout: (text) => io.stdout(early.redact(text)),
        stderr: (text) => io.stderr(early.redact(text)),
    };
    const parsed = readCommandLine(argv, io, safeIo);
    if (typeof parsed === 'number')
        return parsed;
    const { raw, fromEnv } = inputsOf(parsed, env, safeIo);
    const terms = (0,src_terms/* cliTerms */.Mh)({ env: ENV_NAMES, fromEnv });
    const reporter = new TerminalReporter(terms, safeIo, {
        ...parsed.own,
        projectId: raw['project-id'],
    });
    const outcome = await run(raw, reporter, {
        standInPollFloorSeconds: env[STAND_IN_POLL_FLOOR_ENV],
        extraSecrets: argvSecrets(argv),
        // One Redactor for the whole command: its patterns are built once.
        redactor: early,
        env,
    });
    // The shell's convention for a process ended by a signal: 128 + its number.
    if (outcome.signal)
        return outcome.signal === 'SIGTERM' ? EXIT_SIGTERM : EXIT_SIGINT;
    return reporter.exitCode;
}
/** A Redactor that knows the secrets in the environment and any presigned URL pasted into argv. */
function earlyRedactor(argv, env) {
    const early = new src_secrets/* Redactor */.pO();
    for (const secret of [
        ...(0,src_secrets/* secretValues */.VX)({
            'api-key': env[ENV_NAMES['api-key'] ?? ''],
            'user-id': env[ENV_NAMES['user-id'] ?? ''],
            'file-url': env[ENV_NAMES['file-url'] ?? ''],
        }),
        ...argvSecrets(argv),
    ])
        early.add(secret);
    return early;
}
/**
 * The flags, or the exit code of a command line answered without a run: --help and --version on
 * stdout (EXIT_OK), bad usage on stderr (EXIT_USAGE, and as JSON with --json).
 */
function readCommandLine(argv, io, safeIo) {
    // --help wins over every other problem on the line.
    if (argv.some((a) => a === '--help' || a === '-h')) {
        io.stdout(usage());
        return EXIT_OK;
    }
    let parsed;
    try {
        parsed = parseArgv(argv);
    }
    catch (err) {
        if (!(err instanceof UsageError))
            throw err;
        return usageFailure(err.message, jsonRequested(argv), safeIo);
    }
    if (parsed.own.help) {
        io.stdout(usage());
        return EXIT_OK;
    }
    if (parsed.own.version) {
        io.stdout(`${version/* ACTION_NAME */.px} ${version/* ACTION_VERSION */.Yt}\n`);
        return EXIT_OK;
    }
    return parsed;
}
/**
 * The flags' inputs, then each input a flag left out from its environment variable (ENV_NAMES);
 * `fromEnv`: the inputs the environment gave, which messages name by their variable.
 */
function inputsOf(parsed, env, safeIo) {
    const raw = { ...parsed.inputs };
    const fromEnv = [];
    // A flag that says what to deploy wins over a file URL only the environment gives: a rollback
    // job's --upload-id in a pipeline that exports STREAMPIXEL_FILE_URL for every job is no clash.
    const chosen = ['path', 'upload-id'].filter((i) => raw[i] !== undefined);
    for (const [input, variable] of Object.entries(ENV_NAMES)) {
        if (raw[input] !== undefined || env[variable] === undefined)
            continue;
        if (input === 'file-url' && chosen.length > 0) {
            const flags = chosen.map((i) => `--${i}`).join(' and ');
            if (env[variable]?.trim())
                safeIo.stderr(`note: ${variable} is set but ignored: the command line gives ${flags}.\n`);
            continue;
        }
        raw[input] = env[variable];
        fromEnv.push(input);
    }
    return { raw, fromEnv };
}
/** The last guard around main(): its own error text could hold a secret, so it is not shown. */
function crashed(argv, io) {
    io.stderr(`error: ${version/* ACTION_NAME */.px} failed unexpectedly.\n`);
    if (jsonRequested(argv)) {
        const failure = {
            title: 'Unexpected error',
            message: `${version/* ACTION_NAME */.px} failed unexpectedly.`,
            hint: `Re-run with --verbose and report it at ${version/* ISSUES_URL */.xV}.`,
        };
        io.stdout(`${JSON.stringify(failedJson(failure), null, 2)}\n`);
    }
    return EXIT_FAILED;
}

;// CONCATENATED MODULE: ./src/cli/bin.ts
/** `npx streampixel-deploy`: the process around main(). */

const argv = process.argv.slice(2);
const io = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
};
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', () => undefined);
main(argv, process.env, io).then((code) => {
    process.exitCode = code;
}, () => {
    process.exitCode = crashed(argv, io);
});

