import { describe, expect, it } from '@jest/globals';
import { parseConfig, type ParseOptions } from '../src/config.js';
import { DEFAULT_API_URL, type RawInputs } from '../src/inputs.js';
import { secretValues } from '../src/secrets.js';
import { ACTION_TERMS, cliTerms, oneLine } from '../src/terms.js';

const KEY = 'spk_live_4b1d9e0c7a2f4e6b8d3c5a1f9e7b2d40';
const USER = '64b7f0c2a1d3e4f5a6b7c8d9';
const PROJECT = '665a2b3c4d5e6f7a8b9c0d1e';
const valid: RawInputs = {
  'api-key': KEY,
  'user-id': USER,
  'project-id': PROJECT,
  'file-url': 'https://bucket.s3.amazonaws.com/builds/Game.zip?X-Amz-Signature=abcdef0123456789',
};

function problemsOf(extra: RawInputs, options: ParseOptions = {}) {
  const parsed = parseConfig({ ...valid, ...extra }, options);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
}

function configOf(extra: RawInputs, options: ParseOptions = {}) {
  const parsed = parseConfig({ ...valid, ...extra }, options);
  if (!parsed.ok) throw new Error(`unexpected problems: ${JSON.stringify(parsed.problems)}`);
  return parsed;
}

describe('parseConfig', () => {
  it('builds a typed config with the documented defaults', () => {
    const { config, warnings } = configOf({});
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      apiKey: KEY,
      userId: USER,
      projectId: PROJECT,
      fileUrl: valid['file-url'],
      uploadId: undefined,
      apiUrl: DEFAULT_API_URL,
      autoRelease: true,
      checkFileUrl: true,
      dryRun: false,
      maxAttempts: 3,
      timeoutMs: 30_000,
      wait: false,
      waitTimeoutMs: 3_600_000,
      pollIntervalMs: 15_000,
      pollFloorMs: 5_000,
    });
  });

  it('accepts the YAML 1.2 boolean forms and nothing else', () => {
    for (const v of ['true', 'True', 'TRUE']) expect(configOf({ wait: v }).config.wait).toBe(true);
    for (const v of ['false', 'False', 'FALSE'])
      expect(configOf({ 'auto-release': v }).config.autoRelease).toBe(false);
    for (const v of ['yes', 'on', '1', 'tru']) {
      expect(problemsOf({ 'dry-run': v })).toEqual([
        expect.objectContaining({ input: 'dry-run', title: 'dry-run is not a boolean' }),
      ]);
    }
  });

  it('reports every bad input at once', () => {
    const problems = problemsOf({
      'api-key': '',
      'user-id': 'has space',
      'project-id': 'my game',
      'api-url': 'http://api.example.com',
      'max-attempts': '11',
      'timeout-seconds': 'soon',
    });
    expect(problems.map((p) => p.input)).toEqual([
      'api-key',
      'user-id',
      'project-id',
      'api-url',
      'max-attempts',
      'timeout-seconds',
    ]);
  });

  it('refuses a key pasted across lines without repeating any part of it', () => {
    const problems = problemsOf({ 'api-key': 'spk_first_part_1234\nspk_second_part_5678' });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.title).toBe('api-key spans 2 lines');
    expect(JSON.stringify(problems)).not.toMatch(/first_part|second_part/);
  });

  it('never repeats the key or the user ID in a message', () => {
    const problems = problemsOf({
      'api-key': 'abc\tdef-secret',
      'user-id': 'https://x/projectdetail/64b7f0c2a1d3e4f5a6b7c8d9',
    });
    expect(problems.map((p) => p.input)).toEqual(['api-key', 'user-id']);
    expect(JSON.stringify(problems)).not.toMatch(/def-secret|64b7f0c2a1d3e4f5a6b7c8d9/);
  });

  it('recognises a dashboard URL pasted as project-id and names the ID to use', () => {
    const [problem] = problemsOf({
      'project-id': `https://dashboard.streampixel.io/projectdetail/${PROJECT}`,
    });
    expect(problem?.title).toBe('project-id is a URL, not an ID');
    expect(problem?.message).toContain(`use the ID it contains: ${PROJECT}`);
  });

  it('never quotes a URL given where it does not belong: its query may be a signature', () => {
    const presigned =
      'https://b.s3.amazonaws.com/665a2b3c4d5e6f7a8b9c0d1e.zip?X-Amz-Signature=deadbeefcafe';
    const problems = problemsOf({ 'file-url': '', 'upload-id': presigned, wait: presigned });
    expect(problems.map((p) => [p.input, p.title])).toEqual([
      ['upload-id', 'upload-id is a URL, not an ID'],
      ['wait', 'wait is not a boolean'],
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/deadbeefcafe|665a2b3c4d5e6f7a8b9c0d1e/);
    expect(secretValues({ 'upload-id': presigned }).join(' ')).toContain('deadbeefcafe');
  });

  it('warns, but accepts, an ID that is a token but not 24 hex characters', () => {
    const { warnings } = configOf({ 'project-id': 'proj_123' });
    expect(warnings).toEqual([
      expect.objectContaining({ input: 'project-id', title: 'project-id looks unusual' }),
    ]);
  });

  describe('file-url', () => {
    it.each([
      ['s3://bucket/Game.zip', 'file-url is an s3:// address', /aws s3 presign/],
      ['ftp://files.example.com/Game.zip', 'file-url must be http(s)', /https URL/],
      ['Game.zip', 'file-url is not a URL', /absolute https URL/],
      [
        'https://drive.google.com/file/d/1AbC/view?usp=sharing',
        'file-url is a Google Drive page',
        /direct download link/,
      ],
      [
        'https://www.dropbox.com/s/abc/Game.zip?dl=0',
        'file-url is a Dropbox preview link',
        /dl\.dropboxusercontent\.com/,
      ],
    ])('%s is refused with the fix', (url, title, fix) => {
      const [problem] = problemsOf({ 'file-url': url });
      expect(problem?.title).toBe(title);
      expect(problem?.message).toMatch(fix);
    });

    it('only warns for a path not ending in .zip and for plain http', () => {
      const { warnings } = configOf({ 'file-url': 'http://files.example.com/build/latest' });
      expect(warnings.map((w) => w.title)).toEqual([
        'file-url does not end in .zip',
        'file-url uses plain http',
      ]);
    });

    it('never shows the query string in a message', () => {
      const { warnings } = configOf({
        'file-url': 'https://bucket.example.com/Game.tar?sig=SECRET123',
      });
      expect(JSON.stringify(warnings)).not.toContain('SECRET123');
      expect(warnings[0]?.message).toContain('https://bucket.example.com/Game.tar?…');
    });
  });

  describe('api-url', () => {
    it('takes https and strips a trailing slash', () => {
      expect(configOf({ 'api-url': 'https://api.example.com/base/' }).config.apiUrl).toBe(
        'https://api.example.com/base',
      );
    });
    it.each(['http://127.0.0.1:8080/api', 'http://localhost:3000', 'http://[::1]:9000'])(
      'allows plain http to loopback %s',
      (url) => {
        expect(configOf({ 'api-url': url }).config.apiUrl.startsWith('http://')).toBe(true);
      },
    );
    it.each([
      'http://api.example.com',
      'https://user:pw@api.example.com',
      'https://api.example.com?x=1',
      'ftp://x',
    ])('refuses %s', (url) => {
      expect(problemsOf({ 'api-url': url })[0]?.input).toBe('api-url');
    });
  });

  describe('numbers', () => {
    it('accept decimals where the input allows them', () => {
      const { config } = configOf({
        'timeout-seconds': '0.5',
        'wait-timeout-minutes': '1.5',
        'max-attempts': '10',
      });
      expect(config).toMatchObject({ timeoutMs: 500, waitTimeoutMs: 90_000, maxAttempts: 10 });
    });
    it.each([
      ['max-attempts', '0'],
      ['max-attempts', '2.5'],
      ['max-attempts', '-1'],
      ['timeout-seconds', '0'],
      ['wait-timeout-minutes', '1e3'],
      ['poll-interval-seconds', '4.9'],
    ])('%s=%s is refused, naming the range', (name, v) => {
      const [problem] = problemsOf({ [name]: v });
      expect(problem?.input).toBe(name);
      expect(problem?.message).toMatch(/must be .* from .* to /);
    });
    it('never polls faster than every 5 s, a loopback api-url included', () => {
      expect(
        problemsOf({ 'api-url': 'http://127.0.0.1:1/api', 'poll-interval-seconds': '4' })[0]
          ?.message,
      ).toContain('from 5 to 600');
    });
    it('lowers the floor for a stand-in only with the stand-in variable and a loopback api-url', () => {
      const fast = { 'poll-interval-seconds': '0.2' };
      const standIn = { standInPollFloorSeconds: '0.1' };
      expect(
        configOf({ ...fast, 'api-url': 'http://127.0.0.1:1/api' }, standIn).config.pollIntervalMs,
      ).toBe(200);
      expect(problemsOf({ ...fast, 'api-url': 'https://api.example.com' }, standIn)[0]?.input).toBe(
        'poll-interval-seconds',
      );
    });
  });

  describe('file-url and upload-id', () => {
    it('upload-id alone selects a distribute', () => {
      const { config } = configOf({ 'file-url': '', 'upload-id': '6650aa0b1c2d3e4f5a6b7c8d' });
      expect(config.fileUrl).toBeUndefined();
      expect(config.uploadId).toBe('6650aa0b1c2d3e4f5a6b7c8d');
    });
    it('both is one problem naming both', () => {
      const problems = problemsOf({ 'upload-id': '6650aa0b1c2d3e4f5a6b7c8d' });
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/file-url.*upload-id/);
    });
  });

  it('environment turns GitHub Deployments on; environment-url must be a URL', () => {
    expect(
      configOf({ environment: 'production', 'environment-url': 'https://game.example.com' })
        .deployment,
    ).toEqual({
      environment: 'production',
      environmentUrl: 'https://game.example.com',
    });
    expect(problemsOf({ environment: 'production', 'environment-url': 'game' })[0]?.input).toBe(
      'environment-url',
    );
    expect(configOf({}).deployment).toBeUndefined();
  });
});

