/**
 * Runs the built action (dist/index.js) the way the GitHub runner does:
 * inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * workflow commands read from stdout. Shared by the end-to-end tests and
 * `npm run demo`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder up with action.yml (this file also runs compiled, from build/). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'action.yml'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const ACTION_ENTRY = join(ROOT, 'dist', 'index.js');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title?: string;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** stdout without workflow-command lines: what a person reads in the log. */
  log: string;
  durationMs: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Kill the action after this long (a hung action is a failed test, not a hung suite). */
  killAfterMs?: number;
  entry?: string;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** Parses `::error title=…::message` lines as the runner does (after trimming leading space). */
export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of stdout.split(/\r?\n|\r/)) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line.trimStart());
    if (!m) continue;
    const props = Object.fromEntries(
      (m[2] ?? '')
        .trim()
        .split(',')
        .filter(Boolean)
        .map((p) => {
          const [k = '', v = ''] = p.split(/=(.*)/s);
          return [k, unescapeProperty(v)];
        }),
    );
    found.push({
      level: m[1] as Annotation['level'],
      title: props.title,
      message: unescapeData(m[3] ?? ''),
    });
  }
  return found;
}

/** Reads a GITHUB_OUTPUT file: `name<<delimiter` blocks (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const [, name = '', delimiter] = block;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

export function inputEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'streampixel-run-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'acme/unreal-game',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF_NAME: 'v1.2.3',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    // Runs here are against the loopback stand-in: let it be polled faster than Streampixel's 5 s.
    STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS: '0.05',
    ...inputEnv(inputs),
    ...options.env,
  };
  const started = Date.now();
  const child = spawn(process.execPath, [options.entry ?? ACTION_ENTRY], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000);
  const exitCode = await new Promise<number | null>((done) =>
    child.on('close', (code) => done(code)),
  );
  clearTimeout(killer);
  const durationMs = Date.now() - started;
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  const summary = readFileSync(summaryFile, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    annotations: parseAnnotations(stdout),
    log: stdout
      .split('\n')
      .filter((l) => !l.startsWith('::'))
      .join('\n'),
    durationMs,
  };
}
