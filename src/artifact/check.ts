/**
 * Checks file-url before spending a rate-limited upload on it: a ranged GET
 * of the first four bytes (a HEAD fails on URLs presigned for GET), which must
 * come back 2xx, not HTML, and start with the zip signature.
 */
import { displayUrl } from '../format.js';
import { type HttpResponse, NetworkError, PROXY_HINT } from '../http.js';
import { type RequestPolicy, sendWithRetries } from '../retry.js';
import { Redactor, secretValues } from '../secrets.js';
import { DeployFailure } from '../streampixel/errors.js';
import type { Terms } from '../terms.js';
import { cleanServerText, describeLocation } from '../text.js';
import { USER_AGENT } from '../version.js';

export interface ArtifactInfo {
  /** Total size in bytes, when the server says. */
  sizeBytes?: number;
}

export interface ArtifactCheckOptions extends RequestPolicy {
  terms: Terms;
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip is only an end-of-central-directory record. */
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

function fail(title: string, message: string, hint: string, httpStatus?: number): DeployFailure {
  return new DeployFailure(title, message, hint, { httpStatus, input: 'file-url' });
}

export function sizeOf(res: HttpResponse): number | undefined {
  const range = /\/(\d+)\s*$/.exec(String(res.headers['content-range'] ?? ''));
  if (range?.[1]) return Number(range[1]);
  const length = res.headers['content-length'];
  if (res.status === 200 && length && /^\d+$/.test(length)) return Number(length);
  return undefined;
}

export async function checkArtifact(
  fileUrl: string,
  options: ArtifactCheckOptions,
): Promise<ArtifactInfo> {
  const shown = displayUrl(fileUrl);
  const name = options.terms.name('file-url');
  // The storage server may echo the URL back, signature and all, in a header.
  const secrets = new Redactor();
  for (const secret of secretValues({ 'file-url': fileUrl })) secrets.add(secret);
  const { last: res } = await sendWithRetries(
    {
      method: 'GET',
      url: fileUrl,
      headers: { range: 'bytes=0-3', 'user-agent': USER_AGENT },
      timeoutMs: options.timeoutMs,
      maxBodyBytes: 4,
    },
    {
      maxAttempts: options.maxAttempts,
      idempotent: true,
      label: `${name} check`,
      log: options.log,
      trace: { what: `GET ${shown} (first 4 bytes)`, debug: options.debug },
      sleep: options.sleep,
    },
    options.send,
  );
  if (res instanceof NetworkError && res.failure === 'proxy') {
    // Not the URL's fault: the proxy did not let the request out.
    throw fail(
      `${name} unreachable through the proxy`,
      `Could not download ${shown}: ${res.message}.`,
      PROXY_HINT,
    );
  }
  if (res instanceof NetworkError) {
    throw fail(
      `${name} unreachable`,
      `Could not download ${shown}: ${res.message}.`,
      'Check that the URL is public or presigned, and that the earlier step uploaded the file.',
    );
  }

  const status = res.status;
  if (status >= 300 && status < 400) {
    const target = describeLocation(res.headers.location, fileUrl, secrets.redactor);
    throw fail(
      `${name} redirects`,
      `${shown} answers HTTP ${status}, redirecting to ${target}.`,
      'Streampixel needs a direct download link: pass the final URL of the file (a presigned S3/GCS/R2 URL), not a share or redirect link.',
      status,
    );
  }
  if (status === 401 || status === 403) {
    throw fail(
      `${name} refused`,
      `${shown} answers HTTP ${status}: the file is private or the presigned URL has expired.`,
      'Make the URL public, or presign it in the same job with an expiry long enough for Streampixel to download it (an hour or more).',
      status,
    );
  }
  if (status === 404 || status === 410) {
    throw fail(
      `${name} not found`,
      `${shown} answers HTTP ${status}: no file there.`,
      'Check the earlier step that uploaded the .zip, and the bucket and key in the URL.',
      status,
    );
  }
  if (status === 416) {
    throw fail(
      `${name} is empty`,
      `${shown} has no bytes to read (HTTP 416).`,
      'The upload of the .zip failed or produced an empty file; check the packaging step.',
      status,
    );
  }
  if (status < 200 || status >= 300) {
    throw fail(
      `${name} check failed`,
      `${shown} answers HTTP ${status}.`,
      'Streampixel must be able to download the file with a plain GET; check the URL and the storage service.',
      status,
    );
  }

  const type = String(res.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('text/html') || type.includes('application/xhtml')) {
    throw fail(
      `${name} is a web page`,
      `${shown} returns an HTML page (${cleanServerText(type, 80, secrets.redactor)}), not the .zip: a login, consent or download page.`,
      'Streampixel needs a direct download link that returns the file itself.',
      status,
    );
  }
  const head = res.body.subarray(0, 4);
  if (head.equals(EMPTY_ZIP_SIGNATURE)) {
    throw fail(
      `${name} is an empty zip`,
      `${shown} is a zip archive with no files in it.`,
      'Check the packaging step: the build output folder was empty.',
      status,
    );
  }
  if (!head.equals(ZIP_SIGNATURE)) {
    throw fail(
      `${name} is not a zip`,
      `${shown} does not start with the zip signature (PK\\x03\\x04)${head.length < 4 ? `; it returned ${head.length} byte(s)` : ''}.`,
      'Streampixel takes a .zip of the packaged Windows build. Check the packaging step and that the URL points at the archive.',
      status,
    );
  }
  return { sizeBytes: sizeOf(res) };
}
