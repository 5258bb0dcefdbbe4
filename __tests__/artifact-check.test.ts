/**
 * checkArtifact against a real file server on 127.0.0.1 (fixtures/range-server.ts): the verdict
 * (failure title, warnings, facts) for real archives, and what it cost, counted at the server:
 * requests, body bytes, time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ArtifactCheckOptions,
  ArtifactFailure,
  type ArtifactInfo,
  checkArtifact,
  DEFAULT_CHECK_BUDGET,
} from '../src/artifact/check.js';
import { readZipListing } from '../src/artifact/zip.js';
import { ACTION_TERMS, cliTerms } from '../src/terms.js';
import {
  bufferRangeReader,
  hasTool,
  makeManyFiles,
  makeUe5Build,
  makeUe5Project,
  pythonZip,
  writeSparseZip64,
  zipWith,
} from './fixtures/zips.js';
import { type RangeServer, startRangeServer } from './fixtures/range-server.js';

const SIGNATURE = 'c2lnbmF0dXJlLXNlY3JldC0xMjM0NTY3ODkw';
const KiB = 1024;

let tmp: string;
let server: RangeServer;
const has7z = hasTool('7z');

function build(label: string, fill: (dir: string) => void, zip = true): string {
  const dir = join(tmp, 'src', label);
  mkdirSync(dir, { recursive: true });
  fill(dir);
  if (zip) zipWith('zip', dir, join(tmp, `${label}.zip`));
  return `${label}.zip`;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'artifact-check-'));
  build('ue5', (d) => makeUe5Build(d));
  build('wrapped', (d) => makeUe5Build(d, { wrapIn: 'Windows', project: 'Shooter' }));
  build('project', (d) => makeUe5Project(d));
  build('many', (d) => {
    makeUe5Build(d);
    makeManyFiles(d, 20_000);
  });
  build('noexe', (d) => {
    makeUe5Build(d);
    rmSync(join(d, 'Game.exe'));
    rmSync(join(d, 'Game/Binaries'), { recursive: true });
  });
  zipWith('zip', join(tmp, 'src', 'ue5'), join(tmp, 'encrypted.zip'), { password: 'secret' });
  if (has7z)
    zipWith('7z', join(tmp, 'src', 'ue5'), join(tmp, 'deflate64.zip'), { method: 'Deflate64' });
  pythonZip(join(tmp, 'backslash.zip'), [
    { name: 'Game.exe', text: 'MZ' },
    { name: 'Game\\Binaries\\Win64\\Game-Win64-Shipping.exe', text: 'MZ' },
    { name: 'Game\\Content\\Paks\\Game-Windows.pak', text: 'pak' },
  ]);
  const whole = readFileSync(join(tmp, 'ue5.zip'));
  writeFileSync(join(tmp, 'half.zip'), whole.subarray(0, whole.length >> 1));
  writeFileSync(join(tmp, 'cut-end.zip'), whole.subarray(0, whole.length - 10));
  writeFileSync(join(tmp, 'page.html'), '<!DOCTYPE html><html><body>Sign in</body></html>');
  writeFileSync(join(tmp, 'not-a-zip.bin'), Buffer.from('MZ\x90\x00 a Windows executable'));
  writeSparseZip64(join(tmp, 'zip64.zip'), 25e9);
  copyFileSync(join(tmp, 'ue5.zip'), join(tmp, 'Game.zip'));
}, 120_000);

beforeAll(async () => {
  server = await startRangeServer(tmp);
});
beforeEach(() => server.reset());
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const log: string[] = [];
function options(overrides: Partial<ArtifactCheckOptions> = {}): ArtifactCheckOptions {
  return {
    timeoutMs: 30_000,
    maxAttempts: 3,
    log: (line) => log.push(line),
    debug: () => undefined,
    terms: ACTION_TERMS,
    ...overrides,
  };
}

/** Checks, and asserts that what the check counted is what the server saw. */
async function check(
  url: string,
  overrides?: Partial<ArtifactCheckOptions>,
): Promise<ArtifactInfo> {
  const info = await checkArtifact(url, options(overrides));
  expect(info.requests).toBe(server.requests.length);
  expect(info.bytesRead).toBe(server.bodyBytes);
  return info;
}

async function refusal(
  url: string,
  overrides?: Partial<ArtifactCheckOptions>,
): Promise<ArtifactFailure> {
  const err = await checkArtifact(url, options(overrides)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArtifactFailure);
  const failure = err as ArtifactFailure;
  expect(failure.requests).toBe(server.requests.length);
  expect(failure.bytesRead).toBe(server.bodyBytes);
  return failure;
}

const codes = (info: ArtifactInfo): string[] => info.verdict.warnings.map((w) => w.code);

