import { describe, expect, it, vi } from 'vitest';
import { buildModel } from '../../src/model/model';
import { parsePathway } from '../../src/model/validate';
import { startPresenterBridge, withoutPresenterSync, type PresenterChannel } from '../../src/store/presenterBridge';
import { appStore } from '../../src/store/store';
import { readJson } from '../helpers/fixtures';

const parsed = parsePathway(readJson('data/antidepressants.json'));
if (!parsed.ok) throw new Error('built-in model invalid');
const model = buildModel(parsed.pathway);

function fakeChannel() {
  const listeners = new Set<(e: MessageEvent) => void>();
  const channel = {
    postMessage: vi.fn(),
    addEventListener: (_: 'message', f: (e: MessageEvent) => void) => listeners.add(f),
    removeEventListener: (_: 'message', f: (e: MessageEvent) => void) => listeners.delete(f),
    close: vi.fn(),
  } satisfies PresenterChannel;
  const receive = (data: unknown) => listeners.forEach((f) => f({ data } as MessageEvent));
  return { channel, receive, listeners };
}

const step = (tour: string | null, n: number | null, pathway = model.pathway.id, questions = false) => ({
  type: 'pathway-layers:tourstep',
  pathway,
  tour,
  step: n,
  questions,
});

describe('presenter bridge', () => {
  it('is silent while a handout photographs the steps', async () => {
    appStore.getState().loadModel(model);
    const { channel } = fakeChannel();
    const stop = startPresenterBridge(appStore, channel);
    await withoutPresenterSync(() => {
      appStore.getState().goToStep('classic-puzzles', 3);
      return Promise.resolve();
    });
    expect(channel.postMessage).not.toHaveBeenCalled();
    // Positive control: afterwards a step is told again.
    appStore.getState().goToStep('classic-puzzles', 4);
    expect(channel.postMessage).toHaveBeenCalledTimes(1);
    stop();
  });

  it('tells the other window each step change, and follows the steps it is told, without echoing them', () => {
    appStore.getState().loadModel(model);
    const { channel, receive } = fakeChannel();
    const stop = startPresenterBridge(appStore, channel);
    appStore.getState().goToStep('classic-puzzles', 2);
    expect(channel.postMessage).toHaveBeenLastCalledWith(step('classic-puzzles', 2));
    channel.postMessage.mockClear();
    receive(step('classic-puzzles', 5));
    expect(appStore.getState()).toMatchObject({ tour: 'classic-puzzles', step: 5 });
    expect(channel.postMessage).not.toHaveBeenCalled();
    // "Next" after the last step opens the check questions, in both windows.
    receive(step('classic-puzzles', 9, model.pathway.id, true));
    expect(appStore.getState()).toMatchObject({ step: 9, questionsOpen: true });
    appStore.getState().setQuestionsOpen(false);
    expect(channel.postMessage).toHaveBeenLastCalledWith(step('classic-puzzles', 9));
    channel.postMessage.mockClear();
    receive(step(null, null));
    expect(appStore.getState().tour).toBeNull();
    expect(channel.postMessage).not.toHaveBeenCalled();
    stop();
    expect(channel.close).toHaveBeenCalled();
  });

  it('ignores another pathway and anything not exactly a step message', () => {
    appStore.getState().loadModel(model);
    appStore.getState().goToStep('classic-puzzles', 3);
    const { channel, receive } = fakeChannel();
    const stop = startPresenterBridge(appStore, channel);
    for (const data of [
      step('classic-puzzles', 6, 'another-pathway'),
      { ...step('classic-puzzles', 6), step: 0 },
      { ...step('classic-puzzles', 6), step: '6' },
      { ...step('classic-puzzles', 6), tour: 42 },
      { ...step('classic-puzzles', 6), questions: 'yes' },
      { type: 'pathway-layers:tourstep' },
      'pathway-layers:tourstep',
      null,
    ])
      receive(data);
    expect(appStore.getState().step).toBe(3);
    // Positive control: the same message, well formed, is followed.
    receive(step('classic-puzzles', 6));
    expect(appStore.getState().step).toBe(6);
    stop();
  });

  it('a presenter window asks where the tour is, and the projected window answers', () => {
    appStore.getState().loadModel(model);
    appStore.getState().goToStep('direct-binding', 4);
    const projected = fakeChannel();
    const stopProjected = startPresenterBridge(appStore, projected.channel);
    projected.receive({ type: 'pathway-layers:where' });
    expect(projected.channel.postMessage).toHaveBeenLastCalledWith(step('direct-binding', 4));
    stopProjected();

    appStore.setState({ presenter: true });
    const presenter = fakeChannel();
    const stop = startPresenterBridge(appStore, presenter.channel);
    expect(presenter.channel.postMessage).toHaveBeenCalledWith({ type: 'pathway-layers:where' });
    stop();
  });
});
