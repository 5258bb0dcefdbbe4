/** `--help`: written from the table of inputs, so a new input shows up here by itself. */
import { INPUTS, type InputSpec } from '../inputs.js';
import { ACTION_NAME } from '../version.js';

const WIDTH = 100;
const LEFT = 32;

/** Words in lines of at most `width` characters, continuation lines indented to the description column. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(LEFT)}`).replace(/\u00a0/g, ' ');
}

const table = (rows: [string, string][]): string =>
  rows.map(([l, r]) => `  ${l.padEnd(LEFT - 2)}${wrap(r, WIDTH - LEFT)}`).join('\n');

function row(input: InputSpec): [string, string] {
  const cli = input.cli;
  if (!cli?.flag) return ['', ''];
  const left =
    input.kind === 'boolean'
      ? `--[no-]${input.name}[=BOOL]`
      : `--${input.name} ${cli.meta ?? 'VALUE'}`;
  const fallback = cli.env ? `$${cli.env}` : input.default;
  // A default is kept whole on one line.
  return [left, `${cli.help}${fallback ? ` (default:\u00a0${fallback})` : ''}`];
}

/** The inputs that say what to deploy, listed on their own. */
const WHAT = ['path', 's3-uri', 'file-url', 'upload-id', 'project-id'];

/**
 * The text of `--help`: the synopsis, then tables written from INPUTS (the secrets' variables,
 * what to deploy, the options, each wrapped at WIDTH), then booleans, exit codes and examples.
 */
export function usage(): string {
  const flags = INPUTS.filter((input) => input.cli?.flag);
  return `${SYNOPSIS}
Secrets are read only from the environment, never from flags (flags end up in
shell history and in process lists):
${table(variableRows())}

What to deploy:
${table(flags.filter((input) => WHAT.includes(input.name)).map(row))}

Options:
${table(optionRows(flags))}

${EXIT_CODES_AND_EXAMPLES}`;
}

/** Every environment variable an input is read from, with what it holds. */
function variableRows(): [string, string][] {
  return INPUTS.flatMap((input): [string, string][] =>
    input.cli?.env
      ? [[input.cli.env, input.cli.flag ? (input.cli.envHelp ?? input.cli.help) : input.cli.help]]
      : [],
  );
}

/** The flags that are not WHAT, then the CLI's own switches. */
function optionRows(flags: InputSpec[]): [string, string][] {
  return [
    ...flags.filter((input) => !WHAT.includes(input.name)).map(row),
    ['--json', 'print the result as one JSON object on stdout (and nothing else there)'],
    ['--verbose', "also print each request's method, URL (no query), status and timing"],
    ['-h, --help', 'show this help on stdout (as text, also with --json)'],
    ['-V, --version', 'print the version on stdout (as text, also with --json)'],
  ];
}

const SYNOPSIS = `Usage: ${ACTION_NAME} --project-id ID (--path DIR --s3-uri URI | --file-url URL | --upload-id ID) [options]

Deploys an Unreal Engine build to Streampixel from any CI or a terminal: a
packaged build folder (--path: zipped while it uploads to your bucket, then
presigned) or the URL of a build .zip (--file-url); checks that it is a zip of
a packaged build, asks Streampixel to download it, and with --wait follows the
build until it is approved or rejected.
`;

/** The exit codes are main.ts's EXIT_* (130 and 143: 128 + the signal's number). */
const EXIT_CODES_AND_EXAMPLES = `Booleans: --wait, --no-wait, --wait=true or --wait=false (also True, TRUE, False, FALSE).
Progress and errors go to stderr with secrets masked; stdout carries only the --json result.

Exit codes:
  0    deployed: build queued, approved or held (--wait), distributed, or a dry run
  1    the deploy failed: refused, rejected, timed out, unreachable
  2    bad usage: unknown flag, missing or invalid input; nothing was sent
  130  cancelled by SIGINT (143: SIGTERM); the --json result says what had been sent

Examples:
  export STREAMPIXEL_API_KEY=… STREAMPIXEL_USER_ID=…    # from your CI's secret store
  ${ACTION_NAME} --project-id 665a2b3c4d5e6f7a8b9c0d1e --path Saved/StagedBuilds/Windows \\
    --s3-uri s3://my-builds/game/ --wait     # AWS_* credentials, or --s3-endpoint for R2, MinIO…
  export STREAMPIXEL_FILE_URL="$(aws s3 presign s3://bucket/Game.zip --expires-in 21600)"
  ${ACTION_NAME} --project-id "$PROJECT" --wait --json > result.json   # the URL stays out of argv
  ${ACTION_NAME} --project-id "$PROJECT" --dry-run
  ${ACTION_NAME} --project-id "$PROJECT" --upload-id 6650aa0b1c2d3e4f5a6b7c8d   # roll back
`;