describe('a packaged build is listed and passes', () => {
  it('a UE5 build zip: 2 requests, facts from the central directory', async () => {
    const info = await check(server.url('range', 'ue5.zip'));
    expect(info.inspected).toBe(true);
    expect(info.verdict.warnings).toEqual([]);
    expect(info.verdict.facts).toMatchObject({
      entries: expect.any(Number),
      files: 12,
      executables: [
        'Game.exe',
        'Game/Binaries/Win64/Game-Win64-Shipping.exe',
        'Engine/Binaries/Win64/CrashReportClient.exe',
        'Engine/Extras/Redist/en-us/UEPrereqSetup_x64.exe',
      ],
      projectName: 'Game',
      methods: expect.arrayContaining(['Deflate']),
      root: '',
    });
    expect(info.verdict.facts?.uncompressedBytes).toBeGreaterThan(30_000);
    expect(info.requests).toBe(2);
    expect(server.requests.map((r) => r.range)).toEqual([
      'bytes=0-3',
      `bytes=0-${(info.sizeBytes ?? 0) - 1}`,
    ]);
  });

  it('a build inside a folder: the root and the project name', async () => {
    const info = await check(server.url('range', 'wrapped.zip'));
    expect(info.verdict.facts).toMatchObject({ projectName: 'Shooter', root: 'Windows/' });
  });

  it('20,000 entries: at most 4 requests and 2.5 MB', async () => {
    const info = await check(server.url('range', 'many.zip'));
    expect(info.inspected).toBe(true);
    expect(info.verdict.facts?.files).toBe(20_012);
    expect(info.requests).toBeLessThanOrEqual(4);
    expect(server.bodyBytes).toBeLessThanOrEqual(2.5e6);
  });

  it('a 25 GB sparse Zip64 archive: at most 3 requests and 256 KiB, and a size warning', async () => {
    const info = await check(server.url('range', 'zip64.zip'));
    expect(info.inspected).toBe(true);
    expect(info.sizeBytes).toBe(25e9);
    expect(info.verdict.facts?.projectName).toBe('Game');
    expect(codes(info)).toEqual(['over-size-limit']);
    expect(info.requests).toBeLessThanOrEqual(3);
    expect(server.bodyBytes).toBeLessThanOrEqual(256 * KiB);
  });

  it('backslashes in names: a warning, the upload goes ahead', async () => {
    const info = await check(server.url('range', 'backslash.zip'));
    expect(codes(info)).toEqual(['backslash-names']);
    expect(info.verdict.warnings[0]?.title).toBe('file-url has backslashes in its names');
  });

  (has7z ? it : it.skip)('Deflate64 (7-Zip): an uncommon-compression warning', async () => {
    const info = await check(server.url('range', 'deflate64.zip'));
    expect(codes(info)).toEqual(['unusual-compression']);
    expect(info.verdict.facts?.methods).toContain('Deflate64');
  });
});

