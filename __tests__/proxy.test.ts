/**
 * https_proxy / http_proxy / no_proxy, as @actions/http-client decides them.
 * The proxy library never proxies 127.x or ::1, so the target is addressed
 * as the IPv4-mapped [::ffff:7f00:1]: still this machine, not on that list.
 * A proxy that refuses the tunnel is named, with its variable and status.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { runAction } from '../demo/runner.js';
import { DEMO_ACCOUNT, startStandIn } from '../demo/stand-in.js';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { NetworkError, PROXY_HINT, proxyFor, proxyProblems, sendRequest } from '../src/http.js';
import { sendWithRetries } from '../src/retry.js';
import { StreampixelClient } from '../src/streampixel/client.js';
import { DeployFailure } from '../src/streampixel/errors.js';
import { ACTION_TERMS } from '../src/terms.js';

let target: Server;
let proxy: Server;
let connects: string[];
/** What the proxy said Proxy-Authorization was, per CONNECT. */
let proxyAuth: (string | undefined)[];
/** Set: the proxy answers the CONNECT with this status line instead of opening the tunnel. */
let refuseWith: string | undefined;
let proxyPort: number;
const sockets = new Set<Socket>();
const PROXY_VARIABLES = [
  'http_proxy',
  'HTTP_PROXY',
  'https_proxy',
  'HTTPS_PROXY',
  'no_proxy',
  'NO_PROXY',
] as const;
const saved = Object.fromEntries(PROXY_VARIABLES.map((k) => [k, process.env[k]]));

const listen = (server: Server) =>
  new Promise<number>((r) =>
    server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)),
  );

beforeEach(async () => {
  connects = [];
  proxyAuth = [];
  refuseWith = undefined;
  target = createServer((_req, res) => res.end('through'));
  // A CONNECT proxy that only tunnels to loopback.
  proxy = createServer();
  proxy.on('connect', (req, client: Socket) => {
    connects.push(req.url ?? '');
    proxyAuth.push(req.headers['proxy-authorization']);
    sockets.add(client);
    if (refuseWith) {
      client.end(`HTTP/1.1 ${refuseWith}\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
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
  proxyPort = await listen(proxy);
  for (const k of PROXY_VARIABLES) Reflect.deleteProperty(process.env, k);
  process.env.http_proxy = `http://127.0.0.1:${proxyPort}`;
});

afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.clear();
  // Assigning undefined would store the string "undefined".
  for (const k of PROXY_VARIABLES) {
    if (saved[k] === undefined) Reflect.deleteProperty(process.env, k);
    else process.env[k] = saved[k];
  }
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
      // Then the project read before sending, and the upload.
      expect(standIn.requests.map((r) => r.path)).toEqual([
        '/files/Game.zip',
        '/files/Game.zip',
        `/projects/${DEMO_ACCOUNT.projectId}`,
        '/projects/upload-file',
      ]);
    } finally {
      await standIn.close();
    }
  });
});

/** The NetworkError a request through the proxy ends with. */
async function refusal(url: string): Promise<NetworkError> {
  const err = await get(url).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NetworkError);
  return err as NetworkError;
}

const noWait = {
  idempotent: true,
  label: 'file-url check',
  log: () => undefined,
  sleep: async () => undefined,
  random: () => 0,
};

