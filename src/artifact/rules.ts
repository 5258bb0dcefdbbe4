/**
 * What Streampixel accepts, judged from a zip's listing alone: a packaged Windows Unreal build
 * (not the project), unencrypted, in methods its extractor unpacks, within its size limits.
 * Entry names are untrusted: messages cap each name and list only a few.
 */
import type { ZipEntry, ZipFormatError, ZipListing } from './zip.js';
import { formatCount } from '../format.js';

/** One problem, written for the person who made the zip. Titles start with "file-url ". */
export interface Finding {
  code: string;
  title: string;
  message: string;
  hint: string;
}

export interface BuildFacts {
  /** Central directory entries, directories included. */
  entries: number;
  /** Entries that are not directories. */
  files: number;
  /** Sum of the entries' uncompressed sizes, in bytes. */
  uncompressedBytes: number;
  /** Names of the `.exe` entries, game executables first, at most {@link MAX_LISTED_EXECUTABLES}. */
  executables: string[];
  /** The Unreal project the build was packaged from, when the layout shows it. */
  projectName?: string;
  /** Human names of the compression methods used, e.g. ['Deflate', 'Store']. */
  methods: string[];
  /** '' when at the root, else 'Windows/' */
  root: string;
}

export interface Verdict {
  errors: Finding[];
  warnings: Finding[];
  facts: BuildFacts;
}

/** Streampixel's recommended maximum upload, decimal bytes (24 GB). */
export const STREAMPIXEL_SOFT_LIMIT_BYTES = 24e9;
/** The largest upload Streampixel's docs also name, decimal bytes (30 GB). */
export const STREAMPIXEL_HARD_LIMIT_BYTES = 30e9;
export const MAX_LISTED_EXECUTABLES = 20;

/** Compression method names (APPNOTE 4.4.5). */
const METHOD_NAMES: Record<number, string> = {
  0: 'Store',
  1: 'Shrink',
  6: 'Implode',
  8: 'Deflate',
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  18: 'IBM TERSE',
  19: 'IBM LZ77',
  20: 'Zstandard (old id)',
  93: 'Zstandard',
  94: 'MP3',
  95: 'xz',
  96: 'JPEG',
  97: 'WavPack',
  98: 'PPMd',
  99: 'AES-encrypted',
};

/** The human name of a compression method number (APPNOTE 4.4.5), e.g. 14 → 'LZMA'. */
export function methodName(method: number): string {
  return METHOD_NAMES[method] ?? `method ${method}`;
}

const MAX_NAME_CHARS = 100;
const MAX_NAMES = 5;

/** Caps one untrusted name for a message. */
function shown(name: string): string {
  return name.length > MAX_NAME_CHARS ? `"${name.slice(0, MAX_NAME_CHARS)}…"` : `"${name}"`;
}

