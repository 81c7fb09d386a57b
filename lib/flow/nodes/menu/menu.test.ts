import { describe, expect, it } from 'vitest';
import { ctx, stepNow, voice } from '../../testing/builders';
import { invalidOutput, menuNode, noInputOutput, type MenuData } from './definition';

const base: MenuData = { promptMessage: 'Press 1 or 2', voiceProfile: voice, options: [{ digits: '1' }, { digits: '2' }] };

describe('menu step', () => {
  it('emits sayAndCapture with only prompt and voice when nothing optional is set, and waits', () => {
    expect(stepNow(menuNode, base, ctx())).toEqual({
      type: 'wait',
      actions: [{ action: 'sayAndCapture', params: { promptMessage: 'Press 1 or 2', voiceProfile: voice } }],
    });
  });

  it('passes every capture parameter through when set', () => {
    const data: MenuData = {
      ...base,
      repetition: 2,
      speed: 1.5,
      minDigits: 1,
      maxDigits: 4,
      digitTimeout: 3000,
      overallTimeout: 12000,
      completeOnHash: true,
      noOfTries: 3,
      successMessage: 'Thanks',
      failureMessage: 'Try again',
    };
    expect(stepNow(menuNode, data, ctx())).toEqual({
      type: 'wait',
      actions: [
        {
          action: 'sayAndCapture',
          params: {
            promptMessage: 'Press 1 or 2',
            voiceProfile: voice,
            repetition: 2,
            speed: 1.5,
            minDigits: 1,
            maxDigits: 4,
            digitTimeout: 3000,
            overallTimeout: 12000,
            completeOnHash: true,
            noOfTries: 3,
            successMessage: 'Thanks',
            failureMessage: 'Try again',
          },
        },
      ],
    });
  });

  it('keeps completeOnHash false (a falsy value is still set)', () => {
    const result = stepNow(menuNode, { ...base, completeOnHash: false, maxDigits: 1 }, ctx());
    expect(result.type === 'wait' && result.actions[0]).toEqual({
      action: 'sayAndCapture',
      params: { promptMessage: 'Press 1 or 2', voiceProfile: voice, maxDigits: 1, completeOnHash: false },
    });
  });

  it('sends an explicit null success/failure message as null (the Simple IVR guide does)', () => {
    const result = stepNow(menuNode, { ...base, successMessage: null, failureMessage: null }, ctx());
    expect(result.type === 'wait' && result.actions[0]).toEqual({
      action: 'sayAndCapture',
      params: { promptMessage: 'Press 1 or 2', voiceProfile: voice, successMessage: null, failureMessage: null },
    });
  });

  it('interpolates prompt, success and failure messages', () => {
    const result = stepNow(menuNode, 
      { ...base, promptMessage: 'Hi {{caller}} ({{vars.name}}{{nope}})', successMessage: 'Got {{digits}}', failureMessage: 'Bad {{dialed}}' },
      ctx({ caller: '+6591110000', dialed: '+6562220000', digits: '9', vars: { name: 'Ann' } }),
    );
    expect(result.type === 'wait' && result.actions[0]).toEqual({
      action: 'sayAndCapture',
      params: { promptMessage: 'Hi +6591110000 (Ann)', voiceProfile: voice, successMessage: 'Got 9', failureMessage: 'Bad +6562220000' },
    });
  });
});

describe('menu outputs and resume', () => {
  const data: MenuData = { ...base, maxDigits: 3, options: [{ digits: '1' }, { digits: '2' }, { digits: '*9' }, { digits: '123' }] };

  it('lists the options in order, then noInput and invalid', () => {
    expect(menuNode.outputs(data)).toEqual(['1', '2', '*9', '123', 'noInput', 'invalid']);
    expect([noInputOutput, invalidOutput]).toEqual(['noInput', 'invalid']);
    expect(menuNode.waits).toBe(true);
  });

  it.each(['1', '2', '*9', '123'])('follows option %s', (digits) => {
    expect(menuNode.resume?.(data, digits)).toBe(digits);
  });

  it.each([
    ['null digits', null],
    ['empty digits', ''],
    ['only the terminating #', '#'],
  ])('takes noInput for %s', (_label, digits) => {
    expect(menuNode.resume?.(data, digits)).toBe('noInput');
  });

  it.each(['3', '12', '1234', '11', '#1'])('takes invalid for unknown digits %s', (digits) => {
    expect(menuNode.resume?.(data, digits)).toBe('invalid');
  });

  it('strips one trailing # (complete on # on or unset)', () => {
    expect(menuNode.resume?.(data, '1#')).toBe('1');
    expect(menuNode.resume?.(data, '123#')).toBe('123');
    expect(menuNode.resume?.({ ...data, completeOnHash: true }, '2#')).toBe('2');
    expect(menuNode.resume?.(data, '1##')).toBe('invalid');
  });

  it('treats # as an ordinary key when complete on # is off', () => {
    const hashMenu: MenuData = { ...base, completeOnHash: false, maxDigits: 2, options: [{ digits: '1' }, { digits: '#' }, { digits: '1#' }] };
    expect(menuNode.resume?.(hashMenu, '#')).toBe('#');
    expect(menuNode.resume?.(hashMenu, '1#')).toBe('1#');
    expect(menuNode.resume?.(hashMenu, '1')).toBe('1');
    expect(menuNode.resume?.(hashMenu, null)).toBe('noInput');
  });

  it('templates prompt, success and failure messages', () => {
    expect(menuNode.templated({ ...base, successMessage: 's', failureMessage: null })).toEqual(['Press 1 or 2', 's', '']);
  });

  it('has defaults that satisfy 8x8 rules apart from the empty prompt', () => {
    const parsed = menuNode.rules.safeParse(menuNode.defaults());
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['promptMessage']);
    expect(menuNode.rules.safeParse({ ...menuNode.defaults(), promptMessage: 'Hi' }).success).toBe(true);
  });
});

describe('menu success and failure messages', () => {
  const data: MenuData = { promptMessage: 'Press 1', voiceProfile: voice, options: [{ digits: '1' }] };
  const params = (d: MenuData) => {
    const step = stepNow(menuNode, d, ctx());
    if (step.type !== 'wait' || step.actions[0]?.action !== 'sayAndCapture') throw new Error('expected a sayAndCapture');
    return step.actions[0].params;
  };

  it('leaves an empty message out instead of sending ""', () => {
    const sent = params({ ...data, successMessage: '', failureMessage: '' });
    expect(sent).not.toHaveProperty('successMessage');
    expect(sent).not.toHaveProperty('failureMessage');
  });

  it('sends null as 8x8’s Simple IVR sample does, and fills variables in a message', () => {
    const sent = params({ ...data, successMessage: null, failureMessage: 'Sorry {{caller}}' });
    expect(sent.successMessage).toBeNull();
    expect(sent.failureMessage).toBe(`Sorry ${ctx().caller}`);
  });
});
