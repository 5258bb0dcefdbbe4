/**
 * Runs the built action (dist/index.js) the way the GitHub runner does:
 * inputs as INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE /
 * GITHUB_ENV files, and workflow commands read line by line from stdout AND stderr,
 * with the runner's secret masker applied to everything a person would see.
 * Shared by the end-to-end tests and `npm run demo`.
 *
 * Every rule below cites the actions/runner source it copies (paths relative to
 * github.com/actions/runner, read at commit 258d6c857db3, August 2026). Known
 * divergences are listed in the docstring of {@link StepEmulator}.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
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
  /** NOT masked: the runner masks only Issue.Message, never Issue.Data (ExecutionContext.cs:801). */
  title?: string;
  /** Masked, then cut to 4096 characters (ExecutionContext.cs:801-805). */
  message: string;
  /** The other command properties (file, line, col, endLine, endColumn…), unmasked; absent when none. */
  properties?: Record<string, string>;
}

export interface ActionRun {
  exitCode: number | null;
  /** Alias of rawStdout. */
  stdout: string;
  /** Alias of rawStderr. */
  stderr: string;
  /** Exactly what the action wrote to stdout, commands and secrets included. */
  rawStdout: string;
  /** Exactly what the action wrote to stderr. */
  rawStderr: string;
  /**
   * Step outputs, RAW (unmasked): `::set-output` values overridden by GITHUB_OUTPUT's.
   * The runner keeps step outputs that contain a secret; only *job* outputs holding
   * one are dropped ("Skip output '…' since it may contain secret.", JobExtension.cs:810-813).
   */
  outputs: Record<string, string>;
  /** Names of outputs whose value the masker would change: a job output built from them is dropped. */
  outputsWithSecrets: string[];
  /** GITHUB_STEP_SUMMARY as written (raw). */
  summary: string;
  /** The summary as uploaded: each line masked, '\n' line ends (FileCommandManager.cs:258-267); '' if not uploaded. */
  maskedSummary: string;
  /** Intra-action state from `::save-state` and GITHUB_STATE. */
  state: Record<string, string>;
  /** Variables set through GITHUB_ENV for later steps. */
  env: Record<string, string>;
  /** The annotations the step keeps: at most 10 per level (ExecutionContext.cs:144, 838). */
  annotations: Annotation[];
  /** Issues past the per-level limit: still written to the log, never shown as annotations. */
  droppedAnnotations: Annotation[];
  /** The job log a person reads: non-command lines, `##[error]…` lines, debug only with ACTIONS_STEP_DEBUG; masked. */
  maskedLog: string;
  /** The same lines as maskedLog before masking (handy for asserting on wording). */
  log: string;
  /** Every value handed to the masker, in order (add-mask data, its lines, long stop tokens); not the encodings. */
  masks: string[];
  /** Errors the runner raises itself that fail the step (bad command, bad GITHUB_OUTPUT…). */
  runnerErrors: string[];
  /** 'failure' when the exit code is not 0 or the runner failed the step (context.CommandResult = Failed). */
  conclusion: 'success' | 'failure';
  durationMs: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Kill the action after this long (a hung action is a failed test, not a hung suite). */
  killAfterMs?: number;
  entry?: string;
  /** The node binary to run the entry with; default this process's (process.execPath). */
  node?: string;
  /** ACTIONS_STEP_DEBUG: debug lines shown, commands echoed. Defaults to env.ACTIONS_STEP_DEBUG === 'true'. */
  stepDebug?: boolean;
  /** Each raw line the action writes (stdout or stderr), as it arrives: e.g. to signal the child at the right moment. */
  onLine?: (line: string, child: ChildProcess) => void;
}

/** Options of the emulated step that come from the server or the workflow, not the action. */
export interface StepOptions {
  /** Variables.Step_Debug (ACTIONS_STEP_DEBUG): ExecutionContext.cs:1083-1086. */
  stepDebug?: boolean;
  /** DistributedTask.DeprecateStepOutputCommands: github.com warns on set-output/save-state (default true). */
  deprecateStepOutputCommands?: boolean;
  /** ACTIONS_ALLOW_UNSECURE_COMMANDS: re-enables set-env / add-path (ActionCommandManager.cs:243-260). */
  allowUnsecureCommands?: boolean;
  /** ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS (ActionCommandManager.cs:163-187). */
  allowUnsecureStopCommandTokens?: boolean;
}

