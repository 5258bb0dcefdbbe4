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
 *
 * The log is shown as the runner shows it (masked, commands consumed), the
 * summary as GitHub renders it (in plain text), and the demo exits with the
 * action's exit code.
 */
import { summaryAsText } from './plain-text.js';
import { runAction } from './runner.js';
import { APPROVED_LIFECYCLE, DEMO_ACCOUNT, startStandIn } from './stand-in.js';

const SCENARIOS: Record<string, string> = {
  deploy: 'upload, follow the build until approved',
  reject: 'the build is rejected with an objection',
  'bad-key': 'a rotated API key',
  'bad-inputs': 'several bad inputs, reported at once',
  rollback: 'distribute an earlier upload',
};

const scenario = process.argv[2] ?? 'deploy';
if (!Object.hasOwn(SCENARIOS, scenario) || process.argv.length > 3) {
  // A typo must not run the happy path and look like success.
  console.error(`Unknown demo scenario: ${process.argv.slice(2).join(' ')}. Pick one:`);
  for (const [name, what] of Object.entries(SCENARIOS))
    console.error(`  npm run demo -- ${name.padEnd(12)} ${what}`);
  process.exit(2);
}
const EARLIER_UPLOAD = '6650aa0b1c2d3e4f5a6b7c8d';

// After distribute-file, Streampixel shows the upload as "Distribute" for a while before it is
// "Approved" again: the stand-in holds it there for one read, so the log shows the distribution.
const ROLLBACK_LIFECYCLE = APPROVED_LIFECYCLE.flatMap((s) => (s === 'Distribute' ? [s, s] : [s]));
const standIn = await startStandIn({
  lifecycle:
    scenario === 'reject'
      ? ['pending', 'Downloading Files', 'Extracting & Scanning', 'Reject']
      : scenario === 'rollback'
        ? ROLLBACK_LIFECYCLE
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

// The log as the runner shows it: masked, commands consumed, `##[error]…` lines for annotations.
console.log('── log ──');
console.log(run.maskedLog.trimEnd());
if (run.annotations.length > 0) {
  // Shown on the run's page above the summary, each with its title.
  console.log('\n── annotations ──');
  for (const a of run.annotations)
    console.log(
      `${a.level === 'error' ? '❌' : a.level === 'warning' ? '⚠️' : 'ℹ️'} ${a.title ?? ''}: ${a.message}`,
    );
  if (run.droppedAnnotations.length > 0)
    console.log(
      `(and ${run.droppedAnnotations.length} more the runner does not show: at most 10 of each level a step; the summary lists them all)`,
    );
}
console.log('\n── outputs ──');
for (const [k, v] of Object.entries(run.outputs)) console.log(`${k}=${v}`);
// The summary as a person sees it on the run's page (the uploaded, masked copy).
console.log('\n── job summary, rendered ──');
console.log(summaryAsText(run.maskedSummary));
console.log(`\n── exit code ${run.exitCode}, ${run.durationMs} ms ──`);
process.exitCode = run.exitCode ?? 1;
