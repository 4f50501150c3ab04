// Large networks opened as a user opens them: the built-in model first, then a GraphML file chosen
// with Open… (setInputFiles on the real file input). Timed from the input's `change` event to the
// first frame after the diagram is complete (the progress bar gone and every node drawn): "drawn".
// Also the longest main-thread task in that time (PerformanceObserver 'longtask'), a layer toggle
// to its painted frame, and the JS heap after a forced GC. Every run is a fresh browser context.
import { heap, openApp, settle, toggleOnce } from './app.mjs';
import { median } from './stats.mjs';

/** Injected before the app: long tasks, and the moment a file is chosen. */
const WATCH = () => {
  window.__benchLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLong.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        window.__benchPicked = event.timeStamp;
    },
    { capture: true },
  );
};

/**
 * One network file, `runs` fresh pages. `nodes` is how many nodes the drawing must have. A run
 * that does not finish within `timeout` is reported as such (today's build is slow on large files).
 */
export async function measureNetwork(browser, { name, url, file, nodes, runs, timeout, webgl = false, log }) {
  const perRun = [];
  for (let run = 0; run < runs; run++) {
    const { context, page, errors } = await openApp(browser, url, 90_000, { webgl });
    try {
      await page.evaluate(WATCH);
      await settle(page, 300);
      await page.locator('input[type=file]').setInputFiles(file);
      try {
        await page.waitForFunction(
          (n) => window.__cy?.nodes().length === n && !document.querySelector('.work-progress'),
          nodes,
          { timeout, polling: 100 },
        );
      } catch {
        perRun.push({ finished: false });
        log?.(`  ${name} run ${run + 1}/${runs}: not drawn within ${timeout / 1000} s`);
        break;
      }
      const drawnAt = await page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
          ),
      );
      const { picked, longest, strokes } = await page.evaluate((end) => {
        const picked = window.__benchPicked;
        const during = window.__benchLong.filter((t) => t.start + t.duration >= picked && t.start <= end);
        return {
          picked,
          longest: during.reduce((m, t) => Math.max(m, t.duration), 0),
          strokes: window.__cy.edges().length,
        };
      }, drawnAt);
      await settle(page, 800);
      // Timed to the canvas's next `render` event and frame; the WebGL renderer emits none, so it
      // gets no toggle figure.
      const toggleMs = [];
      for (let i = 0; i < (webgl ? 0 : 2); i++) {
        toggleMs.push(await toggleOnce(page, timeout));
        await settle(page, 300);
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const memory = await heap(cdp);
      if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
      const result = {
        finished: true,
        drawn: drawnAt - picked,
        longestTask: longest,
        toggles: toggleMs,
        toggle: median(toggleMs),
        heap: memory.usedSize,
        strokes,
      };
      perRun.push(result);
      log?.(
        `  ${name} run ${run + 1}/${runs}: drawn ${(result.drawn / 1000).toFixed(2)} s, longest task ${longest.toFixed(0)} ms, toggle ${result.toggle?.toFixed(0) ?? '–'} ms, heap ${(memory.usedSize / 1e6).toFixed(0)} MB`,
      );
    } finally {
      await context.close();
    }
  }
  const done = perRun.filter((r) => r.finished);
  return {
    name,
    nodes,
    strokes: done[0]?.strokes ?? null,
    finished: done.length === perRun.length,
    drawn: median(done.map((r) => r.drawn)),
    longestTask: median(done.map((r) => r.longestTask)),
    toggle: median(done.map((r) => r.toggle)),
    heap: median(done.map((r) => r.heap)),
    runs: perRun,
  };
}
