/**
 * The job summary: DeployResult (or the input problems that stopped the run)
 * → Markdown. Every value that came from outside is escaped; the whole is
 * kept far below the runner's 1 MiB limit.
 */
import type { InputProblem } from './config.js';
import type { DeployResult, Failure } from './deploy.js';
import { dashboardUrl, formatBytes, formatElapsed } from './format.js';
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

const STATUS_HEADLINE: Record<string, string> = {
  queued: '✅ Build queued on Streampixel',
  'dry-run': '☑️ Dry run: nothing sent to Streampixel',
  approved: '✅ Build approved and live on Streampixel',
  held: '✅ Build approved on Streampixel, held: distribute it to go live',
  distributed: '✅ Distribution started on Streampixel',
  rejected: '❌ Streampixel rejected the build',
  'timed-out': '⏱️ Timed out following the build',
  cancelled: '⏹️ Deploy cancelled',
  failed: '❌ Streampixel deploy failed',
};

const cell = (text: string, max = 300): string =>
  escapeMarkdown(text.length > max ? `${text.slice(0, max - 1)}…` : text);

function link(text: string, href: string): string {
  // Only our own well-formed https links are linked; the text is escaped.
  return /^https:\/\/[^\s()<>]+$/.test(href) ? `[${cell(text)}](${href})` : cell(text);
}

function fromLine(context: RunContext): string | undefined {
  const { repository, sha, ref, runUrl, serverUrl } = context;
  if (!repository && !sha) return undefined;
  const base = serverUrl && repository ? `${serverUrl}/${repository}` : undefined;
  const parts: string[] = [];
  if (repository) parts.push(base ? link(repository, base) : cell(repository));
  if (sha)
    parts.push(base ? link(sha.slice(0, 7), `${base}/commit/${sha}`) : cell(sha.slice(0, 7)));
  if (ref) parts.push(cell(ref));
  if (runUrl) parts.push(link('run', runUrl));
  return parts.join(' · ');
}

function failureBlock(failure: Failure): string[] {
  return [
    `### ${cell(failure.title, 120)}`,
    '',
    cell(failure.message, 1500),
    '',
    `**What to do:** ${cell(failure.hint, 1500)}`,
    '',
  ];
}

export function renderSummary(input: SummaryInput): string {
  const { result, problems, failure, context } = input;
  const lines: string[] = [];

  if (problems && problems.length > 0) {
    lines.push(
      '## ❌ Streampixel deploy: invalid inputs',
      '',
      'Nothing was sent to Streampixel. Fix these inputs and re-run:',
      '',
    );
    lines.push('| input | problem |', '| --- | --- |');
    for (const p of problems) lines.push(`| \`${p.input}\` | ${cell(p.message, 500)} |`);
    lines.push('');
  } else if (result) {
    const headline = STATUS_HEADLINE[result.status];
    lines.push(`## ${headline ?? cell(result.status)}`, '');
    lines.push('| | |', '| --- | --- |');
    lines.push(`| Project | ${link(result.projectId, dashboardUrl(result.projectId))} |`);
    if (result.artifactUrl) lines.push(`| Artifact | ${cell(result.artifactUrl, 500)} |`);
    if (result.artifactBytes !== undefined)
      lines.push(`| Size | ${cell(formatBytes(result.artifactBytes))} |`);
    if (result.storage) {
      const { objectUri, bytes, durationMs, bytesPerSecond } = result.storage;
      const speed = `${(bytesPerSecond / 1e6).toFixed(1)} MB/s`;
      lines.push(
        `| Stored as | ${cell(`${objectUri} (${formatBytes(bytes)} in ${formatElapsed(durationMs)}, ${speed})`, 600)} |`,
      );
    }
    if (result.uploadId) lines.push(`| Upload ID | ${cell(result.uploadId, 100)} |`);
    lines.push(`| Status | \`${result.status}\` |`);
    if (result.apiMessage) lines.push(`| Streampixel said | ${cell(result.apiMessage)} |`);
    if (result.objection) lines.push(`| Objection | ${cell(result.objection, 1000)} |`);
    lines.push(`| Duration | ${formatElapsed(result.durationMs)} |`);
    const from = fromLine(context);
    if (from) lines.push(`| Deployed from | ${from} |`);
    lines.push('');
    if (result.timeline.length > 0) {
      lines.push('### Timeline', '', '| status | at (UTC) | elapsed |', '| --- | --- | --- |');
      for (const t of result.timeline.slice(-50)) {
        lines.push(
          `| ${cell(t.status, 100)} | ${t.at.toISOString().slice(11, 19)} | ${formatElapsed(t.elapsedMs)} |`,
        );
      }
      lines.push('');
    }
    if (result.dryRun) {
      lines.push('### Dry run', '', `Would send: ${cell(result.dryRun.wouldSend, 500)}`, '');
      for (const c of result.dryRun.checked) lines.push(`- ✅ ${cell(c, 500)}`);
      for (const c of result.dryRun.notChecked) lines.push(`- ❔ not checked: ${cell(c, 500)}`);
      lines.push('');
    }
    if (result.failure) lines.push(...failureBlock(result.failure));
  } else if (failure) {
    lines.push(`## ${STATUS_HEADLINE.failed}`, '', ...failureBlock(failure));
  }

  const text = lines.join('\n');
  return text.length > MAX_SUMMARY_CHARS
    ? `${text.slice(0, MAX_SUMMARY_CHARS)}\n\n…(summary cut)\n`
    : text;
}
