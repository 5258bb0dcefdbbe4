/**
 * The yardstick for `npm run bench` on Node 24: a minimal GitHub Action written the usual way,
 * with @actions/core (inputs, outputs, failure) and @actions/http-client (the two requests),
 * bundled with ncc as dist/ is (`npm run bench:build-minimal` → build/bench/minimal-action/).
 * Same inputs and the same two requests as bench/bare.mjs: a ranged GET of the first 4 bytes of
 * file-url, then the POST to upload-file. No validation, retries, masking or summary.
 */
import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';

async function run() {
  const fileUrl = core.getInput('file-url', { required: true });
  const http = new HttpClient('minimal-action');

  const head = await http.get(fileUrl, { range: 'bytes=0-3' });
  const status = head.message.statusCode ?? 0;
  const bytes = Buffer.from(await head.readBodyBuffer());
  if (status !== 206 && status !== 200) throw new Error(`file-url: HTTP ${status}`);
  if (bytes.subarray(0, 4).toString('hex') !== '504b0304') throw new Error('not a zip');

  const upload = await http.postJson(`${core.getInput('api-url')}/projects/upload-file`, {
    apiKey: core.getInput('api-key'),
    userId: core.getInput('user-id'),
    projectId: core.getInput('project-id'),
    fileUrl,
    autoRelease: true,
  });
  core.setOutput('status', 'queued');
  core.info(upload.result?.message ?? '');
}

run().catch((err) => core.setFailed(err instanceof Error ? err.message : String(err)));
