import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, promises as fs, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describePlan } from '../src/build-upload.js';
import { type StorageInputs, validateStorage } from '../src/storage/index.js';
import { ACTION_TERMS, cliTerms } from '../src/terms.js';
import { hasTool, makeUe5Build, makeUe5Project, zipWith } from './fixtures/zips.js';

let dir: string;
let build: string;
const creds = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const now = () => new Date(Date.UTC(2026, 10, 30, 12, 0, 0));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'storage-validate-'));
  build = path.join(dir, 'Windows');
  await fs.mkdir(path.join(build, 'MyGame/Content/Paks'), { recursive: true });
  await fs.writeFile(path.join(build, 'MyGame.exe'), 'MZ');
  await fs.writeFile(
    path.join(build, 'MyGame/Content/Paks/MyGame-Windows.pak'),
    Buffer.alloc(1000),
  );
  await fs.symlink(path.join(build, 'MyGame'), path.join(build, 'loop'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputs = (over: Partial<StorageInputs> = {}): StorageInputs => ({
  path: build,
  s3Uri: 's3://my-bucket/builds/',
  ...over,
});

describe('validateStorage', () => {
  it('resolves a plan for a packaged folder', async () => {
    const secrets: string[] = [];
    const v = await validateStorage(inputs({ presignHours: '2' }), {
      env: { GITHUB_SHA: '0123456789abcdef', AWS_REGION: 'eu-west-1' },
      credentials: { ...creds, sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN' },
      onSecret: (s) => secrets.push(s),
      now,
    });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const { plan } = v;
    expect(plan.objectUri).toBe('s3://my-bucket/builds/MyGame-0123456.zip');
    expect(plan.region).toBe('eu-west-1');
    expect(plan.regionSource).toBe('AWS_REGION');
    expect(plan.presignSeconds).toBe(7200);
    expect(plan.totalBytesEstimate).toBe(1002);
    expect(plan.partSize).toBe(16 * 1024 * 1024);
    expect(plan.source.kind).toBe('folder');
    expect(v.warnings).toEqual([
      'Left out of the zip: loop: a symbolic link to a folder (links are followed to files only).',
    ]);
    expect(secrets).toEqual([creds.secretAccessKey, 'FwoGZXIvYXdzEXAMPLETOKEN']);
    // The client is set up for S3-compatible gateways.
    expect(await plan.client.config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
    expect(await plan.client.config.responseChecksumValidation()).toBe('WHEN_REQUIRED');
    plan.client.destroy();
  });

  it('uses path style with an endpoint', async () => {
    const v = await validateStorage(
      inputs({ s3Endpoint: 'http://127.0.0.1:7480', s3Uri: 's3://my-bucket/x/Game.zip' }),
      { env: {}, credentials: creds, now },
    );
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.plan.key).toBe('x/Game.zip');
    expect(v.plan.region).toBe('us-east-1');
    expect(v.plan.client.config.forcePathStyle).toBe(true);
    v.plan.client.destroy();
  });

  it('accepts a .zip of a packaged build and names the object after it', async () => {
    const zip = path.join(dir, 'Shipping Build.zip');
    zipWith('python', build, zip);
    const v = await validateStorage(inputs({ path: zip }), { env: {}, credentials: creds, now });
    expect(v.ok && v.plan.key).toBe('builds/Shipping-Build-20261130-120000.zip');
    const bytes = (await fs.stat(zip)).size;
    expect(v.ok && v.plan.source).toEqual({ kind: 'zip', path: zip, bytes });
    if (v.ok) v.plan.client.destroy();
  });

  it('reports every problem at once, in the caller’s names', async () => {
    const project = path.join(dir, 'Project');
    await fs.mkdir(project);
    await fs.writeFile(path.join(project, 'MyGame.uproject'), '{}');
    const v = await validateStorage(
      {
        path: project,
        s3Uri: 'https://my-bucket.s3.amazonaws.com/x.zip',
        s3Endpoint: 'ftp://example.com',
        s3Region: 'EU West',
        presignHours: '200',
      },
      { env: {}, credentials: creds, nameOf: (i) => `--${i}`, now },
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.input, p.title])).toEqual([
      ['path', '--path is an Unreal project, not a packaged build'],
      ['s3-uri', 'Invalid S3 URI'],
      ['s3-endpoint', 'Invalid endpoint'],
      ['s3-region', 'Invalid region'],
      ['presign-hours', 'Invalid presign lifetime'],
    ]);
    expect(v.problems[0]?.message).toMatch(/MyGame\.uproject/);
    expect(v.problems[1]?.message).toMatch(/^--s3-uri: /);
    expect(v.problems[3]?.message).toMatch(/^--s3-region: /);
    expect(v.problems[4]?.message).toMatch(/^--presign-hours: /);
  });

  it('flags a folder with no .exe, a missing path, a non-zip file', async () => {
    const loose = path.join(dir, 'Loose');
    await fs.mkdir(loose);
    await fs.writeFile(path.join(loose, 'readme.txt'), 'x');
    const notZip = path.join(dir, 'build.zip');
    await fs.writeFile(notZip, '<html>');
    const text = path.join(dir, 'build.txt');
    await fs.writeFile(text, 'x');
    const titles = async (p: string): Promise<string[]> => {
      const v = await validateStorage(inputs({ path: p }), { env: {}, credentials: creds });
      return v.ok ? [] : v.problems.map((x) => x.title);
    };
    expect(await titles(loose)).toEqual(['path has no game executable']);
    expect(await titles(path.join(dir, 'nope'))).toEqual(['Build not found']);
    expect(await titles(notZip)).toEqual(['Not a zip']);
    expect(await titles(text)).toEqual(['Not a folder or a .zip']);
    expect(await titles('')).toEqual(['No build path']);
  });

  it('never echoes an endpoint with a password', async () => {
    const v = await validateStorage(
      inputs({ s3Endpoint: 'https://user:hunter22@s3.example.com' }),
      {
        env: {},
        credentials: creds,
      },
    );
    expect(v.ok).toBe(false);
    expect(JSON.stringify(v)).not.toContain('hunter22');
  });

  it('warns when the credentials expire before the presigned URL', async () => {
    const v = await validateStorage(inputs({ presignHours: 6 }), {
      env: {},
      credentials: {
        ...creds,
        sessionToken: 'tok',
        expiration: new Date(now().getTime() + 3600_000),
      },
      now,
    });
    expect(v.ok).toBe(true);
    expect(v.warnings.join('\n')).toMatch(
      /role-duration-seconds.*aws-actions\/configure-aws-credentials/,
    );
    expect(v.warnings.join('\n')).toMatch(/2026-11-30T13:00:00\.000Z/);
    if (v.ok) v.plan.client.destroy();
  });

  describe('without credentials', () => {
    const saved = { ...process.env };
    beforeAll(() => {
      process.env = Object.fromEntries(
        Object.entries(saved).filter(([k]) => !k.startsWith('AWS_')),
      );
      process.env.AWS_EC2_METADATA_DISABLED = 'true';
      process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'none-credentials');
      process.env.AWS_CONFIG_FILE = path.join(dir, 'none-config');
      process.env.AWS_ACCESS_KEY_ID = 'AKIDONLY';
    });
    afterAll(() => {
      process.env = saved;
    });

    it('lists the variables looked for and which half is missing', async () => {
      const v = await validateStorage(inputs(), { env: process.env });
      expect(v.ok).toBe(false);
      if (v.ok) return;
      expect(v.problems).toHaveLength(1);
      const [p] = v.problems;
      expect(p?.input).toBe('credentials');
      expect(p?.title).toBe('No credentials found');
      for (const name of [
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'AWS_WEB_IDENTITY_TOKEN_FILE',
        'AWS_ROLE_ARN',
        'AWS_PROFILE',
        'instance metadata',
      ]) {
        expect(p?.message).toContain(name);
      }
      expect(p?.message).toMatch(/AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is empty/);
      expect(p?.hint).toMatch(/configure-aws-credentials/);
    });

    it('AWS_PROFILE naming a profile the shared files lack: said so', async () => {
      writeFileSync(
        process.env.AWS_SHARED_CREDENTIALS_FILE ?? '',
        '[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = x\n',
      );
      writeFileSync(process.env.AWS_CONFIG_FILE ?? '', '[profile staging]\nregion = eu-west-1\n');
      process.env.AWS_PROFILE = 'nope';
      try {
        const v = await validateStorage(inputs(), { env: process.env });
        expect(v.ok).toBe(false);
        if (v.ok) return;
        expect(v.problems.map((p) => p.title)).toEqual(['AWS profile not found']);
        expect(v.problems[0]?.message).toContain(
          `AWS_PROFILE names the profile "nope", which is not in the shared files (${process.env.AWS_SHARED_CREDENTIALS_FILE} and ${process.env.AWS_CONFIG_FILE})`,
        );
        expect(v.problems[0]?.hint).toMatch(/aws configure list-profiles/);
      } finally {
        Reflect.deleteProperty(process.env, 'AWS_PROFILE');
        rmSync(process.env.AWS_SHARED_CREDENTIALS_FILE ?? '', { force: true });
        rmSync(process.env.AWS_CONFIG_FILE ?? '', { force: true });
      }
    });

    it('AWS_CREDENTIAL_EXPIRATION in the past: a problem naming it', async () => {
      Object.assign(process.env, {
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_SESSION_TOKEN: 'token',
        AWS_CREDENTIAL_EXPIRATION: '2020-01-01T00:00:00Z',
      });
      try {
        const v = await validateStorage(inputs(), { env: process.env, now });
        expect(v.ok).toBe(false);
        if (v.ok) return;
        expect(v.problems.map((p) => p.title)).toEqual(['Credentials expired']);
        expect(v.problems[0]?.message).toMatch(
          /^AWS_CREDENTIAL_EXPIRATION says the credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN expired at 2020-01-01T00:00:00\.000Z/,
        );
        expect(v.warnings.join('\n')).not.toMatch(/credentials expire/);
      } finally {
        for (const k of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_CREDENTIAL_EXPIRATION'])
          Reflect.deleteProperty(process.env, k);
      }
    });
  });
});

/** The problems of validating `over`, as [title, message, hint]. */
async function problemsOf(
  over: Partial<StorageInputs>,
  options: Parameters<typeof validateStorage>[1] = {},
): Promise<{ title: string; message: string; hint: string }[]> {
  const v = await validateStorage(inputs(over), {
    env: {},
    credentials: creds,
    nameOf: (i) => `--${i}`,
    now,
    ...options,
  });
  if (v.ok) v.plan.client.destroy();
  return v.ok ? [] : v.problems.map(({ title, message, hint }) => ({ title, message, hint }));
}

describe('the build at path, judged by the archive inspection’s rules before any upload', () => {
  it('a folder whose only .exe is an engine tool: no game executable, in path’s words', async () => {
    const crash = path.join(dir, 'CrashOnly');
    await fs.mkdir(path.join(crash, 'Engine/Binaries/Win64'), { recursive: true });
    await fs.writeFile(path.join(crash, 'Engine/Binaries/Win64/CrashReportClient.exe'), 'MZ');
    await fs.writeFile(path.join(crash, 'Manifest_NonUFSFiles_Win64.txt'), 'x');
    const problems = await problemsOf({ path: crash });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p?.title).toBe('--path has no game executable');
    expect(p?.message).toContain(`${crash}: None of the folder's 2 files is the game's .exe.`);
    expect(p?.message).toContain('"Engine/Binaries/Win64/CrashReportClient.exe"');
    expect(p?.hint).toMatch(/set --path to the whole output folder/);
    expect(`${p?.message} ${p?.hint}`).not.toMatch(/file-url/);
  });

  it('the Unreal project as a folder, or zipped: refused before upload', async () => {
    const project = path.join(dir, 'UnrealProject');
    makeUe5Project(project);
    const folder = await problemsOf({ path: project });
    expect(folder.map((p) => p.title)).toEqual([
      '--path is an Unreal project, not a packaged build',
    ]);
    expect(folder[0]?.message).toMatch(/The folder holds "Game\.uproject", a Source\/ folder/);
    const zip = path.join(dir, 'UnrealProject.zip');
    zipWith('python', project, zip);
    const zipped = await problemsOf({ path: zip });
    expect(zipped.map((p) => p.title)).toEqual([
      '--path is an Unreal project, not a packaged build',
    ]);
    expect(zipped[0]?.message).toContain(`${zip}: The zip holds "Game.uproject"`);
    expect(zipped[0]?.hint).toMatch(/or set --path to the build folder itself/);
  });

  it('a truncated .zip: not a complete zip, cut short', async () => {
    const packaged = path.join(dir, 'Packaged');
    makeUe5Build(packaged);
    const zip = path.join(dir, 'Cut.zip');
    zipWith('python', packaged, zip);
    truncateSync(zip, Math.floor((await fs.stat(zip)).size / 2));
    const problems = await problemsOf({ path: zip });
    expect(problems.map((p) => p.title)).toEqual(['--path is not a complete zip']);
    expect(problems[0]?.message).toMatch(/cut short/);
    expect(problems[0]?.hint).toMatch(/Zip the build again/);
  });

  it('a packaged build zipped whole passes; a zip with uncommon compression is a warning', async () => {
    const packaged = path.join(dir, 'PackagedForZip');
    makeUe5Build(packaged);
    const zip = path.join(dir, 'Packaged.zip');
    zipWith('python', packaged, zip);
    expect(await problemsOf({ path: zip })).toEqual([]);
    const bzip = path.join(dir, 'Bzip2.zip');
    zipWith('python', packaged, bzip, { method: 'bzip2' });
    const v = await validateStorage(inputs({ path: bzip }), { env: {}, credentials: creds, now });
    expect(v.ok).toBe(true);
    expect(v.warnings.join('\n')).toMatch(/^path uses uncommon compression: .*bzip2/m);
    if (v.ok) v.plan.client.destroy();
  });

  (hasTool('zip') ? it : it.skip)('a password-protected .zip is refused', async () => {
    const packaged = path.join(dir, 'PackagedForPassword');
    makeUe5Build(packaged);
    const zip = path.join(dir, 'Locked.zip');
    zipWith('zip', packaged, zip, { password: 'secret' });
    const problems = await problemsOf({ path: zip });
    expect(problems.map((p) => p.title)).toEqual(['--path is a password-protected zip']);
    expect(problems[0]?.hint).toMatch(/without a password/);
  });

  it('an empty zip, and a .zip that is no zip', async () => {
    const empty = path.join(dir, 'Empty.zip');
    writeFileSync(empty, Buffer.from('504b0506' + '00'.repeat(18), 'hex'));
    expect((await problemsOf({ path: empty })).map((p) => p.title)).toEqual(['Empty zip']);
    const page = path.join(dir, 'page.zip');
    writeFileSync(page, '<html></html>');
    expect((await problemsOf({ path: page })).map((p) => p.title)).toEqual(['Not a zip']);
  });
});

