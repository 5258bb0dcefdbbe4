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
import * as http from 'node:http';
import * as https from 'node:https';
import type { HttpClient } from '@actions/http-client';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { type Cancelled, cancelledBy } from './cancel.js';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Bytes of body kept; the rest is not read (the connection is dropped). */
  maxBodyBytes: number;
  /** Ends the exchange at once with `Cancelled` (src/cancel.ts). */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The server had more to say than `maxBodyBytes`. */
  truncated: boolean;
  elapsedMs: number;
}

export type NetworkFailure =
  'timeout' | 'refused' | 'dns' | 'reset' | 'tls' | 'protocol' | 'proxy' | 'other';

/** Which proxy a `'proxy'` failure is about. */
export interface ProxyFailure {
  /**
   * The proxy as shown: scheme, host and port, never its credentials ("http://proxy.corp:3128");
   * for a value that is not a URL, the value quoted, without what may be credentials.
   */
  url: string;
  /** The environment variable it came from, as spelled in the environment ("https_proxy"). */
  variable: string;
  /**
   * The proxy's answer to the CONNECT (407, 403, 502…); undefined when it gave none
   * (unreachable, hung up) or when the variable itself is unusable.
   */
  status?: number;
}

/** What to do about a `'proxy'` failure, whose message names the proxy, its variable and status. */
export const PROXY_HINT =
  "Check the proxy's credentials/allow-list, or set no_proxy for this host.";

/** The exchange did not produce a complete response. */
export class NetworkError extends Error {
  constructor(
    readonly failure: NetworkFailure,
    /** The whole request had been handed to the socket: the server may have acted on it. */
    readonly sent: boolean,
    readonly code: string | undefined,
    message: string,
    /** Set for `failure: 'proxy'`: the request never got past the proxy. */
    readonly proxy?: ProxyFailure,
  ) {
    super(message);
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
} as const;

/** The variable as the environment spells it: Windows' process.env matches names in any case. */
function spelled(name: string, env: NodeJS.ProcessEnv): string {
  const keys = Object.keys(env);
  if (keys.includes(name)) return name;
  return keys.find((k) => k.toLowerCase() === name.toLowerCase() && env[k]) ?? name;
}

/**
 * How getProxyUrl reads a value: as a URL; if that throws and the value does
 * not start with http:// or https://, as `http://` + value, which may throw
 * again (http-client then throws out of the request); if it starts with
 * http(s):// and still is not a URL, the value is ignored ('ignored').
 */
function parseProxyValue(value: string): URL | 'ignored' | 'invalid' {
  try {
    return new URL(value);
  } catch {
    if (value.startsWith('http://') || value.startsWith('https://')) return 'ignored';
    try {
      return new URL(`http://${value}`);
    } catch {
      return 'invalid';
    }
  }
}

/** A proxy URL as shown: scheme, host and port; never user:password@, nor a path. */
export function shownProxy(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** A value that may not be a URL, as shown, unquoted: anything before an `@` may be credentials. */
export function maskedValue(value: string): string {
  const at = value.lastIndexOf('@');
  const scheme = value.indexOf('//');
  const prefix = scheme >= 0 && scheme < at ? value.slice(0, scheme + 2) : '';
  const shown = at < 0 ? value : `${prefix}***${value.slice(at)}`;
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}

/** maskedValue, quoted. */
export function shownValue(value: string): string {
  return JSON.stringify(maskedValue(value));
}

function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  return (
    h === 'localhost' ||
    h.startsWith('127.') ||
    h.startsWith('[::1]') ||
    h.startsWith('[0:0:0:0:0:0:0:1]')
  );
}

/** checkBypass: exact host, host:port, a domain suffix (with or without the leading dot), or "*". */
function bypassed(url: URL, env: NodeJS.ProcessEnv): boolean {
  if (!url.hostname) return false;
  if (isLoopback(url.hostname)) return true;
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
    .some(
      (item) =>
        item === '*' ||
        hosts.some(
          (h) => h === item || h.endsWith(`.${item}`) || (item.startsWith('.') && h.endsWith(item)),
        ),
    );
}

/** The proxy variable that applies to `url` and its raw value, before parsing. */
function proxySetting(
  url: URL,
  env: NodeJS.ProcessEnv,
): { variable: string; value: string } | undefined {
  if (bypassed(url, env)) return undefined;
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
export function proxyFor(
  url: URL,
  env: NodeJS.ProcessEnv = process.env,
): { url: URL; variable: string } | undefined {
  const setting = proxySetting(url, env);
  if (!setting) return undefined;
  const parsed = parseProxyValue(setting.value);
  // An empty host (e.g. "localhost:3128" parses as the scheme "localhost:"): http-client goes direct.
  if (typeof parsed === 'string' || !parsed.hostname) return undefined;
  return { url: parsed, variable: setting.variable };
}

/**
 * Every proxy variable the action cannot use as its value says, one sentence
 * each naming the variable, for a warning at the start of a run. Empty when
 * all is well. What each sentence says happens is what @actions/http-client
 * 4.0.1 (lib/proxy.js, lib/index.js _getAgent) and tunnel 0.0.6 do with it.
 */
export function proxyProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    ...proxyVariableProblems(env, 'https_proxy', 'HTTPS_PROXY', 'https'),
    ...proxyVariableProblems(env, 'http_proxy', 'HTTP_PROXY', 'http'),
    ...noProxyProblems(env),
  ];
}