// --- the secret masker ------------------------------------------------------------------------

/** .NET Char.IsWhiteSpace: unlike JS trimStart, trims U+0085 and keeps U+FEFF. */
const DOTNET_LEADING_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Lone surrogates become U+FFFD, as .NET's UTF-8 encoder does. */
function wellFormed(s: string): string {
  return s.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

function base64Shift(value: string, shift: number): string {
  const bytes = Buffer.from(wellFormed(value), 'utf8');
  // Shorter than the shift: the unshifted encoding (ValueEncoders.cs:146-159).
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64');
}

/** Newtonsoft JsonConvert.ToString without its quotes (default StringEscapeHandling). */
function jsonStringEscape(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
  return value.replace(/[\u0000-\u001f"\\\u0085\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = {
      '"': '\\"',
      '\\': '\\\\',
      '\b': '\\b',
      '\t': '\\t',
      '\n': '\\n',
      '\f': '\\f',
      '\r': '\\r',
    };
    // Newtonsoft writes \u escapes with lowercase hex (MathUtils.IntToHex).
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** .NET Uri.EscapeDataString: every byte but RFC 3986 unreserved, uppercase hex. */
function uriDataEscape(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** .NET SecurityElement.Escape. */
function xmlDataEscape(value: string): string {
  const map: Record<string, string> = {
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '&': '&amp;',
  };
  return value.replace(/[<>"'&]/g, (c) => map[c] ?? c);
}

function powerShellAmpersand(value: string, pre: boolean): string {
  if (!value.includes('&')) return '';
  let section: string;
  if (value.includes('&+')) {
    const at = value.indexOf('&+');
    if (pre) section = value.slice(0, at + 2);
    // +1 skips the letter PowerShell colours.
    else section = value.length > at + 3 ? value.slice(at + 3) : '';
  } else {
    const at = value.lastIndexOf('&');
    section = pre ? value.slice(0, at + 1) : value.slice(at + 1);
  }
  // "Don't mask short secrets" (ValueEncoders.cs:108, 137).
  return section.length >= 6 ? section : '';
}

/**
 * The value encoders HostContext registers, in its order (src/Runner.Common/HostContext.cs:103-113;
 * each is in src/Sdk/DTLogging/Logging/ValueEncoders.cs). Base64 is masked at three byte shifts
 * (0, 1, 2) and WITH its '=' padding: an encoded secret is masked only when, after dropping 0-2
 * leading bytes, it starts on a 3-byte boundary of the blob AND either its length (after the
 * shift) is a multiple of 3 or it ends the blob. Anything else (e.g. base64("secret-of-13-bytes"
 * + "more")) shows in the runner's log.
 */
export const RUNNER_ENCODERS: ReadonlyArray<
  readonly [name: string, encode: (v: string) => string]
> = [
  ['Base64StringEscape', (v) => base64Shift(v, 0)],
  ['Base64StringEscapeShift1', (v) => base64Shift(v, 1)],
  ['Base64StringEscapeShift2', (v) => base64Shift(v, 2)],
  ['CommandLineArgumentEscape', (v) => v.replaceAll('"', '\\"')],
  // Expressions ExpressionUtility.StringEscape: ' doubled.
  ['ExpressionStringEscape', (v) => v.replaceAll("'", "''")],
  ['JsonStringEscape', jsonStringEscape],
  ['UriDataEscape', uriDataEscape],
  ['XmlDataEscape', xmlDataEscape],
  [
    'TrimDoubleQuotes',
    (v) => (v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : ''),
  ],
  ['PowerShellPreAmpersandEscape', (v) => powerShellAmpersand(v, true)],
  ['PowerShellPostAmpersandEscape', (v) => powerShellAmpersand(v, false)],
];

/**
 * The runner's SecretMasker (src/Sdk/DTLogging/Logging/SecretMasker.cs): a value and each of its
 * non-empty encodings are matched ordinally (case-sensitive, ValueSecret.cs:36); overlapping
 * matches merge into one `***` (SecretMasker.cs:255-296). No minimum length: add-mask of "a"
 * masks every "a".
 */
export class SecretMasker {
  /** Originals in the order added (SecretMasker.cs:95 ignores repeats). */
  readonly values: string[] = [];
  private readonly patterns = new Set<string>();

  add(value: string): void {
    // AddValue: empty ignored, repeats ignored (SecretMasker.cs:81-98).
    if (!value || this.values.includes(value)) return;
    this.values.push(value);
    this.patterns.add(value);
    for (const [, encode] of RUNNER_ENCODERS) {
      const encoded = encode(value);
      if (encoded) this.patterns.add(encoded);
    }
  }

  /** Every string the masker replaces: the values and their encodings. */
  get allPatterns(): string[] {
    return [...this.patterns];
  }

  mask(input: string): string {
    if (!input) return '';
    const found: Array<[start: number, end: number]> = [];
    for (const p of this.patterns)
      for (let at = input.indexOf(p); at >= 0; at = input.indexOf(p, at + 1))
        found.push([at, at + p.length]);
    if (found.length === 0) return input;
    found.sort((a, b) => a[0] - b[0]);
    let out = '';
    let from = 0;
    let cur: [number, number] | undefined;
    for (const [s, e] of found) {
      if (cur && s <= cur[1]) cur[1] = Math.max(cur[1], e);
      else {
        if (cur) {
          out += `${input.slice(from, cur[0])}***`;
          from = cur[1];
        }
        cur = [s, e];
      }
    }
    if (cur) out += `${input.slice(from, cur[0])}***`;
    return out + input.slice(cur ? cur[1] : from);
  }
}

// --- workflow commands ---------------------------------------------------------------------------

/** A parsed workflow command (src/Runner.Common/ActionCommand.cs). */
export interface ActionCommand {
  /** As written (names are matched case-insensitively). */
  command: string;
  /** Keys as written; look them up case-insensitively (ActionCommand.cs:34). */
  properties: Record<string, string>;
  data: string;
  /** `##[name k=v;]data` rather than `::name k=v::data`. */
  legacy: boolean;
}

/** Commands with an extension (src/Runner.Common/ExtensionManager.cs:42-57), plus stop-commands. */
export const REGISTERED_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
];

/** Replacements applied in this order when unescaping (ActionCommand.cs:9-32, 191-257). */
const LEGACY_ESCAPES: Array<[string, string]> = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];
const DATA_ESCAPES: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

/** Case-sensitive (.NET String.Replace is ordinal), one mapping after another. */
function unescape(s: string, map: Array<[string, string]>): string {
  return map.reduce((acc, [from, to]) => acc.replaceAll(from, to), s);
}

function isRegistered(name: string, registered: Iterable<string>): boolean {
  const lower = name.toLowerCase();
  for (const r of registered) if (r.toLowerCase() === lower) return true;
  return false;
}

/** Splits "a,b" as .NET Split(…, RemoveEmptyEntries) then each on the first '=' (empty halves dropped). */
function parseProperties(text: string, sep: string, map: Array<[string, string]>) {
  // An OrdinalIgnoreCase dictionary: a later duplicate replaces the value, the first spelling
  // of the key stays (ActionCommand.cs:34, 106).
  const byLower = new Map<string, [string, string]>();
  for (const item of text.split(sep).filter(Boolean)) {
    const at = item.indexOf('=');
    // Split('=', 2, RemoveEmptyEntries): "=v" and "k=" yield one part and are skipped.
    const pair = at < 0 ? [item] : [item.slice(0, at), item.slice(at + 1)].filter(Boolean);
    if (pair.length === 2) {
      const [key = '', value = ''] = pair;
      const lower = key.toLowerCase();
      byLower.set(lower, [byLower.get(lower)?.[0] ?? key, unescape(value, map)]);
    }
  }
  return Object.fromEntries(byLower.values());
}

/**
 * `::name k=v,k=v::data` (ActionCommand.TryParseV2, ActionCommand.cs:51-119): leading .NET white
 * space trimmed, then the line must start with "::"; the name ends at the first space; properties
 * are trimmed, split on ',', values unescape %0D %0A %3A %2C %25; data unescapes %0D %0A %25.
 */
export function parseCommandV2(
  line: string,
  registered: Iterable<string> = REGISTERED_COMMANDS,
): ActionCommand | undefined {
  const message = line.replace(DOTNET_LEADING_WHITESPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command || !isRegistered(command, registered)) return undefined;
  const properties =
    space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', PROPERTY_ESCAPES) : {};
  return {
    command,
    properties,
    data: unescape(message.slice(end + 2), DATA_ESCAPES),
    legacy: false,
  };
}

/**
 * `##[name k=v;k=v]data` ANYWHERE in the line (ActionCommand.TryParse, ActionCommand.cs:121-189):
 * the first "##[" and the next ']'; properties split on ';'; values and data unescape
 * %3B %0D %0A %5D %25.
 */
export function parseCommandLegacy(
  line: string,
  registered: Iterable<string> = REGISTERED_COMMANDS,
): ActionCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const rb = line.indexOf(']', prefix);
  if (rb < 0) return undefined;
  const info = line.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command || !isRegistered(command, registered)) return undefined;
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', LEGACY_ESCAPES) : {};
  return { command, properties, data: unescape(line.slice(rb + 1), LEGACY_ESCAPES), legacy: true };
}

/** Looks a property up case-insensitively. */
function prop(c: ActionCommand, name: string): string | undefined {
  const key = Object.keys(c.properties).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : c.properties[key];
}

const UNSUPPORTED_COMMAND_DISABLED = (name: string) =>
  // Constants.cs:235
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`;
const UNSUPPORTED_COMMAND = (name: string) =>
  // Constants.cs:234
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/`;
// Constants.cs:236
const UNSUPPORTED_STOP_TOKEN =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. For more information see: https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.";

/** ExecutionContext.cs:144, 146. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;
export const MAX_ANNOTATION_MESSAGE = 4096;
/** CreateStepSummaryCommand.AttachmentSizeLimit (FileCommandManager.cs:223). */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

/**
 * One step as the runner processes it: feed it lines (OutputManager.OnDataReceived, one per
 * ReadLine of stdout or stderr, each stream with its own manager but one shared command manager
 * and masker), then the files after the process exits.
 *
 * Known divergences: the runner compares "::" and "##[" with culture-sensitive
 * String.IndexOf/StartsWith (ICU ignores e.g. U+00AD there); this emulation is ordinal. Problem
 * matchers (add-matcher) are not run; line/column validation of annotations and workspace-relative
 * `file` rewriting are skipped; `notice` assumes DistributedTask.EnhancedAnnotations is on (it is
 * on github.com).
 */
export class StepEmulator {
  readonly masker = new SecretMasker();
  readonly annotations: Annotation[] = [];
  readonly droppedAnnotations: Annotation[] = [];
  readonly runnerErrors: string[] = [];
  readonly commandOutputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  private readonly logLines: Array<{ raw: string; masked: string }> = [];
  private readonly registered = new Set(REGISTERED_COMMANDS);
  private stopToken: string | undefined;
  private echo: boolean;
  private readonly counts = { error: 0, warning: 0, notice: 0 };

  constructor(private readonly options: StepOptions = {}) {
    // EchoOnActionCommand starts as Step_Debug (ExecutionContext.cs:1083).
    this.echo = options.stepDebug ?? false;
  }

  get maskedLog(): string {
    return this.logLines.map((l) => l.masked).join('\n');
  }

  get log(): string {
    return this.logLines.map((l) => l.raw).join('\n');
  }

  /** ExecutionContext.Write: the tag and message masked together (ExecutionContext.cs:1099-1101). */
  private write(tag: string, message: string): void {
    const raw = `${tag}${message}`;
    this.logLines.push({ raw, masked: this.masker.mask(raw) });
  }

  private output(message: string): void {
    this.write('', message);
  }

  /** ExecutionContextExtension.Debug: only with step debug, one log line per line (ExecutionContext.cs:1523-1536). */
  private debug(message: string): void {
    if (!this.options.stepDebug) return;
    for (const line of message.replaceAll('\r\n', '\n').split('\n')) this.write('##[debug]', line);
  }

  /** ExecutionContext.AddIssue (ExecutionContext.cs:796-872): mask, cut, count, always log. */
  addIssue(level: Annotation['level'], message: string, properties: Record<string, string> = {}) {
    let masked = this.masker.mask(message);
    if (masked.length > MAX_ANNOTATION_MESSAGE) masked = masked.slice(0, MAX_ANNOTATION_MESSAGE);
    const annotation: Annotation = { level, message: masked };
    const entries = Object.entries(properties);
    const title = entries.find(([k]) => k.toLowerCase() === 'title');
    if (title) annotation.title = title[1];
    const rest = entries.filter(([k]) => k.toLowerCase() !== 'title');
    if (rest.length > 0) annotation.properties = Object.fromEntries(rest);
    if (this.counts[level] < MAX_ANNOTATIONS_PER_LEVEL) {
      this.counts[level]++;
      this.annotations.push(annotation);
    } else this.droppedAnnotations.push(annotation);
    // The log line is written whether or not the issue was kept; Write masks again.
    if (masked) this.write(`##[${level}]`, masked);
  }

  /** A failure the runner raises: two error issues and CommandResult = Failed (ActionCommandManager.cs:137-143). */
  private fail(what: string, reason: string): void {
    this.addIssue('error', what);
    this.addIssue('error', reason);
    this.runnerErrors.push(`${what} ${reason}`);
  }

  /** OutputManager.OnDataReceived (src/Runner.Worker/Handlers/OutputManager.cs:77-170). */
  line(line: string): void {
    if (line && (line.includes('##[') || line.includes('::')) && this.tryProcessCommand(line))
      return;
    // Runner-controlled markers are defused (OutputManager.cs:93-99).
    this.output(
      line
        .replaceAll('##[start-action', '##[\\start-action')
        .replaceAll('##[end-action', '##[\\end-action'),
    );
  }

  /** ActionCommandManager.TryProcessCommand (src/Runner.Worker/ActionCommandManager.cs:61-154). */
  private tryProcessCommand(input: string): boolean {
    const command =
      parseCommandV2(input, this.registered) ?? parseCommandLegacy(input, this.registered);
    if (!command) return false;
    const name = command.command.toLowerCase();
    if (this.stopToken !== undefined) {
      // Only the resume token is a command while stopped (ActionCommandManager.cs:86-104).
      if (name !== this.stopToken.toLowerCase()) return false;
      this.output(input);
      this.registered.delete(this.stopToken);
      this.stopToken = undefined;
      return true;
    }
    if (name === 'stop-commands') {
      const token = command.data;
      const invalid =
        !token || isRegistered(token, this.registered) || token.toLowerCase() === 'pause-logging';
      if (invalid && !this.options.allowUnsecureStopCommandTokens) {
        // ValidateStopToken throws outside the extension's try/catch: the step fails.
        this.addIssue('error', UNSUPPORTED_STOP_TOKEN);
        this.runnerErrors.push(UNSUPPORTED_STOP_TOKEN);
        return true;
      }
      this.stopToken = token;
      this.registered.add(token);
      // Tokens longer than 6 characters are masked (ActionCommandManager.cs:116-119).
      if (token.length > 6) this.masker.add(token);
      this.output(input);
      return true;
    }
    // OmitEcho is true for add-mask, debug and the three issue commands.
    const omitEcho = ['add-mask', 'debug', 'error', 'warning', 'notice'].includes(name);
    if (this.echo && !omitEcho) this.output(input);
    try {
      this.process(name, command);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.fail(`Unable to process command '${omitEcho ? name : input}' successfully.`, reason);
    }
    return true;
  }

  /** The IActionCommandExtension implementations (ActionCommandManager.cs:234-834). */
  private process(name: string, c: ActionCommand): void {
    switch (name) {
      case 'set-env':
      case 'add-path':
        if (!this.options.allowUnsecureCommands)
          throw new Error(UNSUPPORTED_COMMAND_DISABLED(name));
        return;
      case 'set-output':
      case 'save-state': {
        if (this.options.deprecateStepOutputCommands ?? true)
          this.addIssue('warning', UNSUPPORTED_COMMAND(name));
        const key = prop(c, 'name');
        if (!key) throw new Error(`Required field 'name' is missing in ##[${name}] command.`);
        if (name === 'set-output') {
          this.commandOutputs[key] = c.data;
          this.debug(`steps.action.outputs.${key}='${c.data}'`);
        } else {
          this.state[key] = c.data;
          this.debug(`Save intra-action state ${key} = ${c.data}`);
        }
        return;
      }
      case 'add-mask':
        // AddMaskCommandExtension (ActionCommandManager.cs:420-451).
        if (!c.data.trim()) {
          this.addIssue(
            'warning',
            "Can't add secret mask for empty string in ##[add-mask] command.",
          );
          return;
        }
        if (this.echo) this.output('::add-mask::***');
        this.masker.add(c.data);
        // Each line too, trimmed (Split '\r','\n' with RemoveEmptyEntries | TrimEntries).
        for (const part of c.data.split(/[\r\n]/)) if (part.trim()) this.masker.add(part.trim());
        return;
      case 'add-matcher':
        if (!c.data) this.addIssue('warning', 'File path must be specified.');
        return;
      case 'remove-matcher':
        return;
      case 'debug':
        this.debug(c.data);
        return;
      case 'error':
      case 'warning':
      case 'notice':
        this.addIssue(name, c.data, c.properties);
        return;
      case 'group':
        this.output(`##[group]${c.data}`);
        return;
      case 'endgroup':
        this.output('##[endgroup]');
        return;
      case 'echo': {
        if (!c.data) throw new Error("Parameter 'value' cannot be null or empty.");
        const v = c.data.trim().toUpperCase();
        if (v === 'ON' || v === 'OFF') this.echo = v === 'ON';
        else
          throw new Error(
            `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${c.data}'.`,
          );
        return;
      }
    }
  }

  /**
   * FileCommandManager.ProcessFiles (FileCommandManager.cs:75-90): an exception fails the step
   * with "Unable to process file command '<ctx>' successfully." but pairs read before it stay.
   */
  fileCommand(context: string, text: string, apply: (key: string, value: string) => void): void {
    try {
      for (const [key, value] of envFilePairs(text)) apply(key, value);
    } catch (e) {
      this.fail(
        `Unable to process file command '${context}' successfully.`,
        e instanceof Error ? e.message : String(e),
      );
    }
  }

  /** CreateStepSummaryCommand (FileCommandManager.cs:230-292): size limit, then each line masked. */
  summary(text: string, bytes: number): string {
    if (bytes === 0) return '';
    if (bytes > MAX_SUMMARY_BYTES) {
      this.addIssue(
        'error',
        `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${MAX_SUMMARY_BYTES / 1024}k, got ${Math.floor(bytes / 1024)}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`,
      );
      return '';
    }
    return readLines(text)
      .map((l) => `${this.masker.mask(l)}\n`)
      .join('');
  }
}

/** .NET TextReader.ReadLine over a whole text: '\r\n', '\r' or '\n' end a line; no empty last line. */
function readLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * EnvFileKeyValuePairs (FileCommandManager.cs:353-496), the parser of GITHUB_OUTPUT, GITHUB_ENV and
 * GITHUB_STATE. Lines end at '\n' only (on Linux '\r' stays in the value and in the delimiter);
 * empty lines are skipped; `NAME=VALUE` when '=' comes before any '<<', else `NAME<<DELIM` whose
 * value runs to the first line equal to DELIM (ordinal), without the last line break. Throws the
 * runner's messages: "Invalid format", empty name/delimiter, "Matching delimiter not found",
 * "EOF marker missing new line". (The runner's empty-name check for NAME=VALUE tests the line, not
 * the name, so "=v" yields an output named "".) A secret inside a value is never refused.
 */
export function* envFilePairs(text: string): Generator<[string, string]> {
  let index = 0;
  const readLine = (): { line: string; newline: boolean } | undefined => {
    if (index >= text.length) return undefined;
    const lf = text.indexOf('\n', index);
    const start = index;
    if (lf < 0) {
      index = text.length;
      return { line: text.slice(start), newline: false };
    }
    index = lf + 1;
    return { line: text.slice(start, lf), newline: true };
  };
  for (let r = readLine(); r; r = readLine()) {
    const { line } = r;
    if (!line) continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      yield [line.slice(0, eq), line.slice(eq + 1)];
    } else if (heredoc >= 0 && (eq < 0 || heredoc < eq)) {
      const key = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!key || !delimiter)
        throw new Error(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      const start = index;
      let end = index;
      for (let t = readLine(); !t || t.line !== delimiter; t = readLine()) {
        if (!t) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
        if (!t.newline) throw new Error('Invalid value. EOF marker missing new line.');
        end = index - 1;
      }
      yield [key, end > start ? text.slice(start, end) : ''];
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
}

/** Reads a GITHUB_OUTPUT file as strictly as the runner; throws the runner's message where it fails the step. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const [k, v] of envFilePairs(text)) outputs[k] = v;
  return outputs;
}

/** The annotations the runner would keep from this text (masking only what it add-masks itself). */
export function parseAnnotations(stdout: string): Annotation[] {
  const step = new StepEmulator();
  for (const line of stdout.split(/\r\n|\r|\n/)) step.line(line);
  return step.annotations;
}

export function inputEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/** Splits a stream into lines as .NET StreamReader.ReadLine does, across chunk boundaries. */
class LineSplitter {
  private buffer = '';
  private readonly decoder = new StringDecoder('utf8');
  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    this.buffer += this.decoder.write(chunk);
    this.drain(false);
  }

  end(): void {
    this.buffer += this.decoder.end();
    this.drain(true);
    if (this.buffer) this.onLine(this.buffer);
    this.buffer = '';
  }

  private drain(final: boolean): void {
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buffer);
      if (!m) return;
      // A '\r' at the end may be the first half of '\r\n': wait for the next chunk.
      if (m[0] === '\r' && m.index === this.buffer.length - 1 && !final) return;
      this.onLine(this.buffer.slice(0, m.index));
      this.buffer = this.buffer.slice(m.index + m[0].length);
    }
  }
}

