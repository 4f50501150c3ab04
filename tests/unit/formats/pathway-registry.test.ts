import { describe, expect, it } from 'vitest';
import { exportCyjs } from '../../../src/model/formats/cyjs';
import { exportGraphml } from '../../../src/model/formats/graphml';
import { exportPathwayJson } from '../../../src/model/formats/pathway';
import { FORMATS, detectFormat, importFile } from '../../../src/model/formats/registry';
import { exportSbgnml } from '../../../src/model/formats/sbgnml';
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
    expect(JSON.parse(text).$schema).toBe('https://example.org/app/pathway.schema.json');
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
      if (id !== 'pathway') imported(result);
    }
  });

  it('says what it accepts when it recognises nothing, and reports parse errors of a pathway file', async () => {
    const unknown = await importFile('<html/>', 'page.html');
    expect(unknown).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/SIF, Cytoscape\.js JSON, GraphML or SBGN-ML/) }],
    });
    const bad = await importFile('{"schemaVersion": 1}', 'p.json');
    expect(bad.ok).toBe(false);
  });

  it('lists every format with its extensions', () => {
    expect(FORMATS.map((f) => f.id)).toEqual(['pathway', 'sif', 'cyjs', 'graphml', 'sbgnml']);
    for (const [id, file] of [
      ['sif', exportSif(mini())],
      ['cyjs', exportCyjs(mini())],
      ['graphml', exportGraphml(mini())],
      ['sbgnml', exportSbgnml(mini())],
    ] as const)
      expect(FORMATS.find((f) => f.id === id)?.extensions[0]).toBe(file.fileExtension);
  });
});
