import { describe, expect, it } from 'vitest';
import { citeKeys, malformedCitations, parseFocus, splitCitations } from '../../src/model/tours';
import { parsePathway } from '../../src/model/validate';
import { rawFixture, readJson } from '../helpers/fixtures';

describe('citations in prose', () => {
  it('finds cited keys, in order, once each, including grouped citations', () => {
    expect(citeKeys('A [@smith2020]. B [@doe_2021; @smith2020] and [@lee-3].')).toEqual([
      'smith2020',
      'doe_2021',
      'lee-3',
    ]);
    expect(citeKeys('No citations, an email a@b.c and [not @this].')).toEqual([]);
  });

  it('splits prose into text and citation segments, keeping the text exactly', () => {
    expect(splitCitations('SERT clears it [@thompson2011]. Then [@a; @b]')).toEqual([
      { type: 'text', text: 'SERT clears it ' },
      { type: 'cite', key: 'thompson2011' },
      { type: 'text', text: '. Then ' },
      { type: 'cite', key: 'a' },
      { type: 'cite', key: 'b' },
    ]);
    expect(splitCitations('[@a][@b]')).toEqual([
      { type: 'cite', key: 'a' },
      { type: 'cite', key: 'b' },
    ]);
    expect(splitCitations('plain')).toEqual([{ type: 'text', text: 'plain' }]);
    expect(splitCitations('')).toEqual([]);
  });

  it('reports malformed citations instead of showing them as text', () => {
    expect(malformedCitations('ok [@a] bad [@Smith2020] and [@open')).toEqual(['[@Smith2020]', '[@open']);
    expect(malformedCitations('fine [@a; @b]')).toEqual([]);
  });
});

describe('parseFocus', () => {
  it('reads node:<id> and edge:<id>', () => {
    expect(parseFocus('node:trkb')).toEqual({ kind: 'node', id: 'trkb' });
    expect(parseFocus('edge:bdnf-binds-trkb')).toEqual({ kind: 'edge', id: 'bdnf-binds-trkb' });
  });

  it('returns null for anything else', () => {
    for (const bad of ['trkb', 'layer:classic', 'node:', 'node:TrkB', ' node:trkb', 'edge:a b'])
      expect(parseFocus(bad)).toBeNull();
  });
});

describe('tour validation', () => {
  type RawTour = {
    id: string;
    steps: Record<string, unknown>[];
    questions: { choices: { correct: boolean; feedback: string }[]; experiment?: string }[];
  };
  const withTour = (change: (t: RawTour, raw: Record<string, unknown>) => void) => {
    const raw = rawFixture('reach') as unknown as Record<string, unknown> & { tours: RawTour[] };
    change(raw.tours[0]!, raw);
    return raw;
  };
  const errorsOf = (raw: unknown) => {
    const result = parsePathway(raw);
    if (result.ok) throw new Error('expected errors');
    return result.errors.map((e) => `${e.path}: ${e.message}`);
  };

  it('accepts the fixture', () => {
    expect(parsePathway(readJson('tests/fixtures/reach.json')).ok).toBe(true);
  });

  it('checks every citation in step text, feedback and description', () => {
    const errors = errorsOf(
      withTour((t) => {
        t.steps[1]!.text = 'See [@ref2020; @x].';
        t.questions[0]!.choices[1]!.feedback = 'Wrong [@nobody].';
        t.steps[0]!.text = 'Typo [@Ref2020].';
      }),
    );
    expect(errors).toEqual([
      'tours[0].steps[0].text: malformed citation "[@Ref2020]": write [@key] with a lower-case reference key',
      'tours[0].steps[1].text: no reference "x"',
      'tours[0].questions[0].choices[1].feedback: no reference "nobody"',
    ]);
  });

  it('checks layers, focus targets and experiments', () => {
    const errors = errorsOf(
      withTour((t) => {
        t.steps[0]!.layers = ['chain', 'gamma'];
        t.steps[0]!.focus = ['node:d', 'node:zz', 'edge:nope'];
        t.steps[1]!.experiment = 'no-such';
        t.questions[0]!.experiment = 'also-missing';
      }),
    );
    expect(errors).toEqual([
      'tours[0].steps[0].layers[1]: no layer "gamma"',
      'tours[0].steps[0].focus[1]: no node "zz"',
      'tours[0].steps[0].focus[2]: no edge "nope"',
      'tours[0].steps[1].experiment: no experiment "no-such"',
      'tours[0].questions[0].experiment: no experiment "also-missing"',
    ]);
  });

  it('rejects a malformed focus entry at the schema', () => {
    const errors = errorsOf(withTour((t) => (t.steps[0]!.focus = ['trkb'])));
    expect(errors.join('\n')).toMatch(/^tours\[0\]\.steps\[0\]\.focus\[0\]: "trkb" does not match/);
  });

  it('needs exactly one correct choice per question', () => {
    expect(errorsOf(withTour((t) => (t.questions[0]!.choices[1]!.correct = true)))).toEqual([
      'tours[0].questions[0].choices: needs exactly one correct choice, has 2',
    ]);
    expect(errorsOf(withTour((t) => (t.questions[0]!.choices[0]!.correct = false)))).toEqual([
      'tours[0].questions[0].choices: needs exactly one correct choice, has 0',
    ]);
  });

  it('rejects duplicate tour ids and an empty tour', () => {
    const dup = withTour((t, raw) => (raw.tours = [t, structuredClone(t)]));
    expect(errorsOf(dup)).toEqual(['tours[1].id: duplicate tour id "intro"']);
    expect(errorsOf(withTour((t) => (t.steps = [])))).toEqual(['tours[0].steps: expected at least 1 item']);
  });
});

