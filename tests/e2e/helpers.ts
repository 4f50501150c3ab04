import type { NodeSingular } from 'cytoscape';
import { expect, type Page } from '@playwright/test';
import { APP_ORIGIN } from './env';

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Record console errors, page errors and any request that leaves the page's origin. */
export function watch(page: Page, origin = APP_ORIGIN): PageWatch {
  const w: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => w.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.foreignRequests.push(url);
  });
  return w;
}

/** Open the app and wait until the diagram has been drawn at least once. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => Boolean(window.__cy));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

export async function visibleElementIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__cy!.elements(':visible')
      .map((e) => e.id())
      .sort(),
  );
}

/**
 * Where every node that is not a compartment is placed. A compartment's box follows what is shown
 * inside it, so its centre is not a position anything keeps.
 */
export async function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      window
        .__cy!.nodes()
        .filter((n) => !n.isParent())
        .map((n) => [n.id(), { ...(n as NodeSingular).position() }]),
    ),
  );
}

/**
 * Click a drawn edge stroke on the real canvas: the middle of its longest straight run (a routed
 * stroke's midpoint can be a bend, where another route may pass close by).
 */
export async function clickStroke(page: Page, strokeId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const cy = window.__cy!;
    const edge = cy.$id(id);
    const bends = edge.style('curve-style') === 'segments' ? edge.renderedSegmentPoints() : [];
    const line = [edge.renderedSourceEndpoint(), ...bends, edge.renderedTargetEndpoint()];
    const runs = line.slice(1).map((q, i) => [line[i]!, q] as const);
    const [a, b] = runs.reduce((best, run) =>
      Math.hypot(run[1].x - run[0].x, run[1].y - run[0].y) > Math.hypot(best[1].x - best[0].x, best[1].y - best[0].y)
        ? run
        : best,
    );
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2 };
  }, strokeId);
  await page.mouse.click(point.x, point.y);
}

export async function clickNode(page: Page, nodeId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const cy = window.__cy!;
    const p = cy.$id(id).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, nodeId);
  await page.mouse.click(point.x, point.y);
}

/**
 * The directives of a Content-Security-Policy, by name, each with its sources in order. A directive
 * named twice keeps its first value, as browsers do; the later ones are listed under `duplicates`.
 */
function cspDirectives(policy: string): { directives: Map<string, string[]>; duplicates: string[] } {
  const directives = new Map<string, string[]>();
  const duplicates: string[] = [];
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (directives.has(key)) duplicates.push(key);
    else directives.set(key, sources);
  }
  return { directives, duplicates };
}

/** The page's CSP meta tag parsed; fails when the page has none or more than one. */
export async function pageCsp(page: Page): Promise<ReturnType<typeof cspDirectives>> {
  const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(metas).toHaveCount(1);
  return cspDirectives((await metas.getAttribute('content')) ?? '');
}

/** The script rules of the policy: scripts come from the app's own files, and nothing else runs. */
export function expectStrictScriptPolicy({ directives, duplicates }: ReturnType<typeof cspDirectives>): void {
  expect(duplicates, 'directives given twice').toEqual([]);
  expect(directives.get('script-src'), 'script-src').toEqual(["'self'"]);
  // Directives that would loosen script-src for elements or attributes, if present.
  for (const name of ['script-src-elem', 'script-src-attr'])
    expect(directives.has(name) ? directives.get(name) : ["'self'"], name).toEqual(["'self'"]);
  expect(directives.get('default-src'), 'default-src').toEqual(["'self'"]);
  expect(directives.get('object-src'), 'object-src').toEqual(["'none'"]);
  expect(directives.get('base-uri'), 'base-uri').toEqual(["'self'"]);
}

export function expectClean(w: PageWatch): void {
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.foreignRequests, 'requests that left the origin').toEqual([]);
}