const truthy = (v: string | undefined) => v?.toLowerCase() === 'true';

export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'streampixel-run-'));
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    state: join(dir, 'state'),
    env: join(dir, 'env'),
    path: join(dir, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const stepDebug = options.stepDebug ?? truthy(options.env?.ACTIONS_STEP_DEBUG);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_REPOSITORY: 'acme/unreal-game',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF_NAME: 'v1.2.3',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    // runner.debug = 1 with step debug (JobRunner.cs:160-163), exported as RUNNER_DEBUG (RunnerContext.cs:13).
    ...(stepDebug ? { RUNNER_DEBUG: '1' } : {}),
    // Runs here are against the loopback stand-in: let it be polled faster than Streampixel's 5 s.
    STREAMPIXEL_STAND_IN_POLL_FLOOR_SECONDS: '0.05',
    ...inputEnv(inputs),
    ...options.env,
  };
  const step = new StepEmulator({
    stepDebug,
    allowUnsecureCommands: truthy(env.ACTIONS_ALLOW_UNSECURE_COMMANDS),
    allowUnsecureStopCommandTokens: truthy(env.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS),
  });
  const started = Date.now();
  const child = spawn(options.node ?? process.execPath, [options.entry ?? ACTION_ENTRY], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // Both streams feed one command manager and masker (NodeScriptActionHandler.cs:158-161). The
  // runner reads them on two threads, so across streams the order is a race; here it is arrival order.
  const onLine = (l: string): void => {
    step.line(l);
    options.onLine?.(l, child);
  };
  const out = new LineSplitter(onLine);
  const err = new LineSplitter(onLine);
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
    out.push(c);
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
    err.push(c);
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000);
  const exitCode = await new Promise<number | null>((done) =>
    child.on('close', (code) => done(code)),
  );
  clearTimeout(killer);
  out.end();
  err.end();
  const durationMs = Date.now() - started;

  const read = (f: string) => readFileSync(f, 'utf8');
  const outputs: Record<string, string> = { ...step.commandOutputs };
  const runEnv: Record<string, string> = {};
  // ExtensionManager.cs order: path, env, summary, state, output (FileCommandManager.ProcessFiles).
  step.fileCommand('env', read(files.env), (k, v) => {
    // NODE_OPTIONS is refused (FileCommandManager.cs:173-193).
    if (k.toUpperCase() === 'NODE_OPTIONS')
      step.addIssue(
        'error',
        `Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.`,
      );
    else runEnv[k] = v;
  });
  const summary = read(files.summary);
  const maskedSummary = step.summary(summary, statSync(files.summary).size);
  step.fileCommand('state', read(files.state), (k, v) => (step.state[k] = v));
  step.fileCommand('output', read(files.output), (k, v) => (outputs[k] = v));
  rmSync(dir, { recursive: true, force: true });

  return {
    exitCode,
    stdout,
    stderr,
    rawStdout: stdout,
    rawStderr: stderr,
    outputs,
    outputsWithSecrets: Object.keys(outputs).filter(
      (k) => step.masker.mask(outputs[k] ?? '') !== outputs[k],
    ),
    summary,
    maskedSummary,
    state: step.state,
    env: runEnv,
    annotations: step.annotations,
    droppedAnnotations: step.droppedAnnotations,
    maskedLog: step.maskedLog,
    log: step.log,
    masks: [...step.masker.values],
    runnerErrors: step.runnerErrors,
    conclusion: exitCode === 0 && step.runnerErrors.length === 0 ? 'success' : 'failure',
    durationMs,
  };
}
