import { describe, expect, it } from 'vitest';
import { decodeClientActionId } from '../client-action-id';
import { compileResume, compileStart } from '../compile';
import type { FlowDocument } from '../document';
import { indexFlow } from '../flow-index';
import { lintFlow } from '../lint';
import { ctx, settledNow } from '../testing/builders';
import { flowTemplates } from './index';
import { restaurant, restaurantRepresentativeNumber } from './restaurant';
import { simpleIvr, simpleIvrAgentNumber } from './simple-ivr';
import { restaurantGuide, simpleIvrGuide } from '@/lib/testing/guide-callflows';

// The expected callflows are copied from 8x8's Simple and Advanced IVR guides (and the
// guides' sample backend), not computed from the templates, so a drifting template fails.

const version = 'v1';
const dialed = '+6562220000';
const caller = '+6591110000';

/** Plays a call: the first reply, then one reply per VCA, following each clientActionId. */
function call(document: FlowDocument, vcas: (string | null)[]) {
  const index = indexFlow(document);
  const replies = [settledNow(compileStart(index, ctx({ caller, dialed }), version)).reply];
  for (const digits of vcas) {
    const waiting = decodeClientActionId(replies.at(-1)?.clientActionId);
    if (!waiting) throw new Error('the previous reply did not wait for the caller');
    expect(waiting.versionId).toBe(version);
    replies.push(settledNow(compileResume(index, waiting.nodeId, ctx({ caller, dialed, digits }), version)).reply);
  }
  return replies;
}
const lastReply = (document: FlowDocument, vcas: (string | null)[]) => call(document, vcas).at(-1);

describe('Simple IVR (8x8 guide)', () => {
  const { firstMenu, sorryMenu, hangUp } = simpleIvrGuide;
  const connectAgent = simpleIvrGuide.connectAgent(dialed, simpleIvrAgentNumber);

  it('first reply is the guide\'s sayAndCapture', () => {
    const [first] = call(simpleIvr(), []);
    expect(first?.callflow).toStrictEqual(firstMenu);
    expect(first?.clientActionId).toBe('v1:main_menu');
  });

  it('digit 1 hangs up', () => {
    expect(lastReply(simpleIvr(), ['1'])).toStrictEqual({ callflow: hangUp });
  });

  it('digit 2 connects the agent from the dialed number, then waits', () => {
    const reply = lastReply(simpleIvr(), ['2']);
    expect(reply?.callflow).toStrictEqual(connectAgent);
    expect(reply?.clientActionId).toBe('v1:agent');
  });

  it('hangs up after the agent call ends', () => {
    expect(lastReply(simpleIvr(), ['2', null])).toStrictEqual({ callflow: hangUp });
  });

  it.each([['3'], ['0'], ['*'], [null], ['']])('any other digit (%j) or no input gets "Sorry, we did not understand…"', (digits) => {
    const reply = lastReply(simpleIvr(), [digits]);
    expect(reply?.callflow).toStrictEqual(sorryMenu);
    expect(reply?.clientActionId).toBe('v1:retry_menu');
  });

  it('the retry menu offers the same choices, and repeats itself on another miss', () => {
    expect(lastReply(simpleIvr(), ['9', '1'])).toStrictEqual({ callflow: hangUp });
    expect(lastReply(simpleIvr(), ['9', '2'])?.callflow).toStrictEqual(connectAgent);
    expect(lastReply(simpleIvr(), ['9', '7'])?.callflow).toStrictEqual(sorryMenu);
    expect(lastReply(simpleIvr(), ['9', null, null])?.callflow).toStrictEqual(sorryMenu);
  });
});

