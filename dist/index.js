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
        proxyAware ??= Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2779)).then(({ HttpClient }) => ({
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
/* harmony export */   mm: () => (/* binding */ inputSpec),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* unused harmony export INPUTS */
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
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   f_: () => (/* binding */ ACTION_TERMS)
/* harmony export */ });
/* unused harmony export cliTerms */
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
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   G9: () => (/* binding */ htmlToText),
/* harmony export */   lR: () => (/* binding */ describeLocation)
/* harmony export */ });
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
  xV: () => (/* binding */ ISSUES_URL),
  _O: () => (/* binding */ USER_AGENT)
});

// UNUSED EXPORTS: ACTION_NAME, ACTION_VERSION, REPOSITORY_URL

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

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

/***/ 2462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, setFailed, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        // Loaded on first use: the OIDC client imports @actions/http-client and undici, which
        // every action importing @actions/core would otherwise evaluate at start-up.
        // https://github.com/actions/toolkit/issues/1697, https://github.com/actions/toolkit/issues/1893
        const { OidcClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(998)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7998));
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(2462);
// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __nccwpck_require__(8422);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
// EXTERNAL MODULE: ./src/terms.ts
var terms = __nccwpck_require__(5304);
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
    const r = new Reader(raw, options.terms ?? terms/* ACTION_TERMS */.f_);
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
        const short = (0,secrets/* shortLines */._W)(v).length;
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
    const found = (0,secrets/* invisibleCharacters */.sN)(v).filter((f) => !['U+0020', 'U+0009', 'U+000A', 'U+000D'].includes(f.codePoint));
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
    const redactor = options.redactor ?? new secrets/* Redactor */.pO();
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
        for (const value of (0,secrets/* maskValues */.Z$)(secret)) {
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
    for (const secret of [...(0,secrets/* secretValues */.VX)(raw), ...(options.extraSecrets ?? [])])
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
    const { deploy } = await Promise.all(/* import() */[__nccwpck_require__.e(941), __nccwpck_require__.e(791)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6791));
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

;// CONCATENATED MODULE: ./src/summary.ts


/** Far below the runner's 1 MiB: a summary is read by a person. */
const MAX_SUMMARY_CHARS = 64 * 1024;
const STATUS_HEADLINE = {
    queued: '✅ Build queued on Streampixel',
    'dry-run': '☑️ Dry run: nothing sent to Streampixel',
    approved: '✅ Build approved and live on Streampixel',
    held: '✅ Build approved on Streampixel, held: distribute it to go live',
    distributed: '✅ Distribution started on Streampixel',
    rejected: '❌ Streampixel rejected the build',
    'timed-out': '⏱️ Timed out waiting for the build',
    cancelled: '⏹️ Deploy cancelled',
    failed: '❌ Streampixel deploy failed',
};
const SENT = {
    nothing: 'nothing',
    maybe: 'possibly: the request went out, but no answer came',
    accepted: 'yes: Streampixel accepted the request',
};
/**
 * escapeMarkdown, and then a zero-width space after `@` and `#`: GitHub finds
 * @mentions and #123 references in the rendered text, where the escapes are
 * already decoded.
 */
const inert = (text) => (0,src_text/* escapeMarkdown */.FV)(text)
    .replace(/&#64;(?=\w)/g, '&#64;&#8203;')
    .replace(/\\#(?=\w)/g, '\\#&#8203;');
/** Text from outside: capped, then inert (no HTML, links, mentions, references or Markdown). */
const cell = (text, max = 300) => inert(text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** A link we build ourselves; anything but a plain https URL is shown as escaped text. */
function summary_link(text, href) {
    return /^https:\/\/[^\s()<>"'`\\]+$/.test(href) ? `[${cell(text)}](${href})` : cell(text);
}
/** An ID or name as copyable code, when it cannot break out of the code span; else escaped text. */
function code(text) {
    return /^[\w.:/@+-]{1,200}$/.test(text) ? `\`${text}\`` : cell(text, 200);
}
/**
 * Our own message that may quote our own dashboard URL: escaped like outside
 * text, except that exact URL, which becomes a real link (escapeMarkdown
 * would break GitHub's autolinker on it).
 */
function prose(text, max, projectId) {
    const url = projectId ? (0,format/* dashboardUrl */.aU)(projectId) : undefined;
    const capped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    if (!url || !capped.includes(url))
        return inert(capped);
    return capped
        .split(url)
        .map((part) => inert(part))
        .reduce((out, part) => `${out}[${(0,src_text/* escapeMarkdown */.FV)(url)}](${url})${part}`);
}
function fromLine(context) {
    const { repository, sha, ref, runUrl, serverUrl } = context;
    if (!repository && !sha)
        return undefined;
    const base = serverUrl && repository ? `${serverUrl}/${repository}` : undefined;
    const parts = [];
    if (repository)
        parts.push(base ? summary_link(repository, base) : cell(repository));
    if (sha)
        parts.push(base ? summary_link(`commit ${sha.slice(0, 7)}`, `${base}/commit/${sha}`) : cell(sha.slice(0, 7)));
    if (ref)
        parts.push(code(ref));
    if (runUrl)
        parts.push(summary_link('workflow run', runUrl));
    return parts.join(' · ');
}
function deploymentLine(deployment, context) {
    const env = code(deployment.environment);
    if (deployment.warning)
        return `- **GitHub deployment:** none recorded for environment ${env}: ${cell(deployment.warning, 500)}`;
    const { serverUrl, repository } = context;
    const id = deployment.id !== undefined ? ` as deployment ${deployment.id}` : '';
    const page = serverUrl && repository
        ? ` · ${summary_link('deployments', `${serverUrl}/${repository}/deployments`)}`
        : '';
    return `- **GitHub deployment:** recorded for environment ${env}${id}${page}`;
}
/** `upload-id: …` as the user writes it in the workflow, copyable when the ID is safe in code. */
function uploadIdSetting(id) {
    return /^[\w-]{1,100}$/.test(id) ? `\`upload-id: ${id}\`` : `upload-id: ${cell(id, 100)}`;
}
/** The lead sentence: what the status means for the user, and the one thing to do next. */
function lead(result) {
    const setting = result.uploadId ? uploadIdSetting(result.uploadId) : undefined;
    switch (result.status) {
        case 'held':
            return setting
                ? `The build passed Streampixel's checks and is held (\`auto-release: false\`): distribute it with ${setting} to go live.`
                : "The build passed Streampixel's checks and is held (`auto-release: false`): distribute it from the dashboard to go live.";
        case 'approved':
        case 'distributed':
            return setting
                ? `To roll back to this build later, run this action with ${setting} (it distributes this upload again, without uploading it again).`
                : undefined;
        case 'queued':
            return setting
                ? `Once Streampixel approves it, ${setting} rolls back to this build later, without uploading it again.`
                : undefined;
        default:
            return undefined;
    }
}
const count = (n, one, many) => `${(0,format/* formatCount */.B4)(n)} ${n === 1 ? one : many}`;
function factsBlock(result) {
    const facts = result.artifact?.verdict.facts;
    if (!facts)
        return [];
    const lines = ['### The archive', ''];
    if (facts.projectName)
        lines.push(`- **Unreal project:** ${cell(facts.projectName, 200)}`);
    lines.push(`- **Root folder:** ${facts.root ? cell(facts.root, 200) : 'the archive root'}`, `- **Entries:** ${count(facts.entries, 'entry', 'entries')} (${count(facts.files, 'file', 'files')})`, `- **Uncompressed size:** ${cell((0,format/* formatBytes */.z3)(facts.uncompressedBytes))}`, `- **Executables:** ${facts.executables.length > 0
        ? facts.executables
            .slice(0, 20)
            .map((e) => cell(e, 200))
            .join(', ')
        : 'none'}`, `- **Compression:** ${facts.methods.length > 0 ? facts.methods.map((m) => cell(m, 50)).join(', ') : 'none'}`, '');
    return lines;
}
function warningsBlock(result) {
    const all = [...result.warnings];
    // The archive's warnings normally reached result.warnings through the log; add any that did not.
    for (const w of result.artifact?.verdict.warnings ?? [])
        if (!all.some((a) => a.title === w.title))
            all.push({ title: w.title, message: `${w.message} ${w.hint}` });
    if (all.length === 0)
        return [];
    return [
        `### Warnings (${all.length})`,
        '',
        ...all.slice(0, 50).map((w) => `- **${cell(w.title, 200)}:** ${cell(w.message, 1000)}`),
        '',
    ];
}
function dryRunBlock(dryRun) {
    return [
        '### What the dry run checked',
        '',
        ...dryRun.checked.map((c) => `- ✔️ ${cell(c, 500)}`),
        ...dryRun.notChecked.map((c) => `- ➖ not checked: ${cell(c, 500)}`),
        '',
        `**Would send:** ${cell(dryRun.wouldSend, 500)}`,
        '',
    ];
}
function failureBlock(failure, headline, result) {
    const lines = [];
    // The headline already names most failures: a second heading with the same words is noise.
    if (!headline.includes(failure.title))
        lines.push(`### ${cell(failure.title, 120)}`, '');
    // A rejection's message only repeats the objection, shown above.
    const repeatsObjection = result?.objection && failure.message.includes(result.objection);
    if (!repeatsObjection)
        lines.push(prose(failure.message, 1500, result?.projectId), '');
    lines.push(`**What to do:** ${prose(failure.hint, 1500, result?.projectId)}`, '');
    return lines;
}
/** What was deployed: the project, the upload, the artifact's URL and what went to storage. */
function deployedLines(result) {
    const lines = [`- **Project:** ${summary_link(result.projectId, (0,format/* dashboardUrl */.aU)(result.projectId))}`];
    if (result.uploadId)
        lines.push(`- **Upload ID:** ${code(result.uploadId)}`);
    if (result.artifactUrl) {
        const size = result.artifactBytes !== undefined ? ` (${cell((0,format/* formatBytes */.z3)(result.artifactBytes))})` : '';
        lines.push(`- **Artifact:** ${cell(result.artifactUrl, 500)}${size}`);
    }
    if (result.storage) {
        const s = result.storage;
        const rate = (s.bytesPerSecond / 1e6).toFixed(1);
        lines.push(`- **Uploaded to storage:** ${cell(s.objectUri, 500)}: ${cell((0,format/* formatBytes */.z3)(s.bytes))} in ${(0,format/* formatElapsed */.C7)(s.durationMs)} (${rate} MB/s)`);
    }
    return lines;
}
/** How it went: the status, what was sent (when cancelled), Streampixel's words, the time taken. */
function outcomeLines(result) {
    const lines = [`- **Status:** \`${result.status}\``];
    if (result.status === 'cancelled')
        lines.push(`- **Sent to Streampixel:** ${SENT[result.sent]}`);
    // The request's answer is news only until the build moves on.
    if (result.apiMessage && (result.status === 'queued' || result.status === 'distributed')) {
        const request = result.mode === 'upload' ? 'upload-file' : 'distribute-file';
        lines.push(`- **Streampixel said (answering ${request}):** ${cell(result.apiMessage)}`);
    }
    if (result.objection)
        lines.push(`- **Objection:** ${cell(result.objection, 1000)}`);
    lines.push(`- **Duration:** ${(0,format/* formatElapsed */.C7)(result.durationMs)}`);
    return lines;
}
/** Where the run came from (fromLine, labelled by what it did) and the GitHub deployment. */
function originLines(result, input) {
    const lines = [];
    const from = fromLine(input.context);
    if (from) {
        // A rollback deploys no commit (the run only chose the upload), and a failed run deployed nothing.
        const label = result.status === 'dry-run'
            ? 'Checked from'
            : !result.ok
                ? 'Run from'
                : result.mode === 'distribute'
                    ? 'Distributed from'
                    : 'Deployed from';
        lines.push(`- **${label}:** ${from}`);
    }
    if (input.deployment)
        lines.push(deploymentLine(input.deployment, input.context));
    return lines;
}
/** The Streampixel statuses seen (the last 50), as a table; nothing when none was. */
function timelineBlock(result) {
    if (result.timeline.length === 0)
        return [];
    const since = result.mode === 'upload' ? 'the upload' : 'the distribution';
    const lines = [
        '### Timeline',
        '',
        `| Streampixel status | Seen at (UTC) | Since Streampixel accepted ${since} |`,
        '| --- | --- | --- |',
    ];
    for (const t of result.timeline.slice(-50)) {
        const at = t.at.toISOString().slice(0, 19).replace('T', ' ');
        lines.push(`| ${cell(t.status || '(no status)', 100)} | ${at} | ${(0,format/* formatElapsed */.C7)(t.elapsedMs)} |`);
    }
    lines.push('');
    return lines;
}
/**
 * A deploy's result: the headline and lead, the facts as a list, then the failure, the dry
 * run's checks, the archive, the warnings and the timeline.
 */
function resultBlock(result, input) {
    const headline = STATUS_HEADLINE[result.status] ?? cell(result.status);
    const lines = [`## ${headline}`, ''];
    const first = lead(result);
    if (first)
        lines.push(first, '');
    lines.push(...deployedLines(result), ...outcomeLines(result), ...originLines(result, input), '');
    if (result.failure)
        lines.push(...failureBlock(result.failure, headline, result));
    if (result.dryRun)
        lines.push(...dryRunBlock(result.dryRun));
    lines.push(...factsBlock(result), ...warningsBlock(result), ...timelineBlock(result));
    return lines;
}
/**
 * The job summary's Markdown: the input problems when there are any, else the deploy's
 * result, else the unexpected failure; cut at MAX_SUMMARY_CHARS characters.
 */
function renderSummary(input) {
    const { result, problems, failure } = input;
    const lines = [];
    if (problems && problems.length > 0) {
        // All of them: the runner shows at most 10 error annotations a step.
        lines.push('## ❌ Streampixel deploy: invalid inputs', '', `Nothing was sent to Streampixel. Fix ${problems.length === 1 ? 'this input' : `these ${problems.length} inputs`} and re-run:`, '', '| Input | Problem |', '| --- | --- |');
        for (const p of problems)
            lines.push(`| ${p.about ? cell(p.about) : code(p.input)} | ${cell(p.message, 500)} |`);
        lines.push('');
    }
    else if (result) {
        lines.push(...resultBlock(result, input));
    }
    else if (failure) {
        const headline = STATUS_HEADLINE.failed;
        lines.push(`## ${headline}`, '', ...failureBlock(failure, headline));
        const from = fromLine(input.context);
        if (from)
            lines.push(`- **Run from:** ${from}`);
        if (input.deployment)
            lines.push(deploymentLine(input.deployment, input.context));
        lines.push('');
    }
    const text = lines.join('\n');
    return text.length > MAX_SUMMARY_CHARS
        ? `${text.slice(0, MAX_SUMMARY_CHARS)}\n\n…(summary cut)\n`
        : text;
}

;// CONCATENATED MODULE: ./src/action/adapter.ts
/**
 * The GitHub Actions adapter, and the only importer of @actions/core: reads
 * the inputs, hands the shared run the action's words and the runner's
 * channels (masks, log, annotations), and writes outputs and the job summary.
 */







/** Error, warning and notice annotations the runner keeps per step, each (ExecutionContext.cs). */
const MAX_ANNOTATIONS = 10;
function runContext(env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    return {
        repository,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF_NAME || env.GITHUB_REF,
        serverUrl,
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    };
}
/** The runner's side of a run: log lines, annotations, masks, outputs and the summary. */
class RunnerReporter {
    env;
    context;
    terms = terms/* ACTION_TERMS */.f_;
    tracker;
    problems = [];
    warnings = 0;
    deployment;
    redact = (text) => text;
    constructor(env, context) {
        this.env = env;
        this.context = context;
    }
    addMask(value) {
        core/* setSecret */.Pq(value);
    }
    info(line) {
        core/* info */.pq(line);
    }
    warning(title, message) {
        // The runner keeps 10 annotations of a kind per step (ExecutionContext.cs): later ones go to the log.
        if (++this.warnings <= MAX_ANNOTATIONS)
            core/* warning */.$e(message, { title });
        else
            core/* info */.pq(`Warning: ${(0,terms/* oneLine */.TN)(title, message)}`);
    }
    debug(line) {
        core/* debug */.Yz(line);
    }
    problem(problem) {
        // Annotated at the end, when it is known whether they fit the runner's 10.
        this.problems.push(problem);
    }
    error(failure) {
        core/* error */.z3(`${failure.message} ${failure.hint}`, { title: failure.title });
    }
    async beforeDeploy(config, deployment, signal) {
        if (!deployment || config.dryRun)
            return;
        // Loaded only when asked for: Octokit is most of what a run would otherwise parse.
        const { startDeployment } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(413), __nccwpck_require__.e(386)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1386));
        const started = await startDeployment({
            token: core/* getInput */.V4('github-token'),
            environment: deployment.environment,
            environmentUrl: deployment.environmentUrl,
            description: config.uploadId ? `Distribute ${config.uploadId}` : 'Upload to Streampixel',
            logUrl: this.context.runUrl,
            env: this.env,
            signal,
        });
        if ('warning' in started) {
            // GitHub's own words are in it: they pass the run's Redactor as every other line does.
            this.warning('GitHub deployment not recorded', this.redact(started.warning));
            this.deployment = { environment: deployment.environment, warning: started.warning };
            return;
        }
        this.tracker = started;
        this.deployment = { id: started.id, environment: deployment.environment };
        core/* setOutput */.uH('deployment-id', String(started.id));
        core/* info */.pq(`GitHub deployment ${started.id} to environment "${(0,src_text/* cleanServerText */.Ct)(deployment.environment, 100)}" is in progress.`);
    }
    async afterDeploy(result) {
        // A cancelled wait is an `error`: the build may still go live. Cancelled before anything was
        // sent, nothing can go live: a failure that says so.
        const unsent = result.status === 'cancelled' && result.sent === 'nothing';
        const state = result.ok
            ? 'success'
            : result.status === 'cancelled' && !unsent
                ? 'error'
                : 'failure';
        const warning = await this.tracker?.finish(state, unsent ? 'Cancelled before anything was sent to Streampixel' : undefined);
        if (warning)
            this.warning('GitHub deployment status not updated', this.redact(warning));
    }
    abandon(failure) {
        // Synchronous: the process ends next. The summary (asynchronous) is left out.
        this.error(failure);
        try {
            this.output('status', 'cancelled');
        }
        catch {
            // The annotation says it all.
        }
    }
    redactWith(redact) {
        this.redact = redact;
    }
    accepted(uploadId) {
        // Written at once: a cancelled or killed run still hands the ID to later steps.
        this.output('upload-id', uploadId);
    }
    async finish(outcome, redact) {
        this.redact = redact;
        process.exitCode = outcome.kind === 'deployed' && outcome.result.ok ? 0 : 1;
        if (outcome.kind === 'invalid') {
            this.annotateProblems();
            core/* info */.pq(`${outcome.problems.length} invalid input(s); nothing was sent to Streampixel.`);
            this.output('status', 'failed');
            await this.writeSummary({ problems: outcome.problems, context: this.context });
        }
        else if (outcome.kind === 'deployed') {
            const { result } = outcome;
            this.output('upload-id', result.uploadId);
            this.output('status', result.status);
            this.output('message', result.apiMessage ?? result.failure?.apiMessage);
            // Storage outputs: only when known, so file-url and upload-id runs keep their outputs.
            const bytes = result.storage?.bytes ?? result.artifactBytes;
            if (result.storage)
                this.output('object-uri', result.storage.objectUri);
            if (bytes !== undefined)
                this.output('artifact-bytes', String(bytes));
            await this.writeSummary({ result, context: this.context });
        }
        else {
            try {
                this.output('status', 'failed');
            }
            catch {
                // The outputs file itself may be what failed: the annotation and the summary report it.
            }
            await this.writeSummary({ failure: outcome.failure, context: this.context });
        }
    }
    /** Every problem as its own error annotation, or 9 and a tenth that names the rest. */
    annotateProblems() {
        const all = this.problems;
        const shown = all.length > MAX_ANNOTATIONS ? all.slice(0, MAX_ANNOTATIONS - 1) : all;
        for (const p of shown)
            core/* error */.z3(p.message, { title: `Invalid input: ${p.title}` });
        const rest = all.slice(shown.length);
        if (rest.length > 0) {
            core/* error */.z3(`${rest.map((p) => p.title).join('; ')}. The job summary lists every problem with what to do.`, { title: `Invalid input: ${rest.length} more` });
        }
    }
    output(name, value) {
        core/* setOutput */.uH(name, this.redact(value ?? ''));
    }
    async writeSummary(input) {
        if (!this.env.GITHUB_STEP_SUMMARY)
            return;
        try {
            const text = renderSummary({ ...input, deployment: this.deployment });
            await core/* summary */.z.addRaw(this.redact(text), true).write();
        }
        catch (err) {
            core/* warning */.$e(this.redact(`Could not write the job summary: ${err.message}`));
        }
    }
}
/** The action's whole run, from the runner's inputs to its outputs. */
async function runAction(env = process.env) {
    const raw = {};
    for (const name of inputs/* INPUT_NAMES */.Qh)
        raw[name] = core/* getInput */.V4(name);
    await run(raw, new RunnerReporter(env, runContext(env)), {
        standInPollFloorSeconds: env[STAND_IN_POLL_FLOOR_ENV],
        env,
    });
}

;// CONCATENATED MODULE: ./src/action/index.ts

void runAction();

