export const id = 770;
export const ids = [770];
export const modules = {

/***/ 4770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StorageError: () => (/* reexport */ StorageError),
  UPLOAD_DEFAULTS: () => (/* binding */ UPLOAD_DEFAULTS),
  dryRun: () => (/* binding */ dryRun),
  parseS3Uri: () => (/* reexport */ parseS3Uri),
  presign: () => (/* binding */ presign),
  replacementNotice: () => (/* binding */ replacementNotice),
  uploadBuild: () => (/* binding */ uploadBuild),
  validateStorage: () => (/* binding */ validateStorage)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/s3-request-presigner/dist-cjs/index.js
var s3_request_presigner_dist_cjs = __webpack_require__(8505);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/storage/errors.ts
/**
 * Storage failures a person can act on: S3's error codes and network errors
 * turned into a title, a message in the user's terms and a hint. Messages
 * never carry a secret: they name variables, never their values.
 */


const defaultNameOf = (input) => input;
/** An expected failure: reported as one titled annotation, never with a stack trace. */
class StorageError extends Error {
    title;
    hint;
    input;
    code;
    httpStatus;
    multipart;
    constructor(title, message, 
    /** What to do about it. */
    hint, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.title = title;
        this.hint = hint;
        this.name = 'StorageError';
        this.input = details.input;
        this.code = details.code;
        this.httpStatus = details.httpStatus;
        this.multipart = details.multipart;
    }
}
/** The credentials of the AWS_* variables: what messages assume when nothing else is known. */
const ENV_CREDENTIALS = {
    accessKey: 'AWS_ACCESS_KEY_ID',
    secretKey: 'AWS_SECRET_ACCESS_KEY',
    sessionToken: 'AWS_SESSION_TOKEN',
    keys: 'AWS_ACCESS_KEY_ID (and AWS_SECRET_ACCESS_KEY)',
};
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'ECONNABORTED',
    'EPROTO',
]);
/**
 * Whether a Node error code is a network or TLS failure: NETWORK_CODES, and every code of the
 * TLS layer (ERR_TLS_*, ERR_SSL_*, the certificate codes) and of the HTTP parser (HPE_*), as
 * http.ts `classify` reads them.
 */
function isNetworkCode(code) {
    return NETWORK_CODES.has(code) || /^(ERR_TLS_|ERR_SSL_|HPE_)|CERT/.test(code);
}
/** The tunnel failure somewhere in the SDK's error chain (it may wrap the request's error), as http.ts words it. */
function proxyRefusalOf(err, proxy) {
    for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        if (e instanceof Error) {
            const refused = (0,http/* tunnelFailure */.Pw)(e, proxy);
            if (refused)
                return refused;
        }
        e = e.cause;
    }
    return undefined;
}
/** The Node system code of an error or of one of its causes (the SDK wraps them). */
function systemCode(err) {
    for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string' && isNetworkCode(code))
            return code;
        const inner = e.errors; // AggregateError from happy-eyeballs
        if (Array.isArray(inner) && inner.length > 0) {
            const found = systemCode(inner[0]);
            if (found)
                return found;
        }
        // The SDK's retry wrapper can flatten a system error to text ("AWS SDK error wrapper for Error: connect ECONNREFUSED …").
        const text = e.message;
        const named = typeof text === 'string' ? /\b([A-Z][A-Z_]{4,})\b/.exec(text)?.[1] : undefined;
        if (named && isNetworkCode(named))
            return named;
        e = e.cause;
    }
    return undefined;
}
/** S3's error code and status from an SDK error (`S3ServiceException`: `name` is the code). */
function s3ErrorOf(err) {
    if (!err || typeof err !== 'object')
        return {};
    const meta = err.$metadata;
    const httpStatus = meta?.httpStatusCode;
    const fault = err.$fault;
    const name = err.name;
    const raw = err.Code ?? (fault || httpStatus ? name : undefined);
    // The server's words: a code is shown only if it is shaped like one.
    const code = raw && /^[A-Za-z0-9._-]{1,64}$/.test(raw) ? raw : undefined;
    return { code, httpStatus };
}
/** "The proxy … refused the tunnel" (http.ts words it), while `ctx.action`. */
function proxyUnreachable(refused, err, ctx) {
    return new StorageError('Storage unreachable through the proxy', `${refused.message} while ${ctx.action}.`, http/* PROXY_HINT */.Lx, { code: refused.code, cause: err });
}
/** What went wrong with the connection, by Node system code: "refused the connection"… */
function networkFailure(net) {
    if (net === 'ECONNREFUSED')
        return 'refused the connection';
    if (net === 'ENOTFOUND' || net === 'EAI_AGAIN')
        return 'could not be resolved (DNS)';
    if (net.includes('CERT'))
        return 'presented a TLS certificate that was not trusted';
    // OpenSSL's "wrong version number": https to a port that speaks plain http, or the reverse.
    if (net === 'EPROTO' || net.startsWith('ERR_SSL_') || net.startsWith('ERR_TLS_'))
        return 'did not complete the TLS handshake (https to an http port, or the reverse)';
    return `failed at the network level (${net})`;
}
/**
 * The endpoint (or Amazon S3), and the proxy when there is one, could not be reached: about
 * s3-endpoint when one is set, since that is what to check.
 */
function storageUnreachable(net, err, ctx) {
    const nameOf = ctx.nameOf ?? defaultNameOf;
    const where = `${ctx.endpoint ?? 'Amazon S3'}${ctx.proxy ? ` (through the proxy ${ctx.proxy.url} from ${ctx.proxy.variable})` : ''}`;
    const endpointHint = ctx.endpoint
        ? `Check ${nameOf('s3-endpoint')} (${ctx.endpoint}): the host, the port and http vs https, and that the server is reachable from this runner.`
        : 'Check the runner can reach Amazon S3 (a proxy, a firewall, DNS).';
    return new StorageError('Storage unreachable', `${where} ${networkFailure(net)} while ${ctx.action}.`, endpointHint, { input: ctx.endpoint ? 's3-endpoint' : undefined, code: net, cause: err });
}
/**
 * The SDK's words for a request that got no answer in time (@smithy/node-http-handler: its
 * connection timeout, its socket inactivity timeout, a request timeout; older releases said
 * "Connection timed out after …" and "Socket timed out without establishing a connection…").
 */
const TIMEOUT_TEXT = /did not establish a connection|timed out after|of inactivity|exceeded the configured|Connection timed out|Socket timed out/i;
/**
 * Whether `err` (or one of its causes) is a timeout: the SDK's `TimeoutError` (its handler also
 * gives that name to ECONNRESET, ECONNREFUSED and EPIPE: those are told apart first, by their
 * system code), its words, or ETIMEDOUT.
 */
function isTimeout(err) {
    // An HTTP answer came: S3's own error, whatever its words.
    if (s3ErrorOf(err).httpStatus)
        return false;
    for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        const { name, message, code } = e;
        if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'TimeoutError')
            return true;
        if (typeof message === 'string' && TIMEOUT_TEXT.test(message))
            return true;
        e = e.cause;
    }
    return false;
}
/** How many attempts the SDK made (its retry middleware sets `$metadata.attempts`), if it says. */
function attemptsOf(err) {
    const attempts = err?.$metadata?.attempts;
    return typeof attempts === 'number' && attempts > 1 ? attempts : undefined;
}
/** `ms` as seconds for a message: "30 s", "0.5 s". */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}
/**
 * The endpoint (or Amazon S3), through the proxy when there is one, accepted no connection or
 * answered nothing within the timeout (timeout-seconds), on every attempt.
 */
function storageNotAnswering(err, ctx) {
    const nameOf = ctx.nameOf ?? defaultNameOf;
    const where = `${ctx.endpoint ?? 'Amazon S3'}${ctx.proxy ? ` (through the proxy ${ctx.proxy.url} from ${ctx.proxy.variable})` : ''}`;
    const limit = ctx.timeoutMs
        ? ` within ${seconds(ctx.timeoutMs)}`
        : (() => {
            const ms = /(\d+) ?ms/.exec(err instanceof Error ? err.message : '')?.[1];
            return ms ? ` within ${seconds(Number(ms))}` : ' in time';
        })();
    const attempts = attemptsOf(err);
    const tries = attempts ? ` (${attempts} attempts)` : '';
    const check = ctx.endpoint
        ? `Check ${nameOf('s3-endpoint')} (${ctx.endpoint}) is the service's S3 API address and port, not a web console or another service, and that the server is up`
        : 'Check the runner can reach Amazon S3 (a firewall that drops connections, a proxy that needs https_proxy)';
    const proxy = ctx.proxy
        ? `; check the proxy ${ctx.proxy.url} (${ctx.proxy.variable}) passes the connection on, or add the host to no_proxy`
        : '';
    return new StorageError('Storage not answering', `${where} gave no answer${limit} while ${ctx.action}${tries}.`, `${check}${proxy}. ${nameOf('timeout-seconds')} sets how long each request may wait for a connection or for the next byte.`, {
        input: ctx.endpoint ? 's3-endpoint' : undefined,
        cause: err,
    });
}
/**
 * S3's error codes a person can act on, in the order they are looked up; see "Error responses"
 * in the Amazon S3 API reference. `NotFound` and `Forbidden` are a body-less HEAD answer's.
 */
