import { describe, expect, it } from 'vitest';
import { compileResume, compileStart } from './compile';
import type { FlowNode } from './document';
import { indexFlow } from './flow-index';
import { lintFlow } from './lint';
import { startNode } from './nodes/start/definition';
import { setVariableNode } from './nodes/set-variable/definition';
import { ctx, doc, e, menu, say, setVariable, settledNow, stepNow } from './testing/builders';
import { voiceFor } from './voice';

const start = (voiceProfile?: string): FlowNode => ({ id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: voiceProfile ? { voiceProfile } : {} });
const voicesOf = (callflow: ReadonlyArray<{ action: string; params?: unknown }>) =>
  callflow.flatMap((a) => (a.params && typeof a.params === 'object' && 'voiceProfile' in a.params ? [a.params.voiceProfile] : []));
const languageMenu = (startVoice?: string) =>
  doc(
    [
      start(startVoice),
      say('hello', 'Hello', { voiceProfile: '' }),
      menu('pick', ['1', '2'], { voiceProfile: '' }),
      setVariable('spanish', '_voice', 'es-ES-Standard-A'),
      say('hola', 'Hola', { voiceProfile: '' }),
      say('fixed', 'Fixed', { voiceProfile: 'en-GB-Emma' }),
      menu('next', ['1'], { voiceProfile: '' }),
    ],
    [e('start', 'next', 'hello'), e('hello', 'next', 'pick'), e('pick', '2', 'spanish'), e('pick', '1', 'hola'), e('spanish', 'next', 'hola'), e('hola', 'next', 'fixed'), e('fixed', 'next', 'next')],
  );

describe('the flow’s voice and the caller’s', () => {
  it('steps without a voice speak in the flow’s, set on its Start step', () => {
    const reply = settledNow(compileStart(indexFlow(languageMenu('fr-FR-Standard-A')), ctx(), 'v1')).reply;
    expect(voicesOf(reply.callflow)).toEqual(['fr-FR-Standard-A', 'fr-FR-Standard-A']);
  });

  it('falls back to the product’s default voice when the flow has none', () => {
    expect(indexFlow(languageMenu()).voice).toBe('en-US-BenjaminRUS');
    expect(voicesOf(settledNow(compileStart(indexFlow(languageMenu()), ctx(), 'v1')).reply.callflow)).toEqual(['en-US-BenjaminRUS', 'en-US-BenjaminRUS']);
  });

  it('a Set variable of _voice switches the caller’s voice for the rest of the reply, and a step’s own voice still wins', () => {
    const resumed = settledNow(compileResume(indexFlow(languageMenu('en-US-Standard-A')), 'pick', ctx({ digits: '2' }), 'v1'));
    expect(voicesOf(resumed.reply.callflow)).toEqual(['es-ES-Standard-A', 'en-GB-Emma', 'es-ES-Standard-A']);
    expect(resumed.vars).toEqual({ _voice: 'es-ES-Standard-A' });
  });

  it('keeps the switched voice in later replies (it is a session variable)', () => {
    const flow = languageMenu('en-US-Standard-A');
    const later = settledNow(compileResume(indexFlow(flow), 'pick', ctx({ digits: '1', vars: { _voice: 'es-ES-Standard-A' } }), 'v1'));
    expect(voicesOf(later.reply.callflow)).toEqual(['es-ES-Standard-A', 'en-GB-Emma', 'es-ES-Standard-A']);
    const english = settledNow(compileResume(indexFlow(flow), 'pick', ctx({ digits: '1' }), 'v1'));
    expect(voicesOf(english.reply.callflow)).toEqual(['en-US-Standard-A', 'en-GB-Emma', 'en-US-Standard-A']);
    expect(indexFlow(flow).usesSessionVariables).toBe(true);
  });

  it('a Condition rule switches it too ("press 2 for Spanish")', () => {
    const flow = doc(
      [
        start('en-US-Standard-A'),
        menu('pick', ['1', '2'], { voiceProfile: '' }),
        { id: 'lang', kind: 'condition', position: { x: 0, y: 0 }, data: { subject: '{{digits}}', rules: [{ id: 'es', operator: 'equals', value: '2', voiceProfile: 'es-ES-Standard-A' }] } },
        say('hi', 'Hi', { voiceProfile: '' }),
      ],
      [e('start', 'next', 'pick'), e('pick', '1', 'lang'), e('pick', '2', 'lang'), e('lang', 'es', 'hi'), e('lang', 'otherwise', 'hi')],
    );
    expect(voicesOf(settledNow(compileResume(indexFlow(flow), 'pick', ctx({ digits: '2' }), 'v1')).reply.callflow)).toEqual(['es-ES-Standard-A']);
    expect(voicesOf(settledNow(compileResume(indexFlow(flow), 'pick', ctx({ digits: '1' }), 'v1')).reply.callflow)).toEqual(['en-US-Standard-A']);
  });

  it('voiceFor: own voice, else the call’s, else the default', () => {
    expect(voiceFor('en-GB-Emma', ctx({ voice: 'x' }))).toBe('en-GB-Emma');
    expect(voiceFor('', ctx({ voice: 'es-ES-Standard-A' }))).toBe('es-ES-Standard-A');
    expect(voiceFor('', ctx())).toBe('en-US-BenjaminRUS');
  });

  it('lint: a blank flow voice, a voice switch without a voice; an empty step voice is fine', () => {
    expect(startNode.rules.safeParse({ voiceProfile: ' ' }).success).toBe(false);
    expect(startNode.rules.safeParse({ voiceProfile: 'es-ES-Standard-A' }).success).toBe(true);
    expect(startNode.data.safeParse({ other: 1 }).success).toBe(false);
    const parsed = setVariableNode.rules.safeParse({ name: '_voice', value: ' ' });
    expect(parsed.success || parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['value: Choose the voice the caller hears from here on']);
    expect(lintFlow(languageMenu('fr-FR-Standard-A')).filter((i) => i.code === 'invalid-parameter')).toEqual([]);
  });

  it('summaries name the voices', () => {
    expect(startNode.summary({})).toBe('Every call begins here, in en-US-BenjaminRUS.');
    expect(startNode.summary({ voiceProfile: 'es-ES-Standard-A' })).toBe('Every call begins here, in es-ES-Standard-A.');
    expect(setVariableNode.summary({ name: '_voice', value: 'es-ES-Standard-A' })).toBe('Caller’s voice → es-ES-Standard-A');
    expect(stepNow(startNode, { voiceProfile: 'es-ES-Standard-A' }, ctx())).toEqual({ type: 'continue', output: 'next' });
  });
});