describe('a proxy that refuses the tunnel', () => {
  it('407: a proxy failure naming the proxy, its variable and status; nothing sent', async () => {
    refuseWith = '407 Proxy Authentication Required';
    const err = await refusal(`http://[::ffff:7f00:1]:9/Game.zip`);
    expect(err.failure).toBe('proxy');
    expect(err.sent).toBe(false);
    expect(err.proxy).toEqual({
      url: `http://127.0.0.1:${proxyPort}`,
      variable: 'http_proxy',
      status: 407,
    });
    expect(err.message).toBe(
      `the proxy http://127.0.0.1:${proxyPort} (from http_proxy) refused the tunnel: HTTP 407 Proxy Authentication Required`,
    );
  });

  it('names the variable as spelled: HTTP_PROXY', async () => {
    process.env.HTTP_PROXY = process.env.http_proxy;
    delete process.env.http_proxy;
    refuseWith = '403 Forbidden';
    const err = await refusal(`http://[::ffff:7f00:1]:9/Game.zip`);
    expect(err.proxy?.variable).toBe('HTTP_PROXY');
    expect(err.message).toContain('(from HTTP_PROXY) refused the tunnel: HTTP 403 Forbidden');
  });

  it('407 is tried once through sendWithRetries', async () => {
    refuseWith = '407 Proxy Authentication Required';
    const lines: string[] = [];
    const { last } = await sendWithRetries(
      {
        method: 'GET',
        url: `http://[::ffff:7f00:1]:9/Game.zip`,
        timeoutMs: 3_000,
        maxBodyBytes: 4,
      },
      { ...noWait, maxAttempts: 3, log: (l) => lines.push(l) },
    );
    expect(last).toBeInstanceOf(NetworkError);
    expect((last as NetworkError).proxy?.status).toBe(407);
    expect(connects).toHaveLength(1);
    expect(lines).toEqual([]);
  });

  it('403 (the allow-list) is tried once too', async () => {
    refuseWith = '403 Forbidden';
    const { last } = await sendWithRetries(
      { method: 'POST', url: `http://[::ffff:7f00:1]:9/upload`, timeoutMs: 3_000, maxBodyBytes: 4 },
      { ...noWait, idempotent: false, maxAttempts: 3 },
    );
    expect((last as NetworkError).failure).toBe('proxy');
    expect((last as NetworkError).proxy?.status).toBe(403);
    expect(connects).toHaveLength(1);
  });

  it('502 on CONNECT is retried like a gateway error, even for a write: nothing got past the proxy', async () => {
    refuseWith = '502 Bad Gateway';
    const { last } = await sendWithRetries(
      { method: 'POST', url: `http://[::ffff:7f00:1]:9/upload`, timeoutMs: 3_000, maxBodyBytes: 4 },
      { ...noWait, idempotent: false, maxAttempts: 3 },
    );
    const err = last as NetworkError;
    expect(err.failure).toBe('proxy');
    expect(err.sent).toBe(false);
    expect(err.message).toContain('refused the tunnel: HTTP 502 Bad Gateway');
    expect(connects).toHaveLength(3);
  });

  it('never shows the credentials in the proxy URL, yet sends them to the proxy', async () => {
    process.env.http_proxy = `http://corp%5Cuser:s3cret-pw@127.0.0.1:${proxyPort}`;
    refuseWith = '407 Proxy Authentication Required';
    const err = await refusal(`http://[::ffff:7f00:1]:9/Game.zip`);
    expect(proxyAuth[0]).toBe(`Basic ${Buffer.from('corp\\user:s3cret-pw').toString('base64')}`);
    const shown = `${err.message} ${JSON.stringify(err.proxy)}`;
    expect(shown).toContain(`http://127.0.0.1:${proxyPort}`);
    expect(shown).not.toMatch(/s3cret|corp|user|@/);
  });

  it('a proxy that is not listening: a proxy failure, retried like a refused connection', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((r) => closed.close(r));
    process.env.http_proxy = `http://127.0.0.1:${port}`;
    const err = await refusal(`http://[::ffff:7f00:1]:9/Game.zip`);
    expect(err.failure).toBe('proxy');
    expect(err.proxy?.status).toBeUndefined();
    expect(err.message).toMatch(
      new RegExp(
        `^the proxy http://127.0.0.1:${port} \\(from http_proxy\\) did not open the tunnel: .*ECONNREFUSED`,
      ),
    );
  });

  it('a SOCKS proxy in http_proxy fails: http-client sends it an HTTP CONNECT, which it drops', async () => {
    // What a SOCKS5 server does with "CONNECT …": the first byte is not version 5, so it hangs up.
    const socks: TcpServer = createTcpServer((s) => s.once('data', () => s.destroy()));
    const port = await new Promise<number>((r) =>
      socks.listen(0, '127.0.0.1', () => r((socks.address() as AddressInfo).port)),
    );
    try {
      process.env.http_proxy = `socks5://127.0.0.1:${port}`;
      const err = await refusal(`http://[::ffff:7f00:1]:9/Game.zip`);
      expect(err.failure).toBe('proxy');
      expect(err.message).toContain(`the proxy socks5://127.0.0.1:${port} (from http_proxy)`);
      expect(proxyProblems()).toEqual([
        expect.stringMatching(/^http_proxy is socks5:\/\/127\.0\.0\.1:\d+: .*SOCKS.* fail/),
      ]);
    } finally {
      await new Promise((r) => socks.close(r));
    }
  });

  it('a value that is not a URL fails every proxied request at once, naming the variable', async () => {
    process.env.http_proxy = 'proxy corp:3128';
    const { last } = await sendWithRetries(
      {
        method: 'GET',
        url: `http://[::ffff:7f00:1]:9/Game.zip`,
        timeoutMs: 3_000,
        maxBodyBytes: 4,
      },
      { ...noWait, maxAttempts: 3 },
    );
    const err = last as NetworkError;
    expect(err.failure).toBe('proxy');
    expect(err.message).toBe(
      'http_proxy ("proxy corp:3128") is not a proxy URL: write it as http://host:port, or unset it',
    );
    expect(connects).toEqual([]);
  });

  it('the Streampixel client names the proxy and what to do, once, and says nothing reached Streampixel', async () => {
    refuseWith = '407 Proxy Authentication Required';
    const log: string[] = [];
    const client = new StreampixelClient({
      apiUrl: 'http://[::ffff:7f00:1]:9/pixelStripeApi',
      apiKey: 'k'.repeat(32),
      userId: 'user-1',
      terms: ACTION_TERMS,
      timeoutMs: 3_000,
      maxAttempts: 3,
      log: (l) => log.push(l),
      debug: () => undefined,
      sleep: async () => undefined,
    });
    const err = await client.upload('project-1', 'https://bucket.example/Game.zip', false).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeployFailure);
    const failure = err as DeployFailure;
    expect(failure.title).toBe('Streampixel unreachable through the proxy');
    expect(failure.message).toContain(
      `failed: the proxy http://127.0.0.1:${proxyPort} (from http_proxy) refused the tunnel: HTTP 407 Proxy Authentication Required.`,
    );
    expect(failure.message).not.toMatch(/may have|was sent/);
    expect(failure.hint).toBe(PROXY_HINT);
    expect(connects).toHaveLength(1);
    expect(log).toEqual([]);
  });

  it('the built action says the proxy refused, and names the variable, not "check the URL is public"', async () => {
    const standIn = await startStandIn();
    refuseWith = '407 Proxy Authentication Required';
    try {
      const port = new URL(standIn.origin).port;
      const run = await runAction(
        {
          'api-key': DEMO_ACCOUNT.apiKey,
          'user-id': DEMO_ACCOUNT.userId,
          'project-id': DEMO_ACCOUNT.projectId,
          'file-url': `http://[::ffff:7f00:1]:${port}/files/Game.zip`,
          'api-url': standIn.apiUrl,
          'max-attempts': '3',
        },
        { env: { http_proxy: `http://user:s3cret-pw@127.0.0.1:${proxyPort}` } },
      );
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error');
      expect(error?.title).toMatch(/unreachable through the proxy/);
      expect(error?.message).toContain(
        `the proxy http://127.0.0.1:${proxyPort} (from http_proxy) refused the tunnel: HTTP 407 Proxy Authentication Required`,
      );
      expect(error?.message).toContain("Check the proxy's credentials/allow-list");
      expect(error?.message).not.toMatch(/public|s3cret/);
      expect(run.stdout).not.toContain('s3cret');
      expect(connects).toHaveLength(1);
      expect(standIn.requests).toEqual([]);
    } finally {
      await standIn.close();
    }
  });
});

