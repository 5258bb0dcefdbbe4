/**
 * What is secret, and how text from outside is made safe to print.
 *
 * Two separate jobs:
 * - `Redactor` replaces every known secret (and the forms it takes once
 *   encoded into a URL or a JSON body) with `***`. The runner masks what it
 *   was told to mask too, but only on GitHub; the CLI and our own tests see
 *   raw output, so we never rely on the runner alone.
 * - `cleanServerText` turns text we did not write (API messages, headers,
 *   error pages) into one inert, bounded line.
 */

const MASK = '***';

/** Lines shorter than this are not masked on their own: masking "a" would shred the log. */
const MIN_MASKED_PART = 4;

export class Redactor {
  private forms: string[] = [];

  /** Registers a secret and its derived forms; returns the forms that were new (to hand to the runner). */
  add(secret: string | undefined): string[] {
    if (!secret) return [];
    const parts = new Set<string>([secret]);
    for (const line of secret.split(/\r\n|\r|\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= MIN_MASKED_PART) parts.add(trimmed);
    }
    const forms = new Set<string>();
    for (const part of parts) {
      forms.add(part);
      forms.add(encodeURIComponent(part));
      forms.add(new URLSearchParams({ v: part }).toString().slice(2));
      forms.add(JSON.stringify(part).slice(1, -1));
      // The job summary escapes Markdown ("spk\_key"): a secret in it would slip past the plain form.
      forms.add(escapeMarkdown(part));
    }
    const added = [...forms].filter((f) => f.length > 0 && !this.forms.includes(f));
    // Longest first, so a secret that contains another is replaced whole.
    this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length);
    return added;
  }

  redact(text: string): string {
    let out = text;
    for (const form of this.forms) out = out.split(form).join(MASK);
    // Text cut short (a capped read, a truncated message) can end in the first part of a secret.
    for (const form of this.forms) {
      for (let length = form.length - 1; length >= MIN_MASKED_PART; length--) {
        if (out.endsWith(form.slice(0, length))) {
          out = `${out.slice(0, out.length - length)}${MASK}`;
          break;
        }
      }
    }
    return out;
  }

  /** The same, as a plain function to hand to `cleanServerText`. */
  readonly redactor = (text: string): string => this.redact(text);
}

/**
 * The URL as we show it: no credentials, no query string or fragment (a
 * presigned URL's signature lives there). `https://bucket/Game.zip?…`
 */
export function displayUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return '(unparseable URL)';
  }
  const hidden = parsed.search || parsed.hash ? '?…' : '';
  const auth = parsed.username || parsed.password ? '***@' : '';
  return `${parsed.protocol}//${auth}${parsed.host}${parsed.pathname}${hidden}`;
}

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
// Bidirectional overrides and zero-width characters that make text read other than it is.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const ZWSP = '\u200b';

/** Work on at most this much of any server text: the result is a few hundred characters. */
const MAX_INPUT_CHARS = 64 * 1024;

/**
 * One inert line of at most `maxLength` characters.
 *
 * The runner treats a line as a workflow command when, after trimming leading
 * whitespace, it starts with `::` (current form), or when it contains `##[`
 * anywhere (legacy form). Both are broken with a zero-width space, which .NET
 * does not count as whitespace, after any newline that could have started a
 * fresh line is gone.
 *
 * `redact` runs after the invisible characters are gone (they could split a
 * secret) and before the cut (which could leave half of one).
 */
export function cleanServerText(
  text: string,
  maxLength = 300,
  redact: (text: string) => string = (t) => t,
): string {
  let out = text
    .slice(0, MAX_INPUT_CHARS)
    .replace(ANSI, '')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  out = redact(out);
  if (out.length > maxLength) {
    // Never cut between the two halves of an emoji: a lone surrogate is not text.
    out = `${out
      .slice(0, maxLength - 1)
      .replace(/[\ud800-\udbff]$/, '')
      .trimEnd()}…`;
  }
  return out.replace(/::/g, `:${ZWSP}:`).replace(/##\[/g, `#${ZWSP}#[`);
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
