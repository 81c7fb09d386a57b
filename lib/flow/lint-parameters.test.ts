import { describe, expect, it } from 'vitest';
import type { FlowNode } from './document';
import { lintFlow } from './lint';
import type { BusinessHoursData } from './nodes/business-hours/definition';
import type { MenuData } from './nodes/menu/definition';
import { businessHours, doc, e, menu, noHours, playFile, say, setVariable, start, transfer } from './testing/builders';

/** The invalid-parameter issues lint reports for one node, as field → message. */
function paramIssues(node: FlowNode) {
  return lintFlow(doc([start(), node], [e('start', 'next', node.id)]))
    .filter((i) => i.code === 'invalid-parameter')
    .map(({ field, message }) => ({ field, message }));
}
const ok = (node: FlowNode) => expect(paramIssues(node)).toEqual([]);

describe('invalid-parameter issues', () => {
  it('are errors addressed to the node and field', () => {
    const issues = lintFlow(doc([start(), say('s', '')], [e('start', 'next', 's')])).filter((i) => i.code === 'invalid-parameter');
    expect(issues).toEqual([
      { severity: 'error', code: 'invalid-parameter', nodeId: 's', field: 'text', message: 'Say "s": The message is empty: write what the caller hears' },
    ]);
  });
});

describe('say rules', () => {
  it('accepts a message with voice, speed and repetition in range', () => {
    ok(say('s', 'Hi', { speed: 0.5, repetition: 1 }));
    ok(say('s', 'Hi', { speed: 2, repetition: 3 }));
    ok(say('s', 'x'.repeat(3000)));
  });

  it.each(['', '   '])('refuses an empty message %j', (text) => {
    expect(paramIssues(say('s', text))).toEqual([{ field: 'text', message: 'Say "s": The message is empty: write what the caller hears' }]);
  });

  it('refuses a message over 3000 characters', () => {
    expect(paramIssues(say('s', 'x'.repeat(3001)))).toEqual([{ field: 'text', message: 'Say "s": The message is 3001 characters; 8x8 speaks at most 3000' }]);
  });

  it('refuses a blank voice (-1002), and takes an empty one as the call’s', () => {
    expect(paramIssues(say('s', 'Hi', { voiceProfile: ' ' }))).toEqual([
      { field: 'voiceProfile', message: 'Say "s": Choose a voice, or leave it to the flow’s (8x8 answers -1002 to a blank one)' },
    ]);
    expect(paramIssues(say('s', 'Hi', { voiceProfile: '' }))).toEqual([]);
  });

  it.each([0.4, 2.1, 0])('refuses speed %s (0.5–2)', (speed) => {
    expect(paramIssues(say('s', 'Hi', { speed }))).toEqual([{ field: 'speed', message: 'Say "s": Speed must be between 0.5 and 2 (1 is normal)' }]);
  });

  it.each([0, 4])('refuses repetition %s (1–3)', (repetition) => {
    expect(paramIssues(say('s', 'Hi', { repetition }))).toEqual([{ field: 'repetition', message: 'Say "s": Repeat 1, 2 or 3 times' }]);
  });

  it('refuses a fractional repetition', () => {
    expect(paramIssues(say('s', 'Hi', { repetition: 1.5 })).map((i) => i.field)).toEqual(['repetition']);
  });
});

