import { describe, expect, it } from 'vitest';
import { compileResume, compileStart } from '@/lib/flow/compile';
import { indexFlow } from '@/lib/flow/flow-index';
import { settledNow } from '@/lib/flow/testing/builders';
import { flowTemplates, templateIds } from '@/lib/flow/templates';
import { openApiCallflowErrors } from './openapi-callflow';
import { hasShared, readShared, sharedMissing } from './shared';

const ctx = { caller: '+6591178965', dialed: '+6568332048', digits: null, vars: {}, now: new Date('2026-01-13T08:00:00Z'), publicBaseUrl: 'https://ivr.example.com' };

describe.skipIf(!hasShared)(`8x8 OpenAPI conformance ${hasShared ? '' : `(${sharedMissing})`}`, () => {
  it('accepts 8x8’s own Simple IVR request (the exceptions do not loosen what it needs)', () => {
    const request = readShared<{ callflow: unknown[] }>('fixtures/callflows-request-simple-ivr.json');
    expect(openApiCallflowErrors(request.callflow)).toEqual([]);
  });

  it('refuses an action 8x8 does not know and a say without text', () => {
    expect(openApiCallflowErrors([{ action: 'dial', params: {} }])).toHaveLength(1);
    expect(openApiCallflowErrors([{ action: 'say', params: { voiceProfile: 'en-GB-Emma' } }])).toHaveLength(1);
    expect(openApiCallflowErrors([{ action: 'sayAndCapture', params: { voiceProfile: 'en-GB-Emma' } }])).toHaveLength(1);
  });

  it.each(templateIds)('every reply of every node in the %s template validates', (id) => {
    const document = flowTemplates[id].build();
    const index = indexFlow(document);
    const replies = [settledNow(compileStart(index, ctx, 'v1')).reply];
    for (const node of document.nodes) {
      if (node.kind !== 'menu' && node.kind !== 'transfer') continue;
      const digits = node.kind === 'menu' ? [...node.data.options.map((o) => o.digits), null, '9'] : [null];
      for (const d of digits) replies.push(settledNow(compileResume(index, node.id, { ...ctx, digits: d }, 'v1')).reply);
    }
    expect(replies.length).toBeGreaterThan(3);
    for (const reply of replies) expect(openApiCallflowErrors(reply.callflow)).toEqual([]);
  });
});
