/**
 * The job summary as GitHub shows it: rendered with GFM (micromark, as cmark-gfm would) and
 * asserted on the HTML and its text, not only on the Markdown.
 */
import { describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { InputProblem } from '../src/config.js';
import { INPUTS } from '../src/inputs.js';
import type { BuildFacts } from '../src/artifact/rules.js';
import type { DeployResult, DeployStatus, Sent } from '../src/deploy.js';
import { MAX_SUMMARY_CHARS, renderSummary, type SummaryInput } from '../src/summary.js';

const PROJECT = '665a2b3c4d5e6f7a8b9c0d1e';
const UPLOAD = '6650aa0b1c2d3e4f5a6b7c8d';
const DASHBOARD = `https://dashboard.streampixel.io/projectdetail/${PROJECT}`;
const HOSTILE =
  '<img src=x onerror=alert(1)> <script>alert(2)</script> [link](javascript:alert(1)) @mention #123 ::error::x https://evil.example/p | `code` **bold**\n## heading';

const context: SummaryInput['context'] = {
  repository: 'acme/game',
  sha: 'abcdef0123456789',
  ref: 'v2.0.0',
  serverUrl: 'https://github.com',
  runUrl: 'https://github.com/acme/game/actions/runs/1',
};

const base: DeployResult = {
  ok: true,
  status: 'approved',
  mode: 'upload',
  projectId: PROJECT,
  artifactUrl: 'https://bucket.example.com/Game.zip?…',
  artifactBytes: 3 * 1024 ** 3,
  uploadId: UPLOAD,
  apiMessage: 'Build queued for processing',
  timeline: [
    { status: 'Downloading Files', at: new Date('2026-11-26T12:00:05Z'), elapsedMs: 5_000 },
    { status: 'Approved', at: new Date('2026-11-26T12:01:05Z'), elapsedMs: 65_000 },
  ],
  sent: 'accepted',
  warnings: [],
  durationMs: 65_000,
};

const html = (md: string): string =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** The text a reader sees: tags dropped, entities decoded. */
const text = (h: string): string =>
  h
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x?[0-9a-f]+;/gi, (e) =>
      String.fromCodePoint(e[2] === 'x' ? parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1))),
    )
    .replace(/&amp;/g, '&');

const render = (input: Partial<SummaryInput>): { md: string; page: string; seen: string } => {
  const md = renderSummary({ context, ...input });
  const page = html(md);
  return { md, page, seen: text(page) };
};

const hrefs = (page: string): string[] =>
  [...page.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1] ?? '');
const headings = (page: string): string[] =>
  [...page.matchAll(/<h\d>(.*?)<\/h\d>/g)].map((m) => text(m[1] ?? ''));

function failed(status: DeployStatus, extra: Partial<DeployResult> = {}): DeployResult {
  return { ...base, ok: false, status, ...extra };
}

const rejected = failed('rejected', {
  objection: 'Executable not found in the archive',
  failure: {
    title: 'Streampixel rejected the build',
    message: `Streampixel rejected upload ${UPLOAD}: "Executable not found in the archive".`,
    hint: 'Fix what the objection names in the packaged build, then deploy again.',
  },
});

const cancelledWith = (sent: Sent): DeployResult =>
  failed('cancelled', {
    sent,
    uploadId: sent === 'accepted' ? UPLOAD : undefined,
    apiMessage: undefined,
    timeline: [],
    failure: {
      title: 'Deploy cancelled',
      message:
        sent === 'accepted'
          ? `The wait was cancelled (SIGTERM). Streampixel had accepted upload ${UPLOAD}, which may still go live.`
          : sent === 'maybe'
            ? 'The deploy was cancelled (SIGTERM) while upload-file was being sent, before Streampixel answered: the build may be queued.'
            : 'The deploy was cancelled (SIGTERM) before anything was sent to Streampixel.',
      hint:
        sent === 'nothing'
          ? 'Nothing to undo: re-run when ready.'
          : `Check the project before re-running (watch it at ${DASHBOARD}): a re-run may queue it twice.`,
    },
  });