describe('proxyFor', () => {
  it('agrees with @actions/http-client getProxyUrl, and names the variable', () => {
    const https = new URL('https://api.streampixel.io/x');
    const http = new URL('http://files.example.com/Game.zip');
    const cases: [NodeJS.ProcessEnv, URL, string | undefined][] = [
      [{ https_proxy: 'http://p:1' }, https, 'https_proxy'],
      [{ https_proxy: '', HTTPS_PROXY: 'http://p:2' }, https, 'HTTPS_PROXY'],
      [{ https_proxy: 'http://p:1', HTTPS_PROXY: 'http://p:2' }, https, 'https_proxy'],
      [{ http_proxy: 'http://p:1' }, https, undefined],
      [{ HTTP_PROXY: 'p.corp:3128' }, http, undefined], // the scheme "p.corp:": goes direct
      [{ HTTP_PROXY: 'p:3128' }, http, undefined],
      [{ http_proxy: '10.0.0.1:3128' }, http, 'http_proxy'], // not a scheme: http:// is added
      [{ http_proxy: 'proxy' }, http, 'http_proxy'],
      [{ http_proxy: 'http://bad host:1' }, http, undefined],
      [{ https_proxy: 'http://p:1', no_proxy: 'streampixel.io' }, https, undefined],
      [{ https_proxy: 'http://p:1', no_proxy: '.streampixel.io' }, https, undefined],
      [{ https_proxy: 'http://p:1', no_proxy: 'api.streampixel.io:443' }, https, undefined],
      [{ https_proxy: 'http://p:1', no_proxy: 'api.streampixel.io:8443' }, https, 'https_proxy'],
      [{ https_proxy: 'http://p:1', NO_PROXY: '*' }, https, undefined],
      [{ https_proxy: 'http://p:1', no_proxy: '*.streampixel.io' }, https, 'https_proxy'],
      [{ https_proxy: 'socks5://p:1080' }, https, 'https_proxy'],
      [{ https_proxy: 'http://u:p@p:1' }, https, 'https_proxy'],
    ];
    for (const [env, url, variable] of cases) {
      for (const k of PROXY_VARIABLES) Reflect.deleteProperty(process.env, k);
      Object.assign(process.env, env);
      const theirs = getProxyUrl(url);
      const ours = proxyFor(url, env);
      expect([env, ours?.variable]).toEqual([env, variable]);
      expect([env, ours?.url.href]).toEqual([env, theirs?.hostname ? theirs.href : undefined]);
    }
  });
});