describe('menu (sayAndCapture) rules', () => {
  const m = (extra: Partial<MenuData>, digits = ['1', '2']) => menu('m', digits, extra);
  const messages = (extra: Partial<MenuData>, digits?: string[]) => paramIssues(m(extra, digits));

  it('accepts the guides\' settings, including digitTimeout equal to overallTimeout', () => {
    ok(m({ minDigits: 1, maxDigits: 1, digitTimeout: 10000, overallTimeout: 10000, completeOnHash: false, noOfTries: 2, speed: 1, repetition: 1 }));
  });

  it('accepts a bare menu (8x8 defaults apply)', () => {
    ok(m({}));
  });

  it('refuses an empty prompt and one over 3000 characters', () => {
    expect(messages({ promptMessage: '' })).toEqual([{ field: 'promptMessage', message: 'Menu "m": The prompt is empty: write what the caller hears' }]);
    expect(messages({ promptMessage: 'p'.repeat(3001) })).toEqual([
      { field: 'promptMessage', message: 'Menu "m": The prompt is 3001 characters; 8x8 speaks at most 3000' },
    ]);
  });

  it('refuses a blank voice, speed out of range and repetition out of range', () => {
    expect(messages({ voiceProfile: ' ', speed: 3, repetition: 4 })).toEqual([
      { field: 'voiceProfile', message: 'Menu "m": Choose a voice, or leave it to the flow’s (8x8 answers -1002 to a blank one)' },
      { field: 'speed', message: 'Menu "m": Speed must be between 0.5 and 2 (1 is normal)' },
      { field: 'repetition', message: 'Menu "m": Repeat 1, 2 or 3 times' },
    ]);
  });

  it('refuses minDigits below 1', () => {
    expect(messages({ minDigits: 0, maxDigits: 1 })).toEqual([{ field: 'minDigits', message: 'Menu "m": Minimum digits must be at least 1' }]);
  });

  it('-1003: maxDigits is required when minDigits is set', () => {
    expect(messages({ minDigits: 1 })).toEqual([
      { field: 'maxDigits', message: 'Menu "m": Set the maximum digits too: 8x8 requires it when the minimum is set (-1003)' },
    ]);
  });

  it.each([0, 26])('-1008: maxDigits %s is outside 1–25', (maxDigits) => {
    expect(messages({ maxDigits })).toContainEqual({
      field: 'maxDigits',
      message: 'Menu "m": Maximum digits must be between 1 and 25 (-1008)',
    });
  });

  it('accepts maxDigits 25', () => {
    ok(m({ maxDigits: 25 }));
  });

  it('-1008: maxDigits is required when completeOnHash is false', () => {
    expect(messages({ completeOnHash: false })).toEqual([
      { field: 'maxDigits', message: 'Menu "m": Set the maximum digits: without # to finish, 8x8 needs it to know when input ends (-1008)' },
    ]);
  });

  it('refuses minDigits above maxDigits', () => {
    expect(messages({ minDigits: 3, maxDigits: 2 }, ['12'])).toEqual([
      { field: 'minDigits', message: 'Menu "m": Minimum digits cannot exceed the maximum' },
      { field: 'options.0.digits', message: 'Menu "m": Option 12 has 2 digit(s) but the menu accepts 3–2: callers could never choose it' },
    ]);
  });

  it('refuses non-positive timeouts', () => {
    expect(messages({ digitTimeout: 0, overallTimeout: 0 })).toEqual([
      { field: 'digitTimeout', message: 'Menu "m": The digit timeout must be positive (ms)' },
      { field: 'overallTimeout', message: 'Menu "m": The overall timeout must be positive (ms)' },
    ]);
  });

  it('-1005: overallTimeout is required when digitTimeout is set', () => {
    expect(messages({ digitTimeout: 5000 })).toEqual([
      { field: 'overallTimeout', message: 'Menu "m": Set the overall timeout too: 8x8 requires it when a digit timeout is set (-1005)' },
    ]);
  });

  it('-1006: overallTimeout shorter than digitTimeout', () => {
    expect(messages({ digitTimeout: 5000, overallTimeout: 4999 })).toEqual([
      { field: 'overallTimeout', message: 'Menu "m": The overall timeout must not be shorter than the digit timeout (-1006)' },
    ]);
  });

  it('accepts overallTimeout alone', () => {
    ok(m({ overallTimeout: 30000 }));
  });

  it('refuses fewer than 1 try', () => {
    expect(messages({ noOfTries: 0 })).toEqual([{ field: 'noOfTries', message: 'Menu "m": Tries must be at least 1' }]);
  });

  it('refuses a menu without options', () => {
    expect(messages({}, [])).toEqual([{ field: 'options', message: 'Menu "m": Add at least one option: a menu without branches strands the caller' }]);
  });

  it.each(['a', '1 ', '', '+1'])('refuses option digits %j (keys 0–9, * and # only)', (digits) => {
    expect(messages({}, ['1', digits])).toEqual([{ field: 'options.1.digits', message: 'Menu "m": Option 2: use the keys 0–9, * and # only' }]);
  });

  it('refuses two options with the same digits', () => {
    expect(messages({}, ['1', '2', '1'])).toEqual([{ field: 'options.2.digits', message: 'Menu "m": Two options use 1' }]);
  });

  it('refuses # in an option while complete on # is on or unset', () => {
    const message = 'Menu "m": Option *#: # finishes the entry while "complete on #" is on';
    expect(messages({}, ['1', '*#'])).toEqual([{ field: 'options.1.digits', message }]);
    expect(messages({ completeOnHash: true }, ['1', '*#'])).toEqual([{ field: 'options.1.digits', message }]);
  });

  it('accepts # and * as keys when complete on # is off', () => {
    ok(m({ completeOnHash: false, maxDigits: 2 }, ['#', '*', '1#']));
  });

  it('refuses an option longer than maxDigits', () => {
    expect(messages({ minDigits: 1, maxDigits: 1 }, ['1', '12'])).toEqual([
      { field: 'options.1.digits', message: 'Menu "m": Option 12 has 2 digit(s) but the menu accepts 1–1: callers could never choose it' },
    ]);
  });

  it('refuses an option shorter than minDigits', () => {
    expect(messages({ minDigits: 2, maxDigits: 3 }, ['1', '12'])).toEqual([
      { field: 'options.0.digits', message: 'Menu "m": Option 1 has 1 digit(s) but the menu accepts 2–3: callers could never choose it' },
    ]);
  });

  it('checks option length against 1–25 when min and max are unset', () => {
    ok(m({}, ['1'.repeat(25)]));
    expect(messages({}, ['1'.repeat(26)])).toEqual([
      {
        field: 'options.0.digits',
        message: `Menu "m": Option ${'1'.repeat(26)} has 26 digit(s) but the menu accepts 1–25: callers could never choose it`,
      },
    ]);
  });
});

