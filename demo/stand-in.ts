/**
 * A stand-in for the Streampixel API on 127.0.0.1, for the tests and
 * `npm run demo`. It checks credentials as the real API does, keeps the
 * one-upload-per-2-minutes rate limit, plays each upload's lifecycle one step
 * per status request, and serves a tiny zip (and some bad artifacts) for the
 * artifact check. `override` replaces any route's answer, for fault cases.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const DEMO_ACCOUNT = {
  apiKey: 'spk_demo_9f3a7c2e41b84d0f8a6e5d7c3b2a1f0e',
  userId: '64b7f0c2a1d3e4f5a6b7c8d9',
  projectId: '665a2b3c4d5e6f7a8b9c0d1e',
};

export const APPROVED_LIFECYCLE = [
  'pending',
  'Downloading Files',
  'Extracting & Scanning',
  'Saving to Repository',
  'Distribute',
  'Approved',
];

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Answers the request itself, or returns false to let the stand-in answer as usual. */
export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => unknown;

export interface StandInOptions {
  /** Statuses an upload goes through, one step per status request. */
  lifecycle?: string[];
  /** The objection given with a 'Reject' status. */
  objection?: string;
  /** Apply the one-per-2-minutes rate limit to upload and distribute (default true). */
  rateLimit?: boolean;
  /** The older API's answer: no uploadId. */
  legacyUploadAnswer?: boolean;
  /** Projects the account may read but not write (as for a READONLY member). */
  readOnlyProjects?: string[];
  /** Uploads already in the project: id → status. */
  existingUploads?: Record<string, string>;
}

interface FileEntry {
  _id: string;
  url: string;
  status: string;
  objection: string;
  date: string;
  step: number;
}

export interface StandIn {
  /** http://127.0.0.1:port */
  origin: string;
  /** The api-url to give the action. */
  apiUrl: string;
  /** A URL of the stand-in's file server: Game.zip, empty.zip, page.html, not-a-zip.zip, private.zip, missing.zip. */
  fileUrl(name?: string, query?: string): string;
  requests: RecordedRequest[];
  /** Replaces the answer for `METHOD /path` (path after /pixelStripeApi, or /files/…). */
  override(route: string, handler: Handler): void;
  files: FileEntry[];
  close(): Promise<void>;
}

/** A valid zip holding one empty file, "Game.exe": enough for the signature check. */
export function tinyZip(): Buffer {
  const name = Buffer.from('Game.exe');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length, 16);
  return Buffer.concat([local, name, central, name, end]);
}

function emptyZip(): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return end;
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};

function serveBytes(req: IncomingMessage, res: ServerResponse, bytes: Buffer, type: string): void {
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (!range) {
    res.writeHead(200, { 'content-type': type, 'content-length': bytes.length });
    res.end(bytes);
    return;
  }
  const start = Number(range[1]);
  const end = Math.min(range[2] ? Number(range[2]) : bytes.length - 1, bytes.length - 1);
  if (start >= bytes.length) {
    res.writeHead(416, { 'content-range': `bytes */${bytes.length}` });
    res.end();
    return;
  }
  res.writeHead(206, {
    'content-type': type,
    'content-range': `bytes ${start}-${end}/${bytes.length}`,
    'content-length': end - start + 1,
  });
  res.end(bytes.subarray(start, end + 1));
}