describe('secretValues', () => {
  it('covers the key, the user ID and every part of a presigned query', () => {
    const secrets = secretValues({
      ...valid,
      'file-url':
        'https://b.s3.amazonaws.com/Game.zip?X-Amz-Credential=AKIA123%2F2026&X-Amz-Signature=feedface1234',
      'github-token': 'ghs_token_value',
    });
    expect(secrets).toEqual(
      expect.arrayContaining([
        KEY,
        USER,
        'ghs_token_value',
        'X-Amz-Credential=AKIA123%2F2026&X-Amz-Signature=feedface1234',
        'AKIA123/2026',
        'feedface1234',
      ]),
    );
  });

  it('leaves presigned parameters that hold no secret unmasked, so "3600" and "host" stay readable', () => {
    const secrets = secretValues({
      'file-url':
        'https://b.s3.amazonaws.com/Game.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261126T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=feedface1234',
    });
    expect(secrets).toContain('feedface1234');
    expect(secrets).not.toContain('3600');
    expect(secrets).not.toContain('host');
    expect(secrets).not.toContain('AWS4-HMAC-SHA256');
    expect(
      secrets.some((s) => s.startsWith('X-Amz-Algorithm=') && s.endsWith('feedface1234')),
    ).toBe(true);
  });

  it('masks values of 8+ characters, and the whole query that carries them', () => {
    const secrets = secretValues({
      'file-url':
        'https://files.example.com/Game.zip?v=2024&download=true&token=ab12&build=nightly-20261126',
    });
    // A secret-named value under 8 characters is masked as part of the whole query only.
    expect(secrets).toEqual(
      expect.arrayContaining([
        'nightly-20261126',
        'v=2024&download=true&token=ab12&build=nightly-20261126',
      ]),
    );
    expect(secrets).not.toContain('2024');
    expect(secrets).not.toContain('true');
  });

  it('does not mask a query that carries no secret, so "dl=0" stays readable', () => {
    expect(secretValues({ 'file-url': 'https://www.dropbox.com/s/abc/Game.zip?dl=0' })).toEqual([]);
  });

  it('still finds the query of a URL it cannot parse', () => {
    expect(secretValues({ 'file-url': 'not a url?sig=abcdef' })).toContain('sig=abcdef');
  });
});

