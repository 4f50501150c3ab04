/**
 * `npm run convert` (scripts/convert.ts): the command run in-process through its `main(argv, io)`,
 * and once as a child process (the entry point, the exit status, jsdom in a real Node process).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, usage } from '../../scripts/convert';
import { detectFormat, importFile } from '../../src/model/formats/load';
import { FORMATS, formatById, type FormatId } from '../../src/model/formats/registry';
import type { Pathway } from '../../src/model/types';
import { parsePathway } from '../../src/model/validate';
import { loadFixture } from '../helpers/fixtures';

const MINI = 'tests/fixtures/mini.json';
const REAL = 'tests/fixtures/formats/real';
const CELLNOPT = `${REAL}/cellnoptr-ToyPKNMMB.sif`;
const WP2141 = `${REAL}/wikipathways-WP2141.gpml`;
const TOY_SIF = 'A\t1\tB\nB\t-1\tC\nA\t1\tC\n';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** The pathway in a converted file's text, validated by the app's own parser; fails the test otherwise. */
function validPathway(text: string): Pathway {
  const result = parsePathway(JSON.parse(text));
  if (!result.ok) throw new Error(`not a valid pathway: ${JSON.stringify(result.errors)}`);
  return result.pathway;
}

/** A file converted back to Pathway Layers JSON by the command: its import through the registry. */
async function reimported(path: string): Promise<Pathway> {
  const back = await run(path, '--to', 'pathway');
  expect(back.code, back.stderr).toBe(0);
  return validPathway(back.stdout);
}

