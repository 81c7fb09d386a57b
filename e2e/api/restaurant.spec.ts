import { expect, test, type APIRequestContext } from '@playwright/test';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { restaurantRepresentativeNumber } from '@/lib/flow/templates/restaurant';
import { restaurantGuide } from '@/lib/testing/guide-callflows';
import { caller, getCall, publishedTemplate } from '../support/api';

// 8x8's Advanced IVR guide (ABC Restaurant) as inbound calls: CALL_RECEIVED to a number
// routed to the flow, then one VCA per key press. The expected replies are the guide's
// (and its sample backend's), written out; clientActionIds read "<version>:<guide name>:<reply number>".

const guide = restaurantGuide;
const { welcome, mainMenu, reservations, connectCall, bookTable, rescheduleTable } = guide;
const final = (callflow: unknown[]) => ({ callflow });
const bookedTomorrow = final(guide.bookedTomorrow);
const keepReservation = final(guide.keepReservation);
const hours = final(guide.hours);
const goodbye = final(guide.goodbye);
const invalid = final(guide.invalid);

/** A caller on a fresh restaurant number, with checks of the reply and of the stored session. */
async function restaurantCall(request: APIRequestContext) {
  const { number, version } = await publishedTemplate(request, 'restaurant');
  const line = caller(request, { destination: number });

  const expectWaiting = (reply: VcaReply, callflow: unknown[], guideName: string) => {
    expect(reply.callflow).toStrictEqual(callflow);
    expect(reply.clientActionId).toMatch(new RegExp(`^${version.id}:${guideName}:[0-9]+$`));
  };
  const expectSession = async (status: string, currentNodeId: string) => {
    const { session } = await getCall(request, line.sessionId);
    expect(session).toMatchObject({ status, currentNodeId, flowVersionId: version.id, endedAt: null });
  };
  return { number, version, line, expectWaiting, expectSession };
}

test.describe('ABC Restaurant (8x8 Advanced IVR guide) over HTTP', () => {
  test('welcome → 1 reservations → 1 book table → 2 tomorrow', async ({ request }) => {
    const { line, expectWaiting, expectSession } = await restaurantCall(request);

    expectWaiting(await line.dial(), welcome, 'welcome');
    await expectSession('CALL_RECEIVED', 'welcome');

    expectWaiting(await line.press('1'), reservations, 'reservations');
    await expectSession('ACTION_COMPLETED', 'reservations');

    expectWaiting(await line.press('1'), bookTable, 'book_table');
    await expectSession('ACTION_COMPLETED', 'book_table');

    expect(await line.press('2')).toStrictEqual(bookedTomorrow);
    await expectSession('ACTION_COMPLETED', 'end');

    const { events } = await getCall(request, line.sessionId);
    expect(events.map((e) => [e.dtmf, e.nodeId])).toEqual([
      [null, 'start'],
      ['1', 'welcome'],
      ['1', 'reservations'],
      ['2', 'book_table'],
    ]);
  });

  test('welcome → 1 reservations → 2 reschedule → 1 keep', async ({ request }) => {
    const { line, expectWaiting, expectSession } = await restaurantCall(request);
    await line.dial();
    expectWaiting(await line.press('1'), reservations, 'reservations');
    expectWaiting(await line.press('2'), rescheduleTable, 'reschedule_table');
    await expectSession('ACTION_COMPLETED', 'reschedule_table');
    expect(await line.press('1')).toStrictEqual(keepReservation);
    await expectSession('ACTION_COMPLETED', 'end');
  });

  test('2 connect call → 1 bridges the representative, and the call after it says goodbye', async ({ request }) => {
    const { line, number, version, expectWaiting, expectSession } = await restaurantCall(request);
    await line.dial();
    expectWaiting(await line.press('2'), connectCall, 'connect_call');
    await expectSession('ACTION_COMPLETED', 'connect_call');

    const bridge = await line.press('1');
    expectWaiting(bridge, [{ action: 'makeCall', params: { source: number, destination: restaurantRepresentativeNumber } }], 'post_call');
    await expectSession('ACTION_COMPLETED', 'post_call');

    // 8x8 calls back once the bridged call ends, echoing the makeCall's clientActionId.
    expect(bridge.clientActionId).toBe(`${version.id}:post_call:2`);
    expect(await line.press(null)).toStrictEqual(goodbye);
    await expectSession('ACTION_COMPLETED', 'end');
    const { events } = await getCall(request, line.sessionId);
    expect(events.at(-1)).toMatchObject({ clientActionId: bridge.clientActionId, dtmf: null, reply: goodbye });
  });

  test('back to the main menu from both sub-menus asks twice (noOfTries 2), then 3 gives the hours', async ({ request }) => {
    const { line, expectWaiting, expectSession } = await restaurantCall(request);
    await line.dial();
    expectWaiting(await line.press('2'), connectCall, 'connect_call');
    expectWaiting(await line.press('2'), mainMenu, 'main_menu');
    await expectSession('ACTION_COMPLETED', 'main_menu');
    expectWaiting(await line.press('1'), reservations, 'reservations');
    expectWaiting(await line.press('3'), mainMenu, 'main_menu');
    await expectSession('ACTION_COMPLETED', 'main_menu');
    expect(await line.press('3')).toStrictEqual(hours);
    await expectSession('ACTION_COMPLETED', 'end');
  });

  test('3 at the welcome gives the opening hours and hangs up', async ({ request }) => {
    const { line } = await restaurantCall(request);
    await line.dial();
    expect(await line.press('3')).toStrictEqual(hours);
  });

  // Any menu: an unexpected key or silence is "Invalid input, please call again." then hangup.
  for (const [menu, prefix] of [
    ['welcome', []],
    ['reservations', ['1']],
    ['connect call', ['2']],
    ['book table', ['1', '1']],
    ['reschedule', ['1', '2']],
    ['main menu', ['2', '2']],
  ] as const) {
    for (const [label, digits] of [
      ['an invalid key', '9'],
      ['no input', null],
    ] as const) {
      test(`${label} at ${menu} → "Invalid input, please call again." and hangup`, async ({ request }) => {
        const { line, expectSession } = await restaurantCall(request);
        await line.dial();
        for (const d of prefix) await line.press(d);
        // Still in a menu, waiting for the caller.
        expect(line.lastReply?.callflow.map((a) => a.action)).toEqual(['sayAndCapture']);
        expect(await line.press(digits)).toStrictEqual(invalid);
        await expectSession('ACTION_COMPLETED', 'end');
      });
    }
  }
});