describe('invisible characters in the key and the IDs', () => {
  const chars: [string, string][] = [
    ['U+200B', '\u200b'],
    ['U+200C', '\u200c'],
    ['U+2060', '\u2060'],
    ['U+00AD', '\u00ad'],
    ['U+034F', '\u034f'],
    ['U+180E', '\u180e'],
    ['U+FE0F', '\ufe0f'],
    ['U+202E', '\u202e'],
    ['U+0301', '\u0301'],
    ['U+E0041', '\u{e0041}'],
  ];
  it.each(chars)(
    '%s inside api-key, user-id or project-id is an invalid input naming it; nothing is sent',
    (point, ch) => {
      for (const input of ['api-key', 'user-id', 'project-id'] as const) {
        const value = { ...valid }[input] ?? '';
        const problems = problemsOf({ [input]: `${value.slice(0, 6)}${ch}${value.slice(6)}` });
        expect(problems).toEqual([
          expect.objectContaining({
            input,
            title: `${input} contains an invisible character`,
            message: expect.stringContaining(`${point} at position 7`),
          }),
        ]);
        expect(JSON.stringify(problems)).not.toContain(value.slice(0, 12));
      }
    },
  );
});

describe('parseConfig: path and the storage inputs', () => {
  const withPath: RawInputs = {
    'file-url': undefined,
    path: 'build/Windows',
    's3-uri': 's3://game-builds/nightly/',
  };

  it('path with s3-uri gives a build config, with the defaults and no file URL', () => {
    const { config, warnings } = configOf(withPath);
    expect(warnings).toEqual([]);
    expect(config.fileUrl).toBeUndefined();
    expect(config.uploadId).toBeUndefined();
    expect(config.build).toEqual({
      path: 'build/Windows',
      s3Uri: 's3://game-builds/nightly/',
      s3Endpoint: undefined,
      s3Region: undefined,
      presignHours: 6,
    });
  });

  it('takes the endpoint, the region and presign-hours (decimals allowed)', () => {
    const { config } = configOf({
      ...withPath,
      's3-endpoint': ' https://acct.r2.cloudflarestorage.com ',
      's3-region': 'auto',
      'presign-hours': '0.5',
    });
    expect(config.build).toMatchObject({
      s3Endpoint: 'https://acct.r2.cloudflarestorage.com',
      s3Region: 'auto',
      presignHours: 0.5,
    });
  });

  it.each(['0', '0.1', '169', '-1', 'six'])('refuses presign-hours %s', (hours) => {
    const problems = problemsOf({ ...withPath, 'presign-hours': hours });
    expect(problems).toEqual([
      expect.objectContaining({ input: 'presign-hours', title: 'presign-hours is out of range' }),
    ]);
    expect(problems[0]?.message).toContain('0.25 to 168 hours');
  });

  it('path without s3-uri: s3-uri is required with it', () => {
    const problems = problemsOf({ ...withPath, 's3-uri': '' });
    expect(problems).toEqual([
      expect.objectContaining({ input: 's3-uri', title: 's3-uri is required with path' }),
    ]);
  });

  it('s3-uri without path is an error; endpoint and region without it are ignored with a warning', () => {
    const parsed = parseConfig({
      ...valid,
      's3-uri': 's3://game-builds/',
      's3-endpoint': 'https://minio.local:9000',
      's3-region': 'eu-west-1',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      expect.objectContaining({ input: 's3-uri', title: 's3-uri without path' }),
    ]);
    expect(parsed.warnings.map((w) => w.title)).toEqual([
      's3-endpoint is ignored',
      's3-region is ignored',
    ]);
  });

  it('none of path, file-url, upload-id: one problem naming all three', () => {
    const problems = problemsOf({ 'file-url': undefined });
    expect(problems).toEqual([
      expect.objectContaining({ input: 'file-url', title: 'path, file-url or upload-id required' }),
    ]);
    expect(problems[0]?.message).toMatch(/file-url.*path.*upload-id/);
  });

  it('two or three of them: one problem naming those given', () => {
    expect(problemsOf({ ...withPath, 'file-url': valid['file-url'] })).toEqual([
      expect.objectContaining({ title: 'path and file-url both given' }),
    ]);
    expect(problemsOf({ ...withPath, 'upload-id': PROJECT })).toEqual([
      expect.objectContaining({ title: 'path and upload-id both given' }),
    ]);
    expect(
      problemsOf({ ...withPath, 'file-url': valid['file-url'], 'upload-id': PROJECT }),
    ).toEqual([expect.objectContaining({ title: 'path, file-url and upload-id all given' })]);
  });

  it("names the inputs in the command line's terms", () => {
    const terms = cliTerms({ env: {}, fromEnv: [] });
    expect(problemsOf({ ...withPath, 's3-uri': '' }, { terms })[0]?.title).toBe(
      '--s3-uri is required with --path',
    );
    expect(problemsOf({ 'file-url': undefined }, { terms })[0]?.title).toBe(
      '--path, --file-url or --upload-id required',
    );
  });
});

