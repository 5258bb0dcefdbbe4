import { describe, expect, it } from '@jest/globals';
import { expectNoLeaks, findSecretLeaks, normalizeForLeaks } from './leaks.js';

const KEY = 'sp_live_Zx9Qk2VfT7mN4rB8';
/** Every character URL, JSON and HTML encoders treat specially. */
const ODD = 'p@ss w/rd&"<tok>+9Kq\'é';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
const each = (s: string, f: (c: string) => string) => [...s].map(f).join('');
const found = (text: string, secret = KEY) => findSecretLeaks(text, [secret]);

describe('findSecretLeaks', () => {
  it('passes a clean text, including a masked one', () => {
    const log =
      'Uploading Game.zip (114 B)\nAuthorization: Bearer ***\nstatus=queued dXBsb2FkIGRvbmU=';
    expect(findSecretLeaks(log, [KEY, ODD])).toEqual([]);
    expect(() => expectNoLeaks({ log, summary: '# ok' }, [KEY, ODD])).not.toThrow();
  });

  it.each([
    ['verbatim', `key=${KEY}.`],
    ['in another case', `KEY=${KEY.toUpperCase()}`],
    ['URL-encoded, upper hex', `u=${encodeURIComponent(ODD)}`],
    ['URL-encoded, lower hex', `u=${encodeURIComponent(ODD).toLowerCase()}`],
    ['URL-encoded twice', `u=${encodeURIComponent(encodeURIComponent(ODD))}`],
    ['form-encoded', new URLSearchParams({ k: ODD }).toString()],
    ['JSON-escaped', JSON.stringify({ k: ODD })],
    ['JSON with \\/', JSON.stringify({ k: ODD }).replaceAll('/', '\\/')],
    [
      'JSON \\u escapes',
      `"${each(ODD, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`,
    ],
    [
      'HTML named entities',
      ODD.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'),
    ],
    ['HTML decimal entities', each(ODD, (c) => `&#${c.codePointAt(0)};`)],
    ['HTML hex entities', each(ODD, (c) => `&#x${(c.codePointAt(0) ?? 0).toString(16)};`)],
    ['hex, lower', `digest ${hex(`x${ODD}`)}`],
    ['hex, upper', `digest ${hex(ODD).toUpperCase()}`],
    ['split by line breaks', ODD.replace(/(.{4})/g, '$1\n')],
    ['split by zero-width characters', [...ODD].join('\u200b')],
    ['with combining marks', each(ODD, (c) => `${c}\u0301`)],
    [
      'with variation selectors, tags and soft hyphens',
      each(ODD, (c) => `${c}\ufe0f\u{e0041}\u00ad\u034f\u180e`),
    ],
    [
      'in full-width letters',
      each(ODD, (c) => (c >= 'a' && c <= 'z' ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c)),
    ],
    ['base64 of URL-encoded JSON', b64(encodeURIComponent(JSON.stringify({ k: ODD })))],
    ['base64 split over lines', b64(`user:${ODD}`).replace(/(.{8})/g, '$1\n')],
  ])('finds a secret %s', (_, text) => {
    expect(found(text, ODD).length + found(text, KEY).length).toBeGreaterThan(0);
  });

  it.each([0, 1, 2, 3, 4, 5])(
    'finds base64 and base64url at any alignment (prefix %i bytes)',
    (n) => {
      const plain = `${'ab:cd'.slice(0, n)}${KEY}${'!x'.repeat(n % 3)}`;
      expect(found(`Authorization: Basic ${b64(plain)}`)).not.toEqual([]);
      expect(found(`token=${b64url(`${plain}\u00ff`)}&x=1`)).not.toEqual([]);
      // Glued to text so the run starts mid-group: read from the other offsets.
      expect(found(`xyz${b64(plain)}`)).not.toEqual([]);
    },
  );

  it('reports fragments of at least minFragment characters, no shorter', () => {
    expect(found(`…${KEY.slice(3, 13)}…`)).toEqual([
      'secret #1 (24 chars): fragment of 10 chars (3..12) found verbatim',
    ]);
    expect(found(`…${KEY.slice(3, 10)}…`)).toEqual([]);
    expect(findSecretLeaks(`…${KEY.slice(3, 10)}…`, [KEY], { minFragment: 5 })).not.toEqual([]);
  });

  it('says which decodings led to the secret', () => {
    const [first] = found(b64(encodeURIComponent(KEY + '/')));
    expect(first).toMatch(/^secret #1 \(24 chars\) found .*base64@0/);
  });

  it('expectNoLeaks names the carrier and never prints the secret', () => {
    let message = '';
    try {
      expectNoLeaks({ log: 'fine', annotations: `Basic ${b64(`u:${KEY}`)}` }, [KEY]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Secret\(s\) leaked:\n {2}annotations: secret #1/);
    expect(message).not.toContain('log:');
    expect(message).not.toContain(KEY);
  });

  it('normalises like NFKC without the invisible characters', () => {
    expect(normalizeForLeaks('ａ\u200bb\u0301 c\u00ad')).toBe('abc');
  });
});
