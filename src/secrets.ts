/**
 * What is secret, every form a secret can take, and how it is kept out of
 * what we print.
 *
 * The runner masks what it is told to mask (`add-mask`), plus a few encodings
 * of it: see actions/runner src/Sdk/DTLogging/Logging/ValueEncoders.cs and
 * HostContext.cs. Its base64 encoders (in the versions we read) cover
 * standard base64, not base64url, and runners before the Shift1/Shift2
 * encoders match a secret at only one of the three byte alignments base64 can
 * put it at; hex, `\uXXXX`, HTML entities, upper case and a secret split by a
 * line break or an invisible character are not covered at all. The CLI has no runner. So everything we
 * print from outside goes through `Redactor`, which knows every form, and the
 * runner gets only values that are safe to mask job-wide (`maskValues`).
 *
 * Imports only node built-ins: the config parser, the text module and the
 * action adapter all build on this file.
 */
import { Buffer } from 'node:buffer';

const MASK = '***';
/** Text cut short that ends in this many characters of a secret (in any form) is masked. */
const MIN_TAIL_CHARS = 4;
/** Values shorter than this are never handed to the runner: it would blot them out of every log line. */
export const MIN_MASK_LENGTH = 8;

// Characters that render as nothing (or as a plain blank) but split a string:
// format characters (ZW*, bidi, soft hyphen U+00AD, U+180E, tags U+E0000–E007F),
// combining marks (U+034F, variation selectors, accents), the Hangul fillers,
// and the braille blank.
const INVISIBLE_CLASS = String.raw`\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800`;
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');

/**
 * Text as a reader sees it: NFKC (fullwidth and styled letters become plain
 * ones) without invisible, format and combining characters. Decomposed
 * accents compose first, so "café" keeps its é; a mark that composes with
 * nothing is dropped.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Stronger than `normaliseText`: every combining mark goes, so "k\u0301ey" cannot become "ḱey". For matching only. */
function foldText(text: string): string {
  return text.normalize('NFKD').replace(INVISIBLE, '').normalize('NFKC');
}

// --- The forms of a secret -------------------------------------------------

/**
 * What may sit between two characters of a secret and still leave it
 * readable: whitespace, line breaks and other controls, line breaks escaped
 * as JSON (`\n`), URLs (`%0A`) or HTML (`&#10;`), and a space as form or URL
 * encoding or HTML writes it (a secret's own blanks are matched by this
 * alone, so no two `*` ever sit side by side). Invisible and combining
 * characters are not listed: `Redactor` folds them out of the text first
 * (listing the Unicode classes here made each pattern ~100 KB to compile, per
 * string width). Repeats are bounded (`{0,8}`) so no input backtracks more
 * than a few steps per position.
 */
const SEP = String.raw`(?:[\x00-\x20\x7f-\x9f\u2028\u2029]|\\[nrt]|\+|%(?:25){0,4}(?:0[adAD]|20)|&nbsp;|&#(?:[xX]0{0,8}(?:[adAD]|20)|0{0,8}(?:1[03]|32));?)*`;

/** HTML named references for ASCII punctuation (WHATWG list), lower-cased; matched case-insensitively. */
const NAMED_ENTITIES: Record<string, string[]> = {
  '!': ['excl'],
  '"': ['quot'],
  '#': ['num'],
  $: ['dollar'],
  '%': ['percnt'],
  '&': ['amp'],
  "'": ['apos'],
  '(': ['lpar'],
  ')': ['rpar'],
  '*': ['ast', 'midast'],
  '+': ['plus'],
  ',': ['comma'],
  '.': ['period'],
  '/': ['sol'],
  ':': ['colon'],
  ';': ['semi'],
  '<': ['lt'],
  '=': ['equals'],
  '>': ['gt'],
  '?': ['quest'],
  '@': ['commat'],
  '[': ['lsqb', 'lbrack'],
  '\\': ['bsol'],
  ']': ['rsqb', 'rbrack'],
  '^': ['hat'],
  _: ['lowbar', 'underbar'],
  '`': ['grave', 'diacriticalgrave'],
  '{': ['lcub', 'lbrace'],
  '|': ['verbar', 'vert', 'verticalline'],
  '}': ['rcub', 'rbrace'],
};

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const hex = (n: number, width = 2): string => n.toString(16).padStart(width, '0');

