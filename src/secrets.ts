/**
 * What is secret, and every form it can take once printed.
 *
 * `Redactor` replaces every known secret (and the forms it takes once
 * encoded into a URL or a JSON body) with `***`. The runner masks what it was
 * told to mask too, but only on GitHub; the CLI and our own tests see raw
 * output, so we never rely on the runner alone.
 */
import { escapeMarkdown } from './text.js';

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

/** The inputs that can hold a secret. */
export type SecretInputs = Partial<Record<string, string | undefined>>;

/**
 * Query parameters of presigned URLs (S3, GCS, Azure) that hold no secret.
 * Masking their values ("3600", "host") would blot those words out of the
 * whole job log; the full query string is masked regardless.
 */
const PUBLIC_QUERY_PARAMS =
  /^(x-(amz|goog)-(algorithm|date|expires|signedheaders)|response-.*|sv|se|st|sr|sp|spr|ss|srt)$/i;

/** Parameter names that say they carry a secret, whatever the value's length. */
const SECRET_QUERY_PARAM = /sig|token|credential|key|secret|auth|pass|policy/i;
const MIN_UNNAMED_SECRET = 8;

/** Every value derived from the inputs that must never be printed. */
export function secretValues(raw: SecretInputs): string[] {
  const secrets = [raw['api-key'], raw['user-id'], raw['github-token']];
  // file-url above all, but a presigned URL pasted into another input is just as secret.
  for (const value of Object.values(raw)) {
    if (value?.includes('?')) secrets.push(...urlSecrets(value.trim()));
  }
  return secrets.filter((s): s is string => !!s && s.length >= 4);
}

/** A URL's signature, credential and password, with the query that carries them. */
function urlSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [text.slice(text.indexOf('?') + 1)];
  }
  const secrets = [url.hash.slice(1), url.password];
  for (const [name, value] of url.searchParams) {
    // Short values of other parameters ("v=2024", "download=true") would blot common words out.
    const secret = SECRET_QUERY_PARAM.test(name) || value.length >= MIN_UNNAMED_SECRET;
    if (secret && !PUBLIC_QUERY_PARAMS.test(name)) secrets.push(value);
  }
  // The whole query too, when it carries a secret ("dl=0" alone does not).
  if (secrets.length > 2 || url.password) secrets.push(url.search.slice(1));
  return secrets;
}
