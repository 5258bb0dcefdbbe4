/**
 * Server text made inert (the Redactor is in secrets.test.ts): cleanServerText (what
 * the runner could read as a command), displayUrl / describeLocation, the
 * Markdown escape, and the HTML-page excerpt.
 */
import { describe, expect, it } from '@jest/globals';
import { displayUrl } from '../src/format.js';
import { Redactor } from '../src/secrets.js';
import { apiMessageOf } from '../src/streampixel/errors.js';
import { cleanServerText, describeLocation, escapeMarkdown, htmlToText } from '../src/text.js';

const KEY = 'spk_live_7d1e0c9b8a7f6e5d4c3b2a1f0e9d8c7b';

/**
 * Whether the runner would take `line` as a command: after trimming leading
 * whitespace (.NET's set, which includes U+0085 and the Unicode spaces) it
 * starts with `::`, or it holds the legacy `##[` anywhere.
 */
const DOTNET_SPACE = /^[\s\u0085\u180e]*/;
/** ICU's culture-sensitive search, which the runner uses, skips these as if absent. */
const IGNORABLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
const isCommand = (text: string): boolean => {
  const line = text.replace(IGNORABLE, '');
  return line.replace(DOTNET_SPACE, '').startsWith('::') || line.includes('##[');
};

describe('cleanServerText', () => {
  const attacks = [
    '::error::owned',
    '::add-mask::owned',
    '::set-output name=status::owned',
    '::stop-commands::t0k3n',
    '   ::warning::indented',
    '\t::notice::tab',
    '\u00a0::error::nbsp',
    '\u0085::error::nel',
    'prefix ##[error]legacy anywhere',
    'line\r::error::carriage return',
    'line\n::error::newline',
    'line\r\n::error::crlf',
    'line\u2028::error::line separator',
    'line\u2029::error::paragraph separator',
    '\u001b[31m::error::red\u001b[0m',
    '\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007',
    ':\u200b:error::pre-broken',
    '\ufeff::error::bom',
    '\u202e::error::bidi',
    ':',
  ];

  it.each(attacks)('leaves nothing the runner would obey in %j', (attack) => {
    for (const text of [attack, `Streampixel said: ${attack}`, `${attack} tail`]) {
      const out = cleanServerText(text);
      const lines = out.split(/\r\n|\r|\n/);
      expect(lines).toHaveLength(1);
      expect(isCommand(out)).toBe(false);
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    }
  });

  it('keeps the readable text', () => {
    expect(cleanServerText('  Build\tqueued \n for processing  ')).toBe(
      'Build queued for processing',
    );
    expect(cleanServerText('::error::x')).toBe(': :error: :x');
    expect(cleanServerText('a ##[error] b')).toBe('a # #[error] b');
    expect(cleanServerText('\u001b[1;31mred\u001b[0m')).toBe('red');
  });

  it('cuts to maxLength with an ellipsis, never through an emoji', () => {
    expect(cleanServerText('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
    const out = cleanServerText(`${'x'.repeat(8)}😀😀`, 10);
    expect(out).toBe(`${'x'.repeat(8)}…`);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('redacts before cutting, so a cut cannot leave half a secret', () => {
    const r = new Redactor();
    r.add(KEY);
    const text = `${'x'.repeat(290)} ${KEY}`;
    expect(cleanServerText(text, 300)).toContain(KEY.slice(0, 8));
    const out = cleanServerText(text, 300, r.redactor);
    expect(out).toBe(`${'x'.repeat(290)} ***`);
  });

  it('redacts a secret that invisible characters or escapes had split', () => {
    const r = new Redactor();
    r.add(KEY);
    const split = `${KEY.slice(0, 10)}\u200b\u001b[0m${KEY.slice(10)}`;
    expect(cleanServerText(split, 300, r.redactor)).toBe('***');
  });

  it('stays fast on a huge hostile input', () => {
    const started = Date.now();
    cleanServerText(`${'\u001b['.repeat(500_000)}${'::'.repeat(500_000)}`, 300);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('displayUrl and describeLocation', () => {
  it('shows a URL without its query, fragment or credentials', () => {
    expect(displayUrl('https://u:p@bucket.example/Game.zip?X-Amz-Signature=abc#f')).toBe(
      'https://***@bucket.example/Game.zip?…',
    );
    expect(displayUrl('https://bucket.example/Game.zip')).toBe('https://bucket.example/Game.zip');
    expect(displayUrl('not a url')).toBe('(unparseable URL)');
  });

  it('resolves a relative Location, and never throws on a bad one', () => {
    const base = 'http://127.0.0.1:9/pixelStripeApi/projects/upload-file';
    expect(describeLocation('/v2/x?key=1', base)).toBe('http://127.0.0.1:9/v2/x?…');
    expect(describeLocation(undefined, base)).toBe('no Location given');
    expect(describeLocation('   ', base)).toBe('no Location given');
    expect(describeLocation('http://[::1?k=secret', base)).toBe(
      'an unreadable Location ("http://[: :1")',
    );
  });

  it('cleans and redacts the Location', () => {
    const r = new Redactor();
    r.add(KEY);
    const out = describeLocation(
      `http://evil.example/${KEY}/::error::x?apiKey=${KEY}`,
      'http://127.0.0.1:9/',
      r.redactor,
    );
    expect(out).toBe('http://evil.example/***/: :error: :x?…');
  });
});

describe('escapeMarkdown', () => {
  it('makes links, images, HTML, table pipes and code spans inert', () => {
    const out = escapeMarkdown(
      '<img src=x onerror=alert(1)> [link](http://evil.example) | col | `code` **b** https://evil.example',
    );
    expect(out).not.toMatch(/<|>|\]\(|(?<!\\)\||(?<!\\)`|(?<!\\)\*|https?:\/\//);
    expect(out).toContain('&lt;img');
  });
});

describe('HTML error pages', () => {
  it('read as their text, scripts and styles left out, entities decoded', () => {
    expect(
      htmlToText(
        '<html><style>p{}</style><script>if (a < b) x = "</p>";</script><p>Bad&nbsp;Gateway &amp; co &#x41;&#66;</p></html>',
      ).trim(),
    ).toBe('Bad Gateway & co AB');
  });

  it('a "<" that opens no tag is text', () => {
    expect(htmlToText('<p>value</p> < 0 is not allowed')).toBe(' value  < 0 is not allowed');
  });

  it('take linear time on "<<<<…"', () => {
    const started = Date.now();
    apiMessageOf('<'.repeat(2 * 1024 * 1024));
    apiMessageOf('<script'.repeat(300_000));
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('an entity-encoded secret is decoded, so it can be redacted', () => {
    const r = new Redactor();
    r.add(KEY);
    const encoded = [...KEY].map((c) => `&#${c.charCodeAt(0)};`).join('');
    expect(apiMessageOf(`<p>key: ${encoded}</p>`, r.redactor)).toBe('key: ***');
  });

  it('read a JSON message from the fields gateways use too', () => {
    expect(apiMessageOf('{"message":"Project not found"}')).toBe('Project not found');
    expect(apiMessageOf('{"Message":"User is not authorized"}')).toBe('User is not authorized');
    expect(apiMessageOf('{"error":{"message":"quota"}}')).toBe('quota');
    expect(apiMessageOf('{"code":7}')).toBe('{"code":7}');
    expect(apiMessageOf('   ')).toBe('');
  });
});
