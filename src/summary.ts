/**
 * The job summary: DeployResult (or the input problems that stopped the run)
 * → GitHub-flavoured Markdown, read rendered in the run's page. Every value
 * that came from outside (server messages, objections, entry names, URLs) is
 * escaped and capped; the links we build ourselves (dashboard, repository,
 * commit, run) are real links. The whole is kept far below the runner's 1 MiB
 * limit. Action-only: settings are written in the action's words (`upload-id: …`).
 */
import type { InputProblem } from './config.js';
import type { DeployResult, DeployStatus, Failure, Sent } from './deploy.js';
import { dashboardUrl, formatBytes, formatCount, formatElapsed } from './format.js';
import { escapeMarkdown } from './text.js';

export interface RunContext {
  repository?: string;
  sha?: string;
  ref?: string;
  /** Link to the workflow run. */
  runUrl?: string;
  serverUrl?: string;
}

export interface SummaryInput {
  result?: DeployResult;
  /** Bad inputs: the run stopped before any request. */
  problems?: InputProblem[];
  /** An unexpected error, already redacted. */
  failure?: Failure;
  /** The GitHub deployment recorded for this run, or why none could be. */
  deployment?: { id?: number; environment: string; warning?: string };
  context: RunContext;
}

/** Far below the runner's 1 MiB: a summary is read by a person. */
export const MAX_SUMMARY_CHARS = 64 * 1024;

const STATUS_HEADLINE: Record<DeployStatus, string> = {
  queued: '✅ Build queued on Streampixel',
  'dry-run': '☑️ Dry run: nothing sent to Streampixel',
  approved: '✅ Build approved and live on Streampixel',
  held: '✅ Build approved on Streampixel, held: distribute it to go live',
  distributed: '✅ Distribution started on Streampixel',
  rejected: '❌ Streampixel rejected the build',
  'timed-out': '⏱️ Timed out waiting for the build',
  cancelled: '⏹️ Deploy cancelled',
  failed: '❌ Streampixel deploy failed',
};

const SENT: Record<Sent, string> = {
  nothing: 'nothing',
  maybe: 'possibly: the request went out, but no answer came',
  accepted: 'yes: Streampixel accepted the request',
};

/**
 * escapeMarkdown, and then a zero-width space after `@` and `#`: GitHub finds
 * @mentions and #123 references in the rendered text, where the escapes are
 * already decoded.
 */
