import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeModel } from '../../src/model/shareLink';
import type { Pathway } from '../../src/model/types';
import { boot, loadFile, saveTours, showBuiltIn } from '../../src/store/boot';
import { memoryStorage } from '../../src/store/savedModel';
import { appStore, resetAppStore } from '../../src/store/store';
import { readJson, rawFixture } from '../helpers/fixtures';

const builtIn = readJson('tests/fixtures/mini.json');

function fakeWindow(search: string, hash = '') {
  const replaceState = vi.fn();
  return {
    win: {
      location: {
        search,
        pathname: '/app/',
        hash,
        href: `https://course.example.edu/app/${search}`,
        origin: 'https://course.example.edu',
      },
      history: { state: null, replaceState },
      matchMedia: () => ({ matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() }),
    } as unknown as Window,
    replaceState,
  };
}

const response = (body: string, status = 200) =>
  ({ ok: status < 400, status, text: () => Promise.resolve(body) }) as Response;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  resetAppStore();
});

const noticeText = () =>
  appStore
    .getState()
    .notices.map((n) => n.text)
    .join(' ');

/** The mini fixture under another id and title: a model that is not the built-in one. */
function otherPathway(): Record<string, unknown> {
  const other = rawFixture();
  other.id = 'other';
  other.title = 'Another model';
  return other;
}

