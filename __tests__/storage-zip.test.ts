import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  compareNames,
  isStored,
  listBuild,
  zipEntryName,
  zipStream,
} from '../src/storage/zip-stream.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'storage-zip-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small packaged-build-shaped folder. */
async function makeBuild(root: string): Promise<void> {
  await fs.mkdir(path.join(root, 'Game/Content/Paks'), { recursive: true });
  await fs.mkdir(path.join(root, 'Engine/Empty'), { recursive: true });
  await fs.mkdir(path.join(root, 'Game/Binaries/Win64'), { recursive: true });
  await fs.writeFile(path.join(root, 'Game.exe'), 'MZ launcher');
  await fs.writeFile(path.join(root, 'Game/Binaries/Win64/Game-Win64-Shipping.exe'), 'MZ game');
  await fs.writeFile(
    path.join(root, 'Game/Content/Paks/Game-Windows.pak'),
    Buffer.alloc(70_000, 7),
  );
  await fs.writeFile(path.join(root, 'Game/Content/Paks/Game-Windows.ucas'), Buffer.alloc(1000, 1));
  await fs.writeFile(path.join(root, 'Game/Config.ini'), 'x=1\n'.repeat(5000));
  await fs.writeFile(path.join(root, 'Game-Readme.txt'), 'readme');
  await fs.symlink(path.join(root, 'Game.exe'), path.join(root, 'link-to-file.exe'));
  await fs.symlink(path.join(root, 'Game'), path.join(root, 'link-to-dir'));
  await fs.symlink(path.join(root, 'missing'), path.join(root, 'broken-link'));
}

describe('zip entry names', () => {
  it('are relative with forward slashes, on POSIX and Windows paths alike', () => {
    expect(zipEntryName('/b/Windows', '/b/Windows/Game/Content/x.pak', path.posix)).toBe(
      'Game/Content/x.pak',
    );
    expect(
      zipEntryName('C:\\Builds\\Windows', 'C:\\Builds\\Windows\\Game\\Content\\x.pak', path.win32),
    ).toBe('Game/Content/x.pak');
    expect(
      zipEntryName(
        '\\\\?\\C:\\Builds\\Windows',
        '\\\\?\\C:\\Builds\\Windows\\Game\\Content\\Paks\\Game-Windows.pak',
        path.win32,
      ),
    ).toBe('Game/Content/Paks/Game-Windows.pak');
    // Mixed separators, as tools on Windows produce.
    expect(zipEntryName('C:/Builds/Windows', 'C:\\Builds\\Windows/Game\\a.txt', path.win32)).toBe(
      'Game/a.txt',
    );
  });

  it('refuse paths outside the folder', () => {
    expect(() => zipEntryName('/b/Windows', '/b/Other/x', path.posix)).toThrow(/not inside/);
    expect(() => zipEntryName('C:\\B', 'D:\\B\\x', path.win32)).toThrow(/not inside/);
  });
});

describe('stored or deflated', () => {
  it.each([
    ['Game/Content/Paks/Game-Windows.pak', true],
    ['Game/Content/Paks/global.UCAS', true],
    ['Game/Content/Paks/global.utoc', true],
    ['Game/Content/Movies/intro.bk2', true],
    ['a.mp4', true],
    ['a.webm', true],
    ['a.mp3', true],
    ['a.ogg', true],
    ['a.wem', true],
    ['a.bnk', true],
    ['a.png', true],
    ['a.JPG', true],
    ['a.zip', true],
    ['a.7z', true],
    ['a.gz', true],
    ['Game.exe', false],
    ['Engine/Binaries/x.dll', false],
    ['Game/Config/DefaultEngine.ini', false],
    ['Manifest_NonUFSFiles_Win64.txt', false],
    ['noext', false],
  ])('%s → stored %s', (name, stored) => {
    expect(isStored(name)).toBe(stored);
  });
});

