// The app, measured in the browser: load → first painted diagram, layer toggle → next painted
// frame, edge click → details shown; and the JS heap before and after many toggles.
// Every run opens a fresh browser context (cold cache, fresh JIT).
import { median } from './stats.mjs';

/**
 * Injected before the app's scripts. The e2e build sets `window.__cy`; a setter catches that moment
 * and waits for cy's first `render` event plus one animation frame: the first painted diagram.
 * `__benchArm(kind)` then times one interaction from the input event's timestamp (mouseup: the
 * checkbox changes on the click that follows it in the same task; cy's tap fires on mouseup) until
 * the next painted canvas frame ('paint') or until the Details region shows an edge ('details').
 */
const INIT = () => {
  let current;
  Object.defineProperty(window, '__cy', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (cy) => {
      current = cy;
      if (cy && window.__benchFirstPaint === undefined) {
        window.__benchCyAt = performance.now();
        cy.one('render', () =>
          requestAnimationFrame(() => {
            window.__benchFirstPaint = performance.now();
          }),
        );
      }
    },
  });
  const detailsShown = () => {
    const region = document.querySelector('section[aria-label="Details"]');
    if (!region) return false;
    for (const el of region.querySelectorAll('*')) {
      if (el.childElementCount === 0 && el.textContent?.trim() === 'Interaction') return true;
    }
    return false;
  };
  window.__benchArm = (kind) => {
    window.__benchDone = undefined;
    const onUp = (event) => {
      const t0 = event.timeStamp;
      const done = () =>
        requestAnimationFrame(() => {
          window.__benchDone = performance.now() - t0;
        });
      if (kind === 'paint') {
        window.__cy.one('render', done);
        return;
      }
      if (detailsShown()) {
        window.__benchDone = Number.NaN; // shown before the click: nothing to time
        return;
      }
      const observer = new MutationObserver(() => {
        if (!detailsShown()) return;
        observer.disconnect();
        done();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    };
    window.addEventListener('mouseup', onUp, { capture: true, once: true });
  };
};

export async function settle(page, ms = 300) {
  await page.evaluate(
    (wait) =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait)))),
    ms,
  );
}

export async function openApp(browser, url, timeout, { webgl = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(INIT);
  // e2e builds draw large drawings with Cytoscape's WebGL renderer when asked (newCanvas.ts).
  if (webgl) await context.addInitScript(() => (window.__benchWebgl = true));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => window.__benchFirstPaint !== undefined, null, { timeout });
  const load = await page.evaluate(() => ({
    firstPaint: window.__benchFirstPaint,
    cyCreated: window.__benchCyAt,
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    nodes: window.__cy.nodes().length,
    strokes: window.__cy.edges().length,
    visibleStrokes: window.__cy.edges(':visible').length,
  }));
  return { context, page, load, errors };
}

/** Click the first layer checkbox and time it to the next painted canvas frame. */
export async function toggleOnce(page, timeout) {
  const box = page.locator('.layer-list input[type=checkbox]').first();
  await page.evaluate(() => window.__benchArm('paint'));
  await box.click({ timeout });
  await page.waitForFunction(() => window.__benchDone !== undefined, null, { timeout, polling: 'raf' });
  return page.evaluate(() => window.__benchDone);
}

/** A point on a visible stroke, inside the canvas and clear of every node and every panel. */
async function strokePoint(page) {
  return page.evaluate(() => {
    const cy = window.__cy;
    const container = cy.container();
    const box = container.getBoundingClientRect();
    const nodes = cy.nodes(':visible').map((n) => n.renderedBoundingBox());
    const cx = box.width / 2;
    const cy0 = box.height / 2;
    const strokes = cy
      .edges(':visible')
      .map((e) => ({ id: e.id(), m: e.renderedMidpoint() }))
      .sort((a, b) => Math.hypot(a.m.x - cx, a.m.y - cy0) - Math.hypot(b.m.x - cx, b.m.y - cy0));
    for (const { id, m } of strokes) {
      if (m.x < 24 || m.y < 24 || m.x > box.width - 24 || m.y > box.height - 24) continue;
      if (nodes.some((b) => m.x >= b.x1 - 6 && m.x <= b.x2 + 6 && m.y >= b.y1 - 6 && m.y <= b.y2 + 6)) continue;
      const x = box.left + m.x;
      const y = box.top + m.y;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !container.contains(hit)) continue;
      return { id, x, y };
    }
    return null;
  });
}

