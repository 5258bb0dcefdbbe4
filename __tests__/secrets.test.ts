/**
 * secrets.ts: every form a secret can take is caught, what the runner is told
 * to mask is never a word, IDs that become outputs are IDs.
 *
 * The checker (`leaks`) decodes what a person or a tool could undo, so a
 * form we did not think of fails here instead of passing a plain `includes`.
 */
import { displayUrl } from '../src/format.js';
import { describe, expect, it } from '@jest/globals';
import { Buffer } from 'node:buffer';
import {
  base64Inner,
  dropOpaqueTokens,
  invisibleCharacters,
  isSafeId,
  maskValues,
  normaliseText,
  OPAQUE_TOKEN_REMOVED,
  literalView,
  readLiteral,
  readText,
  Redactor,
  secretValues,
  shortLines,
  viewOf,
} from '../src/secrets.js';

const KEY = 'spk_live_7d1e0c9b8a7f6e5d4c3b2a1f0e9d8c7b';
const USER = '5f0c8d2e9a71b4c36e2f1a90';
const PROJECT = '665a2b3c4d5e6f7a8b9c0e1f';
const ODD = 'Ab+c/d=e&f g"h\\i<j>k_l:m@n';

// --- The checker -----------------------------------------------------------

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  lowbar: '_',
  plus: '+',
  equals: '=',
  bsol: '\\',
  num: '#',
  colon: ':',
  period: '.',
  nbsp: ' ',
};

