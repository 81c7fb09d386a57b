import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { uniqueWav } from '@/lib/testing/audio-samples';
import { createFlow, routeNumber } from '../support/api';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { canvasNode, expectSaved } from '../support/designer';
import { flowPlaying } from '../support/prompts';
import { storageStatePath, testServer } from '../support/test-server';

// The prompt library in the browser: upload (picker, keyboard, drag and drop), listen, pick a
// recording in a Play file step, publish, and hear — in the sandbox's transcript — the call
// play the recording's public URL.

test.use({ actionTimeout: 15_000 });
// The first test walks the whole journey (upload, designer, publish, a call at the sandbox's real pace).
test.describe.configure({ timeout: 180_000 });

const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;
const uploads = (page: Page) => page.getByRole('list', { name: 'Uploads' });

/** Drops a file on the upload area, as a file dragged from the desktop arrives (`bytes`, or `size` zero bytes made in the page). */
async function dropFile(page: Page, name: string, content: Buffer | { size: number }, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data, size, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([data ? new Uint8Array(data) : new Uint8Array(size)], name, { type }));
      return transfer;
    },
    { name, type, ...(Buffer.isBuffer(content) ? { data: [...content], size: 0 } : { data: null, size: content.size }) },
  );
  const target = page.getByText('Drop .mp3 or .wav files here');
  // A drop before React has hydrated the page is lost (seen in CI on a loaded machine): wait
  // until a dragover is handled — it marks the area — then drop.
  await expect(async () => {
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(target.locator('..')).toHaveAttribute('data-dragging', 'true', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** The <audio> element fetched the recording and decoded its length: the browser can play it. */
async function expectPlayable(audio: Locator, seconds: number) {
  const loaded = await audio.evaluate(
    (element: HTMLAudioElement) =>
      new Promise<{ duration: number; error: number | null }>((resolve) => {
        const done = () => resolve({ duration: element.duration, error: element.error?.code ?? null });
        element.addEventListener('loadedmetadata', done, { once: true });
        element.addEventListener('error', done, { once: true });
        element.preload = 'metadata';
        element.load();
      }),
  );
  expect(loaded.error).toBeNull();
  expect(loaded.duration).toBeCloseTo(seconds, 1);
}

test('upload a WAV, play it, pick it in Play file, publish, and a test call plays its URL', async ({ page, request }) => {
  const name = unique('Greeting');
  await page.goto('/prompts');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  // By keyboard: the button opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'greeting.wav', mimeType: 'audio/wav', buffer: uniqueWav(1) });
  await expect(uploads(page).getByRole('listitem').filter({ hasText: name })).toContainText('Uploaded');

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
  await expect(row).toContainText('WAV · 16.0 KB');
  await expectPlayable(row.getByLabel(`Play “${name}”`), 1);
  const path = await row.getByLabel(`Play “${name}”`).getAttribute('src');
  expect(path).toMatch(/^\/prompts\/[0-9a-f]{64}\.wav$/);
  await expectNoSeriousAxeViolations(page);

  // A flow whose Play file step has no file yet: pick the recording by name.
  const flowId = await createFlow(request, { name: unique('plays a recording'), document: flowPlaying('') });
  await page.goto(`/flows/${flowId}`);
  await canvasNode(page, 'greeting').click();
  const step = page.getByRole('tabpanel', { name: 'Step' });
  const picker = step.getByRole('combobox', { name: 'Recording from the library' });
  await expect(step.getByRole('textbox', { name: 'Audio file URL' })).toBeVisible();
  await picker.selectOption({ label: name });
  await expect(step.getByRole('textbox', { name: 'Audio file URL' })).toHaveCount(0);
  await expectPlayable(step.getByLabel(`Play “${name}”`), 1);
  await expect(page.getByRole('tab', { name: 'Problems', exact: true })).toBeVisible(); // no count: no problems
  await expectSaved(page);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published version 1.')).toBeVisible();
  await routeNumber(request, flowId);

  // The sandbox runs the published version: its callflow plays the recording's public URL.
  await page.getByRole('button', { name: 'Test call' }).click();
  const phone = page.getByRole('region', { name: 'Test call' });
  await phone.getByLabel('Speak the prompts aloud').uncheck();
  await phone.getByRole('button', { name: 'Call', exact: true }).click();
  await expect(phone.getByRole('list', { name: 'What happened on the call' })).toContainText(`plays ${testServer.baseUrl}${path}`, { timeout: 25_000 });

  // Now that v1 plays it, the library refuses to delete it and says where it is used.
  await page.goto('/prompts');
  await row.getByRole('button', { name: `Delete “${name}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await expect(dialog.getByRole('alert')).toContainText('It cannot be deleted: published versions play it.');
  await expect(dialog.getByRole('link', { name: /plays a recording/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Delete recording' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a file dropped on the page uploads; one that is not audio is refused on its own line, saying what is accepted', async ({ page }) => {
  await page.goto('/prompts');
  await dropFile(page, 'meeting-notes.mp3', Buffer.from('Notes from Tuesday, not a recording.\n'), 'audio/mpeg');
  const refused = uploads(page).getByRole('listitem').filter({ hasText: 'meeting-notes' });
  await expect(refused.getByRole('alert')).toContainText('Could not upload “meeting-notes”: This file is text, not an MP3 or WAV recording.');
  await expect(refused.getByRole('alert')).toContainText('Upload MP3 (MPEG audio Layer III, with or without an ID3v2 tag) or WAV');

  const fileName = unique('dropped').replace(' ', '-');
  await dropFile(page, `${fileName}.wav`, uniqueWav(), 'audio/wav');
  await expect(uploads(page).getByRole('listitem').filter({ hasText: fileName })).toContainText('Uploaded');
  // Named after the file, renamed in a dialog.
  await page.getByRole('button', { name: `Rename “${fileName}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename recording' });
  await dialog.getByRole('textbox', { name: 'New name' }).fill(`${fileName} renamed`);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`${fileName} renamed`) })).toBeVisible();
});

test('a file over 5 MB is refused before it is sent', async ({ page }) => {
  await page.goto('/prompts');
  await dropFile(page, 'long.wav', { size: 5_000_001 }, 'audio/wav');
  await expect(uploads(page).getByRole('alert')).toContainText('long.wav is 5.0 MB: 8x8 plays files of at most 5 MB.');
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('the library can be listened to, but not changed', async ({ page }) => {
    await page.goto('/prompts');
    await expect(page.getByRole('heading', { name: 'Prompts' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose files…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByText('Needs the Editor role or higher to upload recordings.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeDisabled();
  });
});