describe('playFile rules', () => {
  it.each(['https://cdn.example.com/a.mp3', 'http://cdn.example.com/b.wav', 'https://cdn.example.com/c.MP3?v=2'])('accepts %s', (url) => {
    ok(playFile('p', url));
  });

  it.each(['', 'cdn.example.com/a.mp3', 'ftp://cdn.example.com/a.mp3', 'file:///tmp/a.mp3'])('refuses a non-http(s) URL %j', (url) => {
    expect(paramIssues(playFile('p', url))).toEqual([{ field: 'fileUrl', message: 'Play file "p": Pick a recording from the library, or enter the audio file’s http(s) URL' }]);
  });

  it.each(['https://cdn.example.com/a.ogg', 'https://cdn.example.com/a', 'https://cdn.example.com/a.mp3.txt'])('refuses a non-mp3/wav file %s', (url) => {
    expect(paramIssues(playFile('p', url))).toEqual([{ field: 'fileUrl', message: 'Play file "p": 8x8 plays .mp3 and .wav files only (at most 5 MB)' }]);
  });

  it.each([0, 4])('refuses repetition %s', (repetition) => {
    expect(paramIssues(playFile('p', 'https://cdn.example.com/a.mp3', { repetition }))).toEqual([
      { field: 'repetition', message: 'Play file "p": Repeat 1, 2 or 3 times' },
    ]);
  });
});

