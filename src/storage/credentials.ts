/**
 * The storage credentials as the user sees them: resolved through the SDK's provider chain,
 * named by where they came from (the AWS_* variables, a profile of the shared files, another
 * source), refused when they have already expired, and a warning when they expire before the
 * presigned URL would.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanServerText } from '../text.js';
import {
  type CredentialOrigin,
  ENV_CREDENTIALS,
  type NameOf,
  type StorageProblem,
} from './errors.js';

export type Identity = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
};

/** The variables and places the SDK's default provider chain looks in, for the "no credentials" message. */
const CREDENTIAL_SOURCES = [
  'AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN)',
  'AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN',
  'AWS_PROFILE and the shared files (~/.aws/credentials, ~/.aws/config, or AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE)',
  'container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI)',
  'EC2 instance metadata',
];

const NO_CREDENTIALS_HINT =
  'On GitHub, add aws-actions/configure-aws-credentials before this step (an OIDC role), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from repository secrets in env.';

/** The shared credentials and config files, as the SDK finds them (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE). */
function sharedFiles(env: Record<string, string | undefined>): {
  credentials: string;
  config: string;
} {
  const home = (file: string): string =>
    file.startsWith('~/') ? path.join(os.homedir(), file.slice(2)) : file;
  return {
    credentials: home(env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials'),
    config: home(env.AWS_CONFIG_FILE || '~/.aws/config'),
  };
}

/** "~/.aws/credentials and ~/.aws/config", or the files the variables name. */
function sharedFilesShown(env: Record<string, string | undefined>): string {
  return `${env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials'} and ${env.AWS_CONFIG_FILE || '~/.aws/config'}`;
}

/**
 * Whether profile `name` has a section in the shared files: `[name]` in the credentials file,
 * `[profile name]` (or `[default]`) in the config file. A file that cannot be read has none.
 */
async function profileExists(
  name: string,
  env: Record<string, string | undefined>,
): Promise<boolean> {
  const files = sharedFiles(env);
  const sections = async (file: string): Promise<string[]> => {
    try {
      const text = await fs.readFile(file, 'utf8');
      return [...text.matchAll(/^\s*\[([^\]\r\n]+)\]/gm)].map((m) => (m[1] ?? '').trim());
    } catch {
      return [];
    }
  };
  const inCredentials = await sections(files.credentials);
  const inConfig = await sections(files.config);
  return (
    inCredentials.includes(name) ||
    inConfig.some((s) => s.replace(/^profile\s+/, '') === name && (s !== name || s === 'default'))
  );
}

/** Why the chain found nothing, beyond "nothing": a half-set pair, a profile that does not exist. */
async function missingCredentials(
  err: unknown,
  env: Record<string, string | undefined>,
): Promise<StorageProblem> {
  const set = (name: string): boolean => !!env[name]?.trim();
  const profile = env.AWS_PROFILE?.trim();
  if (profile && !(await profileExists(profile, env))) {
    return {
      input: 'credentials',
      title: 'AWS profile not found',
      message: `AWS_PROFILE names the profile "${profile}", which is not in the shared files (${sharedFilesShown(env)}); with AWS_PROFILE set, the SDK reads that profile and not AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`,
      hint: `Set AWS_PROFILE to a profile of those files (\`aws configure list-profiles\` lists them), point AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE at the files that have it, or unset AWS_PROFILE to use the AWS_* variables.`,
    };
  }
  const notes: string[] = [];
  if (set('AWS_ACCESS_KEY_ID') !== set('AWS_SECRET_ACCESS_KEY')) {
    notes.push(
      set('AWS_ACCESS_KEY_ID')
        ? 'AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is empty.'
        : 'AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is empty.',
    );
  }
  if (set('AWS_WEB_IDENTITY_TOKEN_FILE') !== set('AWS_ROLE_ARN')) {
    notes.push('AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN must be set together.');
  }
  const reason = cleanServerText(String((err as Error)?.message ?? ''), 200);
  const generic = /could not load credentials from any providers/i.test(reason ?? '');
  return {
    input: 'credentials',
    title: 'No credentials found',
    message: [
      `Looked for storage credentials in: ${CREDENTIAL_SOURCES.join('; ')}, and found none.`,
      ...notes,
      ...(reason && !generic ? [`The SDK said: ${reason}`] : []),
    ].join(' '),
    hint: NO_CREDENTIALS_HINT,
  };
}

/**
 * The client's credentials through its provider chain, or undefined with the problem in
 * `problems`: which half of a pair is missing, a profile AWS_PROFILE names that does not exist,
 * else what the SDK said.
 */
export async function checkCredentials(
  client: S3Client,
  env: Record<string, string | undefined>,
  problems: StorageProblem[],
): Promise<Identity | undefined> {
  try {
    return await client.config.credentials();
  } catch (err) {
    problems.push(await missingCredentials(err, env));
    return undefined;
  }
}

/** Where credentials came from, for messages: their parts' names, and the expiry's source. */
export interface CredentialSource {
  origin: CredentialOrigin;
  /** Where the expiry was read: `AWS_CREDENTIAL_EXPIRATION`, `the profile "ci"`… */
  expiry: string;
}

/** What the SDK's providers record as the credentials' source (`$source`, its feature ids), first key. */
function sourceOf(identity: Identity): string | undefined {
  const recorded = (identity as { $source?: Record<string, unknown> }).$source;
  return recorded ? Object.keys(recorded)[0] : undefined;
}

/**
 * Where `identity` came from: the SDK's `$source` (CREDENTIALS_ENV_VARS, CREDENTIALS_PROFILE…),
 * else the keys given to validateStorage (`given`), else the AWS_* variables when the access key
 * is theirs. Names parts, never values.
 */