/** proxyProblems for the proxy of `scheme`:// URLs, set by `lower`, else `upper`. */
function proxyVariableProblems(
  env: NodeJS.ProcessEnv,
  lower: string,
  upper: string,
  scheme: string,
): string[] {
  const problems: string[] = [];
  const name = env[lower] ? lower : env[upper] ? upper : undefined;
  if (!name) return problems;
  const variable = spelled(name, env);
  const value = env[name] ?? '';
  if (name === lower && env[upper] && env[upper] !== value && spelled(upper, env) === upper) {
    problems.push(
      `${upper} is ignored: ${lower} is set as well and takes precedence for ${scheme}:// URLs.`,
    );
  }
  const parsed = parseProxyValue(value);
  if (parsed === 'invalid') {
    problems.push(
      `${variable} (${shownValue(value)}) is not a URL: every ${scheme}:// request that is not in no_proxy fails. Write it as http://host:port, or unset it.`,
    );
  } else if (parsed === 'ignored') {
    problems.push(
      `${variable} (${shownValue(value)}) is not a valid URL: it is ignored, and ${scheme}:// requests go direct, not through a proxy.`,
    );
  } else if (!parsed.hostname) {
    problems.push(
      `${variable} (${shownValue(value)}) reads as a URL with the scheme "${parsed.protocol}" and no host: it is ignored, and ${scheme}:// requests go direct. Write it as http://${maskedValue(value)}.`,
    );
  } else if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    // _getAgent builds an HTTP CONNECT tunnel to any scheme other than https: (tunnel.httpOverHttp / httpsOverHttp).
    const socks = parsed.protocol.startsWith('socks');
    problems.push(
      `${variable} is ${shownProxy(parsed)}: the action speaks only to http:// and https:// proxies; it sends an HTTP CONNECT to ${parsed.host}${parsed.port ? '' : ' (port 80)'}, which ${socks ? 'a SOCKS proxy does not answer' : 'that proxy may not understand'}, so ${scheme}:// requests that are not in no_proxy fail. Use an HTTP proxy, or add the hosts to no_proxy.`,
    );
  }
  return problems;
}

/** proxyProblems for no_proxy, else NO_PROXY: the other one ignored, entries that match no host. */
function noProxyProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const noProxyName = env.no_proxy ? 'no_proxy' : env.NO_PROXY ? 'NO_PROXY' : undefined;
  if (!noProxyName) return problems;
  const variable = spelled(noProxyName, env);
  if (
    noProxyName === 'no_proxy' &&
    env.NO_PROXY &&
    env.NO_PROXY !== env.no_proxy &&
    spelled('NO_PROXY', env) === 'NO_PROXY'
  ) {
    problems.push('NO_PROXY is ignored: no_proxy is set as well and takes precedence.');
  }
  const entries = (env[noProxyName] ?? '').split(',').map((x) => x.trim());
  for (const entry of entries.filter((x) => x && x !== '*')) {
    const fix = noProxyEntryFix(entry);
    if (fix) {
      problems.push(
        `${variable} entry ${JSON.stringify(entry)} matches no host, so requests to it still go through the proxy: ${fix}.`,
      );
    }
  }
  return problems;
}

