import { expect as baseExpect, test } from '@playwright/test';
import { simpleIvrGuide } from '@/lib/testing/guide-callflows';
import { createFlow, getCall, publish, uniqueNumber } from '../support/api';

// An outbound callback launched from the UI into the sandbox, answered in the test
// phone with digits, seen to end — the whole path: Send Callflow → sandbox → webhooks
// → engine → reply → sandbox. The sandbox plays at real speed here.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 25_000 });

const prompt = (menu: unknown[]) => (menu[0] as { params: { promptMessage: string } }).params.promptMessage;

test('launch a callback from the calls page, answer it in the test phone, press 1, see it end', async ({ page, request }) => {
  const flowId = await createFlow(request, { template: 'simple-ivr' });
  await publish(request, flowId);

  await page.goto(`/calls?flowId=${flowId}`);
  const form = page.getByRole('form', { name: 'New call' });
  await form.getByRole('combobox', { name: 'Source (caller id)' }).selectOption('+6561115777');
  const destination = uniqueNumber();
  await form.getByRole('textbox', { name: 'Destination' }).fill(destination);
  await expect(form.getByRole('checkbox', { name: /Answer the call here/ })).toBeChecked();
  await form.getByRole('button', { name: 'Launch' }).click();

  const phone = page.getByRole('region', { name: 'Test phone' });
  await phone.getByLabel('Speak the prompts aloud').uncheck();
  const heard = phone.getByRole('list', { name: 'What happened on the call' });
  await expect(heard).toContainText(prompt(simpleIvrGuide.firstMenu));
  await phone.getByRole('group', { name: 'Dial pad' }).getByRole('button', { name: '1', exact: true }).click();
  await expect(heard).toContainText('pressed 1');
  await expect(heard).toContainText('the IVR hung up');
  await expect(heard).toContainText('call ended');
  await expect(phone.getByRole('button', { name: 'Hang up' })).toHaveCount(0);

  // The app recorded the call: outbound to our destination, summary COMPLETED.
  const sessionId = (await page.getByRole('status').filter({ hasText: 'created session' }).innerText()).match(/session ([\w-]+)/)?.[1];
  expect(sessionId).toBeTruthy();
  await expect.poll(async () => (await getCall(request, sessionId!)).session.finalStatus).toBe('COMPLETED');
  const { session } = await getCall(request, sessionId!);
  expect(session).toMatchObject({ direction: 'OUTBOUND', caller: destination, dialed: '+6561115777' });
});
