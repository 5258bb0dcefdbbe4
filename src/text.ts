/**
 * Text from outside made safe to show: `cleanServerText` turns text we did
 * not write (API messages, headers, error pages) into one inert, bounded
 * line; `escapeMarkdown` makes it plain text in the job summary; `htmlToText`
 * reads an error page as a person would.
 */
import { displayUrl } from './format.js';

/**
 * Where a redirect points, as we show it: resolved against the request URL,
 * without query, fragment or credentials, cleaned. Never throws: the Location
 * is the server's text.
 */
export function describeLocation(
  location: string | undefined,
  base: string,
  redact?: (text: string) => string,
): string {
  if (!location?.trim()) return 'no Location given';
  let target: URL;
  try {
    target = new URL(location.trim(), base);
  } catch {
    const shown = cleanServerText(location.replace(/[?#][\s\S]*$/, ''), 100, redact);
    return `an unreadable Location ("${shown}")`;
  }
  return cleanServerText(displayUrl(target), 200, redact);
}

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators: any of
// them can start a new line in the runner's reader or in a log viewer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// ANSI escape sequences (CSI and OSC), removed whole before the controls go.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?)/g;
// Format characters (zero-width, bidi, tags…), U+034F, Hangul fillers, the Mongolian vowel
// separator and variation selectors: none shows, and each can split a word or a secret.
const INVISIBLE =
  /\p{Cf}|[\u034f\u115f\u1160\u180e\u3164\uffa0]|[\ufe00-\ufe0f]|[\u{e0000}-\u{e007f}]/gu;

/** Work on at most this much of any server text: the result is a few hundred characters. */
const MAX_INPUT_CHARS = 64 * 1024;

/**
 * One inert line of at most `maxLength` characters.
 *
 * The runner treats a line as a workflow command when, after trimming leading
 * whitespace, it starts with `::` (current form), or when it contains `##[`
 * anywhere (legacy form). Both are broken with a plain space, after any
 * newline that could have started a fresh line is gone. Not a zero-width
 * space: the runner finds `::` and `##[` with culture-sensitive .NET string
 * search (ActionCommand.cs), for which ICU ignores zero-width characters.
 *
 * `redact` runs after the invisible characters are gone (they could split a
 * secret) and before the cut (which could leave half of one).
 */
export function cleanServerText(
  text: string,
  maxLength = 300,
  redact: (text: string) => string = (t) => t,
): string {
  let out = text.slice(0, MAX_INPUT_CHARS).replace(ANSI, '');
  // ASCII holds no invisible character; the Unicode class costs start-up a few ms to compile.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(out)) out = out.replace(INVISIBLE, '');
  out = out.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  out = redact(out);
  if (out.length > maxLength) {
    // Never cut between the two halves of an emoji: a lone surrogate is not text.
    out = `${out
      .slice(0, maxLength - 1)
      .replace(/[\ud800-\udbff]$/, '')
      .trimEnd()}…`;
  }
  return out.replace(/::/g, ': :').replace(/##\[/g, '# #[');
}

/** Escapes text for a Markdown table cell or paragraph (GitHub-flavoured, HTML allowed). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')
      // Bare URLs and addresses are auto-linked by GitHub: break the link, keep the text.
      .replace(/:/g, '&#58;')
      .replace(/@/g, '&#64;')
      .replace(/\s+/g, ' ')
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
};

/**
 * The text of an HTML page, in one pass (a regex over "<<<<…" would take
 * quadratic time on a hostile page): tags dropped, script and style skipped,
 * entities decoded so that an entity-encoded secret is still recognised.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html;
  let out = '';
  let i = 0;
  // Once no '>' is left, every later '<' is text: looking again for each would be quadratic.
  let tagsLeft = true;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const ch = html[i];
    const close = ch === '<' && tagsLeft ? html.indexOf('>', i + 1) : -1;
    if (ch === '<' && close < 0) tagsLeft = false;
    if (close >= 0) {
      const tag = /^<\s*(script|style)\b/.exec(lower.slice(i, close + 1));
      if (tag) {
        const end = lower.indexOf(`</${tag[1]}`, close);
        const after = end < 0 ? -1 : html.indexOf('>', end);
        i = after < 0 ? html.length : after + 1;
      } else {
        i = close + 1;
      }
      out += ' ';
    } else if (ch === '&') {
      const entity = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/i.exec(html.slice(i, i + 12));
      out += entity ? decodeEntity(entity[1] ?? '') : '&';
      i += entity ? entity[0].length : 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function decodeEntity(name: string): string {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return ENTITIES[name.toLowerCase()] ?? `&${name};`;
}
