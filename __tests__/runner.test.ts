/**
 * The runner emulation itself (demo/runner.ts): tiny scripts run through runAction, checked
 * against what actions/runner does with the same output.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ActionRun,
  envFilePairs,
  parseAnnotations,
  parseCommandLegacy,
  parseCommandV2,
  parseOutputFile,
  runAction,
  SecretMasker,
} from '../demo/runner.js';
import { findSecretLeaks } from './leaks.js';

const dir = mkdtempSync(join(tmpdir(), 'runner-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Runs `body` (an ES module; `out(s)` / `err(s)` write a line, `file(env, s)` appends to a command file). */
async function script(body: string, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const entry = join(dir, `step-${n++}.mjs`);
  writeFileSync(
    entry,
    `import { appendFileSync } from 'node:fs';
const out = (s) => process.stdout.write(s + '\\n');
const err = (s) => process.stderr.write(s + '\\n');
const file = (name, s) => appendFileSync(process.env[name], s);
${body}`,
  );
  return runAction({}, { entry, env, killAfterMs: 10_000 });
}

const SECRET = 'Zx9"Qk2<Vf>T7 mN4&rB8\'';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('add-mask', () => {
  it('masks the value and the runner encodings from the moment it is registered', async () => {
    const s = JSON.stringify(SECRET);
    const run = await script(`
const s = ${s};
out('before: ' + s);
out('::add-mask::' + s);
out('plain: ' + s);
out('base64: ' + Buffer.from(s).toString('base64'));
out('uri: ' + encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()));
out('json: ' + JSON.stringify(s));
out('xml: ' + s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
out('cmdline: ' + s.replace(/"/g, '\\\\"'));
out('expression: ' + s.replace(/'/g, "''"));
`);
    expect(run.masks).toEqual([SECRET]);
    const lines = run.maskedLog.split('\n');
    expect(lines[0]).toBe(`before: ${SECRET}`);
    expect(lines.slice(1)).toEqual([
      'plain: ***',
      'base64: ***',
      'uri: ***',
      'json: "***"',
      'xml: ***',
      'cmdline: ***',
      'expression: ***',
    ]);
    // The add-mask line itself is a command: never in the log; the raw stream still has it.
    expect(run.rawStdout).toContain(`::add-mask::${SECRET}`);
    expect(findSecretLeaks(lines.slice(1).join('\n'), [SECRET])).toEqual([]);
  });

  it('registers each line of a multi-line value, trimmed', async () => {
    const run = await script(
      `out('::add-mask::first-line%0A  second-line  %0D%0A'); out('a first-line b second-line');`,
    );
    expect(run.masks).toEqual(['first-line\n  second-line  \r\n', 'first-line', 'second-line']);
    expect(run.maskedLog).toBe('a *** b ***');
  });

  it('warns about an empty value and masks nothing', async () => {
    const run = await script(`out('::add-mask::   '); out('x')`);
    expect(run.masks).toEqual([]);
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message: "Can't add secret mask for empty string in ##[add-mask] command.",
      },
    ]);
  });

  it('merges overlapping matches into one ***', () => {
    const m = new SecretMasker();
    m.add('abcdef');
    m.add('defghi');
    expect(m.mask('xxabcdefghiyy abc')).toBe('xx***yy abc');
  });
});

describe('base64: the runner masks three byte shifts, padding included', () => {
  // ValueEncoders.Base64StringEscape{,Shift1,Shift2}: masked iff the secret, less 0-2 leading
  // bytes, starts on a 3-byte boundary of the blob AND (its length is then a multiple of 3 OR
  // it ends the blob). Secret of 13 bytes:
  const secret = 'k3y-0123456789'.slice(0, 13);
  const cases: Array<[string, string, boolean]> = [
    ['alone', secret, true],
    ['after 1 byte, at the end', `a${secret}`, true],
    ['after 5 bytes (user:), at the end', `user:${secret}`, true],
    ['after 3 bytes, then more', `abc${secret}!`, false],
    ['first, then more', `${secret}\n`, false],
    ['after 2 bytes, then more (12 bytes after shift 1)', `ab${secret}xy`, true],
  ];
  it.each(cases)('%s: masked %s', async (_, plain, masked) => {
    const run = await script(`out('::add-mask::${secret}'); out(${JSON.stringify(b64(plain))});`);
    expect(run.maskedLog).toEqual(masked ? expect.stringContaining('***') : b64(plain));
    // What the real runner leaks, the leak checker still finds.
    expect(findSecretLeaks(run.maskedLog, [secret]).length > 0).toBe(!masked);
  });
});

