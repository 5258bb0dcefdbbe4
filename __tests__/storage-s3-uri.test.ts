import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import {
  buildName,
  isR2Endpoint,
  objectKeyFor,
  parsePresignHours,
  parseS3Uri,
  resolveRegion,
  utcStamp,
} from '../src/storage/s3-uri.js';
import { partSizeFor } from '../src/storage/upload.js';

describe('parseS3Uri', () => {
  it.each([
    ['s3://my-bucket/builds/', { bucket: 'my-bucket', kind: 'prefix', prefix: 'builds/' }],
    ['s3://my-bucket/a/b/', { bucket: 'my-bucket', kind: 'prefix', prefix: 'a/b/' }],
    ['s3://my-bucket', { bucket: 'my-bucket', kind: 'prefix', prefix: '' }],
    ['s3://my-bucket/', { bucket: 'my-bucket', kind: 'prefix', prefix: '' }],
    ['  s3://my.bucket.01/game.zip ', { bucket: 'my.bucket.01', kind: 'key', key: 'game.zip' }],
    ['S3://b12/x/Game Build.ZIP', { bucket: 'b12', kind: 'key', key: 'x/Game Build.ZIP' }],
  ])('%s', (uri, value) => {
    expect(parseS3Uri(uri)).toEqual({ ok: true, value });
  });

  it.each([
    ['https://my-bucket.s3.amazonaws.com/game.zip', /http\(s\) URL/],
    ['my-bucket/builds/', /not an s3:\/\/ URI/],
    ['s3:///builds/', /no bucket/],
    ['s3://', /no bucket/],
    ['s3://my-bucket/builds', /does not end in \.zip/],
    ['s3://my-bucket/game.tar.gz', /does not end in \.zip/],
    ['s3://My-Bucket/builds/', /must be lowercase/],
    ['s3://ab/', /3 to 63/],
    ['s3://my_bucket/', /may only contain/],
    ['s3://-bucket/', /start and end/],
    ['s3://my..bucket/', /two dots/],
    ['s3://192.168.1.1/', /IP address/],
    ['s3://my-bucket//x/', /doubled slash/],
  ])('rejects %s', (uri, message) => {
    const parsed = parseS3Uri(uri);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.hint).toMatch(/s3:\/\//);
    }
  });
});

describe('object keys', () => {
  const now = new Date(Date.UTC(2026, 10, 30, 6, 5, 9));

  it('prefix + name + short sha', () => {
    const target = { bucket: 'b', kind: 'prefix', prefix: 'builds/' } as const;
    expect(objectKeyFor(target, 'MyGame', { sha: 'ABCDEF0123456789', now })).toBe(
      'builds/MyGame-abcdef0.zip',
    );
  });

  it('prefix + name + UTC timestamp without a sha', () => {
    const target = { bucket: 'b', kind: 'prefix', prefix: '' } as const;
    expect(objectKeyFor(target, 'MyGame', { now })).toBe('MyGame-20261130-060509.zip');
    expect(objectKeyFor(target, 'MyGame', { sha: 'not-a-sha', now })).toBe(
      'MyGame-20261130-060509.zip',
    );
    expect(utcStamp(now)).toBe('20261130-060509');
  });

  it('cleans names for keys', () => {
    const target = { bucket: 'b', kind: 'prefix', prefix: 'p/' } as const;
    expect(objectKeyFor(target, 'My Game (Shipping)', { sha: 'abcdef0', now })).toBe(
      'p/My-Game-Shipping-abcdef0.zip',
    );
    expect(objectKeyFor(target, '...', { sha: 'abcdef0', now })).toBe('p/build-abcdef0.zip');
  });

  it('a full key is used as given', () => {
    const target = { bucket: 'b', kind: 'key', key: 'x/Game.zip' } as const;
    expect(objectKeyFor(target, 'ignored', { sha: 'abcdef0', now })).toBe('x/Game.zip');
  });

  it('names builds from the project exe, the folder or the zip, Windows paths too', () => {
    const win = path.win32;
    expect(
      buildName('C:\\Builds\\Windows', { kind: 'folder', topLevelExe: 'MyGame.exe', pathApi: win }),
    ).toBe('MyGame');
    expect(buildName('C:\\Builds\\Windows\\', { kind: 'folder', pathApi: win })).toBe('Windows');
    expect(buildName('\\\\?\\C:\\Very\\Long\\Path\\MyGame', { kind: 'folder', pathApi: win })).toBe(
      'MyGame',
    );
    expect(buildName('C:\\Out\\MyGame-1.2.ZIP', { kind: 'zip', pathApi: win })).toBe('MyGame-1.2');
    expect(buildName('/out/Game.zip', { kind: 'zip', pathApi: path.posix })).toBe('Game');
  });
});

describe('region', () => {
  it('s3-region first', () => {
    expect(resolveRegion(' eu-west-1 ', undefined, { AWS_REGION: 'us-west-2' })).toEqual({
      region: 'eu-west-1',
      source: 's3-region',
    });
  });
  it('then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(
      resolveRegion('', undefined, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-north-1' }),
    ).toEqual({ region: 'us-west-2', source: 'AWS_REGION' });
    expect(resolveRegion(undefined, undefined, { AWS_DEFAULT_REGION: 'eu-north-1' })).toEqual({
      region: 'eu-north-1',
      source: 'AWS_DEFAULT_REGION',
    });
  });
  it('else us-east-1', () => {
    expect(resolveRegion(undefined, 'http://localhost:9000', {}).region).toBe('us-east-1');
  });
  it('auto for Cloudflare R2 unless given', () => {
    const r2 = 'https://0123abcd.r2.cloudflarestorage.com';
    expect(isR2Endpoint(r2)).toBe(true);
    expect(isR2Endpoint('https://0123abcd.eu.r2.cloudflarestorage.com')).toBe(true);
    expect(isR2Endpoint('https://r2.cloudflarestorage.com.evil.example')).toBe(false);
    expect(isR2Endpoint('not a url')).toBe(false);
    expect(resolveRegion(undefined, r2, { AWS_REGION: 'us-west-2' }).region).toBe('auto');
    expect(resolveRegion('wnam', r2, {}).region).toBe('wnam');
  });
});

describe('presign-hours', () => {
  it.each([
    [undefined, 6 * 3600],
    ['', 6 * 3600],
    ['1', 3600],
    [' 0.5 ', 1800],
    [168, 604800],
    ['168', 604800],
  ])('%p → %p s', (input, seconds) => {
    expect(parsePresignHours(input)).toEqual({ ok: true, value: seconds });
  });
  it.each([['0'], ['-1'], ['abc'], ['169'], [1e9], ['Infinity']])('rejects %p', (input) => {
    const parsed = parsePresignHours(input);
    expect(parsed.ok).toBe(false);
  });
  it('names SigV4’s 7-day limit', () => {
    const parsed = parsePresignHours('200');
    expect(!parsed.ok && parsed.message).toMatch(/7 days, 168 hours/);
  });
});

describe('part size', () => {
  const MiB = 1024 * 1024;
  it('is 16 MiB up to 9,000 parts’ worth', () => {
    expect(partSizeFor(0)).toBe(16 * MiB);
    expect(partSizeFor(9000 * 16 * MiB)).toBe(16 * MiB);
  });
  it('grows so a huge build fits in 9,000 parts', () => {
    const size = 1024 * 1024 * MiB; // 1 TiB
    const part = partSizeFor(size);
    expect(part % MiB).toBe(0);
    expect(Math.ceil(size / part)).toBeLessThanOrEqual(9000);
    expect(part).toBe(117 * MiB);
  });
});
