import { describe, expect, it } from '@jest/globals';
import type { DeployResult } from '../src/deploy.js';
import { MAX_SUMMARY_CHARS, renderSummary } from '../src/summary.js';

const base: DeployResult = {
  ok: false,
  status: 'rejected',
  mode: 'upload',
  projectId: '665a2b3c4d5e6f7a8b9c0d1e',
  artifactUrl: 'https://bucket.example.com/Game.zip?…',
  uploadId: '6650aa0b1c2d3e4f5a6b7c8d',
  timeline: [{ status: 'Reject', at: new Date('2026-11-26T12:00:05Z'), elapsedMs: 5_000 }],
  sent: 'accepted',
  warnings: [],
  durationMs: 65_000,
};

describe('renderSummary', () => {
  it('shows what was deployed where, linked to the dashboard, with the run that deployed it', () => {
    const md = renderSummary({
      result: {
        ...base,
        ok: true,
        status: 'queued',
        timeline: [],
        artifactBytes: 3 * 1024 ** 3,
        apiMessage: 'Build queued for processing',
      },
      context: {
        repository: 'acme/game',
        sha: 'abcdef0123456789',
        ref: 'v2.0.0',
        serverUrl: 'https://github.com',
        runUrl: 'https://github.com/acme/game/actions/runs/1',
      },
    });
    expect(md).toContain('## ✅ Build queued on Streampixel');
    expect(md).toContain(
      '| Project | [665a2b3c4d5e6f7a8b9c0d1e](https://dashboard.streampixel.io/projectdetail/665a2b3c4d5e6f7a8b9c0d1e) |',
    );
    expect(md).toContain('| Size | 3\\.0 GiB |');
    expect(md).toContain('| Duration | 1m05s |');
    expect(md).toContain('[abcdef0](https://github.com/acme/game/commit/abcdef0123456789)');
    expect(md).toContain('[run](https://github.com/acme/game/actions/runs/1)');
  });

  it('escapes server text: no HTML, no links, no broken table', () => {
    const hostile =
      '<img src=x onerror=alert(1)> [click](http://evil.example) | `code` **bold**\n## heading';
    const md = renderSummary({
      result: {
        ...base,
        objection: hostile,
        apiMessage: hostile,
        failure: { title: 'Streampixel rejected the build', message: hostile, hint: 'Fix it.' },
      },
      context: {},
    });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](http://evil');
    expect(md).not.toContain('http://evil');
    expect(md).not.toMatch(/[^\\]\|\s*`code`/);
    expect(md).not.toContain('\n## heading');
    for (const row of md.split('\n').filter((l) => l.startsWith('| Objection'))) {
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
    }
  });

  it('lists every bad input and says nothing was sent', () => {
    const md = renderSummary({
      problems: [
        {
          input: 'api-key',
          title: 'api-key spans 2 lines',
          message: 'api-key must be a single line.',
        },
        { input: 'wait', title: 'wait is not a boolean', message: 'wait must be true or false.' },
      ],
      context: {},
    });
    expect(md).toContain('Nothing was sent to Streampixel');
    expect(md).toContain('| `api-key` | api\\-key must be a single line\\. |');
    expect(md).toContain('| `wait` |');
  });

  it('stays under its size cap whatever the server sends', () => {
    const huge = 'x'.repeat(10_000);
    const md = renderSummary({
      result: {
        ...base,
        timeline: Array.from({ length: 5_000 }, (_, i) => ({
          status: huge,
          at: new Date(),
          elapsedMs: i,
        })),
      },
      context: {},
    });
    expect(md.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS + 30);
  });
});