describe('a build Streampixel would reject is refused, nothing uploaded', () => {
  it.each([
    [
      'encrypted (zip -P)',
      'encrypted.zip',
      'encrypted-entries',
      'file-url is a password-protected zip',
    ],
    [
      'the project, not a build',
      'project.zip',
      'project-not-build',
      'file-url is an Unreal project, not a packaged build',
    ],
    ['no game .exe', 'noexe.zip', 'no-executable', 'file-url has no game executable'],
    ['cut in half', 'half.zip', 'zip-truncated', 'file-url is not a complete zip'],
    ['cut inside the end record', 'cut-end.zip', 'zip-truncated', 'file-url is not a complete zip'],
  ])('%s', async (_label, file, code, title) => {
    const failure = await refusal(server.url('range', file));
    expect(failure).toMatchObject({ code, title });
    expect(failure.details.input).toBe('file-url');
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('a truncated zip reads as cut short, not as "not a zip"', async () => {
    const failure = await refusal(server.url('range', 'half.zip'));
    expect(failure.message).toMatch(/cut short/);
    expect(failure.message).not.toMatch(/not a zip/);
  });

  it('the command line names its flag, in the title and the hint', async () => {
    const terms = cliTerms({ env: {}, fromEnv: [] });
    const failure = await refusal(server.url('range', 'half.zip'), { terms });
    expect(failure.title).toBe('--file-url is not a complete zip');
    expect(`${failure.title} ${failure.message} ${failure.hint}`).not.toMatch(/(^|[^-])file-url/);
    const info = await checkArtifact(server.url('range', 'backslash.zip'), options({ terms }));
    expect(info.verdict.warnings[0]?.title).toBe('--file-url has backslashes in its names');
  });

  it('the project refusal carries the facts', async () => {
    const failure = await refusal(server.url('range', 'project.zip'));
    expect(failure.facts?.executables).toEqual([]);
    expect(failure.facts?.entries).toBeGreaterThan(5);
  });

  it('not a zip, a web page: refused on the first request', async () => {
    for (const [file, title] of [
      ['not-a-zip.bin', 'file-url is not a zip'],
      ['page.html', 'file-url is a web page'],
    ] as const) {
      server.reset();
      expect((await refusal(server.url('range', file))).title).toBe(title);
      expect(server.requests).toHaveLength(1);
    }
  });
});

describe('the content type: the bytes decide', () => {
  it('a real zip served as text/html is a zip, with a warning about the type', async () => {
    const info = await check(server.url('html', 'ue5.zip'));
    expect(info.inspected).toBe(true);
    expect(codes(info)).toEqual(['content-type']);
    expect(info.verdict.warnings[0]?.title).toBe('file-url is served as text/html');
    expect(info.verdict.warnings[0]?.hint).toContain('--content-type application/zip');
  });

  it('an HTML page served as text/html is a web page', async () => {
    const failure = await refusal(server.url('html', 'page.html'));
    expect(failure.title).toBe('file-url is a web page');
  });
});

describe('a server that ignores Range', () => {
  it('25 GB: a few KiB read, today\'s verdict, "not inspected" saying why', async () => {
    const info = await checkArtifact(server.url('norange', 'zip64.zip'), options());
    expect(info.inspected).toBe(false);
    expect(info.sizeBytes).toBe(25e9);
    expect(info.verdict.facts).toBeUndefined();
    expect(codes(info)).toEqual(['not-inspected']);
    expect(info.verdict.warnings[0]?.message).toContain('the server ignores Range requests');
    expect(info.verdict.warnings[0]?.hint).toContain('check-file-url: false');
    expect(info.requests).toBe(1);
    expect(info.bytesRead).toBeLessThanOrEqual(4 * KiB);
    expect(server.requests).toHaveLength(1);
    await server.settle();
    // What the server handed its socket before the connection was dropped, headers included.
    expect(server.wireBytes).toBeLessThanOrEqual(1024 * KiB);
  });

  it('a small whole file within 4 KiB is listed from that one answer', async () => {
    const info = await checkArtifact(server.url('norange', 'backslash.zip'), options());
    expect(info.inspected).toBe(true);
    expect(info.requests).toBe(1);
  });
});

describe('storage errors are named, with a remedy per code', () => {
  const query = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${SIGNATURE}`;
  it.each([
    ['SignatureDoesNotMatch', 403, /altered after signing/, /pass it unmodified/],
    [
      'InvalidAccessKeyId',
      403,
      /does not exist at this endpoint/,
      /credentials of the storage service/,
    ],
    ['AccessDenied', 403, /lacks s3:GetObject/, /s3:GetObject/],
    ['ExpiredToken', 400, /session .* has expired/, /role-duration-seconds/],
    ['RequestTimeTooSkewed', 403, /clock/, /NTP/],
    ['AuthenticationFailed', 403, /SAS token/, /SAS/],
  ])('%s', async (code, status, why, hint) => {
    const failure = await refusal(server.url('s3error', code, query));
    expect(failure.title).toBe(`file-url refused (${code})`);
    expect(failure.details.httpStatus).toBe(status);
    expect(failure.message).toMatch(why);
    expect(failure.message).toContain(`HTTP ${status} ${code}: "Refused: ${code}.`);
    expect(failure.hint).toMatch(hint);
    expect(`${failure.message} ${failure.hint}`).not.toContain(SIGNATURE);
    expect(failure.message).toContain('***');
    expect(server.requests).toHaveLength(1);
  });

  it('AccessDenied "Request has expired": the expiry remedy', async () => {
    const failure = await refusal(server.url('s3error', 'AccessDenied', `${query}&expired=1`));
    expect(failure.message).toContain('the presigned URL has expired');
  });
});

describe('the presigned URL, read before any request', () => {
  const amzDate = (ms: number): string =>
    new Date(ms)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const presigned = (signedAt: number, expires: number, extra = ''): string =>
    server.url(
      'range',
      'ue5.zip',
      `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${amzDate(signedAt)}&X-Amz-Expires=${expires}&X-Amz-Signature=${SIGNATURE}${extra}`,
    );

  it('expired: refused with when, and nothing is requested', async () => {
    const failure = await refusal(presigned(Date.now() - 2 * 3600_000, 3600));
    expect(failure.title).toBe('file-url has expired');
    expect(failure.message).toMatch(/expired at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(6\d min ago\)/);
    expect(failure.hint).toContain('in the same job');
    expect(server.requests).toEqual([]);
  });

  it('expiring within the hour, signed with a session: two warnings, inspected', async () => {
    const info = await check(presigned(Date.now(), 600, '&X-Amz-Security-Token=FwoGZXIvYXdzEBY'));
    expect(info.inspected).toBe(true);
    expect(codes(info)).toEqual(['url-expires-soon', 'url-temporary-credentials']);
    expect(info.verdict.warnings[1]?.hint).toContain('role-duration-seconds');
    expect(info.expiry?.scheme).toBe('aws-sigv4');
  });
});

