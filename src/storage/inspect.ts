/**
 * The build at `path` judged before anything is uploaded, by the archive inspection's own rules
 * (src/artifact/rules.ts `judgeListing`, as src/artifact/check.ts applies them to a URL): a
 * folder through the listing its zip will have (the folder walk, listBuild), a `.zip` through
 * its central directory read from the file (src/artifact/zip.ts `readZipListing`, over a reader
 * of the local file). Errors (no game .exe, the Unreal project, an incomplete or encrypted zip)
 * become validation problems about `path`, warnings stay warnings, in `path`'s words.
 */
import { promises as fs } from 'node:fs';
import { type Finding, findingForFormatError, judgeListing } from '../artifact/rules.js';
import {
  type RangeReader,
  readZipListing,
  type ZipEntry,
  ZipFormatError,
  type ZipListing,
} from '../artifact/zip.js';
import { cleanServerText } from '../text.js';
import type { NameOf } from './errors.js';
import { type BuildListing, isStored } from './zip-stream.js';

/** What the rules found about the build at `path`: problems (titled, about `path`) and warnings. */
export interface PathVerdict {
  errors: { code: string; title: string; message: string; hint: string }[];
  /** One line each: "title: message hint". */
  warnings: string[];
}

type Kind = 'folder' | 'zip';

/**
 * The listing the zip of a folder will have: yazl writes one entry per file and per empty
 * folder (zipStream), stored or deflated by extension (isStored), never encrypted, names with
 * `/`. A deflated entry's compressed size is not known before zipping: its own size stands in.
 */
export function listingOfFolder(listing: BuildListing): ZipListing {
  const entries: ZipEntry[] = listing.entries.map((e) => ({
    name: e.name,
    compressedSize: e.size,
    uncompressedSize: e.size,
    method: e.kind === 'dir' || isStored(e.name) ? 0 : 8,
    encrypted: false,
    isDirectory: e.kind === 'dir',
    localHeaderOffset: 0,
    nameHasBackslash: false,
  }));
  return {
    entries,
    zip64: false,
    centralDirectoryOffset: 0,
    centralDirectorySize: 0,
    trailingBytes: 0,
    comment: '',
    requests: 0,
    bytesRead: 0,
  };
}

/** Judges a folder's listing (its size: the sum of its files, about the zip's). */
export function judgeFolder(listing: BuildListing, p: string, nameOf: NameOf): PathVerdict {
  return verdictOf(judgeListing(listingOfFolder(listing), listing.totalBytes), 'folder', p, nameOf);
}

/** A RangeReader over the open file `handle` of `size` bytes: what zip.ts reads a zip through. */
function fileReader(handle: fs.FileHandle, size: number): RangeReader {
  return {
    size,
    async read(start, endInclusive) {
      const length = Math.max(0, Math.min(endInclusive, size - 1) - start + 1);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, start);
      return buffer.subarray(0, bytesRead);
    },
  };
}

/**
 * Judges the `.zip` at `p` (`size` bytes, starting with `head`, its first bytes in hex) by its
 * central directory, read from the file: a zip that cannot be listed is an error (cut short,
 * not well-formed, a damaged directory), one too large to list a warning. Rejects when the file
 * cannot be read.
 */
export async function judgeZip(
  p: string,
  size: number,
  head: string,
  nameOf: NameOf,
): Promise<PathVerdict> {
  const handle = await fs.open(p);
  let listing: ZipListing;
  try {
    listing = await readZipListing(fileReader(handle, size));
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    const finding = formatFinding(err, head);
    // Too many entries to list: not inspected, a warning, as for a URL.
    const found =
      err.kind === 'too-large'
        ? { errors: [], warnings: [finding] }
        : { errors: [finding], warnings: [] };
    return verdictOf(found, 'zip', p, nameOf);
  } finally {
    await handle.close();
  }
  return verdictOf(judgeListing(listing, size), 'zip', p, nameOf);
}