describe('a Windows-shaped path on another OS', () => {
  it.each([
    [
      'C:\\Builds\\Game',
      /backslashes are not folder separators here .* and there are no drive letters/,
    ],
    ['Staged\\Windows', /backslashes are not folder separators here \(they are part of a name\)\./],
    ['D:/Builds/Game', /: there are no drive letters\./],
  ])('%s on Linux says so', async (given, why) => {
    const [p] = await problemsOf({ path: given }, { platform: 'linux' });
    expect(p?.title).toBe('Build not found');
    expect(p?.message).toMatch(
      new RegExp(`^--path ${given.replaceAll('\\', '\\\\')} does not exist\\.`),
    );
    expect(p?.message).toContain('It looks like a Windows path, on a Linux runner');
    expect(p?.message).toMatch(why);
    expect(p?.hint).toMatch(/forward slashes .*actions\/upload-artifact/);
  });

  it('on macOS it names macOS; on Windows, or for a plain path, nothing is added', async () => {
    const [mac] = await problemsOf({ path: 'C:\\Game' }, { platform: 'darwin' });
    expect(mac?.message).toContain('on a macOS runner');
    const [win] = await problemsOf({ path: 'C:\\Game-nope' }, { platform: 'win32' });
    expect(win?.message).not.toContain('Windows path');
    const [plain] = await problemsOf({ path: '/nope/Game' }, { platform: 'linux' });
    expect(plain?.message).toBe('--path /nope/Game does not exist.');
  });
});

