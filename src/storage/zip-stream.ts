/**
 * A build folder as a zip stream: listed once, in a stable order, and zipped
 * by yazl as it is read, with no temporary file.
 *
 * Why yazl rather than archiver: yazl is one small file with one dependency
 * (buffer-crc32), writes a zip straight to a stream, switches to Zip64 by
 * itself, and lets each entry choose stored or deflate. archiver brings a
 * dozen packages (zip-stream, compress-commons, readable-stream, glob, lodash
 * parts…) for formats we do not need.
 *
 * Zip64: yazl writes the Zip64 data descriptor, extra field and end records
 * when an entry's size or offset exceeds 0xfffffffe, or there are ≥ 65535
 * entries (node_modules/yazl/index.js, `Entry.prototype.useZip64Format` and
 * `getEndOfCentralDirectoryRecord`), so `forceZip64Format` is not needed.
 */
import { createReadStream, promises as fs, type ReadStream, type Stats } from 'node:fs';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import yazl from 'yazl';

/** A file (or an empty folder) to put in the zip. */
export interface BuildEntry {
  /** The name inside the zip: relative to the build folder, `/`-separated; folders end in `/`. */
  name: string;
  /** Where it is on disk. */
  absPath: string;
  kind: 'file' | 'dir';
  /** Bytes on disk (0 for a folder). */
  size: number;
  /** Whether any execute bit is set: kept so a Linux build would still run. */
  executable: boolean;
}

export interface BuildListing {
  entries: BuildEntry[];
  /** The sum of file sizes: the uncompressed size, an upper estimate of the zip's. */
  totalBytes: number;
  files: number;
  /** Paths of `.exe` files, relative, `/`-separated. */
  exes: string[];
  /** Things left out, one sentence each (symlinks to folders, broken links, sockets…). */
  skipped: string[];
}

/**
 * Extensions whose content is already compressed (or is a container that
 * compresses itself): deflating them costs CPU and saves next to nothing.
 * `.pak` is stored even when its entries are not compressed: UE reads it by
 * offset, and Streampixel's unpack only has to copy it.
 */
export const STORED_EXTENSIONS: ReadonlySet<string> = new Set([
  // Unreal Engine containers and media
  '.pak',
  '.ucas',
  '.utoc',
  '.sig',
  '.bk2',
  '.bnk',
  '.wem',
  // video / audio
  '.mp4',
  '.m4v',
  '.mov',
  '.webm',
  '.mkv',
  '.mp3',
  '.ogg',
  '.opus',
  '.m4a',
  '.aac',
  '.flac',
  // images
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.gif',
  '.ktx2',
  // archives
  '.zip',
  '.7z',
  '.gz',
  '.tgz',
  '.bz2',
  '.xz',
  '.zst',
  '.rar',
  '.cab',
]);

/** Whether a name is stored (method 0) rather than deflated (method 8). */
export function isStored(name: string): boolean {
  return STORED_EXTENSIONS.has(path.posix.extname(name).toLowerCase());
}

/**
 * A path's name inside the zip: relative to `root`, with `\` turned into `/`
 * (zip names always use `/`, APPNOTE 4.4.17). `pathApi` is `path.win32` for
 * Windows paths, including long `\\?\C:\…` ones.
 */
export function zipEntryName(
  root: string,
  file: string,
  pathApi: path.PlatformPath = path,
): string {
  const rel = pathApi.relative(root, file);
  if (!rel || rel.startsWith('..') || pathApi.isAbsolute(rel)) {
    throw new Error(`${file} is not inside ${root}`);
  }
  return rel.split(pathApi.sep).join('/').replaceAll('\\', '/');
}

/** Byte-wise order of UTF-8 names: the same on every OS and locale. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Lists a build folder. Symlinks: a link to a file is followed (archived as a
 * regular file with the target's content: UE builds do not rely on links, and
 * a CI cache linked in should still ship); a link to a folder is skipped
 * (cycles, and trees outside the build), as is a broken link, each noted in
 * `skipped`. Empty folders get an entry of their own; others are implied by
 * their files' names. Entries and exes are in compareNames order; rejects when
 * a folder cannot be read.
 */
export async function listBuild(root: string): Promise<BuildListing> {
  const listing: BuildListing = { entries: [], totalBytes: 0, files: 0, exes: [], skipped: [] };
  await walkFolder(root, root, listing);
  listing.entries.sort((a, b) => compareNames(a.name, b.name));
  listing.exes.sort(compareNames);
  return listing;
}

