/**
 * https_proxy / http_proxy / no_proxy, as @actions/http-client decides them.
 * The proxy library never proxies 127.x or ::1, so the target is addressed
 * as the IPv4-mapped [::ffff:7f00:1]: still this machine, not on that list.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, startStandIn } from '../demo/stand-in.js';
import { sendRequest } from '../src/http.js';

let target: Server;
let proxy: Server;
let connects: string[];
const sockets = new Set<Socket>();
const saved = { http_proxy: process.env.http_proxy, no_proxy: process.env.no_proxy };

const listen = (server: Server) =>
  new Promise<number>((r) =>
    server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)),
  );

beforeEach(async () => {
  connects = [];
  target = createServer((_req, res) => res.end('through'));
  // A CONNECT proxy that only tunnels to loopback.
  proxy = createServer();
  proxy.on('connect', (req, client: Socket) => {
    connects.push(req.url ?? '');
    // "host:port"; the tunnel client writes an IPv6 host without brackets.
    const port = Number((req.url ?? '').split(':').pop());
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
    }
  });
  const proxyPort = await listen(proxy);
  process.env.http_proxy = `http://127.0.0.1:${proxyPort}`;
  delete process.env.no_proxy;
});

afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.clear();
  // Assigning undefined would store the string "undefined".
  Object.assign(process.env, saved);
  if (saved.http_proxy === undefined) delete process.env.http_proxy;
  if (saved.no_proxy === undefined) delete process.env.no_proxy;
  target.closeAllConnections();
  proxy.closeAllConnections();
  await Promise.all([new Promise((r) => target.close(r)), new Promise((r) => proxy.close(r))]);
});

const get = (url: string) =>
  sendRequest({ method: 'GET', url, timeoutMs: 3_000, maxBodyBytes: 100 });

describe('proxy settings', () => {
  it('sends requests through http_proxy', async () => {
    const port = await listen(target);
    const res = await get(`http://[::ffff:7f00:1]:${port}/Game.zip`);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('through');
    expect(connects).toHaveLength(1);
    expect(connects[0]).toMatch(new RegExp(`^\\[?::ffff:7f00:1\\]?:${port}$`));
  });

  it('goes direct for a host in no_proxy', async () => {
    const port = await listen(target);
    process.env.no_proxy = '[::ffff:7f00:1]';
    const res = await get(`http://[::ffff:7f00:1]:${port}/Game.zip`);
    expect(res.status).toBe(200);
    expect(connects).toEqual([]);
  });

  it('the built action reaches a proxied file-url through http_proxy', async () => {
    const standIn = await startStandIn();
    try {
      const port = new URL(standIn.origin).port;
      const run = await runAction(
        {
          'api-key': DEMO_ACCOUNT.apiKey,
          'user-id': DEMO_ACCOUNT.userId,
          'project-id': DEMO_ACCOUNT.projectId,
          'file-url': `http://[::ffff:7f00:1]:${port}/files/Game.zip`,
          'api-url': standIn.apiUrl,
        },
        { env: { http_proxy: process.env.http_proxy } },
      );
      expect(run.exitCode).toBe(0);
      expect(run.outputs.status).toBe('queued');
      // The artifact check (first bytes, then the end) went through the proxy; the loopback api-url did not.
      expect(connects).toHaveLength(2);
      expect(standIn.requests.map((r) => r.path)).toEqual([
        '/files/Game.zip',
        '/files/Game.zip',
        '/projects/upload-file',
      ]);
    } finally {
      await standIn.close();
    }
  });
});
