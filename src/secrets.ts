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
  if (isAscii(text)) return text;
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/**
 * ASCII text is its own NFKC and holds no invisible character: skipping it
 * spares start-up ICU's normaliser and the Unicode classes (a few ms).
 */
// eslint-disable-next-line no-control-regex
const isAscii = (text: string): boolean => !/[^\x00-\x7f]/.test(text);

/** Stronger than `normaliseText`: every combining mark goes, so "k\u0301ey" cannot become "ḱey". For matching only. */
function foldText(text: string): string {
  if (isAscii(text)) return text;
  return text.normalize('NFKD').replace(INVISIBLE, '').normalize('NFKC');
}

// --- The forms of a secret -------------------------------------------------

/** HTML named references for ASCII punctuation and the blank (WHATWG list), lower-cased; read case-insensitively. */
const NAMED_ENTITIES: Record<string, string> = {
  excl: '!',
  quot: '"',
  num: '#',
  dollar: '$',
  percnt: '%',
  amp: '&',
  apos: "'",
  lpar: '(',
  rpar: ')',
  ast: '*',
  midast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  sol: '/',
  colon: ':',
  semi: ';',
  lt: '<',
  equals: '=',
  gt: '>',
  quest: '?',
  commat: '@',
  lsqb: '[',
  lbrack: '[',
  bsol: '\\',
  rsqb: ']',
  rbrack: ']',
  hat: '^',
  lowbar: '_',
  underbar: '_',
  grave: '`',
  diacriticalgrave: '`',
  lcub: '{',
  lbrace: '{',
  verbar: '|',
  vert: '|',
  verticalline: '|',
  rcub: '}',
  rbrace: '}',
  nbsp: '\u00a0',
};

/**
 * What may sit between two characters of a secret and still leave it
 * readable, once escapes are undone: whitespace, line breaks and other
 * controls, the no-break space, and `+` (a blank in form encoding). A
 * secret's own blanks and `+` are dropped from it the same way, so a secret
 * is matched however its blanks were written.
 */
const isSeparator = (code: number): boolean =>
  code <= 0x20 ||
  (code >= 0x7f && code <= 0xa0) ||
  code === 0x2b ||
  code === 0x2028 ||
  code === 0x2029;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// Escapes, each read where its first character is (sticky). Repeats are
// bounded, so no text costs more than a few steps per position.
const PERCENT = /%(?:25){0,4}([0-9a-f]{2})/iy;
const QUOTED_PRINTABLE = /=([0-9a-f]{2})/iy;
const QUOTED_PRINTABLE_ANYWHERE = /=[0-9a-f]{2}/i;
const BACKSLASH_BYTE = /\\x([0-9a-f]{2})/iy;
const BACKSLASH_UNIT = /\\u([0-9a-f]{4})/iy;
const BACKSLASH_CODE_POINT = /\\u\{0{0,8}([0-9a-f]{1,6})\}/iy;
const ENTITY_HEX = /&#x0{0,8}([0-9a-f]{1,6});?/iy;
const ENTITY_DECIMAL = /&#0{0,8}([0-9]{1,7});?/y;
const ENTITY_NAMED = /&([a-z]{2,20});/iy;

/** One escape or character of the text: a byte (of UTF-8), a UTF-16 code unit, or text. */
type Unit = { start: number; end: number } & (
  { byte: number } | { codeUnit: number } | { text: string }
);

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * The escapes of `text` read as what they stand for: `%xx` at any
 * URL-encoding depth (`%2541`), `\xNN`, quoted-printable `=XX` (with `qp`),
 * JSON/JS `\uXXXX` and `\u{…}`, HTML decimal, hex and named references.
 */
