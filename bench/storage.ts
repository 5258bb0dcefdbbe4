/**
 * `npm run bench:storage`: a build folder → S3 → presigned URL, as one step, against the usual
 * script, both against radosgw on 127.0.0.1 (scripts/servers/radosgw.sh), run by run in turn.
 *
 *   ours:   node dist/cli/index.js --path DIR --s3-uri s3://bucket/bench-ours/ --s3-endpoint …
 *           (zips while uploading, presigns, checks the URL, asks the loopback stand-in of
 *           Streampixel to download it: a real run, not a dry run)
 *   theirs: zip -qr build.zip . && aws s3 cp build.zip s3://… && aws s3 presign s3://…
 *
 * Each process runs under /usr/bin/time -v: wall time and peak RSS (for theirs, the largest
 * process of the script: zip or the AWS CLI). The zip sizes are the objects' sizes in the bucket.
 *
 *   npm run bench:storage                        a generated 2 GB build, 3 runs each
 *   npm run bench:storage -- --gb 1 --runs 5     a smaller build, more runs
 *   npm run bench:storage -- --dir PATH          an existing build folder (kept)
 *
 * The generated folder, the local zip and the objects are deleted at the end; radosgw's garbage
 * collector is run after each deletion so that its 4 GiB OSD does not fill up.
 */
import {
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ROOT } from '../demo/runner.js';
import { DEMO_ACCOUNT, startStandIn } from '../demo/stand-in.js';

const { values: flags } = parseArgs({
  options: {
    gb: { type: 'string', default: '2' },
    runs: { type: 'string', default: '3' },
    dir: { type: 'string' },
  },
});
const GB = Number(flags.gb) || 2;
const RUNS = Math.max(1, Number(flags.runs) || 3);
const MiB = 1024 * 1024;

// ── radosgw ─────────────────────────────────────────────────────────────────
const stateFile = join(ROOT, 'build', 'servers', 'radosgw', 'radosgw.json');
const started = spawnSync('bash', [join(ROOT, 'scripts', 'servers', 'radosgw.sh'), 'start'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (started.status !== 0 || !existsSync(stateFile)) {
  console.error('radosgw did not start: run `bash scripts/servers/install.sh` first');
  process.exit(1);
}
const gw = JSON.parse(readFileSync(stateFile, 'utf8')) as {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  bucket: string;
  stateDir: string;
};
const s3 = new S3Client({
  endpoint: gw.endpoint,
  region: gw.region,
  forcePathStyle: true,
  credentials: { accessKeyId: gw.accessKeyId, secretAccessKey: gw.secretAccessKey },
});
async function deletePrefix(prefix: string): Promise<void> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: gw.bucket, Prefix: prefix }));
  for (const o of listed.Contents ?? [])
    await s3.send(new DeleteObjectCommand({ Bucket: gw.bucket, Key: o.Key }));
  // Deleted multipart objects wait for radosgw's GC (2 h by default): collect them now.
  spawnSync(
    'radosgw-admin',
    ['-c', join(gw.stateDir, 'ceph.conf'), 'gc', 'process', '--include-all'],
    {
      stdio: 'ignore',
    },
  );
}
async function sizeOf(prefix: string): Promise<{ key: string; bytes: number }> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: gw.bucket, Prefix: prefix }));
  const key = listed.Contents?.[0]?.Key;
  if (!key) throw new Error(`nothing uploaded under ${prefix}`);
  const head = await s3.send(new HeadObjectCommand({ Bucket: gw.bucket, Key: key }));
  return { key, bytes: head.ContentLength ?? NaN };
}