describe('ABC Restaurant (8x8 Advanced IVR guide)', () => {
  const guide = restaurantGuide;
  const { welcome: welcomeMenu, mainMenu, reservations, connectCall, bookTable, rescheduleTable } = guide;
  const postCall = guide.connectRepresentative(dialed, restaurantRepresentativeNumber);
  const hours = { callflow: guide.hours };
  const invalid = { callflow: guide.invalid };

  /** Asserts a reply that waits: the guide's callflow and a clientActionId naming the guide's menu. */
  const expectWaiting = (vcas: (string | null)[], callflow: unknown[], guideName: string) => {
    const reply = lastReply(restaurant(), vcas);
    expect(reply?.callflow).toStrictEqual(callflow);
    expect(reply?.clientActionId).toBe(`v1:${guideName}`);
  };
  const expectFinal = (vcas: (string | null)[], reply: unknown) => expect(lastReply(restaurant(), vcas)).toStrictEqual(reply);

  it('welcomes with the guide\'s initial sayAndCapture (noOfTries 1)', () => {
    expectWaiting([], welcomeMenu, 'welcome');
  });

  // The main menu behaves the same on arrival (welcome) and when the caller comes back to it.
  describe.each([
    ['on arrival', [] as (string | null)[]],
    ['after returning from Reservations', ['1', '3']],
    ['after returning from Connect call', ['2', '2']],
  ])('main menu %s', (_label, prefix) => {
    it('1 → Reservations', () => expectWaiting([...prefix, '1'], reservations, 'reservations'));
    it('2 → Connect call', () => expectWaiting([...prefix, '2'], connectCall, 'connect_call'));
    it('3 → opening hours, then hang up', () => expectFinal([...prefix, '3'], hours));
    it.each([['4'], ['0'], ['*'], ['#'], [null]])('%j → "Invalid input", then hang up', (digits) => expectFinal([...prefix, digits], invalid));
  });

  it('returning to the main menu asks twice (noOfTries 2) with the welcome prompt', () => {
    expectWaiting(['1', '3'], mainMenu, 'main_menu');
    expectWaiting(['2', '2'], mainMenu, 'main_menu');
  });

  describe('Reservations', () => {
    it('1 → Book table', () => expectWaiting(['1', '1'], bookTable, 'book_table'));
    it('2 → Reschedule table', () => expectWaiting(['1', '2'], rescheduleTable, 'reschedule_table'));
    it('3 → back to the main menu', () => expectWaiting(['1', '3'], mainMenu, 'main_menu'));
    it.each([['4'], ['9'], [null]])('%j → "Invalid input"', (digits) => expectFinal(['1', digits], invalid));
  });

  describe('Book table', () => {
    it('1 → booked for today', () => expectFinal(['1', '1', '1'], { callflow: guide.bookedToday }));
    it('2 → booked for tomorrow', () => expectFinal(['1', '1', '2'], { callflow: guide.bookedTomorrow }));
    it.each([['3'], ['0'], [null]])('%j → "Invalid input" (no way back here, as in the guide)', (digits) => expectFinal(['1', '1', digits], invalid));
  });

  describe('Reschedule table', () => {
    it('1 → keep the reservation', () => expectFinal(['1', '2', '1'], { callflow: guide.keepReservation }));
    it('2 → change it to tomorrow', () => expectFinal(['1', '2', '2'], { callflow: guide.changeReservation }));
    it.each([['3'], [null]])('%j → "Invalid input"', (digits) => expectFinal(['1', '2', digits], invalid));
  });

  describe('Connect call', () => {
    it('1 → bridge to the representative (post_call)', () => expectWaiting(['2', '1'], postCall, 'post_call'));
    it('2 → back to the main menu', () => expectWaiting(['2', '2'], mainMenu, 'main_menu'));
    it.each([['3'], ['0'], [null]])('%j → "Invalid input"', (digits) => expectFinal(['2', digits], invalid));
  });

  it('after the bridged call: goodbye, then hang up (digits ignored)', () => {
    const goodbye = { callflow: guide.goodbye };
    expectFinal(['2', '1', null], goodbye);
    expectFinal(['2', '1', '5'], goodbye);
  });

  it('a long call through every level ends where the guide does', () => {
    const replies = call(restaurant(), ['1', '3', '2', '2', '1', '1', '2']);
    expect(replies.map((r) => r.clientActionId)).toEqual([
      'v1:welcome',
      'v1:reservations',
      'v1:main_menu',
      'v1:connect_call',
      'v1:main_menu',
      'v1:reservations',
      'v1:book_table',
      undefined,
    ]);
    expect(replies.at(-1)).toStrictEqual({ callflow: guide.bookedTomorrow });
  });
});

describe('template lint', () => {
  it.each(Object.entries(flowTemplates))('%s has no errors and no warnings', (_id, template) => {
    expect(lintFlow(template.build())).toEqual([]);
  });

  it('each build returns a fresh document', () => {
    expect(restaurant()).not.toBe(restaurant());
    expect(restaurant()).toEqual(restaurant());
  });
});