/**
 * Every way one character can be written in text a person or a tool could
 * undo, as a regex alternation (matched case-insensitively): itself (or
 * backslash-escaped, as Markdown, shells and nested JSON do), its UTF-8 bytes in hex
 * (bare, `%xx` at any URL-encoding depth, `\xNN`, quoted-printable `=XX`),
 * JSON/JS `\uXXXX` and `\u{…}`, HTML decimal, hex and named references, and a
 * space as form encoding writes it.
 */
function charPattern(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const byte = (b: number): string => String.raw`(?:%(?:25){0,4}|\\x|=)?${hex(b)}`;
  // Punctuation may carry the backslashes of one or more rounds of JSON escaping, in hex too.
  const word = /[\p{L}\p{N}]/u.test(char);
  const escapes = word ? '' : `(?:${byte(0x5c)}){0,8}`;
  const bytes = escapes + [...Buffer.from(char, 'utf8')].map(byte).join('');
  const units =
    [...char].length === 1 && char.length === 2 ? [char.charCodeAt(0), char.charCodeAt(1)] : [code];
  const alternatives = [
    // Nothing escapes a letter or digit: `\n` is a line break, not an n.
    `${word ? '' : String.raw`\\{0,8}`}${escapeRegExp(char)}`,
    bytes,
    units.map((u) => String.raw`\\u${hex(u, 4)}`).join(''),
    String.raw`\\u\{0{0,8}${code.toString(16)}\}`,
    `&#0{0,8}${code};?`,
    `&#x0{0,8}${code.toString(16)};?`,
    ...(NAMED_ENTITIES[char] ?? []).map((name) => `&${name};`),
  ];
  return `(?:${alternatives.join('|')})`;
}

/**
 * The characters of base64 (or base64url) of `bytes` that do not depend on
 * what comes before or after them, when `bytes` follows `shift` other bytes
 * in a longer blob (a request body, `user:key`). Base64 packs 3 bytes into 4
 * characters, so the same secret encodes three different ways; the runner's
 * ValueEncoders.Base64StringEscapeShift1/2 exist for the same reason.
 */
export function base64Inner(bytes: Buffer, shift: 0 | 1 | 2, url = false): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString(
    url ? 'base64url' : 'base64',
  );
  const first = Math.ceil((8 * shift) / 6);
  const end = Math.floor((8 * (shift + bytes.length)) / 6);
  return encoded.slice(first, end);
}

/**
 * A stretch of text that may hold base64: its characters (`+`, `/`, `=` also
 * URL- or JSON-escaped) with line breaks and blanks (MIME wraps at 76, JSON
 * writes `\n`) between them.
 */
const BASE64_RUN =
  // eslint-disable-next-line no-control-regex
  /(?:[A-Za-z0-9+/=_-]|%(?:25){0,4}(?:2[bBfF]|3[dD])|\\\/|[\x00-\x20]|\\[nrt]|%0[adAD])+/g;
const BASE64_UNIT = /[A-Za-z0-9+/=_-]|%(?:25){0,4}(?:2[bBfF]|3[dD])|\\\//y;
// eslint-disable-next-line no-control-regex
const BASE64_SEPARATOR = /[\x00-\x20]|\\[nrt]|%0[adAD]/y;

/** A run without its separators, and where each character of it starts and ends in the text. */
function compactRun(
  run: string,
  offset: number,
): { chars: string; start: number[]; end: number[] } {
  let chars = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < run.length;) {
    BASE64_UNIT.lastIndex = i;
    const unit = BASE64_UNIT.exec(run)?.[0];
    if (!unit) {
      BASE64_SEPARATOR.lastIndex = i;
      i += BASE64_SEPARATOR.exec(run)?.[0].length ?? 1;
      continue;
    }
    const last = unit.slice(-1).toLowerCase();
    chars += unit.length === 1 ? unit : last === 'b' ? '+' : last === 'd' ? '=' : '/';
    start.push(offset + i);
    end.push(offset + i + unit.length);
    i += unit.length;
  }
  return { chars, start, end };
}

/**
 * Where in `text` the base64 `forms` (longest first) are, as [start, end)
 * ranges, plus a form's first `minTail`+ characters when text ends there.
 * Plain `indexOf` on each compacted run: regexes with separators between all
 * characters of two dozen forms took ~100 ms to compile.
 */