describe('the built-in tours', () => {
  const result = parsePathway(readJson('data/antidepressants.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  const p = result.pathway;

  it('has the three course tours, each of 6–10 steps ending in 2–3 check questions', () => {
    expect(p.tours?.map((t) => t.id)).toEqual(['classic-puzzles', 'direct-binding', 'ketamine-fast-lasting']);
    expect(p.tours?.find((t) => t.id === 'ketamine-fast-lasting')?.title).toBe('Ketamine: fast and lasting');
    for (const tour of p.tours ?? []) {
      expect(tour.steps.length).toBeGreaterThanOrEqual(6);
      expect(tour.steps.length).toBeLessThanOrEqual(10);
      expect(tour.questions?.length).toBeGreaterThanOrEqual(2);
      expect(tour.questions?.length).toBeLessThanOrEqual(3);
    }
  });

  it('cites a reference in every step and in every answer’s feedback, and focuses on something', () => {
    for (const tour of p.tours ?? []) {
      for (const step of tour.steps) {
        expect(citeKeys(step.text).length, `${tour.id}: ${step.title}`).toBeGreaterThan(0);
        expect(step.layers.length, `${tour.id}: ${step.title}`).toBeGreaterThan(0);
        expect(step.focus.length, `${tour.id}: ${step.title}`).toBeGreaterThan(0);
      }
      for (const q of tour.questions ?? [])
        for (const c of q.choices) expect(citeKeys(c.feedback).length, q.prompt).toBeGreaterThan(0);
    }
  });

  it('asks what direct binding predicts for SERT Met172, with the experiment to run', () => {
    const tour = p.tours?.find((t) => t.id === 'direct-binding');
    const q = tour?.questions?.find((x) => x.experiment === 'sert-met172-fluoxetine');
    expect(q?.prompt).toMatch(/direct-binding hypothesis.*SERT Met172/);
    expect(q?.choices.find((c) => c.correct)?.text).toMatch(/retained/i);
    expect(citeKeys(q?.choices.find((c) => c.correct)?.feedback ?? '')).toContain('nackenoff2016');
  });

  it('shows every focused node and edge in the layers its step switches on', () => {
    let checked = 0;
    for (const tour of p.tours ?? [])
      for (const step of tour.steps)
        for (const entry of step.focus) {
          const target = parseFocus(entry)!;
          const inStep = (layers: readonly string[]) => layers.some((l) => step.layers.includes(l));
          const visible =
            target.kind === 'edge'
              ? inStep(p.edges.find((e) => e.id === target.id)!.layers)
              : p.edges.some((e) => (e.source === target.id || e.target === target.id) && inStep(e.layers));
          expect(visible, `${tour.id} “${step.title}”: ${entry}`).toBe(true);
          checked++;
        }
    expect(checked).toBeGreaterThan(80);
  });

  it('no longer tells the three misleading stories the audit found (§5)', () => {
    const text = (p.tours ?? []).flatMap((t) => [
      ...t.steps.map((s) => s.text),
      ...(t.questions ?? []).flatMap((q) => q.choices.map((c) => c.feedback)),
    ]);
    const all = text.join('\n');
    expect(all).not.toMatch(/serotonin goes up at once/i);
    expect(all).not.toMatch(/no cited work shows that serotonin itself/i);
    expect(all).not.toMatch(/steady levels in about a week/i);
    // The delay gets its classic answer, with its pindolol test and the dispute.
    const classic = p.tours!.find((t) => t.id === 'classic-puzzles')!;
    const delay = classic.steps.find((s) => s.experiment === 'pindolol-ssri-onset');
    expect(citeKeys(delay?.text ?? '')).toEqual(
      expect.arrayContaining(['blier1998', 'rrep1998', 'perry2004', 'rabiner2001', 'commons2019']),
    );
  });

  it('ends the direct-binding tour with a dated, sourced statement on replication, not a timeless one', () => {
    const tour = p.tours!.find((t) => t.id === 'direct-binding')!;
    const last = tour.steps.at(-1)!;
    // Dated, says what was searched (stored public records, named where students can find them) and that
    // finding nothing is not proof of absence.
    expect(last.text).toMatch(
      /As of 1 December 2026, searches of stored public records made for this model \(.*docs\/references\.md\) found no published independent replication/,
    );
    expect(last.text).toMatch(/not proof that none exists/);
    expect(citeKeys(last.text)).toEqual(expect.arrayContaining(['tins2024', 'lin2021']));
  });

  it('cites the clinical delay to records that state it, not to a mouse ketamine study (review F1)', () => {
    const step = p.tours!.find((t) => t.id === 'classic-puzzles')!.steps[1]!;
    expect(step.text).not.toMatch(/one to six weeks/);
    expect(citeKeys(step.text)).not.toContain('rawat2022');
    expect(citeKeys(step.text)).toEqual(expect.arrayContaining(['li2010', 'autry2011']));
  });

  it('reads the fluvoxamine brain data as a lag behind blood, not as a rebuttal of brain build-up (review F3)', () => {
    const step = p.tours!.find((t) => t.id === 'direct-binding')!.steps.find((s) => s.text.includes('@strauss1997'))!;
    expect(step.text).toMatch(/blood is not brain/);
    expect(step.text).not.toMatch(/levelled off within about 30 days/);
  });

  it('tells students that CREB was not needed for the behavioural response, and why no drug reaches cAMP (review F7)', () => {
    const step = p.tours!.find((t) => t.id === 'classic-puzzles')!.steps[3]!;
    expect(citeKeys(step.text)).toEqual(expect.arrayContaining(['nibuya1996', 'crebko2002']));
    expect(citeKeys(step.text)).not.toContain('nibuya1995');
    expect(p.tours!.find((t) => t.id === 'classic-puzzles')!.steps[4]!.text).toMatch(/No arrow leads into cAMP/);
  });

  it('walks the ketamine tour through the fast and the lasting routes, with their experiments', () => {
    const tour = p.tours!.find((t) => t.id === 'ketamine-fast-lasting')!;
    expect(tour.steps.map((s) => s.experiment).filter(Boolean)).toEqual([
      'rapamycin-ketamine-synaptogenesis',
      'rapamycin-ketamine-patients',
      'spine-removal-ketamine',
      'progenitor-trkb-deletion-ketamine',
    ]);
    const cited = new Set(tour.steps.flatMap((s) => citeKeys(s.text)));
    for (const key of ['autry2011', 'lin2021', 'li2010', 'abdallah2020', 'modasava2019', 'ma2017', 'rawat2022'])
      expect(cited.has(key), key).toBe(true);
  });
});
