import { describe, expect, it } from 'vitest';
import { escapeXml, junitXml } from './junit-xml';
import type { CaseResult, SuiteResult } from './run-suite';

const call = { steps: [], said: [], end: { kind: 'hangup' as const }, pressesUsed: 0 };
const result = (cases: Omit<CaseResult, 'call' | 'id'>[]): SuiteResult => {
  const full = cases.map((c, i) => ({ ...c, id: `c${i}`, call }));
  const errors = full.filter((c) => c.difference?.expectation === 'run').length;
  const passed = full.filter((c) => c.passed).length;
  return { total: full.length, passed, failed: full.length - passed - errors, errors, ms: 1234.6, cases: full };
};

describe('escapeXml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('replaces characters XML cannot hold, keeps those it can', () => {
    expect(escapeXml('a\u0000b\u001Fc\td\ne\uD800f😀')).toBe('a\uFFFDb\uFFFDc\td\ne\uFFFDf😀');
  });
});

describe('junitXml', () => {
  const xml = junitXml({
    name: 'Main <line> & "co"',
    timestamp: new Date('2026-03-02T10:00:00Z'),
    result: result([
      { name: 'Sales', passed: true, difference: null, ms: 1 },
      { name: 'Closed <Sunday>', passed: false, difference: { expectation: 'steps', message: 'Step 5: expected Menu "main", visited Say "closed"' }, ms: 2 },
      { name: 'Loop', passed: false, difference: { expectation: 'run', message: 'The flow loops through "a" & never waits' }, ms: 0.5 },
    ]),
  });

  it('counts tests, failures and errors on the suites', () => {
    expect(xml).toContain('<testsuites name="Main &lt;line&gt; &amp; &quot;co&quot;" tests="3" failures="1" errors="1" time="1.235">');
    expect(xml).toContain('tests="3" failures="1" errors="1" skipped="0" time="1.235" timestamp="2026-03-02T10:00:00.000Z">');
  });

  it('writes a passing case as an empty testcase, a difference as a failure, a run error as an error', () => {
    expect(xml).toContain('<testcase name="Sales" classname="Main &lt;line&gt; &amp; &quot;co&quot;" time="0.001"/>');
    expect(xml).toContain(
      '<failure message="Step 5: expected Menu &quot;main&quot;, visited Say &quot;closed&quot;" type="steps">Step 5: expected Menu &quot;main&quot;, visited Say &quot;closed&quot;</failure>',
    );
    expect(xml).toContain('<testcase name="Closed &lt;Sunday&gt;"');
    expect(xml).toContain('<error message="The flow loops through &quot;a&quot; &amp; never waits" type="run">');
  });

  it('is well-formed: every element closes, nothing unescaped between tags', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const tags = [...xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)];
    const open: string[] = [];
    for (const [, closing, tag, selfClosing] of tags) {
      if (selfClosing) continue;
      if (closing) expect(open.pop()).toBe(tag);
      else open.push(tag!);
    }
    expect(open).toEqual([]);
    const text = xml.replace(/<[^<>]*>/g, '');
    expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
  });

  it('writes an empty suite', () => {
    expect(junitXml({ name: 'F', timestamp: new Date(0), result: result([]) })).toContain('tests="0" failures="0" errors="0"');
  });
});