describe('commands', () => {
  it('reads commands on stderr as on stdout, with one masker for both', async () => {
    const run = await script(
      // The pause lets the runner read the mask before the line it applies to arrives on the other stream.
      `err('::add-mask::stderr-secret'); setTimeout(() => { out('::error title=T::from stdout stderr-secret'); err('::warning::from stderr'); }, 100);`,
    );
    // The two streams are read as they arrive: their relative order is a race, as on the runner.
    expect(run.annotations).toHaveLength(2);
    expect(run.annotations).toEqual(
      expect.arrayContaining([
        { level: 'error', title: 'T', message: 'from stdout ***' },
        { level: 'warning', message: 'from stderr' },
      ]),
    );
    expect(run.maskedLog).toBe('##[error]from stdout ***\n##[warning]from stderr');
  });

  it('matches names case-insensitively and trims leading .NET white space only', async () => {
    const run = await script(`
out('::ERROR::upper');
out('\\u00a0\\t ::Warning::after nbsp');
out('\\u0085::notice::after NEL');
out('\\ufeff::error::after BOM is not a command');
out('x ::error::not at the start');
`);
    expect(run.annotations.map((a) => `${a.level}:${a.message}`)).toEqual([
      'error:upper',
      'warning:after nbsp',
      'notice:after NEL',
    ]);
    expect(run.log).toContain('\ufeff::error::after BOM is not a command');
    expect(run.log).toContain('x ::error::not at the start');
  });

  it('finds the legacy ##[cmd] form anywhere in a line', async () => {
    const run = await script(
      `out('progress 50% ##[error]legacy%3B error'); out('##[add-mask]semi%3Bcolon'); out('semi;colon');`,
    );
    expect(run.annotations).toEqual([{ level: 'error', message: 'legacy; error' }]);
    expect(run.maskedLog).toBe('##[error]legacy; error\n***');
  });

  it('unescapes data and properties as the runner does', () => {
    expect(
      parseCommandV2('::error file=a%2Cb.ts,line=3,title=x%3Ay,=skip,k=::100%25%0Adone'),
    ).toEqual({
      command: 'error',
      properties: { file: 'a,b.ts', line: '3', title: 'x:y' },
      data: '100%\ndone',
      legacy: false,
    });
    expect(parseCommandV2('::unknown::x')).toBeUndefined();
    expect(parseCommandLegacy('x ##[warning file=a%3Bb;line=2]m%5D')).toMatchObject({
      command: 'warning',
      properties: { file: 'a;b', line: '2' },
      data: 'm]',
    });
  });

  it('stop-commands: nothing but the token is a command until it comes back', async () => {
    const run = await script(`
out('::stop-commands::pause-token-77');
out('::error::shown as text');
out('::add-mask::not-a-mask');
out('::PAUSE-TOKEN-77::');
out('::error::an annotation again');
out('pause-token-77 not-a-mask');
`);
    expect(run.annotations).toEqual([{ level: 'error', message: 'an annotation again' }]);
    expect(run.masks).toEqual(['pause-token-77']);
    expect(run.maskedLog.split('\n')).toEqual([
      '::stop-commands::***',
      '::error::shown as text',
      '::add-mask::not-a-mask',
      // The masker is ordinal: the token in another case stays visible.
      '::PAUSE-TOKEN-77::',
      '##[error]an annotation again',
      '*** not-a-mask',
    ]);
  });

  it('stop-commands refuses a workflow command as token and fails the step', async () => {
    const run = await script(`out('::stop-commands::error'); out('::error::still a command');`);
    expect(run.conclusion).toBe('failure');
    expect(run.annotations.map((a) => a.message)).toEqual([
      expect.stringContaining('You cannot use a endToken'),
      'still a command',
    ]);
  });

  it('keeps 10 annotations per level; the rest are dropped but still logged', async () => {
    const run = await script(
      `for (let i = 1; i <= 11; i++) out('::error::e' + i); out('::warning::w');`,
    );
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(run.annotations.at(-1)).toEqual({ level: 'warning', message: 'w' });
    expect(run.droppedAnnotations).toEqual([{ level: 'error', message: 'e11' }]);
    expect(run.maskedLog.split('\n').filter((l) => l.startsWith('##[error]'))).toHaveLength(11);
  });

  it('masks the message, cuts it at 4096 characters, and leaves the title unmasked', async () => {
    const run = await script(
      `out('::add-mask::title-secret'); out('::error title=title-secret::title-secret ' + 'y'.repeat(5000));`,
    );
    const [a] = run.annotations;
    expect(a?.title).toBe('title-secret');
    expect(a?.message).toHaveLength(4096);
    expect(a?.message.startsWith('*** yyy')).toBe(true);
  });

  it('shows debug lines only with ACTIONS_STEP_DEBUG, and echoes commands then', async () => {
    const body = `out('::add-mask::dbg-secret'); out('::debug::one dbg-secret%0Atwo'); out('::group::G'); out('::endgroup::');`;
    expect((await script(body)).maskedLog).toBe('##[group]G\n##[endgroup]');
    const debug = await script(body, { ACTIONS_STEP_DEBUG: 'true' });
    expect(debug.maskedLog.split('\n')).toEqual([
      '::add-mask::***',
      '##[debug]one ***',
      '##[debug]two',
      '::group::G',
      '##[group]G',
      '::endgroup::',
      '##[endgroup]',
    ]);
  });

  it('set-output and save-state still work, with the deprecation warning; set-env fails the step', async () => {
    const run = await script(
      `out('::set-output name=a::1'); out('::save-state name=s::2'); out('::set-env name=X::y');`,
    );
    expect(run.outputs).toEqual({ a: '1' });
    expect(run.state).toEqual({ s: '2' });
    expect(run.annotations.map((a) => a.message)).toEqual([
      expect.stringContaining('The `set-output` command is deprecated'),
      expect.stringContaining('The `save-state` command is deprecated'),
      "Unable to process command '::set-env name=X::y' successfully.",
      expect.stringContaining('The `set-env` command is disabled'),
    ]);
    expect(run.conclusion).toBe('failure');
  });

  it('parseAnnotations reads one line or many', () => {
    expect(parseAnnotations('::notice title=a%2Cb::hi\n  ::error::x')).toEqual([
      { level: 'notice', title: 'a,b', message: 'hi' },
      { level: 'error', message: 'x' },
    ]);
  });
});

