import { describe, expect, it } from 'vitest';
import { compileResume, compileStart, type CompiledReply } from './compile';
import { diffDocuments } from './diff-documents';
import { parseFlowDocument, type FlowDocument, type FlowNode } from './document';
import { indexFlow } from './flow-index';
import { nodeKinds, nodeRegistry, type NodeKind } from './registry';
import { flowLimits } from './limits';
import { lintFlow } from './lint';
import { interpolate, variableRefs } from './template-text';
import { cpuMs } from '@/lib/testing/cpu-time';
import { ctx, e, settledNow } from './testing/builders';

// 50,000-character hostile text in every text field of every node kind must cost
// milliseconds everywhere a document goes: parsing (which refuses it, naming the field),
// and — for a document that skipped parsing — lint, compile and the placeholders.

const size = 50_000;
const repeated = (piece: string) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
const hostile = {
  openings: repeated('{{'),
  openingThenSpaces: `{{${' '.repeat(size - 2)}`,
  nested: `${'{'.repeat(size / 2)}${'}'.repeat(size / 2)}`,
  unclosed: repeated('{{ vars.a'),
  digits: repeated('1'),
  placeholders: repeated('{{vars.a}}'),
};

/** Every string in a value replaced by `text`. */
function fill<T>(value: T, text: string): T {
  if (typeof value === 'string') return text as T;
  if (Array.isArray(value)) return value.map((item: unknown) => fill(item, text)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, text)])) as T;
  return value;
}

/** Each kind's defaults with the optional text fields present too, so every field is filled. */
const everyField: Record<NodeKind, () => unknown> = {
  start: () => ({}),
  hangup: () => ({}),
  say: () => nodeRegistry.say.defaults(),
  playFile: () => nodeRegistry.playFile.defaults(),
  menu: () => ({ ...nodeRegistry.menu.defaults(), successMessage: 's', failureMessage: 'f', options: [{ digits: '1', label: 'l' }] }),
  transfer: () => nodeRegistry.transfer.defaults(),
  businessHours: () => ({ ...nodeRegistry.businessHours.defaults(), holidays: ['2026-12-25'] }),
  setVariable: () => ({ name: 'a', value: 'v' }),
  optOut: () => nodeRegistry.optOut.defaults(),
  httpRequest: () => ({ ...nodeRegistry.httpRequest.defaults(), headers: [{ name: 'X-A', value: 'v' }], body: 'b', mappings: [{ variable: 'a', path: '$.a' }] }),
  subflow: () => ({ flowId: 'f', versionId: 'v', flowName: 'n', version: 1, returns: ['done'], params: [{ name: 'a', value: 'v' }] }),
  return: () => ({ output: 'done' }),
  condition: () => ({ subject: '{{digits}}', rules: [{ id: 'r1', operator: 'equals', value: 'v', voiceProfile: 'v' }] }),
};

/** A document with one node of every kind, in a chain from start, every text field `text`. */
function hostileDocument(text: string): FlowDocument {
  const nodes = nodeKinds.map((kind) => ({ id: kind, kind, position: { x: 0, y: 0 }, data: fill(everyField[kind](), text) }) as FlowNode);
  const chain = ['start', 'setVariable', 'say', 'playFile', 'businessHours', 'menu'];
  const edges = chain.slice(1).map((target, i) => e(chain[i]!, i === 4 ? 'open' : 'next', target));
  // An unreadable timezone is "closed": both branches lead on to the menu.
  return { schemaVersion: 1, nodes, edges: [...edges, e('businessHours', 'closed', 'menu'), e('menu', 'invalid', 'transfer'), e('transfer', 'after', 'hangup')] };
}

const textFields = ['say.data.text', 'menu.data.promptMessage', 'menu.data.successMessage', 'playFile.data.fileUrl', 'transfer.data.destination', 'setVariable.data.value'];

describe('50,000-character hostile input', () => {
  it('is refused by the schema, each message naming the field, in milliseconds', () => {
    const results = new Map<string, ReturnType<typeof parseFlowDocument>>();
    const spent = cpuMs(() => {
      for (const [name, text] of Object.entries(hostile)) results.set(name, parseFlowDocument(hostileDocument(text)));
    });
    expect(spent).toBeLessThan(200);
    for (const [name, parsed] of results) {
      expect(parsed.ok, name).toBe(false);
      const issues = parsed.ok ? [] : parsed.issues;
      for (const field of textFields) {
        const [kind, ...rest] = field.split('.');
        const at = `nodes.${nodeKinds.indexOf(kind as NodeKind)}.${rest.join('.')}`;
        expect(issues.some((issue) => issue.startsWith(`${at}: `) && issue.includes(`${size}`)), `${name}: ${at}`).toBe(true);
      }
    }
  });

  it('names the field in the message (say text: 8x8’s 3000)', () => {
    const parsed = parseFlowDocument({ schemaVersion: 1, nodes: [{ id: 's', kind: 'say', position: { x: 0, y: 0 }, data: { text: 'x'.repeat(size), voiceProfile: 'v' } }], edges: [] });
    expect(parsed).toEqual({ ok: false, issues: [`nodes.0.data.text: The message is ${size} characters; 8x8 speaks at most 3000`] });
  });

  it('costs milliseconds in lint, compile, diff and the placeholders even when it skipped parsing', () => {
    const replies: CompiledReply[] = [];
    const walk = (text: string) => {
      const document = hostileDocument(text);
      lintFlow(document);
      diffDocuments(document, hostileDocument('x'));
      const index = indexFlow(document);
      replies.push(settledNow(compileStart(index, ctx({ vars: { a: 'A' } }), 'v1')));
      settledNow(compileResume(index, 'menu', ctx({ digits: hostile.digits }), 'v1'));
      variableRefs(text);
      interpolate(text, ctx({ vars: { a: 'A' } }));
    };
    // Warmed up on short text first, so the bound is on the work, not on compiling the code.
    walk('{{ x }}');
    const spent = cpuMs(() => Object.values(hostile).forEach(walk));
    // About 100 ms of CPU for the six texts (each in every field, through every step);
    // one quadratic pass over 50,000 characters alone would take seconds.
    expect(spent).toBeLessThan(500);
    for (const reply of replies) {
      expect(reply.waitingAt).toBe('menu');
      // A Set variable keeps at most its cap, however much its placeholders fill in.
      expect(Object.values(reply.vars).every((value) => value.length <= flowLimits.variableValue)).toBe(true);
    }
  });

  it('bounds what placeholders fill in: a whole prompt of {{vars.a}} with the longest value is 300,000 characters', () => {
    const prompt = repeated('{{vars.a}}').slice(0, flowLimits.spokenText);
    let filled = '';
    expect(cpuMs(() => (filled = interpolate(prompt, ctx({ vars: { a: 'x'.repeat(flowLimits.variableValue) } }))))).toBeLessThan(50);
    expect(filled).toHaveLength(300_000);
  });
});
