import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../src/store/boot';
import { appStore } from '../../src/store/store';
import { readJson, rawFixture } from '../helpers/fixtures';

const builtIn = readJson('tests/fixtures/mini.json');

function fakeWindow(search: string) {
  const replaceState = vi.fn();
  return {
    win: {
      location: {
        search,
        pathname: '/app/',
        hash: '',
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
afterEach(() => stop?.());

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
