import { describe, expect, it, vi } from 'vitest';
import { parseCommand } from '../../src/model/embedProtocol';
import { embedSnippet, embedSrc } from '../../src/model/embedSnippet';
import { startEmbedBridge } from '../../src/store/embedBridge';
import { appStore } from '../../src/store/store';
import { fixtureModel } from '../helpers/fixtures';

describe('parseCommand', () => {
  it('ignores messages that are not ours', () => {
    for (const data of [null, 'pathway-layers:setLayers', 42, { context: 'h5p', action: 'hello' }, { type: 'other:x' }])
      expect(parseCommand(data)).toBeNull();
  });

  it('parses each command and keeps the requestId', () => {
    expect(parseCommand({ type: 'pathway-layers:setLayers', version: 1, layers: ['a'], requestId: 'r1' })).toEqual({
      ok: true,
      command: { name: 'setLayers', layers: ['a'], requestId: 'r1' },
    });
    expect(parseCommand({ type: 'pathway-layers:select', version: 1, target: null })).toEqual({
      ok: true,
      command: { name: 'select', target: null },
    });
    expect(parseCommand({ type: 'pathway-layers:goToStep', version: 1, tour: 't', step: 2 })).toMatchObject({
      ok: true,
    });
    expect(parseCommand({ type: 'pathway-layers:runExperiment', version: 1, id: null })).toMatchObject({ ok: true });
    expect(parseCommand({ type: 'pathway-layers:setTheme', version: 1, theme: 'projector' })).toMatchObject({
      ok: true,
    });
    expect(parseCommand({ type: 'pathway-layers:getState', version: 1, requestId: 'q' })).toMatchObject({
      ok: true,
      command: { name: 'getState', requestId: 'q' },
    });
  });

  it.each([
    [{ type: 'pathway-layers:setLayers', version: 1, layers: 'a' }, /list of layer ids/],
    [{ type: 'pathway-layers:setLayers', version: 1, layers: [1] }, /list of layer ids/],
    [{ type: 'pathway-layers:select', version: 1, target: 'trkb' }, /node:<id>/],
    [{ type: 'pathway-layers:goToStep', version: 1, tour: 't', step: 0 }, /whole number/],
    [{ type: 'pathway-layers:setTheme', version: 1, theme: 'neon' }, /light/],
    [{ type: 'pathway-layers:setLayers', layers: [] }, /unsupported version/],
    [{ type: 'pathway-layers:launch', version: 1 }, /unknown command "launch"/],
  ])('reports malformed commands: %j', (data, error) => {
    expect(parseCommand(data)).toMatchObject({ ok: false, error: expect.stringMatching(error) as unknown });
  });
});

describe('parseCommand error replies (the documented sentences)', () => {
  const T = (name: string) => `pathway-layers:${name}`;
  it.each([
    [{ type: T('setLayers'), version: 1, layers: ['a', ''] }, 'setLayers needs "layers": a list of layer ids'],
    [
      { type: T('setLayers'), version: 1, layers: Array(101).fill('a') },
      'setLayers needs "layers": a list of layer ids',
    ],
    [{ type: T('select'), version: 1 }, 'select needs "target": "node:<id>", "edge:<id>" or null'],
    [{ type: T('select'), version: 1, target: 'node:a\n' }, 'select needs "target": "node:<id>", "edge:<id>" or null'],
    [
      { type: T('goToStep'), version: 1, tour: 't', step: 1.5 },
      'goToStep needs "tour" (an id) and "step" (a whole number from 1)',
    ],
    [
      { type: T('goToStep'), version: 1, tour: '', step: 1 },
      'goToStep needs "tour" (an id) and "step" (a whole number from 1)',
    ],
    [{ type: T('runExperiment'), version: 1, id: 7 }, 'runExperiment needs "id": an experiment id or null'],
    [
      { type: T('setTheme'), version: 1, theme: 'Dark' },
      'setTheme needs "theme": "light", "dark", "projector" or null',
    ],
    [{ type: T('launch'), version: 1 }, 'unknown command "launch"'],
    [{ type: T('x'.repeat(50)), version: 1 }, `unknown command "${'x'.repeat(40)}"`],
    [{ type: T('getState'), version: 2 }, 'unsupported version 2; this app speaks version 1'],
    [{ type: T('getState') }, 'unsupported version none; this app speaks version 1'],
    [{ type: T('getState'), version: '1' }, 'unsupported version "1"; this app speaks version 1'],
  ])('%j → %s', (data, error) => {
    expect(parseCommand({ ...data, requestId: 'r1' })).toEqual({ ok: false, error, requestId: 'r1' });
    expect(parseCommand(data)).toEqual({ ok: false, error });
  });

  it('checks the requestId first, and does not echo a bad one', () => {
    for (const requestId of ['', 'r'.repeat(501), 7, null])
      expect(parseCommand({ type: T('nope'), requestId })).toEqual({
        ok: false,
        error: 'requestId must be a short string',
      });
  });

  it('answers a message whose getters throw as malformed, keeping a good requestId', () => {
    const data = {
      type: T('getState'),
      requestId: 'r2',
      get version(): number {
        throw new Error('hostile');
      },
    };
    expect(parseCommand(data)).toEqual({ ok: false, error: 'malformed message', requestId: 'r2' });
  });
});