describe('GITHUB_OUTPUT as strictly as FileCommandManager', () => {
  it('reads NAME=VALUE and heredocs; the value keeps inner line breaks and \\r', () => {
    expect(parseOutputFile('a=1=2\n\nb<<EOF\nx\r\ny\nEOF\nc<<E\nE\nd=<<not heredoc\n')).toEqual({
      a: '1=2',
      b: 'x\r\ny',
      c: '',
      d: '<<not heredoc',
    });
  });

  it('accepts CRLF throughout on Linux: the \r belongs to the delimiter and the value', () => {
    expect(parseOutputFile('a<<EOF\r\nx\r\nEOF\r\n')).toEqual({ a: 'x\r' });
  });

  it.each([
    ['a line without = or <<', 'garbage\n', "Invalid format 'garbage'"],
    ['an empty delimiter', 'a<<\nx\n', 'delimiter must not be empty'],
    ['an empty name', '<<EOF\nx\nEOF\n', 'Name must not be empty'],
    ['a missing delimiter', 'a<<EOF\nx\n', "Matching delimiter not found 'EOF'"],
    // On Linux only '\n' ends a line: a delimiter line ending in '\r' is not the delimiter.
    ['a CRLF delimiter line (Linux)', 'a<<EOF\nx\r\nEOF\r\n', "Matching delimiter not found 'EOF'"],
    ['a last value line without newline', 'a<<EOF\nx', 'EOF marker missing new line'],
  ])('throws on %s', (_, text, message) => {
    expect(() => parseOutputFile(text)).toThrow(message);
  });

  it('keeps the pairs before a bad line, fails the step, and keeps secret values raw', async () => {
    const run = await script(`
out('::add-mask::out-secret');
file('GITHUB_OUTPUT', 'url=https://x/?sig=out-secret\\nok<<END\\nfine\\nEND\\nbad<<END\\nno end\\n');
file('GITHUB_STEP_SUMMARY', '# out-secret\\r\\nline 2');
`);
    expect(run.outputs).toEqual({ url: 'https://x/?sig=out-secret', ok: 'fine' });
    expect(run.outputsWithSecrets).toEqual(['url']);
    expect(run.runnerErrors).toEqual([
      "Unable to process file command 'output' successfully. Invalid value. Matching delimiter not found 'END'",
    ]);
    expect(run.conclusion).toBe('failure');
    expect(run.summary).toBe('# out-secret\r\nline 2');
    expect(run.maskedSummary).toBe('# ***\nline 2\n');
  });

  it('envFilePairs yields lazily, as the runner applies them', () => {
    const it = envFilePairs('a=1\nbad\n');
    expect(it.next().value).toEqual(['a', '1']);
    expect(() => it.next()).toThrow("Invalid format 'bad'");
  });
});