describe('the URL this run presigned for path', () => {
  const cli = cliTerms({ env: {}, fromEnv: [] });
  const signed = (file: string, expires = 600): string =>
    server.url(
      'range',
      file,
      `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(
          /\.\d{3}/,
          '',
        )}&X-Amz-Expires=${expires}&X-Amz-Security-Token=FwoGZXIvYXdzEBY&X-Amz-Signature=${SIGNATURE}`,
    );

  it('no expiry warnings and no presigning advice: the storage step judged the expiry', async () => {
    const info = await check(signed('ue5.zip'), { source: 'path', terms: cli });
    expect(info.inspected).toBe(true);
    expect(info.verdict.warnings).toEqual([]);
  });

  it("the listing's warnings are not said again: the storage step judged the build before the upload", async () => {
    const info = await check(server.url('range', 'backslash.zip'), { source: 'path', terms: cli });
    expect(info.inspected).toBe(true);
    expect(info.verdict.warnings).toEqual([]);
  });

  it('a refusal names --path and points at the storage settings, not at presigning', async () => {
    const query = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${SIGNATURE}`;
    const failure = await refusal(server.url('s3error', 'AccessDenied', query), {
      source: 'path',
      terms: cli,
    });
    expect(failure.title).toBe('--path refused (AccessDenied)');
    expect(failure.details.input).toBe('path');
    expect(failure.hint).toContain('This run uploaded the object and presigned the URL itself');
    expect(failure.hint).toContain('--s3-endpoint and --s3-region');
    expect(`${failure.message} ${failure.hint}`).not.toMatch(/file-url|presign it|aws s3 presign/i);
  });

  it("the listing's findings name --path", async () => {
    const failure = await refusal(signed('project.zip'), { source: 'path', terms: cli });
    expect(failure.title).toMatch(/^--path is an Unreal project/);
    expect(`${failure.title} ${failure.message} ${failure.hint}`).not.toContain('file-url');
  });
});

describe('time to a verdict', () => {
  it('the default budget: at most 8 s a request and 20 s in all', () => {
    expect(DEFAULT_CHECK_BUDGET.requestMs).toBeLessThanOrEqual(8_000);
    expect(DEFAULT_CHECK_BUDGET.totalMs).toBeLessThanOrEqual(20_000);
  });

  it('a stalled host: the verdict comes within the total budget, retries included', async () => {
    const budget = { requestMs: 400, totalMs: 1_000 };
    const started = Date.now();
    const failure = await refusal(server.url('stall', 'ue5.zip'), { budget });
    const elapsed = Date.now() - started;
    expect(failure.title).toBe('file-url unreachable');
    expect(failure.message).toMatch(
      /gave up after 1\.\d s; the check allows 0\.4 s a request and 1\.0 s in all/,
    );
    expect(elapsed).toBeGreaterThanOrEqual(budget.totalMs - 50);
    expect(elapsed).toBeLessThan(budget.totalMs + 500);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('timeout-seconds shorter than the budget still applies to each request', async () => {
    const started = Date.now();
    await refusal(server.url('stall', 'ue5.zip'), { timeoutMs: 200, maxAttempts: 1 });
    expect(Date.now() - started).toBeLessThan(700);
  });

  it('a host that stalls on the end of the file: not inspected, the upload goes ahead', async () => {
    const budget = { requestMs: 300, totalMs: 900 };
    const info = await check(server.url('stalltail', 'many.zip'), { budget });
    expect(info.inspected).toBe(false);
    expect(info.verdict.warnings[0]?.message).toMatch(/ran out|no complete answer/);
  });
});

describe('never followed', () => {
  it('a redirect is refused, not followed', async () => {
    const failure = await refusal(server.url('redirect', 'ue5.zip'));
    expect(failure.title).toBe('file-url redirects');
    expect(server.requests).toHaveLength(1);
  });
});

describe('zip names without the UTF-8 flag', () => {
  /** A stored zip of one empty file named by `name`, flag bit 11 clear. */
  function oneName(name: Buffer): Buffer {
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
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length, 16);
    return Buffer.concat([local, name, central, name, end]);
  }

  it('valid UTF-8 (Info-ZIP on Linux) decodes as UTF-8; anything else as CP437', async () => {
    const utf8 = await readZipListing(bufferRangeReader(oneName(Buffer.from('Spiel/Über.exe'))));
    expect(utf8.entries[0]?.name).toBe('Spiel/Über.exe');
    const cp437 = await readZipListing(bufferRangeReader(oneName(Buffer.from([0x81, 0x2e, 0x65]))));
    expect(cp437.entries[0]?.name).toBe('ü.e');
  });
});
