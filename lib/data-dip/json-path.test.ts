import { describe, expect, it } from 'vitest';
import { mapJsonToVariables, parseJsonPath, valueAtPath, variableText } from './json-path';

const answer = {
  customer: { name: 'Ada Lovelace', vip: true, balance: 12.5, tags: ['a', 'b'], address: null, 'odd key': 'odd', "it's": 'quoted' },
  items: [{ name: 'first' }, { name: 'second' }],
  count: 0,
};

const at = (path: string) => {
  const parsed = parseJsonPath(path);
  if (!parsed.ok) throw new Error(parsed.error);
  return variableText(valueAtPath(answer, parsed.segments));
};

describe('json paths', () => {
  it.each([
    ['$.customer.name', 'Ada Lovelace'],
    ['$.customer.vip', 'true'],
    ['$.customer.balance', '12.5'],
    ['$.count', '0'],
    ['$.items[0].name', 'first'],
    ['$.items[1].name', 'second'],
    ["$['customer']['odd key']", 'odd'],
    ['$["customer"]["odd key"]', 'odd'],
    ["$.customer['it\\'s']", 'quoted'],
    ['$.customer.tags', '["a","b"]'],
    ['$.items[0]', '{"name":"first"}'],
    ['$', JSON.stringify(answer)],
  ])('%s → %j', (path, text) => {
    expect(at(path)).toBe(text);
  });

  it.each(['$.customer.address', '$.customer.missing', '$.items[2].name', '$.items.name', '$.customer.name.first', '$.customer[0]', '$.items.length', '$.customer.toString', '$.customer.hasOwnProperty'])(
    '%s → "" (null, missing, or not an own property)',
    (path) => {
      expect(at(path)).toBe('');
    },
  );

  it.each([
    ['customer.name', /starts with \$/],
    ['$.', /comes a name/],
    ['$..name', /comes a name/],
    ['$.items[*]', /unexpected "\["/],
    ['$.items[-1]', /unexpected "\["/],
    ['$.items[01]', /leading zero/],
    ["$['unclosed", /closing quote/],
    ['$.__proto__', /__proto__ cannot be read/],
    ["$['constructor']", /constructor cannot be read/],
    ['$.a.prototype', /prototype cannot be read/],
    [`$${'.a'.repeat(33)}`, /at most 32 steps/],
    [`$.${'a'.repeat(200)}`, /at most 200/],
  ])('refuses %s', (path, why) => {
    const parsed = parseJsonPath(path);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(why);
  });
});

describe('mapJsonToVariables', () => {
  it('fills each variable, "" for what is missing or unparseable', () => {
    expect(mapJsonToVariables(answer, [
      { variable: 'name', path: '$.customer.name' },
      { variable: 'first', path: '$.items[0].name' },
      { variable: 'none', path: '$.nothing' },
      { variable: 'bad', path: 'nope' },
    ])).toEqual({ name: 'Ada Lovelace', first: 'first', none: '', bad: '' });
  });

  it('keeps values storable and bounded: NUL and lone surrogates replaced, 1000 characters at most', () => {
    const vars = mapJsonToVariables({ nul: 'a\u0000b', lone: 'x\uD800y', long: `${'z'.repeat(999)}😀` }, [
      { variable: 'nul', path: '$.nul' },
      { variable: 'lone', path: '$.lone' },
      { variable: 'long', path: '$.long' },
    ]);
    expect(vars).toEqual({ nul: 'a\uFFFDb', lone: 'x\uFFFDy', long: `${'z'.repeat(999)}\uFFFD` });
  });

  it('reads only own keys of JSON that names __proto__, and defines a variable of that name as a plain key', () => {
    const json: unknown = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": {}}');
    const vars = mapJsonToVariables(json, [{ variable: '__proto__', path: '$.a' }, { variable: 'p', path: '$.a.polluted' }]);
    expect(Object.hasOwn(vars, '__proto__')).toBe(true);
    expect(vars.p).toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
