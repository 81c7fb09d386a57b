import { describe, expect, it } from 'vitest';
import { decodeClientActionId, encodeClientActionId, numberedReply } from './client-action-id';

describe('clientActionId', () => {
  it('encodes as <versionId>:<nodeId>, numbered as <versionId>:<nodeId>:<step>', () => {
    expect(encodeClientActionId('ver_123', 'main_menu')).toBe('ver_123:main_menu');
    expect(encodeClientActionId('ver_123', 'main_menu', 4)).toBe('ver_123:main_menu:4');
  });

  it('decodes what it encodes', () => {
    expect(decodeClientActionId(encodeClientActionId('clx9abc', 'book-table_2'))).toEqual({ versionId: 'clx9abc', nodeId: 'book-table_2', step: null });
    expect(decodeClientActionId(encodeClientActionId('clx9abc', 'book-table_2', 0))).toEqual({ versionId: 'clx9abc', nodeId: 'book-table_2', step: 0 });
    expect(decodeClientActionId(encodeClientActionId('clx9abc', 'menu', 12))).toEqual({ versionId: 'clx9abc', nodeId: 'menu', step: 12 });
  });

  it('reads a node id made of digits in the unnumbered form', () => {
    expect(decodeClientActionId('ver:123')).toEqual({ versionId: 'ver', nodeId: '123', step: null });
    expect(decodeClientActionId('ver:123:7')).toEqual({ versionId: 'ver', nodeId: '123', step: 7 });
  });

  it('reads a step that is not a plain small number as part of the node id, or not at all', () => {
    expect(decodeClientActionId('ver:menu:07')).toEqual({ versionId: 'ver:menu', nodeId: '07', step: null });
    expect(decodeClientActionId('ver:menu:-1')).toEqual({ versionId: 'ver:menu', nodeId: '-1', step: null });
    expect(decodeClientActionId('ver:menu:1234567890')).toEqual({ versionId: 'ver:menu', nodeId: '1234567890', step: null });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['no colon (e.g. a guide id)', 'reservations'],
    ['no version', ':main_menu'],
    ['no node', 'ver:'],
    ['a node id with bad characters', 'ver:main menu'],
    ['a node id over 64 characters', `ver:${'a'.repeat(65)}`],
  ])('rejects %s', (_label, value) => {
    expect(decodeClientActionId(value)).toBeNull();
  });

  it('numbers a reply that waits and leaves one that ends the call as it is', () => {
    expect(numberedReply({ clientActionId: 'v1:menu', callflow: [] }, 3)).toEqual({ clientActionId: 'v1:menu:3', callflow: [] });
    expect(numberedReply({ clientActionId: 'v1:menu:1', callflow: [] }, 2)).toEqual({ clientActionId: 'v1:menu:2', callflow: [] });
    const ending: { clientActionId?: string; callflow: unknown[] } = { callflow: [{ action: 'hangup' }] };
    expect(numberedReply(ending, 5)).toBe(ending);
  });
});
