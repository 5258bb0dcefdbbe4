/**
 * The vocabulary of an adapter: how the user names inputs and settings. The
 * config parser and the deploy flow write every message through it, so the
 * action says `wait: false` and the command line `--wait=false`, and no
 * message is rewritten after the fact.
 */
import { INPUT_NAMES, type InputName } from './inputs.js';

export interface Terms {
  /** How the user names an input: `api-key` (action), `--api-url` or `STREAMPIXEL_API_KEY` (CLI). */
  name(input: InputName): string;
  /** A setting as the user writes it: `wait: false` (action), `--wait=false` (CLI). */
  setting(input: InputName, value: string): string;
  /** Where a secret is kept: "the secret passed as api-key", "STREAMPIXEL_API_KEY". */
  secretHome(input: InputName): string;
  /** Where a later run finds the upload ID: "the upload-id output". */
  uploadIdOutput: string;
  /**
   * Why a required input is missing and how to give it. `given`: the input
   * was there but empty (an empty secret, `STREAMPIXEL_API_KEY=`).
   */
  missing(input: InputName, given: boolean): string;
  /** How to ask for more detail in a re-run: "debug logging (RUNNER_DEBUG=1)", "--verbose". */
  moreDetail: string;
}

const PROJECT_ID_HELP =
  'it is the 24-character ID at the end of the project page URL in the Streampixel dashboard';

/** The action's words: inputs by their action.yml names, settings as YAML. */
export const ACTION_TERMS: Terms = {
  name: (input) => input,
  setting: (input, value) => `${input}: ${value}`,
  secretHome: (input) => `the secret passed as ${input}`,
  uploadIdOutput: 'the upload-id output',
  missing: (input) => {
    if (input === 'api-key' || input === 'user-id') {
      const secret = input === 'api-key' ? 'STREAMPIXEL_API_KEY' : 'STREAMPIXEL_USER_ID';
      return `${input} is empty: pass it from a secret, e.g. \${{ secrets.${secret} }}, and check the secret exists in this repository or environment.`;
    }
    if (input === 'project-id') return `${input} is empty: ${PROJECT_ID_HELP}.`;
    return `${input} is empty.`;
  },
  moreDetail: 'debug logging (RUNNER_DEBUG=1)',
};

export interface CliNames {
  /** Environment variables that carry inputs: secrets, and a project ID not given as a flag. */
  env: Partial<Record<InputName, string>>;
  /** Inputs that have a flag but came from their environment variable (project-id, file-url). */
  fromEnv: readonly InputName[];
}

/** The command line's words: flags for inputs, environment variables for secrets. */
export function cliTerms({ env, fromEnv }: CliNames): Terms {
  const name = (input: InputName): string => {
    const variable = env[input];
    const flagged = input === 'project-id' || input === 'file-url';
    if (variable && (!flagged || fromEnv.includes(input))) return variable;
    return `--${input}`;
  };
  return {
    name,
    setting: (input, value) =>
      name(input).startsWith('--') ? `${name(input)}=${value}` : name(input),
    secretHome: name,
    uploadIdOutput: 'the uploadId (in the --json result)',
    missing: (input, given) => {
      const variable = env[input] ?? '';
      if (input === 'api-key')
        return `${variable} is ${given ? 'empty' : 'not set'}: export it in the job's environment from your CI's secret store (a masked GitLab CI/CD variable, Jenkins credentials, a Buildkite secret). It is never taken from a flag.`;
      if (input === 'user-id')
        return `${variable} is ${given ? 'empty' : 'not set'}: export the user ID of the account that owns the API key (dashboard account menu → Copy User ID) next to ${env['api-key']}.`;
      if (input === 'project-id')
        return `${name(input)} is ${given ? 'empty' : 'not set'}: give --project-id ID or set ${variable}; ${PROJECT_ID_HELP}.`;
      return `${name(input)} is empty.`;
    },
    moreDetail: '--verbose',
  };
}

/** Where `name` is in `text` as a word of its own: not in `--wait-timeout-minutes` or `/srv/path/`. */
function wordAt(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.search(new RegExp(`(?<![\\w./\\\\-])${escaped}(?![\\w/\\\\-])`));
}

/** An input, flag or variable a title starts with: `--wait`, `STREAMPIXEL_USER_ID`, `s3-region`. */
function subjectOf(title: string): string | undefined {
  const first = /^\S+/.exec(title)?.[0] ?? '';
  const named =
    /^--[a-z0-9-]+$/.test(first) ||
    /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(first) ||
    (INPUT_NAMES as readonly string[]).includes(first);
  return named ? first : undefined;
}

/**
 * A titled problem or warning on one line, naming its input once. A message that starts with the
 * name already says what the title does, so it stands alone ("--wait must be true or false…",
 * not "--wait is not a boolean: --wait must be…"); otherwise "title (name): message", without
 * "(name)" when the title or the message names it already. `name`: the input as the adapter
 * names it; without it, the input, flag or variable the title starts with, if any.
 */
export function oneLine(title: string, message: string, name = subjectOf(title)): string {
  if (!name) return `${title}: ${message}`;
  if (wordAt(message, name) === 0) return message;
  const where = wordAt(title, name) >= 0 || wordAt(message, name) >= 0 ? '' : ` (${name})`;
  return `${title}${where}: ${message}`;
}