describe('listing a build folder', () => {
  it('is sorted byte-wise, follows links to files only, keeps empty folders', async () => {
    const root = path.join(dir, 'list');
    await makeBuild(root);
    const listing = await listBuild(root);
    const names = listing.entries.map((e) => e.name);
    expect(names).toEqual([...names].sort(compareNames));
    // Byte order: '-' (0x2d) < '.' (0x2e) < '/' (0x2f) < 'E' < 'G' < 'l'.
    expect(names).toEqual([
      'Engine/Empty/',
      'Game-Readme.txt',
      'Game.exe',
      'Game/Binaries/Win64/Game-Win64-Shipping.exe',
      'Game/Config.ini',
      'Game/Content/Paks/Game-Windows.pak',
      'Game/Content/Paks/Game-Windows.ucas',
      'link-to-file.exe',
    ]);
    expect(listing.exes).toEqual([
      'Game.exe',
      'Game/Binaries/Win64/Game-Win64-Shipping.exe',
      'link-to-file.exe',
    ]);
    expect(listing.files).toBe(7);
    expect(listing.totalBytes).toBe(11 + 7 + 70_000 + 1000 + 20_000 + 6 + 11);
    expect(listing.skipped).toEqual([
      'broken-link: a broken symbolic link',
      'link-to-dir: a symbolic link to a folder (links are followed to files only)',
    ]);
  });

  it('sorts names byte-wise, not by locale', () => {
    const names = ['b', 'B', 'a/b', 'a-b', 'ä', 'a.b', 'Z'];
    expect(names.sort(compareNames)).toEqual(['B', 'Z', 'a-b', 'a.b', 'a/b', 'b', 'ä']);
  });
});

describe('the zip stream', () => {
  let zipPath: string;
  beforeAll(async () => {
    const root = path.join(dir, 'zip');
    await makeBuild(root);
    zipPath = path.join(dir, 'out.zip');
    await pipeline(zipStream((await listBuild(root)).entries), createWriteStream(zipPath));
  });

  it('lists with forward slashes in order (unzip -Z1)', () => {
    const listed = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual([
      'Engine/Empty/',
      'Game-Readme.txt',
      'Game.exe',
      'Game/Binaries/Win64/Game-Win64-Shipping.exe',
      'Game/Config.ini',
      'Game/Content/Paks/Game-Windows.pak',
      'Game/Content/Paks/Game-Windows.ucas',
      'link-to-file.exe',
    ]);
    // Every entry's CRC and size check out.
    expect(execFileSync('unzip', ['-tq', zipPath], { encoding: 'utf8' })).toMatch(/No errors/);
  });

  it('stores what is compressed and deflates the rest, with a fixed date (python zipfile)', () => {
    const script = [
      'import json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'print(json.dumps([[i.filename, i.compress_type, list(i.date_time), i.file_size] for i in z.infolist()]))',
    ].join('\n');
    const out = execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' });
    const infos = JSON.parse(out) as [string, number, number[], number][];
    const method = Object.fromEntries(infos.map(([n, m]) => [n, m]));
    expect(method).toEqual({
      'Engine/Empty/': 0,
      'Game-Readme.txt': 8,
      'Game.exe': 8,
      'Game/Binaries/Win64/Game-Win64-Shipping.exe': 8,
      'Game/Config.ini': 8,
      'Game/Content/Paks/Game-Windows.pak': 0,
      'Game/Content/Paks/Game-Windows.ucas': 0,
      'link-to-file.exe': 8,
    });
    for (const [, , date] of infos) expect(date).toEqual([1980, 1, 1, 0, 0, 0]);
    expect(infos.find(([n]) => n === 'link-to-file.exe')?.[3]).toBe(11);
  });

  it('is byte-for-byte reproducible', async () => {
    const root = path.join(dir, 'zip');
    const again = path.join(dir, 'again.zip');
    await pipeline(zipStream((await listBuild(root)).entries), createWriteStream(again));
    expect(Buffer.compare(await fs.readFile(zipPath), await fs.readFile(again))).toBe(0);
  });

  it('fails when a file changes size after listing', async () => {
    const root = path.join(dir, 'changing');
    await makeBuild(root);
    const listing = await listBuild(root);
    await fs.appendFile(path.join(root, 'Game/Config.ini'), 'more');
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    await expect(pipeline(zipStream(listing.entries), sink)).rejects.toThrow(/unexpected number/);
  });

  it('fails when a file disappears after listing', async () => {
    const root = path.join(dir, 'vanishing');
    await makeBuild(root);
    const listing = await listBuild(root);
    await fs.rm(path.join(root, 'Game/Config.ini'));
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    await expect(pipeline(zipStream(listing.entries), sink)).rejects.toThrow(/ENOENT/);
  });
});
