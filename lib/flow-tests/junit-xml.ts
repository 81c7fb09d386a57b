import type { SuiteResult } from './run-suite';

// JUnit XML as CI servers read it (Jenkins, GitLab, GitHub test reporters): one <testsuite>
// per flow, a <failure> per case whose call differed and an <error> per case the engine
// could not run.

// Characters XML 1.0 cannot hold at all, even escaped: replaced rather than breaking the file.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in an attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(notXml, '\uFFFD').replace(/[&<>"']/g, (c) => entities[c]!);
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export type JUnitSuite = { name: string; result: SuiteResult; timestamp: Date };

export function junitXml({ name, result, timestamp }: JUnitSuite): string {
  const suiteName = escapeXml(name);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suiteName}" tests="${result.total}" failures="${result.failed}" errors="${result.errors}" time="${seconds(result.ms)}">`,
    `  <testsuite name="${suiteName}" tests="${result.total}" failures="${result.failed}" errors="${result.errors}" skipped="0" time="${seconds(result.ms)}" timestamp="${timestamp.toISOString()}">`,
  ];
  for (const testCase of result.cases) {
    const open = `    <testcase name="${escapeXml(testCase.name)}" classname="${suiteName}" time="${seconds(testCase.ms)}"`;
    const difference = testCase.difference;
    if (!difference) {
      lines.push(`${open}/>`);
      continue;
    }
    const tag = difference.expectation === 'run' ? 'error' : 'failure';
    const message = escapeXml(difference.message);
    lines.push(`${open}>`, `      <${tag} message="${message}" type="${difference.expectation}">${message}</${tag}>`, '    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
