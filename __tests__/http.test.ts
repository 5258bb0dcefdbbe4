/**
 * sendRequest against real loopback servers: the deadline holds through
 * connect, headers and body; the body is capped; `sent` tells whether the
 * server may have acted; redirects are returned, never followed.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { type HttpRequest, NetworkError, sendRequest } from '../src/http.js';
import {
  closeAll,
  drip,
  flood,
  json,
  refusingOrigin,
  startHttp,
  startRaw,
  timed,
} from './loopback.js';

afterEach(closeAll);

const request = (url: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'GET',
  url,
  timeoutMs: 2000,
  maxBodyBytes: 1024,
  ...extra,
});

async function failure(req: HttpRequest): Promise<[NetworkError, number]> {
  const [outcome, ms] = await timed(() =>
    sendRequest(req).then(
      () => undefined,
      (err: unknown) => err,
    ),
  );
  expect(outcome).toBeInstanceOf(NetworkError);
  return [outcome as NetworkError, ms];
}

describe('sendRequest', () => {
  it('sends the method, headers and body, and returns status, headers, body and timing', async () => {
    const server = await startHttp((_req, res) => json(res, 201, { ok: true }, { 'x-id': '7' }));
    const res = await sendRequest(
      request(`${server.origin}/a?b=c`, {
        method: 'POST',
        body: '{"hello":"wörld"}',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers['x-id']).toBe('7');
    expect(JSON.parse(res.body.toString())).toEqual({ ok: true });
    expect(res.truncated).toBe(false);
    expect(res.elapsedMs).toBeGreaterThanOrEqual(0);
    const [seen] = server.requests;
    expect(seen).toMatchObject({ method: 'POST', url: '/a?b=c', body: '{"hello":"wörld"}' });
    expect(seen?.headers['content-length']).toBe(String(Buffer.byteLength('{"hello":"wörld"}')));
  });

  it('cuts a server that accepts and never answers at the deadline; the request was sent', async () => {
    const server = await startRaw(() => undefined);
    const [err, ms] = await failure(
      request(server.origin, { method: 'POST', body: '{}', timeoutMs: 300 }),
    );
    expect(err.failure).toBe('timeout');
    expect(err.sent).toBe(true);
    expect(err.message).toBe('no complete answer within the time limit');
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(1500);
  });

  it('cuts a body that drips one byte a second at the deadline, not when the body ends', async () => {
    const server = await startHttp((_req, res) => drip(res));
    const [err, ms] = await failure(request(server.origin, { timeoutMs: 1200 }));
    expect(err.failure).toBe('timeout');
    expect(ms).toBeGreaterThanOrEqual(1190);
    expect(ms).toBeLessThan(2500);
  });

  it('cuts headers that never finish at the deadline', async () => {
    const server = await startRaw((socket) => {
      socket.once('data', () => socket.write('HTTP/1.1 200 OK\r\nx-slow: '));
    });
    const [err, ms] = await failure(request(server.origin, { timeoutMs: 400 }));
    expect(err.failure).toBe('timeout');
    expect(ms).toBeLessThan(1500);
  });

  it('keeps maxBodyBytes of a multi-megabyte body and drops the connection', async () => {
    let sent: { accepted: () => number } | undefined;
    const total = 64 * 1024 * 1024;
    const server = await startHttp((_req, res) => {
      sent = flood(res, 500, { 'content-type': 'text/plain', 'content-length': total }, total);
    });
    const [res, ms] = await timed(() =>
      sendRequest(request(server.origin, { maxBodyBytes: 4096 })),
    );
    expect(res.status).toBe(500);
    expect(res.body.length).toBe(4096);
    expect(res.truncated).toBe(true);
    expect(ms).toBeLessThan(1500);
    // The client hung up: the server could not hand over most of it.
    await new Promise((r) => setTimeout(r, 100));
    expect(sent?.accepted()).toBeLessThan(total / 2);
  });

  it('returns a body of exactly maxBodyBytes whole, not truncated', async () => {
    const server = await startHttp((_req, res) => {
      res.writeHead(200, { 'content-length': 8 });
      res.end('12345678');
    });
    const res = await sendRequest(request(server.origin, { maxBodyBytes: 8 }));
    expect(res.body.toString()).toBe('12345678');
    expect(res.truncated).toBe(false);
  });

  it('reports a refused connection as not sent', async () => {
    const [err] = await failure(request(await refusingOrigin(), { method: 'POST', body: '{}' }));
    expect(err.failure).toBe('refused');
    expect(err.sent).toBe(false);
    expect(err.message).toBe('connection refused (ECONNREFUSED)');
  });

  it('reports a reset after the whole request was read as sent', async () => {
    const server = await startRaw((socket) => {
      let got = '';
      socket.on('data', (c: Buffer) => {
        got += c.toString();
        if (got.endsWith('{"k":1}')) socket.resetAndDestroy();
      });
    });
    const [err] = await failure(
      request(server.origin, { method: 'POST', body: '{"k":1}', timeoutMs: 1000 }),
    );
    expect(err.failure).toBe('reset');
    expect(err.sent).toBe(true);
  });

  it('reports a body cut short of its content-length as a reset', async () => {
    const server = await startRaw((socket) => {
      socket.once('data', () =>
        socket.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"partial":'),
      );
    });
    const [err] = await failure(request(server.origin));
    expect(err.failure).toBe('reset');
  });

  it('reports an answer that is not HTTP as such, at once', async () => {
    const server = await startRaw((socket) => {
      socket.once('data', () => socket.write('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
    });
    const [err, ms] = await failure(request(server.origin, { timeoutMs: 3000 }));
    expect(err.failure).toBe('protocol');
    expect(err.message).toMatch(/^the answer is not valid HTTP \(HPE_/);
    expect(ms).toBeLessThan(1000);
  });

  it('does not wait for the deadline on a 101 to a plain request', async () => {
    const server = await startRaw((socket) => {
      socket.once('data', () =>
        socket.write(
          'HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n',
        ),
      );
    });
    const [err, ms] = await failure(request(server.origin, { timeoutMs: 3000 }));
    expect(err.failure).toBe('protocol');
    expect(ms).toBeLessThan(1000);
  });

  it('returns a redirect as it is: the other origin receives nothing', async () => {
    const elsewhere = await startHttp((_req, res) => json(res, 200, {}));
    const server = await startHttp((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.origin}/steal?apiKey=secret` });
      res.end();
    });
    const res = await sendRequest(request(server.origin, { method: 'POST', body: '{"apiKey":1}' }));
    expect(res.status).toBe(307);
    expect(res.headers.location).toBe(`${elsewhere.origin}/steal?apiKey=secret`);
    await new Promise((r) => setTimeout(r, 50));
    expect(elsewhere.connections).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('after an http request, an https one fails as a network error, not a crash', async () => {
    // An HttpClient hands its first agent to every later URL: an http agent for https throws.
    const plain = await startHttp((_req, res) => json(res, 200, {}));
    await sendRequest(request(plain.origin));
    const [err] = await failure(request(plain.origin.replace('http:', 'https:')));
    expect(err.message).toBe('TLS handshake failed (EPROTO)');
    expect(err.failure).toBe('tls');
    expect(err.sent).toBe(false);
  });

  it('over https, a stall before the handshake completes is not "sent": nothing reached the server', async () => {
    // Node takes the request into a TLS socket (and says 'finish') before the handshake.
    const server = await startRaw(() => undefined);
    const [err, ms] = await failure(
      request(server.origin.replace('http:', 'https:'), {
        method: 'POST',
        body: '{}',
        timeoutMs: 300,
      }),
    );
    expect(err.failure).toBe('timeout');
    expect(err.sent).toBe(false);
    expect(ms).toBeLessThan(1500);
  });
});
