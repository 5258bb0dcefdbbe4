/**
 * Where the build goes: the `s3-uri` grammar, the object key's name, the
 * region and the presigned URL's lifetime. Pure functions, no I/O.
 */
import path from 'node:path';

/** `s3://bucket/prefix/` (a folder to name the object in) or `s3://bucket/key.zip` (the object itself). */
export type S3Target =
  { bucket: string; kind: 'prefix'; prefix: string } | { bucket: string; kind: 'key'; key: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

const EXAMPLE = 's3://my-bucket/builds/ or s3://my-bucket/builds/game.zip';

/**
 * S3's bucket naming rules (Amazon S3 User Guide, "General purpose bucket
 * naming rules"): 3–63 characters; lowercase letters, digits, dots and
 * hyphens; starts and ends with a letter or digit; not an IP address.
 */
export function bucketNameProblem(bucket: string): string | undefined {
  if (bucket.length < 3 || bucket.length > 63) return 'must be 3 to 63 characters long';
  if (/[A-Z]/.test(bucket)) return 'must be lowercase (S3 bucket names cannot contain capitals)';
  if (!/^[a-z0-9.-]+$/.test(bucket))
    return 'may only contain lowercase letters, digits, dots and hyphens';
  if (!/^[a-z0-9].*[a-z0-9]$/.test(bucket)) return 'must start and end with a letter or a digit';
  if (bucket.includes('..')) return 'cannot contain two dots in a row';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bucket)) return 'cannot look like an IP address';
  return undefined;
}

/**
 * Parses `s3-uri`. Accepts `s3://bucket`, `s3://bucket/`, `s3://bucket/prefix/`
 * and `s3://bucket/key.zip`; the key is taken literally (no percent-decoding,
 * like the AWS CLI). Rejects other schemes (an `https://` console or object URL
 * is the usual mistake), a missing bucket, a key that is neither a folder
 * (`/` at the end) nor a `.zip`, and bucket names S3 does not allow.
 */
export function parseS3Uri(uri: string): Parsed<S3Target> {
  const text = uri.trim();
  const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/i.exec(text);
  if (!match) {
    const isHttp = /^https?:\/\//i.test(text);
    return {
      ok: false,
      message: isHttp
        ? `"${text}" is an http(s) URL; an s3:// URI is expected.`
        : `"${text}" is not an s3:// URI.`,
      hint: `Write it as ${EXAMPLE}${isHttp ? '; for an S3-compatible service put its URL in the endpoint setting instead' : ''}.`,
    };
  }
  const bucket = match[1] ?? '';
  const rest = match[2] ?? '';
  if (!bucket) {
    return { ok: false, message: `"${text}" has no bucket name.`, hint: `Write it as ${EXAMPLE}.` };
  }
  const problem = bucketNameProblem(bucket);
  if (problem) {
    return {
      ok: false,
      message: `The bucket name "${bucket}" ${problem}.`,
      hint: `Use the bucket's exact name as S3 shows it, e.g. ${EXAMPLE}.`,
    };
  }
  if (rest === '' || rest.endsWith('/')) {
    if (rest.startsWith('/') || rest.includes('//')) {
      return {
        ok: false,
        message: `"${text}" has a doubled slash (an empty folder name).`,
        hint: `Remove the doubled slash, e.g. ${EXAMPLE}.`,
      };
    }
    return { ok: true, value: { bucket, kind: 'prefix', prefix: rest } };
  }
  if (!/\.zip$/i.test(rest)) {
    return {
      ok: false,
      message: `"${text}" names an object that does not end in .zip.`,
      hint: `End it with "/" to name a folder (the object's name is then chosen for you) or with ".zip" to name the object, e.g. ${EXAMPLE}.`,
    };
  }
  if (Buffer.byteLength(rest) > 1024) {
    return {
      ok: false,
      message: 'The object key is longer than S3’s 1,024-byte limit.',
      hint: 'Use a shorter key.',
    };
  }
  return { ok: true, value: { bucket, kind: 'key', key: rest } };
}

/** Characters kept in a generated object name; anything else becomes `-`. */
function safeName(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return cleaned || 'build';
}

