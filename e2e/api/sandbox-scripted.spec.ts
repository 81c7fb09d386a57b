import { expect, test } from '@playwright/test';
import { getCall, publishedTemplate } from '../support/api';
import { kinds, scriptedCall, spoken, vcaDigits } from '../support/sandbox';

// Whole calls through the sandbox into the product's real webhooks: both 8x8 guide
// IVRs, every branch, scripted callers. Fresh flows and numbers per file.

// A transfer's makeCall uses the dialed number as caller id, which must be one of the
// sandbox's own numbers (-1014 otherwise): bridges go through the seeded routes.
const seeded = { restaurant: '+6568332048', simpleIvr: '+6561115777' };
const sorry = 'Sorry, we did not understand your response.';
const dearCustomer = 'Dear customer, Thank you for contacting Xyz technical support recently.';

test.describe('Simple IVR (inbound, scripted caller)', () => {
  let number: string;
  test.beforeAll(async ({ request }) => {
    ({ number } = await publishedTemplate(request, 'simple-ivr'));
  });

  test('1: the issue is resolved, the call hangs up', async ({ request }) => {
    const result = await scriptedCall(request, { to: number, digits: ['1'] });
    expect(result.outcome).toBe('COMPLETED');
    expect(vcaDigits(result.transcript)).toEqual(['1']);
    expect(spoken(result.transcript)[0]).toContain(dearCustomer);
    expect(kinds(result.transcript)).toContain('hangup');
    const stored = await getCall(request, result.sessionId);
    expect(stored.session).toMatchObject({ finalStatus: 'COMPLETED', direction: 'INBOUND', lastAction: 'HANGUP' });
    expect(stored.legs).toHaveLength(1);
    expect(stored.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['VCA', 'VCS', 'VSS']));
  });

  test('2: connected to the agent (callB), then the call ends', async ({ request }) => {
    const result = await scriptedCall(request, { to: seeded.simpleIvr, digits: ['2'] });
    expect(result.outcome).toBe('COMPLETED');
    expect(kinds(result.transcript)).toEqual(expect.arrayContaining(['transfer', 'bridge-ended']));
    const replies = result.transcript.filter((e) => e.kind === 'reply');
    const transfer = replies.find((e) => JSON.stringify(e.reply).includes('makeCall'))!;
    const after = result.transcript.filter((e) => e.kind === 'webhook' && e.webhookType === 'VCA').at(-1)!;
    expect((after.body as { payload: { clientActionId: string } }).payload.clientActionId).toBe(transfer.clientActionId);
    const stored = await getCall(request, result.sessionId);
    expect(stored.session.finalStatus).toBe('COMPLETED');
    expect(stored.legs.map((l) => l.legKey)).toEqual(['callA', 'callB']);
    expect(stored.legs[1]).toMatchObject({ destination: '+6531589338', status: 'COMPLETED' });
    expect(stored.legs.every((l) => typeof l.mos === 'number')).toBe(true);
  });

  test('an invalid key gets the "Sorry" menu, then 1 hangs up', async ({ request }) => {
    const result = await scriptedCall(request, { to: number, digits: ['9', '1'] });
    expect(vcaDigits(result.transcript)).toEqual(['9', '1']);
    expect(spoken(result.transcript).some((t) => t.startsWith(sorry))).toBe(true);
    expect(result.outcome).toBe('COMPLETED');
  });

  test('no input: two silent tries, the "Sorry" menu, and the silent caller finally hangs up', async ({ request }) => {
    const result = await scriptedCall(request, { to: number, digits: [] });
    expect(result.transcript.filter((e) => e.kind === 'no-input').length).toBeGreaterThanOrEqual(4);
    expect(vcaDigits(result.transcript)[0]).toBeNull();
    expect(spoken(result.transcript).some((t) => t.startsWith(sorry))).toBe(true);
    expect(spoken(result.transcript)).toContain('Invalid input, please try again');
    expect(result.outcome).toBe('COMPLETED');
    expect((await getCall(request, result.sessionId)).session.finalStatus).toBe('COMPLETED');
  });

  test('an entry longer than maxDigits keeps only the first key', async ({ request }) => {
    const result = await scriptedCall(request, { to: number, digits: ['12'] });
    expect(vcaDigits(result.transcript)).toEqual(['1']);
  });
});

test.describe('Restaurant, the Advanced IVR (inbound, scripted caller)', () => {
  let number: string;
  test.beforeAll(async ({ request }) => {
    ({ number } = await publishedTemplate(request, 'restaurant'));
  });

  const branches: Array<[string, Array<string | null>, string]> = [
    ['hours', ['3'], 'Our restaurant hours are between 9AM and 9PM every day of the week.'],
    ['book for today', ['1', '1', '1'], 'We have booked your table for today, thank you.'],
    ['book for tomorrow', ['1', '1', '2'], 'We have booked your table for tomorrow, thank you.'],
    ['keep a reservation', ['1', '2', '1'], 'Keeping your current reservation, thank you.'],
    ['change a reservation', ['1', '2', '2'], 'Changing your reservation to tomorrow thank you.'],
    ['reservations → main menu → hours', ['1', '3', '3'], 'Our restaurant hours are between 9AM and 9PM every day of the week.'],
    ['representative → main menu → hours', ['2', '2', '3'], 'Our restaurant hours are between 9AM and 9PM every day of the week.'],
    ['an invalid key on the welcome', ['9'], 'Invalid input, please call again.'],
    ['no input on the welcome', [null], 'Invalid input, please call again.'],
    ['an invalid key in a sub-menu', ['1', '7'], 'Invalid input, please call again.'],
    ['no input in a sub-menu', ['2'], 'Invalid input, please call again.'],
  ];
  for (const [name, digits, last] of branches) {
    test(`${name}: ${JSON.stringify(digits)}`, async ({ request }) => {
      const result = await scriptedCall(request, { to: number, digits });
      expect(result.outcome).toBe('COMPLETED');
      expect(spoken(result.transcript).at(-1)).toBe(last);
      expect((await getCall(request, result.sessionId)).session).toMatchObject({ finalStatus: 'COMPLETED', lastAction: 'HANGUP' });
    });
  }

  test('representative: bridged, then the after-call goodbye', async ({ request }) => {
    const result = await scriptedCall(request, { to: seeded.restaurant, digits: ['2', '1'] });
    expect(kinds(result.transcript)).toEqual(expect.arrayContaining(['transfer', 'bridge-ended']));
    expect(spoken(result.transcript).at(-1)).toBe('Thank you for speaking to ABC Restaurant, have a great day.');
    const stored = await getCall(request, result.sessionId);
    expect(stored.legs.map((l) => l.legKey)).toEqual(['callA', 'callB']);
    expect(stored.session.finalStatus).toBe('COMPLETED');
  });
});