const S3_ADVICE = [
    {
        codes: ['InvalidAccessKeyId'],
        advice: ({ status, ctx, keys }) => ({
            title: 'Access key not recognised',
            message: `The storage server does not know the access key in ${keys.accessKey}${status} while ${ctx.action}.`,
            hint: `Check ${keys.keys} belong to this account and, with an endpoint, to that service rather than to AWS.`,
            input: 'credentials',
        }),
    },
    {
        codes: ['SignatureDoesNotMatch'],
        advice: ({ status, ctx, nameOf, keys }) => ({
            title: 'Secret key does not match',
            message: `The request signature was rejected${status} while ${ctx.action}: ${keys.secretKey} does not match ${keys.accessKey}.`,
            hint: `Check ${keys.secretKey} (a stray space or newline in the secret is common). With ${nameOf('s3-endpoint')}, also check ${nameOf('s3-region')} is what the server expects.`,
            input: 'credentials',
        }),
    },
    {
        codes: ['ExpiredToken', 'TokenRefreshRequired'],
        advice: ({ status, ctx, nameOf, keys }) => ({
            title: 'Session expired',
            message: `The temporary credentials (${keys.sessionToken}) expired${status} while ${ctx.action}.`,
            hint: `Request a session that outlasts the upload and the presigned URL: role-duration-seconds in aws-actions/configure-aws-credentials of at least ${nameOf('presign-hours')} × 3600 plus the upload's duration (25200 for the default 6 h and an hour of upload), within the role's maximum session duration; or configure credentials just before this step.`,
            input: 'credentials',
        }),
    },
    {
        codes: ['InvalidToken'],
        advice: ({ status, ctx, keys }) => ({
            title: 'Session token rejected',
            message: `The storage server rejected ${keys.sessionToken}${status} while ${ctx.action}.`,
            hint: `Unset ${keys.sessionToken} when using long-lived keys, or set it together with the temporary key pair it was issued with.`,
            input: 'credentials',
        }),
    },
    {
        codes: ['NoSuchBucket', 'NotFound'],
        advice: ({ status, ctx, nameOf }) => ({
            title: 'Bucket not found',
            message: `The bucket "${ctx.bucket}" does not exist${status} while ${ctx.action}.`,
            hint: `Check the bucket name in ${nameOf('s3-uri')}${ctx.endpoint ? ` and that ${nameOf('s3-endpoint')} is the right service` : ''}; create the bucket first if needed.`,
            input: 's3-uri',
        }),
    },
    {
        codes: ['AccessDenied', 'Forbidden', 'AllAccessDisabled'],
        advice: ({ status, ctx }) => ({
            title: 'Access denied',
            message: `The credentials are not allowed to write to bucket "${ctx.bucket}"${status} while ${ctx.action}.`,
            hint: `The IAM policy needs s3:PutObject and s3:AbortMultipartUpload on arn:aws:s3:::${ctx.bucket}/* (and s3:GetObject for the presigned URL to work); check bucket policies and KMS key permissions too.`,
            input: 'credentials',
        }),
    },
    {
        codes: [
            'PermanentRedirect',
            'AuthorizationHeaderMalformed',
            'IllegalLocationConstraintException',
        ],
        advice: ({ status, ctx, nameOf }) => ({
            title: 'Wrong region',
            message: `The bucket "${ctx.bucket}" is in another region${status} while ${ctx.action}.`,
            hint: `Set ${nameOf('s3-region')} to the bucket’s region (the S3 console shows it).`,
            input: 's3-region',
        }),
    },
    {
        codes: ['EntityTooLarge'],
        advice: ({ status, ctx }) => ({
            title: 'Build too large',
            message: `The storage server refused the object as too large${status} while ${ctx.action}.`,
            hint: 'S3 objects are limited to 5 TiB; some S3-compatible services set a lower limit.',
            input: 'path',
        }),
    },
    {
        codes: ['SlowDown', 'ServiceUnavailable', 'InternalError'],
        advice: ({ status, ctx }) => ({
            title: 'Storage server busy',
            message: `The storage server kept failing${status} while ${ctx.action}, after retries.`,
            hint: 'Re-run the job later; if it persists, check the service’s status page.',
        }),
    },
];
/**
 * An S3 error answer as a StorageError: the advice for its code (S3_ADVICE), else "Storage
 * request failed" with the server's text on one line.
 */
function s3Failure(err, ctx) {
    const { code, httpStatus } = s3ErrorOf(err);
    const details = { code, httpStatus, cause: err };
    const status = httpStatus ? ` (HTTP ${httpStatus}${code ? ` ${code}` : ''})` : '';
    const known = S3_ADVICE.find((entry) => code !== undefined && entry.codes.includes(code));
    if (known) {
        const advice = known.advice({
            status,
            ctx,
            nameOf: ctx.nameOf ?? defaultNameOf,
            keys: ctx.credentials ?? ENV_CREDENTIALS,
        });
        return new StorageError(advice.title, advice.message, advice.hint, {
            ...details,
            input: advice.input,
        });
    }
    const text = err instanceof Error ? err.message : String(err);
    return new StorageError('Storage request failed', `${ctx.action[0]?.toUpperCase()}${ctx.action.slice(1)} failed${status}: ${(0,src_text/* cleanServerText */.Ct)(text)}`, 'Re-run the job; if it fails the same way, check the bucket and the credentials’ permissions.', details);
}
/**
 * Turns whatever the SDK threw into a StorageError (a StorageError is returned as it is), read
 * in this order: a proxy that refused the tunnel, a network failure anywhere in the error's
 * causes (Node's system codes, NETWORK_CODES; ETIMEDOUT counts as a timeout), a timeout (no
 * connection or no answer within timeout-seconds: isTimeout), S3's error answer (its codes:
 * S3_ADVICE). Messages name variables, never their values.
 */
function toStorageError(err, ctx) {
    if (err instanceof StorageError)
        return err;
    const refused = ctx.proxy ? proxyRefusalOf(err, ctx.proxy) : undefined;
    if (refused)
        return proxyUnreachable(refused, err, ctx);
    const net = systemCode(err);
    if (net && net !== 'ETIMEDOUT')
        return storageUnreachable(net, err, ctx);
    if (isTimeout(err))
        return storageNotAnswering(err, ctx);
    if (net)
        return storageUnreachable(net, err, ctx);
    return s3Failure(err, ctx);
}
/** The sentence and hint when a multipart upload was left behind. */
function leftoverAdvice(bucket, key, uploadId) {
    return (`The incomplete multipart upload could not be aborted: its parts still take space. ` +
        `Remove it with \`aws s3api abort-multipart-upload --bucket ${bucket} --key ${key} --upload-id ${uploadId}\`, ` +
        'and add a lifecycle rule with AbortIncompleteMultipartUpload (DaysAfterInitiation: 1) to the bucket so leftovers are removed automatically.');
}

;// CONCATENATED MODULE: ./src/storage/credentials.ts





