// npm run screenshot: build, serve, and save the pictures of the app in docs/ in Debian's Chromium:
// docs/screenshot.png (the README's picture) and docs/figure/*.png (each theme, presentation mode,
// the grid, an embed and a phone), so that what the figure looks like is reviewed with the code.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
const ALL = 'classic,direct-trkb,ketamine-neurogenesis,ketamine-nmdar,plasticity,psychedelics,critique';

/** [file, width, height, query] */
const SHOTS = [
  ['screenshot.png', 1440, 900, '?select=edge:fluoxetine-modulates-trkb&experiment=sert-met172-fluoxetine'],
  ['figure/light.png', 1440, 900, ''],
  ['figure/light-every-layer.png', 1440, 900, `?layers=${ALL}`],
  ['figure/dark.png', 1440, 900, '?theme=dark'],
  ['figure/projector-present.png', 1280, 720, '?theme=projector&present=1'],
  ['figure/projector-present-tour.png', 1280, 720, '?theme=projector&present=1&tour=classic-puzzles&step=6'],
  ['figure/grid.png', 1440, 900, '?view=grid'],
  ['figure/embed-700x500.png', 700, 500, '?embed=1'],
  ['figure/phone.png', 390, 844, ''],
];

const stop = await startPreview(PORT);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  mkdirSync(join(ROOT, 'docs/figure'), { recursive: true });
  for (const [file, width, height, query] of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`http://127.0.0.1:${PORT}/${query}`);
    await page.waitForSelector('canvas', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(ROOT, 'docs', file) });
    await page.close();
    console.log(`wrote docs/${file}`);
  }
  await browser.close();
} finally {
  stop();
}
