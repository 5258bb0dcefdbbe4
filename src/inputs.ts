/**
 * The one table of inputs. `parseConfig` takes its defaults and ranges from
 * here, the command line its flags and help, and tests check action.yml and
 * the README's tables against it: a new input is added here, once.
 */

export const DEFAULT_API_URL = 'https://api.streampixel.io/pixelStripeApi';

/** How the value is read and checked. */
export type InputKind = 'secret' | 'id' | 'url' | 'boolean' | 'number' | 'text';

export interface NumberRange {
  min: number;
  max: number;
  /** Only whole numbers. */
  integer: boolean;
  /** As a message says it: "seconds". */
  unit: string;
}

/** Where the command line takes an input from. */
export type CliSource =
  /**
   * `--name VALUE`, or `--name` / `--no-name` / `--name=false` for booleans; `env`: a variable
   * that gives it when the flag is not there (`envHelp` says so in --help).
   */
  | { flag: true; meta?: string; help: string; env?: string; envHelp?: string }
  /** Secrets: an environment variable only (flags show in process lists). */
  | { flag: false; env: string; help: string }
  /** GitHub-only (Deployments): no command-line form. */
  | undefined;

export interface InputSpec {
  name: string;
  kind: InputKind;
  /** action.yml's description. */
  description: string;
  required: boolean;
  /** action.yml's default, as the runner passes it; undefined when there is none. */
  default?: string;
  range?: NumberRange;
  /** Registered as a mask before anything is printed. */
  secret: boolean;
  cli: CliSource;
}

