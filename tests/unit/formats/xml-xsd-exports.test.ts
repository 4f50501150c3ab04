/**
 * The XML exports are valid against the official schemas, checked offline with xmllint (libxml2):
 * SBGN-ML against libSBGN's SBGN.xsd 0.3 (the namespace our writer uses), GraphML against
 * graphml.graphdrawing.org's graphml.xsd 1.0 (the version our files point at), GPML against
 * PathVisio's GPML2013a.xsd. The schemas and where each comes from: tests/fixtures/schemas/SOURCES.md.
 * Exported: the built-in model, the mini and rich fixtures, and every real file in
 * tests/fixtures/formats/real once imported. Positive controls: documents broken on purpose are
 * rejected by the same check, so that a green run cannot come from a check that accepts anything.
 *
 * GraphML, two things:
 * - Our export writes yEd's `yfiles.foldertype="group"` on a compartment (NetworkX reads the nodes
 *   of a nested graph only then), an attribute GraphML does not define. GraphML exports are checked
 *   against graphml+yfiles.xsd, the official graphml.xsd with that one attribute declared through
 *   GraphML's extension mechanism, and against graphml.xsd alone to show that this attribute is the
 *   only thing it rejects.
 * - libxml2 wrongly reports an edge to a node inside a nested graph: "More than one match found for
 *   key-sequence […] of keyref edge_source_ref / edge_target_ref" (the node's id reaches the outer
 *   graph's key table twice, from the outer graph's own `.//node` and from the nested graph's table).
 *   A match was found, so the reference is good; Xerces accepts the same files. That message alone is
 *   set aside ({@link LIBXML2_NESTED_KEYREF}); a missing or duplicated node id is still an error.
 *
 * Needs the `xmllint` command (Debian's libxml2-utils): `node scripts/ensure-xmllint.mjs` installs
 * it. Without it every test here fails, saying so; none is skipped.
 *
 * Named `xml-…` so that vite.config.ts runs it in jsdom: importing the real files needs DOMParser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGpml } from '../../../src/model/formats/gpml/write';
import { exportGraphml } from '../../../src/model/formats/graphml/write';
import { importFile } from '../../../src/model/formats/load';
import { exportSbgnml } from '../../../src/model/formats/sbgnml/write';
import type { ExportResult } from '../../../src/model/formats/types';
import type { Pathway } from '../../../src/model/types';
import { parsePathway } from '../../../src/model/validate';
import { loadFixture, readJson } from '../../helpers/fixtures';
import { mini } from './helpers';

const SCHEMAS = resolve(process.cwd(), 'tests/fixtures/schemas');
const REAL = resolve(process.cwd(), 'tests/fixtures/formats/real');

const SBGN_XSD = 'sbgn/SBGN.xsd';
const GRAPHML_XSD = 'graphml/graphml.xsd';
const GRAPHML_YFILES_XSD = 'graphml/graphml+yfiles.xsd';
const GPML_XSD = 'gpml/GPML2013a.xsd';

/** Each XML exporter and the schema its files must be valid against. */
const EXPORTERS: readonly { name: string; write: (p: Pathway) => ExportResult; schema: string }[] = [
  { name: 'SBGN-ML', write: exportSbgnml, schema: SBGN_XSD },
  { name: 'GraphML', write: exportGraphml, schema: GRAPHML_YFILES_XSD },
  { name: 'GPML', write: exportGpml, schema: GPML_XSD },
];

/** libxml2's false report on an edge to a node inside a nested graph (see the module comment). */
const LIBXML2_NESTED_KEYREF =
  /: Schemas validity error : Element '\{http:\/\/graphml\.graphdrawing\.org\/xmlns\}edge': More than one match found for key-sequence \['[^']*'\] of keyref '\{http:\/\/graphml\.graphdrawing\.org\/xmlns\}edge_(?:source|target)_ref'\.$/;

/** What the official graphml.xsd alone rejects in our exports: the yEd attribute on compartments. */
const YFILES_FOLDERTYPE =
  /element node: Schemas validity error : Element '\{http:\/\/graphml\.graphdrawing\.org\/xmlns\}node', attribute 'yfiles\.foldertype': The attribute 'yfiles\.foldertype' is not allowed\.$/;