describe('proxyProblems', () => {
  it('is empty for usable settings', () => {
    expect(
      proxyProblems({
        https_proxy: 'http://u:p@proxy.corp:3128',
        http_proxy: 'proxy.corp:3128'.replace(/^/, 'http://'),
        no_proxy: 'localhost,.corp.example,example.com:8080,[::1],*',
      }),
    ).toEqual([]);
  });

  it('names a SOCKS proxy: the request fails, it is not silently ignored', () => {
    expect(proxyProblems({ https_proxy: 'socks5://user:pw@socks.corp:1080' })).toEqual([
      'https_proxy is socks5://socks.corp:1080: the action speaks only to http:// and https:// proxies; it sends an HTTP CONNECT to socks.corp:1080, which a SOCKS proxy does not answer, so https:// requests that are not in no_proxy fail. Use an HTTP proxy, or add the hosts to no_proxy.',
    ]);
  });

  it('names garbage values and says what happens, without credentials', () => {
    const problems = proxyProblems({
      HTTPS_PROXY: 'proxy corp:3128',
      http_proxy: 'user:pw@localhost:3128',
    });
    expect(problems).toEqual([
      'HTTPS_PROXY ("proxy corp:3128") is not a URL: every https:// request that is not in no_proxy fails. Write it as http://host:port, or unset it.',
      'http_proxy ("***@localhost:3128") reads as a URL with the scheme "user:" and no host: it is ignored, and http:// requests go direct. Write it as http://***@localhost:3128.',
    ]);
    expect(proxyProblems({ https_proxy: 'http://u:pw@bad host:1' })).toEqual([
      'https_proxy ("http://***@bad host:1") is not a valid URL: it is ignored, and https:// requests go direct, not through a proxy.',
    ]);
  });

  it('names the variable that is shadowed', () => {
    expect(proxyProblems({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:1' })).toEqual([
      'HTTPS_PROXY is ignored: https_proxy is set as well and takes precedence for https:// URLs.',
    ]);
    expect(proxyProblems({ no_proxy: 'a', NO_PROXY: 'b' })).toEqual([
      'NO_PROXY is ignored: no_proxy is set as well and takes precedence.',
    ]);
  });

  it('names no_proxy entries that match nothing, with the form that works', () => {
    expect(
      proxyProblems({
        no_proxy:
          '*.corp.example, 10.0.0.0/8, https://files.example.com/x, ::ffff:a00:1, ok.example',
      }),
    ).toEqual([
      'no_proxy entry "*.corp.example" matches no host, so requests to it still go through the proxy: a wildcard is understood only as a lone "*"; write "corp.example" to match a domain and all its subdomains.',
      'no_proxy entry "10.0.0.0/8" matches no host, so requests to it still go through the proxy: address ranges (CIDR) are not supported; list the host names or addresses.',
      'no_proxy entry "https://files.example.com/x" matches no host, so requests to it still go through the proxy: it is a URL; write the host name alone ("files.example.com").',
      'no_proxy entry "::ffff:a00:1" matches no host, so requests to it still go through the proxy: an IPv6 address must be in brackets ("[::ffff:a00:1]").',
    ]);
  });
});
