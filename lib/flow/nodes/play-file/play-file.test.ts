import { describe, expect, it } from 'vitest';
import { ctx, stepNow } from '../../testing/builders';
import { playFileNode } from './definition';

describe('playFile step', () => {
  it('emits playFile without repetition when unset', () => {
    expect(stepNow(playFileNode, { fileUrl: 'https://cdn.example.com/hold.mp3' }, ctx())).toEqual({
      type: 'continue',
      output: 'next',
      actions: [{ action: 'playFile', params: { fileUrl: 'https://cdn.example.com/hold.mp3' } }],
    });
  });

  it('includes repetition when set', () => {
    expect(stepNow(playFileNode, { fileUrl: 'https://cdn.example.com/a.wav', repetition: 2 }, ctx())).toEqual({
      type: 'continue',
      output: 'next',
      actions: [{ action: 'playFile', params: { fileUrl: 'https://cdn.example.com/a.wav', repetition: 2 } }],
    });
  });

  it('interpolates the URL', () => {
    const result = stepNow(playFileNode, { fileUrl: 'https://cdn.example.com/{{vars.lang}}/{{digits}}.mp3' }, ctx({ digits: '3', vars: { lang: 'en' } }));
    expect(result.type === 'continue' && result.actions).toEqual([{ action: 'playFile', params: { fileUrl: 'https://cdn.example.com/en/3.mp3' } }]);
  });

  it('has one output, templates its URL and does not wait', () => {
    expect(playFileNode.outputs({ fileUrl: 'u' })).toEqual(['next']);
    expect(playFileNode.templated({ fileUrl: 'u' })).toEqual(['u']);
    expect(playFileNode.waits).toBe(false);
  });
});

describe('playFile with a prompt library recording', () => {
  const path = `/prompts/${'ab'.repeat(32)}.wav`;

  it('plays the recording from the app’s public address', () => {
    expect(stepNow(playFileNode, { fileUrl: path, repetition: 3 }, ctx({ publicBaseUrl: 'https://ivr.example.com' }))).toEqual({
      type: 'continue',
      output: 'next',
      actions: [{ action: 'playFile', params: { fileUrl: `https://ivr.example.com${path}`, repetition: 3 } }],
    });
  });

  it('passes the rules as it is, while other relative paths do not', () => {
    expect(playFileNode.rules.safeParse({ fileUrl: path }).success).toBe(true);
    for (const fileUrl of ['/prompts/abc.wav', `/prompts/${'AB'.repeat(32)}.wav`, `/prompts/${'ab'.repeat(32)}.ogg`, '']) {
      const parsed = playFileNode.rules.safeParse({ fileUrl });
      expect(parsed.success, fileUrl).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/Pick a recording from the library, or enter the audio file’s http\(s\) URL/);
    }
  });
});