let idCounter = 0x100000;
const newId = (): string =>
  `${Date.now().toString(16).slice(-8)}${(idCounter++).toString(16).padStart(16, '0')}`.slice(
    0,
    24,
  );

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const lifecycle = options.lifecycle ?? APPROVED_LIFECYCLE;
  const requests: RecordedRequest[] = [];
  const overrides = new Map<string, Handler>();
  // An earlier upload part-way through the lifecycle is still being processed (a busy project):
  // it moves on with every status request, as a new one does. Any other status stays put.
  const files: FileEntry[] = Object.entries(options.existingUploads ?? {}).map(([id, status]) => {
    const step = lifecycle.indexOf(status);
    const moving = step >= 0 && step < lifecycle.length - 1;
    return {
      _id: id,
      url: 'https://storage.example/earlier.zip',
      status,
      objection: '',
      date: new Date(moving ? Date.now() : 0).toISOString(),
      step: moving ? step : Number.MAX_SAFE_INTEGER,
    };
  });
  let lastWrite = -Infinity;

  const artifacts: Record<string, () => [number, Buffer, string]> = {
    'Game.zip': () => [200, tinyZip(), 'application/zip'],
    'empty.zip': () => [200, emptyZip(), 'application/zip'],
    'page.html': () => [
      200,
      Buffer.from('<html><body>Sign in</body></html>'),
      'text/html; charset=utf-8',
    ],
    'not-a-zip.zip': () => [
      200,
      Buffer.from('MZ\x90\x00 not a zip at all'),
      'application/octet-stream',
    ],
    'private.zip': () => [
      403,
      Buffer.from('<Error><Code>AccessDenied</Code></Error>'),
      'application/xml',
    ],
  };

  /** The account check every API route makes, in the real API's words. */
  function authorise(
    res: ServerResponse,
    apiKey: unknown,
    userId: unknown,
    projectId: unknown,
    write: boolean,
  ): boolean {
    if (apiKey !== DEMO_ACCOUNT.apiKey) {
      json(res, 401, { message: 'Unauthorized: Invalid API Key' });
      return false;
    }
    if (userId !== DEMO_ACCOUNT.userId) {
      json(res, 401, { message: 'Invalid User' });
      return false;
    }
    if (write && options.readOnlyProjects?.includes(String(projectId))) {
      json(res, 403, { message: 'Forbidden' });
      return false;
    }
    if (
      projectId !== DEMO_ACCOUNT.projectId &&
      !options.readOnlyProjects?.includes(String(projectId))
    ) {
      json(res, 404, { message: 'Project not found' });
      return false;
    }
    return true;
  }

  function rateLimited(res: ServerResponse): boolean {
    if (options.rateLimit !== false && Date.now() - lastWrite < 120_000) {
      json(res, 429, { message: 'Rate limit exceeded. Try again in 2 minutes.' });
      return true;
    }
    lastWrite = Date.now();
    return false;
  }

  function api(
    method: string,
    path: string,
    query: URLSearchParams,
    body: string,
    res: ServerResponse,
  ): void {
    let fields: Record<string, unknown> = {};
    if (method === 'POST') {
      try {
        fields = JSON.parse(body) as Record<string, unknown>;
      } catch {
        json(res, 400, { message: 'Invalid JSON body' });
        return;
      }
    }
    if (method === 'POST' && path === '/projects/upload-file') {
      if (!fields.fileUrl) return json(res, 400, { message: 'Missing required field: fileUrl' });
      if (!authorise(res, fields.apiKey, fields.userId, fields.projectId, true) || rateLimited(res))
        return;
      const entry: FileEntry = {
        _id: newId(),
        url: String(fields.fileUrl),
        status: lifecycle[0] ?? 'pending',
        objection: '',
        date: new Date().toISOString(),
        step: 0,
      };
      files.push(entry);
      if (options.legacyUploadAnswer)
        return json(res, 200, { message: 'File uploaded successfully' });
      return json(res, 201, { message: 'Build queued for processing', uploadId: entry._id });
    }
    if (method === 'POST' && path === '/projects/distribute-file') {
      if (!authorise(res, fields.apiKey, fields.userId, fields.projectId, true) || rateLimited(res))
        return;
      const entry = files.find((f) => f._id === fields.uploadId);
      if (!entry) return json(res, 404, { message: 'File not found in project' });
      entry.status = 'Distribute';
      entry.step = lifecycle.indexOf('Distribute');
      return json(res, 200, { message: 'Distribution triggered' });
    }
    const project = /^\/projects\/([^/]+)$/.exec(path);
    if (method === 'GET' && project) {
      const projectId = decodeURIComponent(project[1] ?? '');
      if (!authorise(res, query.get('apikey'), query.get('userId'), projectId, false)) return;
      // Each status request moves every upload one step along its lifecycle.
      for (const f of files) {
        if (f.step >= lifecycle.length - 1) continue;
        f.step++;
        f.status = lifecycle[f.step] ?? f.status;
        if (/^reject/i.test(f.status))
          f.objection = options.objection ?? 'Executable not found in the archive';
      }
      return json(res, 200, {
        _id: projectId,
        name: 'Demo project',
        files: files.map(({ step: _step, ...f }) => f),
      });
    }
    json(res, 404, { message: 'Route not found' });
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks).toString('utf8');
      const method = req.method ?? 'GET';
      const path = url.pathname.replace(/^\/pixelStripeApi/, '');
      requests.push({ method, path, query: url.searchParams, headers: req.headers, body });
      const override = overrides.get(`${method} ${path}`);
      if (override && override(req, res, body) !== false) return;
      const file = /^\/files\/(.+)$/.exec(url.pathname);
      if (file) {
        const make = artifacts[decodeURIComponent(file[1] ?? '')];
        if (!make) return json(res, 404, { message: 'NoSuchKey' });
        const [status, bytes, type] = make();
        if (status !== 200) {
          res.writeHead(status, { 'content-type': type });
          return res.end(bytes);
        }
        return serveBytes(req, res, bytes, type);
      }
      api(method, path, url.searchParams, body, res);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    apiUrl: `${origin}/pixelStripeApi`,
    fileUrl: (name = 'Game.zip', query = '') =>
      `${origin}/files/${name}${query ? `?${query}` : ''}`,
    requests,
    files,
    override: (route, handler) => overrides.set(route, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
