import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeCp437,
  type ReadZipListingOptions,
  readZipListing,
  ZipFormatError,
  type ZipListing,
} from '../src/artifact/zip.js';
import {
  bufferRangeReader,
  fileRangeReader,
  hasTool,
  makeManyFiles,
  makeUe5Build,
  pythonListing,
  pythonZip,
  unzipNames,
  writeSparseZip64,
  writeZip64,
  zipWith,
  type ZipTool,
} from './fixtures/zips.js';

let tmp: string;
let n = 0;
const fresh = (label: string): string => {
  const dir = join(tmp, `${n++}-${label}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'artifact-zip-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function list(
  path: string,
  options?: ReadZipListingOptions,
): Promise<ZipListing & { readerRequests: number; readerBytes: number }> {
  const reader = await fileRangeReader(path);
  try {
    const listing = await readZipListing(reader, options);
    // What the listing counts is what went through the reader.
    expect(listing.requests).toBe(reader.requests);
    expect(listing.bytesRead).toBe(reader.bytes);
    return { ...listing, readerRequests: reader.requests, readerBytes: reader.bytes };
  } finally {
    await reader.close();
  }
}

async function formatError(path: string, options?: ReadZipListingOptions): Promise<ZipFormatError> {
  const reader = await fileRangeReader(path);
  try {
    await readZipListing(reader, options);
  } catch (err) {
    if (err instanceof ZipFormatError) return err;
    throw err;
  } finally {
    await reader.close();
  }
  throw new Error(`${path} listed without error`);
}

/** Our listing must agree with Python's zipfile on every entry. */
function expectSameAsPython(listing: ZipListing, path: string): void {
  const reference = pythonListing(path);
  expect(
    listing.entries.map((e) => ({
      name: e.name,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
      method: e.method,
      encrypted: e.encrypted,
      localHeaderOffset: e.localHeaderOffset,
    })),
  ).toEqual(reference);
}

const tools: ZipTool[] = ['zip', '7z', 'python'];

describe('readZipListing on real archives', () => {
  for (const tool of tools) {
    const run = hasTool(tool === 'python' ? 'python3' : tool) ? it : it.skip;
    run(`lists a packaged UE5 build zipped by ${tool}, as Python and unzip do`, async () => {
      const src = fresh('ue5');
      const files = makeUe5Build(src);
      const out = join(fresh('out'), 'build.zip');
      zipWith(tool, src, out);
      const listing = await list(out);
      expectSameAsPython(listing, out);
      expect(listing.entries.map((e) => e.name)).toEqual(unzipNames(out));
      const fileNames = listing.entries.filter((e) => !e.isDirectory).map((e) => e.name);
      expect(fileNames.sort()).toEqual([...files].sort());
      for (const dir of listing.entries.filter((e) => e.isDirectory)) {
        expect(dir.name).toMatch(/\/$/);
      }
      expect(listing).toMatchObject({ zip64: false, trailingBytes: 0, comment: '', requests: 1 });
      expect(listing.bytesRead).toBe(statSync(out).size);
    });
  }

  it('lists a build wrapped in Windows/', async () => {
    const src = fresh('wrapped');
    makeUe5Build(src, { wrapIn: 'Windows' });
    const out = join(fresh('out'), 'build.zip');
    zipWith('zip', src, out);
    const listing = await list(out);
    expectSameAsPython(listing, out);
    expect(listing.entries.every((e) => e.name.startsWith('Windows/'))).toBe(true);
  });

  const methods: Array<[ZipTool, 'store' | 'Deflate64' | 'LZMA' | 'bzip2', number]> = [
    ['zip', 'store', 0],
    ['zip', 'bzip2', 12],
    ['7z', 'Deflate64', 9],
    ['7z', 'LZMA', 14],
    ['7z', 'bzip2', 12],
    ['python', 'LZMA', 14],
  ];
  for (const [tool, method, number] of methods) {
    const run = hasTool(tool === 'python' ? 'python3' : tool) ? it : it.skip;
    run(`reports method ${number} for ${method} by ${tool}`, async () => {
      const src = fresh('m');
      makeUe5Build(src);
      const out = join(fresh('out'), 'build.zip');
      zipWith(tool, src, out, { method });
      const listing = await list(out);
      expectSameAsPython(listing, out);
      const fileMethods = new Set(
        listing.entries.filter((e) => !e.isDirectory).map((e) => e.method),
      );
      // Tools may store tiny files rather than compress them.
      expect([...fileMethods]).toContain(number);
    });
  }

  it('flags entries encrypted by zip -P', async () => {
    const src = fresh('enc');
    makeUe5Build(src);
    const out = join(fresh('out'), 'build.zip');
    zipWith('zip', src, out, { password: 'secret' });
    const listing = await list(out);
    expectSameAsPython(listing, out);
    expect(listing.entries.filter((e) => !e.isDirectory).every((e) => e.encrypted)).toBe(true);
  });

  (hasTool('7z') ? it : it.skip)('flags WinZip AES entries by 7z (method 99)', async () => {
    const src = fresh('aes');
    makeUe5Build(src);
    const out = join(fresh('out'), 'build.zip');
    zipWith('7z', src, out, { password: 'secret', aes: true });
    const listing = await list(out);
    const files = listing.entries.filter((e) => !e.isDirectory);
    expect(files.every((e) => e.encrypted && e.method === 99)).toBe(true);
    expect(files.map((e) => e.name).sort()).toEqual(
      pythonListing(out)
        .map((e) => e.name)
        .filter((name) => !name.endsWith('/'))
        .sort(),
    );
  });

  it('keeps backslashes in names written that way (PowerShell 5.1 Compress-Archive style)', async () => {
    const out = join(fresh('bs'), 'build.zip');
    const names = [
      'Game.exe',
      'Game\\Binaries\\Win64\\Game-Win64-Shipping.exe',
      'Game\\Content\\Paks\\Game-Windows.pak',
    ];
    pythonZip(
      out,
      names.map((name) => ({ name, text: 'x' })),
    );
    const listing = await list(out);
    expectSameAsPython(listing, out);
    expect(listing.entries.map((e) => e.nameHasBackslash)).toEqual([false, true, true]);
  });

  it('decodes UTF-8 names (flag bit 11), CP437 names and the Info-ZIP Unicode Path field', async () => {
    const dir = fresh('names');
    const utf8 = join(dir, 'utf8.zip');
    pythonZip(utf8, [{ name: 'Maps/Café_地図.umap', text: 'x' }]);
    expect((await list(utf8)).entries[0]?.name).toBe('Maps/Café_地図.umap');

    // CP437: write an ASCII placeholder, then patch the byte in both headers.
    const cp437 = join(dir, 'cp437.zip');
    pythonZip(cp437, [{ name: 'Caf#.txt', text: 'x' }], 'store');
    const bytes = readFileSync(cp437);
    for (let i = bytes.indexOf('Caf#'); i >= 0; i = bytes.indexOf('Caf#', i + 1))
      bytes[i + 3] = 0x82;
    writeFileSync(cp437, bytes);
    const listing = await list(cp437);
    expect(listing.entries[0]?.name).toBe('Café.txt');
    expectSameAsPython(listing, cp437);

    // Info-ZIP Unicode Path extra field (0x7075): used while its CRC matches the raw name.
    const cases: Array<[string, string]> = [
      ['Caf\x82.txt', 'Café_地図.txt'],
      ['something else', 'Café.txt'],
    ];
    for (const [crcOf, expected] of cases) {
      const unicode = join(dir, 'unicode.zip');
      execFileSync('python3', [
        '-c',
        `import struct, sys, zipfile, zlib
utf8 = 'Café_地図.txt'.encode()
extra = struct.pack('<HHBI', 0x7075, 5 + len(utf8), 1, zlib.crc32(sys.argv[2].encode('latin1'))) + utf8
info = zipfile.ZipInfo('Caf#.txt', (2024, 1, 1, 0, 0, 0))
info.extra = extra
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr(info, 'x')`,
        unicode,
        crcOf,
      ]);
      const raw = readFileSync(unicode);
      for (let i = raw.indexOf('Caf#'); i >= 0; i = raw.indexOf('Caf#', i + 1)) raw[i + 3] = 0x82;
      writeFileSync(unicode, raw);
      expect((await list(unicode)).entries.map((e) => e.name)).toEqual([expected]);
    }
  });

  it('decodes the whole CP437 upper half', () => {
    const all = decodeCp437(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    expect(all).toHaveLength(256);
    expect(all.slice(0x80, 0x84)).toBe('Çüéâ');
    expect(all.slice(0xfc)).toBe('ⁿ²■\u00a0');
  });

  it('reads the archive comment and reports trailing bytes', async () => {
    const src = fresh('comment');
    makeUe5Build(src);
    const out = join(fresh('out'), 'build.zip');
    zipWith('zip', src, out);
    execFileSync('zip', ['-q', '-z', out], { input: 'built by CI\n' });
    expect((await list(out)).comment).toBe('built by CI');
    appendFileSync(out, Buffer.alloc(100, 0x41));
    const listing = await list(out);
    expect(listing.trailingBytes).toBe(100);
    expect(listing.comment).toBe('built by CI');
    expect(listing.entries.map((e) => e.name)).toEqual(unzipNames(out));
  });

  it('finds the end record behind a maximal comment', async () => {
    const out = join(fresh('maxcomment'), 'build.zip');
    execFileSync('python3', [
      '-c',
      `import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('Game.exe', b'MZ')
    z.comment = b'c' * 65535`,
      out,
    ]);
    const listing = await list(out);
    expect(listing.comment).toHaveLength(65535);
    expect(listing.requests).toBe(1);
    expectSameAsPython(listing, out);
  });
});

describe('readZipListing on damaged archives', () => {
  let good: string;
  let goodListing: ZipListing;
  beforeAll(async () => {
    const src = fresh('good');
    makeUe5Build(src);
    good = join(fresh('out'), 'good.zip');
    zipWith('zip', src, good);
    goodListing = await list(good);
  });
  const cutAt = (bytes: number): string => {
    const out = join(fresh('cut'), 'cut.zip');
    writeFileSync(out, readFileSync(good).subarray(0, bytes));
    return out;
  };

  it('says truncated when the end record is cut', async () => {
    const size = statSync(good).size;
    for (const cut of [1, 10, 21]) {
      expect((await formatError(cutAt(size - cut))).kind).toBe('truncated');
    }
  });

  it('says truncated when the file ends inside the central directory', async () => {
    const cut =
      goodListing.centralDirectoryOffset + Math.floor(goodListing.centralDirectorySize / 2);
    expect((await formatError(cutAt(cut))).kind).toBe('truncated');
  });

  it('says truncated or no-end-record when the file ends inside file data', async () => {
    const pak = goodListing.entries.find((e) => e.name.endsWith('.pak'));
    const cut = (pak?.localHeaderOffset ?? 0) + 5000;
    expect(['truncated', 'no-end-record']).toContain((await formatError(cutAt(cut))).kind);
  });

  it('says no-end-record for something that is not a zip', async () => {
    const out = join(fresh('html'), 'page.zip');
    writeFileSync(out, '<html><body>AccessDenied</body></html>\n'.repeat(100));
    expect((await formatError(out)).kind).toBe('no-end-record');
    writeFileSync(out, 'tiny');
    expect((await formatError(out)).kind).toBe('truncated');
  });

  it('says inconsistent when the tail is a stored inner zip whose outer end is missing', async () => {
    const inner = join(fresh('inner'), 'Game.zip');
    zipWith('zip', join(good, '..'), inner); // any zip will do; this one holds good.zip
    for (const first of [true, false]) {
      const src = fresh('outer');
      writeFileSync(join(src, 'a-big.bin'), Buffer.alloc(first ? 0 : 200_000, 7));
      writeFileSync(join(src, 'z-inner.zip'), readFileSync(inner));
      const outer = join(fresh('out'), 'outer.zip');
      zipWith('python', src, outer, { method: 'store' }); // sorted: the inner zip comes last
      const outerListing = await list(outer);
      // The outer file cut just before its central directory ends with the inner zip.
      const cut = join(fresh('cut'), 'cut.zip');
      writeFileSync(cut, readFileSync(outer).subarray(0, outerListing.centralDirectoryOffset));
      const err = await formatError(cut);
      expect(err.kind).toBe('inconsistent');
      expect(err.message).toMatch(/not the end of one zip/);
    }
  });

  it('says inconsistent when bytes were added in front', async () => {
    const out = join(fresh('prefix'), 'sfx.zip');
    writeFileSync(out, Buffer.concat([Buffer.alloc(5000, 1), readFileSync(good)]));
    expect((await formatError(out)).kind).toBe('inconsistent');
  });

  it('says bad-central-directory when the entry count is wrong', async () => {
    const bytes = readFileSync(good);
    const eocd = bytes.length - 22;
    bytes.writeUInt16LE(bytes.readUInt16LE(eocd + 8) - 1, eocd + 8);
    bytes.writeUInt16LE(bytes.readUInt16LE(eocd + 10) - 1, eocd + 10);
    const err = await readZipListing(bufferRangeReader(bytes)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipFormatError);
    expect((err as ZipFormatError).kind).toBe('bad-central-directory');
  });

  it('says bad-central-directory when a header is damaged or an entry overlaps the directory', async () => {
    const second =
      goodListing.centralDirectoryOffset + 46 + (goodListing.entries[0]?.name.length ?? 0);
    const bytes = readFileSync(good);
    // Corrupt a signature somewhere after the first header.
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), second);
    bytes[at] = 0;
    let err = await readZipListing(bufferRangeReader(bytes)).catch((e: unknown) => e);
    expect((err as ZipFormatError).kind).toBe('bad-central-directory');

    const overlap = readFileSync(good);
    const first = goodListing.centralDirectoryOffset;
    overlap.writeUInt32LE(goodListing.centralDirectoryOffset, first + 42);
    err = await readZipListing(bufferRangeReader(overlap)).catch((e: unknown) => e);
    expect((err as ZipFormatError).kind).toBe('bad-central-directory');
  });

  it('says too-large over maxCentralDirectoryBytes, before reading it', async () => {
    const err = await formatError(good, { maxCentralDirectoryBytes: 100 });
    expect(err.kind).toBe('too-large');
  });

  it('says truncated when the reader comes up short', async () => {
    const bytes = readFileSync(good);
    const reader = { size: bytes.length + 1000, read: bufferRangeReader(bytes).read };
    const err = await readZipListing(reader).catch((e: unknown) => e);
    expect((err as ZipFormatError).kind).toBe('truncated');
  });

  it('says inconsistent for a spanned archive', async () => {
    const bytes = readFileSync(good);
    bytes.writeUInt16LE(1, bytes.length - 22 + 4);
    const err = await readZipListing(bufferRangeReader(bytes)).catch((e: unknown) => e);
    expect((err as ZipFormatError).kind).toBe('inconsistent');
  });
});

describe('readZipListing request budgets', () => {
  it('lists 20,000 entries in 2 reads of under 2.5 MB (the check adds 1)', async () => {
    const src = fresh('many');
    makeUe5Build(src);
    makeManyFiles(src, 20_000);
    const out = join(fresh('out'), 'many.zip');
    zipWith('zip', src, out);
    const listing = await list(out);
    expect(listing.entries.length).toBeGreaterThan(20_000);
    expectSameAsPython(listing, out);
    console.log(
      `20,000-entry archive: ${statSync(out).size} bytes, central directory ${listing.centralDirectorySize} bytes, ${listing.requests} requests, ${listing.bytesRead} bytes read`,
    );
    expect(listing.requests).toBeLessThanOrEqual(3);
    expect(listing.bytesRead + 4096).toBeLessThanOrEqual(2_500_000);
    // Nothing read twice, nothing read past what was needed.
    expect(listing.bytesRead).toBeLessThanOrEqual(
      Math.max(128 * 1024, statSync(out).size - listing.centralDirectoryOffset),
    );
  }, 120_000);

  it('slices a large central directory', async () => {
    const src = fresh('slices');
    makeManyFiles(src, 3000);
    const out = join(fresh('out'), 'slices.zip');
    zipWith('zip', src, out);
    const listing = await list(out, { tailBytes: 1024, sliceBytes: 64 * 1024 });
    const before = statSync(out).size - 1024 - listing.centralDirectoryOffset;
    expect(listing.requests).toBe(1 + Math.ceil(before / (64 * 1024)));
    expectSameAsPython(listing, out);
  }, 60_000);

  it('uses a tail already fetched', async () => {
    const src = fresh('first');
    makeUe5Build(src);
    const out = join(fresh('out'), 'build.zip');
    zipWith('zip', src, out);
    const bytes = readFileSync(out);
    const reader = await fileRangeReader(out);
    try {
      const listing = await readZipListing(reader, {
        firstTail: bytes.subarray(bytes.length - 300),
      });
      expect(listing.entries.map((e) => e.name)).toEqual(unzipNames(out));
      expect(listing.requests).toBe(1); // only the central directory before those 300 bytes
      expect(listing.bytesRead).toBe(bytes.length - 300 - listing.centralDirectoryOffset);
      // Too short to hold the end record: the usual tail is read.
      const again = await readZipListing(reader, { firstTail: bytes.subarray(bytes.length - 4) });
      expect(again.entries).toEqual(listing.entries);
      expect(again.requests).toBe(1);
    } finally {
      await reader.close();
    }
  });
});

describe('readZipListing on Zip64 archives', () => {
  it('lists a sparse 5 GiB Zip64 archive as Python and unzip do', async () => {
    const out = join(fresh('z64'), 'big.zip');
    const size = writeSparseZip64(out, 5 * 2 ** 30);
    expect(statSync(out).size).toBe(size);
    const listing = await list(out);
    expect(listing.zip64).toBe(true);
    expectSameAsPython(listing, out);
    expect(listing.entries.map((e) => e.name)).toEqual(unzipNames(out));
    const pak = listing.entries.find((e) => e.name.endsWith('.pak'));
    expect(pak?.uncompressedSize).toBeGreaterThan(2 ** 32);
    expect(listing.entries[2]?.localHeaderOffset).toBeGreaterThan(2 ** 32);
  });

  it('lists a sparse 25 GB Zip64 archive in 1 read of under 256 KiB (the check adds 1)', async () => {
    const out = join(fresh('z64'), 'huge.zip');
    writeSparseZip64(out, 25e9);
    const listing = await list(out);
    console.log(
      `25 GB Zip64 archive: ${listing.requests} requests, ${listing.bytesRead} bytes read`,
    );
    expect(listing.requests).toBeLessThanOrEqual(2);
    expect(listing.bytesRead + 4096).toBeLessThanOrEqual(256 * 1024);
    expectSameAsPython(listing, out);
    expect(listing.entries.reduce((sum, e) => sum + e.uncompressedSize, 0)).toBeGreaterThan(24.9e9);
  });

  it('reads the Zip64 end of central directory record when the tail misses it', async () => {
    const out = join(fresh('z64'), 'big.zip');
    writeSparseZip64(out, 5 * 2 ** 30);
    const listing = await list(out, { tailBytes: 22 });
    expect(listing.zip64).toBe(true);
    expect(listing.requests).toBe(4); // tail, locator, record, central directory
    expectSameAsPython(listing, out);
  });

  it('lists a Zip64 archive Python writes (force_zip64)', async () => {
    const out = join(fresh('z64py'), 'py.zip');
    execFileSync('python3', [
      '-c',
      `import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for i in range(70000):
        z.writestr(f'Game/Content/{i}.uasset', b'')`,
      out,
    ]);
    const listing = await list(out);
    expect(listing.zip64).toBe(true);
    expect(listing.entries).toHaveLength(70000);
    expectSameAsPython(listing, out);
  }, 60_000);

  it('says inconsistent when the locator points nowhere', async () => {
    const out = join(fresh('z64'), 'bad.zip');
    const size = writeZip64(out, [{ name: 'Game.exe', size: 2, data: Buffer.from('MZ') }]);
    const bytes = readFileSync(out);
    bytes.writeBigUInt64LE(3n, size - 22 - 20 + 8);
    const err = await readZipListing(bufferRangeReader(bytes)).catch((e: unknown) => e);
    expect((err as ZipFormatError).kind).toBe('inconsistent');
    truncateSync(out, 0);
  });
});
