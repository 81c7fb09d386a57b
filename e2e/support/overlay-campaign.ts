import type { APIRequestContext } from '@playwright/test';
import { act, createCampaign, importContacts, numberBlock, script, waitForStatus } from './campaigns';

/**
 * A campaign of `flowId` run to the end against the sandbox: `contacts` numbers that answer
 * and press `digits`. Resolves with its id once every contact is settled (its calls ended).
 */
export async function runCampaign(request: APIRequestContext, flowId: string, contacts: number, digits: Array<string | null>, name?: string) {
  const block = numberBlock();
  const numbers = Array.from({ length: contacts }, (_, i) => block.number(i));
  await script(request, numbers.map((number) => ({ number, answers: ['answer'] })), 0.05, digits);
  const id = await createCampaign(request, flowId, { callsPerSecond: 5, maxConcurrent: 5, ...(name && { name }) });
  await importContacts(request, id, ['number', ...numbers].join('\n'));
  await act(request, id, 'run');
  const done = await waitForStatus(request, id, 'DONE', 90_000);
  return { id, done };
}