/**
 * Adds what folder `dir` holds to `listing`, folders depth first, in compareNames order; `dir`
 * itself as an empty folder's entry when nothing in it was kept (the build folder never).
 */
async function walkFolder(root: string, dir: string, listing: BuildListing): Promise<void> {
  const names = (await fs.readdir(dir)).sort(compareNames);
  let children = 0;
  for (const child of names) {
    const abs = path.join(dir, child);
    const name = zipEntryName(root, abs);
    const stat = await statFollowingLink(abs, name, listing.skipped);
    if (!stat) continue;
    if (stat.isDirectory()) {
      children++;
      await walkFolder(root, abs, listing);
    } else if (stat.isFile()) {
      children++;
      addFile(listing, { name, absPath: abs, stat });
    } else {
      listing.skipped.push(`${name}: not a regular file`);
    }
  }
  if (children === 0 && dir !== root) {
    listing.entries.push({
      name: `${zipEntryName(root, dir)}/`,
      absPath: dir,
      kind: 'dir',
      size: 0,
      executable: true,
    });
  }
}

/**
 * What is at `abs` (`name` in the zip), a symbolic link followed to its file; undefined for a
 * broken link or a link to anything else (a folder), noted in `skipped`.
 */
async function statFollowingLink(
  abs: string,
  name: string,
  skipped: string[],
): Promise<Stats | undefined> {
  const stat = await fs.lstat(abs);
  if (!stat.isSymbolicLink()) return stat;
  let target: Stats;
  try {
    target = await fs.stat(abs);
  } catch {
    skipped.push(`${name}: a broken symbolic link`);
    return undefined;
  }
  if (!target.isFile()) {
    skipped.push(`${name}: a symbolic link to a folder (links are followed to files only)`);
    return undefined;
  }
  return target;
}

/** A regular file into `listing`: its entry, its bytes in the totals, its name among the exes. */
function addFile(
  listing: BuildListing,
  file: { name: string; absPath: string; stat: Stats },
): void {
  const { name, absPath, stat } = file;
  listing.files++;
  listing.totalBytes += stat.size;
  if (/\.exe$/i.test(name)) listing.exes.push(name);
  listing.entries.push({
    name,
    absPath,
    kind: 'file',
    size: stat.size,
    executable: (stat.mode & 0o111) !== 0,
  });
}

/**
 * Every entry's timestamp. A fixed date makes the zip reproducible (the same
 * build gives the same bytes, so a size or checksum says whether anything
 * changed), and a fresh packaging run's mtimes say nothing anyway: they are
 * all "now". 1980-01-01 00:00 is the DOS epoch, built in local time because
 * the DOS fields are local: this way they read 1980-01-01 00:00 in any time
 * zone, and `forceDosTimestamp` leaves out the UTC extra field that would not.
 */
export const ZIP_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Zips `entries` (already in order) into a stream. The stream errors (and
 * stops reading files) when a file cannot be read or changed size while
 * being read. Memory: yazl reads one file at a time; buffers are the file
 * stream's 64 KiB, zlib's window and the output's 16 KiB high-water mark,
 * well under 1 MiB; back-pressure from the consumer pauses the reads.
 */
export function zipStream(entries: readonly BuildEntry[]): Readable {
  const zip = new yazl.ZipFile();
  const out = new PassThrough();
  let reading: ReadStream | undefined;
  const fail = (err: Error): void => {
    if (!out.destroyed) out.destroy(err);
  };
  zip.on('error', fail);
  zip.outputStream.pipe(out);
  // The consumer gave up (or failed): stop reading files.
  out.on('close', () => {
    zip.outputStream.unpipe(out);
    reading?.destroy();
  });
  for (const entry of entries) {
    const mode = entry.kind === 'dir' ? 0o40755 : entry.executable ? 0o100755 : 0o100644;
    const options = { mtime: ZIP_MTIME, mode, forceDosTimestamp: true };
    if (entry.kind === 'dir') {
      zip.addEmptyDirectory(entry.name, options);
      continue;
    }
    const compress = !isStored(entry.name);
    // addReadStreamLazy opens each file only when its turn comes; `size`
    // makes yazl fail if the file changed size since it was listed.
    zip.addReadStreamLazy(entry.name, { ...options, compress, size: entry.size }, (cb) => {
      if (out.destroyed) return;
      reading = createReadStream(entry.absPath);
      // yazl does not listen for read errors on streams it is given.
      reading.on('error', fail);
      cb(null, reading);
    });
  }
  zip.end();
  return out;
}