describe('s3-endpoint with a path', () => {
  it('the bucket on the end (as R2’s dashboard shows it): said so, and how to fix it', async () => {
    const problems = await problemsOf({
      s3Endpoint: 'https://acct.r2.cloudflarestorage.com/my-bucket',
      s3Uri: 's3://my-bucket/x/',
    });
    expect(problems).toEqual([
      {
        title: 'Invalid endpoint',
        message:
          '--s3-endpoint "https://acct.r2.cloudflarestorage.com/my-bucket" ends in the bucket name: remove /my-bucket; the bucket goes in --s3-uri.',
        hint: expect.stringMatching(
          /^Set --s3-endpoint to https:\/\/acct\.r2\.cloudflarestorage\.com and keep the bucket in --s3-uri \(s3:\/\/my-bucket\/…\)\. Cloudflare R2/,
        ),
      },
    ]);
  });

  it('the bucket and a folder; any other path; a bare trailing slash is fine', async () => {
    const [folder] = await problemsOf({
      s3Endpoint: 'http://127.0.0.1:7480/my-bucket/x/',
      s3Uri: 's3://my-bucket/x/',
    });
    expect(folder?.message).toContain('has the bucket name in its path: remove /my-bucket/x;');
    const [other] = await problemsOf({ s3Endpoint: 'http://127.0.0.1:7480/s3' });
    expect(other?.message).toContain('has a path (/s3)');
    expect(other?.hint).toBe(
      'Set --s3-endpoint to http://127.0.0.1:7480, with the bucket and any folder in --s3-uri.',
    );
    expect(await problemsOf({ s3Endpoint: 'http://127.0.0.1:7480/' })).toEqual([]);
  });
});

