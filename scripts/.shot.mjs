import { chromium } from 'playwright-core';
const [, , url, out, w = '1280', h = '800'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
let n = 0;
page.on('console', (m) => {
  if (n++ < 3) console.log('console', m.type(), m.text().slice(0, 200));
});
page.on('pageerror', (e) => console.log('pageerror', e));
await page.goto(url);
await page.waitForTimeout(1200);
await page.screenshot({ path: out });
await browser.close();
