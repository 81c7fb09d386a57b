import { describe, expect, it } from 'vitest';
import { interpolate, variableNamePattern, variableRefs } from './template-text';
import { cpuMs } from '@/lib/testing/cpu-time';
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

describe('placeholder scanning', () => {
  // The regex the scanner replaced: same matches, but it backtracks on "{{" + spaces.
  const reference = /\{\{\s*([^{}]*?)\s*\}\}/g;
  const referenceRaws = (text: string) => [...text.matchAll(reference)].map(([raw]) => raw);

  // A small deterministic generator (mulberry32), so a failure can be replayed.
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('finds exactly what the old regex found, on 5,000 random texts of braces, spaces and names', () => {
    const next = random(9);
    const pieces = ['{', '}', '{{', '}}', ' ', '\n', '\t', '\u00a0', 'caller', 'vars.x', 'a', '.'];
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(variableRefs(text).map((r) => r.raw), JSON.stringify(text)).toEqual(referenceRaws(text));
      // The inner text as the regex captured it decides the value: only exact names fill.
      const old = text.replace(reference, (_raw, inner: string) => (inner === 'caller' ? 'C' : inner === 'vars.x' ? 'X' : ''));
      expect(interpolate(text, ctx({ caller: 'C', vars: { x: 'X' } })), JSON.stringify(text)).toBe(old);
    }
  });

  it('keeps the match after a "{{" that never closes, and after a third brace', () => {
    expect(variableRefs('{{ {{caller}} {{{digits}}} {{a}b}}').map((r) => r.raw)).toEqual(['{{caller}}', '{{digits}}']);
  });

  it('is linear: "{{" and 50,000 spaces, or 25,000 "{{", scan in milliseconds', () => {
    const texts = ['{{' + ' '.repeat(50_000), '{{'.repeat(25_000), '{{ a'.repeat(12_500) + '}', '{{' + ' '.repeat(50_000) + 'x }'.repeat(100)];
    // The regex took seconds for 2,500 spaces.
    const spent = cpuMs(() => {
      for (const text of texts) {
        variableRefs(text);
        interpolate(text, ctx());
      }
    });
    expect(spent).toBeLessThan(100);
    for (const text of texts) expect(variableRefs(text)).toEqual([]);
  });
});
