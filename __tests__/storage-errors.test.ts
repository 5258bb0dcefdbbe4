import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { credentialSource } from '../src/storage/credentials.js';
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

  it.each([
    ['EPROTO', /did not complete the TLS handshake/],
    ['ERR_SSL_WRONG_VERSION_NUMBER', /did not complete the TLS handshake/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', /TLS certificate that was not trusted/],
    ['ECONNABORTED', /failed at the network level \(ECONNABORTED\)/],
    ['HPE_INVALID_CONSTANT', /failed at the network level \(HPE_INVALID_CONSTANT\)/],
  ])('%s is a network failure naming s3-endpoint, not a storage answer', (code, message) => {
    const e = toStorageError(Object.assign(new Error(`request failed: ${code}`), { code }), {
      ...ctx,
      endpoint: 'https://s3.example',
    });
    expect(e.title).toBe('Storage unreachable');
    expect(e.message).toMatch(message);
    expect(e.input).toBe('s3-endpoint');
  });

  it('server text is cleaned and capped: no line breaks, ANSI or workflow commands; a code only if shaped like one', () => {
    const err = Object.assign(new Error(`\u001b[31mnope\n::error::injected\n${'y'.repeat(600)}`), {
      name: '<script>',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    });
    const e = toStorageError(err, ctx);
    expect(e.title).toBe('Storage request failed');
    for (const bad of ['\u001b', '\n', '<script>']) expect(e.message).not.toContain(bad);
    expect(e.message).not.toMatch(/^::/);
    expect(e.message).toContain(': :error: :injected');
    expect(e.message.length).toBeLessThan(400);
  });

  it('anything else keeps a bounded, one-line server message', () => {
    const e = toStorageError(s3Error('WeirdError', 400), ctx);
    expect(e.title).toBe('Storage request failed');
    expect(e.message).toMatch(/^Uploading s3:\/\/b\/k\.zip failed \(HTTP 400 WeirdError\): /);
  });
});

/** What @smithy/node-http-handler 4.x throws, as the retry middleware leaves it. */
const timeoutError = (message: string, attempts = 5) =>
  Object.assign(new Error(message), {
    name: 'TimeoutError',
    $metadata: { attempts, totalRetryDelay: 480 },
  });

describe('toStorageError: no answer in time', () => {
  it.each([
    '@smithy/node-http-handler - the request socket timed out after 5000 ms of inactivity (configured by client requestHandler).',
    '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 5000 ms.',
    'Connection timed out after 5000 ms',
    'Socket timed out without establishing a connection within 5000 ms',
  ])('%s → Storage not answering, naming the endpoint and timeout-seconds', (message) => {
    const e = toStorageError(timeoutError(message), {
      ...ctx,
      action: 'checking the bucket',
      endpoint: 'http://127.0.0.1:9000',
      timeoutMs: 5000,
    });
    expect(e.title).toBe('Storage not answering');
    expect(e.message).toBe(
      'http://127.0.0.1:9000 gave no answer within 5 s while checking the bucket (5 attempts).',
    );
    expect(e.input).toBe('s3-endpoint');
    expect(e.hint).toMatch(/^Check --s3-endpoint \(http:\/\/127\.0\.0\.1:9000\)/);
    expect(e.hint).toMatch(/--timeout-seconds sets how long/);
  });

  it('without an endpoint: Amazon S3 and the network; through a proxy: the proxy too', () => {
    const plain = toStorageError(timeoutError('x timed out after 300 ms of inactivity', 1), ctx);
    expect(plain.message).toBe(
      'Amazon S3 gave no answer within 0.3 s while uploading s3://b/k.zip.',
    );
    expect(plain.input).toBeUndefined();
    expect(plain.hint).toMatch(/reach Amazon S3/);
    const proxied = toStorageError(timeoutError('Connection timed out after 2000 ms'), {
      ...ctx,
      proxy: { url: 'http://proxy:3128', variable: 'https_proxy' },
      timeoutMs: 2000,
    });
    expect(proxied.message).toMatch(
      /^Amazon S3 \(through the proxy http:\/\/proxy:3128 from https_proxy\) gave no answer within 2 s/,
    );
    expect(proxied.hint).toMatch(/check the proxy http:\/\/proxy:3128 \(https_proxy\)/);
  });

  it('a refused connection the SDK also names TimeoutError is still "refused"; ETIMEDOUT is a timeout', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      name: 'TimeoutError',
      code: 'ECONNREFUSED',
    });
    expect(toStorageError(refused, ctx).title).toBe('Storage unreachable');
    const etimedout = Object.assign(new Error('connect ETIMEDOUT 10.0.0.1:443'), {
      code: 'ETIMEDOUT',
    });
    expect(toStorageError(etimedout, { ...ctx, timeoutMs: 30_000 }).message).toBe(
      'Amazon S3 gave no answer within 30 s while uploading s3://b/k.zip.',
    );
  });

  it('an S3 error answer that speaks of timing out stays S3’s', () => {
    const e = toStorageError(
      Object.assign(s3Error('RequestTimeout', 400), { message: 'Request timed out after 20 s' }),
      ctx,
    );
    expect(e.title).toBe('Storage request failed');
  });
});

describe('credential errors name where the keys came from', () => {
  const env = { AWS_PROFILE: 'ci', AWS_ACCESS_KEY_ID: 'AKIDENV' };

  it('keys read from a profile: the profile, not AWS_ACCESS_KEY_ID', () => {
    const source = credentialSource(
      {
        accessKeyId: 'AKIDPROFILE',
        secretAccessKey: 's',
        $source: { CREDENTIALS_PROFILE: 'n' },
      } as never,
      env,
      false,
    );
    const bad = toStorageError(s3Error('InvalidAccessKeyId', 403), {
      ...ctx,
      credentials: source.origin,
    });
    expect(bad.message).toContain(
      'does not know the access key in aws_access_key_id of the profile "ci" (AWS_PROFILE)',
    );
    expect(bad.hint).toContain(
      'Check the keys of the profile "ci" (AWS_PROFILE) in ~/.aws/credentials and ~/.aws/config',
    );
    expect(`${bad.message} ${bad.hint}`).not.toContain('AWS_ACCESS_KEY_ID');
    const mismatch = toStorageError(s3Error('SignatureDoesNotMatch', 403), {
      ...ctx,
      credentials: source.origin,
    });
    expect(mismatch.message).toContain(
      'aws_secret_access_key of the profile "ci" (AWS_PROFILE) does not match aws_access_key_id of the profile "ci" (AWS_PROFILE)',
    );
  });

  it('keys from the variables (the SDK says so, or the key is theirs): the variables', () => {
    for (const identity of [
      { accessKeyId: 'AKIDENV', secretAccessKey: 's', $source: { CREDENTIALS_ENV_VARS: 'g' } },
      { accessKeyId: 'AKIDENV', secretAccessKey: 's' },
    ]) {
      const source = credentialSource(identity as never, env, false);
      expect(source.origin.accessKey).toBe('AWS_ACCESS_KEY_ID');
      expect(source.expiry).toBe('AWS_CREDENTIAL_EXPIRATION');
    }
    const given = credentialSource({ accessKeyId: 'AKIDENV', secretAccessKey: 's' }, env, true);
    expect(given.origin.accessKey).toBe('the credentials given');
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