// ── the build folder ────────────────────────────────────────────────────────
const work = mkdtempSync(join(tmpdir(), 'storage-bench-'));
const generated = !flags.dir;
const dir = flags.dir ?? join(work, 'WindowsNoEditor');
function urandom(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  const r = spawnSync('head', ['-c', String(bytes), '/dev/urandom'], {
    stdio: ['ignore', fd, 'inherit'],
  });
  closeSync(fd);
  if (r.status !== 0) throw new Error(`head -c ${bytes} /dev/urandom failed`);
}
if (generated) {
  // A packaged UE build's shape: most bytes in a few incompressible .pak files, the .exe, and
  // thousands of small compressible files (config, shaders' text, metadata).
  const total = GB * 1024 * MiB;
  const paks = join(dir, 'Game', 'Content', 'Paks');
  mkdirSync(paks, { recursive: true });
  mkdirSync(join(dir, 'Game', 'Binaries', 'Win64'), { recursive: true });
  for (let i = 0; i < 3; i++)
    urandom(join(paks, `Game-WindowsNoEditor_${i}.pak`), Math.round(total * 0.28));
  urandom(
    join(dir, 'Game', 'Binaries', 'Win64', 'Game-Win64-Shipping.exe'),
    Math.round(total * 0.06),
  );
  writeFileSync(join(dir, 'Game.exe'), Buffer.alloc(256 * 1024, 'MZ'));
  const words = ['Texture', 'Material', 'Shader', 'Blueprint', 'Actor', 'Mesh', '0.000000', '1.0'];
  let seed = 1;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const smallBytes = total * 0.1;
  for (let i = 0, written = 0; written < smallBytes; i++) {
    const sub = join(dir, 'Engine', 'Content', `d${i % 40}`);
    mkdirSync(sub, { recursive: true });
    const n = 10_000 + Math.floor(rand() * 90_000);
    const parts: string[] = [];
    for (let len = 0; len < n;) {
      const w = words[Math.floor(rand() * words.length)] as string;
      parts.push(w);
      len += w.length + 1;
    }
    writeFileSync(join(sub, `f${i}.ini`), parts.join(' ').slice(0, n));
    written += n;
  }
}
const du = spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t')[0];
const files =
  spawnSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).stdout.split('\n').length - 1;

// ── the runs ────────────────────────────────────────────────────────────────
interface Sample {
  wallMs: number;
  maxRssKb: number;
  zipBytes: number;
}
function timed(
  cmd: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<{ ms: number; rssKb: number; out: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-v', ...cmd], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0)
        return reject(new Error(`${cmd.join(' ')}: exit ${code}\n${out}\n${err.slice(-3000)}`));
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      resolve({ ms, rssKb, out });
    });
  });
}

const standIn = await startStandIn({ rateLimit: false });
const awsEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AWS_ACCESS_KEY_ID: gw.accessKeyId,
  AWS_SECRET_ACCESS_KEY: gw.secretAccessKey,
  AWS_DEFAULT_REGION: gw.region,
  AWS_REGION: gw.region,
};
const ourCli = join(ROOT, 'dist', 'cli', 'index.js');
async function ours(): Promise<Sample> {
  await deletePrefix('bench-ours/');
  standIn.files.splice(0); // the project is idle: no earlier upload to wait for
  const run = await timed(
    [
      process.execPath,
      ourCli,
      '--path',
      dir,
      '--s3-uri',
      `s3://${gw.bucket}/bench-ours/`,
      '--s3-endpoint',
      gw.endpoint,
      '--project-id',
      DEMO_ACCOUNT.projectId,
      '--api-url',
      standIn.apiUrl,
      '--json',
    ],
    {
      ...awsEnv,
      STREAMPIXEL_API_KEY: DEMO_ACCOUNT.apiKey,
      STREAMPIXEL_USER_ID: DEMO_ACCOUNT.userId,
    },
  );
  const result = JSON.parse(run.out) as { ok?: boolean; status?: string };
  if (result.ok === false) throw new Error(`ours: ${run.out}`);
  const { bytes } = await sizeOf('bench-ours/');
  await deletePrefix('bench-ours/');
  return { wallMs: run.ms, maxRssKb: run.rssKb, zipBytes: bytes };
}
const theirZip = join(work, 'build.zip');
const theirScript = [
  'set -e',
  `zip -qr "${theirZip}" .`,
  `aws --endpoint-url "${gw.endpoint}" s3 cp --only-show-errors "${theirZip}" "s3://${gw.bucket}/bench-theirs/build.zip"`,
  `aws --endpoint-url "${gw.endpoint}" s3 presign "s3://${gw.bucket}/bench-theirs/build.zip" --expires-in 21600`,
].join('\n');
async function theirs(): Promise<Sample> {
  rmSync(theirZip, { force: true });
  await deletePrefix('bench-theirs/');
  const run = await timed(['bash', '-c', theirScript], awsEnv, dir);
  if (!/^http/.test(run.out.trim())) throw new Error(`theirs: no URL: ${run.out}`);
  const { bytes } = await sizeOf('bench-theirs/');
  if (bytes !== statSync(theirZip).size) throw new Error('theirs: uploaded size differs');
  rmSync(theirZip, { force: true });
  await deletePrefix('bench-theirs/');
  return { wallMs: run.ms, maxRssKb: run.rssKb, zipBytes: bytes };
}

