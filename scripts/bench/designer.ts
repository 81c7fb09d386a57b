import { chromium } from '@playwright/test';
import { percentile, round } from './percentiles';
import { adminCookies, adminHeaders } from './admin-session';
import { generatedFlow } from './generated-flow';

/**
 * Opens a generated 300-node flow in headless Chromium and reports how long until
 * it is interactive (the canvas shows the flow and a click selects a step), then
 * the frame intervals while a step is dragged across the canvas.
 */
export async function benchDesigner(baseUrl: string, levels = 100) {
  const document = generatedFlow(levels);
  const created = await fetch(`${baseUrl}/api/flows`, {
    method: 'POST',
    headers: adminHeaders({ 'Content-Type': 'application/json' }),
    body: JSON.stringify({ name: 'bench: 300 steps', document }),
  });
  if (!created.ok) throw new Error(`could not create the bench flow: ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies(adminCookies(baseUrl));
    const page = await context.newPage();
    // Warm the server's compiled route once so the figure is the browser's work.
    await page.goto(`${baseUrl}/flows/${id}`);
    const opens: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      await page.goto(`${baseUrl}/flows/${id}`);
      const start = page.locator('.react-flow__node[data-id="start"]');
      await start.waitFor();
      await start.click();
      await page.locator('.react-flow__node[data-id="start"].selected').waitFor();
      opens.push(performance.now() - started);
    }

    // Frame intervals while dragging a step 400 px in 60 mouse moves.
    const node = page.locator('.react-flow__node[data-id="start"]');
    const box = (await node.boundingBox())!;
    // Code as strings: tsx's helpers (__name) do not exist in the page.
    await page.evaluate(`(() => {
      window.frames_ = []; window.recording = true;
      const tick = (t) => { if (!window.recording) return; window.frames_.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 400, box.y + 210, { steps: 60 });
    await page.mouse.up();
    const stamps = (await page.evaluate('(() => { window.recording = false; return window.frames_; })()')) as number[];
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
    const renderedNodes = await page.locator('.react-flow__node').count();
    return {
      nodes: document.nodes.length,
      renderedNodes,
      openMs: Math.min(...opens),
      opensMs: opens.map((o) => round(o, 0)),
      frameP50: percentile(intervals, 50),
      frameP95: percentile(intervals, 95),
      frameMax: Math.max(...intervals),
      framesOver16: intervals.filter((i) => i > 16.7).length,
      frames: intervals.length,
    };
  } finally {
    await browser.close();
  }
}
