/**
 * A leak checker stricter than the runner's masker: finds a secret in any form a reader could
 * decode, so a test fails on what GitHub's log would show (demo/runner.ts masks only the
 * encodings the runner knows; this finds the rest).
 *
 * A text is decoded iteratively (to `depth` steps) into "views": URL (%XX, any case, repeated),
 * form (+ for space), JSON string escapes, HTML entities, base64 / base64url runs read from each
 * of the 4 character offsets, hex runs at both nibble offsets, and a normalised view (NFKC, then
 * white space, line breaks, format / zero-width / combining characters removed). Each view is
 * searched case-insensitively for each secret, and for any run of `minFragment` consecutive
 * characters of it.
 */

export interface LeakOptions {
  /** Report a run of at least this many consecutive characters of a secret (default 8). */
  minFragment?: number;
  /** How many decoding steps to chain, e.g. 3 for base64(URL(JSON(secret))) (default 3). */
  depth?: number;
}

interface View {
  /** How the text was obtained, e.g. "base64@1 ← URL-decoded". */
  how: string;
  text: string;
}

/** Percent-escaped bytes as UTF-8; stray '%' left alone. */
function percentDecode(s: string): string {
  return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) =>
    Buffer.from(run.replaceAll('%', ''), 'hex').toString('utf8'),
  );
}

function jsonUnescape(s: string): string {
  const named: Record<string, string> = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    "'": "'",
  };
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(["\\/bfnrt']))/g, (m, u, x, c) =>
    u || x ? String.fromCharCode(parseInt(String(u ?? x), 16)) : (named[String(c)] ?? m),
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  sol: '/',
  bsol: '\\',
  colon: ':',
  semi: ';',
  comma: ',',
  period: '.',
  equals: '=',
  plus: '+',
  percnt: '%',
  num: '#',
  excl: '!',
  quest: '?',
  commat: '@',
  dollar: '$',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lcub: '{',
  rcub: '}',
  lowbar: '_',
  hyphen: '-',
  dash: '-',
  ast: '*',
  verbar: '|',
  grave: '`',
  tilde: '~',
  Hat: '^',
  shy: '\u00ad',
};

function htmlUnescape(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z]+);?/g, (m, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body] ?? ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Every base64-ish run decoded from character `offset`, the runs joined by NUL. */
function base64Runs(s: string, offset: number): string {
  const out: string[] = [];
  for (const [run] of s.matchAll(/[A-Za-z0-9+/_-]{6,}={0,2}/g)) {
    const body = run.slice(offset).replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/');
    const usable = body.slice(0, body.length - (body.length % 4 === 1 ? 1 : 0));
    if (usable.length >= 4) out.push(Buffer.from(usable, 'base64').toString('utf8'));
  }
  return out.join('\0');
}

function hexRuns(s: string, offset: number): string {
  const out: string[] = [];
  for (const [run] of s.matchAll(/[0-9a-fA-F]{8,}/g)) {
    const body = run.slice(offset);
    out.push(Buffer.from(body.slice(0, body.length - (body.length % 2)), 'hex').toString('utf8'));
  }
  return out.join('\0');
}

/**
 * NFKD, drop white space and everything invisible, then NFKC. Cf covers zero-width characters,
 * U+00AD soft hyphen, U+180E and the tag characters; Mn covers U+034F and both variation-selector
 * blocks; Me the enclosing marks.
 */
export function normalizeForLeaks(s: string): string {
  // Decomposed first, so a mark combined into a letter (e + U+0301 = é) is dropped too.
  return s
    .normalize('NFKD')
    .replace(/[\s\p{Cf}\p{Mn}\p{Me}]/gu, '')
    .normalize('NFKC');
}