const TABLE = [
  {
    name: 'api-key',
    kind: 'secret',
    description: 'Streampixel API key. Pass it from a secret.',
    required: true,
    secret: true,
    cli: { flag: false, env: 'STREAMPIXEL_API_KEY', help: 'the API key (required)' },
  },
  {
    name: 'user-id',
    kind: 'secret',
    description: 'The user ID of the account that owns the API key.',
    required: true,
    secret: true,
    cli: {
      flag: false,
      env: 'STREAMPIXEL_USER_ID',
      help: 'user ID of the account that owns the key (required)',
    },
  },
  {
    name: 'project-id',
    kind: 'id',
    description:
      'The Streampixel project to deploy to (the 24-character ID at the end of its dashboard URL).',
    required: true,
    secret: false,
    cli: {
      flag: true,
      meta: 'ID',
      env: 'STREAMPIXEL_PROJECT_ID',
      envHelp: 'the project ID, when --project-id is not given',
      help: 'the project: the 24-character ID at the end of its dashboard URL',
    },
  },
  {
    name: 'file-url',
    kind: 'url',
    description:
      'Direct download URL of the build .zip, from an earlier step (a presigned S3 URL, say). Give one of path, file-url, upload-id.',
    required: false,
    secret: false,
    cli: {
      flag: true,
      meta: 'URL',
      env: 'STREAMPIXEL_FILE_URL',
      envHelp:
        'the file URL, when --file-url is not given: keeps a presigned URL out of process lists; ignored with --path or --upload-id',
      help: 'direct download URL of the build .zip (a presigned S3/GCS/R2 URL); give one of --path, --file-url, --upload-id',
    },
  },
  {
    name: 'upload-id',
    kind: 'id',
    description:
      'Instead of uploading, distribute this earlier upload (rollback, or release a build uploaded with auto-release false). Give one of path, file-url, upload-id.',
    required: false,
    secret: false,
    cli: {
      flag: true,
      meta: 'ID',
      help: 'distribute this earlier upload instead (rollback, or release a held build)',
    },
  },
  // ── With path: the build goes to the team's bucket, and Streampixel gets a presigned URL of it.
  {
    name: 'path',
    kind: 'text',
    description:
      'A packaged build folder (the one with <Project>.exe), or a .zip, on the runner: zipped, uploaded to s3-uri and handed to Streampixel as a presigned URL. Give one of path, file-url, upload-id.',
    required: false,
    secret: false,
    cli: {
      flag: true,
      meta: 'DIR|ZIP',
      help: 'a packaged build folder or .zip: zipped, uploaded to --s3-uri, sent as a presigned URL',
    },
  },
  {
    name: 's3-uri',
    kind: 'text',
    description:
      'Where path is uploaded: s3://bucket/prefix/ (the object is prefix/<name>-<short sha or timestamp>.zip) or s3://bucket/key.zip. Credentials come from the standard AWS chain (aws-actions/configure-aws-credentials, AWS_* variables, profiles).',
    required: false,
    secret: false,
    cli: {
      flag: true,
      meta: 'URI',
      help: 'with --path: s3://bucket/prefix/ or s3://bucket/key.zip (credentials: the AWS_* chain)',
    },
  },
  {
    name: 's3-endpoint',
    kind: 'url',
    description:
      'S3-compatible storage instead of AWS: its S3 API URL (Cloudflare R2, DigitalOcean Spaces, Backblaze B2, Wasabi, MinIO, Ceph, the GCS XML API).',
    required: false,
    secret: false,
    cli: {
      flag: true,
      meta: 'URL',
      help: 'S3-compatible storage: its S3 API URL (R2, Spaces, B2, Wasabi, MinIO, Ceph, GCS XML)',
    },
  },
  {
    name: 's3-region',
    kind: 'text',
    description:
      "The bucket's region; by default AWS_REGION or AWS_DEFAULT_REGION, else us-east-1 (auto for R2).",
    required: false,
    secret: false,
    cli: {
      flag: true,
      meta: 'REGION',
      help: "the bucket's region; default AWS_REGION, AWS_DEFAULT_REGION, else us-east-1 (auto for R2)",
    },
  },
  {
    name: 'presign-hours',
    kind: 'number',
    description:
      'How long the presigned URL given to Streampixel stays valid, 0.25 to 168 hours (SigV4 allows 7 days).',
    required: false,
    default: '6',
    // The storage lib's parsePresignHours takes (0, 168]; under 15 minutes Streampixel may not get to it.
    range: { min: 0.25, max: 168, integer: false, unit: 'hours' },
    secret: false,
    cli: {
      flag: true,
      meta: 'H',
      help: 'how long the presigned URL stays valid, 0.25 to 168 hours',
    },
  },
  {
    name: 'api-url',
    kind: 'url',
    description: 'API base URL. https only; plain http only to a loopback host (local stand-ins).',
    required: false,
    default: DEFAULT_API_URL,
    secret: false,
    cli: {
      flag: true,
      meta: 'URL',
      help: 'API base URL; https only (plain http only to a loopback stand-in)',
    },
  },
  {
    name: 'auto-release',
    kind: 'boolean',
    description: 'Sent as autoRelease. false holds the processed build for a later distribute.',
    required: false,
    default: 'true',
    secret: false,
    cli: {
      flag: true,
      help: 'sent as autoRelease; false holds the processed build for a later distribute',
    },
  },
  {
    name: 'check-file-url',
    kind: 'boolean',
    description: 'Check that file-url downloads a zip (first 4 bytes) before uploading.',
    required: false,
    default: 'true',
    secret: false,
    cli: {
      flag: true,
      help: 'check that --file-url serves a zip of a packaged build (ranged reads of its listing) before uploading',
    },
  },
  {
    name: 'dry-run',
    kind: 'boolean',
    description: 'Do everything except sending the upload or distribute request.',
    required: false,
    default: 'false',
    secret: false,
    cli: { flag: true, help: 'do everything except sending the upload or distribute request' },
  },
  {
    name: 'max-attempts',
    kind: 'number',
    description: 'Attempts per request, 1 to 10.',
    required: false,
    default: '3',
    range: { min: 1, max: 10, integer: true, unit: 'attempts' },
    secret: false,
    cli: { flag: true, meta: 'N', help: 'attempts per request, 1 to 10' },
  },
  {
    name: 'timeout-seconds',
    kind: 'number',
    description: 'Time limit per request, covering connect, headers and the whole body.',
    required: false,
    default: '30',
    range: { min: 0.1, max: 600, integer: false, unit: 'seconds' },
    secret: false,
    cli: {
      flag: true,
      meta: 'S',
      help: 'time limit per request (connect, headers and the whole body)',
    },
  },
  {
    name: 'wait',
    kind: 'boolean',
    description: 'Follow the upload until it is Approved or Rejected.',
    required: false,
    default: 'false',
    secret: false,
    cli: {
      flag: true,
      help: 'follow the upload until Streampixel approves, holds (--no-auto-release) or rejects it',
    },
  },
  {
    name: 'wait-timeout-minutes',
    kind: 'number',
    description: 'How long to follow the upload; decimals allowed.',
    required: false,
    default: '60',
    range: { min: 0.01, max: 360, integer: false, unit: 'minutes' },
    secret: false,
    cli: {
      flag: true,
      meta: 'M',
      help: 'how long --wait follows the upload; decimals allowed',
    },
  },
  {
    name: 'poll-interval-seconds',
    kind: 'number',
    description: 'Seconds between status requests; never below 5.',
    required: false,
    default: '15',
    // min is the polling floor, which parseConfig applies (5 s, lower only for a loopback stand-in).
    range: { min: 5, max: 600, integer: false, unit: 'seconds' },
    secret: false,
    cli: {
      flag: true,
      meta: 'S',
      help: 'seconds between status requests with --wait, 5 to 600',
    },
  },
  {
    name: 'environment',
    kind: 'text',
    description: 'GitHub environment to record a GitHub Deployment in; empty turns it off.',
    required: false,
    default: '',
    secret: false,
    cli: undefined,
  },
  {
    name: 'environment-url',
    kind: 'url',
    description: "URL shown on the GitHub deployment (the game's page, say).",
    required: false,
    secret: false,
    cli: undefined,
  },
  {
    name: 'github-token',
    kind: 'secret',
    description: 'Token for the GitHub Deployments API; needs deployments write.',
    required: false,
    default: '${{ github.token }}',
    secret: true,
    cli: undefined,
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof TABLE)[number]['name'];

/** Every input, in action.yml's order. */
export const INPUTS: readonly (InputSpec & { name: InputName })[] = TABLE;

export const INPUT_NAMES: readonly InputName[] = INPUTS.map((input) => input.name);

/** The inputs as given; a value is undefined when not given at all, '' when given empty. */
export type RawInputs = Partial<Record<InputName, string>>;

/** The row of `name`. */
export function inputSpec(name: InputName): InputSpec {
  return INPUTS.find((input) => input.name === name) as InputSpec;
}
