import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findingForFormatError,
  judgeListing,
  methodName,
  type Verdict,
} from '../src/artifact/rules.js';
import {
  readZipListing,
  ZipFormatError,
  type ZipEntry,
  type ZipListing,
} from '../src/artifact/zip.js';
import {
  fileRangeReader,
  hasTool,
  makeUe5Build,
  makeUe5Project,
  pythonZip,
  zipWith,
  type ZipMethod,
  type ZipTool,
} from './fixtures/zips.js';

let tmp: string;
let n = 0;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'artifact-rules-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Zips what `fill` writes with `tool`, lists it and judges it. */
async function judgeZip(
  fill: (dir: string) => void,
  tool: ZipTool = 'zip',
  options: { method?: ZipMethod; password?: string } = {},
): Promise<Verdict> {
  const dir = join(tmp, String(n++));
  const src = join(dir, 'src');
  mkdirSync(src, { recursive: true });
  fill(src);
  const out = join(dir, 'build.zip');
  zipWith(tool, src, out, options);
  return judgePath(out);
}

async function judgePath(path: string): Promise<Verdict> {
  const reader = await fileRangeReader(path);
  try {
    return judgeListing(await readZipListing(reader), statSync(path).size);
  } finally {
    await reader.close();
  }
}

function entry(name: string, extra: Partial<ZipEntry> = {}): ZipEntry {
  return {
    name,
    compressedSize: 10,
    uncompressedSize: 20,
    method: 8,
    encrypted: false,
    isDirectory: name.endsWith('/'),
    localHeaderOffset: 0,
    nameHasBackslash: name.includes('\\'),
    ...extra,
  };
}

function listing(entries: ZipEntry[], extra: Partial<ZipListing> = {}): ZipListing {
  return {
    entries,
    zip64: false,
    centralDirectoryOffset: 0,
    centralDirectorySize: 0,
    trailingBytes: 0,
    comment: '',
    requests: 1,
    bytesRead: 0,
    ...extra,
  };
}

const codes = (findings: { code: string }[]): string[] => findings.map((f) => f.code);
const BUILD = [
  'Game.exe',
  'Game/Binaries/Win64/Game-Win64-Shipping.exe',
  'Game/Content/Paks/Game-Windows.pak',
];