function framed(search = '', ownOrigin = 'https://app.example.org') {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const parent = { postMessage: vi.fn() };
  const win = {
    parent,
    location: { origin: ownOrigin, search },
    addEventListener: (_: string, f: (e: MessageEvent) => void) => listeners.push(f),
    removeEventListener: vi.fn(),
  };
  const deliver = (data: unknown, origin: string, source: unknown = parent) =>
    listeners.forEach((f) => f({ data, origin, source } as MessageEvent));
  return { win: win as unknown as Window, parent, deliver };
}

describe('embed bridge', () => {
  const HOST = 'https://lms.example.edu';
  const load = (origin: string | null) => {
    appStore.getState().loadModel(fixtureModel());
    appStore.getState().setConfig({ origin });
  };

  it('with an origin: ready and statechange carry state and go only to that origin', () => {
    load(HOST);
    const { win, parent, deliver } = framed();
    const stop = startEmbedBridge(appStore, win);
    expect(parent.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'pathway-layers:ready',
        version: 1,
        state: expect.objectContaining({ layers: ['alpha', 'beta'] }) as unknown,
      }) as unknown,
      HOST,
    );
    deliver({ type: 'pathway-layers:setLayers', version: 1, layers: ['critique'] }, HOST);
    expect(appStore.getState().activeLayers).toEqual(['critique']);
    expect(parent.postMessage).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'pathway-layers:statechange',
        state: expect.objectContaining({ layers: ['critique'] }) as unknown,
      }) as unknown,
      HOST,
    );
    for (const [, target] of parent.postMessage.mock.calls) expect(target).toBe(HOST);
    stop();
  });

  it('ignores commands from another origin or another window', () => {
    load(HOST);
    const { win, deliver } = framed();
    const stop = startEmbedBridge(appStore, win);
    deliver({ type: 'pathway-layers:setLayers', version: 1, layers: ['critique'] }, 'https://evil.example');
    deliver({ type: 'pathway-layers:setLayers', version: 1, layers: ['critique'] }, HOST, {});
    expect(appStore.getState().activeLayers).toEqual(['alpha', 'beta']);
    stop();
  });

  it('answers a malformed command with an error and changes nothing', () => {
    load(HOST);
    const { win, parent, deliver } = framed();
    const stop = startEmbedBridge(appStore, win);
    deliver({ type: 'pathway-layers:setLayers', version: 1, layers: ['alpha', 'nope'], requestId: 'r9' }, HOST);
    expect(appStore.getState().activeLayers).toEqual(['alpha', 'beta']);
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: 'pathway-layers:error',
        requestId: 'r9',
        message: expect.stringMatching(/unknown layer "nope"/) as unknown,
      }) as unknown,
      HOST,
    );
    stop();
  });

  it('without an origin: obeys only its own origin, and sends no state to anyone', () => {
    load(null);
    const { win, parent, deliver } = framed();
    const stop = startEmbedBridge(appStore, win);
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'pathway-layers:ready', version: 1 }, '*');
    deliver({ type: 'pathway-layers:select', version: 1, target: 'node:c' }, 'https://app.example.org');
    expect(appStore.getState().selection).toEqual({ kind: 'node', id: 'c' });
    for (const [data] of parent.postMessage.mock.calls) expect(data).not.toHaveProperty('state');
    stop();
  });

  it('does nothing when not framed', () => {
    load(HOST);
    const self: Record<string, unknown> = { location: { origin: 'x' }, addEventListener: vi.fn() };
    self.parent = self;
    startEmbedBridge(appStore, self as unknown as Window)();
    expect(self.addEventListener).not.toHaveBeenCalled();
  });
});

describe('embed snippet', () => {
  it('builds an iframe for the current view with the attributes LMSs keep', () => {
    const snippet = embedSnippet({
      base: 'https://uni.example/pl/',
      query: '?layers=classic&select=node:trkb&embed=1&origin=x',
      title: 'How do "antidepressants" work? – interactive diagram',
      height: 700,
      sandbox: true,
      origin: 'https://moodle.example.edu',
    });
    expect(snippet).toBe(
      '<iframe src="https://uni.example/pl/?layers=classic&amp;select=node:trkb&amp;embed=1&amp;origin=https://moodle.example.edu" title="How do &quot;antidepressants&quot; work? – interactive diagram" width="100%" height="700" style="border:0;max-width:100%" allowfullscreen loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>',
    );
  });

  it('always embeds, and clamps silly heights', () => {
    expect(embedSrc({ base: 'https://a/', query: '' })).toBe('https://a/?embed=1');
    expect(embedSnippet({ base: 'https://a/', query: '', title: 't', height: 5, sandbox: false })).toContain(
      'height="240"',
    );
  });
});