function readUnits(text: string, qp: boolean): Unit[] {
  const units: Unit[] = [];
  for (let at = 0; at < text.length;) {
    const char = text[at];
    let m: RegExpExecArray | null = null;
    let unit: Unit | undefined;
    const hexOf = (): number => parseInt(m?.[1] ?? '0', 16);
    if (char === '%' && (m = sticky(PERCENT, text, at))) {
      unit = { start: at, end: at + m[0].length, byte: hexOf() };
    } else if (char === '=' && qp && (m = sticky(QUOTED_PRINTABLE, text, at))) {
      unit = { start: at, end: at + m[0].length, byte: hexOf() };
    } else if (char === '\\' && (m = sticky(BACKSLASH_BYTE, text, at))) {
      unit = { start: at, end: at + m[0].length, byte: hexOf() };
    } else if (char === '\\' && (m = sticky(BACKSLASH_UNIT, text, at))) {
      unit = { start: at, end: at + m[0].length, codeUnit: hexOf() };
    } else if (char === '\\' && (m = sticky(BACKSLASH_CODE_POINT, text, at))) {
      unit = { start: at, end: at + m[0].length, text: codePoint(hexOf()) };
    } else if (char === '&' && (m = sticky(ENTITY_HEX, text, at))) {
      unit = { start: at, end: at + m[0].length, text: codePoint(hexOf()) };
    } else if (char === '&' && (m = sticky(ENTITY_DECIMAL, text, at))) {
      unit = { start: at, end: at + m[0].length, text: codePoint(parseInt(m[1] ?? '0', 10)) };
    } else if (char === '&' && (m = sticky(ENTITY_NAMED, text, at))) {
      const named = NAMED_ENTITIES[(m[1] ?? '').toLowerCase()];
      if (named) unit = { start: at, end: at + m[0].length, text: named };
    }
    unit ??= { start: at, end: at + 1, codeUnit: text.charCodeAt(at) };
    units.push(unit);
    at = unit.end;
  }
  return units;
}

const codePoint = (n: number): string => (n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd');

/** The length of a UTF-8 sequence that starts with `byte` (1 for a byte that cannot start one). */
const utf8Length = (byte: number): number =>
  byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 ? (byte < 0xf0 ? 3 : 1) : byte >= 0xc2 ? 2 : 1;

/** Units joined into characters: UTF-8 bytes into code points, UTF-16 surrogates into pairs. */
function joinUnits(units: Unit[]): { char: string; start: number; end: number }[] {
  const chars: { char: string; start: number; end: number }[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const next = units[i + 1];
    // A surrogate pair, whatever wrote each half (`\uD83D&#xDE00;`, a raw high half and `\u{de00}`).
    const high = singleUnit(unit);
    const low = next ? singleUnit(next) : -1;
    if (high >= 0xd800 && high < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
      chars.push({
        char: String.fromCharCode(high, low),
        start: unit.start,
        end: next?.end ?? unit.end,
      });
      i++;
    } else if ('text' in unit) {
      chars.push({ char: unit.text, start: unit.start, end: unit.end });
    } else if ('codeUnit' in unit) {
      chars.push({ char: String.fromCharCode(unit.codeUnit), start: unit.start, end: unit.end });
    } else {
      const length = utf8Length(unit.byte);
      const bytes = units.slice(i, i + length).map((u) => ('byte' in u ? u.byte : -1));
      const whole =
        length > 1 && bytes.length === length && bytes.slice(1).every((b) => b >= 0x80 && b < 0xc0);
      const char = whole ? Buffer.from(bytes).toString('utf8') : String.fromCharCode(unit.byte);
      const last = whole ? (units[i + length - 1] as Unit) : unit;
      chars.push({ char, start: unit.start, end: last.end });
      if (whole) i += length - 1;
    }
  }
  return chars;
}

/** The UTF-16 code unit a unit stands for when it is exactly one; -1 otherwise (a byte, or more). */
function singleUnit(unit: Unit): number {
  if ('codeUnit' in unit) return unit.codeUnit;
  return 'text' in unit && unit.text.length === 1 ? unit.text.charCodeAt(0) : -1;
}

/** Blanks, line breaks and controls only: the literal reading keeps `+` and backslashes. */
// eslint-disable-next-line no-control-regex
const LITERAL_SEPARATORS = /[\x00-\x20\x7f-\xa0\u2028\u2029]/g;

/**
 * The text as it is written, blanks and line breaks dropped, lower case: no
 * escape undone. Reading escapes joins what stands before a secret with its
 * first characters (`\tok_…` is a tab and "ok_…", `%65f0…` an "e"): the
 * literal reading finds the secret there, and a secret that itself holds
 * escape-like text (`p%41ss…`, `a&lt;b…`) as written.
 */
export function literalView(text: string): View {
  const view: View = { chars: '', start: [], end: [] };
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    if (!(char.length === 1 && isLiteralSeparator(char.charCodeAt(0)))) {
      const lower = lowerCase(char);
      view.chars += lower;
      for (let k = 0; k < lower.length; k++) {
        view.start.push(at);
        view.end.push(end);
      }
    }
    at = end;
  }
  // As in viewOf: halves of a pair that a dropped blank kept apart.
  const whole = lowerCase(view.chars);
  if (whole.length === view.chars.length) view.chars = whole;
  return view;
}

