import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, loadFile, WORKER_FILE_CHARS } from '../../src/store/boot';
import { memoryStorage } from '../../src/store/savedModel';
import { appStore, resetAppStore } from '../../src/store/store';
import type { Work } from '../../src/store/types';
import { cancelWork, currentWork } from '../../src/store/work';
import { layoutInWorker, openInWorker } from '../../src/worker/client';
import type { WorkerReply } from '../../src/worker/protocol';
import { handleRequest } from '../../src/worker/tasks';
import { installXmlParser } from '../../src/worker/xmlParser';
import { readJson } from '../helpers/fixtures';

/**
 * A SIF network longer than the worker threshold: `regulators` hubs, each node regulated by one of
 * them and every third by a second (long names make it long with few nodes, so the test is quick).
 */
function bigSif(nodes = 300, regulators = 12): string {
  const name = (i: number) => `${i < regulators ? 'regulator' : 'target'}_gene_with_a_long_systematic_name_${i}`;
  const lines: string[] = [];
  for (let i = regulators; i < nodes; i++) {
    lines.push(`${name(i % regulators)}\tactivates\t${name(i)}`);
    if (i % 3 === 0) lines.push(`${name((i * 5) % regulators)}\tinhibits\t${name(i)}`);
  }
  let text = lines.join('\n');
  // Repeated lines name the same interactions again (the importer keeps one of each).
  while (text.length <= WORKER_FILE_CHARS) text += `\n${lines.join('\n')}`;
  return text;
}

const stagesOf = (replies: WorkerReply[]) =>
  replies.flatMap((r) => (r.type === 'progress' ? [r.stage] : [])).filter((s, i, all) => s !== all[i - 1]);

describe('the file worker’s tasks', () => {
  it('reads, checks and lays out a large file, saying which stage it is at', async () => {
    const replies: WorkerReply[] = [];
    await handleRequest({ id: 7, type: 'open', text: bigSif(), fileName: 'big.sif' }, (r) => replies.push(r));
    expect(stagesOf(replies)).toEqual(['reading', 'checking', 'laying out']);
    const fractions = replies.flatMap((r) => (r.type === 'progress' && r.fraction !== undefined ? [r.fraction] : []));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    const last = replies.at(-1)!;
    expect(last.type).toBe('opened');
    if (last.type !== 'opened' || !last.result.ok) throw new Error('not opened');
    expect(last.id).toBe(7);
    expect(last.result.pathway.nodes).toHaveLength(300);
    // Every node placed, once.
    expect(new Set(last.placed?.map(([id]) => id))).toEqual(new Set(last.result.pathway.nodes.map((n) => n.id)));
  });

  it('does not lay out a small file (the canvas draws it layered) and passes a failure on', async () => {
    const replies: WorkerReply[] = [];
    await handleRequest({ id: 1, type: 'open', text: 'a\tactivates\tb', fileName: 'small.sif' }, (r) =>
      replies.push(r),
    );
    expect(stagesOf(replies)).toEqual(['reading', 'checking']);
    const opened = replies.at(-1);
    expect(opened?.type === 'opened' && opened.placed).toBeUndefined();

    const failed: WorkerReply[] = [];
    await handleRequest({ id: 2, type: 'open', text: '\u0000\u0001binary', fileName: 'x.bin' }, (r) => failed.push(r));
    const reply = failed.at(-1);
    expect(reply?.type === 'opened' && !reply.result.ok && reply.result.errors[0]?.message).toMatch(
      /not a recognised pathway file/,
    );
  });

  describe('with xmldom standing in for the DOMParser a worker lacks', () => {
    afterEach(() => {
      delete (globalThis as { DOMParser?: unknown }).DOMParser;
    });

    it('reads GraphML, and names the line and column of malformed XML', async () => {
      expect(installXmlParser()).toBe(true);
      const graphml =
        '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">' +
        '<key id="d0" for="node" attr.name="name" attr.type="string"/>' +
        '<graph edgedefault="directed"><node id="a"><data key="d0">araC</data></node><node id="b"/>' +
        '<edge source="a" target="b"/></graph></graphml>';
      const replies: WorkerReply[] = [];
      await handleRequest({ id: 3, type: 'open', text: graphml, fileName: 'g.graphml' }, (r) => replies.push(r));
      const opened = replies.at(-1);
      if (opened?.type !== 'opened' || !opened.result.ok) throw new Error('not opened');
      expect(opened.result.pathway.nodes.map((n) => n.label)).toEqual(['araC', 'b']);

      const broken: WorkerReply[] = [];
      await handleRequest(
        { id: 4, type: 'open', text: '<graphml>\n<graph>\n<node id="a">\n</graph></graphml>', fileName: 'g.graphml' },
        (r) => broken.push(r),
      );
      const reply = broken.at(-1);
      if (reply?.type !== 'opened' || reply.result.ok) throw new Error('opened a malformed file');
      // xmldom places the error where the unclosed element's line ends.
      expect(reply.result.errors[0]?.path).toMatch(/^line 3, column \d+$/);
      expect(reply.result.errors[0]?.message).toMatch(/^not well-formed XML, so not a GraphML file: .*"node"/);
    });
  });
});

