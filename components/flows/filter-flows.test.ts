import { describe, expect, it } from 'vitest';
import { filterFlows } from './filter-flows';

const flows = [
  { name: 'ABC Restaurant', numbers: ['+6568332048'] },
  { name: 'Support line 2', numbers: ['+6561115777', '+14155550100'] },
  { name: 'Sales', numbers: [] },
];

describe('filterFlows', () => {
  it('keeps everything for an empty query', () => {
    expect(filterFlows(flows, '  ')).toHaveLength(3);
  });

  it('matches names case-insensitively', () => {
    expect(filterFlows(flows, 'restaur').map((f) => f.name)).toEqual(['ABC Restaurant']);
  });

  it('matches numbers however they are typed', () => {
    for (const query of ['+6568332048', '6833 2048', '+65 6833-2048']) {
      expect(filterFlows(flows, query).map((f) => f.name)).toEqual(['ABC Restaurant']);
    }
    expect(filterFlows(flows, '415').map((f) => f.name)).toEqual(['Support line 2']);
  });

  it('matches a digit in a name as text too', () => {
    expect(filterFlows(flows, '2').map((f) => f.name)).toEqual(['ABC Restaurant', 'Support line 2']);
  });
});
