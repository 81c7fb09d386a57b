import type { MenuData } from '../nodes/menu/definition';
import type { FlowDocument } from '../document';
import { at, edge, flow } from './build';

// 8x8's Simple IVR guide: an outbound callback with one menu. 1 → hang up,
// 2 → connect to an agent, anything else (or nothing) → "Sorry…" and the same options.

export const simpleIvrAgentNumber = '+6531589338';

const capture = {
  voiceProfile: 'en-US-BenjaminRUS',
  repetition: 1,
  speed: 1,
  minDigits: 1,
  maxDigits: 1,
  digitTimeout: 10000,
  overallTimeout: 10000,
  completeOnHash: false,
  noOfTries: 2,
  successMessage: null,
  failureMessage: 'Invalid input, please try again',
  options: [
    { digits: '1', label: 'Issue resolved' },
    { digits: '2', label: 'Speak to an agent' },
  ],
} satisfies Omit<MenuData, 'promptMessage'>;

export function simpleIvr(): FlowDocument {
  return flow(
    [
      { id: 'start', kind: 'start', position: at(0, 1), data: {} },
      {
        id: 'main_menu',
        kind: 'menu',
        position: at(1, 1),
        data: {
          ...capture,
          promptMessage:
            'Dear customer, Thank you for contacting Xyz technical support recently. If you have resolved your issue already, press one. Or press two to speak to an agent.',
        },
      },
      {
        id: 'retry_menu',
        kind: 'menu',
        position: at(2, 2),
        data: {
          ...capture,
          promptMessage:
            'Sorry, we did not understand your response. If you have resolved your issue already, press one. Or press two to speak to an agent.',
        },
      },
      { id: 'resolved', kind: 'hangup', position: at(3, 0), data: {} },
      {
        id: 'agent',
        kind: 'transfer',
        position: at(3, 1),
        data: { source: '{{dialed}}', destination: simpleIvrAgentNumber },
      },
    ],
    [
      edge('start', 'next', 'main_menu'),
      ...['main_menu', 'retry_menu'].flatMap((menu) => [
        edge(menu, '1', 'resolved'),
        edge(menu, '2', 'agent'),
        edge(menu, 'invalid', 'retry_menu'),
        edge(menu, 'noInput', 'retry_menu'),
      ]),
    ],
  );
}