const samples = { ours: [] as Sample[], theirs: [] as Sample[] };
try {
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
    for (const kind of order) {
      const s = await (kind === 'ours' ? ours : theirs)();
      samples[kind].push(s);
      console.error(
        `run ${i + 1} ${kind}: ${(s.wallMs / 1000).toFixed(1)} s, peak RSS ${(s.maxRssKb / 1024).toFixed(0)} MiB, zip ${s.zipBytes} bytes`,
      );
    }
  }
} finally {
  await standIn.close();
  await deletePrefix('bench-ours/');
  await deletePrefix('bench-theirs/');
  s3.destroy();
  if (generated) rmSync(work, { recursive: true, force: true });
  else rmSync(theirZip, { force: true });
}

// ── report ──────────────────────────────────────────────────────────────────
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const row = (name: string, xs: Sample[]): string => {
  const wall = xs.map((x) => x.wallMs / 1000);
  const rss = xs.map((x) => x.maxRssKb / 1024);
  return `| ${name} | ${median(wall).toFixed(1)} s | ${Math.min(...wall).toFixed(1)}–${Math.max(...wall).toFixed(1)} s | ${median(rss).toFixed(0)} MiB (max ${Math.max(...rss).toFixed(0)}) | ${(median(xs.map((x) => x.zipBytes)) / MiB).toFixed(1)} MiB |`;
};
const o = samples.ours;
const t = samples.theirs;
console.log(
  `\nBuild folder → S3 (radosgw on 127.0.0.1) → presigned URL: ${(Number(du) / MiB).toFixed(0)} MiB in ${files} files, ${RUNS} runs each, alternating.`,
);
console.log(
  `machine: ${cpus()[0]?.model.trim()}, ${availableParallelism()} cores, node ${process.version}\n`,
);
console.log('| process | median wall | range | peak RSS (median) | zip |');
console.log('| --- | --: | --: | --: | --: |');
console.log(row('ours: `node dist/cli/index.js --path …`', o));
console.log(row('theirs: `zip -r` + `aws s3 cp` + `aws s3 presign`', t));
const wallRatio = median(o.map((x) => x.wallMs)) / median(t.map((x) => x.wallMs));
const sizeRatio = median(o.map((x) => x.zipBytes)) / median(t.map((x) => x.zipBytes));
console.log(`\nwall time, ours / theirs: ${wallRatio.toFixed(2)}× (goal ≤ 0.70×)`);
console.log(`zip size, ours / zip -r: ${((sizeRatio - 1) * 100).toFixed(2)} % (goal ≤ +2 %)`);
console.log(
  `peak RSS, ours: ${(Math.max(...o.map((x) => x.maxRssKb)) / 1024).toFixed(0)} MiB at most (goal ≤ 300 MiB)`,
);
