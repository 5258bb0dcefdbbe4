/**
 * The documentation and packaging agree with the action: README's tables with
 * action.yml, every workflow in the README and in .github/workflows with the
 * inputs and outputs that exist, action.yml with the metadata syntax the
 * runner accepts, and the version everywhere it is written.
 *
 * action.yml is checked structurally here, not with a JSON-schema validator:
 * the validators on the npm registry (@action-validator/core and /cli 0.6.0)
 * only know node12, node16 and node20, and reject `using: node24`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { main } from '../src/cli/main.js';
import { INPUT_NAMES, INPUTS } from '../src/inputs.js';
import { ACTION_VERSION } from '../src/version.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses YAML strictly: a syntax error or a duplicate key is an error. */
function parseYaml(source: string, where: string): { doc: unknown; errors: string[] } {
  const parsed = parseDocument(source);
  const errors = parsed.errors.map((e) => `${where}: ${e.message}`);
  return { doc: errors.length ? undefined : parsed.toJS(), errors };
}

const actionParsed = parseYaml(read('action.yml'), 'action.yml');
if (actionParsed.errors.length) throw new Error(actionParsed.errors.join('\n'));
const actionYml = actionParsed.doc;
if (!isMapping(actionYml)) throw new Error('action.yml is not a mapping');
const inputs = (actionYml.inputs ?? {}) as Record<string, Mapping>;
const outputs = (actionYml.outputs ?? {}) as Record<string, Mapping>;
const inputNames = Object.keys(inputs);
const outputNames = Object.keys(outputs);
const requiredInputs = inputNames.filter((name) => inputs[name]?.required === true);
const README = read('README.md');

// ── README tables ───────────────────────────────────────────────────────────

/** The cells of a Markdown table row; `|` inside backticks or escaped does not split. */
function splitRow(line: string): string[] | undefined {
  const text = line.trim();
  if (!text.startsWith('|') || !text.endsWith('|') || text.length < 2) return undefined;
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else {
      if (ch === '`') inCode = !inCode;
      cell += ch;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** The body rows of the one table in `markdown` whose header is `header`. */
function tableRows(markdown: string, header: string[]): string[][] {
  const lines = markdown.split('\n');
  const tables: string[][][] = [];
  lines.forEach((line, i) => {
    const cells = splitRow(line);
    if (cells?.join('|').toLowerCase() !== header.join('|')) return;
    const rows: string[][] = [];
    for (let k = i + 2; k < lines.length; k++) {
      const row = splitRow(lines[k] ?? '');
      if (!row) break;
      rows.push(row);
    }
    tables.push(rows);
  });
  expect(tables).toHaveLength(1);
  return tables[0] ?? [];
}

/** `name` in backticks, the only form the tables use for a name. */
function nameCell(cell: string | undefined): string {
  const match = /^`([^`]+)`$/.exec(cell ?? '');
  if (!match?.[1]) throw new Error(`a table row's name cell is not \`name\`: ${cell}`);
  return match[1];
}

type Default = { kind: 'required' } | { kind: 'none' } | { kind: 'value'; value: string };

/** README: "required", "—" (optional, no default), or the default in backticks ('' for empty). */
function readmeDefault(cell: string | undefined): Default {
  if (cell === 'required') return { kind: 'required' };
  if (cell === '—') return { kind: 'none' };
  const match = /^`(.*)`$/.exec(cell ?? '');
  if (!match) throw new Error(`default cell "${cell}" is not required, — or \`value\``);
  const value = match[1] ?? '';
  return { kind: 'value', value: value === "''" ? '' : value };
}

function actionDefault(input: Mapping | undefined): Default {
  if (input?.required === true) return { kind: 'required' };
  if (input && 'default' in input) return { kind: 'value', value: String(input.default) };
  return { kind: 'none' };
}