const dir = mkdtempSync(join(tmpdir(), 'pathway-layers-xsd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;

interface Report {
  /** xmllint's exit status: 0 valid, 3 invalid, 1 not well-formed, 5 the schema could not be read. */
  readonly status: number | null;
  /** Its error lines, without the libxml2 false report on nested graphs. */
  readonly errors: readonly string[];
  /** How many of those false reports were set aside. */
  readonly setAside: number;
  /** Everything it printed, for the failure message. */
  readonly output: string;
}

/** `xmllint --noout --nonet --schema <xsd> <file>`, `text` written to a temp file. */
function xmllint(text: string, schema: string, name: string): Report {
  const file = join(dir, `${written++}-${name.replace(/[^\w.-]+/g, '_')}`);
  writeFileSync(file, text);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(SCHEMAS, schema), file], {
    encoding: 'utf8',
  });
  if (run.error)
    throw new Error(
      (run.error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'xmllint is not installed: run `node scripts/ensure-xmllint.mjs` (it installs Debian’s libxml2-utils), then run the tests again.'
        : `could not run xmllint: ${run.error.message}`,
    );
  const lines = run.stderr
    .split('\n')
    .filter((l) => l && l !== `${file} validates` && l !== `${file} fails to validate`);
  const errors = lines.filter((l) => !LIBXML2_NESTED_KEYREF.test(l));
  return { status: run.status, errors, setAside: lines.length - errors.length, output: run.stderr };
}

/** Fails, showing xmllint's report, unless `text` is valid against `schema`. */
function expectValid(text: string, schema: string, name: string): void {
  const report = xmllint(text, schema, name);
  const why = `${name} is not valid against ${schema}:\n${report.output}`;
  expect(report.errors, why).toEqual([]);
  // 3 (invalid) only when every error was libxml2's false report on nested graphs.
  expect(report.status, why).toBe(report.setAside ? 3 : 0);
}

/** Fails unless xmllint rejects `text` as invalid (status 3, not a schema or syntax error) with `message`. */
function expectRejected(text: string, schema: string, name: string, message: RegExp): void {
  const report = xmllint(text, schema, name);
  const why = `${name} should be rejected by ${schema} with ${String(message)}:\n${report.output}`;
  expect(report.status, why).toBe(3);
  expect(
    report.errors.some((e) => message.test(e)),
    why,
  ).toBe(true);
}

function builtIn(): Pathway {
  const result = parsePathway(readJson('data/antidepressants.json'));
  if (!result.ok) throw new Error(`the built-in model is invalid: ${JSON.stringify(result.errors)}`);
  return result.pathway;
}

const PATHWAYS: readonly [string, () => Pathway | Promise<Pathway>][] = [
  ['the built-in model', builtIn],
  ['tests/fixtures/mini.json', mini],
  ['tests/fixtures/formats/rich.json', () => loadFixture('formats/rich')],
  ['tests/fixtures/formats/compartments.json', () => loadFixture('formats/compartments')],
  ...readdirSync(REAL)
    .sort()
    .map((file): [string, () => Promise<Pathway>] => [
      `real/${file}, imported`,
      async () => {
        const result = await importFile(readFileSync(join(REAL, file), 'utf8'), file);
        if (!result.ok) throw new Error(`import of ${file} failed: ${JSON.stringify(result.errors)}`);
        return result.pathway;
      },
    ]),
];

describe.each(EXPORTERS)('$name export is valid against $schema', ({ write, schema }) => {
  it.each(PATHWAYS)('%s', async (label, load) => {
    const file = write(await load());
    expectValid(file.text, schema, `${label} as ${file.fileName}`);
  });
});

describe('GraphML against the official graphml.xsd alone', () => {
  it.each(PATHWAYS)('%s: only the yfiles.foldertype of each compartment is rejected', async (label, load) => {
    const pathway = await load();
    const file = exportGraphml(pathway);
    const report = xmllint(file.text, GRAPHML_XSD, `${label} as ${file.fileName}`);
    const unexpected = report.errors.filter((e) => !YFILES_FOLDERTYPE.test(e));
    expect(unexpected, `${label}: graphml.xsd rejects more than yfiles.foldertype:\n${report.output}`).toEqual([]);
    const compartments = pathway.nodes.filter((n) => n.kind === 'compartment').length;
    expect(report.errors).toHaveLength(compartments);
    expect(report.status, report.output).toBe(compartments || report.setAside ? 3 : 0);
  });
});

describe('the schema check rejects invalid documents (positive controls)', () => {
  /** `text` with `from` replaced; fails if `from` is not there, so a control cannot go stale. */
  function broken(text: string, from: string | RegExp, to: string): string {
    const out = text.replace(from, to);
    expect(out, `${String(from)} not found in the export`).not.toBe(text);
    return out;
  }

  it('SBGN-ML: a glyph id starting with a digit (not an xs:ID)', () => {
    const text = broken(exportSbgnml(mini()).text, '<glyph id="a"', '<glyph id="1a"');
    expectRejected(text, SBGN_XSD, 'digit-id.sbgn', /'1a' is not a valid value of the atomic type 'xs:ID'/);
  });

  it('SBGN-ML: an arc without its required class', () => {
    const text = broken(exportSbgnml(mini()).text, /(<arc id="[^"]*") class="[^"]*"/, '$1');
    expectRejected(text, SBGN_XSD, 'no-class.sbgn', /The attribute 'class' is required but missing/);
  });

  it('GraphML: a graph without its required edgedefault', () => {
    const text = broken(exportGraphml(mini()).text, /(<graph id="[^"]*") edgedefault="directed"/, '$1');
    for (const schema of [GRAPHML_XSD, GRAPHML_YFILES_XSD])
      expectRejected(text, schema, 'no-edgedefault.graphml', /The attribute 'edgedefault' is required but missing/);
  });

  it('GraphML: data for an undeclared key', () => {
    const text = broken(exportGraphml(mini()).text, '<data key="label">', '<data key="no-such-key">');
    expectRejected(
      text,
      GRAPHML_YFILES_XSD,
      'undeclared-key.graphml',
      /No match found for key-sequence \['no-such-key'\]/,
    );
  });

  it('GraphML with compartments: an edge to a missing node, and a node id used twice', () => {
    const text = exportGraphml(builtIn()).text;
    const target = /<edge id="[^"]*" source="[^"]*" target="([^"]*)">/.exec(text)![1]!;
    expectRejected(
      broken(text, `target="${target}">`, 'target="no-such-node">'),
      GRAPHML_YFILES_XSD,
      'dangling.graphml',
      /No match found for key-sequence \['no-such-node'\] of keyref '\{http:\/\/graphml\.graphdrawing\.org\/xmlns\}edge_target_ref'/,
    );
    // A node inside a compartment given the id of a top-level node.
    const nested = /\n {12}<node id="([^"]*)">/.exec(text)![1]!;
    const topLevel = /\n {4}<node id="([^"]*)">/.exec(text)![1]!;
    expectRejected(
      broken(text, `\n            <node id="${nested}">`, `\n            <node id="${topLevel}">`),
      GRAPHML_YFILES_XSD,
      'duplicate.graphml',
      new RegExp(`Duplicate key-sequence \\['${topLevel}'\\] in key identity-constraint`),
    );
  });

  it('GraphML with compartments: a yfiles.foldertype graphml+yfiles.xsd does not allow', () => {
    const text = broken(exportGraphml(builtIn()).text, 'yfiles.foldertype="group"', 'yfiles.foldertype="box"');
    expectRejected(text, GRAPHML_YFILES_XSD, 'foldertype.graphml', /The value 'box' is not an element of the set/);
  });

  it('GPML: a data node without its required TextLabel', () => {
    const text = broken(exportGpml(mini()).text, /<DataNode TextLabel="[^"]*"/, '<DataNode');
    expectRejected(text, GPML_XSD, 'no-label.gpml', /The attribute 'TextLabel' is required but missing/);
  });

  it('GPML: a GraphId starting with a digit (not an xs:ID)', () => {
    const text = broken(exportGpml(mini()).text, 'GraphId="a"', 'GraphId="1a"');
    expectRejected(text, GPML_XSD, 'digit-id.gpml', /'1a' is not a valid value of the atomic type 'xs:ID'/);
  });
});