/** A zip that could not be listed; one that starts as a zip but has no end record was cut short. */
function formatFinding(err: ZipFormatError, head: string): Finding {
  const finding = findingForFormatError(err);
  if (err.kind !== 'no-end-record' || head !== '504b0304') return finding;
  return {
    ...finding,
    code: 'zip-truncated',
    message:
      'The file starts as a zip (a local file header) but its end has no end of central directory record: it was cut short, while zipping or copying. Streampixel would reject it as a corrupt archive.',
  };
}

/**
 * What to do about each finding when the build is at `path`, where rules.ts (written for
 * file-url) would say something about an upload the user did not make.
 */
function pathHint(code: string, kind: Kind, nameOf: NameOf): string | undefined {
  const path = nameOf('path');
  const asFolder = `or set ${path} to the build folder itself (the one holding <Project>.exe): it is zipped for you`;
  switch (code) {
    case 'no-executable':
      return kind === 'folder'
        ? `Package the project for Windows (Platforms > Windows > Package Project) and set ${path} to the whole output folder: the one holding <Project>.exe, <Project>/ and Engine/ (e.g. Saved/StagedBuilds/Windows).`
        : `Package the project for Windows (Platforms > Windows > Package Project) and zip the whole output folder (the one holding <Project>.exe, <Project>/ and Engine/), ${asFolder}.`;
    case 'project-not-build':
      return kind === 'folder'
        ? `Package the project first (Platforms > Windows > Package Project, or RunUAT BuildCookRun -platform=Win64 -cook -stage -package -archive) and set ${path} to the output Windows folder, the one holding the game .exe (e.g. Saved/StagedBuilds/Windows).`
        : `Package the project first (Platforms > Windows > Package Project, or RunUAT BuildCookRun -platform=Win64 -cook -stage -package -archive) and zip the output Windows folder, ${asFolder}.`;
    case 'zip-truncated':
    case 'zip-no-end-record':
      return `Zip the build again and check that the zipping (or the copy of the .zip to this runner) finished: the file is smaller than the zip that was made; ${asFolder}.`;
    case 'zip-inconsistent':
    case 'zip-bad-central-directory':
      return `Create the zip again in one go with a standard tool (tar -a, 7-Zip, Info-ZIP zip): not split into parts, nothing added before or after it, and not a zip inside a zip; ${asFolder}.`;
    case 'encrypted-entries':
      return `Create the zip without a password (no -P or -e with zip, no -p with 7z, an empty password field in 7-Zip or WinRAR), ${asFolder}.`;
    default:
      return undefined;
  }
}

/** A finding's message about a folder: rules.ts speaks of "the zip" it reads. */
function folderWords(message: string): string {
  return message
    .replace(/\bthe zip's\b/g, "the folder's")
    .replace(/\bThe zip holds\b/g, 'The folder holds')
    .replace(/\bThe zip is\b/g, 'The folder holds');
}

/** A finding in `path`'s words: its title names `path`, its message the build, its hint what to do here. */
function inPathTerms(
  finding: Finding,
  kind: Kind,
  p: string,
  nameOf: NameOf,
): PathVerdict['errors'][number] {
  const path = nameOf('path');
  // Entry names are the archive's text (or file names): cleaned, as the URL check cleans them.
  const said = cleanServerText(finding.message, 2000);
  return {
    code: finding.code,
    title: finding.title.replace(/^file-url\b/, path),
    message: `${cleanServerText(p, 300)}: ${kind === 'folder' ? folderWords(said) : said}`,
    hint:
      pathHint(finding.code, kind, nameOf) ??
      finding.hint.replace(/(?<![\w-])file-url(?![\w-])/g, path),
  };
}

function verdictOf(
  verdict: { errors: Finding[]; warnings: Finding[] },
  kind: Kind,
  p: string,
  nameOf: NameOf,
): PathVerdict {
  return {
    errors: verdict.errors.map((f) => inPathTerms(f, kind, p, nameOf)),
    warnings: verdict.warnings
      .map((f) => inPathTerms(f, kind, p, nameOf))
      .map((f) => `${f.title}: ${f.message} ${f.hint}`),
  };
}