describe('transfer rules', () => {
  it.each(['+6531589338', '6531589338', '+14155550123', '+1234567', '+123456789012345', '{{caller}}', '{{ dialed }}', '{{vars.agent}}'])(
    'accepts destination %s (E.164, with or without +, or a lone variable)',
    (destination) => {
      const issues = paramIssues(transfer('t', destination));
      expect(issues).toEqual([]);
    },
  );

  it('refuses an empty destination and caller id', () => {
    expect(paramIssues(transfer('t', ' ', { source: '' }))).toEqual([
      { field: 'destination', message: 'Transfer "t": The number to call is empty' },
      { field: 'source', message: 'Transfer "t": The caller id is empty' },
    ]);
  });

  it.each(['abc', '+0123456789', '+123456', '+1234567890123456', '+65 3158 9338', '65-3158-9338', 'call {{caller}}', '{{caller}}{{dialed}}'])(
    'refuses destination %j (-1017)',
    (destination) => {
      expect(paramIssues(transfer('t', destination))).toEqual([
        {
          field: 'destination',
          message: 'Transfer "t": The number to call must be a phone number in E.164 format, e.g. +6591234567, or a variable such as {{caller}} (8x8: -1017)',
        },
      ]);
    },
  );

  it('checks the caller id the same way', () => {
    expect(paramIssues(transfer('t', '+6531589338', { source: 'ABC' }))).toEqual([
      {
        field: 'source',
        message: 'Transfer "t": The caller id must be a phone number in E.164 format, e.g. +6591234567, or a variable such as {{caller}} (8x8: -1017)',
      },
    ]);
  });
});

describe('business hours rules', () => {
  const hours = (over: Partial<BusinessHoursData>) =>
    businessHours('h', { timezone: 'Asia/Singapore', schedule: { ...noHours, mon: [{ open: '09:00', close: '17:00' }] }, holidays: [], ...over });

  it('accepts a valid schedule, 24:00 closing and holidays', () => {
    ok(hours({ schedule: { ...noHours, sun: [{ open: '00:00', close: '24:00' }] }, holidays: ['2024-12-25', '2025-01-01'] }));
  });

  it.each(['', 'Mars/Olympus', 'SGT'])('refuses timezone %j', (timezone) => {
    expect(paramIssues(hours({ timezone }))).toEqual([
      { field: 'timezone', message: 'Business hours "h": Choose a timezone such as Asia/Singapore or Europe/London' },
    ]);
  });

  it.each([
    ['9:00', '17:00'],
    ['09:00', '24:30'],
    ['09:60', '17:00'],
    ['nine', 'five'],
  ])('refuses times %s–%s that are not HH:MM', (open, close) => {
    expect(paramIssues(hours({ schedule: { ...noHours, tue: [{ open, close }] } }))).toEqual([
      { field: 'schedule.tue.0', message: 'Business hours "h": tue: write times as HH:MM (00:00–24:00)' },
    ]);
  });

  it.each([
    ['17:00', '09:00'],
    ['09:00', '09:00'],
  ])('refuses closing %s–%s not after opening', (open, close) => {
    expect(paramIssues(hours({ schedule: { ...noHours, fri: [{ open: '08:00', close: '09:00' }, { open, close }] } }))).toEqual([
      {
        field: 'schedule.fri.1',
        message: `Business hours "h": fri: closing (${close}) must be after opening (${open}); split overnight hours across two days`,
      },
    ]);
  });

  it.each(['2024-13-01', '25/12/2024', '2024-12-5', '2024-12-32', ''])('refuses holiday %j', (date) => {
    expect(paramIssues(hours({ holidays: ['2024-12-25', date] }))).toEqual([
      { field: 'holidays.1', message: `Business hours "h": Holiday "${date}": use YYYY-MM-DD` },
    ]);
  });
});

describe('setVariable rules', () => {
  it('accepts a valid name and a value up to 1000 characters', () => {
    ok(setVariable('v', 'choice_1', 'x'.repeat(1000)));
  });

  it.each(['', '1st', 'my-var', 'my var', 'vars.x', 'a'.repeat(33)])('refuses name %j', (name) => {
    expect(paramIssues(setVariable('v', name, 'x'))).toEqual([
      { field: 'name', message: 'Set variable "v": Name the variable with letters, digits and _ (not starting with a digit), e.g. choice' },
    ]);
  });

  it('refuses a value over 1000 characters', () => {
    expect(paramIssues(setVariable('v', 'x', 'y'.repeat(1001)))).toEqual([
      { field: 'value', message: 'Set variable "v": The value is 1001 characters; at most 1000' },
    ]);
  });
});