describe('credentials that have expired, or will before the URL', () => {
  it('already expired (the provider’s expiration): a problem, not a warning', async () => {
    const problems = await problemsOf(
      {},
      {
        credentials: {
          ...creds,
          sessionToken: 'tok',
          expiration: new Date(Date.UTC(2020, 0, 1)),
        },
      },
    );
    expect(problems.map((p) => p.title)).toEqual(['Credentials expired']);
    expect(problems[0]?.message).toMatch(
      /^The credentials from the credentials given expired at 2020-01-01T00:00:00\.000Z/,
    );
    expect(problems[0]?.hint).toMatch(/configure-aws-credentials .* in this job/);
  });

  it.each([
    [6, /role-duration-seconds: 25200 .* for 6 h and up to an hour of upload/],
    [2, /role-duration-seconds: 10800 .* for 2 h/],
    [
      12,
      /at most 12 h \(43200 s\), less than 12 h of presigned URL plus the upload: lower --presign-hours/,
    ],
  ])('expiring before a %d h URL: advice sized from presign-hours', async (hours, advice) => {
    const v = await validateStorage(inputs({ presignHours: hours }), {
      env: {},
      credentials: {
        ...creds,
        sessionToken: 'tok',
        expiration: new Date(now().getTime() + 1800_000),
      },
      nameOf: (i) => `--${i}`,
      now,
    });
    expect(v.ok).toBe(true);
    expect(v.warnings.join('\n')).toMatch(advice);
    if (v.ok) v.plan.client.destroy();
  });
});

describe("describePlan: the region source in the adapter's words", () => {
  it.each([
    ['s3-region', ACTION_TERMS, 'region eu-west-1 from s3-region'],
    ['s3-region', cliTerms({ env: {}, fromEnv: [] }), 'region eu-west-1 from --s3-region'],
    ['AWS_REGION', cliTerms({ env: {}, fromEnv: [] }), 'region eu-west-1 from AWS_REGION'],
  ])('%s, %#', async (source, terms, said) => {
    const v = await validateStorage(
      inputs({ s3Region: source === 's3-region' ? 'eu-west-1' : undefined }),
      { env: { AWS_REGION: 'eu-west-1' }, credentials: creds, now },
    );
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    v.plan.client.destroy();
    const line = describePlan(v.plan, 6, (input) =>
      input === 'credentials' ? 'the AWS credentials' : terms.name(input),
    );
    expect(line).toContain(`(${said})`);
  });
});
