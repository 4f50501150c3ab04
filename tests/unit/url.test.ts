import { describe, expect, it } from 'vitest';
import { readUrlState, serializeUrlState } from '../../src/model/url';
import { fixtureModel } from '../helpers/fixtures';

const model = fixtureModel();

describe('URL state', () => {
  it('round-trips layers and an edge selection exactly', () => {
    const url = '?layers=alpha,critique&select=edge:d-binds-c';
    const { state, notices } = readUrlState(model, url);
    expect(notices).toEqual([]);
    expect(state).toEqual({ layers: ['alpha', 'critique'], selection: { kind: 'edge', id: 'd-binds-c' } });
    expect(serializeUrlState(model, state)).toBe(url);
  });

  it('round-trips a node selection and an empty layer set', () => {
    const url = '?layers=&select=node:c';
    const { state } = readUrlState(model, url);
    expect(state).toEqual({ layers: [], selection: { kind: 'node', id: 'c' } });
    expect(serializeUrlState(model, { layers: [], selection: { kind: 'node', id: 'c' } })).toBe(url);
  });

  it('writes nothing for the default view', () => {
    expect(serializeUrlState(model, { layers: model.defaultLayerIds, selection: null })).toBe('');
  });

  it('round-trips the grid view (small multiples), with or without layers', () => {
    for (const url of ['?view=grid', '?layers=beta&view=grid']) {
      const { state, notices } = readUrlState(model, url);
      expect(notices).toEqual([]);
      expect(state.view).toBe('grid');
      expect(serializeUrlState(model, state)).toBe(url);
    }
    expect(readUrlState(model, '?view=Grid').state.view).toBeUndefined();
  });

  it('ignores unknown layers with a notice and keeps the rest', () => {
    const { state, notices } = readUrlState(model, '?layers=alpha,nope');
    expect(state.layers).toEqual(['alpha']);
    expect(notices).toEqual(['There is no layer “nope”; it was ignored.']);
  });

  it('reports malformed selections and unknown parameters without applying them', () => {
    const { state, notices } = readUrlState(model, '?select=banana&zoom=3');
    expect(state).toEqual({});
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/not node:<id> or edge:<id>/);
    expect(notices[1]).toMatch(/Unknown URL parameter “zoom”/);
  });

  it('reports a selection of something that does not exist', () => {
    const { state, notices } = readUrlState(model, '?select=edge:ghost');
    expect(state.selection).toBeUndefined();
    expect(notices[0]).toMatch(/there is no edge “ghost”/);
  });

  it('survives percent-encoding garbage and repeated keys', () => {
    const { state, notices } = readUrlState(model, '?layers=%E0%A4%A&layers=alpha&%ZZ=1');
    expect(state.layers).toBeUndefined();
    expect(notices.some((n) => n.includes('given twice'))).toBe(true);
    expect(notices.some((n) => n.startsWith('Ignored layers='))).toBe(true);
  });

  it('reads and writes every parameter in one fixed order', () => {
    const url =
      '?pathway=models/other.json&layers=beta&select=node:c&focus=node:c,edge:d-binds-c&view=split&theme=projector&embed=1&controls=layers,details&origin=https://lms.example.edu';
    const { state, notices } = readUrlState(model, url);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      pathway: 'models/other.json',
      layers: ['beta'],
      selection: { kind: 'node', id: 'c' },
      focus: [
        { kind: 'node', id: 'c' },
        { kind: 'edge', id: 'd-binds-c' },
      ],
      view: 'split',
      theme: 'projector',
      embed: true,
      controls: ['layers', 'details'],
      origin: 'https://lms.example.edu',
    });
    expect(serializeUrlState(model, state)).toBe(url);
  });

  it.each([
    ['theme=neon', /not light, dark or projector/],
    ['view=3d', /not one of diagram, text, split, grid/],
    ['embed=yes', /not 1 or 0/],
    ['controls=layers,minimap', /unknown panel “minimap”/],
    ['origin=https://lms.example.edu/course/1', /not an origin/],
    ['origin=javascript:alert(1)', /not an origin/],
    ['pathway=https://evil.example/x.json', /not a relative or same-origin address/],
    ['pathway=//evil.example/x.json', /not a relative or same-origin address/],
    ['focus=node:c,node:ghost', /there is no node “ghost”/],
  ])('rejects %s with a notice', (query, message) => {
    const { state, notices } = readUrlState(model, `?${query}`);
    expect(state).toEqual({});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(message);
  });

  it('words each notice as “Ignored <name>=: <what is wrong>.”', () => {
    const notices = (query: string) => readUrlState(model, query).notices;
    expect(notices('?select=banana')).toEqual(['Ignored select=: “banana” is not node:<id> or edge:<id>.']);
    expect(notices('?focus=node:ghost,edge:nope')).toEqual([
      'Ignored focus=: there is no node “ghost”; there is no edge “nope”.',
    ]);
    expect(notices('?tour=ghost')).toEqual(['Ignored tour=: there is no tour “ghost”.']);
    expect(notices('?step=0')).toEqual(['Ignored step=: “0” is not a step number from 1.']);
    expect(notices('?compare=alpha,alpha')).toEqual([
      'Ignored compare=: “alpha,alpha” is not two different layer ids.',
    ]);
    expect(notices('?compare=alpha,nope')).toEqual(['Ignored compare=: there is no layer “nope”.']);
    expect(notices('?layers=nope,zilch')).toEqual(['Ignored layers=: there is no layer “nope”, “zilch”.']);
    expect(notices('?experiment=nope')).toEqual(['Ignored experiment=: there is no experiment “nope”.']);
    expect(notices(`?view=${'v'.repeat(50)}`)).toEqual([
      `Ignored view=: “${'v'.repeat(37)}…” is not one of diagram, text, split, grid.`,
    ]);
  });

  it('skips parameters that need a model when there is none, and reads the others', () => {
    expect(readUrlState(null, '?select=node:c&tour=x&view=text&theme=neon')).toEqual({
      state: { view: 'text' },
      notices: ['Ignored theme=: “neon” is not light, dark or projector.'],
    });
  });
});