const inert = (text: string): string =>
  escapeMarkdown(text)
    .replace(/&#64;(?=\w)/g, '&#64;&#8203;')
    .replace(/\\#(?=\w)/g, '\\#&#8203;');

/** Text from outside: capped, then inert (no HTML, links, mentions, references or Markdown). */
const cell = (text: string, max = 300): string =>
  inert(text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A link we build ourselves; anything but a plain https URL is shown as escaped text. */
function link(text: string, href: string): string {
  return /^https:\/\/[^\s()<>"'`\\]+$/.test(href) ? `[${cell(text)}](${href})` : cell(text);
}

/** An ID or name as copyable code, when it cannot break out of the code span; else escaped text. */
function code(text: string): string {
  return /^[\w.:/@+-]{1,200}$/.test(text) ? `\`${text}\`` : cell(text, 200);
}

/**
 * Our own message that may quote our own dashboard URL: escaped like outside
 * text, except that exact URL, which becomes a real link (escapeMarkdown
 * would break GitHub's autolinker on it).
 */
function prose(text: string, max: number, projectId?: string): string {
  const url = projectId ? dashboardUrl(projectId) : undefined;
  const capped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  if (!url || !capped.includes(url)) return inert(capped);
  return capped
    .split(url)
    .map((part) => inert(part))
    .reduce((out, part) => `${out}[${escapeMarkdown(url)}](${url})${part}`);
}

function fromLine(context: RunContext): string | undefined {
  const { repository, sha, ref, runUrl, serverUrl } = context;
  if (!repository && !sha) return undefined;
  const base = serverUrl && repository ? `${serverUrl}/${repository}` : undefined;
  const parts: string[] = [];
  if (repository) parts.push(base ? link(repository, base) : cell(repository));
  if (sha)
    parts.push(
      base ? link(`commit ${sha.slice(0, 7)}`, `${base}/commit/${sha}`) : cell(sha.slice(0, 7)),
    );
  if (ref) parts.push(code(ref));
  if (runUrl) parts.push(link('workflow run', runUrl));
  return parts.join(' · ');
}

function deploymentLine(
  deployment: NonNullable<SummaryInput['deployment']>,
  context: RunContext,
): string {
  const env = code(deployment.environment);
  if (deployment.warning)
    return `- **GitHub deployment:** none recorded for environment ${env}: ${cell(deployment.warning, 500)}`;
  const { serverUrl, repository } = context;
  const id = deployment.id !== undefined ? ` as deployment ${deployment.id}` : '';
  const page =
    serverUrl && repository
      ? ` · ${link('deployments', `${serverUrl}/${repository}/deployments`)}`
      : '';
  return `- **GitHub deployment:** recorded for environment ${env}${id}${page}`;
}

/** `upload-id: …` as the user writes it in the workflow, copyable when the ID is safe in code. */
function uploadIdSetting(id: string): string {
  return /^[\w-]{1,100}$/.test(id) ? `\`upload-id: ${id}\`` : `upload-id: ${cell(id, 100)}`;
}

/** The lead sentence: what the status means for the user, and the one thing to do next. */
function lead(result: DeployResult): string | undefined {
  const setting = result.uploadId ? uploadIdSetting(result.uploadId) : undefined;
  switch (result.status) {
    case 'held':
      return setting
        ? `The build passed Streampixel's checks and is held (\`auto-release: false\`): distribute it with ${setting} to go live.`
        : "The build passed Streampixel's checks and is held (`auto-release: false`): distribute it from the dashboard to go live.";
    case 'approved':
    case 'distributed':
      return setting
        ? `To roll back to this build later, run this action with ${setting} (it distributes this upload again, without uploading it again).`
        : undefined;
    case 'queued':
      return setting
        ? `Once Streampixel approves it, ${setting} rolls back to this build later, without uploading it again.`
        : undefined;
    default:
      return undefined;
  }
}

const count = (n: number, one: string, many: string): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

function factsBlock(result: DeployResult): string[] {
  const facts = result.artifact?.verdict.facts;
  if (!facts) return [];
  const lines = ['### The archive', ''];
  if (facts.projectName) lines.push(`- **Unreal project:** ${cell(facts.projectName, 200)}`);
  lines.push(
    `- **Root folder:** ${facts.root ? cell(facts.root, 200) : 'the archive root'}`,
    `- **Entries:** ${count(facts.entries, 'entry', 'entries')} (${count(facts.files, 'file', 'files')})`,
    `- **Uncompressed size:** ${cell(formatBytes(facts.uncompressedBytes))}`,
    `- **Executables:** ${
      facts.executables.length > 0
        ? facts.executables
            .slice(0, 20)
            .map((e) => cell(e, 200))
            .join(', ')
        : 'none'
    }`,
    `- **Compression:** ${facts.methods.length > 0 ? facts.methods.map((m) => cell(m, 50)).join(', ') : 'none'}`,
    '',
  );
  return lines;
}

function warningsBlock(result: DeployResult): string[] {
  const all = [...result.warnings];
  // The archive's warnings normally reached result.warnings through the log; add any that did not.
  for (const w of result.artifact?.verdict.warnings ?? [])
    if (!all.some((a) => a.title === w.title))
      all.push({ title: w.title, message: `${w.message} ${w.hint}` });
  if (all.length === 0) return [];
  return [
    `### Warnings (${all.length})`,
    '',
    ...all.slice(0, 50).map((w) => `- **${cell(w.title, 200)}:** ${cell(w.message, 1000)}`),
    '',
  ];
}

function dryRunBlock(dryRun: NonNullable<DeployResult['dryRun']>): string[] {
  return [
    '### What the dry run checked',
    '',
    ...dryRun.checked.map((c) => `- ✔️ ${cell(c, 500)}`),
    ...dryRun.notChecked.map((c) => `- ➖ not checked: ${cell(c, 500)}`),
    '',
    `**Would send:** ${cell(dryRun.wouldSend, 500)}`,
    '',
  ];
}

function failureBlock(failure: Failure, headline: string, result?: DeployResult): string[] {
  const lines: string[] = [];
  // The headline already names most failures: a second heading with the same words is noise.
  if (!headline.includes(failure.title)) lines.push(`### ${cell(failure.title, 120)}`, '');
  // A rejection's message only repeats the objection, shown above.
  const repeatsObjection = result?.objection && failure.message.includes(result.objection);
  if (!repeatsObjection) lines.push(prose(failure.message, 1500, result?.projectId), '');
  lines.push(`**What to do:** ${prose(failure.hint, 1500, result?.projectId)}`, '');
  return lines;
}

/** What was deployed: the project, the upload, the artifact's URL and what went to storage. */
function deployedLines(result: DeployResult): string[] {
  const lines = [`- **Project:** ${link(result.projectId, dashboardUrl(result.projectId))}`];
  if (result.uploadId) lines.push(`- **Upload ID:** ${code(result.uploadId)}`);
  if (result.artifactUrl) {
    const size =
      result.artifactBytes !== undefined ? ` (${cell(formatBytes(result.artifactBytes))})` : '';
    lines.push(`- **Artifact:** ${cell(result.artifactUrl, 500)}${size}`);
  }
  if (result.storage) {
    const s = result.storage;
    const rate = (s.bytesPerSecond / 1e6).toFixed(1);
    lines.push(
      `- **Uploaded to storage:** ${cell(s.objectUri, 500)}: ${cell(formatBytes(s.bytes))} in ${formatElapsed(s.durationMs)} (${rate} MB/s)`,
    );
  }
  return lines;
}

/** How it went: the status, what was sent (when cancelled), Streampixel's words, the time taken. */
function outcomeLines(result: DeployResult): string[] {
  const lines = [`- **Status:** \`${result.status}\``];
  if (result.status === 'cancelled') lines.push(`- **Sent to Streampixel:** ${SENT[result.sent]}`);
  // The request's answer is news only until the build moves on.
  if (result.apiMessage && (result.status === 'queued' || result.status === 'distributed')) {
    const request = result.mode === 'upload' ? 'upload-file' : 'distribute-file';
    lines.push(`- **Streampixel said (answering ${request}):** ${cell(result.apiMessage)}`);
  }
  if (result.objection) lines.push(`- **Objection:** ${cell(result.objection, 1000)}`);
  lines.push(`- **Duration:** ${formatElapsed(result.durationMs)}`);
  return lines;
}

/** Where the run came from (fromLine, labelled by what it did) and the GitHub deployment. */
function originLines(result: DeployResult, input: SummaryInput): string[] {
  const lines: string[] = [];
  const from = fromLine(input.context);
  if (from) {
    // A rollback deploys no commit (the run only chose the upload), and a failed run deployed nothing.
    const label =
      result.status === 'dry-run'
        ? 'Checked from'
        : !result.ok
          ? 'Run from'
          : result.mode === 'distribute'
            ? 'Distributed from'
            : 'Deployed from';
    lines.push(`- **${label}:** ${from}`);
  }
  if (input.deployment) lines.push(deploymentLine(input.deployment, input.context));
  return lines;
}

/** The Streampixel statuses seen (the last 50), as a table; nothing when none was. */
function timelineBlock(result: DeployResult): string[] {
  if (result.timeline.length === 0) return [];
  const since = result.mode === 'upload' ? 'the upload' : 'the distribution';
  const lines = [
    '### Timeline',
    '',
    `| Streampixel status | Seen at (UTC) | Since Streampixel accepted ${since} |`,
    '| --- | --- | --- |',
  ];
  for (const t of result.timeline.slice(-50)) {
    const at = t.at.toISOString().slice(0, 19).replace('T', ' ');
    lines.push(
      `| ${cell(t.status || '(no status)', 100)} | ${at} | ${formatElapsed(t.elapsedMs)} |`,
    );
  }
  lines.push('');
  return lines;
}

/**
 * A deploy's result: the headline and lead, the facts as a list, then the failure, the dry
 * run's checks, the archive, the warnings and the timeline.
 */
function resultBlock(result: DeployResult, input: SummaryInput): string[] {
  const headline = STATUS_HEADLINE[result.status] ?? cell(result.status);
  const lines = [`## ${headline}`, ''];
  const first = lead(result);
  if (first) lines.push(first, '');
  lines.push(...deployedLines(result), ...outcomeLines(result), ...originLines(result, input), '');
  if (result.failure) lines.push(...failureBlock(result.failure, headline, result));
  if (result.dryRun) lines.push(...dryRunBlock(result.dryRun));
  lines.push(...factsBlock(result), ...warningsBlock(result), ...timelineBlock(result));
  return lines;
}

/**
 * The job summary's Markdown: the input problems when there are any, else the deploy's
 * result, else the unexpected failure; cut at MAX_SUMMARY_CHARS characters.
 */
export function renderSummary(input: SummaryInput): string {
  const { result, problems, failure } = input;
  const lines: string[] = [];

  if (problems && problems.length > 0) {
    // All of them: the runner shows at most 10 error annotations a step.
    lines.push(
      '## ❌ Streampixel deploy: invalid inputs',
      '',
      `Nothing was sent to Streampixel. Fix ${problems.length === 1 ? 'this input' : `these ${problems.length} inputs`} and re-run:`,
      '',
      '| Input | Problem |',
      '| --- | --- |',
    );
    for (const p of problems)
      lines.push(`| ${p.about ? cell(p.about) : code(p.input)} | ${cell(p.message, 500)} |`);
    lines.push('');
  } else if (result) {
    lines.push(...resultBlock(result, input));
  } else if (failure) {
    const headline = STATUS_HEADLINE.failed;
    lines.push(`## ${headline}`, '', ...failureBlock(failure, headline));
    const from = fromLine(input.context);
    if (from) lines.push(`- **Run from:** ${from}`);
    if (input.deployment) lines.push(deploymentLine(input.deployment, input.context));
    lines.push('');
  }

  const text = lines.join('\n');
  return text.length > MAX_SUMMARY_CHARS
    ? `${text.slice(0, MAX_SUMMARY_CHARS)}\n\n…(summary cut)\n`
    : text;
}