/** Each decoder undoes one encoding everywhere it applies in the text (and keeps the rest). */
const decoders: ((text: string) => string[])[] = [
  // Invisible, format, combining characters and all whitespace gone; NFKC.
  (t) => [
    t
      .normalize('NFKD')
      .replace(/[\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800\s]/gu, '')
      .normalize('NFKC'),
  ],
  (t) => [t.replace(/\\[nrt]/g, '')],
  (t) => [
    t.replace(/(?:%[0-9a-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return Buffer.from(m.replace(/%/g, ''), 'hex').toString('latin1');
      }
    }),
  ],
  (t) => [t.replace(/\+/g, ' ')],
  (t) => [
    t
      .replace(/\\u\{([0-9a-f]+)\}/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/\\u([0-9a-f]{4})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\x([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\(.)/g, '$1'),
  ],
  (t) => [
    t
      .replace(/&#x([0-9a-f]+);?/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#([0-9]+);?/g, (_m, d: string) => String.fromCodePoint(parseInt(d, 10)))
      .replace(/&([a-z]+);/gi, (m, n: string) => NAMED[n.toLowerCase()] ?? m),
  ],
  (t) => [t.replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))],
  // Hex runs, decoded at both nibble offsets.
  (t) =>
    (t.match(/[0-9a-f]{8,}/gi) ?? []).flatMap((run) => [
      Buffer.from(run.slice(0, run.length & ~1), 'hex').toString('latin1'),
      Buffer.from(run.slice(1, 1 + ((run.length - 1) & ~1)), 'hex').toString('latin1'),
    ]),
  // Base64 / base64url runs, decoded from each of the first four characters.
  (t) =>
    (t.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []).flatMap((run) =>
      [0, 1, 2, 3].map((o) =>
        Buffer.from(run.slice(o).replace(/[+]/g, '-').replace(/\//g, '_'), 'base64url').toString(
          'latin1',
        ),
      ),
    ),
];

/** Whether any 12-character piece of `secret` can be read back out of `text` by undoing up to three encodings. */
function leaks(text: string, secret: string): boolean {
  const pieces = new Set<string>();
  // As given, and without its blanks (one decoder drops all whitespace).
  for (const plain of [secret.toLowerCase(), secret.toLowerCase().replace(/\s/g, '')]) {
    for (let i = 0; i + 12 <= plain.length; i++) pieces.add(plain.slice(i, i + 12));
    if (plain.length < 12) pieces.add(plain);
  }
  let views = new Set([text]);
  const seen = new Set<string>();
  for (let depth = 0; depth <= 3; depth++) {
    for (const view of views) {
      const lower = view.toLowerCase();
      for (const piece of pieces) if (lower.includes(piece)) return true;
      seen.add(view);
    }
    const next = new Set<string>();
    for (const view of views)
      for (const decode of decoders) for (const d of decode(view)) if (!seen.has(d)) next.add(d);
    views = next;
  }
  return false;
}

describe('the checker itself', () => {
  it('finds the key in forms a plain search misses', () => {
    const b64 = Buffer.from(`x{"apiKey":"${KEY}"}`).toString('base64');
    expect(leaks(`echo: ${b64}`, KEY)).toBe(true);
    expect(leaks(Buffer.from(KEY).toString('hex').toUpperCase(), KEY)).toBe(true);
    expect(leaks([...KEY].join('\u200b'), KEY)).toBe(true);
    expect(leaks(encodeURIComponent(encodeURIComponent(ODD)), ODD)).toBe(true);
    expect(leaks('nothing here', KEY)).toBe(false);
  });
});

// --- Forms -----------------------------------------------------------------

const body = (key: string, user: string): string =>
  JSON.stringify({
    apiKey: key,
    userId: user,
    projectId: PROJECT,
    fileUrl: 'https://cdn.example.com/Game.zip',
  });

const allEscaped = (s: string): string =>
  [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const hexOf = (s: string): string => Buffer.from(s).toString('hex');
const split = (s: string, sep: string): string => [...s].join(sep);

/** Named cases: the text the server sends, built around a secret. */
function forms(secret: string): [string, string][] {
  const cases: [string, string][] = [
    ['verbatim in JSON', JSON.stringify({ message: `bad key ${secret}` })],
    ['upper case', `KEY ${secret.toUpperCase()} REJECTED`],
    ['lower case', `key ${secret.toLowerCase()} rejected`],
    ['URL-encoded', `?k=${encodeURIComponent(secret)}`],
    [
      'URL-encoded, lower-case hex',
      `?k=${encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`,
    ],
    [
      'URL-encoded every byte',
      `?k=${[...Buffer.from(secret)].map((b) => `%${b.toString(16)}`).join('')}`,
    ],
    ['URL-encoded twice', `?k=${encodeURIComponent(encodeURIComponent(secret))}`],
    ['form-encoded', new URLSearchParams({ k: secret }).toString()],
    ['JSON-escaped', JSON.stringify({ message: JSON.stringify({ apiKey: secret }) })],
    ['JSON \\/', JSON.stringify(secret).replace(/\//g, '\\/')],
    ['JSON \\uXXXX', `{"message":"${allEscaped(secret)}"}`],
    [
      'JSON \\uXXXX upper',
      `{"message":"${allEscaped(secret).toUpperCase().replace(/\\U/g, '\\u')}"}`,
    ],
    ['HTML decimal', `<p>${[...secret].map((c) => `&#${c.charCodeAt(0)};`).join('')}</p>`],
    [
      'HTML hex',
      `<p>${[...secret].map((c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`).join('')}</p>`,
    ],
    [
      'HTML named',
      `<p>${secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/_/g, '&lowbar;').replace(/\//g, '&sol;')}</p>`,
    ],
    ['hex', `token=${hexOf(secret)}`],
    ['HEX', `token=${hexOf(secret).toUpperCase()}`],
    ['\\x escapes', `b'${[...Buffer.from(secret)].map((b) => `\\x${b.toString(16)}`).join('')}'`],
    ['hex, spaced', `${[...Buffer.from(secret)].map((b) => b.toString(16)).join(' ')}`],
    ['line-split', `${secret.slice(0, 9)}\n${secret.slice(9, 20)}\r\n${secret.slice(20)}`],
    ['line-split, JSON \\n', `{"m":"${secret.slice(0, 9)}\\n${secret.slice(9)}"}`],
    ['line-split every 4', secret.replace(/(.{4})/g, '$1\n')],
    [
      'fullwidth',
      [...secret]
        .map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
        .join(''),
    ],
    ['Markdown-escaped', secret.replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')],
  ];
  const invisibles: [string, string][] = [
    ['ZWSP', '\u200b'],
    ['ZWNJ', '\u200c'],
    ['word joiner', '\u2060'],
    ['soft hyphen', '\u00ad'],
    ['CGJ U+034F', '\u034f'],
    ['Mongolian VS U+180E', '\u180e'],
    ['VS16', '\ufe0f'],
    ['VS17', '\u{e0100}'],
    ['tag A', '\u{e0041}'],
    ['combining acute', '\u0301'],
    ['RLO', '\u202e'],
    ['Hangul filler', '\u3164'],
    ['braille blank', '\u2800'],
    ['BOM', '\ufeff'],
  ];
  for (const [name, char] of invisibles) cases.push([`split by ${name}`, split(secret, char)]);
  // The whole request body, base64 and base64url, after 0, 1 and 2 bytes of prefix, padded and not, MIME-wrapped.
  for (const prefix of ['', 'x', 'xy']) {
    const raw = `${prefix}${body(secret, USER)}`;
    const b64 = Buffer.from(raw).toString('base64');
    cases.push([
      `base64 body, shift ${prefix.length}`,
      JSON.stringify({ message: `echo: ${b64}` }),
    ]);
    cases.push([
      `base64url body, shift ${prefix.length}`,
      `echo: ${Buffer.from(raw).toString('base64url')}`,
    ]);
    cases.push([`base64 body unpadded, shift ${prefix.length}`, `echo: ${b64.replace(/=+$/, '')}`]);
    cases.push([
      `base64 body MIME-wrapped, shift ${prefix.length}`,
      `echo:\n${b64.replace(/(.{76})/g, '$1\r\n')}`,
    ]);
    cases.push([
      `base64 body JSON \\/, shift ${prefix.length}`,
      JSON.stringify({ m: b64 }).replace(/\//g, '\\/'),
    ]);
    cases.push([
      `base64 of the key alone, shift ${prefix.length}`,
      Buffer.from(`${prefix}${secret}`).toString('base64'),
    ]);
    cases.push([
      `hex body, shift ${prefix.length}`,
      `echo: ${hexOf(`${prefix}${body(secret, USER)}`)}`,
    ]);
  }
  cases.push([
    'base64 of a URL-encoded body',
    Buffer.from(`apiKey=${encodeURIComponent(secret)}&x=1`).toString('base64'),
  ]);
  return cases;
}

const HTML_PAGE = (inner: string): string =>
  `<!DOCTYPE html><html><head><title>400 Bad Request</title></head><body><h1>Bad Request</h1><p>Your request could not be processed: ${inner}</p><hr><address>nginx/1.25.3 at api.streampixel.io Port 443</address></body></html>`;

describe('Redactor', () => {
  const r = new Redactor();
  r.add(KEY);
  r.add(USER);
  r.add(ODD);

  for (const secret of [KEY, USER, ODD]) {
    for (const [name, text] of forms(secret)) {
      it(`masks ${secret === KEY ? 'the key' : secret === USER ? 'the user ID' : 'an odd secret'}: ${name}`, () => {
        expect(leaks(text, secret)).toBe(true);
        const out = r.redact(text);
        expect(out).toContain('***');
        // None of the three, whichever the case is about (the request body holds key and user ID).
        for (const any of [KEY, USER, ODD]) expect([any, leaks(out, any)]).toEqual([any, false]);
        expect(r.contains(text)).toBe(true);
        // Inside an HTML error page too.
        const page = r.redact(HTML_PAGE(text));
        expect(leaks(page, secret)).toBe(false);
      });
    }
  }

  it('leaves text without a secret exactly as it was', () => {
    const texts = [
      HTML_PAGE('the file URL must end in .zip'),
      '{"message":"Project 665a2b3c4d5e6f7a8b9c0e1f not found","requestId":"9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"}',
      'Café – naïve façade ✓ 👍🏽 ﬁle',
      `echo: ${Buffer.from(body('not-the-key-at-all-1234567890', 'other')).toString('base64')}`,
    ];
    for (const text of texts) {
      expect(r.redact(text)).toBe(text);
      expect(r.contains(text)).toBe(false);
    }
  });

  it('masks the start of a form at the end of text cut short, from four characters', () => {
    expect(r.redact(`echoed: {"apiKey":"${KEY.slice(0, 20)}`)).toBe('echoed: {"apiKey":"***');
    expect(r.redact(`ends in ${KEY.slice(0, 4)}`)).toBe('ends in ***');
    expect(r.redact(`ends in ${KEY.slice(0, 3)}`)).toBe(`ends in ${KEY.slice(0, 3)}`);
    expect(r.redact(`ends in ${hexOf(KEY.slice(0, 10))}`)).toBe('ends in ***');
    const b64 = Buffer.from(body(KEY, USER)).toString('base64');
    const cut = `echo: ${b64.slice(0, b64.indexOf(base64Inner(Buffer.from(KEY), 0).slice(0, 4)) + 12)}`;
    expect(leaks(r.redact(cut), KEY.slice(0, 8))).toBe(false);
  });

  it('replaces a longer secret whole when it contains a shorter one', () => {
    const s = new Redactor();
    s.add('abcdabcd');
    s.add('xxabcdabcdxx');
    expect(s.redact('[xxabcdabcdxx]')).toBe('[***]');
  });

  it('masks each long line of a multi-line secret on its own', () => {
    const s = new Redactor();
    s.add('first-line-secret\nab\nthird-line-secret');
    expect(s.redact('x first-line-secret y ab third-line-secret')).toBe('x *** y ab ***');
  });

  it('ignores an empty secret and works with none', () => {
    const s = new Redactor();
    s.add('');
    expect(s.redact('text')).toBe('text');
    expect(s.redactor('text')).toBe('text');
  });

  it('redacts 64 KiB with five secrets quickly', () => {
    const s = new Redactor();
    const secrets = [
      KEY,
      USER,
      ODD,
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'X-Amz-Signature-value-0123456789abcdef',
    ];
    for (const secret of secrets) s.add(secret);
    const filler = HTML_PAGE(
      'lorem ipsum dolor sit amet, consectetur adipiscing elit 0123456789 ABCDEF %20 &amp; \\u0041 ',
    );
    let text = '';
    while (text.length < 64 * 1024) text += filler + Buffer.from(filler).toString('base64');
    text = `${text.slice(0, 32 * 1024)}${KEY}${text.slice(32 * 1024, 64 * 1024 - KEY.length)}`;
    // Two-byte text (one invisible character) takes the folding pass and V8's other regex build.
    const invisible = `${text.slice(0, 1000)}\u200b${text.slice(1000)}`;
    const time = (t: string): number => {
      const started = performance.now();
      s.redact(t);
      return performance.now() - started;
    };
    const first = time(text);
    const firstFolded = time(invisible);
    const plain = Math.min(...[1, 2, 3, 4, 5].map(() => time(text)));
    const folded = Math.min(...[1, 2, 3, 4, 5].map(() => time(invisible)));
    console.log(
      `redact 64 KiB, 5 secrets: ${plain.toFixed(1)} ms (first call, building the patterns: ${first.toFixed(1)} ms); ` +
        `with an invisible character (two passes): ${folded.toFixed(1)} ms (first: ${firstFolded.toFixed(1)} ms)`,
    );
    expect(leaks(s.redact(text), KEY)).toBe(false);
    expect(leaks(s.redact(invisible), KEY)).toBe(false);
    expect(plain).toBeLessThan(500);
    expect(folded).toBeLessThan(500);
    expect(first).toBeLessThan(1500);
  });

  it('does not backtrack badly on hostile text', () => {
    const s = new Redactor();
    for (const secret of [KEY, USER, ODD]) s.add(secret);
    s.redact('warm up');
    const n = 64 * 1024;
    const hostile = {
      backslashes: '\\'.repeat(n),
      blanks: `Ab+c/d=e&f${' '.repeat(n)}x`,
      'escaped blanks': `Ab+c/d=e&f${'%20'.repeat(n / 3)}x`,
      'key prefix, blanks': `spk_${' '.repeat(n)}x`,
      'URL-encoding depth': '%25'.repeat(n / 3),
      'entity zeros': `&#${'0'.repeat(n)}`,
      'repeated prefix': 'spk_live_'.repeat(n / 9),
      'almost the key': KEY.slice(0, -1).repeat(n / KEY.length),
      hex: '73706b'.repeat(n / 6),
      'escaped line breaks': '\\n'.repeat(n / 2),
      'invisible between': 's\u200b'.repeat(n / 2),
    };
    for (const [name, text] of Object.entries(hostile)) {
      const started = performance.now();
      s.redact(text);
      dropOpaqueTokens(text, []);
      const ms = performance.now() - started;
      expect([name, ms < 1000]).toEqual([name, true]);
    }
  });

  it('finds a secret whatever escape-like text stands before it, or it holds', () => {
    // The text is read with its escapes undone and as it is written: what stands before a secret
    // cannot join its first characters into an escape and hide it.
    const cases: [string, string][] = [
      ['tok_abcdefgh12345', 'C:\\dir\\tok_abcdefgh12345 end'],
      ['tok_abcdefgh12345', '{"p":"C:\\\\dir\\\\tok_abcdefgh12345"}'],
      ['Nabcdefgh12345678', 'path\\Nabcdefgh12345678'],
      ['65f0a1b2c3d4e5f6a7b8c9d0', '100%65f0a1b2c3d4e5f6a7b8c9d0'],
      ['65f0a1b2c3d4e5f6a7b8c9d0', 'x %2565f0a1b2c3d4e5f6a7b8c9d0'],
      ['1234567890123456', 'id &#1234567890123456'],
      ['abcdef1234567890', 'id &#xabcdef1234567890'],
      ['abcdefg\\', '{"pw":"abcdefg\\\\"}'],
      ['abcdefg\\', 'pw abcdefg\\ next'],
      ['abc\\defgh', 'abc\\\ndefgh'],
      ['p%41ssword123', 'p&#37;41ssword123'],
      ['p%41ssword123', 'p\\u002541ssword123'],
      ['ab&lt;cdefgh', 'ab%26lt%3Bcdefgh'],
      ['ab&lt;cdefgh', 'ab&amp;lt;cdefgh'],
    ];
    for (const [secret, text] of cases) {
      const s = new Redactor();
      s.add(secret);
      expect([secret, text, s.contains(text)]).toEqual([secret, text, true]);
    }
    // Base64 of a secret right after a backslash: `\N` is no line break for base64 either.
    const b64 = new Redactor();
    b64.add('5pk_live_0123456789abcdef');
    const encoded = Buffer.from('5pk_live_0123456789abcdef').toString('base64');
    expect(b64.contains(`path C:\\${encoded} end`)).toBe(true);
    // Text cut short and marked so ("…") still has the start of a secret masked.
    expect(r.redact(`echo: ${KEY.slice(0, 20)}…`)).toBe('echo: ***');
    // A cut that ends in the first four characters of a secret, `+` among them.
    const s = new Redactor();
    s.add('x?(+H;abcdefgh');
    expect(s.redact('key=x?(+')).toBe('key=***');
  });

  it('tells a whole secret from the start of one', () => {
    expect(r.contains(`ends in ${KEY.slice(0, 6)}`)).toBe(false);
    expect(r.contains(`ends in ${KEY.slice(0, 6)}`, true)).toBe(true);
    expect(r.contains(`holds ${KEY}.`)).toBe(true);
  });
});

describe('normaliseText', () => {
  it('folds compatibility forms and drops invisible characters, keeping composed accents', () => {
    expect(normaliseText('ｓｐｋ\u200b_\u00adkey\u{e0041}\ufe0f')).toBe('spk_key');
    expect(normaliseText('cafe\u0301')).toBe('café');
    expect(normaliseText('plain text')).toBe('plain text');
  });
});

describe('dropOpaqueTokens', () => {
  it('removes encodings nobody listed', () => {
    const blob = Buffer.from('{"apiKey":"unknown-secret-value","x":1}').toString('base64');
    expect(dropOpaqueTokens(`echo: ${blob}`, [])).toBe(`echo: ${OPAQUE_TOKEN_REMOVED}`);
    expect(dropOpaqueTokens(`k=${Buffer.from('unknown-secret').toString('hex')}`, [])).toBe(
      `k=${OPAQUE_TOKEN_REMOVED}`,
    );
    const jwt =
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(dropOpaqueTokens(`bearer ${jwt}`, [])).not.toMatch(/eyJ/);
    expect(dropOpaqueTokens(`key ${KEY} bad`, [])).toBe(`key ${OPAQUE_TOKEN_REMOVED} bad`);
  });

  it('keeps words, sentences, hosts, paths and known IDs', () => {
    const texts = [
      `Project ${PROJECT} not found (request 9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b)`,
      'InternalServerErrorException: ERR_UPLOAD_FILE_TOO_LARGE_2GB at https://api.streampixel.io/pixelStripeApi/projects/665a2b3c4d5e6f7a8b9c0e1f/uploads',
      'The file URL must point to a .zip archive; Content-Type application/octet-stream was expected.',
      HTML_PAGE('Service Temporarily Unavailable'),
      'upload_in_progress_please_wait_for_completion',
      'AccessDenied: Request has expired (X-Amz-Expires 3600, date 20240101T000000Z)',
      '<html><head><link rel="stylesheet" href="/static/css/main.css"><script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script></head><body><div class="container"><h1>502 Bad Gateway</h1><p>The upstream server returned an invalid response. Please try again later or contact support@streampixel.io.</p><p>Cloudflare Ray ID: 8a1b2c3d4e5f6a7b</p></div></body></html>',
      '{"success":false,"message":"Your plan allows 3 concurrent uploads; wait for upload 665a2b3c4d5e6f7a8b9c0e20 to finish","code":"UPLOAD_LIMIT_REACHED"}',
    ];
    for (const text of texts) expect(dropOpaqueTokens(text, [])).toBe(text);
    const upload = 'u_9Xk2LmQ7pRt4VwZ8yB3nC6dF';
    expect(dropOpaqueTokens(`upload ${upload}`, [upload])).toBe(`upload ${upload}`);
  });
});

describe('isSafeId', () => {
  const r = new Redactor();
  r.add(KEY);
  r.add(USER);

  it('accepts ObjectIds and other ID shapes', () => {
    expect(isSafeId(PROJECT, r)).toBe(true);
    // An ObjectId that happens to end in the first hex digits of the user ID is still an ID.
    expect(isSafeId(`665a2b3c4d5e6f7a8b9c${USER.slice(0, 4)}`, r)).toBe(true);
    expect(isSafeId('665a2b3c4d5e6f7a8b9c0e20', r)).toBe(true);
    expect(isSafeId('upload_2024-01-01_42', r)).toBe(true);
  });

  it('rejects encodings of a secret', () => {
    for (const id of [
      KEY,
      KEY.toUpperCase(),
      Buffer.from(KEY).toString('base64url'),
      Buffer.from(`x${KEY}`).toString('base64url'),
      Buffer.from(`xy${KEY}`).toString('base64url'),
      Buffer.from(KEY).toString('hex'),
      Buffer.from(KEY.slice(0, 30)).toString('hex'),
      Buffer.from(USER).toString('base64url'),
    ]) {
      expect(isSafeId(id.slice(0, 64), r)).toBe(false);
    }
  });

  it('rejects what is not ID-shaped', () => {
    for (const id of ['', 'a b', 'a/b', 'a+b', 'x'.repeat(65), 'id\u200b', '<script>', 'ｉｄ']) {
      expect(isSafeId(id, r)).toBe(false);
    }
  });
});

describe('maskValues and shortLines', () => {
  it('registers a secret whole, never a short line or a word', () => {
    expect(maskValues(KEY)).toEqual([KEY]);
    expect(maskValues(`  ${KEY}  `)).toEqual([KEY]);
    expect(maskValues(`${KEY}\nab`)).toEqual([KEY]);
    expect(maskValues('first-line-secret\nsecond-line-secret')).toEqual([
      'first-line-secret\nsecond-line-secret',
      'first-line-secret',
      'second-line-secret',
    ]);
    for (const word of [
      'download',
      'GetObject',
      'host',
      '3600',
      'true',
      'Download',
      'UNSIGNED-PAYLOAD',
      'abc',
    ]) {
      expect(maskValues(word)).toEqual([]);
    }
  });

  it('registers a secret that happens to be all letters: only query values are judged by shape', () => {
    expect(maskValues('qwertzuiopasdfgh')).toEqual(['qwertzuiopasdfgh']);
    expect(
      secretValues({
        'file-url': 'https://x.example.com/a.zip?filename=GameBuild&token=0123456789abcdef',
      }),
    ).toEqual(['0123456789abcdef', 'filename=GameBuild&token=0123456789abcdef']);
  });

  it('names the short lines of a multi-line secret', () => {
    expect(shortLines(`${KEY}\nab`)).toEqual(['ab']);
    expect(shortLines(KEY)).toEqual([]);
    expect(shortLines('short')).toEqual([]);
  });
});

/** Values in `list` that must not be there: short, or one of the public words. */
const forbidden = (list: string[]): string[] =>
  list.filter(
    (v) =>
      v.length < 8 ||
      /^(download|GetObject|host|3600|true|UNSIGNED-PAYLOAD|AWS4-HMAC-SHA256|GOOG4-RSA-SHA256)$/i.test(
        v,
      ),
  );

describe('secretValues', () => {
  const masked = (url: string): string[] =>
    secretValues({ 'api-key': KEY, 'user-id': USER, 'file-url': url });

  it('takes the key, the user ID and the GitHub token', () => {
    expect(
      secretValues({ 'api-key': KEY, 'user-id': USER, 'github-token': 'ghs_abcdefghijklmnop0123' }),
    ).toEqual([KEY, USER, 'ghs_abcdefghijklmnop0123']);
    expect(secretValues({ 'file-url': 'https://cdn.example.com/Game.zip' })).toEqual([]);
  });

  it('S3 SigV4 from the SDK v3 presigner: signature, credential, session token; never the public words', () => {
    const sig = 'b3f1c0d2e4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d';
    const token = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD3xY7+example/token==';
    const url =
      'https://builds.s3.us-east-1.amazonaws.com/releases/Game.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=ASIAXAMPLEKEYID12345%2F20240101%2Fus-east-1%2Fs3%2Faws4_request' +
      `&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600&X-Amz-Security-Token=${encodeURIComponent(token)}` +
      `&X-Amz-Signature=${sig}&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject` +
      '&response-content-disposition=attachment%3B%20filename%3DGame.zip';
    const values = masked(url);
    expect(values).toEqual(
      expect.arrayContaining([
        sig,
        token,
        'ASIAXAMPLEKEYID12345/20240101/us-east-1/s3/aws4_request',
        'ASIAXAMPLEKEYID12345',
        new URL(url).search.slice(1),
      ]),
    );
    expect(forbidden(values)).toEqual([]);
    expect(values).not.toContain('20240101T000000Z');
    expect(values).not.toContain('attachment; filename=Game.zip');
  });

  it('S3 SigV2: signature and access key ID; not Expires', () => {
    const url =
      'https://builds.s3.amazonaws.com/Game.zip?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1735689600&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D';
    const values = masked(url);
    expect(values).toEqual(
      expect.arrayContaining(['AKIAIOSFODNN7EXAMPLE', 'vjbyPxybdZaNmGa+yT272YEAiv4=']),
    );
    expect(values).not.toContain('1735689600');
    expect(forbidden(values)).toEqual([]);
  });

  it('GCS V4: signature and credential; not the algorithm, date, expiry or headers', () => {
    const sig = '5f2c9e1a'.repeat(32);
    const url =
      'https://storage.googleapis.com/builds/Game.zip?X-Goog-Algorithm=GOOG4-RSA-SHA256' +
      '&X-Goog-Credential=deployer%40my-project.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request' +
      `&X-Goog-Date=20240101T000000Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=${sig}`;
    const values = masked(url);
    expect(values).toEqual(
      expect.arrayContaining([
        sig,
        'deployer@my-project.iam.gserviceaccount.com/20240101/auto/storage/goog4_request',
      ]),
    );
    expect(values).not.toContain('20240101T000000Z');
    expect(forbidden(values)).toEqual([]);
  });

  it('Azure SAS: sig only, plus the query', () => {
    const url =
      'https://acct.blob.core.windows.net/builds/Game.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-01-01T01:00:00Z' +
      '&st=2024-01-01T00:00:00Z&spr=https&sr=b&sig=Xr8%2Bq0lq3b9Vf1Qm6Ue0pY8nW2aZ%2Bc4Kd7Hj5Lk3Mn0%3D';
    const values = masked(url);
    expect(values).toEqual(
      expect.arrayContaining(['Xr8+q0lq3b9Vf1Qm6Ue0pY8nW2aZ+c4Kd7Hj5Lk3Mn0=']),
    );
    for (const v of ['2022-11-02', '2024-01-01T01:00:00Z', '2024-01-01T00:00:00Z', 'https'])
      expect(values).not.toContain(v);
    expect(forbidden(values)).toEqual([]);
  });

  it('CloudFront: Signature and Policy; not Expires or Key-Pair-Id', () => {
    const url =
      'https://d111111abcdef8.cloudfront.net/Game.zip?Expires=1735689600&Policy=eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoiKiJ9XX0_' +
      '&Signature=Nql641NHEUkUaXQHZINK1FZ~SYeUSoBJMxjdgqrzIdzV2gyEXPDNv0pYdWJkflDKJ3xIu7lbwRpSkG98NBlgPi4ZJpRRnVX4kXAJK6tdNx6FucDB7OVqzcxkxHsGFd8VCG1BkC-Afh9~lOCMIYHIaiOB6~5jt9w2EOwi6sIIqrg_&Key-Pair-Id=K2JCJMDEHXQW5F';
    const values = masked(url);
    expect(values).toEqual(
      expect.arrayContaining(['eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoiKiJ9XX0_']),
    );
    expect(values.some((v) => v.startsWith('Nql641'))).toBe(true);
    expect(values).not.toContain('K2JCJMDEHXQW5F');
    expect(values).not.toContain('1735689600');
    expect(forbidden(values)).toEqual([]);
  });

  it('Google Drive: the file ID, never "download"', () => {
    const url = 'https://drive.google.com/uc?export=download&id=1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
    const values = masked(url);
    expect(values).toEqual(expect.arrayContaining(['1AbCdEfGhIjKlMnOpQrStUvWxYz012345']));
    expect(values).not.toContain('download');
    expect(forbidden(values)).toEqual([]);
    // Nothing secret in the query: nothing of it is registered.
    expect(masked('https://www.dropbox.com/s/abc/Game.zip?dl=1')).toEqual([KEY, USER]);
  });

  it('a presigned URL pasted into another input', () => {
    const values = secretValues({
      'api-key': KEY,
      'environment-url': 'https://files.example.com/Game.zip?sig=Zm9vYmFyYmF6cXV4MTIz',
      'project-id': PROJECT,
    });
    expect(values).toEqual(expect.arrayContaining([KEY, 'Zm9vYmFyYmF6cXV4MTIz']));
    expect(values).not.toContain(PROJECT);
  });

  it('a URL password and a short secret-named value', () => {
    const values = masked('https://deploy:hunter2hunter2@files.example.com/Game.zip?token=abc');
    expect(values).toContain('hunter2hunter2');
    expect(values).not.toContain('abc');
  });
});

describe('invisibleCharacters', () => {
  it('names each invisible code point and where it is', () => {
    const chars = [
      '\u200b',
      '\u200c',
      '\u2060',
      '\u00ad',
      '\u034f',
      '\u180e',
      '\ufe0f',
      '\u{e0041}',
      '\u0301',
      '\u3164',
      '\u2800',
      '\u202e',
      '\u00a0',
      '\u115f',
      '\uffa0',
    ];
    for (const c of chars) {
      const found = invisibleCharacters(`spk${c}key`);
      expect(found).toEqual([
        {
          codePoint: `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
          index: 3,
        },
      ]);
    }
    expect(invisibleCharacters('a\u200bb\u200cc')).toEqual([
      { codePoint: 'U+200B', index: 1 },
      { codePoint: 'U+200C', index: 3 },
    ]);
  });

  it('lets the plain blanks that parsing trims pass, and nothing else', () => {
    expect(invisibleCharacters(`  ${KEY}\n`)).toEqual([]);
    expect(invisibleCharacters(KEY)).toEqual([]);
    expect(invisibleCharacters(`\u200b${KEY}`)).toEqual([{ codePoint: 'U+200B', index: 0 }]);
    expect(invisibleCharacters(`${KEY}\ufeff`)).toEqual([
      { codePoint: 'U+FEFF', index: KEY.length },
    ]);
    expect(invisibleCharacters('spk key')).toEqual([{ codePoint: 'U+0020', index: 3 }]);
  });
});

describe('displayUrl', () => {
  it('shows no credentials, query or fragment', () => {
    expect(displayUrl('https://u:p@bucket.example.com/Game.zip?X-Amz-Signature=abc#x')).toBe(
      'https://***@bucket.example.com/Game.zip?…',
    );
    expect(displayUrl('https://bucket.example.com/Game.zip')).toBe(
      'https://bucket.example.com/Game.zip',
    );
    expect(displayUrl('not a url')).toBe('(unparseable URL)');
  });
});

describe('readText', () => {
  it('reads text exactly as the character-by-character view does', () => {
    // Pieces that escape, separate or case-fold, joined at random (a fixed seed: the same cases each run).
    const pieces = [
      'a',
      'Z',
      'ς',
      'Σ',
      'İ',
      'ß',
      '😀',
      '\ud83d',
      '\ude00',
      ' ',
      '\n',
      '+',
      '\u00a0',
      '\u2028',
      '\\',
      '\\\\',
      '\\n',
      '\\N',
      '\\t',
      '\\"',
      '\\/',
      '\\x41',
      '\\xC3\\xA9',
      '\\u0041',
      '\\uD83D\\uDE00',
      '\\uD83D',
      '\\u{1F600}',
      '\\u{110000}',
      '%41',
      '%2541',
      '%25252541',
      '%C3%A9',
      '%C3',
      '%E2%82',
      '%F0%9F%98%80',
      '%0A',
      '%2B',
      '%5C',
      '%5Cn',
      '%',
      '%4',
      '=41',
      '=C3=A9',
      '=',
      '&amp;',
      '&AMP;',
      '&lt;',
      '&nbsp;',
      '&bsol;',
      '&#65;',
      '&#x41;',
      '&#X41',
      '&#0000065;',
      '&#1114112;',
      '&foo;',
      '&',
      '&#',
      '9',
      'f',
      'G',
      // Surrogate pairs split across two kinds of escape.
      '&#xD801;',
      '&#xDC00;',
      '\\u{dc00}',
      '\ud801',
      '\udc00',
      '\\uD801',
      '\\uDC00',
      '𐐀',
    ];
    // mulberry32: a small PRNG in 32-bit integer arithmetic.
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = random(8); k >= 0; k--) text += pieces[random(pieces.length)];
      for (const qp of [false, true]) {
        expect([text, qp, readText(text, qp)]).toEqual([text, qp, viewOf(text, qp).chars]);
        expect([text, readLiteral(text)]).toEqual([text, literalView(text).chars]);
      }
    }
  });
});
