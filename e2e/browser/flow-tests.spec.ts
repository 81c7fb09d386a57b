import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { createFlow, publish, routeNumber } from '../support/api';
import { expectNoSeriousAxeViolations } from '../support/axe';

// Test cases in the designer: the Tests tab lists them, "Run tests" shows each case's
// result with its first difference, a test call is saved as a case with one click, and
// Publish is refused with the failing case shown.

test.use({ actionTimeout: 15_000 });
test.describe.configure({ timeout: 120_000 });
// The sandbox plays prompts at the speed of speech before keys are acted on.
const expect = baseExpect.configure({ timeout: 25_000 });

const voice = 'en-GB-Emma';
const position = { x: 0, y: 0 };

function shopDocument(goodbye = 'Goodbye from the shop') {
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position, data: {} },
      {
        id: 'main',
        kind: 'menu',
        position: { x: 300, y: 0 },
        data: {
          promptMessage: 'Press 1 to leave',
          voiceProfile: voice,
          speed: 1,
          minDigits: 1,
          maxDigits: 1,
          digitTimeout: 5000,
          overallTimeout: 10000,
          completeOnHash: false,
          noOfTries: 2,
          options: [{ digits: '1' }],
        },
      },
      { id: 'bye', kind: 'say', position: { x: 600, y: 0 }, data: { text: goodbye, voiceProfile: voice, speed: 1 } },
      { id: 'end', kind: 'hangup', position: { x: 900, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'main' },
      { id: 'e2', source: 'main', sourceHandle: '1', target: 'bye' },
      { id: 'e3', source: 'bye', sourceHandle: 'next', target: 'end' },
    ],
  };
}

async function saveDraft(request: APIRequestContext, flowId: string, document: unknown) {
  const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draftRevision: number };
  const response = await request.put(`/api/flows/${flowId}`, { data: { document, draftRevision: flow.draftRevision } });
  expect(response.status(), await response.text()).toBe(200);
}

test('the Tests tab runs cases, a test call becomes a case in one click, and a failing case blocks Publish', async ({ page, request }) => {
  const flowId = await createFlow(request, { document: shopDocument() });
  await publish(request, flowId);
  await routeNumber(request, flowId);
  const added = await request.post(`/api/flows/${flowId}/tests`, {
    data: { name: 'Leaves politely', case: { caller: '+6591110000', dialed: '+6562220000', presses: ['1'], expect: { says: ['Goodbye from the shop'], end: { kind: 'hangup' } } } },
  });
  expect(added.status(), await added.text()).toBe(201);

  await page.goto(`/flows/${flowId}`);
  await page.getByRole('tab', { name: 'Tests' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Tests' });
  const cases = panel.getByRole('list', { name: 'Test cases' });
  await expect(cases.getByRole('listitem')).toHaveCount(1);
  await expect(cases).toContainText('Leaves politely');

  // Keyboard: Run tests is reached and pressed without the mouse.
  await panel.getByRole('button', { name: 'Run tests' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('1 of 1 passed');
  await expect(cases.getByRole('listitem').first()).toContainText('Passed');
  await expectNoSeriousAxeViolations(page);

  // A test call, saved as a case with one click.
  await page.getByRole('button', { name: 'Test call' }).click();
  const phone = page.getByRole('region', { name: 'Test call' });
  await phone.getByLabel('Speak the prompts aloud').uncheck();
  await phone.getByRole('button', { name: 'Call', exact: true }).click();
  const heard = phone.getByRole('list', { name: 'What happened on the call' });
  await expect(heard).toContainText('Press 1 to leave');
  await phone.getByRole('group', { name: 'Dial pad' }).getByRole('button', { name: '1', exact: true }).click();
  await expect(heard).toContainText('call ended');
  await phone.getByRole('button', { name: 'Save as test case' }).click();
  await expect(phone.getByText(/Saved as test case “Test call/)).toBeVisible();
  await expect(cases.getByRole('listitem')).toHaveCount(2);
  await expectNoSeriousAxeViolations(page);

  // The recorded case expects the steps walked, what was said and the hangup.
  const listed = (await (await request.get(`/api/flows/${flowId}/tests`)).json()) as { cases: Array<{ name: string; case: unknown }> };
  expect(listed.cases.find((c) => c.name.startsWith('Test call'))?.case).toMatchObject({
    presses: ['1'],
    expect: { steps: ['start', 'main', 'bye', 'end'], says: ['Press 1 to leave', 'Goodbye from the shop'], end: { kind: 'hangup' } },
  });

  // A draft change breaks both cases: the results name the first difference, Publish refuses.
  await saveDraft(request, flowId, shopDocument('See you soon'));
  await page.reload();
  await page.getByRole('tab', { name: 'Tests' }).click();
  await panel.getByRole('button', { name: 'Run tests' }).click();
  await expect(panel.getByRole('status')).toHaveText('0 of 2 passed');
  await expect(cases.getByRole('listitem').filter({ hasText: 'Leaves politely' })).toContainText(
    'Expected to hear "Goodbye from the shop"; heard "Press 1 to leave", "See you soon"',
  );
  await expect(cases.getByText('Failed', { exact: true })).toHaveCount(2);

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'test case(s) fail' })).toContainText(
    '2 of 2 test case(s) fail: "Leaves politely": Expected to hear "Goodbye from the shop"',
  );
  await expectNoSeriousAxeViolations(page);
});
