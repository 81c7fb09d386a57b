import { describe, expect, it } from 'vitest';
import { decodeClientActionId, encodeClientActionId } from './client-action-id';

describe('clientActionId', () => {
  it('encodes as <versionId>:<nodeId>', () => {
    expect(encodeClientActionId('ver_123', 'main_menu')).toBe('ver_123:main_menu');
  });

  it('decodes what it encodes', () => {
    expect(decodeClientActionId(encodeClientActionId('clx9abc', 'book-table_2'))).toEqual({ versionId: 'clx9abc', nodeId: 'book-table_2' });
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
});