describe('judgeListing on real archives', () => {
  it('accepts a packaged UE5 build and names its project', async () => {
    const verdict = await judgeZip((dir) => makeUe5Build(dir, { project: 'Lyra' }));
    expect(verdict.errors).toEqual([]);
    expect(verdict.warnings).toEqual([]);
    expect(verdict.facts).toMatchObject({
      projectName: 'Lyra',
      root: '',
      files: 12,
      methods: expect.arrayContaining(['Deflate']) as unknown,
    });
    expect(verdict.facts.executables.slice(0, 2)).toEqual([
      'Lyra.exe',
      'Lyra/Binaries/Win64/Lyra-Win64-Shipping.exe',
    ]);
    expect(verdict.facts.executables).toContain('Engine/Binaries/Win64/CrashReportClient.exe');
    expect(verdict.facts.uncompressedBytes).toBeGreaterThan(30_000);
  });

  it('says the build sits inside Windows/', async () => {
    const verdict = await judgeZip((dir) => makeUe5Build(dir, { wrapIn: 'Windows' }));
    expect(verdict.errors).toEqual([]);
    expect(verdict.facts).toMatchObject({ projectName: 'Game', root: 'Windows/' });
  });

  it('rejects the project files instead of a packaged build', async () => {
    const verdict = await judgeZip((dir) => makeUe5Project(dir));
    expect(codes(verdict.errors)).toEqual(['project-not-build']);
    const [error] = verdict.errors;
    expect(error?.title).toMatch(/^file-url /);
    expect(error?.message).toContain('"Game.uproject"');
    expect(error?.message).toContain('Source/');
    expect(error?.hint).toContain('Package Project');
  });

  it('rejects encrypted entries, naming a few', async () => {
    const verdict = await judgeZip((dir) => makeUe5Build(dir), 'zip', { password: 'pw' });
    expect(codes(verdict.errors)).toEqual(['encrypted-entries']);
    expect(verdict.errors[0]?.message).toMatch(
      /^12 files of 12 in the zip are encrypted: ".+" and 7 more\./,
    );
  });

  (hasTool('7z') ? it : it.skip)('warns about Deflate64 and LZMA, by name', async () => {
    for (const method of ['Deflate64', 'LZMA'] as const) {
      const verdict = await judgeZip((dir) => makeUe5Build(dir), '7z', { method });
      expect(verdict.errors).toEqual([]);
      expect(codes(verdict.warnings)).toEqual(['unusual-compression']);
      expect(verdict.warnings[0]?.message).toContain(`${method} (`);
      expect(verdict.warnings[0]?.message).toContain('Many extractors cannot unpack them');
      expect(verdict.facts.methods).toContain(method);
    }
  });

  it('warns about backslash names (Compress-Archive in Windows PowerShell 5.1)', async () => {
    const out = join(tmp, 'backslash.zip');
    pythonZip(
      out,
      BUILD.map((name) => ({ name: name.replace(/\//g, '\\'), text: 'x' })),
    );
    const verdict = await judgePath(out);
    expect(verdict.errors).toEqual([]);
    expect(codes(verdict.warnings)).toEqual(['backslash-names']);
    expect(verdict.warnings[0]?.hint).toContain('tar -a -c -f build.zip *');
    expect(verdict.facts.projectName).toBe('Game');
  });

  it('rejects a zip with no executable', async () => {
    const verdict = await judgeZip((dir) => {
      makeUe5Build(dir);
      rmSync(join(dir, 'Game.exe'));
      rmSync(join(dir, 'Game/Binaries'), { recursive: true });
    });
    expect(codes(verdict.errors)).toEqual(['no-executable']);
    // Engine tools are named, and do not count.
    expect(verdict.errors[0]?.message).toContain('CrashReportClient.exe');
    expect(verdict.facts.projectName).toBeUndefined();
  });
});

describe('judgeListing on listings', () => {
  it('warns about trailing bytes', () => {
    const verdict = judgeListing(
      listing(
        BUILD.map((name) => entry(name)),
        { trailingBytes: 512 },
      ),
      1000,
    );
    expect(codes(verdict.warnings)).toEqual(['trailing-bytes']);
    expect(verdict.warnings[0]?.message).toMatch(/^512 bytes follow/);
  });

  it('warns over 24 GB and names the 30 GB cap, pointing at debug files', () => {
    const entries = [
      ...BUILD.map((name) => entry(name)),
      entry('Game/Binaries/Win64/Game-Win64-Shipping.pdb', { compressedSize: 2e9 }),
    ];
    expect(judgeListing(listing(entries), 24e9).warnings).toEqual([]);
    const over = judgeListing(listing(entries), 25.3e9).warnings;
    expect(codes(over)).toEqual(['over-size-limit']);
    expect(over[0]?.message).toContain('25.3 GB');
    expect(over[0]?.message).toContain('24 GB');
    expect(over[0]?.message).toContain('30 GB');
    expect(over[0]?.hint).toContain('1 .pdb debug file (2.0 GB compressed)');
    expect(judgeListing(listing(entries), 31e9).warnings[0]?.message).toContain('over both');
  });

  it('names at most five entries, each capped at 100 characters', () => {
    const long = 'x'.repeat(5000);
    const entries = [
      ...BUILD.map((name) => entry(name)),
      ...Array.from({ length: 40 }, (_, i) =>
        entry(`Game/Content/${long}${i}.uasset`, { encrypted: true }),
      ),
    ];
    const [error] = judgeListing(listing(entries), 1000).errors;
    expect(error?.message.length).toBeLessThan(800);
    expect(error?.message).toContain('and 35 more');
    expect(error?.message).toContain(`"Game/Content/${'x'.repeat(87)}…"`);
  });

  it('finds the project from the launcher alone, and ignores prerequisite installers', () => {
    const verdict = judgeListing(
      listing([
        entry('Shooter.exe'),
        entry('Engine/Extras/Redist/en-us/UEPrereqSetup_x64.exe'),
        entry('Shooter/Content/Paks/Shooter-Windows.pak'),
      ]),
      1000,
    );
    expect(verdict.errors).toEqual([]);
    expect(verdict.facts).toMatchObject({ projectName: 'Shooter', root: '' });
    expect(verdict.facts.executables).toEqual([
      'Shooter.exe',
      'Engine/Extras/Redist/en-us/UEPrereqSetup_x64.exe',
    ]);
  });

  it('does not mistake a build with loose cooked content for a project', () => {
    const verdict = judgeListing(
      listing([
        ...BUILD.slice(0, 2).map((name) => entry(name)),
        entry('Game/Content/Maps/Main.umap'),
        entry('Game/Content/Foo.uasset'),
      ]),
      1000,
    );
    expect(verdict.errors).toEqual([]);
  });

  it('reports an empty zip as having no executable', () => {
    const verdict = judgeListing(listing([]), 22);
    expect(codes(verdict.errors)).toEqual(['no-executable']);
    expect(verdict.facts).toMatchObject({ entries: 0, files: 0, root: '', methods: [] });
  });

  it('names compression methods (APPNOTE 4.4.5)', () => {
    expect([0, 8, 9, 12, 14, 93, 95, 98, 99, 42].map(methodName)).toEqual([
      'Store',
      'Deflate',
      'Deflate64',
      'bzip2',
      'LZMA',
      'Zstandard',
      'xz',
      'PPMd',
      'AES-encrypted',
      'method 42',
    ]);
    const verdict = judgeListing(
      listing([
        ...BUILD.map((name) => entry(name)),
        entry('a.bin', { method: 93 }),
        entry('b.bin', { method: 98 }),
      ]),
      1,
    );
    expect(verdict.warnings[0]?.message).toMatch(
      /Zstandard \(1 file, e\.g\. "a\.bin"\); PPMd \(1 file, e\.g\. "b\.bin"\)/,
    );
  });
});

describe('findingForFormatError', () => {
  it('gives every kind an actionable finding', () => {
    for (const kind of [
      'no-end-record',
      'truncated',
      'inconsistent',
      'bad-central-directory',
      'too-large',
    ] as const) {
      const finding = findingForFormatError(new ZipFormatError(kind, 'Something specific.'));
      expect(finding.title).toMatch(/^file-url /);
      expect(finding.message).toContain('Something specific.');
      expect(finding.hint.length).toBeGreaterThan(40);
      expect(finding.code).toMatch(/^zip-/);
    }
    expect(findingForFormatError(new ZipFormatError('truncated', 'x')).title).toBe(
      'file-url is not a complete zip',
    );
  });
});