function base64Ranges(text: string, forms: string[], minTail: number): [number, number][] {
  const ranges: [number, number][] = [];
  const shortest = Math.min(minTail, ...forms.map((f) => f.length));
  for (const match of text.matchAll(BASE64_RUN)) {
    const run = compactRun(match[0], match.index);
    if (run.chars.length < shortest) continue;
    const atEnd = match.index + match[0].length === text.length;
    for (const form of forms) {
      for (
        let at = run.chars.indexOf(form);
        at >= 0;
        at = run.chars.indexOf(form, at + form.length)
      ) {
        ranges.push([run.start[at] ?? 0, run.end[at + form.length - 1] ?? 0]);
      }
      if (!atEnd) continue;
      for (let length = form.length - 1; length >= minTail; length--) {
        if (run.chars.endsWith(form.slice(0, length))) {
          ranges.push([run.start[run.chars.length - length] ?? 0, text.length]);
          break;
        }
      }
    }
  }
  return ranges;
}

/** `text` with each range (overlapping ones merged) replaced by the mask. */
function maskRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  ranges.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    if (start >= at) out += text.slice(at, start) + MASK;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * A blank of the secret written as something SEP does not take: hex `20`,
 * `\x20`, `\u0020`. Nothing here starts like SEP, so `SEP (?:blank SEP)?`
 * cannot be split two ways.
 */
const BLANK = String.raw`(?:(?:(?:\\x|=)?20|\\u0020|\\u\{0{0,8}20\})${SEP})?`;

/**
 * One pattern piece per non-blank character of `secret`, each (but the
 * first) led by SEP and by the secret's blanks before it. Every piece ends in
 * a character, so an optional piece never matches separators alone (which
 * would backtrack quadratically on a long run of blanks).
 */
function pieces(secret: string): string[] {
  const out: string[] = [];
  let blanks = 0;
  for (const char of secret) {
    if (/\s/u.test(char)) {
      blanks++;
      continue;
    }
    out.push(
      out.length === 0 ? charPattern(char) : `${SEP}${BLANK.repeat(blanks)}${charPattern(char)}`,
    );
    blanks = 0;
  }
  return out;
}

/** The first `min` pieces, then each further one optional in turn: the start of the secret, at least `min` characters. */
function prefixPattern(parts: string[], min: number): string {
  let rest = '';
  for (let i = parts.length - 1; i >= min; i--) rest = `(?:${parts[i]}${rest})?`;
  return `${parts.slice(0, min).join('')}${rest}`;
}

/**
 * The forms a secret's text takes before it is base64-encoded: as is, in
 * either case, JSON- or URL-encoded (the request body holds it so).
 */
function textForms(secret: string): string[] {
  return [
    secret,
    secret.toUpperCase(),
    secret.toLowerCase(),
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'),
    encodeURIComponent(secret),
    new URLSearchParams({ v: secret }).toString().slice(2),
  ];
}

interface Patterns {
  chars: RegExp | undefined;
  charsTail: RegExp | undefined;
  /** Base64 and base64url forms, longest first. */
  base64: string[];
}

/**
 * Knows every secret and replaces it, in any form it can take in text, with
 * `***`.
 *
 * Text is searched twice when it is not plain: as given, and folded (NFKD,
 * invisible and combining characters gone, NFKC). A secret found only in the
 * folded text is masked there, and the folded text is returned: it is what a
 * reader would see anyway. Text with no secret comes back unchanged.
 *
 * Matching: each character of a secret in any of `charPattern`'s forms, case
 * ignored (so upper case, hex, `%xx`, `\uXXXX`, entities and any mix of
 * them); base64 and base64url of the secret (and of its JSON/URL-encoded
 * forms) at all three alignments, case kept; anything of `SEP` between two
 * characters. Text ending in the first `MIN_TAIL_CHARS` characters of a form
 * (a capped read) has that tail masked.
 */
export class Redactor {
  private readonly parts = new Set<string>();
  private patterns: Patterns | undefined;

  add(secret: string): void {
    if (!secret) return;
    const before = this.parts.size;
    for (const part of [secret, foldText(secret)]) {
      if (part) this.parts.add(part);
      // Each line on its own too: a log viewer or a server may show one line of a multi-line secret.
      for (const line of part.split(/\r\n|\r|\n/)) {
        if (line.trim().length >= MIN_MASK_LENGTH) this.parts.add(line.trim());
      }
    }
    // The patterns cost tens of milliseconds to build: only a new secret makes them stale.
    if (this.parts.size !== before) this.patterns = undefined;
  }

