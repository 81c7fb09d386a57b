import { expect, test, type Page } from '@playwright/test';
import { startTestServer } from '@/lib/testing/http-test-server';
import { caller, createFlow, publish, routeNumber, uniqueNumber } from '../support/api';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { canvasNode, expectSaved } from '../support/designer';

// The HTTP request step in the designer (added from the palette, edited in the Step tab, saved
// in the draft), and a request a call made, on the session's timeline: URL, status and ms.
// The timeline test allow-lists 127.0.0.1, one setting for the whole server: serial, restored.
test.describe.configure({ mode: 'serial' });

type SavedNode = { id: string; kind: string; data: Record<string, unknown> };
const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Step' });
const addStep = (page: Page, label: string) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: label, exact: true }).click();

test('an HTTP request step: URL, a header, a mapping into a variable and the timeout, checked beside the fields and saved', async ({ page, request }) => {
  const flowId = await createFlow(request, {});
  await page.goto(`/flows/${flowId}`);
  await expect(canvasNode(page, 'start')).toBeVisible();
  await addStep(page, 'HTTP request');
  const card = canvasNode(page, 'http_request_1');
  await expect(card).toBeVisible();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { name: 'HTTP request' })).toBeVisible();

  const url = panel.getByRole('textbox', { name: 'URL' });
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await url.fill('https://crm.example.com/customers?phone={{caller}}');
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
  await expect(card).toContainText('GET https://crm.example.com/customers?phone={{caller}}');
  for (const output of ['Success', 'Failed', 'Timed out']) await expect(card).toContainText(output);

  await panel.getByRole('button', { name: '+ Add header' }).click();
  await panel.getByRole('textbox', { name: 'header 1 Name' }).fill('Authorization');
  await panel.getByRole('textbox', { name: 'header 1 Value' }).fill('Bearer {{secrets.CRM_KEY}}');

  await panel.getByRole('button', { name: '+ Add mapping' }).click();
  await panel.getByRole('textbox', { name: 'mapping 1 Variable' }).fill('name');
  const path = panel.getByRole('textbox', { name: 'mapping 1 JSON path' });
  await path.fill('customer.name');
  await expect(path).toHaveAttribute('aria-invalid', 'true');
  await expect(panel).toContainText('a path starts with $, e.g. $.customer.name');
  await path.fill('$.customer.name');
  await expect(path).not.toHaveAttribute('aria-invalid', 'true');
  await expect(card).toContainText('→ name');

  const timeout = panel.getByRole('textbox', { name: 'Timeout' });
  await timeout.fill('9000');
  await expect(panel).toContainText('The timeout is between 100 and 8000 ms');
  await timeout.fill('2000');
  await expect(panel).not.toContainText('The timeout is between 100 and 8000 ms');
  await expectNoSeriousAxeViolations(page);

  await expectSaved(page);
  const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draft: { nodes: SavedNode[] } };
  expect(flow.draft.nodes.find((n) => n.id === 'http_request_1')).toMatchObject({
    kind: 'httpRequest',
    data: {
      method: 'GET',
      url: 'https://crm.example.com/customers?phone={{caller}}',
      headers: [{ name: 'Authorization', value: 'Bearer {{secrets.CRM_KEY}}' }],
      timeoutMs: 2000,
      mappings: [{ variable: 'name', path: '$.customer.name' }],
    },
  });
});

test('the session timeline shows the request a call made: URL, status and time taken', async ({ page, request }) => {
  const crm = await startTestServer((_incoming, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"customer":{"name":"Ada Lovelace"}}');
  });
  const before = ((await (await request.get('/api/settings/data-dips')).json()) as { allowHosts: string[] }).allowHosts;
  try {
    await request.put('/api/settings/data-dips/allow-hosts', { data: { hosts: [...before.filter((h) => h !== '127.0.0.1'), '127.0.0.1'] } });
    const document = {
      schemaVersion: 1,
      nodes: [
        { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
        {
          id: 'lookup',
          kind: 'httpRequest',
          position: { x: 1, y: 0 },
          data: { method: 'GET', url: `${crm.origin}/customers?phone={{caller}}`, headers: [], body: '', timeoutMs: 2000, maxResponseBytes: 65536, mappings: [{ variable: 'name', path: '$.customer.name' }] },
        },
        { id: 'hello', kind: 'say', position: { x: 2, y: 0 }, data: { text: 'Hello {{vars.name}}.', voiceProfile: '' } },
      ],
      edges: [
        { id: 'a', source: 'start', sourceHandle: 'next', target: 'lookup' },
        { id: 'b', source: 'lookup', sourceHandle: 'success', target: 'hello' },
      ],
    };
    const flowId = await createFlow(request, { document });
    await publish(request, flowId);
    const number = await routeNumber(request, flowId);
    const phone = uniqueNumber();
    const call = caller(request, { destination: number, source: phone });
    await call.dial();

    await page.goto(`/history/${call.sessionId}`);
    const dip = page.getByRole('list', { name: 'HTTP requests' }).getByTestId('data-dip');
    await expect(dip).toHaveCount(1);
    await expect(dip).toContainText(`GET ${crm.origin}/customers?phone=${encodeURIComponent(phone)}`);
    await expect(dip).toContainText('status 200');
    await expect(dip).toContainText(/\d+ ms/);
    await expect(dip).toContainText('Success');
    await dip.getByText('Response (first 2000 characters)').click();
    await expect(dip.getByRole('region')).toContainText('"Ada Lovelace"');
    await expectNoSeriousAxeViolations(page);
  } finally {
    await request.put('/api/settings/data-dips/allow-hosts', { data: { hosts: before } });
    await crm.close();
  }
});