const problems: InputProblem[] = INPUTS.slice(0, 14).map(({ name }, i) => ({
  input: name,
  title: `problem ${i + 1}`,
  message: `${name} is wrong (${i + 1}).`,
}));

/** Every status the summary knows, as a user could meet it. */
const EVERY_STATUS: Record<string, Partial<SummaryInput>> = {
  queued: { result: { ...base, status: 'queued', timeline: [] } },
  'dry-run': {
    result: {
      ...base,
      status: 'dry-run',
      sent: 'nothing',
      uploadId: undefined,
      apiMessage: undefined,
      timeline: [],
      dryRun: {
        checked: ['the API key, the user ID and the project'],
        notChecked: ['write access'],
        wouldSend: 'upload-file of https://bucket.example.com/Game.zip?… (autoRelease: true)',
      },
    },
  },
  approved: { result: base },
  held: { result: { ...base, status: 'held' } },
  rejected: { result: rejected },
  'timed-out': {
    result: failed('timed-out', {
      failure: {
        title: 'Timed out waiting for the build',
        message: `Upload ${UPLOAD} was accepted and may still go live: watch it at ${DASHBOARD}.`,
        hint: 'Raise wait-timeout-minutes.',
      },
    }),
  },
  distributed: {
    result: {
      ...base,
      status: 'distributed',
      mode: 'distribute',
      apiMessage: 'Distribution triggered',
    },
  },
  'cancelled, nothing sent': { result: cancelledWith('nothing') },
  'cancelled, maybe sent': { result: cancelledWith('maybe') },
  'cancelled, accepted': { result: cancelledWith('accepted') },
  failed: {
    result: failed('failed', {
      sent: 'nothing',
      uploadId: undefined,
      apiMessage: undefined,
      timeline: [],
      failure: {
        title: 'Streampixel: API key rejected',
        message: 'HTTP 401: Invalid API key.',
        hint: 'Rotate the key.',
      },
    }),
  },
  'invalid inputs': { problems },
  'unexpected error': {
    failure: { title: 'Unexpected error', message: 'TypeError: x', hint: 'Report it.' },
  },
};

