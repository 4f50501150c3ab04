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

export async function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), { ...n.position() }])));
}

/** Click the middle of a drawn edge stroke on the real canvas. */
export async function clickStroke(page: Page, strokeId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const cy = window.__cy!;
    const edge = cy.$id(id);
    const mid = edge.renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + mid.x, y: box.top + mid.y };
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

export async function expectClean(w: PageWatch): Promise<void> {
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.foreignRequests, 'requests that left the origin').toEqual([]);
}
