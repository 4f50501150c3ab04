import { describe, expect, it } from 'vitest';
import { exportCyjs } from '../../../src/model/formats/cyjs/write';
import { exportGpml } from '../../../src/model/formats/gpml/write';
import { exportGraphml } from '../../../src/model/formats/graphml/write';
import { exportPathwayFile, exportPathwayJson } from '../../../src/model/formats/pathway';
import { detectFormat, importFile } from '../../../src/model/formats/load';
import {
  ACCEPT,
  CITATION_FORMATS,
  FORMATS,
  READ_FORMATS,
  formatById,
  formatsOfFile,
} from '../../../src/model/formats/registry';
import { exportSbgnml } from '../../../src/model/formats/sbgnml/write';
import { exportSif } from '../../../src/model/formats/sif';
import { parsePathwayText } from '../../../src/model/validate';
import { formatFixture, imported, mini, rich, triples } from './helpers';

describe('exportPathwayJson', () => {
  it('writes pretty JSON with "$schema" first that reads back to the same pathway', () => {
    for (const source of [mini(), rich()]) {
      const text = exportPathwayJson(source);
      expect(text.startsWith('{\n  "$schema": "pathway.schema.json",\n  "schemaVersion": 1,\n  "id": ')).toBe(true);
      expect(text.endsWith('}\n')).toBe(true);
      const back = parsePathwayText(text);
      if (!back.ok) throw new Error(JSON.stringify(back.errors));
      const { $schema, ...rest } = back.pathway;
      expect($schema).toBe('pathway.schema.json');
      expect(rest).toEqual(source);
    }
  });

  it('uses the given schema URL and replaces one the pathway holds', () => {
    const withSchema = { ...mini(), $schema: '../public/pathway.schema.json' };
    const text = exportPathwayJson(withSchema, 'https://example.org/app/pathway.schema.json');
    expect((JSON.parse(text) as { $schema?: unknown }).$schema).toBe('https://example.org/app/pathway.schema.json');
    expect(text.match(/\$schema/g)).toHaveLength(1);
  });
});

describe('detectFormat and importFile', () => {
  const exports = {
    pathway: exportPathwayJson(rich()),
    sif: exportSif(rich()).text,
    cyjs: exportCyjs(rich()).text,
    graphml: exportGraphml(rich()).text,
    sbgnml: exportSbgnml(rich()).text,
    gpml: exportGpml(rich()).text,
  } as const;

  it('recognises each format from its content', () => {
    for (const [id, text] of Object.entries(exports)) expect(detectFormat(undefined, text)).toBe(id);
    expect(detectFormat('x.cyjs', formatFixture('desktop.cyjs'))).toBe('cyjs');
    expect(detectFormat('x.graphml', formatFixture('yed.graphml'))).toBe('graphml');
    expect(detectFormat('x.sbgn', formatFixture('af-logic.sbgn'))).toBe('sbgnml');
    expect(detectFormat('broken.graphml', '<graphml')).toBe('graphml');
    expect(detectFormat('x.xml', '<html><body/></html>')).toBeUndefined();
    expect(detectFormat('x.bin', '\u0000\u0001')).toBeUndefined();
    expect(detectFormat('x.sif', '   ')).toBeUndefined();
  });

  it('imports each format through a dynamic import', async () => {
    for (const [id, text] of Object.entries(exports)) {
      const result = await importFile(text, `rich.${id}`);
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
      expect(triples(result.pathway)).toEqual(triples(rich()));
      // GPML carries citations (tests/unit/formats/gpml-export.test.ts); the other formats do not.
      if (id !== 'pathway' && id !== 'gpml') imported(result);
    }
  });

  it('says what it accepts when it recognises nothing, and reports parse errors of a pathway file', async () => {
    const unknown = await importFile('<html/>', 'page.html');
    expect(unknown).toMatchObject({
      ok: false,
      errors: [
        {
          message:
            'not a recognised pathway file: expected Pathway Layers JSON, Cytoscape.js JSON, SIF, GraphML, SBGN-ML (Activity Flow; Process Description read), GPML (WikiPathways) or PSI-MI JSON (IntAct)',
        },
      ],
    });
    const bad = await importFile('{"schemaVersion": 1}', 'p.json');
    expect(bad.ok).toBe(false);
  });

  it('falls back on an extension only one format claims', () => {
    expect(detectFormat('x.cyjs', '{ broken')).toBe('cyjs');
    expect(detectFormat('x.json', '{ broken')).toBe('pathway');
    expect(detectFormat('x.sbgnml', '<sbgn')).toBe('sbgnml');
    expect(detectFormat('x.SBGN', '<?xml version="1.0"?><!-- no root -->')).toBe('sbgnml');
    // .xml is claimed by GraphML and SBGN-ML: the content decides, and here it says nothing.
    expect(detectFormat('x.xml', '<graph')).toBeUndefined();
  });
});

