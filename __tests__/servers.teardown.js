/**
 * jest globalTeardown: stops the S3 gateway (scripts/servers/radosgw.sh) if
 * this jest run started it. __tests__/servers.ts starts it with
 * `--watch <jest pid>`, which records that pid as the owner; a gateway started
 * by hand (no owner, or another one) is left running for the next run.
 * Without this teardown the watcher still stops it about a second after jest
 * exits; this makes the stop happen before jest reports, and synchronously.
 *
 * Plain JavaScript so that jest loads it without a transform.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default function stopOwnedRadosgw() {
  const state = process.env.RADOSGW_STATE_DIR ?? join(repo, 'build', 'servers', 'radosgw');
  let owner;
  try {
    owner = readFileSync(join(state, 'run', 'owner'), 'utf8').trim();
  } catch {
    return;
  }
  if (owner !== String(process.pid)) return;
  execFileSync('bash', [join(repo, 'scripts', 'servers', 'radosgw.sh'), 'stop'], {
    stdio: 'inherit',
    timeout: 60_000,
  });
}
