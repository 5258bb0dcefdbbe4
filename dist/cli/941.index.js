export const id = 941;
export const ids = [941];
export const modules = {

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ei: () => (/* binding */ judgeListing),
/* harmony export */   iY: () => (/* binding */ findingForFormatError)
/* harmony export */ });
/* unused harmony exports STREAMPIXEL_SOFT_LIMIT_BYTES, STREAMPIXEL_HARD_LIMIT_BYTES, MAX_LISTED_EXECUTABLES, methodName */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6264);

/** Streampixel's recommended maximum upload, decimal bytes (24 GB). */
const STREAMPIXEL_SOFT_LIMIT_BYTES = 24e9;
/** The largest upload Streampixel's docs also name, decimal bytes (30 GB). */
const STREAMPIXEL_HARD_LIMIT_BYTES = 30e9;
const MAX_LISTED_EXECUTABLES = 20;
/** Compression method names (APPNOTE 4.4.5). */
const METHOD_NAMES = {
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
function methodName(method) {
    return METHOD_NAMES[method] ?? `method ${method}`;
}
const MAX_NAME_CHARS = 100;
const MAX_NAMES = 5;
/** Caps one untrusted name for a message. */
function shown(name) {
    return name.length > MAX_NAME_CHARS ? `"${name.slice(0, MAX_NAME_CHARS)}…"` : `"${name}"`;
}
/** `"a", "b", "c" and 4 more`: at most five capped names. */
function someNames(names) {
    const listed = names.slice(0, MAX_NAMES).map(shown).join(', ');
    return names.length > MAX_NAMES ? `${listed} and ${names.length - MAX_NAMES} more` : listed;
}
function plural(count, one, many = `${one}s`) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(count)} ${count === 1 ? one : many}`;
}
function gigabytes(bytes) {
    return `${(bytes / 1e9).toFixed(1)} GB`;
}
/** Forward slashes only, no leading './' or '/'. */
function normalise(name) {
    return name.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
}
/** Engine tools and installers that every packaged build carries; not the game. */
function isEngineExecutable(file) {
    return (file.segments.slice(0, -1).some((s) => s.toLowerCase() === 'engine') ||
        /^(ue\d?prereqsetup|crashreportclient|vc_?redist|dxsetup)/i.test(file.segments.at(-1) ?? ''));
}
function contentsOf(listing) {
    const files = listing.entries
        .filter((entry) => !entry.isDirectory)
        .map((entry) => {
        const path = normalise(entry.name);
        return { entry, path, lower: path.toLowerCase(), segments: path.split('/') };
    });
    const allPaths = listing.entries.map((e) => normalise(e.name));
    const exes = files.filter((f) => f.lower.endsWith('.exe'));
    const gameExes = exes.filter((f) => !isEngineExecutable(f));
    // Shallowest first: the launcher at the build root, then Binaries/Win64.
    const byDepth = (a, b) => a.segments.length - b.segments.length;
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
function judgeListing(listing, archiveBytes) {
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
function isFinding(finding) {
    return finding !== undefined;
}
/**
 * The project folder and the build's root ('' or 'Windows/'): the folder holding
 * Binaries/Win64/<exe>, else the launcher's stem in its folder; without a game `.exe`, no
 * project, and the root is the one top folder every path is under, if any.
 */
function locateProject(contents) {
    const { gameExes, allPaths } = contents;
    let projectName;
    let root;
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
        if (allPaths.includes(root))
            root = ''; // a single file, not a folder
    }
    if (root)
        root += '/';
    return { projectName, root };
}
function buildFacts(listing, contents) {
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
function encryptedFinding(files) {
    const encrypted = files.filter((f) => f.entry.encrypted);
    if (encrypted.length === 0)
        return undefined;
    return {
        code: 'encrypted-entries',
        title: 'file-url is a password-protected zip',
        message: `${plural(encrypted.length, 'file')} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(files.length)} in the zip ${encrypted.length === 1 ? 'is' : 'are'} encrypted: ${someNames(encrypted.map((f) => f.entry.name))}. Streampixel cannot unpack encrypted entries.`,
        hint: 'Create the zip without a password: no -P or -e with zip, no -p with 7z, and an empty password field in 7-Zip or WinRAR.',
    };
}
/** The Unreal project's files (a `.uproject`, `Source/`, loose Content assets) and no build in them. */
function projectFinding(contents) {
    const { files, allPaths, gameExes } = contents;
    const hasPackage = files.some((f) => /\.(pak|ucas)$/.test(f.lower));
    const notEngine = (f) => f.segments[0]?.toLowerCase() !== 'engine';
    const uprojects = files.filter((f) => f.lower.endsWith('.uproject'));
    const sources = allPaths.filter((p) => /(^|\/)source\//i.test(p) && !/^engine\//i.test(p));
    const looseAssets = files.filter((f) => notEngine(f) && /(^|\/)content\/.*\.(uasset|umap)$/.test(f.lower));
    const looksLikeProject = uprojects.length > 0 || sources.length > 0 || looseAssets.length > 0;
    if (!looksLikeProject || hasPackage || gameExes.length > 0)
        return undefined;
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
function noExecutableFinding(contents) {
    const { files, exes, gameExes } = contents;
    if (gameExes.length > 0)
        return undefined;
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
function unusualCompressionFinding(files) {
    const unusual = new Map();
    for (const f of files) {
        const m = f.entry.method;
        if (m === 0 || m === 8 || m === 99)
            continue; // 99: WinZip AES, reported as encryption
        unusual.set(m, [...(unusual.get(m) ?? []), f.entry.name]);
    }
    if (unusual.size === 0)
        return undefined;
    const parts = [...unusual].map(([m, names]) => `${methodName(m)} (${plural(names.length, 'file')}, e.g. ${someNames(names.slice(0, 2))})`);
    return {
        code: 'unusual-compression',
        title: 'file-url uses uncommon compression',
        message: `Entries are compressed with ${parts.join('; ')}. Many extractors cannot unpack them; only Store and Deflate work everywhere.`,
        hint: "Zip again with Deflate: the default of Info-ZIP zip and of tar -a, or 7-Zip's zip format with -mm=Deflate (not Deflate64, LZMA, BZip2 or PPMd).",
    };
}
function backslashFinding(entries) {
    const backslashed = entries.filter((e) => e.nameHasBackslash);
    if (backslashed.length === 0)
        return undefined;
    return {
        code: 'backslash-names',
        title: 'file-url has backslashes in its names',
        message: `${plural(backslashed.length, 'entry name')} ${backslashed.length === 1 ? 'uses' : 'use'} backslashes as folder separators, e.g. ${someNames(backslashed.map((e) => e.name).slice(0, 3))}: Windows PowerShell 5.1's Compress-Archive writes them that way. Extractors on Linux keep the backslash as part of the file name, so the folders never appear and the build may not start.`,
        hint: 'On Windows 10 or later run `tar -a -c -f build.zip *` inside the build folder, or use 7-Zip or PowerShell 7 (Compress-Archive there writes forward slashes).',
    };
}
function trailingBytesFinding(trailingBytes) {
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
function sizeFinding(archiveBytes, files) {
    if (!(archiveBytes > STREAMPIXEL_SOFT_LIMIT_BYTES))
        return undefined; // not `<=`: NaN is not over
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
function findingForFormatError(err) {
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


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   Yl: () => (/* binding */ readZipListing)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAIL_BYTES, DEFAULT_SLICE_BYTES, DEFAULT_MAX_CENTRAL_DIRECTORY_BYTES, decodeCp437, crc32 */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Lists a remote zip from its end, through HTTP Range requests, without
 * downloading it: the end of central directory record, the Zip64 end of
 * central directory locator and record, then the central directory. Offsets
 * and field layouts follow PKWARE's APPNOTE.TXT (6.3.x), cited by section.
 *
 * I/O-free: bytes come from a {@link RangeReader} the caller supplies.
 */

/**
 * The bytes are not a zip we can list. `kind`:
 * - `no-end-record`: no end of central directory record in the tail (not a zip, or cut short
 *   inside file data);
 * - `truncated`: the file ends inside the zip's metadata (cut short);
 * - `inconsistent`: the end records do not point at a central directory in this file (an inner
 *   zip's end record at the tail, bytes prepended, a spanned archive);
 * - `bad-central-directory`: the central directory itself is malformed;
 * - `too-large`: the central directory exceeds `maxCentralDirectoryBytes`.
 */
class ZipFormatError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'ZipFormatError';
    }
}
/**
 * 128 KiB: the end of central directory record with a maximal comment (22 + 65,535 bytes,
 * APPNOTE 4.3.16) plus the Zip64 locator (20) and record (56), with room for the central
 * directory of about 1,000 entries, so a typical packaged build is listed in one request.
 */
const DEFAULT_TAIL_BYTES = 128 * 1024;
/** 4 MiB: the rest of a central directory of up to ~40,000 entries in one more request. */
const DEFAULT_SLICE_BYTES = 4 * 1024 * 1024;
/** 64 MiB: about 600,000 entries; beyond that we stop rather than hold it in memory. */
const DEFAULT_MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024;
const SIG_EOCD = 0x06054b50; // 4.3.16
const SIG_ZIP64_EOCD = 0x06064b50; // 4.3.14
const SIG_ZIP64_LOCATOR = 0x07064b50; // 4.3.15
const SIG_CENTRAL = 0x02014b50; // 4.3.12
const SIG_LOCAL = 0x04034b50; // 4.3.7
const SIG_DIGITAL_SIGNATURE = 0x05054b50; // 4.3.13
const EOCD_SIZE = 22;
const LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/**
 * Lists the zip behind `reader` from its end.
 *
 * Reads the last `tailBytes`, finds the end of central directory record (APPNOTE 4.3.16) and,
 * if present, the Zip64 end of central directory locator and record (4.3.15, 4.3.14), then the
 * central directory (4.3.12): what the tail already holds is reused and only the missing part is
 * read, in slices of `sliceBytes`. With the defaults a 20,000-entry archive takes 2 reads and a
 * Zip64 archive with few entries 1.
 *
 * The central directory must sit exactly where the end records say: it ends where the Zip64
 * record (or the end record) begins, or where a digital signature (4.3.13) does; it holds exactly
 * the announced number of headers; every entry's data lies before it.
 *
 * @throws ZipFormatError (see its kinds); errors thrown by `reader` propagate unchanged.
 */
async function readZipListing(reader, options = {}) {
    const size = reader.size;
    const tailBytes = Math.max(EOCD_SIZE, options.tailBytes ?? DEFAULT_TAIL_BYTES);
    const sliceBytes = Math.max(1, options.sliceBytes ?? DEFAULT_SLICE_BYTES);
    const maxCd = options.maxCentralDirectoryBytes ?? DEFAULT_MAX_CENTRAL_DIRECTORY_BYTES;
    const reads = new CountedReads(reader, size);
    if (size < EOCD_SIZE) {
        throw new ZipFormatError(size === 0 ? 'no-end-record' : 'truncated', `The file is ${size} bytes, shorter than the smallest zip (22 bytes).`);
    }
    const tail = await readTail(reads, Math.min(size, tailBytes), options.firstTail);
    const end = readEndRecord(tail);
    const zip64Directory = await readZip64Directory(reads, tail);
    const directory = zip64Directory ?? end.directory;
    checkDirectoryPlace(directory, size, maxCd);
    const region = await readDirectoryRegion(reads, tail, directory, sliceBytes);
    checkDirectoryFound(region, directory);
    const { totalEntries, cdSize, cdOffset } = directory;
    const entries = parseCentralDirectory(region.subarray(0, cdSize), totalEntries, cdOffset);
    return {
        entries,
        zip64: zip64Directory !== undefined,
        centralDirectoryOffset: cdOffset,
        centralDirectorySize: cdSize,
        trailingBytes: end.trailingBytes,
        comment: end.comment,
        requests: reads.requests,
        bytesRead: reads.bytesRead,
    };
}
/** Reads through a RangeReader, counting the reads and the bytes they return. */
class CountedReads {
    reader;
    size;
    requests = 0;
    bytesRead = 0;
    constructor(reader, 
    /** The file's size in bytes. */
    size) {
        this.reader = reader;
        this.size = size;
    }
    /**
     * Reads [start, end) exactly; a short read means the file is shorter than it said
     * (ZipFormatError `truncated`, naming `what` was being read).
     */
    async exact(start, end, what) {
        this.requests++;
        const buf = await this.reader.read(start, end - 1);
        this.bytesRead += buf.length;
        if (buf.length < end - start) {
            throw new ZipFormatError('truncated', `The file ended at byte ${start + buf.length} while reading the ${what} (bytes ${start}-${end - 1} of ${this.size}).`);
        }
        return buf.length === end - start ? buf : buf.subarray(0, end - start);
    }
}
/** The bytes [start, end) of the file if the tail holds them. */
function fromTail(tail, start, end) {
    return start >= tail.start && end <= tail.start + tail.bytes.length
        ? tail.bytes.subarray(start - tail.start, end - tail.start)
        : undefined;
}
/**
 * The tail, with the end record found in it: `firstTail` (its last `size` bytes at most) when it
 * holds one, else the last `fullTail` bytes, read. A given tail too short to hold the end record
 * is replaced by the read one; any other ZipFormatError from findEndRecord is thrown.
 */
async function readTail(reads, fullTail, firstTail) {
    const size = reads.size;
    const given = firstTail?.subarray(Math.max(0, firstTail.length - size));
    if (given && given.length > 0) {
        try {
            const eocdPos = findEndRecord(given, size - given.length, size);
            return { bytes: given, start: size - given.length, eocdPos };
        }
        catch (err) {
            // A given tail too short to hold the end record: read the usual one.
            if (!(err instanceof ZipFormatError) || given.length >= fullTail)
                throw err;
        }
    }
    const read = await reads.exact(size - fullTail, size, 'end of the zip');
    const eocdPos = findEndRecord(read, size - read.length, size);
    return { bytes: read, start: size - read.length, eocdPos };
}
/**
 * The end of central directory record (4.3.16) at `tail.eocdPos`: the archive comment (CP437),
 * the bytes after it, and where it puts the central directory.
 */
function readEndRecord(tail) {
    const at = tail.eocdPos - tail.start;
    const eocd = tail.bytes.subarray(at, at + EOCD_SIZE);
    const commentLength = eocd.readUInt16LE(20);
    const comment = decodeCp437(tail.bytes.subarray(at + EOCD_SIZE, at + EOCD_SIZE + commentLength));
    const size = tail.start + tail.bytes.length;
    return {
        comment,
        trailingBytes: size - (tail.eocdPos + EOCD_SIZE + commentLength),
        directory: {
            diskNumber: eocd.readUInt16LE(4),
            cdDisk: eocd.readUInt16LE(6),
            entriesThisDisk: eocd.readUInt16LE(8),
            totalEntries: eocd.readUInt16LE(10),
            cdSize: eocd.readUInt32LE(12),
            cdOffset: eocd.readUInt32LE(16),
            cdEndLimit: tail.eocdPos,
        },
    };
}
/**
 * Where the Zip64 end of central directory record (4.3.14) puts the central directory, when the
 * Zip64 end of central directory locator (4.3.15) sits immediately before the end record;
 * undefined when it does not. Reads the locator and the record when the tail does not hold them.
 */
async function readZip64Directory(reads, tail) {
    const locatorPos = tail.eocdPos - LOCATOR_SIZE;
    if (locatorPos < 0)
        return undefined;
    const locator = fromTail(tail, locatorPos, locatorPos + LOCATOR_SIZE) ??
        (await reads.exact(locatorPos, tail.eocdPos, 'Zip64 end of central directory locator'));
    if (locator.readUInt32LE(0) !== SIG_ZIP64_LOCATOR)
        return undefined;
    const recordPos = toSafe(locator.readBigUInt64LE(8), 'Zip64 end of central directory offset');
    checkZip64Locator(locator.readUInt32LE(16), recordPos, locatorPos);
    // Zip64 end of central directory record (4.3.14).
    const record = fromTail(tail, recordPos, recordPos + ZIP64_EOCD_SIZE) ??
        (await reads.exact(recordPos, recordPos + ZIP64_EOCD_SIZE, 'Zip64 end of central directory record'));
    if (record.readUInt32LE(0) !== SIG_ZIP64_EOCD) {
        throw new ZipFormatError('inconsistent', `No Zip64 end of central directory record at byte ${recordPos}, where the locator points: the end of this file is not the end of one zip.`);
    }
    return {
        diskNumber: record.readUInt32LE(16),
        cdDisk: record.readUInt32LE(20),
        entriesThisDisk: toSafe(record.readBigUInt64LE(24), 'entry count'),
        totalEntries: toSafe(record.readBigUInt64LE(32), 'entry count'),
        cdSize: toSafe(record.readBigUInt64LE(40), 'central directory size'),
        cdOffset: toSafe(record.readBigUInt64LE(48), 'central directory offset'),
        cdEndLimit: recordPos,
    };
}
/** The Zip64 locator (4.3.15) is of a single-file zip and points before itself. */
function checkZip64Locator(totalDisks, recordPos, locatorPos) {
    // 1 for a single-file zip; some writers put 0.
    if (totalDisks > 1) {
        throw new ZipFormatError('inconsistent', `The zip is split across ${totalDisks} files (a spanned or split archive); upload a single-file zip.`);
    }
    if (recordPos + ZIP64_EOCD_SIZE > locatorPos) {
        throw new ZipFormatError('inconsistent', `The Zip64 end of central directory locator points at byte ${recordPos}, past itself (byte ${locatorPos}): the end of this file is not the end of one zip.`);
    }
}
/**
 * The end records describe a single-file zip whose central directory is at most `maxCd` bytes,
 * has room for the announced entries, lies in the file and ends where the end records begin, or
 * before them by at most a digital signature (4.3.13).
 */
function checkDirectoryPlace(directory, size, maxCd) {
    const { diskNumber, cdDisk, entriesThisDisk, totalEntries, cdSize, cdOffset, cdEndLimit } = directory;
    if (diskNumber !== 0 || cdDisk !== 0 || entriesThisDisk !== totalEntries) {
        throw new ZipFormatError('inconsistent', `The end record describes a spanned or split archive (disk ${diskNumber}, central directory on disk ${cdDisk}); upload a single-file zip.`);
    }
    if (cdSize > maxCd) {
        throw new ZipFormatError('too-large', `The central directory is ${cdSize} bytes (${totalEntries} entries), over the ${maxCd}-byte limit for checking.`);
    }
    if (totalEntries * CENTRAL_SIZE > cdSize) {
        throw new ZipFormatError('inconsistent', `The end record announces ${totalEntries} entries but a central directory of only ${cdSize} bytes.`);
    }
    const cdEnd = cdOffset + cdSize;
    if (cdEnd > cdEndLimit) {
        throw new ZipFormatError(cdEnd > size ? 'truncated' : 'inconsistent', `The end record puts the central directory at bytes ${cdOffset}-${cdEnd - 1}, ${cdEnd > size ? 'past the end of the file' : 'overlapping the end records'} (byte ${cdEndLimit}): ${cdEnd > size ? 'the file is cut short, or ' : ''}the end of this file is not the end of one zip.`);
    }
    // Only a digital signature (4.3.13, at most 6 + 65,535 bytes) may sit between the central
    // directory and the end records; anything more is a sign we found some other zip's end.
    if (cdEndLimit - cdEnd > 6 + U16_MAX)
        checkGap(Buffer.alloc(0), cdEnd, cdEndLimit);
}
/**
 * The bytes from the central directory's start to the end records: the part before the tail is
 * read in slices of at most `sliceBytes` (all requested at once), the rest reused from the tail.
 * A gap before the end records is read too, to check that it is a digital signature.
 */
async function readDirectoryRegion(reads, tail, directory, sliceBytes) {
    const { cdOffset, cdEndLimit: readEnd } = directory;
    const parts = [];
    const beforeTailEnd = Math.min(readEnd, tail.start);
    if (cdOffset < beforeTailEnd) {
        const slices = [];
        for (let start = cdOffset; start < beforeTailEnd; start += sliceBytes) {
            slices.push(reads.exact(start, Math.min(start + sliceBytes, beforeTailEnd), 'central directory'));
        }
        parts.push(...(await Promise.all(slices)));
    }
    const fromTailStart = Math.max(cdOffset, tail.start);
    if (fromTailStart < readEnd)
        parts.push(tail.bytes.subarray(fromTailStart - tail.start, readEnd - tail.start));
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}
/**
 * In `region` (readDirectoryRegion), what follows the central directory is a digital signature
 * (4.3.13), and a central directory with entries starts with a file header's signature (4.3.12).
 */
function checkDirectoryFound(region, directory) {
    const { totalEntries, cdSize, cdOffset, cdEndLimit: readEnd } = directory;
    const cdEnd = cdOffset + cdSize;
    if (cdEnd < readEnd)
        checkGap(region.subarray(cdSize), cdEnd, readEnd);
    if (totalEntries > 0 && (cdSize < 4 || region.readUInt32LE(0) !== SIG_CENTRAL)) {
        throw new ZipFormatError('inconsistent', `No central directory at byte ${cdOffset}, where the end record points: the end of this file is not the end of one zip (a zip stored inside a zip whose own end is missing, or bytes added in front).`);
    }
}
/**
 * Position of the end of central directory record (4.3.16) in the tail, searching backwards:
 * the last one whose comment ends exactly at the end of the file, else the last one whose
 * comment fits (the rest is trailing bytes).
 */
function findEndRecord(tail, tailStart, size) {
    // The highest signature found: where it is, and whether its record and comment fit the file.
    let highest;
    for (let i = tail.length - 4; i >= 0; i--) {
        if (tail.readUInt32LE(i) !== SIG_EOCD)
            continue;
        if (i + EOCD_SIZE > tail.length) {
            highest ??= { pos: tailStart + i, fits: false };
            continue;
        }
        const end = tailStart + i + EOCD_SIZE + tail.readUInt16LE(i + 20);
        if (end === size)
            return tailStart + i;
        highest ??= { pos: tailStart + i, fits: end < size };
    }
    if (highest?.fits)
        return highest.pos;
    if (highest) {
        throw new ZipFormatError('truncated', 'The end of central directory record (or its comment) runs past the end of the file: the file is cut short.');
    }
    for (const sig of [SIG_CENTRAL, SIG_LOCAL, SIG_ZIP64_EOCD, SIG_ZIP64_LOCATOR]) {
        if (indexOfU32(tail, sig) >= 0) {
            throw new ZipFormatError('truncated', `The last ${tail.length} bytes hold zip headers but no end of central directory record: the file is cut short.`);
        }
    }
    throw new ZipFormatError('no-end-record', `No end of central directory record in the last ${tail.length} bytes: the file is not a zip, or is cut short.`);
}
function indexOfU32(buf, value) {
    const needle = Buffer.alloc(4);
    needle.writeUInt32LE(value);
    return buf.indexOf(needle);
}
/** Between the central directory and the end records only a digital signature (4.3.13) may sit. */
function checkGap(gap, start, end) {
    if (gap.length >= 6 &&
        gap.readUInt32LE(0) === SIG_DIGITAL_SIGNATURE &&
        6 + gap.readUInt16LE(4) === gap.length) {
        return;
    }
    throw new ZipFormatError('inconsistent', `The end record puts the central directory's end at byte ${start}, but the end records start at byte ${end}: the end of this file is not the end of one zip (a zip stored inside a zip whose own end is missing, or bytes added in front).`);
}
function toSafe(value, what) {
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new ZipFormatError('inconsistent', `The ${what} (${value}) is beyond any real file.`);
    }
    return Number(value);
}
/**
 * Parses `count` central directory file headers (4.3.12) filling exactly `cd`, applying the
 * Zip64 extended information extra field (4.5.3) and the Info-ZIP Unicode Path extra field
 * (4.6.9). `cdOffset` is where `cd` starts in the file, for messages and bounds.
 */