  redact(text: string): string {
    return this.scan(text, true);
  }

  /**
   * Whether `text` carries a whole secret in any form `redact` knows; with
   * `partial`, also the start of one (≥ 4 characters) at its end.
   */
  contains(text: string, partial = false): boolean {
    return this.scan(text, partial) !== text;
  }

  /** The same as `redact`, as a plain function to hand on. */
  readonly redactor = (text: string): string => this.redact(text);

  private scan(text: string, tails: boolean): string {
    if (!text || this.parts.size === 0) return text;
    const direct = this.apply(text, tails);
    const folded = foldText(direct);
    if (folded === direct) return direct;
    const again = this.apply(folded, tails);
    return again === folded ? direct : again;
  }

  private apply(text: string, tails: boolean): string {
    const p = (this.patterns ??= this.build());
    let out = text;
    if (p.chars) out = out.replace(p.chars, MASK);
    if (tails && p.charsTail) out = out.replace(p.charsTail, MASK);
    // Four bytes of secret are six base64 characters: fewer would match by chance.
    if (p.base64.length) out = maskRanges(out, base64Ranges(out, p.base64, tails ? 6 : Infinity));
    return out;
  }

  private build(): Patterns {
    // Longest first, so a secret that contains another is replaced whole.
    const parts = [...this.parts].sort((a, b) => b.length - a.length);
    const chars: string[] = [];
    const charsTail: string[] = [];
    const base64 = new Set<string>();
    for (const part of parts) {
      const each = pieces(part);
      chars.push(each.join(''));
      if (each.length > MIN_TAIL_CHARS) charsTail.push(prefixPattern(each, MIN_TAIL_CHARS));
      for (const form of textForms(part)) {
        // UTF-16LE too: PowerShell's -EncodedCommand and .NET's Encoding.Unicode.
        for (const bytes of [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le')]) {
          for (const shift of [0, 1, 2] as const) {
            for (const url of [false, true]) {
              const inner = base64Inner(bytes, shift, url);
              // Too short to tell from chance (a secret of a few bytes).
              if (inner.length >= MIN_MASK_LENGTH) base64.add(inner);
            }
          }
        }
      }
    }
    const join = (list: string[]): string => list.map((s) => `(?:${s})`).join('|');
    return {
      chars: chars.length ? new RegExp(join(chars), 'giu') : undefined,
      charsTail: charsTail.length ? new RegExp(`(?:${join(charsTail)})${SEP}$`, 'iu') : undefined,
      base64: [...base64].sort((a, b) => b.length - a.length),
    };
  }
}

// --- Opaque tokens ---------------------------------------------------------

// Padding only at the end: "k=<hex>" is a name and a token.
const TOKEN_RUN = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
const OBJECT_ID = /^[0-9a-f]{24}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const OPAQUE_TOKEN_REMOVED = '[opaque token removed]';

const charClass = (c: string): number =>
  /[a-z]/.test(c) ? 1 : /[A-Z]/.test(c) ? 2 : /[0-9]/.test(c) ? 3 : 0;

/**
 * Whether one `/`-free run looks like an encoding rather than words: random
 * data switches between lower case, upper case and digits every other
 * character, words and identifiers (`InternalServerErrorException`,
 * `ERR_FILE_TOO_LARGE_2GB`) rarely do.
 */
function isOpaque(segment: string, keep: Set<string>): boolean {
  const core = segment.replace(/^[=_-]+|[=_-]+$/g, '');
  if (keep.has(core.toLowerCase()) || OBJECT_ID.test(core) || UUID.test(core)) return false;
  // Hex longer than an ObjectId: 13 bytes or more of something.
  if (/^[0-9a-f]+$/i.test(core)) return core.length > 24;
  const alnum = core.replace(/[^A-Za-z0-9]/g, '');
  if (alnum.length < 20) return false;
  let switches = 0;
  for (let i = 1; i < alnum.length; i++) {
    if (charClass(alnum[i] ?? '') !== charClass(alnum[i - 1] ?? '')) switches++;
  }
  const hasDigit = /[0-9]/.test(alnum);
  const mixedCase = /[a-z]/.test(alnum) && /[A-Z]/.test(alnum);
  if (hasDigit) return switches >= Math.max(6, alnum.length / 5);
  return mixedCase && switches >= alnum.length / 3;
}

/**
 * Removes long opaque tokens (base64, base64url, hex, JWT parts: an encoding
 * we did not think of) from server text, keeping `keep` (the project ID,
 * upload ID: IDs we print anyway), 24-hex ObjectIds and UUIDs (request IDs
 * for support). Words, sentences, hosts and ordinary URL paths stay.
 * `"echo: eyJhcGlLZXkiOiJzcGtf…"` → `"echo: [opaque token removed]"`.
 */
export function dropOpaqueTokens(text: string, keep: string[]): string {
  const kept = new Set(keep.filter(Boolean).map((k) => k.toLowerCase()));
  return text.replace(TOKEN_RUN, (run) => {
    if (kept.has(run.toLowerCase())) return run;
    // A path keeps its readable segments; base64 holds "/" too, so each segment is judged alone.
    const segments = run.split('/');
    let changed = false;
    const out = segments.map((s) => {
      if (!isOpaque(s, kept)) return s;
      changed = true;
      return OPAQUE_TOKEN_REMOVED;
    });
    if (changed) {
      const removedRun = /\[opaque token removed\](?:\/\[opaque token removed\])+/g;
      return out.join('/').replace(removedRun, OPAQUE_TOKEN_REMOVED);
    }
    // Short base64 pieces between slashes: "+" or "=" padding say it is not a path.
    if (/[+]|=$/.test(run) && isOpaque(run.replace(/\//g, ''), kept)) return OPAQUE_TOKEN_REMOVED;
    return run;
  });
}

// --- Values that become outputs --------------------------------------------

const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Whether `value` (an upload ID from the server) may become an output: it is
 * ID-shaped, and neither it nor what it decodes to (base64, base64url, hex,
 * from each of the first four offsets) carries a secret.
 */
export function isSafeId(value: string, secrets: Redactor): boolean {
  if (!ID_SHAPE.test(value)) return false;
  // The start of a secret at the end counts too, except for an ObjectId: its
  // last four hex digits match the start of a hex user ID once in 65536.
  if (secrets.contains(value, !OBJECT_ID.test(value))) return false;
  const decoded: Buffer[] = [];
  for (let offset = 0; offset < 4; offset++) {
    decoded.push(Buffer.from(value.slice(offset), 'base64url'));
  }
  for (let offset = 0; offset < 2; offset++) {
    const hexRun = value.slice(offset).match(/^(?:[0-9a-f]{2})+/i)?.[0];
    if (hexRun) decoded.push(Buffer.from(hexRun, 'hex'));
  }
  // Decoded bytes are noise unless they are text: four matching characters are no accident there.
  return !decoded.some(
    (bytes) =>
      bytes.length > 0 &&
      (secrets.contains(bytes.toString('utf8'), true) ||
        secrets.contains(bytes.toString('latin1'), true)),
  );
}

// --- What the runner masks -------------------------------------------------

/**
 * Words that appear in every log (and in presigned URLs' public parameters):
 * registering one would blot it out job-wide.
 */
const COMMON_WORDS = new Set([
  'download',
  'getobject',
  'putobject',
  'headobject',
  'host',
  'true',
  'false',
  'null',
  'undefined',
  'attachment',
  'inline',
  'unsigned-payload',
  'aws4-hmac-sha256',
  'goog4-rsa-sha256',
  'goog4-hmac-sha256',
  'aws4_request',
  'goog4_request',
  'enabled',
  'disabled',
  'sharing',
  'application',
  'octet-stream',
  'application/octet-stream',
  'application/zip',
  'password',
  'username',
  'streampixel',
  'production',
  'development',
  'staging',
  'anonymous',
  'localhost',
  'content-type',
  'x-amz-date',
  'x-amz-content-sha256',
  'host;x-amz-date',
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'bearer',
]);

/**
 * A word rather than a secret: letters (with `-`/`_`), at most 16, in at most
 * three case switches (`Download`, `GetObject`, `FileName`). Applied to the
 * values of a URL's query, which are often words; an input secret is only
 * checked against `COMMON_WORDS` (a key may be all letters).
 */
function isWordLike(value: string): boolean {
  if (!/^[A-Za-z]+(?:[-_][A-Za-z]+)*$/.test(value) || value.length > 16) return false;
  // Case switches within the letters: "download" 0, "Download" 1, "GetObject" 3 (G|et|O|bject).
  const letters = value.replace(/[-_]/g, '');
  let switches = 0;
  for (let i = 1; i < letters.length; i++) {
    if (charClass(letters[i] ?? '') !== charClass(letters[i - 1] ?? '')) switches++;
  }
  return switches <= 3;
}

/** Lines of a multi-line secret shorter than `MIN_MASK_LENGTH`: such a key is invalid input (the runner would mask the line job-wide). */
export function shortLines(secret: string): string[] {
  const lines = secret.split(/\r\n|\r|\n/);
  if (lines.length < 2) return [];
  return lines.map((l) => l.trim()).filter((l) => l.length > 0 && l.length < MIN_MASK_LENGTH);
}

/**
 * Exactly what to register with `add-mask` for one secret. The runner masks
 * every line of a multi-line value on its own, so a multi-line value is
 * registered whole only when none of its lines is short; otherwise only its
 * long lines. Nothing shorter than `MIN_MASK_LENGTH`, nothing word-like.
 * `'abc…\nab'` → `['abc…']`.
 */
export function maskValues(secret: string): string[] {
  return maskable(secret, false);
}

/** `maskValues`, also leaving out word-shaped values when `strict` (a URL's query values). */
function maskable(secret: string, strict: boolean): string[] {
  const value = secret.trim();
  const ok = (v: string): boolean =>
    v.length >= MIN_MASK_LENGTH && !COMMON_WORDS.has(v.toLowerCase()) && !(strict && isWordLike(v));
  const lines = value
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const out = new Set<string>();
  if (lines.length <= 1) {
    if (ok(value)) out.add(value);
    return [...out];
  }
  if (shortLines(value).length === 0 && ok(value)) out.add(value);
  for (const line of lines) if (ok(line)) out.add(line);
  return [...out];
}

/**
 * Query parameters whose values are public in the presigners we know, and
 * are neither registered nor hidden from the reader (their values are words,
 * dates and durations: "GetObject", "20240101T000000Z", "3600"):
 * - S3 SigV4 (SDK v3 presigner): X-Amz-Algorithm, -Date, -Expires,
 *   -SignedHeaders, -Content-Sha256 (UNSIGNED-PAYLOAD), x-amz-checksum-mode,
 *   x-id (GetObject), response-*, versionId, partNumber.
 * - S3 SigV2, GCS V2, CloudFront: Expires. CloudFront Key-Pair-Id names a
 *   public key the distribution trusts; it grants nothing without the
 *   private key and is not tied to an AWS account lookup.
 * - GCS V4: X-Goog-Algorithm, -Date, -Expires, -SignedHeaders; generation.
 * - Azure SAS: sv, se, st, sr, sp, spr, ss, srt, sip, the user-delegation
 *   key's skoid, sktid, skt, ske, sks, skv, sdd, the response overrides
 *   rscc, rscd, rsce, rscl, rsct, and the correlation IDs saoid, suoid, scid.
 * - Google Drive: export (=download), usp, authuser. Dropbox: dl, raw.
 *
 * Not public, and masked: every signature (X-Amz-Signature, X-Goog-Signature,
 * Signature, sig), session tokens (X-Amz-Security-Token), policies
 * (CloudFront Policy), credentials (X-Amz-Credential, X-Goog-Credential),
 * S3 SigV2's AWSAccessKeyId and GCS V2's GoogleAccessId (AWS calls an access
 * key ID identifying rather than secret, but it names the account through
 * sts:GetAccessKeyInfo and half of a key pair: conservative), and Drive's
 * `id`, `resourcekey`, `confirm` (anyone holding a shared file's ID can fetch it).
 */
const PUBLIC_QUERY_PARAMS =
  /^(?:x-amz-(?:algorithm|date|expires|signedheaders|content-sha256|checksum-mode)|x-goog-(?:algorithm|date|expires|signedheaders)|x-id|response-.+|versionid|partnumber|generation|expires|key-pair-id|sv|se|st|sr|sp|spr|ss|srt|sip|skoid|sktid|skt|ske|sks|skv|sdd|rscc|rscd|rsce|rscl|rsct|saoid|suoid|scid|export|usp|authuser|dl|raw)$/i;

/** Parameter names that say they carry a secret, whatever the value's length. */
const SECRET_QUERY_PARAM = /sig|token|credential|key|secret|auth|pass|policy/i;

/** A presigned URL's secrets: each signature/credential value, the password, the fragment, and the whole query. */
function urlSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // Not a URL we can read: everything after "?" (or all of it) is the secret.
    return [text.slice(text.indexOf('?') + 1)];
  }
  const secrets: string[] = [];
  if (url.password) secrets.push(url.password, safeDecode(url.password));
  if (url.hash.length > 1) secrets.push(url.hash.slice(1));
  for (const pair of url.search.slice(1).split('&')) {
    const [rawName = '', rawValue = ''] = pair.split(/=(.*)/s);
    const name = safeDecode(rawName.replace(/\+/g, ' '));
    const value = safeDecode(rawValue.replace(/\+/g, ' '));
    if (PUBLIC_QUERY_PARAMS.test(name)) continue;
    if (SECRET_QUERY_PARAM.test(name) || value.length >= MIN_MASK_LENGTH) {
      // Decoded, and as written when that differs ("%2f" is not how the runner re-encodes "/").
      secrets.push(value, rawValue);
      // "AKIA…/20240101/us-east-1/s3/aws4_request": the key ID alone, as it may appear elsewhere.
      if (/credential/i.test(name)) secrets.push(value.split('/')[0] ?? '');
    }
  }
  // The whole query too, when it carries a secret ("dl=0&export=download" alone does not).
  if (secrets.length > 0) secrets.push(url.search.slice(1));
  return secrets;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Every value derived from the inputs that is registered with the runner and
 * the Redactor: the key, the user ID, the GitHub token, and the file URL's
 * secrets (see `PUBLIC_QUERY_PARAMS` for what is not one). Each value passes
 * through `maskValues`, so none is short or a word.
 */
export function secretValues(raw: {
  'api-key'?: string;
  'user-id'?: string;
  'github-token'?: string;
  'file-url'?: string;
  /** Any other input: a presigned URL pasted into the wrong one is just as secret. */
  readonly [input: string]: string | undefined;
}): string[] {
  const out = new Set<string>();
  for (const input of [raw['api-key'], raw['user-id'], raw['github-token']]) {
    for (const value of maskable(input ?? '', false)) out.add(value);
  }
  for (const [name, value] of Object.entries(raw)) {
    const url = value?.trim() ?? '';
    const looksLikeUrl =
      name === 'file-url' ? /[?#@]/.test(url) : /^[a-z][a-z0-9+.-]*:\/\/\S*\?/i.test(url);
    if (!looksLikeUrl) continue;
    for (const secret of urlSecrets(url)) for (const v of maskable(secret, true)) out.add(v);
  }
  return [...out];
}

// --- Input checks ------------------------------------------------------------

/** Blanks and fillers that are not format characters or marks but still print as nothing. */
// (U+180E, U+00AD are Cf and U+034F is Mn: UNPRINTABLE has them.)
const OTHER_INVISIBLE = /[\u115f\u1160\u3164\uffa0\u2800]/u;
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Mn}\p{Me}\p{Z}\s]/u;

/**
 * Every character of `value` that prints as nothing or not as itself: format
 * (ZW*, bidi, soft hyphen, tags), combining marks (incl. variation selectors
 * and U+034F), controls, private-use, unassigned, lone surrogates, any
 * whitespace except the plain spaces, tabs and line breaks at either end that
 * parsing trims, and fillers (U+115F, U+1160, U+3164, U+FFA0, U+2800,
 * U+180E). `index` is the UTF-16 offset. `'ab\u200bc'` → `[{ codePoint: 'U+200B', index: 2 }]`.
 */
export function invisibleCharacters(value: string): { codePoint: string; index: number }[] {
  const start = value.length - value.replace(/^[ \t\r\n]+/, '').length;
  const end = value.replace(/[ \t\r\n]+$/, '').length;
  const found: { codePoint: string; index: number }[] = [];
  let index = 0;
  for (const char of value) {
    // Plain blanks at either end are trimmed by parsing; inside, even a plain space is flagged.
    const trimmed = index < start || index >= end;
    if (!trimmed && (UNPRINTABLE.test(char) || OTHER_INVISIBLE.test(char))) {
      found.push({
        codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
        index,
      });
    }
    index += char.length;
  }
  return found;
}
