/**
 * `npm run demo`: the README's main job against the embedded stand-in. Starts
 * the stand-in on 127.0.0.1, runs dist/index.js as the runner would, and
 * prints the log, the outputs and the job summary.
 *
 *   npm run demo                 upload, follow the build until approved
 *   npm run demo -- reject       the build is rejected with an objection
 *   npm run demo -- bad-key      a rotated API key
 *   npm run demo -- bad-inputs   several bad inputs, reported at once
 *   npm run demo -- rollback     distribute an earlier upload
 */
import { parseAnnotations, runAction } from './runner.js';
import { APPROVED_LIFECYCLE, DEMO_ACCOUNT, startStandIn } from './stand-in.js';

const scenario = process.argv[2] ?? 'deploy';
const EARLIER_UPLOAD = '6650aa0b1c2d3e4f5a6b7c8d';

const standIn = await startStandIn({
  lifecycle:
    scenario === 'reject'
      ? ['pending', 'Downloading Files', 'Extracting & Scanning', 'Reject']
      : APPROVED_LIFECYCLE,
  existingUploads: { [EARLIER_UPLOAD]: 'Approved' },
});
const inputs: Record<string, string> = {
  'api-key': DEMO_ACCOUNT.apiKey,
  'user-id': DEMO_ACCOUNT.userId,
  'project-id': DEMO_ACCOUNT.projectId,
  'file-url': standIn.fileUrl('Game.zip', 'X-Amz-Signature=5f1c0ffee0ddba11'),
  'api-url': standIn.apiUrl,
  wait: 'true',
  // Streampixel's floor is 5 s; a loopback stand-in may be polled faster.
  'poll-interval-seconds': '0.3',
};
if (scenario === 'bad-key') inputs['api-key'] = 'spk_rotated_0000000000000000000000';
if (scenario === 'rollback') {
  delete inputs['file-url'];
  inputs['upload-id'] = EARLIER_UPLOAD;
}
if (scenario === 'bad-inputs') {
  Object.assign(inputs, {
    'api-key': 'first-half\nsecond-half',
    'project-id': `https://dashboard.streampixel.io/projectdetail/${DEMO_ACCOUNT.projectId}`,
    'file-url': 'https://drive.google.com/file/d/1AbC/view',
    wait: 'yes',
  });
}

console.log(`▶ scenario: ${scenario}; stand-in at ${standIn.apiUrl}\n`);
const run = await runAction(inputs);
await standIn.close();

// Shown as the runner shows it: masks consumed, debug lines hidden, annotations rendered.
console.log('── log ──');
for (const line of run.stdout.trimEnd().split('\n')) {
  if (line.startsWith('::add-mask::') || line.startsWith('::debug::')) continue;
  const [annotation] = parseAnnotations(line);
  console.log(
    annotation
      ? `${annotation.level.toUpperCase()}: ${annotation.title ?? ''}: ${annotation.message}`
      : line,
  );
}
if (run.stderr.trim()) console.log(`── stderr ──\n${run.stderr.trimEnd()}`);
console.log('\n── outputs ──');
for (const [k, v] of Object.entries(run.outputs)) console.log(`${k}=${v}`);
console.log('\n── job summary ──');
console.log(run.summary.trimEnd());
console.log(`\n── exit code ${run.exitCode}, ${run.durationMs} ms ──`);