describe('README tables and action.yml', () => {
  const inputRows = tableRows(README, ['input', 'default', 'description']);
  const outputRows = tableRows(README, ['output', 'description']);

  it('lists every input of action.yml, and only those, once each', () => {
    const names = inputRows.map((row) => nameCell(row[0]));
    expect([...names].sort()).toEqual([...inputNames].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives each input action.yml's default (or says it is required)", () => {
    for (const row of inputRows) {
      const name = nameCell(row[0]);
      expect({ name, default: readmeDefault(row[1]) }).toEqual({
        name,
        default: actionDefault(inputs[name]),
      });
      expect(row[2]?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('lists every output of action.yml, and only those, once each', () => {
    const names = outputRows.map((row) => nameCell(row[0]));
    expect([...names].sort()).toEqual([...outputNames].sort());
    expect(new Set(names).size).toBe(names.length);
    for (const row of outputRows) expect(row[1]?.length ?? 0).toBeGreaterThan(0);
  });

  it('action.yml declares exactly the inputs of the table in src/inputs.ts, in its order', () => {
    expect([...inputNames]).toEqual([...INPUT_NAMES]);
  });

  it("action.yml's descriptions, defaults and required flags are the table's", () => {
    for (const spec of INPUTS) {
      const declared = inputs[spec.name];
      expect({
        name: spec.name,
        description: declared?.description,
        required: declared?.required,
      }).toEqual({ name: spec.name, description: spec.description, required: spec.required });
      expect({ name: spec.name, default: actionDefault(declared) }).toEqual({
        name: spec.name,
        default: spec.required
          ? { kind: 'required' }
          : spec.default === undefined
            ? { kind: 'none' }
            : { kind: 'value', value: spec.default },
      });
    }
  });
});

// ── Workflows: README examples and .github/workflows ───────────────────────

const THIS_ACTION = /^(?:org\/streampixel-deploy@\S+|\.\/?)$/;

interface Found {
  where: string;
  step: Mapping;
}

/** Every step (at any depth) that `uses:` this action. */
function stepsUsingThisAction(node: unknown, where: string, found: Found[] = []): Found[] {
  if (Array.isArray(node)) {
    for (const item of node) stepsUsingThisAction(item, where, found);
  } else if (isMapping(node)) {
    if (typeof node.uses === 'string' && THIS_ACTION.test(node.uses)) {
      found.push({ where: `${where} (${String(node.name ?? node.id ?? node.uses)})`, step: node });
    }
    for (const value of Object.values(node)) stepsUsingThisAction(value, where, found);
  }
  return found;
}

/** What is wrong with the `with:` of a step that uses this action. */
function withProblems({ where, step }: Found): string[] {
  const given = isMapping(step.with) ? Object.keys(step.with) : [];
  const problems = [
    ...given.filter((k) => !inputNames.includes(k)).map((k) => `${where}: unknown input ${k}`),
    ...requiredInputs
      .filter((k) => !given.includes(k))
      .map((k) => `${where}: required input ${k} missing`),
  ];
  // config.ts: exactly one of the three; s3-uri with path.
  if (['path', 'file-url', 'upload-id'].filter((k) => given.includes(k)).length !== 1)
    problems.push(`${where}: give exactly one of path, file-url and upload-id`);
  if (given.includes('path') !== given.includes('s3-uri'))
    problems.push(`${where}: give s3-uri with path, and only with it`);
  return problems;
}

/** A complete workflow: triggers, and jobs whose steps each run or use something. */
function workflowProblems(workflow: Mapping, where: string): string[] {
  const problems: string[] = [];
  if (!('on' in workflow)) problems.push(`${where}: no "on"`);
  if (!isMapping(workflow.jobs) || Object.keys(workflow.jobs).length === 0)
    return [...problems, `${where}: no jobs`];
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const at = `${where} job ${id}`;
    if (!isMapping(job)) {
      problems.push(`${at}: not a mapping`);
      continue;
    }
    if (!('runs-on' in job)) problems.push(`${at}: no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      problems.push(`${at}: no steps`);
      continue;
    }
    const ours = new Set<string>();
    for (const step of job.steps) {
      if (!isMapping(step) || 'uses' in step === 'run' in step)
        problems.push(`${at}: a step needs exactly one of uses and run`);
      else if (typeof step.uses === 'string' && THIS_ACTION.test(step.uses) && step.id)
        ours.add(String(step.id));
    }
    // steps.<id>.outputs.<name> of this action's steps must be real outputs.
    for (const [, stepId, output] of JSON.stringify(job).matchAll(
      /steps\.([\w-]+)\.outputs\.([\w-]+)/g,
    )) {
      if (stepId && ours.has(stepId) && !outputNames.includes(output ?? ''))
        problems.push(`${at}: steps.${stepId}.outputs.${output} is not an output of the action`);
    }
    // needs.<job>.outputs.<name> must be declared by that job.
    for (const [, needed, output] of JSON.stringify(job).matchAll(
      /needs\.([\w-]+)\.outputs\.([\w-]+)/g,
    )) {
      const other = (workflow.jobs as Mapping)[needed ?? ''];
      const declared = isMapping(other) && isMapping(other.outputs) ? other.outputs : {};
      if (!(String(output) in declared))
        problems.push(`${at}: needs.${needed}.outputs.${output} is not declared`);
    }
  }
  return problems;
}

/** Third-party actions pinned by full commit SHA, with a version comment. */
function pinProblems(source: string, where: string): string[] {
  const problems: string[] = [];
  for (const line of source.split('\n')) {
    const match = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(#.*)?$/.exec(line);
    if (!match?.[1]) continue;
    const ref = match[1];
    if (THIS_ACTION.test(ref) || ref.startsWith('./') || ref.startsWith('docker://')) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref))
      problems.push(`${where}: ${ref} is not pinned by a full commit SHA`);
    if (!/^#\s*v\d/.test(match[2] ?? ''))
      problems.push(`${where}: ${ref} has no "# vN" version comment`);
  }
  return problems;
}

/** action → every ref it is pinned to, across all sources. */
function pins(sources: string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const source of sources) {
    for (const [, action, ref] of source.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@(\S+)/g)) {
      if (!action || !ref || THIS_ACTION.test(`${action}@${ref}`)) continue;
      map.set(action, (map.get(action) ?? new Set()).add(ref));
    }
  }
  return map;
}

const yamlBlocks = [...README.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m, i) => ({
  where: `README yaml block ${i + 1}`,
  source: m[1] ?? '',
}));
const workflowDir = join(ROOT, '.github', 'workflows');
const workflowFiles = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => ({ where: `.github/workflows/${f}`, source: read(`.github/workflows/${f}`) }))
  : [];

describe('README workflow examples', () => {
  const parsed = yamlBlocks.map(({ where, source }) => ({
    where,
    source,
    ...parseYaml(source, where),
  }));
  const workflows = parsed.filter(
    (p): p is typeof p & { doc: Mapping } => isMapping(p.doc) && 'jobs' in p.doc,
  );

  it('every yaml block parses', () => {
    expect(yamlBlocks.length).toBeGreaterThan(0);
    expect(parsed.flatMap(({ errors }) => errors)).toEqual([]);
    for (const { doc, where } of parsed)
      expect({ where, empty: doc == null }).toEqual({ where, empty: false });
  });

  it('every step that uses this action passes only real inputs, and all required ones', () => {
    const steps = parsed.flatMap(({ doc, where }) => stepsUsingThisAction(doc, where));
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.flatMap(withProblems)).toEqual([]);
  });

  it('every workflow is complete and reads only real outputs', () => {
    expect(workflows.flatMap(({ doc, where }) => workflowProblems(doc, where))).toEqual([]);
  });

  it('covers tag release, two-stage release, rollback, schedule and GitHub Deployments', () => {
    const docs = workflows.map((w) => w.doc);
    const on = (d: Mapping): Mapping => (isMapping(d.on) ? d.on : {});
    const withOf = (d: Mapping): Mapping[] =>
      stepsUsingThisAction(d, '').map((f) => (isMapping(f.step.with) ? f.step.with : {}));
    const covered = {
      tagWithWait: docs.some(
        (d) =>
          JSON.stringify(on(d).push ?? '').includes('v*') && withOf(d).some((w) => w.wait === true),
      ),
      twoStage: docs.some((d) => {
        const w = withOf(d);
        const jobs = Object.values(d.jobs as Mapping).filter(isMapping);
        return (
          w.some((x) => x['auto-release'] === false && x.wait === true) &&
          w.some((x) => String(x['upload-id'] ?? '').includes('needs.')) &&
          jobs.some((j) => 'environment' in j && 'needs' in j)
        );
      }),
      rollback: docs.some(
        (d) =>
          JSON.stringify(on(d).workflow_dispatch ?? '').includes('upload-id') &&
          withOf(d).some((w) => String(w['upload-id'] ?? '').includes('inputs.')),
      ),
      scheduled: docs.some((d) => Array.isArray(on(d).schedule)),
      deployments: docs.some(
        (d) =>
          isMapping(d.permissions) &&
          d.permissions.deployments === 'write' &&
          withOf(d).some((w) => 'environment' in w && 'github-token' in w),
      ),
      presignedS3: docs.some((d) => /aws s3 cp[\s\S]*aws s3 presign/.test(JSON.stringify(d))),
      concurrencyEverywhere: workflows.every(
        ({ doc }) =>
          'concurrency' in doc ||
          Object.values(doc.jobs as Mapping).every((j) => isMapping(j) && 'concurrency' in j),
      ),
    };
    expect(covered).toEqual({
      tagWithWait: true,
      twoStage: true,
      rollback: true,
      scheduled: true,
      deployments: true,
      presignedS3: true,
      concurrencyEverywhere: true,
    });
  });

  it('pins third-party actions by commit SHA', () => {
    expect(yamlBlocks.flatMap(({ source, where }) => pinProblems(source, where))).toEqual([]);
  });
});

describe('.github/workflows', () => {
  it('has CI and release workflows', () => {
    expect(workflowFiles.map((f) => f.where).sort()).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml']),
    );
  });

  it('every workflow parses, is complete, and sets top-level permissions', () => {
    for (const { source, where } of workflowFiles) {
      const { doc, errors } = parseYaml(source, where);
      expect(errors).toEqual([]);
      if (!isMapping(doc)) throw new Error(`${where} is not a mapping`);
      expect(workflowProblems(doc, where)).toEqual([]);
      expect({ where, permissions: isMapping(doc.permissions) }).toEqual({
        where,
        permissions: true,
      });
    }
  });

  it('every step that uses this action passes only real inputs, and all required ones', () => {
    const steps = workflowFiles.flatMap(({ source, where }) =>
      stepsUsingThisAction(parseYaml(source, where).doc, where),
    );
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.flatMap(withProblems)).toEqual([]);
    // CI runs the action without secrets: only ever as a dry run.
    for (const { step } of steps) expect(isMapping(step.with) && step.with['dry-run']).toBe(true);
  });

  it('pins third-party actions by commit SHA, the same SHA everywhere', () => {
    expect(workflowFiles.flatMap(({ source, where }) => pinProblems(source, where))).toEqual([]);
    const all = pins([...workflowFiles, ...yamlBlocks].map((f) => f.source));
    for (const [action, refs] of all)
      expect({ action, refs: refs.size }).toEqual({ action, refs: 1 });
  });
});

// ── action.yml metadata ─────────────────────────────────────────────────────

const TOP_KEYS = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];
const NODE_RUNS_KEYS = ['using', 'main', 'pre', 'post', 'pre-if', 'post-if'];
const ID = /^[_a-zA-Z][a-zA-Z0-9_-]*$/;
// GitHub's branding colours; icons are Feather icon names.
const COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
];

function metadataProblems(meta: Mapping): string[] {
  const problems: string[] = [];
  const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
  const onlyKeys = (where: string, value: Mapping, allowed: string[]): void => {
    for (const key of Object.keys(value))
      if (!allowed.includes(key)) problems.push(`${where}: unknown key ${key}`);
  };

  onlyKeys('action.yml', meta, TOP_KEYS);
  for (const key of ['name', 'description'])
    if (!nonEmpty(meta[key])) problems.push(`${key} missing`);

  if (!isMapping(meta.inputs)) problems.push('inputs is not a mapping');
  for (const [id, input] of Object.entries(isMapping(meta.inputs) ? meta.inputs : {})) {
    const at = `inputs.${id}`;
    // The runner lower-cases input IDs (INPUT_<ID>): keep them lower-case so the names match.
    if (!ID.test(id) || id !== id.toLowerCase()) problems.push(`${at}: bad input id`);
    if (!isMapping(input)) {
      problems.push(`${at}: not a mapping`);
      continue;
    }
    onlyKeys(at, input, INPUT_KEYS);
    if (!nonEmpty(input.description)) problems.push(`${at}: no description`);
    if ('required' in input && typeof input.required !== 'boolean')
      problems.push(`${at}: required is not a boolean`);
    // Quoted strings, so the README shows exactly what the runner passes.
    if ('default' in input && typeof input.default !== 'string')
      problems.push(`${at}: default is not a string`);
    if (input.required === true && 'default' in input)
      problems.push(`${at}: required with a default`);
  }

  for (const [id, output] of Object.entries(isMapping(meta.outputs) ? meta.outputs : {})) {
    const at = `outputs.${id}`;
    if (!ID.test(id) || id !== id.toLowerCase()) problems.push(`${at}: bad output id`);
    if (!isMapping(output)) {
      problems.push(`${at}: not a mapping`);
      continue;
    }
    // `value` belongs to composite actions only.
    onlyKeys(at, output, ['description']);
    if (!nonEmpty(output.description)) problems.push(`${at}: no description`);
  }

  if (!isMapping(meta.runs)) problems.push('runs is not a mapping');
  else {
    onlyKeys('runs', meta.runs, NODE_RUNS_KEYS);
    if (!nonEmpty(meta.runs.main)) problems.push('runs.main missing');
  }

  if ('branding' in meta) {
    if (!isMapping(meta.branding)) problems.push('branding is not a mapping');
    else {
      onlyKeys('branding', meta.branding, ['icon', 'color']);
      const { icon, color } = meta.branding;
      if (icon !== undefined && !(typeof icon === 'string' && /^[a-z0-9-]+$/.test(icon)))
        problems.push('branding.icon is not a Feather icon name');
      if (color !== undefined && !COLORS.includes(String(color)))
        problems.push(`branding.color must be one of ${COLORS.join(', ')}`);
    }
  }
  return problems;
}

describe("README's command line section", () => {
  /** Every key of a JSON value, nested ones as `failure.title`, array items as `timeline[].at`. */
  function keysOf(value: unknown, prefix = ''): string[] {
    if (Array.isArray(value)) return value.flatMap((v) => keysOf(v, `${prefix}[]`));
    if (!isMapping(value)) return [];
    return Object.entries(value).flatMap(([k, v]) => [
      `${prefix}${prefix ? '.' : ''}${k}`,
      ...keysOf(v, `${prefix}${prefix ? '.' : ''}${k}`),
    ]);
  }

  it('the --json bullet names every field the command prints', async () => {
    let stdout = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined };
    // Invalid inputs carry every field, problems included; a failure has no timeline entries.
    expect(await main(['--json', '--project-id', 'x'], {}, io)).toBe(2);
    const fields = new Set(keysOf(JSON.parse(stdout)).map((k) => k.split(/[.[]/).pop() ?? k));
    for (const f of ['status', 'at', 'elapsedMs']) fields.add(f); // timeline entries
    const bullet = /^- `--json`[\s\S]*?(?=\n- )/m.exec(README)?.[0] ?? '';
    const missing = [...fields].filter((f) => !bullet.includes(`\`${f}\``));
    expect(missing).toEqual([]);
    expect(fields).toContain('ok');
    expect(fields).toContain('problems');
  });
});

describe('action.yml', () => {
  it('is well-formed action metadata (structural check of the action schema)', () => {
    expect(metadataProblems(actionYml)).toEqual([]);
  });

  it('runs dist/index.js on node24, and the bundle exists', () => {
    const runs = actionYml.runs as Mapping;
    expect(runs.using).toBe('node24');
    expect(runs.main).toBe('dist/index.js');
    expect(existsSync(join(ROOT, 'dist', 'index.js'))).toBe(true);
  });

  it('the structural check catches what the schema forbids', () => {
    const broken: Mapping = {
      name: 'x',
      description: 'y',
      extra: 1,
      inputs: {
        'Bad Id': { description: 'd' },
        ok: { description: 'd', required: 'yes', typo: 1 },
      },
      outputs: { out: { description: 'd', value: 'v' } },
      runs: { using: 'node24', main: 'dist/index.js', image: 'x' },
      branding: { icon: 'Upload Cloud', color: 'pink' },
    };
    expect(metadataProblems(broken)).toHaveLength(8);
  });
});

// ── Versions and packaging files ────────────────────────────────────────────

describe('versions and packaging', () => {
  const pkg = JSON.parse(read('package.json')) as { version: string; license?: string };

  it('src/version.ts ACTION_VERSION equals package.json version', () => {
    expect(ACTION_VERSION).toBe(pkg.version);
  });

  it('CHANGELOG.md has a section for that version', () => {
    expect(read('CHANGELOG.md')).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'),
    );
  });

  it('ships LICENSE (MIT), SECURITY.md and the bundle licence file', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(existsSync(join(ROOT, 'SECURITY.md'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'licenses.txt'))).toBe(true);
  });
});