async function selectOnce(page, timeout) {
  const point = await strokePoint(page);
  if (!point) throw new Error('no clickable stroke found');
  await page.evaluate(() => window.__benchArm('details'));
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => window.__benchDone !== undefined, null, { timeout, polling: 'raf' });
  const ms = await page.evaluate(() => window.__benchDone);
  if (Number.isNaN(ms)) throw new Error('the details were already shown before the click');
  const selected = await page.evaluate(() => window.__cy.edges('.is-selected').length > 0);
  if (!selected) throw new Error(`clicked ${point.id} but no edge is selected`);
  return ms;
}

/**
 * One model, `runs` fresh pages: first paint, `toggles` toggles of the first layer (off, then on) and
 * one edge selection per page.
 */
export async function measureApp(browser, { name, url, runs, toggles = 2, timeout = 90_000, log }) {
  const perRun = [];
  for (let run = 0; run < runs; run++) {
    const { context, page, load, errors } = await openApp(browser, url, timeout);
    try {
      await settle(page, 400);
      const toggleMs = [];
      for (let i = 0; i < toggles; i++) {
        toggleMs.push(await toggleOnce(page, timeout));
        await settle(page, 100);
      }
      const selectMs = await selectOnce(page, timeout);
      if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
      perRun.push({ ...load, toggles: toggleMs, toggle: median(toggleMs), select: selectMs });
      log?.(
        `  ${name} run ${run + 1}/${runs}: first paint ${load.firstPaint.toFixed(0)} ms, toggle ${median(toggleMs).toFixed(0)} ms, select ${selectMs.toFixed(0)} ms`,
      );
    } finally {
      await context.close();
    }
  }
  const first = perRun[0];
  return {
    name,
    url,
    nodes: first.nodes,
    strokes: first.strokes,
    visibleStrokes: first.visibleStrokes,
    firstPaint: median(perRun.map((r) => r.firstPaint)),
    cyCreated: median(perRun.map((r) => r.cyCreated)),
    domContentLoaded: median(perRun.map((r) => r.domContentLoaded)),
    toggle: median(perRun.map((r) => r.toggle)),
    select: median(perRun.map((r) => r.select)),
    runs: perRun,
  };
}

export async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  return { usedSize: usage.usedSize, totalSize: usage.totalSize, jsHeapUsedSize: used };
}

/**
 * JS heap (after forced GC) right after load, after `warmup` toggles and after `toggles` toggles in
 * all, each toggle waited to its painted frame. The first toggles also compile code and fill
 * Cytoscape's style caches, so the warm-up → end growth is the one that would reveal a leak.
 */
export async function measureMemory(browser, { name, url, toggles = 100, warmup = 10, timeout = 90_000, log }) {
  const { context, page, errors } = await openApp(browser, url, timeout);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await settle(page, 500);
    const before = await heap(cdp);
    const started = Date.now();
    let warm = null;
    for (let i = 0; i < toggles; i++) {
      if (i === warmup) {
        await settle(page, 200);
        warm = await heap(cdp);
      }
      await toggleOnce(page, timeout);
    }
    const toggleSeconds = (Date.now() - started) / 1000;
    await settle(page, 500);
    const after = await heap(cdp);
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    const growth = after.usedSize - before.usedSize;
    const steadyGrowth = warm ? after.usedSize - warm.usedSize : null;
    log?.(
      `  ${name}: heap ${(before.usedSize / 1e6).toFixed(1)} MB → ${warm ? (warm.usedSize / 1e6).toFixed(1) : '–'} MB after ${warmup} → ${(after.usedSize / 1e6).toFixed(1)} MB after ${toggles} toggles (${toggleSeconds.toFixed(0)} s)`,
    );
    return {
      name,
      url,
      toggles,
      warmup,
      before,
      warm,
      after,
      growth,
      growthPercent: (growth / before.usedSize) * 100,
      steadyGrowth,
      steadyGrowthPerToggle: steadyGrowth === null ? null : steadyGrowth / (toggles - warmup),
      toggleSeconds,
    };
  } finally {
    await context.close();
  }
}