const isLiteralSeparator = (code: number): boolean =>
  code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029;

/** `literalView(text).chars`, by the engine's own string functions (see `readText`). */
export function readLiteral(text: string): string {
  return lowerCase(text.replace(LITERAL_SEPARATORS, ''));
}

/**
 * Text as the secrets are looked for in it: escapes undone (`readUnits`),
 * separators dropped, lower case, and backslashes that only escape (one or
 * more rounds of JSON or Markdown escaping before punctuation) dropped;
 * backslash and `n`, `r` or `t` is a line break, so a separator; any other
 * run of backslashes is one backslash. `start[i]`/`end[i]`: where the
 * `i`-th UTF-16 unit of `chars` came from in the text.
 */
interface View {
  chars: string;
  start: number[];
  end: number[];
}

export function viewOf(text: string, qp: boolean): View {
  const decoded = joinUnits(readUnits(text, qp));
  const view: View = { chars: '', start: [], end: [] };
  const push = (chars: string, start: number, end: number): void => {
    view.chars += chars;
    for (let k = 0; k < chars.length; k++) {
      view.start.push(start);
      view.end.push(end);
    }
  };
  for (let i = 0; i < decoded.length; i++) {
    const { char, start, end } = decoded[i] as (typeof decoded)[number];
    const code = char.charCodeAt(0);
    if (char.length === 1 && isSeparator(code)) continue;
    if (char !== '\\') {
      // ASCII without toLowerCase: most text is ASCII, and this loop sees every character.
      const lower =
        char.length === 1 && code < 0x80
          ? code >= 0x41 && code <= 0x5a
            ? String.fromCharCode(code + 0x20)
            : char
          : lowerCase(char);
      push(lower, start, end);
      continue;
    }
    let j = i;
    while (decoded[j + 1]?.char === '\\') j++;
    const next = decoded[j + 1]?.char;
    if (next !== undefined && /^[nrt]$/i.test(next)) i = j + 1;
    else if (next !== undefined && !WORD_CHAR.test(next)) i = j;
    else {
      push('\\', start, decoded[j]?.end ?? end);
      i = j;
    }
  }
  // Dropping an escape between two halves of a surrogate pair makes a pair, which the
  // per-character lower case did not see; `readText` lower-cases the whole text.
  const whole = lowerCase(view.chars);
  if (whole.length === view.chars.length) view.chars = whole;
  return view;
}

/** Lower case, with the final sigma as a plain one: `toLowerCase` of a whole text and of one character differ there. */
const lowerCase = (text: string): string => text.toLowerCase().replace(/ς/g, 'σ');

const ESCAPE_RUNS =
  /(?:%(?:25){0,4}[0-9a-f]{2}|\\x[0-9a-f]{2})+|(?:\\u[0-9a-f]{4})+|\\u\{0{0,8}[0-9a-f]{1,6}\}|&#x0{0,8}[0-9a-f]{1,6};?|&#0{0,8}[0-9]{1,7};?|&[a-z]{2,20};/gi;
const ESCAPE_RUNS_QP =
  /(?:%(?:25){0,4}[0-9a-f]{2}|\\x[0-9a-f]{2}|=[0-9a-f]{2})+|(?:\\u[0-9a-f]{4})+|\\u\{0{0,8}[0-9a-f]{1,6}\}|&#x0{0,8}[0-9a-f]{1,6};?|&#0{0,8}[0-9]{1,7};?|&[a-z]{2,20};/gi;
const BACKSLASH_RUN = /\\+([\s\S])?/gu;
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\x00-\x20\x7f-\xa0\u2028\u2029+]/g;