const DECODERS: ReadonlyArray<readonly [name: string, decode: (s: string) => string]> = [
  ['URL-decoded', percentDecode],
  ['form-decoded', (s) => percentDecode(s.replaceAll('+', ' '))],
  ['JSON-unescaped', jsonUnescape],
  ['HTML-unescaped', htmlUnescape],
  ...[0, 1, 2, 3].map((o) => [`base64@${o}`, (s: string) => base64Runs(s, o)] as const),
  ...[0, 1].map((o) => [`hex@${o}`, (s: string) => hexRuns(s, o)] as const),
  ['normalised', normalizeForLeaks],
];

/** The text and everything it decodes to, up to `depth` steps (distinct texts only). */
function views(text: string, depth: number): View[] {
  const seen = new Set([text]);
  const all: View[] = [{ how: 'verbatim', text }];
  let frontier = all;
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: View[] = [];
    for (const v of frontier)
      for (const [name, decode] of DECODERS) {
        const t = decode(v.text);
        if (!t || seen.has(t)) continue;
        seen.add(t);
        next.push({ how: v.how === 'verbatim' ? name : `${name} ← ${v.how}`, text: t });
      }
    all.push(...next);
    frontier = next;
  }
  return all;
}

/** Names a secret without printing it. */
function label(secret: string, i: number): string {
  return `secret #${i + 1} (${secret.length} chars)`;
}

/**
 * Every form of every secret in `text`, one description per secret and decoding, e.g.
 * `secret #1 (40 chars) found base64@2 ← URL-decoded`. Empty when the text is clean.
 * Shape: string[]; `minFragment` (default 8) and `depth` (default 3) are tunable.
 */
export function findSecretLeaks(
  text: string,
  secrets: string[],
  options: LeakOptions = {},
): string[] {
  const minFragment = options.minFragment ?? 8;
  const found: string[] = [];
  // Each distinct text once, named by the shortest way to it.
  const byHay = new Map<string, string>();
  for (const v of views(text, options.depth ?? 3)) {
    const lower = v.text.toLowerCase();
    if (!byHay.has(lower)) byHay.set(lower, v.how);
    const normal = normalizeForLeaks(v.text).toLowerCase();
    if (!byHay.has(normal)) byHay.set(normal, `normalised ← ${v.how}`);
  }
  const candidates = [...byHay].map(([hay, how]) => ({ hay, how }));
  secrets.forEach((secret, i) => {
    if (!secret) return;
    const whole = [secret.toLowerCase(), normalizeForLeaks(secret).toLowerCase()].filter(Boolean);
    let reported = false;
    for (const { how, hay } of candidates)
      if (whole.some((w) => hay.includes(w))) {
        found.push(`${label(secret, i)} found ${how}`);
        reported = true;
      }
    if (reported) return;
    // No whole copy anywhere: report the longest fragment (the first found at that length).
    const lower = secret.toLowerCase();
    let best: { start: number; end: number; how: string } | undefined;
    for (const { how, hay } of candidates)
      for (let start = 0; start + minFragment <= lower.length; start++) {
        if (!hay.includes(lower.slice(start, start + minFragment))) continue;
        let end = start + minFragment;
        while (end < lower.length && hay.includes(lower.slice(start, end + 1))) end++;
        if (!best || end - start > best.end - best.start) best = { start, end, how };
      }
    if (best)
      found.push(
        `${label(secret, i)}: fragment of ${best.end - best.start} chars (${best.start}..${best.end - 1}) found ${best.how}`,
      );
  });
  return [...new Set(found)];
}

/**
 * Throws naming each carrier (e.g. `{ log: run.maskedLog, annotations: … }`) that holds a secret
 * in any decodable form; a plain Error, so jest prints the list.
 */
export function expectNoLeaks(
  where: Record<string, string>,
  secrets: string[],
  options: LeakOptions = {},
): void {
  const problems = Object.entries(where).flatMap(([carrier, text]) =>
    findSecretLeaks(text, secrets, options).map((d) => `${carrier}: ${d}`),
  );
  if (problems.length > 0) throw new Error(`Secret(s) leaked:\n  ${problems.join('\n  ')}`);
}