export function credentialSource(
  identity: Identity,
  env: Record<string, string | undefined>,
  given: boolean,
): CredentialSource {
  const source = sourceOf(identity);
  const fromEnv = source === 'CREDENTIALS_ENV_VARS';
  if (fromEnv || (!source && !given && identity.accessKeyId === env.AWS_ACCESS_KEY_ID?.trim())) {
    return { origin: ENV_CREDENTIALS, expiry: 'AWS_CREDENTIAL_EXPIRATION' };
  }
  if (source?.startsWith('CREDENTIALS_PROFILE')) {
    const name = env.AWS_PROFILE?.trim() || 'default';
    const profile = `the profile "${name}"${env.AWS_PROFILE?.trim() ? ' (AWS_PROFILE)' : ''}`;
    if (source === 'CREDENTIALS_PROFILE') {
      return {
        origin: {
          accessKey: `aws_access_key_id of ${profile}`,
          secretKey: `aws_secret_access_key of ${profile}`,
          sessionToken: `aws_session_token of ${profile}`,
          keys: `the keys of ${profile} in ${sharedFilesShown(env)}`,
        },
        expiry: profile,
      };
    }
    return sourced(`the credentials ${profile} gives`);
  }
  const where = source ? SOURCE_NAMES[source] : undefined;
  return sourced(where ?? (given ? 'the credentials given' : 'the credentials the SDK found'));
}

/** The SDK's credential feature ids (@aws-sdk/types feature-ids) as the user knows the source. */
const SOURCE_NAMES: Record<string, string> = {
  CREDENTIALS_CODE: 'the credentials given',
  CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN:
    'the web identity role (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN)',
  CREDENTIALS_HTTP:
    'the container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI)',
  CREDENTIALS_IMDS: 'the EC2 instance metadata',
  CREDENTIALS_PROCESS: 'the credential_process',
  CREDENTIALS_SSO: 'the SSO session',
  CREDENTIALS_SSO_LEGACY: 'the SSO session',
};

/** Credentials a provider issued: named by where they came from. */
function sourced(where: string): CredentialSource {
  return {
    origin: {
      accessKey: where,
      secretKey: `the secret key from ${where}`,
      sessionToken: `the session token from ${where}`,
      keys: where,
    },
    expiry: where,
  };
}

/** The longest session an IAM role allows (MaxSessionDuration), seconds. */
const MAX_ROLE_SESSION_SECONDS = 43_200;
/** What advice allows for the upload itself, on top of the presigned URL's lifetime. */
const UPLOAD_ALLOWANCE_SECONDS = 3_600;

/**
 * The session advice for a presigned URL of `presignSeconds`: role-duration-seconds of at least
 * presign-hours × 3600 plus the upload (an hour allowed for it), within a role's 12-hour maximum.
 */
export function sessionAdvice(presignSeconds: number, nameOf: NameOf): string {
  const needed = presignSeconds + UPLOAD_ALLOWANCE_SECONDS;
  const hours = Number((presignSeconds / 3600).toFixed(2));
  if (needed > MAX_ROLE_SESSION_SECONDS) {
    return `A role session lasts at most 12 h (43200 s), less than ${hours} h of presigned URL plus the upload: lower ${nameOf('presign-hours')} to 11 or less, or sign with long-lived keys that can only read the bucket.`;
  }
  return `Make the session last at least ${nameOf('presign-hours')} × 3600 s plus the upload: role-duration-seconds: ${needed} in aws-actions/configure-aws-credentials for ${hours} h and up to an hour of upload (the role's maximum session duration must allow it), or lower ${nameOf('presign-hours')}.`;
}

/**
 * The problem when the credentials have already expired: nothing signed with them would be
 * accepted. Names where the expiry was read.
 */
export function expiredProblem(
  identity: Identity | undefined,
  source: CredentialSource | undefined,
  now: Date,
): StorageProblem | undefined {
  if (!identity?.expiration || identity.expiration > now) return undefined;
  const minutes = Math.max(1, Math.round((now.getTime() - identity.expiration.getTime()) / 60_000));
  const ago = minutes < 120 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
  const where = source?.expiry ?? 'the credential provider';
  const said =
    where === 'AWS_CREDENTIAL_EXPIRATION'
      ? `AWS_CREDENTIAL_EXPIRATION says the credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN expired at ${identity.expiration.toISOString()} (${ago})`
      : `The credentials from ${where} expired at ${identity.expiration.toISOString()} (${ago})`;
  return {
    input: 'credentials',
    title: 'Credentials expired',
    message: `${said}: the storage server would refuse every request signed with them.`,
    hint: 'Refresh them: run aws-actions/configure-aws-credentials (or whatever sets them) in this job, shortly before this step, rather than reusing credentials from an earlier step or job.',
  };
}

/**
 * The warning when temporary credentials expire before a URL presigned now for
 * `presignSeconds` would: a SigV4 presigned URL stops working when the credentials that signed
 * it expire.
 */
export function expiryWarning(
  identity: Identity | undefined,
  presignSeconds: number | undefined,
  now: Date,
  nameOf: NameOf,
): string | undefined {
  if (presignSeconds === undefined || !identity?.expiration) return undefined;
  if (identity.expiration <= now) return undefined; // expiredProblem's
  const urlExpires = new Date(now.getTime() + presignSeconds * 1000);
  if (identity.expiration >= urlExpires) return undefined;
  return (
    `The credentials expire at ${identity.expiration.toISOString()}, before the presigned URL would (${urlExpires.toISOString()}): the URL stops working when they expire. ` +
    sessionAdvice(presignSeconds, nameOf)
  );
}
