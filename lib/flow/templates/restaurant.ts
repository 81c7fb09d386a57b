import type { MenuData } from '../nodes/menu/definition';
import type { FlowDocument, FlowNode } from '../document';
import { at, edge, flow } from './build';

// 8x8's Advanced IVR guide (ABC Restaurant), three levels. Node ids are the guide's
// clientActionIds, so ours read "<version>:reservations" where the guide says
// "reservations". The welcome is asked once (noOfTries 1) on arrival and twice when
// the caller returns to it, as in the guide; any other key is "Invalid input".

export const restaurantRepresentativeNumber = '+6531589338';

const voice = { voiceProfile: 'en-US-BenjaminRUS', speed: 1 } as const;
const welcomePrompt =
  'Welcome to ABC Restaurant, to book a table press 1, to speak to a representative press 2, to hear our restaurant hours press 3.';

function menu(id: string, column: number, row: number, promptMessage: string, digits: string[], noOfTries = 2): FlowNode {
  const data: MenuData = {
    promptMessage,
    ...voice,
    minDigits: 1,
    maxDigits: 1,
    digitTimeout: 10000,
    overallTimeout: 10000,
    noOfTries,
    options: digits.map((d) => ({ digits: d })),
  };
  return { id, kind: 'menu', position: at(column, row), data };
}

function say(id: string, column: number, row: number, text: string): FlowNode {
  return { id, kind: 'say', position: at(column, row), data: { text, ...voice } };
}

/** Each menu's unexpected keys and silence go to "Invalid input, please call again." */
const invalidBranches = (menuId: string) => [edge(menuId, 'invalid', 'invalid'), edge(menuId, 'noInput', 'invalid')];
const mainMenuBranches = (menuId: string) => [
  edge(menuId, '1', 'reservations'),
  edge(menuId, '2', 'connect_call'),
  edge(menuId, '3', 'hours'),
  ...invalidBranches(menuId),
];

export function restaurant(): FlowDocument {
  const sayThenHangUp = ['hours', 'invalid', 'booked_today', 'booked_tomorrow', 'keep_reservation', 'change_reservation', 'goodbye'];
  return flow(
    [
      { id: 'start', kind: 'start', position: at(0, 2), data: {} },
      menu('welcome', 1, 2, welcomePrompt, ['1', '2', '3'], 1),
      menu('main_menu', 1, 4, welcomePrompt, ['1', '2', '3']),
      menu(
        'reservations',
        2,
        1,
        'Press 1 to make a new reservation, press 2 to reschedule an existing reservation, press 3 to return to main menu.',
        ['1', '2', '3'],
      ),
      menu(
        'connect_call',
        2,
        3,
        'Connecting you to the next available representative. Press 1 to connect now, press 2 to return to main menu',
        ['1', '2'],
      ),
      say('hours', 2, 5, 'Our restaurant hours are between 9AM and 9PM every day of the week.'),
      menu(
        'book_table',
        3,
        0,
        'Reserving a Table, Press 1 to reserve a table for today, Press 2 to reserve a table for tomorrow.',
        ['1', '2'],
      ),
      menu(
        'reschedule_table',
        3,
        2,
        'Rescheduling your reservation, Press 1 to keep your current reservation, press 2 to change your reservation to tomorrow.',
        ['1', '2'],
      ),
      {
        id: 'post_call',
        kind: 'transfer',
        position: at(3, 3),
        data: { source: '{{dialed}}', destination: restaurantRepresentativeNumber },
      },
      say('booked_today', 4, 0, 'We have booked your table for today, thank you.'),
      say('booked_tomorrow', 4, 1, 'We have booked your table for tomorrow, thank you.'),
      say('keep_reservation', 4, 2, 'Keeping your current reservation, thank you.'),
      say('change_reservation', 4, 3, 'Changing your reservation to tomorrow thank you.'),
      say('goodbye', 4, 4, 'Thank you for speaking to ABC Restaurant, have a great day.'),
      say('invalid', 3, 5, 'Invalid input, please call again.'),
      { id: 'end', kind: 'hangup', position: at(5, 3), data: {} },
    ],
    [
      edge('start', 'next', 'welcome'),
      ...mainMenuBranches('welcome'),
      ...mainMenuBranches('main_menu'),
      edge('reservations', '1', 'book_table'),
      edge('reservations', '2', 'reschedule_table'),
      edge('reservations', '3', 'main_menu'),
      ...invalidBranches('reservations'),
      edge('connect_call', '1', 'post_call'),
      edge('connect_call', '2', 'main_menu'),
      ...invalidBranches('connect_call'),
      edge('book_table', '1', 'booked_today'),
      edge('book_table', '2', 'booked_tomorrow'),
      ...invalidBranches('book_table'),
      edge('reschedule_table', '1', 'keep_reservation'),
      edge('reschedule_table', '2', 'change_reservation'),
      ...invalidBranches('reschedule_table'),
      edge('post_call', 'after', 'goodbye'),
      ...sayThenHangUp.map((id) => edge(id, 'next', 'end')),
    ],
  );
}