/** How to write a no_proxy entry that matches no host; undefined for one that can match. */
function noProxyEntryFix(entry: string): string | undefined {
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
const direct: { 'http:'?: http.Agent; 'https:'?: https.Agent } = {};
let proxyAware: Promise<Record<'http:' | 'https:', HttpClient>> | undefined;

/**
 * The agent for `url`, and the proxy it goes through (for the messages), if
 * any: an HTTP CONNECT tunnel agent made by @actions/http-client when
 * https_proxy/http_proxy apply to `url` (no_proxy and loopback go direct),
 * else a plain agent. Throws NetworkError ('proxy') when the proxy variable
 * is not a URL. Also for clients that make their own requests (the AWS SDK).
 */
export async function agentFor(
  url: URL,
  secure: boolean,
): Promise<{ agent: http.Agent; proxy?: Omit<ProxyFailure, 'status'> }> {
  let proxyUrl: URL | undefined;
  try {
    proxyUrl = getProxyUrl(url);
  } catch {
    // getProxyUrl throws when the value is not a URL even with http:// in front.
    const setting = proxySetting(url, process.env);
    const variable = setting?.variable ?? 'the proxy setting';
    const shown = setting ? shownValue(setting.value) : '""';
    throw new NetworkError(
      'proxy',
      false,
      'ERR_INVALID_URL',
      `${variable} (${shown}) is not a proxy URL: write it as http://host:port, or unset it`,
      { url: shown, variable },
    );
  }
  if (proxyUrl?.hostname) {
    proxyAware ??= import('@actions/http-client').then(({ HttpClient }) => ({
      'http:': new HttpClient(),
      'https:': new HttpClient(),
    }));
    const agent = (await proxyAware)[secure ? 'https:' : 'http:'].getAgent(url.href);
    const variable = proxyFor(url)?.variable ?? 'the proxy settings';
    return { agent, proxy: { url: shownProxy(proxyUrl), variable } };
  }
  const options = { keepAlive: false, maxSockets: 100 };
  if (secure) return { agent: (direct['https:'] ??= new https.Agent(options)) };
  return { agent: (direct['http:'] ??= new http.Agent(options)) };
}

/**
 * tunnel 0.0.6 (lib/tunnel.js createSocket) reports every CONNECT that did not
 * open a tunnel as an ECONNRESET error on the request, told apart only by its
 * message: "tunneling socket could not be established, statusCode=407" (the
 * proxy answered, not 200), "…, cause=connect ECONNREFUSED …" (no answer) or
 * "got illegal response body from proxy". Undefined for any other error.
 */
export function tunnelFailure(
  err: Error,
  proxy: Omit<ProxyFailure, 'status'>,
): NetworkError | undefined {
  const from = `the proxy ${proxy.url} (from ${proxy.variable})`;
  const refused = /^tunneling socket could not be established, statusCode=(\d+)/.exec(err.message);
  if (refused) {
    const status = Number(refused[1]);
    const reason = http.STATUS_CODES[status];
    return new NetworkError(
      'proxy',
      false,
      `HTTP ${status}`,
      `${from} refused the tunnel: HTTP ${status}${reason ? ` ${reason}` : ''}`,
      { ...proxy, status },
    );
  }
  const cause = /^tunneling socket could not be established, cause=(.*)$/s.exec(err.message);
  if (cause || /^got illegal response body from proxy/.test(err.message)) {
    return new NetworkError(
      'proxy',
      false,
      (err as NodeJS.ErrnoException).code,
      `${from} did not open the tunnel: ${cause ? cause[1]?.trim() : 'it answered the CONNECT with a body'}`,
      proxy,
    );
  }
  return undefined;
}

function classify(code: string | undefined): NetworkFailure {
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
      if (code?.startsWith('HPE_')) return 'protocol';
      return code?.startsWith('ERR_TLS') || code?.includes('CERT') || code?.includes('SSL')
        ? 'tls'
        : 'other';
  }
}

/** Failures that happen before any byte of the request can reach the server's HTTP layer. */
const NEVER_DELIVERED = new Set<NetworkFailure>(['refused', 'dns', 'tls']);

const FAILURE_TEXT: Record<NetworkFailure, string> = {
  timeout: 'no complete answer within the time limit',
  refused: 'connection refused',
  dns: 'host name could not be resolved',
  reset: 'connection reset',
  tls: 'TLS handshake failed',
  protocol: 'the answer is not valid HTTP',
  proxy: 'the proxy did not open the tunnel',
  other: 'network error',
};

/**
 * Whether the server may have acted on the request (`NetworkError.sent`):
 * every byte went out over an open connection. A TLS socket takes writes
 * (and 'finish' fires) before its handshake is done, so over https the
 * handshake must have completed too.
 */
