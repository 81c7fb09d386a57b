// 8x8's Simple IVR and Advanced IVR guides' callflows, written out literally (not
// computed from our templates, so a drifting template fails its tests). Shared by the
// engine's unit tests and the HTTP and browser suites.

const simpleIvrCapture = (promptMessage: string) => ({
  action: 'sayAndCapture',
  params: {
    promptMessage,
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
  },
});

export const simpleIvrGuide = {
  /** The sayAndCapture of the guide's initial Send Callflow request. */
  firstMenu: [
    simpleIvrCapture(
      'Dear customer, Thank you for contacting Xyz technical support recently. If you have resolved your issue already, press one. Or press two to speak to an agent.',
    ),
  ],
  /** The reply to any other digit. */
  sorryMenu: [
    simpleIvrCapture(
      'Sorry, we did not understand your response. If you have resolved your issue already, press one. Or press two to speak to an agent.',
    ),
  ],
  /** The reply to 1. */
  hangUp: [{ action: 'hangup' }],
  /** The reply to 2: bridge from our virtual number to the agent. */
  connectAgent: (source: string, agent: string) => [{ action: 'makeCall', params: { source, destination: agent } }],
};

const restaurantCapture = (promptMessage: string, noOfTries: number) => [
  {
    action: 'sayAndCapture',
    params: {
      promptMessage,
      voiceProfile: 'en-US-BenjaminRUS',
      speed: 1,
      minDigits: 1,
      maxDigits: 1,
      digitTimeout: 10000,
      overallTimeout: 10000,
      noOfTries,
    },
  },
];
const sayThenHangUp = (text: string) => [{ action: 'say', params: { text, voiceProfile: 'en-US-BenjaminRUS', speed: 1 } }, { action: 'hangup' }];

const welcomePrompt =
  'Welcome to ABC Restaurant, to book a table press 1, to speak to a representative press 2, to hear our restaurant hours press 3.';

export const restaurantGuide = {
  /** The guide's initial request asks once; returning to the main menu asks twice. */
  welcome: restaurantCapture(welcomePrompt, 1),
  mainMenu: restaurantCapture(welcomePrompt, 2),
  reservations: restaurantCapture(
    'Press 1 to make a new reservation, press 2 to reschedule an existing reservation, press 3 to return to main menu.',
    2,
  ),
  connectCall: restaurantCapture(
    'Connecting you to the next available representative. Press 1 to connect now, press 2 to return to main menu',
    2,
  ),
  bookTable: restaurantCapture('Reserving a Table, Press 1 to reserve a table for today, Press 2 to reserve a table for tomorrow.', 2),
  rescheduleTable: restaurantCapture(
    'Rescheduling your reservation, Press 1 to keep your current reservation, press 2 to change your reservation to tomorrow.',
    2,
  ),
  hours: sayThenHangUp('Our restaurant hours are between 9AM and 9PM every day of the week.'),
  invalid: sayThenHangUp('Invalid input, please call again.'),
  bookedToday: sayThenHangUp('We have booked your table for today, thank you.'),
  bookedTomorrow: sayThenHangUp('We have booked your table for tomorrow, thank you.'),
  keepReservation: sayThenHangUp('Keeping your current reservation, thank you.'),
  changeReservation: sayThenHangUp('Changing your reservation to tomorrow thank you.'),
  /** After the bridged call to the representative ends (the guide's sample backend). */
  goodbye: sayThenHangUp('Thank you for speaking to ABC Restaurant, have a great day.'),
  connectRepresentative: (source: string, representative: string) => [{ action: 'makeCall', params: { source, destination: representative } }],
};