/**
 * `viewOf(text, qp).chars`, by the engine's own string functions: no map
 * back to the text, and no JavaScript run per character (code that has run
 * only a few times is interpreted, and start-up redacts a few dozen lines
 * once each). Used to tell that text holds no secret; `viewOf` then finds
 * where one is.
 */
export function readText(text: string, qp: boolean): string {
  const decoded = text.replace(qp ? ESCAPE_RUNS_QP : ESCAPE_RUNS, (run) =>
    joinUnits(readUnits(run, qp))
      .map((c) => c.char)
      .join(''),
  );
  const unescaped = decoded.replace(BACKSLASH_RUN, (_run, next: string | undefined) => {
    if (next === undefined) return '\\';
    if (/^[nrt]$/i.test(next)) return '';
    return WORD_CHAR.test(next) ? `\\${next}` : next;
  });
  return lowerCase(unescaped.replace(SEPARATORS, ''));
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
function compactRun(run: string, offset: number): View {
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

// Case as BASE64_UNIT and BASE64_SEPARATOR have it: `\N` is no line break, `N` starts a run.
// eslint-disable-next-line no-control-regex
const BASE64_ESCAPES = /%(?:25){0,4}(2[bBfF]|3[dD])|\\\/|[\x00-\x20]|\\[nrt]|%0[adAD]/g;

/** The runs of base64 characters in `text` as `compactRun` reads them, the rest left as it is. */
function readBase64(text: string): string {
  return text.replace(BASE64_ESCAPES, (escape, hex: string | undefined) => {
    if (escape === '\\/') return '/';
    if (!hex) return '';
    const code = hex.toLowerCase();
    return code === '2b' ? '+' : code === '2f' ? '/' : '=';
  });
}

/** A form to look for in a view, and how many of its first characters at the very end of text count. */
interface Needle {
  form: string;
  minTail: number;
}

/**
 * Where in the text behind `view` the `needles` are, as [start, end) ranges;
 * with `tails`, also a needle's first `minTail`+ characters where the view
 * ends (text cut short). Plain `indexOf`: a regular expression with every
 * form of every character took ~50 ms to compile at start-up.
 */
function rangesIn(view: View, needles: Needle[], tails: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  const { chars } = view;
  for (const needle of needles) {
    const { form } = needle;
    for (let at = chars.indexOf(form); at >= 0; at = chars.indexOf(form, at + form.length)) {
      ranges.push([view.start[at] ?? 0, view.end[at + form.length - 1] ?? 0]);
    }
    const tail = tails ? tailAt(chars, needle) : -1;
    if (tail >= 0) ranges.push([view.start[tail] ?? 0, Infinity]);
  }
  return ranges;
}

/**
 * Where the longest start of `needle.form` (at least `minTail` characters,
 * not all of it) that ends `chars` begins; -1 if none. Searches for the
 * first `minTail` characters, so the cost is a few `indexOf` calls, not one
 * comparison per length.
 */
function tailAt(text: string, { form, minTail }: Needle): number {
  if (form.length <= minTail) return -1;
  // Text cut short and marked so ("…", cleanServerText's cut) still ends in what came before.
  const chars = text.endsWith(CUT_MARK) ? text.slice(0, -CUT_MARK.length) : text;
  const tail = chars.slice(-(form.length - 1));
  const head = form.slice(0, minTail);
  for (let at = tail.indexOf(head); at >= 0; at = tail.indexOf(head, at + 1)) {
    if (form.startsWith(tail.slice(at))) return chars.length - tail.length + at;
  }
  return -1;
}

/** What text cut short ends in (text.ts `cleanServerText`, the summary's cut). */
const CUT_MARK = '…';

/** Whether `chars` holds a needle, or with `tails` ends in the start of one. */
function holds(chars: string, needles: Needle[], tails: boolean): boolean {
  return needles.some((n) => chars.includes(n.form) || (tails && tailAt(chars, n) >= 0));
}

/**
 * Where in `text` the base64 `forms` (longest first) are, as [start, end)
 * ranges, plus a form's first `minTail`+ characters when text ends there.
 */
function base64Ranges(text: string, forms: Needle[], tails: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(BASE64_RUN)) {
    // Shorter than any form or tail (six characters): nothing to find.
    if (match[0].length < 6) continue;
    const end = text.endsWith(CUT_MARK) ? text.length - CUT_MARK.length : text.length;
    const atEnd = match.index + match[0].length === end;
    ranges.push(...rangesIn(compactRun(match[0], match.index), forms, tails && atEnd));
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
    at = Math.min(end, text.length);
  }
  return out + text.slice(at);
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

interface Needles {
  /** The secrets as `viewOf` reads them, and the hex of their UTF-8 (of their JSON/URL forms too); matched in a view of the text. */
  text: Needle[];
  /** Base64 and base64url forms, longest first; matched in runs of base64 characters, case kept. */
  base64: Needle[];
}

const byLength = (a: Needle, b: Needle): number => b.form.length - a.form.length;

/**
 * Knows every secret and replaces it, in any form it can take in text, with
 * `***`.
 *
 * Text is searched twice when it is not plain: as given, and folded (NFKD,
 * invisible and combining characters gone, NFKC). A secret found only in the
 * folded text is masked there, and the folded text is returned: it is what a
 * reader would see anyway. Text with no secret comes back unchanged.
 *
 * Matching: the text is read with its escapes undone (`%xx` at any depth,
 * `\xNN`, `\uXXXX`, `\u{…}`, HTML references; quoted-printable `=XX` in a
 * second reading), separators (blanks, line breaks, `\n`, `+`, …) and
 * escaping backslashes dropped, in lower case; and as written (lower case,
 * blanks and line breaks dropped, nothing undone: what stands before a secret
 * cannot join its first characters into an escape). Each secret, read both
 * ways, and the hex of its UTF-8 are looked for in every reading. So upper
 * case, any mix of escapes and a secret split across lines are found. Base64 and
 * base64url of the secret (and of its JSON/URL-encoded forms) at all three
 * alignments, case kept. Text ending in the first `MIN_TAIL_CHARS`
 * characters of a form (a capped read) has that tail masked (twice as many
 * hex digits; six base64 characters).
 */
export class Redactor {
  private readonly parts = new Set<string>();
  private needles: Needles | undefined;

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
    if (this.parts.size !== before) this.needles = undefined;
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
    const needles = (this.needles ??= this.build());
    const qp = QUOTED_PRINTABLE_ANYWHERE.test(text);
    const suspect =
      holds(readText(text, false), needles.text, tails) ||
      (qp && holds(readText(text, true), needles.text, tails)) ||
      holds(readLiteral(text), needles.text, tails) ||
      holds(readBase64(text), needles.base64, tails);
    // Most text holds no secret, and the engine's string functions can tell; only text that may
    // hold one is read again character by character to find where.
    if (!suspect) return text;
    const ranges = rangesIn(viewOf(text, false), needles.text, tails);
    if (qp) ranges.push(...rangesIn(viewOf(text, true), needles.text, tails));
    ranges.push(...rangesIn(literalView(text), needles.text, tails));
    ranges.push(...base64Ranges(text, needles.base64, tails));
    return maskRanges(text, ranges);
  }

  private build(): Needles {
    const text = new Map<string, number>();
    const base64 = new Set<string>();
    for (const part of this.parts) {
      // Each reading of the secret is looked for in each reading of the text: as written, and
      // with its escapes undone.
      for (const read of [viewOf(part, false).chars, readLiteral(part)]) {
        if (read) text.set(read, MIN_TAIL_CHARS);
      }
      for (const form of textForms(part)) {
        text.set(Buffer.from(form, 'utf8').toString('hex'), 2 * MIN_TAIL_CHARS);
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
    return {
      // Longest first, so a secret that contains another is replaced whole.
      text: [...text].map(([form, minTail]) => ({ form, minTail })).sort(byLength),
      // Four bytes of secret are six base64 characters: fewer would match by chance.
      base64: [...base64].map((form) => ({ form, minTail: 6 })).sort(byLength),
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
    const code = char.charCodeAt(0);
    // Printable ASCII without the Unicode classes: they cost start-up a few ms to compile.
    const printableAscii = code > 0x20 && code < 0x7f;
    if (!trimmed && !printableAscii && (UNPRINTABLE.test(char) || OTHER_INVISIBLE.test(char))) {
      found.push({
        codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
        index,
      });
    }
    index += char.length;
  }
  return found;
}
