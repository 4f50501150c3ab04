import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';

import { APP_ORIGIN as APP, HOST_PORT, THIRD_PORT } from './env';

const HOST = `http://127.0.0.1:${HOST_PORT}`;
const THIRD = `http://127.0.0.1:${THIRD_PORT}`;

/** A course page on another origin: embeds the app, records every message, can send commands. */
function hostPage(src: string, attributes = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body>
<h1>Week 6</h1>
<iframe id="app" title="Diagram" width="800" height="600" ${attributes} src="${src}"></iframe>
<p style="height:2000px">More course text below the diagram.</p>
<script>
  window.messages = [];
  window.addEventListener('message', (e) => {
    if (e.source === document.getElementById('app').contentWindow) window.messages.push({ origin: e.origin, data: e.data });
  });
  window.sendToApp = (msg, origin) => document.getElementById('app').contentWindow.postMessage(msg, origin || '*');
</script></body></html>`;
}

let servers: Server[] = [];
const routes = new Map<string, string>();

test.beforeAll(async () => {
  const handler: Parameters<typeof createServer>[1] = (req, res) => {
    const body = routes.get(`${req.headers.host}${req.url}`);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html' });
    res.end(body ?? 'not found');
  };
  servers = [createServer(handler), createServer(handler)];
  await Promise.all([
    new Promise<void>((r) => servers[0]!.listen(HOST_PORT, '127.0.0.1', r)),
    new Promise<void>((r) => servers[1]!.listen(THIRD_PORT, '127.0.0.1', r)),
  ]);
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function openHost(page: Page, path: string, html: string, origin = HOST): Promise<Frame> {
  routes.set(`${origin.replace('http://', '')}${path}`, html);
  await page.goto(`${origin}${path}`);
  const frame = page.frame({ url: (u) => u.href.startsWith(APP) });
  if (!frame) throw new Error('app frame not found');
  await frame.waitForFunction(() => Boolean(window.__cy));
  return frame;
}

type Msg = {
  origin: string;
  data: {
    type?: string;
    requestId?: string;
    state?: { layers: string[] };
    height?: number;
    message?: string;
    context?: string;
  };
};
const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Msg[] }).messages);
const ofType = async (page: Page, type: string) =>
  (await messages(page)).filter((m) => m.data.type === `pathway-layers:${type}`);
const send = (page: Page, msg: unknown, origin = APP) =>
  page.evaluate(([m, o]) => (window as unknown as { sendToApp: (m: unknown, o: string) => void }).sendToApp(m, o), [
    msg,
    origin,
  ] as const);
const appLayers = (frame: Frame) =>
  frame.evaluate(() => [...document.querySelectorAll('.layer-chip[aria-pressed=true]')].map((b) => b.textContent));

/**
 * Record, inside the app's frame, every message its window receives. A message recorded there has
 * been dispatched to the app's own listener too: the negative assertions that follow are about
 * messages the app did see, not ones still on their way.
 */
const recordInFrame = (frame: Frame) =>
  frame.evaluate(() => {
    const w = window as unknown as { heard: unknown[] };
    w.heard = [];
    window.addEventListener('message', (e) => w.heard.push(e.data));
  });
const heardInFrame = (frame: Frame) => frame.evaluate(() => (window as unknown as { heard: unknown[] }).heard);

/**
 * The frame posts a marker to its parent; once the host has it, every message the frame posted
 * before it has arrived too (messages from one window arrive in order). Returns what the host
 * heard from the frame before the marker.
 */
async function everythingSentSoFar(page: Page, frame: Frame): Promise<Msg[]> {
  const marker = `marker-${Math.random()}`;
  await frame.evaluate((m) => window.parent.postMessage({ type: m }, '*'), marker);
  await expect.poll(async () => (await messages(page)).some((m) => m.data.type === marker)).toBe(true);
  const all = await messages(page);
  return all.slice(
    0,
    all.findIndex((m) => m.data.type === marker),
  );
}

test.describe('embedding in a course page', () => {
  const src = `${APP}/?embed=1&origin=${encodeURIComponent(HOST)}`;

  test('predict, then reveal in an embed: the host receives one pathway-layers:answer per answer', async ({ page }) => {
    const frame = await openHost(
      page,
      '/predict',
      hostPage(`${src}&controls=layers,experiments&experiment=trkb-y433f-fluoxetine`),
    );
    const form = frame.getByRole('form', { name: 'Your prediction first' });
    await expect(form).toBeVisible();
    await expect(frame.locator('table.predictions')).toHaveCount(0);
    const groups = form.getByRole('group');
    const n = await groups.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio', { name: 'effect lost' }).check();
    await form.getByRole('button', { name: 'Reveal' }).click();
    await expect(frame.locator('table.predictions')).toBeVisible();
    await expect.poll(async () => (await ofType(page, 'answer')).length).toBe(n);
    const answers = await ofType(page, 'answer');
    for (const a of answers) {
      expect(a.origin).toBe(APP);
      expect(a.data).toMatchObject({ version: 1, experiment: 'trkb-y433f-fluoxetine', answer: 'lost' });
    }
    const direct = answers.find((a) => (a.data as { layer?: string }).layer === 'direct-trkb')!;
    // The direct-binding hypothesis predicts the effect is lost when the drug cannot bind TrkB.
    expect(direct.data).toMatchObject({ predicted: 'lost', correct: true, observed: 'lost' });
    expect((answers.at(-1)!.data as { score?: { answered: number } }).score?.answered).toBe(n);
  });

  test('says ready, obeys setLayers with a statechange, answers getState with the requestId', async ({ page }) => {
    const frame = await openHost(page, '/a', hostPage(src));
    await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
    const ready = (await ofType(page, 'ready'))[0]!;
    expect(ready.origin).toBe(APP);
    expect(ready.data.state?.layers).toEqual(['classic', 'direct-trkb']);

    const visibleIds = () => frame.evaluate(() => window.__cy!.elements(':visible').map((e) => e.id()));
    const before = await visibleIds();
    await send(page, { type: 'pathway-layers:setLayers', version: 1, layers: ['ketamine-nmdar'] });
    await expect
      .poll(async () => (await ofType(page, 'statechange')).at(-1)?.data.state?.layers)
      .toEqual(['ketamine-nmdar']);
    await expect.poll(visibleIds).not.toEqual(before);
    expect(await appLayers(frame)).toHaveLength(1);

    await send(page, { type: 'pathway-layers:getState', version: 1, requestId: 'q-7' });
    await expect.poll(async () => (await ofType(page, 'state')).at(-1)?.data.requestId).toBe('q-7');
    expect((await ofType(page, 'state')).at(-1)?.data.state?.layers).toEqual(['ketamine-nmdar']);
  });

  test('a malformed command gets an error and changes nothing', async ({ page }) => {
    const frame = await openHost(page, '/b', hostPage(src));
    await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
    for (const bad of [
      { type: 'pathway-layers:setLayers', version: 1, layers: 'classic', requestId: 'bad-1' },
      { type: 'pathway-layers:setLayers', version: 1, layers: ['no-such-layer'], requestId: 'bad-2' },
      { type: 'pathway-layers:select', version: 1, target: 'node:ghost', requestId: 'bad-3' },
      { type: 'pathway-layers:selfDestruct', version: 1, requestId: 'bad-4' },
      { type: 'pathway-layers:setLayers', version: 2, layers: ['classic'], requestId: 'bad-5' },
    ]) {
      await send(page, bad);
    }
    await expect
      .poll(async () => (await ofType(page, 'error')).map((m) => m.data.requestId))
      .toEqual(['bad-1', 'bad-2', 'bad-3', 'bad-4', 'bad-5']);
    expect(await appLayers(frame)).toHaveLength(2);
    expect(await ofType(page, 'statechange')).toEqual([]);
    expect(frame.url()).toBe(src.replace(`origin=${encodeURIComponent(HOST)}`, `origin=${HOST}`));
  });

  test('commands from a page on a third origin are ignored', async ({ page }) => {
    // The frame says its host is HOST, but it is framed by THIRD.
    const frame = await openHost(page, '/c', hostPage(src), THIRD);
    // Positive control first: the bridge is listening, and obeys a command that comes from its
    // parent window with HOST's origin (made inside the frame, since no HOST page is around).
    await frame.evaluate(
      (origin) =>
        window.dispatchEvent(
          new MessageEvent('message', {
            data: { type: 'pathway-layers:setLayers', version: 1, layers: ['ketamine-nmdar'] },
            origin,
            source: window.parent,
          }),
        ),
      HOST,
    );
    await expect.poll(() => appLayers(frame)).toHaveLength(1);
    const layers = await appLayers(frame);

    await recordInFrame(frame);
    await send(page, { type: 'pathway-layers:setLayers', version: 1, layers: ['plasticity'], requestId: 'x' });
    await send(page, { type: 'pathway-layers:getState', version: 1, requestId: 'y' });
    await expect.poll(async () => (await heardInFrame(frame)).length).toBe(2);
    expect(await appLayers(frame)).toEqual(layers);
    // Everything the app sends is addressed to HOST, so THIRD hears nothing at all.
    expect(await everythingSentSoFar(page, frame)).toEqual([]);
  });

  test('commands from other windows on the host page are ignored, whatever their origin; the host is still answered', async ({
    page,
  }) => {
    // Two widgets next to the app on the course page, one from THIRD and one from HOST itself.
    const widget = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget</title></head><body><script>
  window.sendToApp = (msg) => window.parent.frames[0].postMessage(msg, '*');
</script></body></html>`;
    for (const origin of [THIRD, HOST]) routes.set(`${origin.replace('http://', '')}/widget`, widget);
    const frame = await openHost(
      page,
      '/g',
      hostPage(src).replace(
        '</iframe>',
        `</iframe>\n<iframe title="Widget" src="${THIRD}/widget"></iframe><iframe title="Widget" src="${HOST}/widget"></iframe>`,
      ),
    );
    await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
    const widgets = () => page.frames().filter((f) => f.url().endsWith('/widget'));
    await expect.poll(() => widgets().length).toBe(2);

    await recordInFrame(frame);
    for (const [i, w] of widgets().entries()) {
      await w.waitForFunction(() => 'sendToApp' in window);
      await w.evaluate((n) => {
        const { sendToApp } = window as unknown as { sendToApp: (m: unknown) => void };
        sendToApp({ type: 'pathway-layers:setLayers', version: 1, layers: ['plasticity'], requestId: `x${n}` });
        sendToApp({ type: 'pathway-layers:getState', version: 1, requestId: `y${n}` });
      }, i);
    }
    await expect.poll(async () => (await heardInFrame(frame)).length).toBe(4);
    // Positive control: the host's own command, sent after them, is answered, with the state unchanged.
    await send(page, { type: 'pathway-layers:getState', version: 1, requestId: 'control' });
    await expect.poll(async () => (await ofType(page, 'state')).map((m) => m.data.requestId)).toEqual(['control']);
    expect((await ofType(page, 'state'))[0]!.data.state?.layers).toEqual(['classic', 'direct-trkb']);
    expect(await ofType(page, 'statechange')).toEqual([]);
    expect(await ofType(page, 'error')).toEqual([]);
    expect(await appLayers(frame)).toHaveLength(2);
  });

  test('reports its height, and the height follows the content', async ({ page }) => {
    const frame = await openHost(page, '/d', hostPage(src));
    await expect.poll(async () => (await ofType(page, 'resize')).length).toBeGreaterThan(0);
    const first = (await ofType(page, 'resize')).at(-1)!.data.height!;
    expect((await messages(page)).some((m) => m.data.context === 'h5p')).toBe(true);
    await send(page, { type: 'pathway-layers:select', version: 1, target: 'edge:fluoxetine-modulates-trkb' });
    await expect(frame.getByRole('region', { name: 'Details' })).toBeVisible();
    await expect.poll(async () => (await ofType(page, 'resize')).at(-1)!.data.height!).toBeGreaterThan(first + 100);
  });

  test('a plain wheel scrolls the page and does not zoom; Ctrl + wheel zooms', async ({ page }) => {
    // Tall enough that the frame itself has nothing to scroll, as with an auto-height host.
    const frame = await openHost(page, '/e', hostPage(src, 'style="height:1100px"'));
    const zoom = () => frame.evaluate(() => window.__cy!.zoom());
    const before = await zoom();
    const box = (await page.locator('#app').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect(frame.getByRole('status', { name: 'Zoom hint' })).toContainText('+ scroll to zoom');
    expect(await zoom()).toBe(before);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const canvas = (await frame.locator('.graph-canvas').boundingBox())!;
    // The middle of the part of the canvas still in view after the page scrolled.
    const viewportHeight = page.viewportSize()!.height;
    const top = Math.max(canvas.y, 0);
    const bottom = Math.min(canvas.y + canvas.height, viewportHeight);
    expect(bottom - top).toBeGreaterThan(50);
    await page.mouse.move(canvas.x + canvas.width / 2, (top + bottom) / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(before);
  });

  test('works inside sandbox="allow-scripts" (opaque origin, no storage)', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const frame = await openHost(page, '/f', hostPage(`${APP}/?embed=1&layers=classic`, 'sandbox="allow-scripts"'));
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await expect(frame.locator('canvas').first()).toBeVisible();
    await frame.getByRole('button', { name: /Direct TrkB binding/ }).click();
    expect(await appLayers(frame)).toHaveLength(2);
    // Without an origin parameter, only stateless messages go out: the layer change above was
    // sent nowhere (the marker shows that anything posted before it has arrived).
    await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
    const sent = await everythingSentSoFar(page, frame);
    expect(sent.map((m) => m.data.type)).toContain('pathway-layers:ready');
    expect(sent.filter((m) => m.data.state)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
