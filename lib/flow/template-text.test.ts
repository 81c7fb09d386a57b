import { describe, expect, it } from 'vitest';
import { interpolate, variableNamePattern, variableRefs } from './template-text';
import { ctx } from './testing/builders';

describe('variableRefs', () => {
  it('finds builtins, vars and unknown placeholders with their raw text', () => {
    expect(variableRefs('Hi {{caller}} on {{ dialed }}, you pressed {{digits}}; {{vars.choice}} {{foo}} {{}}')).toEqual([
      { raw: '{{caller}}', kind: 'builtin', name: 'caller' },
      { raw: '{{ dialed }}', kind: 'builtin', name: 'dialed' },
      { raw: '{{digits}}', kind: 'builtin', name: 'digits' },
      { raw: '{{vars.choice}}', kind: 'var', name: 'choice' },
      { raw: '{{foo}}', kind: 'unknown', name: 'foo' },
      { raw: '{{}}', kind: 'unknown', name: '' },
    ]);
  });

  it('treats vars with an invalid name as unknown', () => {
    expect(variableRefs('{{vars.1abc}} {{vars.}} {{vars.a-b}}').map((r) => r.kind)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('finds nothing in plain text or single braces', () => {
    expect(variableRefs('Welcome to {caller} and }}{{')).toEqual([]);
  });
});

describe('variableNamePattern', () => {
  it.each(['choice', '_x', 'A1_b', 'a'.repeat(32)])('accepts %s', (name) => expect(variableNamePattern.test(name)).toBe(true));
  it.each(['', '1a', 'a-b', 'a b', 'vars.x', 'a'.repeat(33)])('rejects %j', (name) => expect(variableNamePattern.test(name)).toBe(false));
});

describe('interpolate', () => {
  const c = ctx({ caller: '+6591110000', dialed: '+6562220000', digits: '42', vars: { choice: 'two', empty: '' } });

  it('fills caller, dialed, digits and vars (spaces inside braces allowed)', () => {
    expect(interpolate('{{caller}}|{{ dialed }}|{{digits}}|{{vars.choice}}', c)).toBe('+6591110000|+6562220000|42|two');
  });

  it('replaces every occurrence', () => {
    expect(interpolate('{{digits}}-{{digits}}', c)).toBe('42-42');
  });

  it('makes unknown placeholders, unset vars and absent digits empty', () => {
    expect(interpolate('[{{foo}}][{{vars.missing}}][{{vars.empty}}]', c)).toBe('[][][]');
    expect(interpolate('[{{digits}}]', ctx({ digits: null }))).toBe('[]');
  });

  it('never reads inherited object properties as variables', () => {
    expect(interpolate('[{{vars.constructor}}][{{vars.toString}}][{{vars.__proto__}}]', ctx())).toBe('[][][]');
  });

  it('returns text without placeholders unchanged', () => {
    expect(interpolate('Press 1 {not a var}', c)).toBe('Press 1 {not a var}');
  });
});