const lines = (text: string) => text.split('\n').filter(Boolean);
const losses = (n: number) => `${n} ${n === 1 ? 'loss' : 'losses'}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-convert-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A new folder in the test's temporary folder, with these files. */
function folder(name: string, files: Record<string, string> = {}): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

describe('convert: one file', { timeout: 30_000 }, () => {
  it('converts SIF to a Pathway Layers JSON file on stdout that the app validates', async () => {
    const input = join(folder('sif'), 'toy.sif');
    writeFileSync(input, TOY_SIF);
    const { code, stdout, stderr } = await run(input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // stdout holds the file and nothing else: it parses whole.
    const pathway = validPathway(stdout);
    expect(pathway.id).toBe('toy');
    expect(pathway.nodes.map((n) => n.label).sort()).toEqual(['A', 'B', 'C']);
    expect(pathway.edges.map((e) => `${e.source} ${e.relation} ${e.target}`).sort()).toEqual([
      'a positive-influence b',
      'a positive-influence c',
      'b negative-influence c',
    ]);
  });

  it.each<FormatId>(['sbgnml', 'graphml', 'gpml'])(
    'converts Pathway Layers JSON to %s, which re-imports with the same nodes and edges',
    async (to) => {
      const mini = loadFixture('mini');
      const extension = formatById(to).extensions[0]!;
      const out = join(folder(`mini-${to}`), `mini.${extension}`);
      const { code, stdout, stderr } = await run(MINI, '--to', to, '-o', out);
      expect(code, stderr).toBe(0);
      expect(stdout).toBe(
        `${MINI} → ${out} (Pathway Layers JSON → ${formatById(to).label}: ${mini.nodes.length} nodes, ${mini.edges.length} edges; 0 warnings, ${losses(lines(stderr).length)})\n`,
      );
      const text = readFileSync(out, 'utf8');
      expect(detectFormat(out, text)).toBe(to);
      const back = await reimported(out);
      expect(back.nodes).toHaveLength(mini.nodes.length);
      expect(back.edges).toHaveLength(mini.edges.length);
    },
  );

  it('writes what the output format loses to stderr, each line prefixed with the file name', async () => {
    const mini = loadFixture('mini');
    const { code, stdout, stderr } = await run(MINI, '--to', 'sif');
    expect(code).toBe(0);
    expect(lines(stdout)).toHaveLength(mini.edges.length);
    expect(lines(stderr)).toEqual(formatById('sif').export.loses.map((loss) => `${MINI}: loss: ${loss}`));
  });

  it('converts a real WikiPathways GPML file as the app imports it, its warnings on stderr', async () => {
    const { code, stdout, stderr } = await run(WP2141);
    expect(code).toBe(0);
    const converted = validPathway(stdout);
    // The command installed a DOMParser, so the registry's importer runs here too: the same pathway.
    const direct = await importFile(readFileSync(WP2141, 'utf8'), 'wikipathways-WP2141.gpml');
    if (!direct.ok) throw new Error(JSON.stringify(direct.errors));
    const { $schema, ...rest } = converted;
    expect($schema).toBe('pathway.schema.json');
    expect(rest).toEqual(direct.pathway);
    expect(direct.warnings.length).toBeGreaterThan(3);
    expect(lines(stderr)).toEqual(direct.warnings.map((w) => `${WP2141}: warning: ${w}`));
  });

  it('converts the real CellNOpt SIF file to GPML and back with the same nodes and edges', async () => {
    const sif = await importFile(readFileSync(CELLNOPT, 'utf8'), 'cellnoptr-ToyPKNMMB.sif');
    if (!sif.ok) throw new Error(JSON.stringify(sif.errors));
    const out = folder('cellnopt');
    // -o naming an existing folder: <name>.<extension> inside it.
    const { code, stderr } = await run(CELLNOPT, '--to', 'gpml', '-o', out);
    expect(code, stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['cellnoptr-ToyPKNMMB.gpml']);
    for (const loss of formatById('gpml').export.loses) expect(stderr).toContain(`${CELLNOPT}: loss: ${loss}\n`);
    const back = await reimported(join(out, 'cellnoptr-ToyPKNMMB.gpml'));
    expect(back.nodes.map((n) => n.label).sort()).toEqual(sif.pathway.nodes.map((n) => n.label).sort());
    expect(back.edges).toHaveLength(sif.pathway.edges.length);
  });

  it('loads jsdom only for XML: converting JSON or SIF leaves DOMParser undefined', async () => {
    const g = globalThis as { DOMParser?: unknown };
    delete g.DOMParser;
    expect((await run(MINI, '--to', 'cyjs')).code).toBe(0);
    expect((await run(CELLNOPT, '--to', 'graphml')).code).toBe(0);
    expect(g.DOMParser).toBeUndefined();
    const xml = join(folder('lazy'), 'mini.graphml');
    expect((await run(MINI, '--to', 'graphml', '-o', xml)).code).toBe(0);
    expect(g.DOMParser).toBeUndefined(); // writing XML needs no parser
    expect((await run(xml)).code).toBe(0);
    expect(typeof g.DOMParser).toBe('function');
  });
});

describe('convert: failures', { timeout: 30_000 }, () => {
  it('reports an import failure with its messages, exits 1 and leaves the output file as it was', async () => {
    const where = folder('broken', {
      'broken.gpml':
        '<?xml version="1.0"?>\n<Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="x">\n<DataNode>\n</Pathway>\n',
      'kept.json': 'keep me',
    });
    const out = join(where, 'kept.json');
    const { code, stdout, stderr } = await run(join(where, 'broken.gpml'), '-o', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/broken\.gpml: error \(GPML \(WikiPathways\)\): line \d+, column \d+: not well-formed XML/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(readdirSync(where).sort()).toEqual(['broken.gpml', 'kept.json']); // no temporary file left
  });

  it('reports an unreadable file and an unrecognised format, exit 1, and writes nothing', async () => {
    const where = folder('unrecognised', { 'page.xml': '<html><body/></html>' });
    const missing = await run(join(where, 'missing.sif'), '-o', join(where, 'missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`${join(where, 'missing.sif')}: error: cannot read it: no such file or folder\n`);
    const page = await run(join(where, 'page.xml'), '-o', join(where, 'page.json'));
    expect(page.code).toBe(1);
    expect(page.stderr).toContain(`${join(where, 'page.xml')}: error: not a recognised pathway file: expected `);
    for (const f of FORMATS) expect(page.stderr).toContain(f.label);
    expect(readdirSync(where)).toEqual(['page.xml']);
  });

  it('rejects an unknown --to value with exit 2, naming it and the formats, and writes nothing', async () => {
    const out = join(folder('unknown-to'), 'mini.pdf');
    const { code, stdout, stderr } = await run(MINI, '--to', 'pdf', '-o', out);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`unknown --to value "pdf": expected one of ${FORMATS.map((f) => f.id).join(', ')}`);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[], 'no input: give a file or a folder to convert'],
    [[MINI, '--to'], '--to needs a value'],
    [[MINI, '-o'], '-o needs a value'],
    [[MINI, '-o', '--to', 'sif'], '-o needs a value'],
    [[MINI, '--frobnicate'], 'unknown option "--frobnicate"'],
    [[MINI, CELLNOPT], 'one input at a time, got 2'],
    [[MINI, '--to', 'sif', '--to', 'gpml'], '--to is given more than once'],
    [[REAL], `"${REAL}" is a folder: give the folder to write into with -o <folder>`],
    [[REAL, '-o', MINI], `-o must be a folder too, but "${MINI}" is a file`],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('npm run convert -- --help');
  });

  it('prints the usage and every format of the registry for --help', async () => {
    const { code, stdout, stderr } = await run('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(usage());
    expect(stdout).toMatch(/^Usage: npm run convert -- <input> \[--to <format>\] \[-o <out>\]/);
    for (const f of FORMATS) {
      expect(stdout).toContain(`  ${f.id.padEnd(9)}${f.label}\n`);
      expect(stdout).toContain(`writes .${f.extensions[0]!}`);
    }
  });
});

describe('convert: a folder', { timeout: 30_000 }, () => {
  it('converts every recognised file, reports each, and exits 1 when one fails', async () => {
    const input = folder('lecture', {
      'toy.sif': TOY_SIF,
      'mini.json': readFileSync(MINI, 'utf8'),
      'broken.json': '{ "schemaVersion": 1, "nodes": [\n',
      'notes.md': '# What to show on Monday\n',
      '.hidden.sif': TOY_SIF,
    });
    folder('lecture/subfolder', { 'inner.sif': TOY_SIF });
    const out = join(dir, 'lecture-out', 'graphml');
    const { code, stdout, stderr } = await run(input, '--to', 'graphml', '-o', out);
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['mini.graphml', 'toy.graphml']);
    for (const name of ['mini.graphml', 'toy.graphml']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(detectFormat(name, text)).toBe('graphml');
    }
    const lost = formatById('graphml').export.loses.length;
    expect(lines(stdout)).toEqual([
      `${join(input, 'mini.json')} → ${join(out, 'mini.graphml')} (Pathway Layers JSON → GraphML: 6 nodes, 5 edges; 0 warnings, ${losses(lost)})`,
      `${join(input, 'toy.sif')} → ${join(out, 'toy.graphml')} (SIF → GraphML: 3 nodes, 3 edges; 0 warnings, ${losses(lost)})`,
    ]);
    expect(stderr).toMatch(/broken\.json: error \(Pathway Layers JSON\): .*line 2/);
    expect(stderr).toContain(`${join(input, 'notes.md')}: skipped: not in a recognised format\n`);
    expect(stderr).not.toContain('hidden');
    expect(stderr).not.toContain('inner');
    expect(stderr.endsWith(`converted 2 of 4 files into ${out} (1 failed, 1 skipped)\n`)).toBe(true);
  });

  it('exits 0 when every file converts, and never overwrites an input or an output of the same run', async () => {
    const input = folder('clash', { 'a.sif': TOY_SIF, 'a.txt': 'X\t1\tY\n', 'b.sif': TOY_SIF });
    const clashing = await run(input, '--to', 'pathway', '-o', join(dir, 'clash-out'));
    expect(clashing.code, clashing.stderr).toBe(1); // a.sif and a.txt both make a.json
    expect(clashing.stderr).toContain(
      `${join(input, 'a.txt')}: error: not converted: its output ${join(dir, 'clash-out', 'a.json')} was already written from ${join(input, 'a.sif')}\n`,
    );
    expect(validPathway(readFileSync(join(dir, 'clash-out', 'a.json'), 'utf8')).nodes).toHaveLength(3);
    // Into the input folder itself, as SIF: each output would replace its input.
    const inPlace = await run(input, '--to', 'sif', '-o', input);
    expect(inPlace.code).toBe(1);
    expect(inPlace.stderr).toContain(
      `${join(input, 'a.sif')}: error: not converted: its output ${join(input, 'a.sif')} is one of the files to convert\n`,
    );
    expect(readFileSync(join(input, 'a.sif'), 'utf8')).toBe(TOY_SIF);
    rmSync(join(input, 'a.txt'));
    const ok = await run(input, '-o', join(dir, 'clash-ok'));
    expect(ok.code, ok.stderr).toBe(0);
    expect(readdirSync(join(dir, 'clash-ok')).sort()).toEqual(['a.json', 'b.json']);
    expect(ok.stdout.endsWith(`converted 2 of 2 files into ${join(dir, 'clash-ok')}\n`)).toBe(true);
  });

  it('exits 1 when the folder holds nothing to convert', async () => {
    const input = folder('empty', { 'notes.md': '# nothing\n' });
    const { code, stderr } = await run(input, '-o', join(dir, 'empty-out'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${input}: error: no file in a recognised format to convert`);
  });
});

describe('convert: the command itself', () => {
  const tsx = resolve('node_modules/.bin/tsx');
  const exec = promisify(execFile);

  it('runs as `tsx scripts/convert.ts`: output on stdout, warnings on stderr, exit status 0 or 2', async () => {
    const [ok, bad] = await Promise.all([
      exec(tsx, ['scripts/convert.ts', WP2141, '--to', 'sif']),
      exec(tsx, ['scripts/convert.ts', WP2141, '--to', 'pdf']).then(
        () => ({ code: 0, stderr: '' }),
        (err: { code: number; stderr: string }) => err,
      ),
    ]);
    // SIF: `source relation target` per interaction, a lone id per node without one.
    const fields = lines(ok.stdout).map((l) => l.split('\t').length);
    expect(fields.filter((n) => n === 3).length).toBeGreaterThan(10);
    expect(fields.every((n) => n === 3 || n === 1)).toBe(true);
    expect(ok.stderr).toContain(`${WP2141}: warning: `);
    expect(ok.stderr).toContain(`${WP2141}: loss: ${formatById('sif').export.loses[0]!}`);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown --to value "pdf"');
  }, 60_000);
});