/** `"a", "b", "c" and 4 more`: at most five capped names. */
function someNames(names: string[]): string {
  const listed = names.slice(0, MAX_NAMES).map(shown).join(', ');
  return names.length > MAX_NAMES ? `${listed} and ${names.length - MAX_NAMES} more` : listed;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

/** Forward slashes only, no leading './' or '/'. */
function normalise(name: string): string {
  return name.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
}

interface File {
  entry: ZipEntry;
  path: string;
  lower: string;
  segments: string[];
}

/** Engine tools and installers that every packaged build carries; not the game. */
function isEngineExecutable(file: File): boolean {
  return (
    file.segments.slice(0, -1).some((s) => s.toLowerCase() === 'engine') ||
    /^(ue\d?prereqsetup|crashreportclient|vc_?redist|dxsetup)/i.test(file.segments.at(-1) ?? '')
  );
}

/** The listing's files and paths, as every check reads them. */
interface Contents {
  /** The entries that are not directories. */
  files: File[];
  /** Every entry's normalised name, directories included. */
  allPaths: string[];
  /** The `.exe` files. */
  exes: File[];
  /** The `.exe` files that are not engine tools or installers, shallowest first. */
  gameExes: File[];
}

function contentsOf(listing: ZipListing): Contents {
  const files: File[] = listing.entries
    .filter((entry) => !entry.isDirectory)
    .map((entry) => {
      const path = normalise(entry.name);
      return { entry, path, lower: path.toLowerCase(), segments: path.split('/') };
    });
  const allPaths = listing.entries.map((e) => normalise(e.name));

  const exes = files.filter((f) => f.lower.endsWith('.exe'));
  const gameExes = exes.filter((f) => !isEngineExecutable(f));
  // Shallowest first: the launcher at the build root, then Binaries/Win64.
  const byDepth = (a: File, b: File): number => a.segments.length - b.segments.length;
  gameExes.sort(byDepth);
  return { files, allPaths, exes, gameExes };
}

/**
 * Judges a listing against what Streampixel accepts.
 *
 * Errors: encrypted entries; the Unreal project instead of a packaged build (a `.uproject`,
 * `Source/` or loose `Content/` assets, and no `.pak`/`.ucas` nor game `.exe`); no game `.exe`
 * (executables under `Engine/` and prerequisite installers do not count).
 * Warnings: compression methods other than Store/Deflate; backslashes in names; bytes after the
 * end of the zip; `archiveBytes` (the zip's size in bytes) over 24 GB (decimal).
 */
export function judgeListing(listing: ZipListing, archiveBytes: number): Verdict {
  const contents = contentsOf(listing);
  const { files } = contents;
  const errors = [
    encryptedFinding(files),
    projectFinding(contents) ?? noExecutableFinding(contents),
  ].filter(isFinding);
  const warnings = [
    unusualCompressionFinding(files),
    backslashFinding(listing.entries),
    trailingBytesFinding(listing.trailingBytes),
    sizeFinding(archiveBytes, files),
  ].filter(isFinding);
  return { errors, warnings, facts: buildFacts(listing, contents) };
}

function isFinding(finding: Finding | undefined): finding is Finding {
  return finding !== undefined;
}

/**
 * The project folder and the build's root ('' or 'Windows/'): the folder holding
 * Binaries/Win64/<exe>, else the launcher's stem in its folder; without a game `.exe`, no
 * project, and the root is the one top folder every path is under, if any.
 */
function locateProject(contents: Contents): { projectName?: string; root: string } {
  const { gameExes, allPaths } = contents;
  let projectName: string | undefined;
  let root: string | undefined;
  for (const exe of gameExes) {
    const s = exe.segments;
    const n = s.length;
    if (n >= 4 && s[n - 3]?.toLowerCase() === 'binaries' && s[n - 2]?.toLowerCase() === 'win64') {
      projectName = s[n - 4];
      root = s.slice(0, n - 4).join('/');
      break;
    }
  }
  const launcher = gameExes[0];
  if (projectName === undefined && launcher) {
    projectName = (launcher.segments.at(-1) ?? '').replace(/\.exe$/i, '');
    root = launcher.segments.slice(0, -1).join('/');
  }
  if (root === undefined) {
    const tops = new Set(allPaths.map((p) => p.split('/')[0]));
    const [top] = tops;
    root = tops.size === 1 && top && allPaths.some((p) => p.includes('/')) ? top : '';
    if (allPaths.includes(root)) root = ''; // a single file, not a folder
  }
  if (root) root += '/';
  return { projectName, root };
}

function buildFacts(listing: ZipListing, contents: Contents): BuildFacts {
  const { files, exes, gameExes } = contents;
  const { projectName, root } = locateProject(contents);
  const methodNumbers = [...new Set(listing.entries.map((e) => e.method))].sort((a, b) => a - b);
  return {
    entries: listing.entries.length,
    files: files.length,
    uncompressedBytes: listing.entries.reduce((sum, e) => sum + e.uncompressedSize, 0),
    executables: [...gameExes, ...exes.filter((f) => !gameExes.includes(f))]
      .slice(0, MAX_LISTED_EXECUTABLES)
      .map((f) => f.entry.name),
    ...(projectName ? { projectName } : {}),
    methods: methodNumbers.map(methodName),
    root,
  };
}

function encryptedFinding(files: File[]): Finding | undefined {
  const encrypted = files.filter((f) => f.entry.encrypted);
  if (encrypted.length === 0) return undefined;
  return {
    code: 'encrypted-entries',
    title: 'file-url is a password-protected zip',
    message: `${plural(encrypted.length, 'file')} of ${formatCount(files.length)} in the zip ${encrypted.length === 1 ? 'is' : 'are'} encrypted: ${someNames(encrypted.map((f) => f.entry.name))}. Streampixel cannot unpack encrypted entries.`,
    hint: 'Create the zip without a password: no -P or -e with zip, no -p with 7z, and an empty password field in 7-Zip or WinRAR.',
  };
}

/** The Unreal project's files (a `.uproject`, `Source/`, loose Content assets) and no build in them. */
function projectFinding(contents: Contents): Finding | undefined {
  const { files, allPaths, gameExes } = contents;
  const hasPackage = files.some((f) => /\.(pak|ucas)$/.test(f.lower));
  const notEngine = (f: File): boolean => f.segments[0]?.toLowerCase() !== 'engine';
  const uprojects = files.filter((f) => f.lower.endsWith('.uproject'));
  const sources = allPaths.filter((p) => /(^|\/)source\//i.test(p) && !/^engine\//i.test(p));
  const looseAssets = files.filter(
    (f) => notEngine(f) && /(^|\/)content\/.*\.(uasset|umap)$/.test(f.lower),
  );
  const looksLikeProject = uprojects.length > 0 || sources.length > 0 || looseAssets.length > 0;
  if (!looksLikeProject || hasPackage || gameExes.length > 0) return undefined;
  const signs = [
    ...(uprojects.length ? [someNames(uprojects.map((f) => f.entry.name).slice(0, 2))] : []),
    ...(sources.length ? ['a Source/ folder'] : []),
    ...(looseAssets.length ? [`${plural(looseAssets.length, 'loose Content asset')}`] : []),
  ];
  return {
    code: 'project-not-build',
    title: 'file-url is an Unreal project, not a packaged build',
    message: `The zip holds ${signs.length > 1 ? `${signs.slice(0, -1).join(', ')} and ${signs.at(-1)}` : signs[0]}, but no game .exe and no .pak or .ucas files: these are the project's files. Streampixel needs the Windows build that packaging produces.`,
    hint: 'In the Unreal Editor choose Platforms > Windows > Package Project (or run RunUAT BuildCookRun -platform=Win64 -cook -stage -package -archive), then zip the contents of the output Windows folder, the one holding the game .exe.',
  };
}

function noExecutableFinding(contents: Contents): Finding | undefined {
  const { files, exes, gameExes } = contents;
  if (gameExes.length > 0) return undefined;
  const engineOnly = exes.length
    ? ` The only executables are Unreal's own tools: ${someNames(exes.map((f) => f.entry.name))}.`
    : '';
  return {
    code: 'no-executable',
    title: 'file-url has no game executable',
    message: `None of the zip's ${plural(files.length, 'file')} is the game's .exe.${engineOnly} Streampixel starts a packaged Windows build through its .exe and rejects the upload without one.`,
    hint: 'Package the project for Windows (Platforms > Windows > Package Project) and zip the whole output folder: the one holding <Project>.exe, <Project>/ and Engine/.',
  };
}

/** Files compressed with methods other than Store and Deflate (APPNOTE 4.4.5), by method. */
function unusualCompressionFinding(files: File[]): Finding | undefined {
  const unusual = new Map<number, string[]>();
  for (const f of files) {
    const m = f.entry.method;
    if (m === 0 || m === 8 || m === 99) continue; // 99: WinZip AES, reported as encryption
    unusual.set(m, [...(unusual.get(m) ?? []), f.entry.name]);
  }
  if (unusual.size === 0) return undefined;
  const parts = [...unusual].map(
    ([m, names]) =>
      `${methodName(m)} (${plural(names.length, 'file')}, e.g. ${someNames(names.slice(0, 2))})`,
  );
  return {
    code: 'unusual-compression',
    title: 'file-url uses uncommon compression',
    message: `Entries are compressed with ${parts.join('; ')}. Many extractors cannot unpack them; only Store and Deflate work everywhere.`,
    hint: "Zip again with Deflate: the default of Info-ZIP zip and of tar -a, or 7-Zip's zip format with -mm=Deflate (not Deflate64, LZMA, BZip2 or PPMd).",
  };
}

function backslashFinding(entries: ZipEntry[]): Finding | undefined {
  const backslashed = entries.filter((e) => e.nameHasBackslash);
  if (backslashed.length === 0) return undefined;
  return {
    code: 'backslash-names',
    title: 'file-url has backslashes in its names',
    message: `${plural(backslashed.length, 'entry name')} ${backslashed.length === 1 ? 'uses' : 'use'} backslashes as folder separators, e.g. ${someNames(backslashed.map((e) => e.name).slice(0, 3))}: Windows PowerShell 5.1's Compress-Archive writes them that way. Extractors on Linux keep the backslash as part of the file name, so the folders never appear and the build may not start.`,
    hint: 'On Windows 10 or later run `tar -a -c -f build.zip *` inside the build folder, or use 7-Zip or PowerShell 7 (Compress-Archive there writes forward slashes).',
  };
}

function trailingBytesFinding(trailingBytes: number): Finding | undefined {
  if (trailingBytes > 0) {
    return {
      code: 'trailing-bytes',
      title: 'file-url has data after the end of the zip',
      message: `${plural(trailingBytes, 'byte')} follow the zip's end of central directory record. Most extractors ignore them, some reject the archive.`,
      hint: 'Upload the zip exactly as the zip tool wrote it: something appended data to it (a second upload into the same object, or a concatenation).',
    };
  }
  return undefined;
}

/** `archiveBytes` over Streampixel's recommended 24 GB, or its 30 GB cap. */
function sizeFinding(archiveBytes: number, files: File[]): Finding | undefined {
  if (!(archiveBytes > STREAMPIXEL_SOFT_LIMIT_BYTES)) return undefined; // not `<=`: NaN is not over
  const over = archiveBytes > STREAMPIXEL_HARD_LIMIT_BYTES;
  const pdbs = files.filter((f) => f.lower.endsWith('.pdb'));
  const pdbBytes = pdbs.reduce((sum, f) => sum + f.entry.compressedSize, 0);
  return {
    code: 'over-size-limit',
    title: `file-url is larger than Streampixel ${over ? 'accepts' : 'recommends'}`,
    message: `The zip is ${gigabytes(archiveBytes)}: over ${over ? 'both the 24 GB Streampixel recommends and the 30 GB cap its docs also name' : 'the 24 GB Streampixel recommends (its docs also name a 30 GB cap)'}. The upload may be rejected.`,
    hint: `Make the build smaller: ${pdbs.length ? `leave out the ${plural(pdbs.length, '.pdb debug file')} (${gigabytes(pdbBytes)} compressed), ` : ''}package in Shipping without debug files, compress paks (Project Settings > Packaging), and drop unused maps and content.`,
  };
}

/** The Finding for a zip that could not be listed (see {@link ZipFormatError} kinds). */
export function findingForFormatError(err: ZipFormatError): Finding {
  const rejected = 'Streampixel would reject it as a corrupt archive.';
  switch (err.kind) {
    case 'no-end-record':
    case 'truncated':
      return {
        code: err.kind === 'truncated' ? 'zip-truncated' : 'zip-no-end-record',
        title: 'file-url is not a complete zip',
        message: `${err.message} ${rejected}`,
        hint: 'Check that file-url points at the .zip itself and that its upload finished: the object should be as large as the local zip (compare sizes), then upload it again if not.',
      };
    case 'inconsistent':
      return {
        code: 'zip-inconsistent',
        title: 'file-url is not a well-formed zip',
        message: `${err.message} ${rejected}`,
        hint: 'Create the zip again in one go with a standard tool (tar -a, 7-Zip, Info-ZIP zip) and upload it unchanged: not split into parts, nothing added before or after it, and not a zip inside a zip.',
      };
    case 'bad-central-directory':
      return {
        code: 'zip-bad-central-directory',
        title: 'file-url has a damaged zip directory',
        message: `${err.message} ${rejected}`,
        hint: 'Create the zip again with a standard tool (tar -a, 7-Zip, Info-ZIP zip) and upload it again.',
      };
    case 'too-large':
      return {
        code: 'zip-too-large',
        title: 'file-url has too many entries to check',
        message: `${err.message} The archive was not inspected.`,
        hint: 'Most packaged builds have a few hundred files; enable Use Pak File (Project Settings > Packaging) so the content goes into .pak files instead of loose files.',
      };
  }
}
