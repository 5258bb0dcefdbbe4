/**
 * One HTTP exchange with hard limits: a total deadline (connect, headers and
 * the whole body), a cap on what is read, and no redirects followed.
 *
 * Whether a proxy applies is @actions/http-client's decision, and behind a
 * proxy its agent carries the request, so `https_proxy`, `http_proxy` and
 * `no_proxy` behave as in every other action. The request itself is made
 * here because the deadline, the byte cap and knowing whether the request
 * left the machine (`sent`) need the raw request object.
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

export type NetworkFailure = 'timeout' | 'refused' | 'dns' | 'reset' | 'tls' | 'protocol' | 'other';

/** The exchange did not produce a complete response. */
export class NetworkError extends Error {
  constructor(
    readonly failure: NetworkFailure,
    /** The whole request had been handed to the socket: the server may have acted on it. */
    readonly sent: boolean,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

// Without a proxy, HttpClient.getAgent would make a plain agent (keepAlive off,
// 100 sockets): the same is made here, so the command line (which has no
// @actions/core) loads @actions/http-client only when a proxy applies.
// One HttpClient per scheme: each caches the first agent it makes and hands
// it out for later URLs, and https.request rejects an http agent.
const direct: { 'http:'?: http.Agent; 'https:'?: https.Agent } = {};
let proxyAware: Promise<Record<'http:' | 'https:', HttpClient>> | undefined;
async function agentFor(url: URL, secure: boolean): Promise<http.Agent> {
  if (getProxyUrl(url)?.hostname) {
    proxyAware ??= import('@actions/http-client').then(({ HttpClient }) => ({
      'http:': new HttpClient(),
      'https:': new HttpClient(),
    }));
    return (await proxyAware)[secure ? 'https:' : 'http:'].getAgent(url.href);
  }
  const options = { keepAlive: false, maxSockets: 100 };
  if (secure) return (direct['https:'] ??= new https.Agent(options));
  return (direct['http:'] ??= new http.Agent(options));
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
  other: 'network error',
};

export async function sendRequest(request: HttpRequest): Promise<HttpResponse> {
  const url = new URL(request.url);
  const secure = url.protocol === 'https:';
  const transport = secure ? https : http;
  const started = Date.now();

  const agent = await agentFor(url, secure);
  return new Promise<HttpResponse>((resolve, reject) => {
    // Sent means the server may have acted: every byte went out over an open
    // connection. A TLS socket takes writes (and 'finish' fires) before its
    // handshake is done, so over https the handshake must have completed too.
    let written = false;
    let secured = !secure;
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
          written && secured && !NEVER_DELIVERED.has(failure),
          code,
          `${FAILURE_TEXT[failure]}${code ? ` (${code})` : ''}`,
        ),
      );

    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);

    const req = transport.request(url, {
      method: request.method,
      headers,
      agent,
    });
    const deadline = setTimeout(() => fail('timeout'), request.timeoutMs);
    const onAbort = (): void => finish(cancelledBy(request.signal as AbortSignal));
    if (request.signal?.aborted) onAbort();
    request.signal?.addEventListener('abort', onAbort, { once: true });

    req.on('socket', (socket) => {
      if (req.reusedSocket) secured = true;
      else if (!secured) socket.once('secureConnect', () => (secured = true));
    });
    req.on('finish', () => {
      written = true;
    });
    req.on('error', (err: NodeJS.ErrnoException) => fail(classify(err.code), err.code));
    // A 101 to a plain request: without this, Node waits for an 'upgrade' handler until the deadline.
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      fail('protocol', 'HTTP 101');
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      let truncated = false;
      const done = (): void =>
        finish(undefined, {
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          truncated,
          elapsedMs: Date.now() - started,
        });
      res.on('data', (chunk: Buffer) => {
        const room = request.maxBodyBytes - kept;
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
      res.on('error', (err: NodeJS.ErrnoException) => fail(classify(err.code), err.code));
      res.on('aborted', () => fail('reset'));
      // A close without 'end' is a cut connection, unless we stopped reading on purpose.
      res.on('close', () => {
        if (!res.complete && !truncated) fail('reset');
      });
    });
    req.end(request.body);
  });
}