describe('oneLine: a problem as one line names its input once', () => {
  const cli = cliTerms({
    env: { 'api-key': 'STREAMPIXEL_API_KEY', 'user-id': 'STREAMPIXEL_USER_ID' },
    fromEnv: [],
  });
  const lines = (raw: RawInputs, terms = cli) =>
    problemsOf(raw, { terms }).map((p) => oneLine(p.title, p.message, terms.name(p.input)));

  it('every problem of the parser, in both vocabularies, never "name is …: name …"', () => {
    const raw: RawInputs = {
      'api-key': '',
      'user-id': ' ',
      'project-id': 'not an id',
      wait: 'yes',
      'max-attempts': '0',
      'api-url': 'ftp://x',
      path: 'Game',
    };
    for (const terms of [cli, ACTION_TERMS]) {
      for (const line of lines(raw, terms)) {
        const name = /^\S+/.exec(line)?.[0] ?? '';
        expect(line.indexOf(`: ${name} `)).toBe(-1);
      }
    }
    expect(lines(raw)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^STREAMPIXEL_API_KEY is empty: export it/),
        expect.stringMatching(/^--wait must be true or false .*; got "yes"\.$/),
        expect.stringMatching(/^--max-attempts must be a whole number from 1 to 10/),
        expect.stringMatching(/^--s3-uri must say where to upload the build given as --path/),
      ]),
    );
  });

  it('keeps a title that says more than the message, and names the input when neither does', () => {
    expect(oneLine('--file-url is a Google Drive page', 'https://drive… opens the viewer.')).toBe(
      '--file-url is a Google Drive page: https://drive… opens the viewer.',
    );
    expect(oneLine('Build not found', 'Game/ does not exist.', '--path')).toBe(
      'Build not found (--path): Game/ does not exist.',
    );
    // A file path that has the name in it does not name the input.
    expect(oneLine('Build not found', '/srv/path/Game does not exist.', 'path')).toBe(
      'Build not found (path): /srv/path/Game does not exist.',
    );
    expect(oneLine('Invalid S3 URI', '--s3-uri: "s3://" has no bucket name.', '--s3-uri')).toBe(
      '--s3-uri: "s3://" has no bucket name.',
    );
    // A warning carries no input: the title's own subject stands for it.
    expect(oneLine('--s3-region is ignored', '--s3-region is only used with --path.')).toBe(
      '--s3-region is only used with --path.',
    );
    expect(oneLine('s3-region is ignored', 's3-region is only used with path.')).toBe(
      's3-region is only used with path.',
    );
    // A longer flag that starts like the name is another flag.
    expect(oneLine('--wait is odd', '--wait-timeout-minutes is 0.', '--wait')).toBe(
      '--wait is odd: --wait-timeout-minutes is 0.',
    );
    expect(oneLine('Streampixel: rate limit', 'Streampixel is rate-limiting.')).toBe(
      'Streampixel: rate limit: Streampixel is rate-limiting.',
    );
  });
});