/** UTC `YYYYMMDD-HHMMSS`. */
export function utcStamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-30T06:49:48.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/**
 * The object key. A `key` target is used as given; a `prefix` target gets
 * `prefix/<name>-<version>.zip` where version is GITHUB_SHA's first 7
 * characters, else the UTC time `YYYYMMDD-HHMMSS` of `now`.
 */
export function objectKeyFor(
  target: S3Target,
  name: string,
  opts: { sha?: string; now?: Date } = {},
): string {
  if (target.kind === 'key') return target.key;
  const sha = opts.sha?.trim();
  const version =
    sha && /^[0-9a-f]{7,}$/i.test(sha)
      ? sha.slice(0, 7).toLowerCase()
      : utcStamp(opts.now ?? new Date());
  return `${target.prefix}${safeName(name)}-${version}.zip`;
}

/**
 * The name a build is stored under: a `.zip` file's own name, else the
 * project's (its launcher `<Project>.exe` at the top of a packaged Windows
 * build), else the folder's name. `pathApi` is `path.win32` in tests of
 * Windows paths.
 */
export function buildName(
  source: string,
  opts: { kind: 'folder' | 'zip'; topLevelExe?: string; pathApi?: path.PlatformPath },
): string {
  const p = opts.pathApi ?? path;
  if (opts.kind === 'zip') return p.basename(source).replace(/\.zip$/i, '');
  if (opts.topLevelExe) return p.basename(opts.topLevelExe).replace(/\.exe$/i, '');
  return p.basename(p.resolve(source)) || 'build';
}

/** Cloudflare R2's S3 API host (`<account>.r2.cloudflarestorage.com`, optionally `.eu.`/`.fedramp.`). */
export function isR2Endpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return false;
  try {
    return /(^|\.)r2\.cloudflarestorage\.com$/i.test(new URL(endpoint).hostname);
  } catch {
    return false;
  }
}

/**
 * The region to sign for: `s3-region`, else `auto` for Cloudflare R2 (R2
 * documents `auto`; an AWS region left in AWS_REGION by another step is
 * meaningless there), else AWS_REGION, else AWS_DEFAULT_REGION, else
 * `us-east-1` (which S3-compatible servers such as radosgw accept by default).
 */
export function resolveRegion(
  input: string | undefined,
  endpoint: string | undefined,
  env: Record<string, string | undefined>,
): { region: string; source: string } {
  const given = input?.trim();
  if (given) return { region: given, source: 's3-region' };
  if (isR2Endpoint(endpoint)) return { region: 'auto', source: 'Cloudflare R2 endpoint' };
  for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = env[name]?.trim();
    if (value) return { region: value, source: name };
  }
  return { region: 'us-east-1', source: 'default' };
}

/** A region is a short lowercase token: `eu-west-1`, `auto`, `garage`. */
export function regionProblem(region: string): string | undefined {
  return /^[a-z0-9][a-z0-9-]{0,49}$/.test(region)
    ? undefined
    : `"${region}" is not a region name (like eu-west-1)`;
}

/** SigV4 presigned URLs live at most 7 days (X-Amz-Expires ≤ 604800 s; Amazon S3 API reference, "Authenticating Requests: Using Query Parameters"). */
export const MAX_PRESIGN_HOURS = 168;
export const DEFAULT_PRESIGN_HOURS = 6;

/** `presign-hours` → seconds: a number of hours, fractions allowed, more than 0 and at most 168. */
export function parsePresignHours(input: string | number | undefined): Parsed<number> {
  if (input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return { ok: true, value: DEFAULT_PRESIGN_HOURS * 3600 };
  }
  const hours = typeof input === 'number' ? input : Number(input.trim());
  if (!Number.isFinite(hours) || hours <= 0) {
    return {
      ok: false,
      message: `"${input}" is not a positive number of hours.`,
      hint: `Give the presigned URL's lifetime in hours, e.g. ${DEFAULT_PRESIGN_HOURS} (the default).`,
    };
  }
  if (hours > MAX_PRESIGN_HOURS) {
    return {
      ok: false,
      message: `${hours} hours is longer than a presigned URL can live (SigV4 allows at most 7 days, ${MAX_PRESIGN_HOURS} hours).`,
      hint: `Use ${MAX_PRESIGN_HOURS} or less; Streampixel fetches the build within minutes of the upload request.`,
    };
  }
  return { ok: true, value: Math.max(1, Math.round(hours * 3600)) };
}