interface Delivery {
  /** The request emitted 'finish': all of it was handed to the socket. */
  written: boolean;
  /** The TLS handshake completed (true from the start over http, and on a reused socket). */
  secured: boolean;
}

/** How an exchange ends; only the first call counts. */
interface Ending {
  /** Rejects with `error` (destroying the request), else resolves with `response`. */
  finish(error: NetworkError | Cancelled | undefined, response?: HttpResponse): void;
  /** Rejects with a NetworkError for `failure`, `sent` as `delivery` then says. */
  fail(failure: NetworkFailure, code?: string): void;
}

/** The request's headers, with content-length when it has a body. */
function requestHeaders(request: HttpRequest): Record<string, string | number> {
  const headers: Record<string, string | number> = { ...request.headers };
  if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
  return headers;
}

/**
 * Settles the exchange once: starts the deadline (`request.timeoutMs`) and
 * listens to `request.signal`; the first of them, an error or the response
 * ends it, and stops the other two.
 */
function endOnce(
  req: http.ClientRequest,
  request: HttpRequest,
  delivery: Delivery,
  resolve: (response: HttpResponse) => void,
  reject: (error: NetworkError | Cancelled) => void,
): Ending {
  let settled = false;
  const finish = (error: NetworkError | Cancelled | undefined, response?: HttpResponse): void => {
    if (settled) return;
    settled = true;
    clearTimeout(deadline);
    request.signal?.removeEventListener('abort', onAbort);
    if (error) {
      req.destroy();
      reject(error);
    } else if (response) {
      resolve(response);
    }
  };
  const fail = (failure: NetworkFailure, code?: string): void =>
    finish(
      new NetworkError(
        failure,
        delivery.written && delivery.secured && !NEVER_DELIVERED.has(failure),
        code,
        `${FAILURE_TEXT[failure]}${code ? ` (${code})` : ''}`,
      ),
    );
  const deadline = setTimeout(() => fail('timeout'), request.timeoutMs);
  const onAbort = (): void => finish(cancelledBy(request.signal as AbortSignal));
  if (request.signal?.aborted) onAbort();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  return { finish, fail };
}

/** Records in `delivery` when the TLS handshake completes and when the whole request is written. */
function watchDelivery(req: http.ClientRequest, delivery: Delivery): void {
  req.on('socket', (socket) => {
    if (req.reusedSocket) delivery.secured = true;
    else if (!delivery.secured) socket.once('secureConnect', () => (delivery.secured = true));
  });
  req.on('finish', () => {
    delivery.written = true;
  });
}

/**
 * Ends the exchange on a request error (a tunnel the proxy did not open, or
 * a network failure) or on an upgrade (101), which a plain request cannot use.
 */
function watchFailures(
  req: http.ClientRequest,
  end: Ending,
  proxy: Omit<ProxyFailure, 'status'> | undefined,
): void {
  req.on('error', (err: NodeJS.ErrnoException) => {
    const refused = proxy && tunnelFailure(err, proxy);
    if (refused) end.finish(refused);
    else end.fail(classify(err.code), err.code);
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
function readBody(
  res: http.IncomingMessage,
  maxBodyBytes: number,
  started: number,
  end: Ending,
): void {
  const chunks: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  const done = (): void =>
    end.finish(undefined, {
      status: res.statusCode ?? 0,
      headers: res.headers,
      body: Buffer.concat(chunks),
      truncated,
      elapsedMs: Date.now() - started,
    });
  res.on('data', (chunk: Buffer) => {
    const room = maxBodyBytes - kept;
    if (chunk.length > room) {
      if (room > 0) chunks.push(chunk.subarray(0, room));
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
  res.on('error', (err: NodeJS.ErrnoException) => end.fail(classify(err.code), err.code));
  res.on('aborted', () => end.fail('reset'));
  // A close without 'end' is a cut connection, unless we stopped reading on purpose.
  res.on('close', () => {
    if (!res.complete && !truncated) end.fail('reset');
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
export async function sendRequest(request: HttpRequest): Promise<HttpResponse> {
  const url = new URL(request.url);
  const secure = url.protocol === 'https:';
  const transport = secure ? https : http;
  const started = Date.now();

  const { agent, proxy } = await agentFor(url, secure);
  return new Promise<HttpResponse>((resolve, reject) => {
    const delivery: Delivery = { written: false, secured: !secure };
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