/** The built-in model, loaded into the store (it has tours and experiments; the mini fixture has none). */
async function loadBuiltIn(): Promise<void> {
  const { buildModel } = await import('../../src/model/model');
  const { parsePathway } = await import('../../src/model/validate');
  const { readJson } = await import('../helpers/fixtures');
  const parsed = parsePathway(readJson('data/antidepressants.json'));
  if (!parsed.ok) throw new Error('invalid');
  appStore.getState().loadModel(buildModel(parsed.pathway));
}

describe('embed bridge with tours and experiments', () => {
  const HOST = 'https://lms.example.edu';
  it('goToStep and runExperiment are obeyed, and the state says so', async () => {
    await loadBuiltIn();
    appStore.getState().setConfig({ origin: HOST });
    const { win, parent, deliver } = framed();
    const stop = startEmbedBridge(appStore, win);
    deliver({ type: 'pathway-layers:goToStep', version: 1, tour: 'classic-puzzles', step: 2 }, HOST);
    expect(appStore.getState()).toMatchObject({ tour: 'classic-puzzles', step: 2 });
    deliver({ type: 'pathway-layers:runExperiment', version: 1, id: 'trkb-y433f-fluoxetine' }, HOST);
    deliver({ type: 'pathway-layers:getState', version: 1, requestId: 's1' }, HOST);
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: 'pathway-layers:state',
        requestId: 's1',
        state: expect.objectContaining({
          tour: 'classic-puzzles',
          step: 2,
          experiment: 'trkb-y433f-fluoxetine',
        }) as unknown,
      }) as unknown,
      HOST,
    );
    deliver({ type: 'pathway-layers:goToStep', version: 1, tour: 'classic-puzzles', step: 99, requestId: 'bad' }, HOST);
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: 'pathway-layers:error',
        requestId: 'bad',
        message: expect.stringMatching(/has 9 steps/) as unknown,
      }) as unknown,
      HOST,
    );
    expect(appStore.getState().step).toBe(2);
    stop();
  });
});

describe('embed bridge: predict, then reveal', () => {
  const HOST = 'https://lms.example.edu';
  const answer = (layer: string, correct: boolean) => ({
    experiment: 'x1',
    layer,
    guess: 'lost' as const,
    predicted: correct ? ('lost' as const) : ('retained' as const),
    correct,
  });

  it('sends each committed answer, with the running score, to the origin only', async () => {
    await loadBuiltIn();
    const experiment = appStore.getState().model!.pathway.experiments![0]!;
    appStore.getState().setConfig({ origin: HOST });
    const { win, parent } = framed();
    const stop = startEmbedBridge(appStore, win);
    parent.postMessage.mockClear();
    appStore.getState().commitAnswers(experiment.id, [
      { ...answer('classic', true), experiment: experiment.id },
      { ...answer('direct-trkb', false), experiment: experiment.id },
    ]);
    const sent = (parent.postMessage.mock.calls as [unknown, string][]).filter(
      ([data]) => (data as { type: string }).type === 'pathway-layers:answer',
    );
    expect(sent).toEqual([
      [
        {
          type: 'pathway-layers:answer',
          version: 1,
          experiment: experiment.id,
          layer: 'classic',
          answer: 'lost',
          predicted: 'lost',
          correct: true,
          observed: experiment.observed.result,
          score: { correct: 1, answered: 1 },
        },
        HOST,
      ],
      [expect.objectContaining({ layer: 'direct-trkb', correct: false, score: { correct: 1, answered: 2 } }), HOST],
    ]);
    // Once revealed, an experiment takes no more answers.
    appStore.getState().commitAnswers(experiment.id, [{ ...answer('classic', true), experiment: experiment.id }]);
    expect(appStore.getState().answers).toHaveLength(2);
    stop();
  });

  it('without an origin, sends no answer to anyone', async () => {
    await loadBuiltIn();
    const experiment = appStore.getState().model!.pathway.experiments![0]!;
    appStore.getState().setConfig({ origin: null });
    const { win, parent } = framed();
    const stop = startEmbedBridge(appStore, win);
    appStore.getState().commitAnswers(experiment.id, [{ ...answer('classic', true), experiment: experiment.id }]);
    // Positive control: the answer was kept.
    expect(appStore.getState().answers).toHaveLength(1);
    const types = parent.postMessage.mock.calls.map(([data]) => (data as { type: string }).type);
    expect(types).not.toContain('pathway-layers:answer');
    stop();
  });
});
