import { describe, expect, it } from '@jest/globals';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { presignedExpiry } from '../src/artifact/expiry.js';

const iso = (url: string): string | undefined => presignedExpiry(url)?.expiresAt?.toISOString();

describe('presignedExpiry', () => {
  it('reads an S3 SigV4 URL the AWS SDK presigns, with and without a session token', async () => {
    for (const sessionToken of [undefined, 'FwoGZXIvYXdzEXAMPLETOKEN']) {
      const client = new S3Client({
        region: 'eu-west-1',
        credentials: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'x'.repeat(40),
          sessionToken,
        },
      });
      const before = Date.now();
      const url = await getSignedUrl(
        client,
        new GetObjectCommand({ Bucket: 'builds', Key: 'Game.zip' }),
        {
          expiresIn: 3600,
        },
      );
      const expiry = presignedExpiry(url);
      expect(expiry?.scheme).toBe('aws-sigv4');
      expect(expiry?.temporaryCredentials).toBe(sessionToken !== undefined);
      const at = expiry?.expiresAt?.getTime() ?? 0;
      // X-Amz-Date has whole seconds.
      expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3600_000);
      expect(at).toBeLessThanOrEqual(Date.now() + 3600_000);
    }
  });

  it('matches parameter names in any case', () => {
    const url =
      'https://b.s3.amazonaws.com/Game.zip?x-amz-algorithm=AWS4-HMAC-SHA256&x-amz-date=20240101T000000Z&X-AMZ-EXPIRES=600&x-amz-signature=ab';
    expect(iso(url)).toBe('2024-01-01T00:10:00.000Z');
  });

  it('reads the other schemes', () => {
    expect(
      presignedExpiry(
        'https://examplebucket.s3.amazonaws.com/Game.zip?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1175139620&Signature=vjbyPxybd%3D',
      ),
    ).toEqual({
      scheme: 'aws-sigv2',
      expiresAt: new Date('2007-03-29T03:40:20Z'),
      temporaryCredentials: false,
    });
    expect(
      presignedExpiry(
        'https://d111111abcdef8.cloudfront.net/Game.zip?Expires=1357034400&Signature=nitfHRC~&Key-Pair-Id=K2JCJMDEHXQW5F',
      ),
    ).toEqual({
      scheme: 'cloudfront',
      expiresAt: new Date('2013-01-01T10:00:00Z'),
      temporaryCredentials: false,
    });
    expect(
      presignedExpiry(
        'https://storage.googleapis.com/example-bucket/Game.zip?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=example%40example-project.iam.gserviceaccount.com%2F20190201%2Fus-central1%2Fstorage%2Fgoog4_request&X-Goog-Date=20190201T190000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=8e0e',
      ),
    ).toEqual({
      scheme: 'gcs-v4',
      expiresAt: new Date('2019-02-01T19:15:00Z'),
      temporaryCredentials: false,
    });
    expect(
      presignedExpiry(
        'https://storage.googleapis.com/example-bucket/Game.zip?GoogleAccessId=sa%40p.iam.gserviceaccount.com&Expires=1331155464&Signature=BClz9e',
      ),
    ).toEqual({
      scheme: 'gcs-v2',
      expiresAt: new Date('2012-03-07T21:24:24Z'),
      temporaryCredentials: false,
    });
    expect(
      presignedExpiry(
        'https://acct.blob.core.windows.net/builds/Game.zip?sv=2022-11-02&sr=b&sp=r&st=2024-04-30T12:00:00Z&se=2024-05-01T12:00:00Z&spr=https&sig=abc%3D',
      ),
    ).toEqual({
      scheme: 'azure-sas',
      expiresAt: new Date('2024-05-01T12:00:00Z'),
      temporaryCredentials: false,
    });
  });

  it('takes the earlier of an Azure user delegation SAS and its key', () => {
    const expiry = presignedExpiry(
      'https://acct.blob.core.windows.net/b/Game.zip?sv=2022-11-02&sr=b&sp=r&se=2024-05-02T00:00:00Z&skoid=1&sktid=2&ske=2024-05-01T06:00:00Z&sks=b&skv=2022-11-02&sig=abc',
    );
    expect(expiry).toEqual({
      scheme: 'azure-sas',
      expiresAt: new Date('2024-05-01T06:00:00Z'),
      temporaryCredentials: true,
    });
    expect(iso('https://a.blob.core.windows.net/b/c?sv=2022-11-02&se=2024-05-01&sig=x')).toBe(
      '2024-05-01T00:00:00.000Z',
    );
  });

  it('leaves expiresAt undefined for malformed values and never throws', () => {
    const malformed = [
      'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=2024-01-01&X-Amz-Expires=600&X-Amz-Signature=a',
      'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240101T000000Z&X-Amz-Expires=soon&X-Amz-Signature=a',
      'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240230T000000Z&X-Amz-Expires=60&X-Amz-Signature=a',
      'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=a',
      'https://b.s3.amazonaws.com/k?AWSAccessKeyId=A&Signature=s&Expires=-5',
      'https://b.s3.amazonaws.com/k?AWSAccessKeyId=A&Signature=s&Expires=99999999999999999999',
      'https://d.cloudfront.net/k?Policy=eyJ&Signature=s&Key-Pair-Id=K',
      'https://a.blob.core.windows.net/b/c?sv=2022-11-02&se=tomorrow&sig=x',
      'https://a.blob.core.windows.net/b/c?sv=2022-11-02&se=2024-13-45T99:00:00Z&sig=x',
    ];
    for (const url of malformed) {
      const expiry = presignedExpiry(url);
      expect(expiry).toBeDefined();
      expect(expiry?.expiresAt).toBeUndefined();
    }
  });

  it('says undefined for URLs that are not presigned', () => {
    for (const url of [
      'https://example.com/Game.zip',
      'https://example.com/Game.zip?Expires=1700000000',
      'https://example.com/Game.zip?Signature=abc',
      'not a url',
      '',
    ]) {
      expect(presignedExpiry(url)).toBeUndefined();
    }
  });
});