describe('the page’s side of the worker (here without Worker: the same tasks on the main thread)', () => {
  it('reports progress and gives the result', async () => {
    const stages: string[] = [];
    const reply = await openInWorker(bigSif(), 'big.sif', (stage) => stages.push(stage)).done;
    expect(reply?.type).toBe('opened');
    expect(stages).toContain('laying out');
  });

  it('gives null once cancelled, and reports nothing after', async () => {
    const onProgress = vi.fn();
    const job = openInWorker(bigSif(), 'big.sif', onProgress);
    job.cancel();
    expect(await job.done).toBeNull();
    // Positive control: the same job not cancelled reports progress (previous test); this one never did.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('lays out a pathway', async () => {
    const opened = await openInWorker(bigSif(), 'big.sif', () => undefined).done;
    if (opened?.type !== 'opened' || !opened.result.ok) throw new Error('not opened');
    const placed = await layoutInWorker(opened.result.pathway, () => undefined).done;
    expect(placed).toEqual(opened.placed);
  });
});

describe('opening a large file', () => {
  const builtIn = readJson('tests/fixtures/mini.json');
  const win = {
    location: { search: '', pathname: '/app/', hash: '', href: 'https://x.example/app/', origin: 'https://x.example' },
    history: { state: null, replaceState: vi.fn() },
    matchMedia: () => ({ matches: false, addEventListener: vi.fn(), removeEventListener: vi.fn() }),
  } as unknown as Window;
  let stop: (() => void) | undefined;
  afterEach(() => {
    currentWork()?.end();
    stop?.();
    resetAppStore();
  });

  /** Every distinct work state the store went through while `run` ran. */
  async function watchWork<T>(run: () => Promise<T>, onWork?: (work: Work) => void): Promise<[T, Work[]]> {
    const seen: Work[] = [];
    const unsubscribe = appStore.subscribe((s) => {
      if (s.work && s.work !== seen.at(-1)) {
        seen.push(s.work);
        onWork?.(s.work);
      }
    });
    try {
      return [await run(), seen];
    } finally {
      unsubscribe();
    }
  }

  it('shows each stage, then draws the model with the worker’s positions', async () => {
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    const [opened, seen] = await watchWork(() => loadFile(bigSif(), 'big.sif'));
    expect(opened).toBe(true);
    expect([...new Set(seen.map((w) => w.stage))]).toEqual(['reading', 'checking', 'laying out', 'drawing']);
    expect(seen.every((w) => w.what === 'Opening big.sif')).toBe(true);
    expect(seen.filter((w) => w.stage !== 'drawing').every((w) => w.cancellable)).toBe(true);
    const { model, work } = appStore.getState();
    expect(model?.pathway.nodes).toHaveLength(300);
    expect(model?.layout?.size).toBe(300);
    // The canvas ends the drawing stage once it has painted; Cancel cannot stop it any more.
    expect(work).toMatchObject({ stage: 'drawing', cancellable: false });
    cancelWork();
    expect(appStore.getState().model).toBe(model);
  });

  it('Cancel keeps the model that was shown and says so', async () => {
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    const before = appStore.getState().model;
    const [opened] = await watchWork(
      () => loadFile(bigSif(), 'big.sif'),
      (work) => {
        if (work.stage === 'checking') cancelWork();
      },
    );
    expect(opened).toBe(false);
    const s = appStore.getState();
    expect(s.model).toBe(before);
    expect(s.work).toBeNull();
    expect(s.notices.map((n) => n.text)).toContain('Stopped opening big.sif; the diagram shown is unchanged.');
  });

  it('a file that fails keeps the model and lists the problem', async () => {
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    const before = appStore.getState().model;
    const junk = '\u0000'.repeat(WORKER_FILE_CHARS + 1);
    expect(await loadFile(junk, 'junk.bin')).toBe(false);
    const s = appStore.getState();
    expect(s.model).toBe(before);
    expect(s.work).toBeNull();
    expect(s.loadErrors[0]?.message).toMatch(/not a recognised pathway file/);
  });

  it('a small file opened meanwhile wins: the large one, done later, replaces nothing', async () => {
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    const large = loadFile(bigSif(), 'big.sif');
    expect(await loadFile('a\tactivates\tb', 'small.sif')).toBe(true);
    expect(await large).toBe(false);
    const s = appStore.getState();
    expect(s.model?.pathway.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(s.modelSource).toMatchObject({ kind: 'file', name: 'small.sif' });
    expect(s.work).toBeNull();
  });

  it('a compact file with thousands of lines goes to the worker too, with the bar', async () => {
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    // 3,000 short lines: under the size threshold, over the line threshold.
    const lines = Array.from({ length: 3000 }, (_, i) => `h${i % 40}\tactivates\tg${i}`).join('\n');
    expect(lines.length).toBeLessThan(WORKER_FILE_CHARS);
    const stages: string[] = [];
    const unsubscribe = appStore.subscribe((s) => void (s.work && stages.push(s.work.stage)));
    expect(await loadFile(lines, 'compact.sif')).toBe(true);
    unsubscribe();
    expect(stages).toContain('reading');
    expect(appStore.getState().model?.layout?.size).toBe(3040);
  });
});