/** The variables and places the SDK's default provider chain looks in, for the "no credentials" message. */
const CREDENTIAL_SOURCES = [
    'AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN)',
    'AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN',
    'AWS_PROFILE and the shared files (~/.aws/credentials, ~/.aws/config, or AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE)',
    'container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI)',
    'EC2 instance metadata',
];
const NO_CREDENTIALS_HINT = 'On GitHub, add aws-actions/configure-aws-credentials before this step (an OIDC role), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from repository secrets in env.';
/** The shared credentials and config files, as the SDK finds them (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE). */
function sharedFiles(env) {
    const home = (file) => file.startsWith('~/') ? external_node_path_default().join(external_node_os_default().homedir(), file.slice(2)) : file;
    return {
        credentials: home(env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials'),
        config: home(env.AWS_CONFIG_FILE || '~/.aws/config'),
    };
}
/** "~/.aws/credentials and ~/.aws/config", or the files the variables name. */
function sharedFilesShown(env) {
    return `${env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials'} and ${env.AWS_CONFIG_FILE || '~/.aws/config'}`;
}
/**
 * Whether profile `name` has a section in the shared files: `[name]` in the credentials file,
 * `[profile name]` (or `[default]`) in the config file. A file that cannot be read has none.
 */
async function profileExists(name, env) {
    const files = sharedFiles(env);
    const sections = async (file) => {
        try {
            const text = await external_node_fs_.promises.readFile(file, 'utf8');
            return [...text.matchAll(/^\s*\[([^\]\r\n]+)\]/gm)].map((m) => (m[1] ?? '').trim());
        }
        catch {
            return [];
        }
    };
    const inCredentials = await sections(files.credentials);
    const inConfig = await sections(files.config);
    return (inCredentials.includes(name) ||
        inConfig.some((s) => s.replace(/^profile\s+/, '') === name && (s !== name || s === 'default')));
}
/** Why the chain found nothing, beyond "nothing": a half-set pair, a profile that does not exist. */
async function missingCredentials(err, env) {
    const set = (name) => !!env[name]?.trim();
    const profile = env.AWS_PROFILE?.trim();
    if (profile && !(await profileExists(profile, env))) {
        return {
            input: 'credentials',
            title: 'AWS profile not found',
            message: `AWS_PROFILE names the profile "${profile}", which is not in the shared files (${sharedFilesShown(env)}); with AWS_PROFILE set, the SDK reads that profile and not AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`,
            hint: `Set AWS_PROFILE to a profile of those files (\`aws configure list-profiles\` lists them), point AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE at the files that have it, or unset AWS_PROFILE to use the AWS_* variables.`,
        };
    }
    const notes = [];
    if (set('AWS_ACCESS_KEY_ID') !== set('AWS_SECRET_ACCESS_KEY')) {
        notes.push(set('AWS_ACCESS_KEY_ID')
            ? 'AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is empty.'
            : 'AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is empty.');
    }
    if (set('AWS_WEB_IDENTITY_TOKEN_FILE') !== set('AWS_ROLE_ARN')) {
        notes.push('AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN must be set together.');
    }
    const reason = (0,src_text/* cleanServerText */.Ct)(String(err?.message ?? ''), 200);
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
async function checkCredentials(client, env, problems) {
    try {
        return await client.config.credentials();
    }
    catch (err) {
        problems.push(await missingCredentials(err, env));
        return undefined;
    }
}
/** What the SDK's providers record as the credentials' source (`$source`, its feature ids), first key. */
function sourceOf(identity) {
    const recorded = identity.$source;
    return recorded ? Object.keys(recorded)[0] : undefined;
}
/**
 * Where `identity` came from: the SDK's `$source` (CREDENTIALS_ENV_VARS, CREDENTIALS_PROFILE…),
 * else the keys given to validateStorage (`given`), else the AWS_* variables when the access key
 * is theirs. Names parts, never values.
 */
function credentialSource(identity, env, given) {
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
const SOURCE_NAMES = {
    CREDENTIALS_CODE: 'the credentials given',
    CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN: 'the web identity role (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN)',
    CREDENTIALS_HTTP: 'the container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI)',
    CREDENTIALS_IMDS: 'the EC2 instance metadata',
    CREDENTIALS_PROCESS: 'the credential_process',
    CREDENTIALS_SSO: 'the SSO session',
    CREDENTIALS_SSO_LEGACY: 'the SSO session',
};
/** Credentials a provider issued: named by where they came from. */
function sourced(where) {
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
function sessionAdvice(presignSeconds, nameOf) {
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
function expiredProblem(identity, source, now) {
    if (!identity?.expiration || identity.expiration > now)
        return undefined;
    const minutes = Math.max(1, Math.round((now.getTime() - identity.expiration.getTime()) / 60_000));
    const ago = minutes < 120 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
    const where = source?.expiry ?? 'the credential provider';
    const said = where === 'AWS_CREDENTIAL_EXPIRATION'
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
function expiryWarning(identity, presignSeconds, now, nameOf) {
    if (presignSeconds === undefined || !identity?.expiration)
        return undefined;
    if (identity.expiration <= now)
        return undefined; // expiredProblem's
    const urlExpires = new Date(now.getTime() + presignSeconds * 1000);
    if (identity.expiration >= urlExpires)
        return undefined;
    return (`The credentials expire at ${identity.expiration.toISOString()}, before the presigned URL would (${urlExpires.toISOString()}): the URL stops working when they expire. ` +
        sessionAdvice(presignSeconds, nameOf));
}

// EXTERNAL MODULE: ./src/artifact/rules.ts
var rules = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/artifact/zip.ts
var zip = __webpack_require__(7701);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(3044);
;// CONCATENATED MODULE: ./src/storage/zip-stream.ts
/**
 * A build folder as a zip stream: listed once, in a stable order, and zipped
 * by yazl as it is read, with no temporary file.
 *
 * Why yazl rather than archiver: yazl is one small file with one dependency
 * (buffer-crc32), writes a zip straight to a stream, switches to Zip64 by
 * itself, and lets each entry choose stored or deflate. archiver brings a
 * dozen packages (zip-stream, compress-commons, readable-stream, glob, lodash
 * parts…) for formats we do not need.
 *
 * Zip64: yazl writes the Zip64 data descriptor, extra field and end records
 * when an entry's size or offset exceeds 0xfffffffe, or there are ≥ 65535
 * entries (node_modules/yazl/index.js, `Entry.prototype.useZip64Format` and
 * `getEndOfCentralDirectoryRecord`), so `forceZip64Format` is not needed.
 */




/**
 * Extensions whose content is already compressed (or is a container that
 * compresses itself): deflating them costs CPU and saves next to nothing.
 * `.pak` is stored even when its entries are not compressed: UE reads it by
 * offset, and Streampixel's unpack only has to copy it.
 */
const STORED_EXTENSIONS = new Set([
    // Unreal Engine containers and media
    '.pak',
    '.ucas',
    '.utoc',
    '.sig',
    '.bk2',
    '.bnk',
    '.wem',
    // video / audio
    '.mp4',
    '.m4v',
    '.mov',
    '.webm',
    '.mkv',
    '.mp3',
    '.ogg',
    '.opus',
    '.m4a',
    '.aac',
    '.flac',
    // images
    '.png',
    '.jpg',
    '.jpeg',
    '.webp',
    '.gif',
    '.ktx2',
    // archives
    '.zip',
    '.7z',
    '.gz',
    '.tgz',
    '.bz2',
    '.xz',
    '.zst',
    '.rar',
    '.cab',
]);
/** Whether a name is stored (method 0) rather than deflated (method 8). */
function isStored(name) {
    return STORED_EXTENSIONS.has(external_node_path_default().posix.extname(name).toLowerCase());
}
/**
 * A path's name inside the zip: relative to `root`, with `\` turned into `/`
 * (zip names always use `/`, APPNOTE 4.4.17). `pathApi` is `path.win32` for
 * Windows paths, including long `\\?\C:\…` ones.
 */
function zipEntryName(root, file, pathApi = (external_node_path_default())) {
    const rel = pathApi.relative(root, file);
    if (!rel || rel.startsWith('..') || pathApi.isAbsolute(rel)) {
        throw new Error(`${file} is not inside ${root}`);
    }
    return rel.split(pathApi.sep).join('/').replaceAll('\\', '/');
}
/** Byte-wise order of UTF-8 names: the same on every OS and locale. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Lists a build folder. Symlinks: a link to a file is followed (archived as a
 * regular file with the target's content: UE builds do not rely on links, and
 * a CI cache linked in should still ship); a link to a folder is skipped
 * (cycles, and trees outside the build), as is a broken link, each noted in
 * `skipped`. Empty folders get an entry of their own; others are implied by
 * their files' names. Entries and exes are in compareNames order; rejects when
 * a folder cannot be read.
 */
async function listBuild(root) {
    const listing = { entries: [], totalBytes: 0, files: 0, exes: [], skipped: [] };
    await walkFolder(root, root, listing);
    listing.entries.sort((a, b) => compareNames(a.name, b.name));
    listing.exes.sort(compareNames);
    return listing;
}
/**
 * Adds what folder `dir` holds to `listing`, folders depth first, in compareNames order; `dir`
 * itself as an empty folder's entry when nothing in it was kept (the build folder never).
 */
async function walkFolder(root, dir, listing) {
    const names = (await external_node_fs_.promises.readdir(dir)).sort(compareNames);
    let children = 0;
    for (const child of names) {
        const abs = external_node_path_default().join(dir, child);
        const name = zipEntryName(root, abs);
        const stat = await statFollowingLink(abs, name, listing.skipped);
        if (!stat)
            continue;
        if (stat.isDirectory()) {
            children++;
            await walkFolder(root, abs, listing);
        }
        else if (stat.isFile()) {
            children++;
            addFile(listing, { name, absPath: abs, stat });
        }
        else {
            listing.skipped.push(`${name}: not a regular file`);
        }
    }
    if (children === 0 && dir !== root) {
        listing.entries.push({
            name: `${zipEntryName(root, dir)}/`,
            absPath: dir,
            kind: 'dir',
            size: 0,
            executable: true,
        });
    }
}
/**
 * What is at `abs` (`name` in the zip), a symbolic link followed to its file; undefined for a
 * broken link or a link to anything else (a folder), noted in `skipped`.
 */
async function statFollowingLink(abs, name, skipped) {
    const stat = await external_node_fs_.promises.lstat(abs);
    if (!stat.isSymbolicLink())
        return stat;
    let target;
    try {
        target = await external_node_fs_.promises.stat(abs);
    }
    catch {
        skipped.push(`${name}: a broken symbolic link`);
        return undefined;
    }
    if (!target.isFile()) {
        skipped.push(`${name}: a symbolic link to a folder (links are followed to files only)`);
        return undefined;
    }
    return target;
}
/** A regular file into `listing`: its entry, its bytes in the totals, its name among the exes. */
function addFile(listing, file) {
    const { name, absPath, stat } = file;
    listing.files++;
    listing.totalBytes += stat.size;
    if (/\.exe$/i.test(name))
        listing.exes.push(name);
    listing.entries.push({
        name,
        absPath,
        kind: 'file',
        size: stat.size,
        executable: (stat.mode & 0o111) !== 0,
    });
}
/**
 * Every entry's timestamp. A fixed date makes the zip reproducible (the same
 * build gives the same bytes, so a size or checksum says whether anything
 * changed), and a fresh packaging run's mtimes say nothing anyway: they are
 * all "now". 1980-01-01 00:00 is the DOS epoch, built in local time because
 * the DOS fields are local: this way they read 1980-01-01 00:00 in any time
 * zone, and `forceDosTimestamp` leaves out the UTC extra field that would not.
 */
const ZIP_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/**
 * Zips `entries` (already in order) into a stream. The stream errors (and
 * stops reading files) when a file cannot be read or changed size while
 * being read. Memory: yazl reads one file at a time; buffers are the file
 * stream's 64 KiB, zlib's window and the output's 16 KiB high-water mark,
 * well under 1 MiB; back-pressure from the consumer pauses the reads.
 */
function zipStream(entries) {
    const zip = new yazl/* ZipFile */.u();
    const out = new external_node_stream_.PassThrough();
    let reading;
    const fail = (err) => {
        if (!out.destroyed)
            out.destroy(err);
    };
    zip.on('error', fail);
    zip.outputStream.pipe(out);
    // The consumer gave up (or failed): stop reading files.
    out.on('close', () => {
        zip.outputStream.unpipe(out);
        reading?.destroy();
    });
    for (const entry of entries) {
        const mode = entry.kind === 'dir' ? 0o40755 : entry.executable ? 0o100755 : 0o100644;
        const options = { mtime: ZIP_MTIME, mode, forceDosTimestamp: true };
        if (entry.kind === 'dir') {
            zip.addEmptyDirectory(entry.name, options);
            continue;
        }
        const compress = !isStored(entry.name);
        // addReadStreamLazy opens each file only when its turn comes; `size`
        // makes yazl fail if the file changed size since it was listed.
        zip.addReadStreamLazy(entry.name, { ...options, compress, size: entry.size }, (cb) => {
            if (out.destroyed)
                return;
            reading = (0,external_node_fs_.createReadStream)(entry.absPath);
            // yazl does not listen for read errors on streams it is given.
            reading.on('error', fail);
            cb(null, reading);
        });
    }
    zip.end();
    return out;
}

;// CONCATENATED MODULE: ./src/storage/inspect.ts
/**
 * The build at `path` judged before anything is uploaded, by the archive inspection's own rules
 * (src/artifact/rules.ts `judgeListing`, as src/artifact/check.ts applies them to a URL): a
 * folder through the listing its zip will have (the folder walk, listBuild), a `.zip` through
 * its central directory read from the file (src/artifact/zip.ts `readZipListing`, over a reader
 * of the local file). Errors (no game .exe, the Unreal project, an incomplete or encrypted zip)
 * become validation problems about `path`, warnings stay warnings, in `path`'s words.
 */





/**
 * The listing the zip of a folder will have: yazl writes one entry per file and per empty
 * folder (zipStream), stored or deflated by extension (isStored), never encrypted, names with
 * `/`. A deflated entry's compressed size is not known before zipping: its own size stands in.
 */
function listingOfFolder(listing) {
    const entries = listing.entries.map((e) => ({
        name: e.name,
        compressedSize: e.size,
        uncompressedSize: e.size,
        method: e.kind === 'dir' || isStored(e.name) ? 0 : 8,
        encrypted: false,
        isDirectory: e.kind === 'dir',
        localHeaderOffset: 0,
        nameHasBackslash: false,
    }));
    return {
        entries,
        zip64: false,
        centralDirectoryOffset: 0,
        centralDirectorySize: 0,
        trailingBytes: 0,
        comment: '',
        requests: 0,
        bytesRead: 0,
    };
}
/** Judges a folder's listing (its size: the sum of its files, about the zip's). */
function judgeFolder(listing, p, nameOf) {
    return verdictOf((0,rules/* judgeListing */.ei)(listingOfFolder(listing), listing.totalBytes), 'folder', p, nameOf);
}
/** A RangeReader over the open file `handle` of `size` bytes: what zip.ts reads a zip through. */
function fileReader(handle, size) {
    return {
        size,
        async read(start, endInclusive) {
            const length = Math.max(0, Math.min(endInclusive, size - 1) - start + 1);
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await handle.read(buffer, 0, length, start);
            return buffer.subarray(0, bytesRead);
        },
    };
}
/**
 * Judges the `.zip` at `p` (`size` bytes, starting with `head`, its first bytes in hex) by its
 * central directory, read from the file: a zip that cannot be listed is an error (cut short,
 * not well-formed, a damaged directory), one too large to list a warning. Rejects when the file
 * cannot be read.
 */
async function judgeZip(p, size, head, nameOf) {
    const handle = await external_node_fs_.promises.open(p);
    let listing;
    try {
        listing = await (0,zip/* readZipListing */.Yl)(fileReader(handle, size));
    }
    catch (err) {
        if (!(err instanceof zip/* ZipFormatError */.PA))
            throw err;
        const finding = formatFinding(err, head);
        // Too many entries to list: not inspected, a warning, as for a URL.
        const found = err.kind === 'too-large'
            ? { errors: [], warnings: [finding] }
            : { errors: [finding], warnings: [] };
        return verdictOf(found, 'zip', p, nameOf);
    }
    finally {
        await handle.close();
    }
    return verdictOf((0,rules/* judgeListing */.ei)(listing, size), 'zip', p, nameOf);
}
/** A zip that could not be listed; one that starts as a zip but has no end record was cut short. */
function formatFinding(err, head) {
    const finding = (0,rules/* findingForFormatError */.iY)(err);
    if (err.kind !== 'no-end-record' || head !== '504b0304')
        return finding;
    return {
        ...finding,
        code: 'zip-truncated',
        message: 'The file starts as a zip (a local file header) but its end has no end of central directory record: it was cut short, while zipping or copying. Streampixel would reject it as a corrupt archive.',
    };
}
/**
 * What to do about each finding when the build is at `path`, where rules.ts (written for
 * file-url) would say something about an upload the user did not make.
 */
function pathHint(code, kind, nameOf) {
    const path = nameOf('path');
    const asFolder = `or set ${path} to the build folder itself (the one holding <Project>.exe): it is zipped for you`;
    switch (code) {
        case 'no-executable':
            return kind === 'folder'
                ? `Package the project for Windows (Platforms > Windows > Package Project) and set ${path} to the whole output folder: the one holding <Project>.exe, <Project>/ and Engine/ (e.g. Saved/StagedBuilds/Windows).`
                : `Package the project for Windows (Platforms > Windows > Package Project) and zip the whole output folder (the one holding <Project>.exe, <Project>/ and Engine/), ${asFolder}.`;
        case 'project-not-build':
            return kind === 'folder'
                ? `Package the project first (Platforms > Windows > Package Project, or RunUAT BuildCookRun -platform=Win64 -cook -stage -package -archive) and set ${path} to the output Windows folder, the one holding the game .exe (e.g. Saved/StagedBuilds/Windows).`
                : `Package the project first (Platforms > Windows > Package Project, or RunUAT BuildCookRun -platform=Win64 -cook -stage -package -archive) and zip the output Windows folder, ${asFolder}.`;
        case 'zip-truncated':
        case 'zip-no-end-record':
            return `Zip the build again and check that the zipping (or the copy of the .zip to this runner) finished: the file is smaller than the zip that was made; ${asFolder}.`;
        case 'zip-inconsistent':
        case 'zip-bad-central-directory':
            return `Create the zip again in one go with a standard tool (tar -a, 7-Zip, Info-ZIP zip): not split into parts, nothing added before or after it, and not a zip inside a zip; ${asFolder}.`;
        case 'encrypted-entries':
            return `Create the zip without a password (no -P or -e with zip, no -p with 7z, an empty password field in 7-Zip or WinRAR), ${asFolder}.`;
        default:
            return undefined;
    }
}
/** A finding's message about a folder: rules.ts speaks of "the zip" it reads. */
function folderWords(message) {
    return message
        .replace(/\bthe zip's\b/g, "the folder's")
        .replace(/\bThe zip holds\b/g, 'The folder holds')
        .replace(/\bThe zip is\b/g, 'The folder holds');
}
/** A finding in `path`'s words: its title names `path`, its message the build, its hint what to do here. */
function inPathTerms(finding, kind, p, nameOf) {
    const path = nameOf('path');
    // Entry names are the archive's text (or file names): cleaned, as the URL check cleans them.
    const said = (0,src_text/* cleanServerText */.Ct)(finding.message, 2000);
    return {
        code: finding.code,
        title: finding.title.replace(/^file-url\b/, path),
        message: `${(0,src_text/* cleanServerText */.Ct)(p, 300)}: ${kind === 'folder' ? folderWords(said) : said}`,
        hint: pathHint(finding.code, kind, nameOf) ??
            finding.hint.replace(/(?<![\w-])file-url(?![\w-])/g, path),
    };
}
function verdictOf(verdict, kind, p, nameOf) {
    return {
        errors: verdict.errors.map((f) => inPathTerms(f, kind, p, nameOf)),
        warnings: verdict.warnings
            .map((f) => inPathTerms(f, kind, p, nameOf))
            .map((f) => `${f.title}: ${f.message} ${f.hint}`),
    };
}

;// CONCATENATED MODULE: ./src/storage/s3-uri.ts
/**
 * Where the build goes: the `s3-uri` grammar, the object key's name, the
 * region and the presigned URL's lifetime. Pure functions, no I/O.
 */

const EXAMPLE = 's3://my-bucket/builds/ or s3://my-bucket/builds/game.zip';
/**
 * S3's bucket naming rules (Amazon S3 User Guide, "General purpose bucket
 * naming rules"): 3–63 characters; lowercase letters, digits, dots and
 * hyphens; starts and ends with a letter or digit; not an IP address.
 */
function bucketNameProblem(bucket) {
    if (bucket.length < 3 || bucket.length > 63)
        return 'must be 3 to 63 characters long';
    if (/[A-Z]/.test(bucket))
        return 'must be lowercase (S3 bucket names cannot contain capitals)';
    if (!/^[a-z0-9.-]+$/.test(bucket))
        return 'may only contain lowercase letters, digits, dots and hyphens';
    if (!/^[a-z0-9].*[a-z0-9]$/.test(bucket))
        return 'must start and end with a letter or a digit';
    if (bucket.includes('..'))
        return 'cannot contain two dots in a row';
    if (/^\d+\.\d+\.\d+\.\d+$/.test(bucket))
        return 'cannot look like an IP address';
    return undefined;
}
/**
 * Parses `s3-uri`. Accepts `s3://bucket`, `s3://bucket/`, `s3://bucket/prefix/`
 * and `s3://bucket/key.zip`; the key is taken literally (no percent-decoding,
 * like the AWS CLI). Rejects other schemes (an `https://` console or object URL
 * is the usual mistake), a missing bucket, a key that is neither a folder
 * (`/` at the end) nor a `.zip`, and bucket names S3 does not allow.
 */
function parseS3Uri(uri) {
    const text = uri.trim();
    const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/i.exec(text);
    if (!match) {
        const isHttp = /^https?:\/\//i.test(text);
        return {
            ok: false,
            message: isHttp
                ? `"${text}" is an http(s) URL; an s3:// URI is expected.`
                : `"${text}" is not an s3:// URI.`,
            hint: `Write it as ${EXAMPLE}${isHttp ? '; for an S3-compatible service put its URL in the endpoint setting instead' : ''}.`,
        };
    }
    const bucket = match[1] ?? '';
    const rest = match[2] ?? '';
    if (!bucket) {
        return { ok: false, message: `"${text}" has no bucket name.`, hint: `Write it as ${EXAMPLE}.` };
    }
    const problem = bucketNameProblem(bucket);
    if (problem) {
        return {
            ok: false,
            message: `The bucket name "${bucket}" ${problem}.`,
            hint: `Use the bucket's exact name as S3 shows it, e.g. ${EXAMPLE}.`,
        };
    }
    if (rest === '' || rest.endsWith('/')) {
        if (rest.startsWith('/') || rest.includes('//')) {
            return {
                ok: false,
                message: `"${text}" has a doubled slash (an empty folder name).`,
                hint: `Remove the doubled slash, e.g. ${EXAMPLE}.`,
            };
        }
        return { ok: true, value: { bucket, kind: 'prefix', prefix: rest } };
    }
    if (!/\.zip$/i.test(rest)) {
        return {
            ok: false,
            message: `"${text}" names an object that does not end in .zip.`,
            hint: `End it with "/" to name a folder (the object's name is then chosen for you) or with ".zip" to name the object, e.g. ${EXAMPLE}.`,
        };
    }
    if (Buffer.byteLength(rest) > 1024) {
        return {
            ok: false,
            message: 'The object key is longer than S3’s 1,024-byte limit.',
            hint: 'Use a shorter key.',
        };
    }
    return { ok: true, value: { bucket, kind: 'key', key: rest } };
}
/** Characters kept in a generated object name; anything else becomes `-`. */
function safeName(name) {
    const cleaned = name
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 100);
    return cleaned || 'build';
}
/** UTC `YYYYMMDD-HHMMSS`. */
function utcStamp(date) {
    const iso = date.toISOString(); // 2026-11-30T06:49:48.123Z
    return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}
/**
 * The object key. A `key` target is used as given; a `prefix` target gets
 * `prefix/<name>-<version>.zip` where version is GITHUB_SHA's first 7
 * characters, else the UTC time `YYYYMMDD-HHMMSS` of `now`.
 */
function objectKeyFor(target, name, opts = {}) {
    if (target.kind === 'key')
        return target.key;
    const sha = opts.sha?.trim();
    const version = sha && /^[0-9a-f]{7,}$/i.test(sha)
        ? sha.slice(0, 7).toLowerCase()
        : utcStamp(opts.now ?? new Date());
    return `${target.prefix}${safeName(name)}-${version}.zip`;
}
/**
 * The name a build is stored under: a `.zip` file's own name, else the
 * project's (its launcher `<Project>.exe` at the top of a packaged Windows
 * build), else the folder's name. `pathApi` is `path.win32` in tests of
 * Windows paths.
 */
function buildName(source, opts) {
    const p = opts.pathApi ?? (external_node_path_default());
    if (opts.kind === 'zip')
        return p.basename(source).replace(/\.zip$/i, '');
    if (opts.topLevelExe)
        return p.basename(opts.topLevelExe).replace(/\.exe$/i, '');
    return p.basename(p.resolve(source)) || 'build';
}
/** Cloudflare R2's S3 API host (`<account>.r2.cloudflarestorage.com`, optionally `.eu.`/`.fedramp.`). */
function isR2Endpoint(endpoint) {
    if (!endpoint)
        return false;
    try {
        return /(^|\.)r2\.cloudflarestorage\.com$/i.test(new URL(endpoint).hostname);
    }
    catch {
        return false;
    }
}
/**
 * The region to sign for: `s3-region`, else `auto` for Cloudflare R2 (R2
 * documents `auto`; an AWS region left in AWS_REGION by another step is
 * meaningless there), else AWS_REGION, else AWS_DEFAULT_REGION, else
 * `us-east-1` (which S3-compatible servers such as radosgw accept by default).
 */
function resolveRegion(input, endpoint, env) {
    const given = input?.trim();
    if (given)
        return { region: given, source: 's3-region' };
    if (isR2Endpoint(endpoint))
        return { region: 'auto', source: 'Cloudflare R2 endpoint' };
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const value = env[name]?.trim();
        if (value)
            return { region: value, source: name };
    }
    return { region: 'us-east-1', source: 'default' };
}
/** A region is a short lowercase token: `eu-west-1`, `auto`, `garage`. */
function regionProblem(region) {
    return /^[a-z0-9][a-z0-9-]{0,49}$/.test(region)
        ? undefined
        : `"${region}" is not a region name (like eu-west-1)`;
}
/** SigV4 presigned URLs live at most 7 days (X-Amz-Expires ≤ 604800 s; Amazon S3 API reference, "Authenticating Requests: Using Query Parameters"). */
const MAX_PRESIGN_HOURS = 168;
const DEFAULT_PRESIGN_HOURS = 6;
/** `presign-hours` → seconds: a number of hours, fractions allowed, more than 0 and at most 168. */
function parsePresignHours(input) {
    if (input === undefined || (typeof input === 'string' && input.trim() === '')) {
        return { ok: true, value: DEFAULT_PRESIGN_HOURS * 3600 };
    }
    const hours = typeof input === 'number' ? input : Number(input.trim());
    if (!Number.isFinite(hours) || hours <= 0) {
        return {
            ok: false,
            message: `"${input}" is not a positive number of hours.`,
            hint: `Give the presigned URL's lifetime in hours, e.g. ${DEFAULT_PRESIGN_HOURS} (the default).`,
        };
    }
    if (hours > MAX_PRESIGN_HOURS) {
        return {
            ok: false,
            message: `${hours} hours is longer than a presigned URL can live (SigV4 allows at most 7 days, ${MAX_PRESIGN_HOURS} hours).`,
            hint: `Use ${MAX_PRESIGN_HOURS} or less; Streampixel fetches the build within minutes of the upload request.`,
        };
    }
    return { ok: true, value: Math.max(1, Math.round(hours * 3600)) };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
;// CONCATENATED MODULE: ./src/storage/upload.ts
/**
 * A stream into one S3 object by multipart upload, with bounded memory,
 * several parts in flight, progress, and no incomplete upload left behind.
 *
 * The upload itself is lib-storage's `Upload`, with a patch
 * (patches/@aws-sdk+lib-storage+3.1175.0.patch) for what its 3.1175.0 gets
 * wrong here: `done()` rejected on `abort()` at once, before the parts in
 * flight had settled and before its AbortMultipartUpload was sent (it races
 * `__abortTimeout`; https://github.com/aws/aws-sdk-js-v3/pull/7322, open), and
 * in-flight UploadPart/PutObject requests were not cancelled
 * (https://github.com/aws/aws-sdk-js-v3/issues/5109). Patched, the promise
 * settles only once the upload is completed or aborted. Its public `uploadId`
 * is what the error names when the abort fails. Each UploadPart is retried on
 * its own by the client's retry strategy (standard mode, `maxAttempts`): a
 * part is a Buffer, so a retry re-sends it.
 */



const MiB = 1024 * 1024;
/**
 * S3's multipart limits (Amazon S3 User Guide, "Amazon S3 multipart upload
 * limits"): parts of 5 MiB to 5 GiB (the last may be smaller), at most
 * 10,000 parts, objects up to 5 TiB.
 */
const S3_LIMITS = {
    minPartBytes: 5 * MiB,
    maxPartBytes: 5 * 1024 * MiB,
    maxParts: 10_000,
    maxObjectBytes: 5 * 1024 * 1024 * MiB,
};
const DEFAULT_PART_BYTES = 16 * MiB;
const DEFAULT_QUEUE_SIZE = 4;
/** The storage requests' connection and inactivity timeout when none is given: timeout-seconds' default. */
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * The part size for an object of about `estimatedBytes`: 16 MiB, or more so
 * that the estimate fits in 9,000 parts (10 % headroom under S3's 10,000 for
 * an estimate that is a little low), rounded up to a whole MiB.
 */
function partSizeFor(estimatedBytes, minimum = DEFAULT_PART_BYTES) {
    const needed = Math.ceil(estimatedBytes / 9000);
    return Math.max(minimum, Math.ceil(needed / MiB) * MiB);
}
/**
 * An S3 client for S3 and S3-compatible services. Checksums only when an
 * operation requires them: since SDK 3.729 the default adds CRC32 checksum
 * headers and trailers that Ceph radosgw, Cloudflare R2 and Backblaze B2
 * reject or ignore. Credentials default to the SDK's provider chain.
 */
function createS3Client(settings) {
    // The SDK warns on Node < 22 that its future releases will need 22 (@aws-sdk/core,
    // emitWarningIfUnsupportedVersion). Our bundle carries its SDK: nothing for the user to act on.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const client = new dist_cjs.S3Client({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
        maxAttempts: settings.maxAttempts ?? 5,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        requestHandler: handlerOptions(settings.timeoutMs ?? DEFAULT_TIMEOUT_MS, settings.proxyAgent),
    });
    if (settings.debug)
        traceRequests(client, settings.debug);
    return client;
}
/**
 * One debug line per attempt: the operation, method, host and path (never the
 * query: it may carry an UploadId or, presigned, a signature), and the status
 * or error and time. In the deserialize step, inside the SDK's retries.
 * `PutObject PUT bucket.s3.eu-west-1.amazonaws.com/builds/Game.zip → HTTP 200 in 840 ms`.
 */
function traceRequests(client, debug) {
    client.middlewareStack.add((next, context) => async (args) => {
        const request = args.request;
        const host = `${request.hostname ?? ''}${request.port ? `:${request.port}` : ''}`;
        const what = `${context.commandName ?? 'S3'} ${request.method ?? ''} ${host}${request.path ?? ''}`;
        const started = Date.now();
        try {
            const out = await next(args);
            const status = out.response.statusCode;
            debug(`${what} → HTTP ${status} in ${Date.now() - started} ms`);
            return out;
        }
        catch (err) {
            const e = err;
            const status = e.$metadata?.httpStatusCode;
            debug(`${what} → ${status ? `HTTP ${status} ` : ''}${e.name ?? 'error'} after ${Date.now() - started} ms`);
            throw err;
        }
    }, { step: 'deserialize', name: 'streampixelTrace' });
}
/**
 * Options for the SDK's NodeHttpHandler (@smithy/node-http-handler 4.x, `resolveDefaultConfig`):
 * `connectionTimeout` (until the socket connects; through a proxy, until the tunnel is open) and
 * `socketTimeout` (no byte either way for that long), both `timeoutMs`. Not `requestTimeout`: it
 * is a limit on the whole request there (and only a logged warning unless
 * `throwOnRequestTimeout`), which a large part on a slow uplink would exceed.
 *
 * With the proxy's agent: the handler takes an agent only if it has `destroy()`; anything else
 * it reads as options for a new, direct agent. tunnel's agent has none, and keeps no idle
 * sockets to close; its CONNECTs are tied to their requests (closeAbandonedTunnels).
 */
function handlerOptions(timeoutMs, proxyAgent) {
    const timeouts = { connectionTimeout: timeoutMs, socketTimeout: timeoutMs };
    if (!proxyAgent)
        return timeouts;
    closeAbandonedTunnels(proxyAgent.agent);
    const withDestroy = proxyAgent.agent;
    withDestroy.destroy ??= () => undefined;
    return proxyAgent.secure
        ? { ...timeouts, httpsAgent: withDestroy }
        : { ...timeouts, httpAgent: withDestroy };
}
const TIED = Symbol('tunnels tied to their requests');
/**
 * tunnel's agent (what @actions/http-client gives for a proxy) sends a CONNECT for each socket
 * and forgets it: when the request it was for is given up before the proxy answers (the
 * connection timeout: a proxy that never answers), the CONNECT stays open, and keeps the
 * process alive after the run until the proxy hangs up. This ties each CONNECT to its request:
 * destroyed before the tunnel opened, the CONNECT is destroyed too (tunnel then drops its place).
 * Once per agent (http.ts shares it); an agent of another shape is left as it is.
 */
function closeAbandonedTunnels(agent) {
    const tunnel = agent;
    const { request, createSocket } = tunnel;
    if (tunnel[TIED] || typeof request !== 'function' || typeof createSocket !== 'function')
        return;
    tunnel[TIED] = true;
    let forRequest;
    tunnel.request = (...args) => {
        const connect = request(...args);
        const outer = forRequest;
        if (outer) {
            let open = false;
            connect.once('connect', () => (open = true));
            // A request given up before it has a socket emits neither 'close' nor 'error': its
            // destroy() is the one sign (the SDK's timeouts and aborts call it).
            const destroy = outer.destroy;
            outer.destroy = function (...args) {
                if (!open)
                    connect.destroy();
                return destroy.apply(this, args);
            };
        }
        return connect;
    };
    tunnel.createSocket = function (options, cb) {
        forRequest = options.request;
        try {
            createSocket.call(this, options, cb);
        }
        finally {
            forRequest = undefined;
        }
    };
}
/**
 * Calls `listener` each time another 10 % of the estimate is reached and at
 * least every `intervalMs` in between (a timer, so a stalled upload still
 * reports).
 */
class ProgressReporter {
    listener;
    totalBytesEstimate;
    now;
    bytes = 0;
    lastDecile = 0;
    started;
    timer;
    constructor(listener, totalBytesEstimate, intervalMs = 30_000, now = Date.now) {
        this.listener = listener;
        this.totalBytesEstimate = totalBytesEstimate;
        this.now = now;
        this.started = now();
        if (listener) {
            this.timer = setInterval(() => this.emit(), intervalMs);
            this.timer.unref();
        }
    }
    get bytesUploaded() {
        return this.bytes;
    }
    add(bytes) {
        this.bytes += bytes;
        const total = this.totalBytesEstimate;
        if (!total)
            return;
        const decile = Math.min(10, Math.floor((this.bytes / total) * 10));
        if (decile > this.lastDecile) {
            this.lastDecile = decile;
            this.emit();
        }
    }
    snapshot() {
        const elapsed = Math.max(1, this.now() - this.started) / 1000;
        const bytesPerSecond = Math.round(this.bytes / elapsed);
        const total = this.totalBytesEstimate;
        const progress = { bytesUploaded: this.bytes, bytesPerSecond };
        // Past the estimate (a folder of small files: the zip's headers outweigh what deflate
        // saved), "320 B of ~4 B" would say nothing true: no total, no percentage, no ETA.
        if (total && this.bytes <= total) {
            progress.totalBytesEstimate = total;
            progress.percent = Math.min(100, Math.round((this.bytes / total) * 1000) / 10);
            if (bytesPerSecond > 0) {
                progress.etaSeconds = Math.max(0, Math.round((total - this.bytes) / bytesPerSecond));
            }
        }
        return progress;
    }
    emit() {
        this.listener?.(this.snapshot());
    }
    /** Stops the timer; on success reports 100 % of the actual size. */
    stop(finalBytes) {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        if (finalBytes === undefined || !this.listener)
            return;
        const elapsed = Math.max(1, this.now() - this.started) / 1000;
        this.listener({
            bytesUploaded: finalBytes,
            totalBytesEstimate: finalBytes,
            percent: 100,
            bytesPerSecond: Math.round(finalBytes / elapsed),
            etaSeconds: 0,
        });
    }
}
/** A RangeError for a part size outside S3's 5 MiB–5 GiB (S3_LIMITS). */
function checkPartSize(partSize) {
    if (partSize < S3_LIMITS.minPartBytes || partSize > S3_LIMITS.maxPartBytes) {
        throw new RangeError(`partSize ${partSize} is outside S3's 5 MiB–5 GiB`);
    }
}
/**
 * Ties the upload to the caller's `signal` (already aborted: at once): the controller aborts
 * and the body is destroyed. Listens to the body's errors from now on, for good.
 */
function cancellationOf(body, signal) {
    // Cancels lib-storage's requests in flight: on the caller's abort, and
    // (patched) on its own first failure.
    const controller = new AbortController();
    // Destroying the body ends a read that would otherwise hold `done()` up.
    const onAbort = () => {
        controller.abort();
        body.destroy();
    };
    // The body's own error, told apart from S3's; kept listening so that an
    // error emitted after the upload settled is not an uncaught one.
    let bodyError;
    body.on('error', (err) => (bodyError ??= err));
    if (signal?.aborted)
        onAbort();
    else
        signal?.addEventListener('abort', onAbort, { once: true });
    return {
        controller,
        bodyError: () => bodyError,
        release: () => signal?.removeEventListener('abort', onAbort),
    };
}
/**
 * lib-storage's Upload of `opts.body` (patched: see the header comment), not started yet, and
 * the bytes uploaded so far (also reported to `opts.progress`).
 */
function startUpload(opts, controller) {
    const { client, bucket, key, body, partSize, queueSize, progress } = opts;
    const upload = new lib_storage_dist_cjs/* Upload */._({
        client,
        params: { Bucket: bucket, Key: key, Body: body, ContentType: 'application/zip' },
        partSize,
        queueSize,
        leavePartsOnError: false,
        abortController: controller,
    });
    // `loaded`: bytes of the parts completed so far (the Node handler reports
    // no progress within a request), or the whole object after a PutObject.
    let bytes = 0;
    upload.on('httpUploadProgress', ({ loaded }) => {
        if (loaded !== undefined && loaded > bytes) {
            progress.add(loaded - bytes);
            bytes = loaded;
        }
    });
    return { upload, uploaded: () => bytes };
}
/** What a completed upload of `bytes` sent: one PutObject, or the parts of `uploadId`. */
function resultOf(uploadId, bytes, partSize) {
    // Every part but the last is exactly partSize (lib-storage checks it).
    if (uploadId)
        return { bytes, parts: Math.ceil(bytes / partSize), uploadId };
    return { bytes, parts: 1 };
}
/**
 * Why the upload failed, in the user's terms: cancelled (the caller's `signal`), the body's
 * own error (`describeBodyError`, else as a storage error while reading the build), more parts
 * than S3 allows (lib-storage's "Exceeded N parts"), else S3's or the network's error.
 */
function failureOf(failure, bodyError, opts) {
    const where = `s3://${opts.bucket}/${opts.key}`;
    const errorContext = (action) => ({
        action,
        bucket: opts.bucket,
        endpoint: opts.endpoint,
        proxy: opts.proxy,
        nameOf: opts.nameOf ?? defaultNameOf,
        timeoutMs: opts.timeoutMs,
        credentials: opts.credentials,
    });
    if (opts.signal?.aborted) {
        return new StorageError('Upload cancelled', `The upload to ${where} was cancelled.`, 'Re-run to upload again.');
    }
    if (bodyError !== undefined && failure === bodyError) {
        return (opts.describeBodyError?.(bodyError) ??
            toStorageError(bodyError, errorContext('reading the build')));
    }
    if (failure instanceof Error && /^Exceeded \d+ parts/.test(failure.message)) {
        return new StorageError('Too many parts', `The build needs more than ${S3_LIMITS.maxParts} parts of ${opts.partSize / MiB} MiB (S3's limit).`, 'Give a larger part size; the size estimate was too low.', { input: 'path', cause: failure });
    }
    return toStorageError(failure, errorContext(`uploading ${where}`));
}
/**
 * Aborts multipart upload `uploadId` (abortMultipart) and returns `error` saying how that
 * went: "The incomplete multipart upload was aborted.", or the UploadId and the lifecycle rule
 * to add (leftoverAdvice); its `multipart` says the same.
 */
async function withAbortOutcome(error, opts, uploadId) {
    const { client, bucket, key } = opts;
    const aborted = await abortMultipart(client, bucket, key, uploadId);
    const sentence = aborted
        ? ' The incomplete multipart upload was aborted.'
        : ` ${leftoverAdvice(bucket, key, uploadId)}`;
    // Server text ends without a full stop ("… failed: boom").
    const message = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
    return new StorageError(error.title, message + sentence, error.hint, {
        input: error.input,
        code: error.code,
        httpStatus: error.httpStatus,
        multipart: { uploadId, aborted },
        cause: error.cause ?? error,
    });
}
/**
 * Uploads `body` to `s3://bucket/key`. A body of one part or less is sent
 * with PutObject; a larger one by multipart upload, `queueSize` parts in
 * flight. Memory: lib-storage reads the body into parts of exactly
 * `partSize` bytes; at most `queueSize` parts are in flight and one is being
 * filled, (queueSize + 1) × partSize (80 MiB at the defaults, 4 × 16 MiB),
 * and one part more for the moment a part is assembled (chunker.js
 * Buffer.concat's the chunks read, and the few bytes left over keep the
 * previous part's buffer until the next one): (queueSize + 2) × partSize at
 * most, 96 MiB. Plus the body's own stream buffers.
 *
 * On any failure, or when `signal` aborts: the requests in flight are
 * cancelled, the body is destroyed, the multipart upload is aborted
 * (lib-storage's AbortMultipartUpload, then ours, repeated once if ListParts
 * still shows parts, as the S3 API reference advises), and a StorageError is
 * thrown whose message says the upload was aborted or, if the abort failed,
 * gives the UploadId and the lifecycle rule to add. Throws RangeError for a
 * part size outside S3's 5 MiB–5 GiB.
 */
async function uploadStream(opts) {
    checkPartSize(opts.partSize);
    const cancellation = cancellationOf(opts.body, opts.signal);
    const { upload, uploaded } = startUpload(opts, cancellation.controller);
    let failure;
    try {
        await upload.done();
        return resultOf(upload.uploadId, uploaded(), opts.partSize);
    }
    catch (err) {
        failure = err;
    }
    finally {
        cancellation.release();
    }
    // Failed or cancelled: lib-storage has let the requests in flight settle and
    // sent its AbortMultipartUpload; stop reading and check the abort.
    opts.body.destroy();
    const error = failureOf(failure, cancellation.bodyError(), opts);
    const { uploadId } = upload;
    if (!uploadId)
        throw error;
    throw await withAbortOutcome(error, opts, uploadId);
}
/**
 * AbortMultipartUpload, then ListParts to check: a part that was in flight
 * can still land after the abort (S3 API reference, AbortMultipartUpload),
 * so a second abort follows if any is listed. `NoSuchUpload` means done
 * (what an upload lib-storage already aborted answers). Resolves true when
 * the upload is gone, false when an abort failed or parts stay listed.
 */
async function abortMultipart(client, bucket, key, uploadId) {
    const gone = (err) => err.name === 'NoSuchUpload';
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            await client.send(new dist_cjs.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
        }
        catch (err) {
            if (!gone(err))
                return false;
        }
        try {
            const listed = await client.send(new dist_cjs.ListPartsCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MaxParts: 1 }));
            if (!listed.Parts?.length)
                return true;
        }
        catch {
            // NoSuchUpload: gone. Anything else (no s3:ListMultipartUploadParts): the abort was accepted.
            return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/storage/index.ts
/**
 * Build folder (or .zip) → S3 object → presigned URL, for Streampixel's
 * `file-url`. Loaded with `await import('./storage/index.js')` only when a
 * build path is given, so runs with a ready URL never load the AWS SDK.
 *
 * 1. `validateStorage` checks every input at once and uploads nothing.
 * 2. `uploadBuild` zips while uploading (lib-storage's multipart upload,
 *    bounded memory), or `dryRun` zips to nowhere and checks the bucket
 *    without writing.
 * 3. `presign` makes the SigV4 presigned GET URL.
 */














/**
 * How the storage requests reach the endpoint (`s3-endpoint`, else
 * `https://<bucket>.s3.<region>.amazonaws.com`): through the proxy that
 * https_proxy/http_proxy/no_proxy pick for it, as every other request of the
 * run does; undefined when they go direct. A proxy variable that is not a
 * URL (the run has already warned about it) leaves them direct.
 */
async function routeOf(endpoint, region, bucket) {
    try {
        const url = new URL(endpoint ?? `https://${bucket ? `${bucket}.` : ''}s3.${region}.amazonaws.com/`);
        const secure = url.protocol === 'https:';
        const { agent, proxy } = await (0,http/* agentFor */.Pf)(url, secure);
        return proxy ? { agent: { agent, secure }, proxy } : undefined;
    }
    catch {
        return undefined;
    }
}
/** The zip signatures a build may start with: a local file header, or an empty zip's end record. */
const ZIP_SIGNATURE = '504b0304';
const EMPTY_ZIP_SIGNATURE = '504b0506';
/** "Linux", "macOS": the runner's OS as people call it. */
function platformName(platform) {
    if (platform === 'linux')
        return 'Linux';
    if (platform === 'darwin')
        return 'macOS';
    return platform;
}
/**
 * The sentence and hint for a path that does not exist and looks like a Windows path (a drive
 * letter, backslashes) on a runner that is not Windows, where `\` is part of a name.
 */
function windowsPathAdvice(p, platform, nameOf) {
    if (platform === 'win32')
        return undefined;
    const drive = /^[A-Za-z]:([\\/]|$)/.test(p);
    const backslashes = p.includes('\\');
    if (!drive && !backslashes)
        return undefined;
    const why = [
        ...(backslashes
            ? ['backslashes are not folder separators here (they are part of a name)']
            : []),
        ...(drive ? ['there are no drive letters'] : []),
    ].join(' and ');
    const forward = p
        .replace(/^[A-Za-z]:/, '')
        .replaceAll('\\', '/')
        .replace(/^\/+/, '');
    return {
        sentence: `It looks like a Windows path, on a ${platformName(platform)} runner: ${why}.`,
        hint: `Give ${nameOf('path')} as this runner sees it, with forward slashes${forward ? ` (e.g. ${forward}, relative to ${process.cwd()})` : ''}. A build packaged on a Windows runner has to be brought to this one first (actions/upload-artifact, then actions/download-artifact here), or run this step on the Windows runner.`,
    };
}
/**
 * Checks `p`, the build path: a folder (checkFolder) or a `.zip` (checkZip), judged by the
 * archive inspection's rules (inspect.ts). Problems go to `problems` (all about `path`), its
 * warnings and the files left out of the zip to `warnings`. Undefined when nothing can be
 * uploaded from it.
 */
async function checkPath(p, options, problems, warnings) {
    const { nameOf, platform } = options;
    const check = {
        path: p,
        nameOf,
        add: (title, message, hint) => {
            problems.push({ input: 'path', title, message, hint });
            return undefined;
        },
        what: `Set ${nameOf('path')} to the packaged build folder (the one with <Project>.exe, e.g. Saved/StagedBuilds/Windows) or to a .zip of it.`,
        warnings,
    };
    const { add, what } = check;
    const named = `${nameOf('path')} ${p}`;
    if (!p.trim())
        return add('No build path', `${nameOf('path')} is empty.`, what);
    let stat;
    try {
        stat = await external_node_fs_.promises.stat(p);
    }
    catch {
        const windows = windowsPathAdvice(p, platform, nameOf);
        return add('Build not found', `${named} does not exist.${windows ? ` ${windows.sentence}` : ''}`, windows?.hint ?? `${what} Relative paths start from ${process.cwd()}.`);
    }
    if (stat.isFile())
        return checkZip(check, stat.size);
    if (!stat.isDirectory())
        return add('Not a folder or a .zip', `${named} is not a folder or a file.`, what);
    return checkFolder(check);
}
/** The first 4 bytes of file `p`, in hex; rejects when it cannot be read. */
async function headOf(p) {
    const head = Buffer.alloc(4);
    const handle = await external_node_fs_.promises.open(p);
    try {
        await handle.read(head, 0, 4, 0);
    }
    finally {
        await handle.close();
    }
    return head.toString('hex');
}
/**
 * A file of `size` bytes as the build: named .zip, starting with a zip signature, not empty,
 * within S3's limit, and a packaged build by its central directory (judgeZip, read from the
 * file: the rules the archive inspection applies after the upload).
 */
async function checkZip(check, size) {
    const { path: p, nameOf, add, what } = check;
    const named = `${nameOf('path')} ${p}`;
    if (!/\.zip$/i.test(p)) {
        return add('Not a folder or a .zip', `${named} is a file but not a .zip.`, what);
    }
    let head;
    try {
        head = await headOf(p);
    }
    catch (err) {
        return add('Build unreadable', `Reading ${p} failed: ${err.message}`, what);
    }
    if (head === EMPTY_ZIP_SIGNATURE) {
        return add('Empty zip', `${named} is a zip with no files in it.`, `Check the step that made it: the build folder was empty. ${what}`);
    }
    if (head !== ZIP_SIGNATURE) {
        return add('Not a zip', `${named} does not start with a zip signature (PK).`, what);
    }
    if (size > S3_LIMITS.maxObjectBytes) {
        return add('Build too large', `${named} is larger than S3's 5 TiB object limit.`, what);
    }
    let verdict;
    try {
        verdict = await judgeZip(p, size, head, nameOf);
    }
    catch (err) {
        return add('Build unreadable', `Reading ${p} failed: ${err.message}`, what);
    }
    for (const e of verdict.errors)
        add(e.title, e.message, e.hint);
    check.warnings.push(...verdict.warnings);
    if (verdict.errors.length > 0)
        return undefined;
    return {
        source: { kind: 'zip', path: p, bytes: size },
        name: buildName(p, { kind: 'zip' }),
        totalBytesEstimate: size,
    };
}
/**
 * A build folder: listable, not empty, a packaged Windows build by the archive inspection's
 * rules applied to the listing its zip will have (judgeFolder: a game .exe, not the Unreal
 * project), no `.uproject` at its top, within S3's object limit. The files listBuild leaves out
 * are warnings (the first 10, then a count), after the rules' own.
 */
async function checkFolder(check) {
    const { path: p, nameOf, add, what } = check;
    const named = `${nameOf('path')} ${p}`;
    let listing;
    try {
        listing = await listBuild(p);
    }
    catch (err) {
        return add('Build unreadable', `Listing ${p} failed: ${err.message}`, 'Check the runner can read every file in the build folder.');
    }
    if (listing.files === 0) {
        return add('Empty build folder', `${named} contains no files.`, what);
    }
    const verdict = judgeFolder(listing, p, nameOf);
    for (const e of verdict.errors)
        add(e.title, e.message, e.hint);
    // A project folder that holds a build of its own still is not the packaged output.
    const uproject = listing.entries.find((e) => /^[^/]+\.uproject$/i.test(e.name))?.name;
    if (uproject && !verdict.errors.some((e) => e.code === 'project-not-build')) {
        add('Project folder, not a packaged build', `${named} contains ${uproject}: it is the Unreal project, not a packaged build.`, `Package the project first (Platforms → Windows → Package Project, or RunUAT BuildCookRun -package -stage -archive) and set ${nameOf('path')} to the output folder, e.g. Saved/StagedBuilds/Windows.`);
    }
    if (listing.totalBytes > S3_LIMITS.maxObjectBytes) {
        add('Build too large', `${named} holds more than S3's 5 TiB object limit.`, what);
    }
    check.warnings.push(...verdict.warnings);
    warnLeftOut(listing.skipped, check.warnings);
    const topLevelExe = listing.exes.find((e) => !e.includes('/'));
    return {
        source: { kind: 'folder', path: p, listing },
        name: buildName(p, { kind: 'folder', topLevelExe }),
        totalBytesEstimate: listing.totalBytes,
    };
}
/** "Left out of the zip: …" for the first 10 of `skipped`, then how many more. */
function warnLeftOut(skipped, warnings) {
    const shown = skipped.slice(0, 10);
    for (const s of shown)
        warnings.push(`Left out of the zip: ${s}.`);
    if (skipped.length > shown.length) {
        warnings.push(`…and ${skipped.length - shown.length} more left out.`);
    }
}
/**
 * The problem with `s3-endpoint`, if any: not an http(s) URL, credentials, a query or fragment
 * in it, or a path. With a path the SDK would put the bucket after it (path-style), so the
 * object would land at another key than `object-uri` says; a path that starts with `bucket`
 * (s3-uri's, as Cloudflare R2's dashboard shows the S3 API URL) is said so.
 */
function checkEndpoint(endpoint, nameOf, bucket) {
    const problem = (message, hint) => ({
        input: 's3-endpoint',
        title: 'Invalid endpoint',
        message,
        hint: hint ??
            `Give the service's S3 API URL, e.g. https://<account>.r2.cloudflarestorage.com or http://localhost:9000, with no bucket in it (the bucket goes in ${nameOf('s3-uri')}).`,
    });
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        return problem(`${nameOf('s3-endpoint')} ${(0,http/* shownValue */.JJ)(endpoint)} is not a URL.`);
    }
    // Never echo a URL with a password in it.
    if (url.username || url.password) {
        return problem(`${nameOf('s3-endpoint')} has a user name or password in it; credentials belong in AWS_* variables.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return problem(`${nameOf('s3-endpoint')} ${(0,http/* shownValue */.JJ)(endpoint)} is not an http(s) URL.`);
    }
    if (url.search || url.hash) {
        return problem(`${nameOf('s3-endpoint')} ${(0,http/* shownValue */.JJ)(endpoint)} has a query or fragment.`);
    }
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length === 0)
        return undefined;
    const [name, s3Uri] = [nameOf('s3-endpoint'), nameOf('s3-uri')];
    if (bucket && segments[0] === bucket) {
        const rest = segments.length > 1 ? `/${segments.slice(1).join('/')}/` : '';
        return problem(segments.length === 1
            ? `${name} "${endpoint}" ends in the bucket name: remove /${bucket}; the bucket goes in ${s3Uri}.`
            : `${name} "${endpoint}" has the bucket name in its path: remove ${url.pathname.replace(/\/$/, '')}; the bucket${rest ? ' and the folder' : ''} go in ${s3Uri}.`, `Set ${name} to ${url.origin} and keep the bucket in ${s3Uri} (s3://${bucket}${rest || '/'}…). Cloudflare R2's dashboard shows the S3 API URL with the bucket on the end: leave that part out.`);
    }
    return problem(`${name} "${endpoint}" has a path (${url.pathname}): an S3 endpoint is the service's address alone (scheme, host and port), and the path would end up in the object's key.`, `Set ${name} to ${url.origin}, with the bucket and any folder in ${s3Uri}.`);
}
/** The problem with `region` when it is not a region name, naming where it came from. */
function checkRegion(region, endpoint, nameOf) {
    const bad = regionProblem(region.region);
    if (!bad)
        return undefined;
    const from = region.source === 's3-region' ? nameOf('s3-region') : region.source;
    return {
        input: 's3-region',
        title: 'Invalid region',
        message: `${from}: ${bad}.`,
        hint: `Set ${nameOf('s3-region')} to the bucket's region, e.g. eu-west-1${isR2Endpoint(endpoint) ? ' (auto for R2)' : ''}.`,
    };
}
/**
 * Parses `s3-uri`, `s3-endpoint`, the region (`s3-region`, else the environment's, see
 * resolveRegion) and `presign-hours`; each problem goes to `problems`, in that order.
 */
function parseInputs(inputs, env, nameOf, problems) {
    const problem = (input, title, message, hint) => {
        problems.push({ input, title, message, hint });
    };
    const target = parseS3Uri(inputs.s3Uri ?? '');
    if (!target.ok)
        problem('s3-uri', 'Invalid S3 URI', `${nameOf('s3-uri')}: ${target.message}`, target.hint);
    const endpoint = inputs.s3Endpoint?.trim() || undefined;
    const bucket = target.ok ? target.value.bucket : undefined;
    const endpointProblem = endpoint ? checkEndpoint(endpoint, nameOf, bucket) : undefined;
    if (endpointProblem)
        problems.push(endpointProblem);
    const region = resolveRegion(inputs.s3Region, endpoint, env);
    const badRegion = checkRegion(region, endpoint, nameOf);
    if (badRegion)
        problems.push(badRegion);
    const presign = parsePresignHours(inputs.presignHours);
    if (!presign.ok)
        problem('presign-hours', 'Invalid presign lifetime', `${nameOf('presign-hours')}: ${presign.message}`, presign.hint);
    return {
        target,
        endpoint,
        badEndpoint: !!endpointProblem,
        region,
        badRegion: !!badRegion,
        presign,
    };
}
/**
 * The plan's client, and the proxy it goes through (routeOf). An unusable endpoint or region
 * is left out (AWS, us-east-1), so that the credentials can still be checked.
 */
async function clientFor(parsed, options, timeoutMs) {
    const clientEndpoint = parsed.badEndpoint ? undefined : parsed.endpoint;
    const clientRegion = parsed.badRegion ? 'us-east-1' : parsed.region.region;
    const bucket = parsed.target.ok ? parsed.target.value.bucket : '';
    const via = await routeOf(clientEndpoint, clientRegion, bucket);
    const client = createS3Client({
        region: clientRegion,
        endpoint: clientEndpoint,
        credentials: options.credentials,
        proxyAgent: via?.agent,
        timeoutMs,
        maxAttempts: options.maxAttempts,
        debug: options.debug,
    });
    return { client, proxy: via?.proxy };
}
/**
 * Checks every input and returns every problem at once; nothing is written.
 * Reads the build folder (to list it, find the .exe and add up sizes) and
 * resolves credentials through the SDK's provider chain (which may ask the
 * instance metadata service, a second or so when there is none).
 *
 * Problems are in the user's terms, with `input` saying which input to fix.
 * The build is judged by the archive inspection's rules before anything is
 * uploaded (inspect.ts). Credentials that have already expired are a problem.
 * Warnings: the rules' warnings; files left out of the zip; a presigned URL
 * that would outlive temporary credentials (a SigV4 presigned URL stops
 * working when the credentials that signed it expire).
 */
async function validateStorage(inputs, options = {}) {
    const env = options.env ?? process.env;
    const nameOf = options.nameOf ?? defaultNameOf;
    const now = options.now ?? (() => new Date());
    const problems = [];
    const warnings = [];
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const platform = options.platform ?? process.platform;
    const source = await checkPath(inputs.path, { nameOf, platform }, problems, warnings);
    const parsed = parseInputs(inputs, env, nameOf, problems);
    const { client, proxy } = await clientFor(parsed, options, timeoutMs);
    const identity = await checkCredentials(client, env, problems);
    if (identity) {
        options.onSecret?.(identity.secretAccessKey);
        if (identity.sessionToken)
            options.onSecret?.(identity.sessionToken);
    }
    const from = identity && credentialSource(identity, env, !!options.credentials);
    const expired = expiredProblem(identity, from, now());
    if (expired)
        problems.push(expired);
    const presignSeconds = parsed.presign.ok ? parsed.presign.value : undefined;
    const expiring = expiryWarning(identity, presignSeconds, now(), nameOf);
    if (expiring)
        warnings.push(expiring);
    const { target, presign, region } = parsed;
    if (problems.length > 0 || !source || !target.ok || !presign.ok || !from) {
        client.destroy();
        return { ok: false, problems, warnings };
    }
    const key = objectKeyFor(target.value, source.name, { sha: env.GITHUB_SHA, now: now() });
    return {
        ok: true,
        warnings,
        plan: {
            ...source,
            bucket: target.value.bucket,
            key,
            objectUri: `s3://${target.value.bucket}/${key}`,
            region: region.region,
            regionSource: region.source,
            endpoint: parsed.endpoint,
            proxy,
            presignSeconds: presign.value,
            partSize: partSizeFor(source.totalBytesEstimate),
            credentialsExpire: identity?.expiration,
            credentialOrigin: from.origin,
            timeoutMs,
            client,
            onSecret: options.onSecret,
        },
    };
}
/** The context of a storage error during `action` on `plan`'s bucket, for toStorageError. */
function contextOf(plan, action, nameOf) {
    return {
        action,
        bucket: plan.bucket,
        endpoint: plan.endpoint,
        proxy: plan.proxy,
        nameOf,
        timeoutMs: plan.timeoutMs,
        credentials: plan.credentialOrigin,
    };
}
function bodyOf(plan) {
    return plan.source.kind === 'folder'
        ? zipStream(plan.source.listing.entries)
        : (0,external_node_fs_.createReadStream)(plan.source.path);
}
function readError(plan, nameOf) {
    return (err) => {
        const text = err.message ?? String(err);
        // yazl's words for a file whose size differs from the listing's.
        const why = /unexpected number of bytes/.test(text)
            ? 'a file changed size after the folder was listed'
            : text.replace(/\.$/, '');
        return new StorageError('Could not read the build', `Reading ${plan.source.path} failed: ${why}.`, `Make sure nothing changes or removes files under ${nameOf('path')} while the upload runs (e.g. a packaging step still writing).`, { input: 'path', code: err.code, cause: err });
    };
}
/**
 * Uploads the build to `plan.objectUri`: a folder is zipped as it is read
 * (no temporary file), a `.zip` is sent as it is; both by multipart upload,
 * 4 parts of 16 MiB in flight by default.
 *
 * Memory: (queueSize + 1) × partSize for parts (80 MiB at the defaults), one
 * part more for a moment while a part is assembled, plus under 1 MiB of zip
 * and file buffers (see `uploadStream`). Throws StorageError; after a failure
 * or an abort through `signal` the incomplete multipart upload has been
 * aborted (the error's `multipart` says so, or gives the UploadId).
 */
async function uploadBuild(plan, options = {}) {
    const nameOf = options.nameOf ?? defaultNameOf;
    const started = Date.now();
    const progress = new ProgressReporter(options.onProgress, plan.totalBytesEstimate, options.progressIntervalMs);
    try {
        const result = await uploadStream({
            client: plan.client,
            bucket: plan.bucket,
            key: plan.key,
            body: bodyOf(plan),
            partSize: options.partSize ?? plan.partSize,
            queueSize: options.queueSize ?? DEFAULT_QUEUE_SIZE,
            signal: options.signal,
            progress,
            endpoint: plan.endpoint,
            proxy: plan.proxy,
            nameOf,
            timeoutMs: plan.timeoutMs,
            credentials: plan.credentialOrigin,
            describeBodyError: readError(plan, nameOf),
        });
        progress.stop(result.bytes);
        const durationMs = Date.now() - started;
        return {
            objectUri: plan.objectUri,
            bucket: plan.bucket,
            key: plan.key,
            bytes: result.bytes,
            durationMs,
            bytesPerSecond: Math.round(result.bytes / (Math.max(1, durationMs) / 1000)),
            parts: result.parts,
        };
    }
    finally {
        progress.stop();
    }
}
/**
 * A SigV4 presigned GET URL for the uploaded object, valid for
 * `plan.presignSeconds` (at most 7 days, SigV4's limit; less in practice if
 * the credentials expire sooner). `onSecret` gets the signature, the query
 * string and the whole URL before this returns (default: the `onSecret`
 * given to `validateStorage`).
 */
async function presign(plan, options = {}) {
    const now = options.now ?? (() => new Date());
    const signedAt = now();
    let url;
    try {
        url = await (0,s3_request_presigner_dist_cjs/* getSignedUrl */.A)(plan.client, new dist_cjs.GetObjectCommand({ Bucket: plan.bucket, Key: plan.key }), {
            expiresIn: plan.presignSeconds,
            signingDate: signedAt,
        });
    }
    catch (err) {
        throw toStorageError(err, contextOf(plan, 'presigning the URL', defaultNameOf));
    }
    const parsed = new URL(url);
    const onSecret = options.onSecret ?? plan.onSecret;
    const signature = parsed.searchParams.get('X-Amz-Signature');
    if (signature)
        onSecret?.(signature);
    onSecret?.(parsed.search.slice(1));
    onSecret?.(url);
    return { url, expiresAt: new Date(signedAt.getTime() + plan.presignSeconds * 1000) };
}
/**
 * ListObjectsV2 (MaxKeys 1, prefix = the key): shows the bucket exists, the credentials are
 * accepted, and whether an object is at the key. A denied listing still shows the keys are
 * valid; any other failure is `bucketError`.
 */
async function checkBucket(plan, signal, nameOf) {
    const checked = [];
    const warnings = [];
    const notChecked = [
        'write access (s3:PutObject, s3:AbortMultipartUpload): it cannot be proven without writing',
        's3:GetObject, which the presigned URL needs',
    ];
    try {
        const listed = await plan.client.send(new dist_cjs.ListObjectsV2Command({ Bucket: plan.bucket, Prefix: plan.key, MaxKeys: 1 }), { abortSignal: signal });
        const objectExists = listed.Contents?.some((o) => o.Key === plan.key) ?? false;
        checked.push(`the bucket "${plan.bucket}" exists and the credentials are accepted (ListObjectsV2)`);
        if (objectExists)
            warnings.push(replaceWarning(plan, 'would replace', nameOf));
        else
            checked.push(`no object exists yet at ${plan.objectUri}`);
        return { checked, notChecked, warnings, bucketError: undefined, objectExists };
    }
    catch (err) {
        const bucketError = toStorageError(err, contextOf(plan, 'checking the bucket', nameOf));
        if (bucketError.code !== 'AccessDenied') {
            return { checked, notChecked, warnings, bucketError, objectExists: undefined };
        }
        // S3 checks the signature before permissions: the keys are valid.
        checked.push('the credentials are accepted (the listing was denied, not the signature)');
        notChecked.unshift(`whether the bucket "${plan.bucket}" exists: listing it needs s3:ListBucket, which is not granted (the upload does not need it)`);
        return { checked, notChecked, warnings, bucketError: undefined, objectExists: undefined };
    }
}
/** "An object already exists at s3://…: the upload would replace it (…)." */
function replaceWarning(plan, does, nameOf) {
    return `An object already exists at ${plan.objectUri}: the upload ${does} it (the key is the same when the same commit runs again, or when ${nameOf('s3-uri')} names the object).`;
}
/**
 * Before an upload: the one line to log when an object is already at the key, which the upload
 * will replace; undefined when there is none, or the answer does not say. HeadObject (allowed by
 * s3:GetObject, which the presigned URL needs anyway): 404 is none; 403 says nothing (a missing
 * object looks like that without s3:ListBucket), nor does any other S3 error, which the upload
 * then meets and reports itself. A network failure or a timeout throws its StorageError: the
 * upload would meet it first.
 */
async function replacementNotice(plan, options = {}) {
    const nameOf = options.nameOf ?? defaultNameOf;
    const action = `checking for an object at ${plan.objectUri}`;
    try {
        await plan.client.send(new dist_cjs.HeadObjectCommand({ Bucket: plan.bucket, Key: plan.key }), {
            abortSignal: options.signal,
        });
        return replaceWarning(plan, 'will replace', nameOf);
    }
    catch (err) {
        const failure = toStorageError(err, contextOf(plan, action, nameOf));
        if (failure.httpStatus !== undefined || options.signal?.aborted)
            return undefined;
        throw failure;
    }
}
/** Zips (or reads) the build into nothing: its size in bytes and the milliseconds it took. */
async function measureBuild(plan, signal, nameOf) {
    const started = Date.now();
    let bytes = 0;
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            bytes += chunk.length;
            callback();
        },
    });
    try {
        await (0,promises_.pipeline)(bodyOf(plan), sink, { signal });
    }
    catch (err) {
        if (signal?.aborted)
            throw new StorageError('Dry run cancelled', 'The dry run was cancelled.', 'Re-run it.');
        throw readError(plan, nameOf)(err);
    }
    return { bytes, durationMs: Date.now() - started };
}
/**
 * Everything short of writing: validation is the caller's, then a
 * ListObjectsV2 (MaxKeys 1, prefix = the key) shows the bucket exists and
 * the credentials are accepted; then the build is zipped into nothing to
 * measure its size and the time zipping takes. Write access (s3:PutObject,
 * s3:AbortMultipartUpload) and s3:GetObject cannot be proven without writing.
 */
async function dryRun(plan, options = {}) {
    const nameOf = options.nameOf ?? defaultNameOf;
    const bucket = await checkBucket(plan, options.signal, nameOf);
    // A bucket the run cannot use ends the dry run: zipping gigabytes first would only delay that.
    const { bytes, durationMs } = bucket.bucketError
        ? { bytes: 0, durationMs: 0 }
        : await measureBuild(plan, options.signal, nameOf);
    return {
        bytes,
        durationMs,
        bytesPerSecond: Math.round(bytes / (Math.max(1, durationMs) / 1000)),
        parts: Math.max(1, Math.ceil(bytes / plan.partSize)),
        checked: bucket.checked,
        notChecked: bucket.notChecked,
        warnings: bucket.warnings,
        bucketError: bucket.bucketError,
        objectExists: bucket.objectExists,
    };
}
/** Part-size defaults, for callers that show them. */
const UPLOAD_DEFAULTS = {
    partSize: DEFAULT_PART_BYTES,
    queueSize: DEFAULT_QUEUE_SIZE,
};


/***/ })

};