describe('renderSummary, rendered as GitHub shows it', () => {
  it.each(Object.entries(EVERY_STATUS))(
    '%s: one heading each, real links, no empty table header',
    (_name, input) => {
      const { page } = render(input);
      const titles = headings(page);
      expect(new Set(titles).size).toBe(titles.length);
      expect(titles[0]).toBeTruthy();
      // A table's header cells all carry words.
      for (const th of page.matchAll(/<th[^>]*>(.*?)<\/th>/g))
        expect(text(th[1] ?? '').trim()).not.toBe('');
      if (input.result || input.failure) {
        expect(hrefs(page)).toEqual(
          expect.arrayContaining([
            ...(input.result ? [DASHBOARD] : []),
            'https://github.com/acme/game/commit/abcdef0123456789',
            'https://github.com/acme/game/actions/runs/1',
          ]),
        );
      }
      if (input.result?.uploadId) expect(page).toContain(`<code>${UPLOAD}</code>`);
    },
  );

  it('shows what was deployed where, linked, with the size and the duration', () => {
    const { page, seen } = render({ result: { ...base, status: 'queued', timeline: [] } });
    expect(headings(page)[0]).toBe('✅ Build queued on Streampixel');
    expect(page).toContain(`<a href="${DASHBOARD}">${PROJECT}</a>`);
    expect(seen).toContain('Artifact: https://bucket.example.com/Game.zip?… (3.0 GiB)');
    expect(seen).toContain('Duration: 1m05s');
    expect(seen).toContain('Streampixel said (answering upload-file): Build queued for processing');
    expect(seen).toContain('Deployed from: acme/game · commit abcdef0 · v2.0.0 · workflow run');
  });

  it("shows the upload request's answer only while it is the latest news", () => {
    for (const input of [
      EVERY_STATUS.approved,
      EVERY_STATUS.rejected,
      EVERY_STATUS['timed-out'],
      EVERY_STATUS.held,
    ])
      expect(render(input ?? {}).seen).not.toContain('Build queued for processing');
    expect(render(EVERY_STATUS.distributed ?? {}).seen).toContain(
      'Streampixel said (answering distribute-file): Distribution triggered',
    );
  });

  it('says how to roll back to an approved build, as code to copy', () => {
    const { page, seen } = render({ result: base });
    expect(seen).toContain(
      `To roll back to this build later, run this action with upload-id: ${UPLOAD} (it distributes`,
    );
    expect(page).toContain(`<code>upload-id: ${UPLOAD}</code>`);
  });

  it('tells a held build how to go live', () => {
    const { seen } = render(EVERY_STATUS.held ?? {});
    expect(seen).toContain(`distribute it with upload-id: ${UPLOAD} to go live`);
  });

  it('shows a rejection once: one heading, the objection once, what to do', () => {
    const { page, seen } = render({ result: rejected });
    expect(headings(page)).toEqual(['❌ Streampixel rejected the build', 'Timeline']);
    expect(seen.split('Executable not found in the archive')).toHaveLength(2);
    expect(seen).toContain('Objection: Executable not found in the archive');
    expect(seen).toContain('What to do: Fix what the objection names');
    // Nothing was deployed: the commit is where the run came from.
    expect(seen).toContain('Run from: acme/game');
    expect(seen).not.toContain('Deployed from');
  });

  it('links the dashboard URL under "What to do" and in the message', () => {
    const { page } = render(EVERY_STATUS['cancelled, maybe sent'] ?? {});
    expect(page).toContain(`<a href="${DASHBOARD}">${DASHBOARD}</a>`);
    expect(text(page)).toContain(`(watch it at ${DASHBOARD}): a re-run may queue it twice.`);
  });

  it('a dry run says what it checked, what not, and what it would have sent', () => {
    const { page, seen } = render(EVERY_STATUS['dry-run'] ?? {});
    expect(headings(page)).toContain('What the dry run checked');
    expect(seen).toContain('the API key, the user ID and the project');
    expect(seen).toContain('not checked: write access');
    expect(seen).toContain(
      'Would send: upload-file of https://bucket.example.com/Game.zip?… (autoRelease: true)',
    );
    expect(seen).toContain('Checked from:');
    expect(seen).not.toContain('Deployed from');
  });

  it('says what a cancelled run sent, and where to watch', () => {
    expect(render(EVERY_STATUS['cancelled, nothing sent'] ?? {}).seen).toContain(
      'Sent to Streampixel: nothing',
    );
    expect(render(EVERY_STATUS['cancelled, maybe sent'] ?? {}).seen).toContain(
      'Sent to Streampixel: possibly: the request went out, but no answer came',
    );
    const accepted = render(EVERY_STATUS['cancelled, accepted'] ?? {});
    expect(accepted.seen).toContain('Sent to Streampixel: yes');
    expect(accepted.seen).toContain('may still go live');
    expect(hrefs(accepted.page)).toContain(DASHBOARD);
  });

  it('says from when the timeline counts', () => {
    const { page, seen } = render({ result: base });
    expect(page).toContain('<th>Since Streampixel accepted the upload</th>');
    expect(seen).toContain('2026-11-26 12:01:05');
    const distribution = render({ result: { ...base, mode: 'distribute', status: 'distributed' } });
    expect(distribution.page).toContain('<th>Since Streampixel accepted the distribution</th>');
    expect(distribution.seen).toContain('Distributed from: acme/game');
  });

  it('shows the GitHub deployment, or why none was recorded', () => {
    const recorded = render({ result: base, deployment: { id: 77, environment: 'production' } });
    expect(recorded.seen).toContain(
      'GitHub deployment: recorded for environment production as deployment 77 · deployments',
    );
    expect(hrefs(recorded.page)).toContain('https://github.com/acme/game/deployments');
    const missed = render({
      result: base,
      deployment: {
        environment: 'production',
        warning: 'HTTP 403: Resource not accessible by integration',
      },
    });
    expect(missed.seen).toContain(
      'GitHub deployment: none recorded for environment production: HTTP 403: Resource not accessible by integration',
    );
  });

  it('shows the archive, every warning of the run, and the storage upload', () => {
    const facts: BuildFacts = {
      entries: 1_310,
      files: 1_204,
      uncompressedBytes: 3.1 * 1024 ** 3,
      executables: ['Game.exe', 'CrashReportClient.exe'],
      projectName: 'Game',
      methods: ['Deflate', 'Store'],
      root: 'Windows/',
    };
    const finding = {
      code: 'big',
      title: 'Large build',
      message: 'It is 25 GB.',
      hint: 'Trim it.',
    };
    const { page, seen } = render({
      result: {
        ...base,
        artifact: {
          inspected: true,
          verdict: { facts, warnings: [finding] },
          requests: 2,
          bytesRead: 9,
        },
        warnings: [
          { title: 'Large build', message: 'It is 25 GB. Trim it.' },
          { title: 'Presigned URL expires soon', message: 'It expires in 4 min.' },
        ],
        storage: {
          objectUri: 's3://builds/game/1.zip',
          bytes: 100e6,
          durationMs: 4_000,
          bytesPerSecond: 25e6,
        },
      },
    });
    expect(headings(page)).toEqual(expect.arrayContaining(['The archive', 'Warnings (2)']));
    for (const line of [
      'Unreal project: Game',
      'Root folder: Windows/',
      'Entries: 1,310 entries (1,204 files)',
      'Uncompressed size: 3.1 GiB',
      'Executables: Game.exe, CrashReportClient.exe',
      'Compression: Deflate, Store',
      'Large build: It is 25 GB. Trim it.',
      'Presigned URL expires soon: It expires in 4 min.',
      'Uploaded to storage: s3://builds/game/1.zip: 95.4 MiB in 4s (25.0 MB/s)',
    ])
      expect(seen).toContain(line);
    expect(seen.split('Large build')).toHaveLength(2);
  });

  it('renders hostile server text as inert text', () => {
    const { md, page, seen } = render({
      result: {
        ...rejected,
        objection: HOSTILE,
        apiMessage: HOSTILE,
        status: 'failed',
        warnings: [{ title: HOSTILE, message: HOSTILE }],
        timeline: [{ status: HOSTILE, at: new Date(0), elapsedMs: 0 }],
        failure: { title: HOSTILE, message: `Upload failed: ${HOSTILE}`, hint: 'Fix it.' },
      },
      deployment: { environment: HOSTILE, warning: HOSTILE },
    });
    expect(page).not.toMatch(/<img|<script|href="javascript|<h2>heading|<strong>bold/);
    expect(hrefs(page).every((h) => h.startsWith('https://') && !h.includes('evil'))).toBe(true);
    // Seen as the server wrote it, as words.
    expect(seen).toContain('<img src=x onerror=alert(1)>');
    expect(seen).toContain('[link](javascript:alert(1)) @\u200bmention #\u200b123 ::error::x');
    // GitHub links @mentions and #123 in the rendered text: a zero-width space keeps them words.
    expect(seen).not.toMatch(/@\w|#\d/);
    expect(md).not.toContain('@mention');
    // The table around the hostile status keeps its three columns.
    expect(page.match(/<td>/g)?.length).toBe(3);
  });

  it('lists every bad input, past the 10 annotations the runner shows, and says nothing was sent', () => {
    const { page, seen } = render({ problems });
    expect(seen).toContain('Nothing was sent to Streampixel. Fix these 14 inputs and re-run');
    expect(page).toContain('<th>Input</th>');
    expect(page.match(/<tr>/g)).toHaveLength(15);
    expect(page).toContain(`<code>${problems[13]?.input}</code>`);
    expect(seen).toContain(`${problems[13]?.input} is wrong (14).`);
  });

  it('stays under its size cap whatever the server sends', () => {
    const huge = 'x'.repeat(10_000);
    const md = renderSummary({
      result: {
        ...rejected,
        timeline: Array.from({ length: 5_000 }, (_, i) => ({
          status: huge,
          at: new Date(),
          elapsedMs: i,
        })),
        warnings: Array.from({ length: 5_000 }, () => ({ title: huge, message: huge })),
      },
      context: {},
    });
    expect(md.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS + 30);
  });
});