function parseCentralDirectory(cd, count, cdOffset) {
    const entries = [];
    let pos = 0;
    for (let index = 0; index < count; index++) {
        const at = `central directory file header ${index + 1} of ${count} (byte ${cdOffset + pos})`;
        const header = readFileHeader(cd, pos, at);
        applyExtraFields(cd, header, at);
        entries.push(toEntry(header, at, cdOffset));
        pos = header.next;
    }
    if (pos !== cd.length) {
        throw badCentralDirectory(`The central directory is ${cd.length} bytes but its ${count} headers fill ${pos}: the end record's entry count is wrong (more than 65,535 entries written without Zip64?).`);
    }
    return entries;
}
function badCentralDirectory(message) {
    return new ZipFormatError('bad-central-directory', message);
}
/**
 * The file header at `pos` in `cd`, which must hold all of it and start with its signature
 * (ZipFormatError `bad-central-directory` naming the header, `at`, if not).
 */
function readFileHeader(cd, pos, at) {
    if (pos + CENTRAL_SIZE > cd.length) {
        throw badCentralDirectory(`The ${at} runs past the central directory.`);
    }
    if (cd.readUInt32LE(pos) !== SIG_CENTRAL) {
        throw badCentralDirectory(`The ${at} has no signature.`);
    }
    const flags = cd.readUInt16LE(pos + 8);
    const nameLength = cd.readUInt16LE(pos + 28);
    const extraLength = cd.readUInt16LE(pos + 30);
    const commentLength = cd.readUInt16LE(pos + 32);
    const nameStart = pos + CENTRAL_SIZE;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > cd.length)
        throw badCentralDirectory(`The ${at} runs past the central directory.`);
    const nameBytes = cd.subarray(nameStart, extraStart);
    return {
        flags,
        method: cd.readUInt16LE(pos + 10),
        compressedSize: cd.readUInt32LE(pos + 20),
        uncompressedSize: cd.readUInt32LE(pos + 24),
        diskStart: cd.readUInt16LE(pos + 34),
        versionMadeBy: cd.readUInt16LE(pos + 4),
        externalAttributes: cd.readUInt32LE(pos + 38),
        localHeaderOffset: cd.readUInt32LE(pos + 42),
        nameBytes,
        // Info-ZIP on Linux writes UTF-8 names without bit 11; valid UTF-8 is almost never CP437 text.
        name: flags & 0x800 || (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(nameBytes) ? nameBytes.toString('utf8') : decodeCp437(nameBytes),
        extraStart,
        extraEnd: extraStart + extraLength,
        next,
    };
}
/**
 * Applies the header's Zip64 extended information (4.5.3) and Info-ZIP Unicode Path (4.6.9)
 * extra fields, read from `cd`; other extra fields are skipped.
 */
