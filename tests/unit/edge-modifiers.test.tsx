import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { predictAll } from '../../src/model/experiments';
import { exportCyjs } from '../../src/model/formats/cyjs/write';
import { exportGraphml } from '../../src/model/formats/graphml/write';
import { buildModel } from '../../src/model/model';
import { parsePathway } from '../../src/model/validate';
import { rawFixture } from '../helpers/fixtures';
import { renderApp } from '../helpers/renderApp';

/** A pharmacokinetic modifier on the mini fixture's D → C edge, with one supporting and one contesting item. */
const MODIFIER = {
  kind: 'pharmacokinetic',
  label: 'slow build-up',
  claim: 'D reaches C only after weeks of dosing.',
  evidence: [
    { ref: 'doe2021', kind: 'hypothesis', stance: 'supports', note: 'The authors propose it.' },
    { ref: 'blog2022', kind: 'commentary', stance: 'contests', note: 'Only one drug builds up slowly.' },
  ],
};

function withModifier(change?: (mod: Record<string, unknown>) => void) {
  const raw = rawFixture('mini');
  const mod: Record<string, unknown> = structuredClone(MODIFIER);
  change?.(mod);
  raw.edges.find((e) => e.id === 'd-binds-c')!.modifiers = [mod];
  return raw;
}

const errorsOf = (raw: unknown) => {
  const result = parsePathway(raw);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('edge modifiers: validation', () => {
  it('accepts a modifier with its own cited evidence', () => {
    const result = parsePathway(withModifier());
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.pathway.edges.find((e) => e.id === 'd-binds-c')?.modifiers?.[0]?.label).toBe('slow build-up');
  });

  it('names a modifier’s unknown reference by its JSON path', () => {
    const errors = errorsOf(withModifier((m) => ((m.evidence as { ref: string }[])[1]!.ref = 'nobody2000')));
    expect(errors).toEqual(['edges[2].modifiers[0].evidence[1].ref: no reference "nobody2000"']);
  });

  it('needs at least one supporting item, like an edge', () => {
    const errors = errorsOf(withModifier((m) => (m.evidence = [MODIFIER.evidence[1]])));
    expect(errors).toEqual(['edges[2].modifiers[0].evidence: needs at least one item with stance "supports"']);
  });

  it('rejects an unknown modifier kind, an empty evidence list and an empty modifier list at the schema', () => {
    expect(errorsOf(withModifier((m) => (m.kind = 'dose'))).join('\n')).toMatch(
      /^edges\[2\]\.modifiers\[0\]\.kind: expected "pharmacokinetic", got "dose"$/,
    );
    expect(errorsOf(withModifier((m) => (m.evidence = [])))).toEqual([
      'edges[2].modifiers[0].evidence: expected at least 1 item',
    ]);
    const raw = rawFixture('mini');
    raw.edges[2]!.modifiers = [];
    expect(errorsOf(raw)).toEqual(['edges[2].modifiers: expected at least 1 item']);
  });
});

describe('edge modifiers: reachability', () => {
  it('never changes a prediction: the same experiments give the same answers with and without modifiers', () => {
    const plain = parsePathway(rawFixture('reach'));
    const raw = rawFixture('reach');
    for (const edge of raw.edges)
      edge.modifiers = [{ ...MODIFIER, evidence: [{ ref: 'ref2020', kind: 'hypothesis', stance: 'supports' }] }];
    const modified = parsePathway(raw);
    if (!plain.ok || !modified.ok) throw new Error('fixture invalid');
    const a = buildModel(plain.pathway);
    const b = buildModel(modified.pathway);
    const experiments = plain.pathway.experiments ?? [];
    expect(experiments.length).toBeGreaterThanOrEqual(2);
    for (const x of experiments) expect(predictAll(b, x)).toEqual(predictAll(a, x));
  });
});

describe('edge modifiers: export', () => {
  it('Cytoscape.js JSON and GraphML list modifiers among what they lose, only when there are some', () => {
    const with_ = parsePathway(withModifier());
    const without = parsePathway(rawFixture('mini'));
    if (!with_.ok || !without.ok) throw new Error('fixture invalid');
    for (const exporter of [exportCyjs, exportGraphml]) {
      expect(exporter(with_.pathway).losses).toContain('Edge modifiers (e.g. pharmacokinetic notes) are not written.');
      expect(exporter(without.pathway).losses.join(' ')).not.toMatch(/modifier/i);
    }
  });
});

describe('edge modifiers: display', () => {
  const parsed = parsePathway(withModifier());
  if (!parsed.ok) throw new Error('fixture invalid');
  const model = buildModel(parsed.pathway);

  it('the details panel shows each modifier with its kind, claim and evidence', async () => {
    await renderApp(model, '?layers=alpha,beta&select=edge:d-binds-c');
    const details = screen.getByRole('region', { name: 'Details' });
    const section = within(details).getByRole('region', { name: /Modifiers \(1\)/ });
    expect(within(section).getByRole('heading', { name: /pharmacokinetic slow build-up/ })).toBeInTheDocument();
    expect(within(section).getByText('D reaches C only after weeks of dosing.')).toBeInTheDocument();
    expect(within(section).getByText('Only one drug builds up slowly.')).toBeInTheDocument();
    expect(within(section).getByText('authors’ hypothesis')).toBeInTheDocument();
    // The edge's own evidence list stays separate: the modifier's contesting blog is listed once, inside it.
    expect(within(details).getAllByText('Only one drug builds up slowly.')).toHaveLength(1);
  });

  it('the text view mentions the modifier in the interaction’s sentence, with its evidence', async () => {
    await renderApp(model, '?layers=alpha,beta&view=text');
    const text = screen.getByRole('region', { name: /text view/ });
    const item = within(text)
      .getByRole('button', { name: /^Drug D binds Receptor C/ })
      .closest('li')!;
    expect(item).toHaveTextContent(
      /Modifier \(pharmacokinetic\), slow build-up: D reaches C only after weeks of dosing\. Evidence: Doe 2021, authors’ hypothesis, supports; .*commentary, contests\./,
    );
    // An edge without modifiers says nothing about them (B → C is listed under both hypotheses).
    const plain = within(text)
      .getAllByRole('button', { name: /^Protein B/ })
      .filter((b) => b.closest('li')?.id.startsWith('text-edge-'));
    expect(plain).toHaveLength(2);
    for (const button of plain) expect(button.closest('li')).not.toHaveTextContent(/Modifier/);
  });
});