describe('the format registry is the one table every other list reads', () => {
  const exporters = {
    pathway: (p: ReturnType<typeof mini>) => exportPathwayFile(p),
    cyjs: exportCyjs,
    sif: exportSif,
    graphml: exportGraphml,
    sbgnml: exportSbgnml,
    gpml: exportGpml,
  } as const;

  it('lists the formats in the order of the Export dialog', () => {
    expect(FORMATS.map((f) => f.id)).toEqual(['pathway', 'cyjs', 'sif', 'graphml', 'sbgnml', 'gpml']);
    expect(FORMATS.map((f) => f.export.button)).toEqual([
      'Pathway file (whole model)',
      'Cytoscape.js JSON',
      'SIF',
      'GraphML',
      'SBGN-ML (Activity Flow)',
      'GPML (WikiPathways, PathVisio)',
    ]);
    expect(CITATION_FORMATS.map((f) => f.label)).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
  });

  it('reads every format it writes, and PSI-MI JSON, which it only reads (no exporter, not in the Export dialog)', () => {
    expect(READ_FORMATS.map((f) => f.id)).toEqual([...FORMATS.map((f) => f.id), 'mijson']);
    expect(READ_FORMATS.filter((f) => f.export === undefined).map((f) => f.id)).toEqual(['mijson']);
    expect(formatById('mijson')).toMatchObject({ label: 'PSI-MI JSON (IntAct)', extensions: ['json'] });
  });

  it('the accept list is every extension of every format, each once', () => {
    const listed = ACCEPT.split(',');
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(new Set(READ_FORMATS.flatMap((f) => f.extensions.map((e) => `.${e}`))));
    expect(ACCEPT).toBe('.json,.cyjs,.sif,.txt,.tsv,.graphml,.xml,.sbgn,.sbgnml,.gpml');
  });

  it('each exporter writes the extension, MIME type and losses the registry gives', async () => {
    for (const format of FORMATS) {
      const file = exporters[format.id](rich());
      expect(file.fileExtension, format.id).toBe(format.extensions[0]);
      expect(file.fileName, format.id).toBe(`${rich().id}.${format.extensions[0]}`);
      expect(file.mimeType, format.id).toBe(format.mimeTypes[0]);
      // What the format always loses comes first (after notes about the selection, none here).
      expect(file.losses.slice(0, format.export.loses.length), format.id).toEqual(format.export.loses);
      // The exporter the registry loads writes the same file.
      const loaded = await format.export.load();
      expect(loaded(rich()), format.id).toEqual(file);
    }
    expect(formatById('pathway').export.loses).toEqual([]);
  });

  it('a whole-model format ignores the edge choice; the others keep to it', async () => {
    const p = rich();
    const one = [p.edges[0]!.id];
    for (const format of FORMATS) {
      const run = await format.export.load();
      const all = run(p).text;
      const some = run(p, { edgeIds: one }).text;
      if (format.export.wholeModel) expect(some, format.id).toBe(all);
      else expect(some.length, format.id).toBeLessThan(all.length);
    }
    expect(FORMATS.filter((f) => f.export.wholeModel).map((f) => f.id)).toEqual(['pathway']);
  });

  it('a file an exporter writes is recognised by its name and by its content as that format', async () => {
    for (const format of FORMATS) {
      const file = exporters[format.id](rich());
      expect(
        formatsOfFile(file.fileName).map((f) => f.id),
        format.id,
      ).toContain(format.id);
      expect(
        formatsOfFile('no-extension', file.mimeType).map((f) => f.id),
        format.id,
      ).toContain(format.id);
      expect(detectFormat(file.fileName, file.text), format.id).toBe(format.id);
      const back = await importFile(file.text, file.fileName);
      expect(back.ok, format.id).toBe(true);
    }
  });

  it('knows a file by its extension first, then by its MIME type, and nothing else', () => {
    expect(formatsOfFile('net.SIF').map((f) => f.id)).toEqual(['sif']);
    expect(formatsOfFile('net.xml').map((f) => f.id)).toEqual(['graphml', 'sbgnml']);
    expect(formatsOfFile('net.json', 'text/plain').map((f) => f.id)).toEqual(['pathway', 'cyjs', 'mijson']);
    expect(formatsOfFile('net', 'text/plain; charset=utf-8').map((f) => f.id)).toEqual(['sif']);
    expect(formatsOfFile('photo.png', 'image/png')).toEqual([]);
    expect(formatsOfFile(undefined)).toEqual([]);
  });
});
