import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StorageError, toStorageError } from '../src/storage/errors.js';

/** What the SDK throws for an S3 error answer: `name` is S3's code. */
const s3Error = (name: string, status: number) =>
  Object.assign(new Error(`${name} message from server`), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });

const ctx = { action: 'uploading s3://b/k.zip', bucket: 'b', nameOf: (i: string) => `--${i}` };

describe('toStorageError', () => {
  it.each([
    ['InvalidAccessKeyId', 403, 'credentials', /AWS_ACCESS_KEY_ID/, /AWS_ACCESS_KEY_ID/],
    ['SignatureDoesNotMatch', 403, 'credentials', /AWS_SECRET_ACCESS_KEY/, /AWS_SECRET_ACCESS_KEY/],
    ['ExpiredToken', 400, 'credentials', /AWS_SESSION_TOKEN/, /role-duration-seconds/],
    ['NoSuchBucket', 404, 's3-uri', /"b" does not exist/, /--s3-uri/],
    ['NotFound', 404, 's3-uri', /"b" does not exist/, /--s3-uri/],
    [
      'AccessDenied',
      403,
      'credentials',
      /not allowed to write/,
      /s3:PutObject and s3:AbortMultipartUpload.*s3:GetObject/,
    ],
    ['PermanentRedirect', 301, 's3-region', /another region/, /--s3-region/],
  ])('%s (HTTP %d) → input %s', (code, status, input, message, hint) => {
    const e = toStorageError(s3Error(code, status), ctx);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.code).toBe(code);
    expect(e.httpStatus).toBe(status);
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(`HTTP ${status}`);
    expect(e.hint).toMatch(hint);
  });

  it('connection refused without an endpoint points at the network', () => {
    const e = toStorageError(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      ctx,
    );
    expect(e.input).toBeUndefined();
    expect(e.message).toMatch(/Amazon S3 refused the connection/);
  });

  it('finds a network code in a cause chain', () => {
    const inner = Object.assign(new Error('getaddrinfo ENOTFOUND s3.example'), {
      code: 'ENOTFOUND',
    });
    const e = toStorageError(new Error('wrapped', { cause: inner }), {
      ...ctx,
      endpoint: 'https://s3.example',
    });
    expect(e.code).toBe('ENOTFOUND');
    expect(e.message).toMatch(/https:\/\/s3\.example could not be resolved/);
    expect(e.hint).toMatch(/--s3-endpoint/);
  });

  it('anything else keeps a bounded, one-line server message', () => {
    const e = toStorageError(s3Error('WeirdError', 400), ctx);
    expect(e.title).toBe('Storage request failed');
    expect(e.message).toMatch(/^Uploading s3:\/\/b\/k\.zip failed \(HTTP 400 WeirdError\): /);
  });
});

describe('the AWS SDK stays behind src/storage', () => {
  it('no module outside src/storage imports the SDK or src/storage statically', async () => {
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (p !== path.join('src', 'storage')) await walk(p);
        } else if (p.endsWith('.ts')) {
          const text = await fs.readFile(p, 'utf8');
          // `import type` is erased; a value import would load the SDK on every run.
          const statics = text.match(
            /^import\s+(?!type\b)[^;]*?from\s+'(@aws-sdk\/[^']+|[^']*storage\/[^']+)'/gms,
          );
          if (statics) offenders.push(`${p}: ${statics.join(', ')}`);
        }
      }
    };
    await walk('src');
    expect(offenders).toEqual([]);
  });
});
