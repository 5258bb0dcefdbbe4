/**
 * Real servers on 127.0.0.1 for the fault tests: an HTTP server whose every
 * answer the test scripts, a raw TCP server for what HTTP cannot express (a
 * stall before reading, garbage), and a port that refuses. Each counts the
 * connections and requests it got, and closes every socket on close(), so a
 * stalled exchange never keeps a test (or jest) alive.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Answers one request; `n` counts from 1. */
export type Answer = (req: Seen, res: ServerResponse, n: number) => void;

export interface Loopback {
  origin: string;
  connections: number;
  requests: Seen[];
  close(): Promise<void>;
}

const open: Loopback[] = [];

/** Closes every server a test started; call it in afterEach. */
export async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((s) => s.close()));
}

function track(server: Server | NetServer): { sockets: Set<Socket>; count: () => number } {
  const sockets = new Set<Socket>();
  let count = 0;
  server.on('connection', (socket: Socket) => {
    count++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A client that gives up resets the socket; that is the test's point, not a failure.
    socket.on('error', () => undefined);
  });
  return { sockets, count: () => count };
}

async function listen(server: Server | NetServer): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: Server | NetServer, sockets: Set<Socket>): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () =>
    (closed ??= new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }));
}

/** An HTTP server: every request is read whole, recorded, then handed to `answer`. */
export async function startHttp(answer: Answer): Promise<Loopback> {
  const requests: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(seen);
      answer(seen, res, requests.length);
    });
  });
  const { sockets, count } = track(server);
  const origin = await listen(server);
  const loopback: Loopback = {
    origin,
    get connections() {
      return count();
    },
    requests,
    close: closer(server, sockets),
  };
  open.push(loopback);
  return loopback;
}

/** A TCP server handed each raw socket: for stalls, garbage and other non-HTTP. */
export async function startRaw(onSocket: (socket: Socket, n: number) => void): Promise<Loopback> {
  let n = 0;
  const server = createNetServer((socket) => onSocket(socket, ++n));
  const { sockets, count } = track(server);
  const origin = await listen(server);
  const loopback: Loopback = {
    origin,
    get connections() {
      return count();
    },
    requests: [],
    close: closer(server, sockets),
  };
  open.push(loopback);
  return loopback;
}

/** A loopback origin nothing listens on: connections are refused. */
export async function refusingOrigin(): Promise<string> {
  const server = createNetServer();
  const origin = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return origin;
}

/** Headers, then one byte a second, forever (until the client or close() ends it). */
export function drip(res: ServerResponse, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': 1_000_000 });
  res.write('{');
  const timer = setInterval(() => res.write(' '), 1000);
  res.on('close', () => clearInterval(timer));
}

/**
 * Streams `total` bytes of `fill` with back-pressure, and reports how many the
 * socket took before the client hung up: a client that reads everything takes all.
 */
export function flood(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  total: number,
  head = '',
  fill = 'x',
): { accepted: () => number } {
  let accepted = 0;
  res.writeHead(status, headers);
  const chunk = Buffer.alloc(64 * 1024, fill);
  const first = Buffer.from(head);
  const pump = (): void => {
    while (accepted < total && !res.destroyed) {
      const piece = accepted === 0 && first.length > 0 ? first : chunk;
      accepted += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    if (accepted >= total) res.end();
  };
  pump();
  return { accepted: () => accepted };
}

export function json(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Wall time of `work`, in ms, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}