describe('boot', () => {
  it('loads the built-in model, applies the URL and follows the system colour scheme', async () => {
    const { win } = fakeWindow('?layers=beta&theme=projector');
    stop = await boot(builtIn, win, vi.fn());
    const s = appStore.getState();
    expect(s.model?.pathway.id).toBe('mini');
    expect(s.activeLayers).toEqual(['beta']);
    expect(s.theme).toBe('projector');
    expect(s.systemDark).toBe(true);
  });

  it('rewrites a non-canonical address into its canonical form at once', async () => {
    const { win, replaceState } = fakeWindow('?layers=critique,alpha,nope');
    stop = await boot(builtIn, win, vi.fn());
    expect(replaceState).toHaveBeenLastCalledWith(null, '', '/app/?layers=alpha,critique');
  });

  it('opens a same-origin pathway file named in the URL', async () => {
    const other = rawFixture();
    other.id = 'other';
    other.title = 'Another model';
    const fetchImpl = vi.fn(() => Promise.resolve(response(JSON.stringify(other))));
    const { win } = fakeWindow('?pathway=models/other.json');
    stop = await boot(builtIn, win, fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('https://course.example.edu/app/models/other.json', {
      credentials: 'same-origin',
    });
    expect(appStore.getState().model?.pathway.title).toBe('Another model');
    expect(appStore.getState().pathwayUrl).toBe('models/other.json');
  });

  it('refuses a pathway on another origin without fetching it, and falls back to the built-in model', async () => {
    const fetchImpl = vi.fn();
    const { win } = fakeWindow('?pathway=https://evil.example/x.json');
    stop = await boot(builtIn, win, fetchImpl);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(appStore.getState().model?.pathway.id).toBe('mini');
    expect(
      appStore
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/refused/);
  });

  it('keeps the built-in model and lists the errors when the named file is invalid', async () => {
    const bad = rawFixture();
    bad.edges[0]!.relation = 'activates';
    const { win } = fakeWindow('?pathway=bad.json');
    stop = await boot(
      builtIn,
      win,
      vi.fn(() => Promise.resolve(response(JSON.stringify(bad)))),
    );
    const s = appStore.getState();
    expect(s.model?.pathway.id).toBe('mini');
    expect(s.loadErrors[0]?.path).toBe('edges[0].relation');
    expect(s.pathwayUrl).toBeNull();
  });

  it('survives a failed fetch', async () => {
    const { win } = fakeWindow('?pathway=missing.json');
    stop = await boot(
      builtIn,
      win,
      vi.fn(() => Promise.resolve(response('not found', 404))),
    );
    expect(appStore.getState().model?.pathway.id).toBe('mini');
    expect(
      appStore
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/HTTP 404/);
  });
});

describe('boot with a fetched built-in model', () => {
  it('loads the model a function returns', async () => {
    const { win } = fakeWindow('');
    stop = await boot(() => Promise.resolve(builtIn), win, vi.fn());
    expect(appStore.getState().model?.pathway.id).toBe('mini');
  });

  it('says so when the built-in model cannot be fetched', async () => {
    const { win } = fakeWindow('');
    stop = await boot(
      () => {
        throw new Error('HTTP 404');
      },
      win,
      vi.fn(),
    );
    expect(appStore.getState().model).toBeNull();
    expect(
      appStore
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/built-in model could not be loaded \(HTTP 404\)/);
  });
});

describe('a pathway in a #model= link', () => {
  it('opens the pathway the link holds, and its address state applies to it', async () => {
    const value = await encodeModel(otherPathway() as unknown as Pathway);
    const { win, replaceState } = fakeWindow('?layers=critique,alpha', `#model=${value}`);
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    const s = appStore.getState();
    expect(s.model?.pathway.title).toBe('Another model');
    expect(s.modelSource).toEqual({ kind: 'link' });
    expect(s.activeLayers).toEqual(['alpha', 'critique']);
    // The canonical address keeps the link, so a reload opens it again.
    expect(replaceState).toHaveBeenLastCalledWith(null, '', `/app/?layers=alpha,critique#model=${value}`);
  });

  it('refuses a damaged link with the reason, keeps the built-in model and drops the fragment', async () => {
    const { win, replaceState } = fakeWindow('?layers=beta', '#model=abc$');
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    expect(appStore.getState().model?.pathway.id).toBe('mini');
    expect(appStore.getState().modelSource).toEqual({ kind: 'built-in' });
    expect(noticeText()).toMatch(/pathway in this link was not opened: the link is damaged/);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/app/?layers=beta');
  });

  it('refuses a well-formed link whose pathway is invalid, naming the problem', async () => {
    const bad = otherPathway() as { edges: Record<string, unknown>[] };
    bad.edges[0]!.relation = 'activates';
    const value = await encodeModel(bad as unknown as Pathway);
    const { win } = fakeWindow('', `#model=${value}`);
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    expect(appStore.getState().model?.pathway.id).toBe('mini');
    expect(appStore.getState().loadErrors[0]?.path).toBe('edges[0].relation');
    expect(noticeText()).toMatch(/pathway in this link could not be loaded: 1 problem/);
  });

  it('after a refused link shows the built-in model, not a file kept from an earlier visit', async () => {
    const storage = memoryStorage({ name: 'kept.json', text: JSON.stringify(otherPathway()), savedAt: 1 });
    const { win } = fakeWindow('', '#model=@@');
    stop = await boot(builtIn, win, vi.fn(), storage);
    expect(appStore.getState().model?.pathway.id).toBe('mini');
  });
});

describe('nothing lost on reload', () => {
  it('keeps an opened file, reopens it on the next visit, and goes back to the built-in model', async () => {
    const storage = memoryStorage();
    const first = fakeWindow('');
    stop = await boot(builtIn, first.win, vi.fn(), storage);
    expect(await loadFile(JSON.stringify(otherPathway()), 'other.json')).toBe(true);
    expect(storage.current?.name).toBe('other.json');
    stop();

    // The reload.
    resetAppStore();
    const second = fakeWindow('?layers=beta');
    stop = await boot(builtIn, second.win, vi.fn(), storage);
    const s = appStore.getState();
    expect(s.model?.pathway.title).toBe('Another model');
    expect(s.modelSource).toEqual({ kind: 'file', name: 'other.json', reopened: true });
    expect(s.activeLayers).toEqual(['beta']);
    expect(noticeText()).toMatch(/Reopened other\.json from your last visit/);

    expect(await showBuiltIn()).toBe(true);
    expect(appStore.getState().model?.pathway.id).toBe('mini');
    expect(appStore.getState().modelSource).toEqual({ kind: 'built-in' });
    expect(storage.current).toBeNull();
  });

  it('Built-in model leaves the address at once, before the kept file is cleared (a link pasted meanwhile stays)', async () => {
    let clear = () => {};
    const storage = { ...memoryStorage(), clear: () => new Promise<void>((resolve) => (clear = resolve)) };
    const value = await encodeModel(otherPathway() as unknown as Pathway);
    const { win, replaceState } = fakeWindow('', `#model=${value}`);
    stop = await boot(builtIn, win, vi.fn(), storage);
    expect(await loadFile(JSON.stringify(otherPathway()), 'other.json')).toBe(true);
    replaceState.mockClear();
    const going = showBuiltIn();
    await vi.waitFor(() => expect(appStore.getState().model?.pathway.id).toBe('mini'));
    // The address has already lost what named the other model while the storage is still busy.
    expect(replaceState).toHaveBeenCalled();
    const calls = replaceState.mock.calls.length;
    clear();
    expect(await going).toBe(true);
    expect(replaceState.mock.calls.length).toBe(calls);
  });

  it('an opened file replaces a #model= link in the address', async () => {
    const value = await encodeModel(otherPathway() as unknown as Pathway);
    const { win, replaceState } = fakeWindow('', `#x=1&model=${value}`);
    stop = await boot(builtIn, win, vi.fn(), memoryStorage());
    expect(appStore.getState().modelSource).toEqual({ kind: 'link' });
    await loadFile(JSON.stringify(rawFixture()), 'mini-copy.json');
    expect(replaceState).toHaveBeenLastCalledWith(null, '', '/app/#x=1');
  });

  it('an embedded frame neither reopens nor keeps a file', async () => {
    const storage = memoryStorage({ name: 'kept.json', text: JSON.stringify(otherPathway()), savedAt: 1 });
    const { win } = fakeWindow('?embed=1');
    stop = await boot(builtIn, win, vi.fn(), storage);
    expect(appStore.getState().model?.pathway.id).toBe('mini');
    storage.current = null;
    expect(await loadFile(JSON.stringify(otherPathway()), 'other.json')).toBe(true);
    expect(storage.current).toBeNull();
  });

  it('forgets a kept file that no longer loads, and says why', async () => {
    const storage = memoryStorage({ name: 'old.json', text: '{"schemaVersion": 99}', savedAt: 1 });
    const { win } = fakeWindow('');
    stop = await boot(builtIn, win, vi.fn(), storage);
    expect(appStore.getState().model?.pathway.id).toBe('mini');
    expect(storage.current).toBeNull();
    expect(noticeText()).toMatch(/old\.json \(kept from your last visit\) could not be loaded/);
  });

  it('says so when the browser keeps nothing', async () => {
    const storage = { ...memoryStorage(), write: () => Promise.resolve(false) };
    const { win } = fakeWindow('');
    stop = await boot(builtIn, win, vi.fn(), storage);
    await loadFile(JSON.stringify(otherPathway()), 'other.json');
    expect(noticeText()).toMatch(/does not keep files: other\.json will not come back on a reload/);
  });

  it('keeps tours written in the app, once typing pauses, and reopens them; a refused edit keeps nothing', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const { win } = fakeWindow('?pathway=/m.json');
      stop = await boot(
        builtIn,
        win,
        vi.fn(() => Promise.resolve(response(JSON.stringify(otherPathway())))),
        storage,
      );
      expect(appStore.getState().modelSource.kind).toBe('address');
      const step = { title: 'One', text: 'First.', layers: ['alpha'], focus: ['node:a'] };
      const tour = { id: 'mine', title: 'Mine', description: 'Written here.', steps: [step] };
      expect(saveTours([{ ...tour, steps: [{ ...step, focus: ['node:nope'] }] }])).toHaveLength(1);
      const kept = vi.fn();
      expect(saveTours([tour], kept)).toEqual([]);
      expect(saveTours([{ ...tour, title: 'Mine, typed on' }], kept)).toEqual([]);
      // The address no longer names the file it came from: a reload must reopen the edited pathway.
      expect(appStore.getState().pathwayUrl).toBeNull();
      expect(storage.current).toBeNull();
      await vi.advanceTimersByTimeAsync(400);
      expect(kept).toHaveBeenCalledTimes(2);
      expect(kept).toHaveBeenCalledWith(true);
      expect(storage.current?.name).toBe('other.json');
      stop();

      resetAppStore();
      const reload = fakeWindow('');
      const confirm = vi.fn(() => false);
      (reload.win as unknown as { confirm: typeof confirm }).confirm = confirm;
      stop = await boot(builtIn, reload.win, vi.fn(), storage);
      expect(appStore.getState().model?.tourById.get('mine')?.title).toBe('Mine, typed on');
      // Still known as written here (Built-in model asks), and another file asks before replacing it.
      expect(appStore.getState().modelSource).toMatchObject({ kind: 'file', edited: true, reopened: true });
      expect(await loadFile(JSON.stringify(rawFixture()), 'mini-copy.json')).toBe(false);
      expect(confirm).toHaveBeenCalledTimes(1);
      expect(appStore.getState().model?.tourById.get('mine')).toBeDefined();

      // An edit then Built-in model within the pause: the pending keep does not bring it back.
      saveTours([{ ...tour, title: 'Last words' }]);
      expect(await showBuiltIn()).toBe(true);
      await vi.advanceTimersByTimeAsync(400);
      expect(storage.current).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
