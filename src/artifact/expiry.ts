/**
 * When a presigned URL stops working, read from the URL alone. Streampixel fetches file-url
 * minutes after the upload request, so a URL about to expire fails there, not here.
 */

export interface UrlExpiry {
  scheme: 'aws-sigv4' | 'aws-sigv2' | 'cloudfront' | 'gcs-v4' | 'gcs-v2' | 'azure-sas';
  /** Absent when the expiry parameters are missing or malformed. */
  expiresAt?: Date;
  /**
   * Signed with temporary credentials (S3's `X-Amz-Security-Token`, Azure's user delegation key):
   * the URL also stops working when those credentials expire, which may be sooner.
   */
  temporaryCredentials: boolean;
}

/** Parameter names, lower-cased, to their first value. */
function lowerParams(url: URL): Map<string, string> {
  const params = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    const lower = key.toLowerCase();
    if (!params.has(lower)) params.set(lower, value);
  }
  return params;
}

/** `YYYYMMDDTHHMMSSZ` (SigV4's X-Amz-Date / X-Goog-Date) plus a number of seconds. */
function basicIsoPlus(date: string | undefined, seconds: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date ?? '');
  if (!m || !/^\d{1,10}$/.test(seconds ?? '')) return undefined;
  const start = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  // Date rolls 2024-02-30 over to March; a malformed date should not pass.
  if (Number.isNaN(start.getTime()) || start.getUTCDate() !== Number(m[3])) return undefined;
  return new Date(start.getTime() + Number(seconds) * 1000);
}

/** Seconds since the Unix epoch. */
function epochSeconds(value: string | undefined): Date | undefined {
  if (!/^\d{1,12}$/.test(value ?? '')) return undefined;
  const date = new Date(Number(value) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** ISO 8601 with a date, time and zone, as Azure's `se` (e.g. 2024-05-01T12:00:00Z); a bare date means midnight UTC. */
function iso8601(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const date = new Date(m[2] ? value : `${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A URL's query parameters, names lower-cased (lowerParams). */
type Params = Map<string, string>;

/** A presigned URL scheme: how its parameters are recognised, and what they say. */
interface Scheme {
  scheme: UrlExpiry['scheme'];
  /** Whether the parameters are this scheme's. */
  matches: (p: Params) => boolean;
  /** The expiry and the kind of credentials, from this scheme's parameters. */
  read: (p: Params) => Omit<UrlExpiry, 'scheme'>;
}

/** The schemes, in the order they are tried: the first that matches is the URL's. */
const SCHEMES: readonly Scheme[] = [
  // `X-Amz-Algorithm`/`X-Amz-Signature`, expiry = `X-Amz-Date` (YYYYMMDDTHHMMSSZ) +
  // `X-Amz-Expires` seconds; `X-Amz-Security-Token` → temporary credentials (AWS S3 docs,
  // "Authenticating Requests: Using Query Parameters").
  {
    scheme: 'aws-sigv4',
    matches: (p) =>
      p.has('x-amz-signature') || p.has('x-amz-algorithm') || p.has('x-amz-credential'),
    read: (p) => ({
      expiresAt: basicIsoPlus(p.get('x-amz-date'), p.get('x-amz-expires')),
      temporaryCredentials: p.has('x-amz-security-token'),
    }),
  },
  // `X-Goog-Algorithm`/`X-Goog-Signature`, `X-Goog-Date` + `X-Goog-Expires` seconds.
  {
    scheme: 'gcs-v4',
    matches: (p) =>
      p.has('x-goog-signature') || p.has('x-goog-algorithm') || p.has('x-goog-credential'),
    read: (p) => ({
      expiresAt: basicIsoPlus(p.get('x-goog-date'), p.get('x-goog-expires')),
      temporaryCredentials: false,
    }),
  },
  // `GoogleAccessId` + `Signature` + `Expires` (Unix seconds).
  {
    scheme: 'gcs-v2',
    matches: (p) => p.has('googleaccessid') && p.has('signature'),
    read: (p) => ({ expiresAt: epochSeconds(p.get('expires')), temporaryCredentials: false }),
  },
  // `AWSAccessKeyId` + `Signature` + `Expires` (Unix seconds).
  {
    scheme: 'aws-sigv2',
    matches: (p) => p.has('awsaccesskeyid') && p.has('signature'),
    read: (p) => ({
      expiresAt: epochSeconds(p.get('expires')),
      temporaryCredentials: p.has('x-amz-security-token'),
    }),
  },
  // `Signature` + `Key-Pair-Id`, `Expires` (Unix seconds; a custom policy has none).
  {
    scheme: 'cloudfront',
    matches: (p) => p.has('key-pair-id') && p.has('signature'),
    read: (p) => ({ expiresAt: epochSeconds(p.get('expires')), temporaryCredentials: false }),
  },
  // `sig` with `se` (ISO 8601 expiry; a stored access policy `si` may hold it instead).
  {
    scheme: 'azure-sas',
    matches: (p) => p.has('sig') && (p.has('se') || p.has('sv') || p.has('sp')),
    read: (p) => {
      // A user delegation SAS (skoid) also ends when its key does (ske).
      const se = iso8601(p.get('se'));
      const ske = p.has('skoid') ? iso8601(p.get('ske')) : undefined;
      return { expiresAt: se && ske && ske < se ? ske : se, temporaryCredentials: p.has('skoid') };
    },
  },
];

/**
 * The expiry a presigned URL carries, or undefined when `url` is not a presigned URL of a
 * known scheme (or not a URL). Parameter names are matched case-insensitively; malformed values
 * give an undefined `expiresAt`; never throws.
 *
 * The schemes, tried in this order: aws-sigv4, gcs-v4, gcs-v2, aws-sigv2, cloudfront,
 * azure-sas; SCHEMES says how each is recognised and read, and where it is documented.
 */
export function presignedExpiry(url: string): UrlExpiry | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const p = lowerParams(parsed);
  const found = SCHEMES.find((s) => s.matches(p));
  if (!found) return undefined;
  const { expiresAt, temporaryCredentials } = found.read(p);
  return { scheme: found.scheme, expiresAt, temporaryCredentials };
}