function applyExtraFields(cd, header, at) {
    const { extraStart, extraEnd } = header;
    for (let e = extraStart; e + 4 <= extraEnd;) {
        const id = cd.readUInt16LE(e);
        const dataLength = cd.readUInt16LE(e + 2);
        const data = cd.subarray(e + 4, Math.min(e + 4 + dataLength, extraEnd));
        if (id === 0x0001) {
            applyZip64Extra(header, data, at);
        }
        else if (id === 0x7075 && data.length >= 5 && data[0] === 1 && !(header.flags & 0x800)) {
            // Info-ZIP Unicode Path (4.6.9): valid only while its CRC matches the header's name.
            if (data.readUInt32LE(1) === crc32(header.nameBytes)) {
                header.name = data.subarray(5).toString('utf8');
            }
        }
        e += 4 + dataLength;
    }
}
/** The Zip64 extended information extra field (4.5.3): the 64-bit values of saturated fields. */
function applyZip64Extra(header, data, at) {
    // 4.5.3: only the saturated fields are present, in this order.
    let p = 0;
    const take = () => {
        if (p + 8 > data.length)
            throw badCentralDirectory(`The ${at} has a short Zip64 extra field.`);
        const v = toSafe(data.readBigUInt64LE(p), 'Zip64 value');
        p += 8;
        return v;
    };
    if (header.uncompressedSize === U32_MAX)
        header.uncompressedSize = take();
    if (header.compressedSize === U32_MAX)
        header.compressedSize = take();
    if (header.localHeaderOffset === U32_MAX)
        header.localHeaderOffset = take();
    if (header.diskStart === U16_MAX && p + 4 <= data.length)
        header.diskStart = data.readUInt32LE(p);
}
/** The listing's entry for a header whose data is on this disk and before the central directory. */
function toEntry(header, at, cdOffset) {
    const { name, compressedSize, uncompressedSize, method, flags, localHeaderOffset } = header;
    if (header.diskStart !== 0) {
        throw badCentralDirectory(`The ${at} says its data is on disk ${header.diskStart}.`);
    }
    if (localHeaderOffset + LOCAL_SIZE + compressedSize > cdOffset) {
        throw badCentralDirectory(`The ${at} ("${name.slice(0, 100)}") puts ${compressedSize} bytes of data at byte ${localHeaderOffset}, past the start of the central directory (byte ${cdOffset}).`);
    }
    return {
        name,
        compressedSize,
        uncompressedSize,
        method,
        encrypted: (flags & 0x41) !== 0 || method === 99,
        isDirectory: isDirectoryEntry(header),
        localHeaderOffset,
        nameHasBackslash: name.includes('\\'),
    };
}
/**
 * A directory: its name ends in "/", or it is empty and its name ends in "\" or its external
 * attributes say directory (MS-DOS attribute 0x10 from hosts 0, 10, 11, 14; the Unix mode's
 * S_IFDIR from host 3; host is the high byte of "version made by", 4.4.2).
 */
function isDirectoryEntry(header) {
    const { name, uncompressedSize, externalAttributes } = header;
    const host = header.versionMadeBy >> 8;
    return (name.endsWith('/') ||
        (uncompressedSize === 0 &&
            (name.endsWith('\\') ||
                ((host === 0 || host === 10 || host === 11 || host === 14) &&
                    (externalAttributes & 0x10) !== 0) ||
                (host === 3 && ((externalAttributes >>> 16) & 0o170000) === 0o040000))));
}
/** Code page 437, bytes 0x80-0xFF (the original IBM PC character set; APPNOTE Appendix D.1). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/** Decodes CP437 (the default encoding of names and comments, APPNOTE Appendix D.1). */
function decodeCp437(bytes) {
    let ascii = true;
    for (const b of bytes) {
        if (b >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return bytes.toString('latin1');
    let out = '';
    for (const b of bytes)
        out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
    return out;
}
let crcTable;
/** CRC-32 as zip uses it (APPNOTE 4.4.7). */
function crc32(bytes) {
    if (!crcTable) {
        crcTable = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            crcTable[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (const b of bytes)
        crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}


/***/ })

};
