import { describe, expect, it } from 'vitest';
import { groupFigures } from '@/lib/operations/figures';

const fig = (id: string, value: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: `label ${id}`,
  value,
  citation: { source: 'src' },
  disputed: false,
  ...extra,
});

describe('groupFigures', () => {
  it('keeps a lone figure as its own undisputed group', () => {
    expect(groupFigures([fig('a', '10')])).toEqual([{ key: 'a', label: 'label a', figures: [fig('a', '10')], disputed: false }]);
  });

  it('puts figures with one group key together and marks differing values as disputed', () => {
    const groups = groupFigures([fig('a', '60', { group: 'arrests' }), fig('b', 'more than 100', { group: 'arrests' }), fig('c', '19')]);
    expect(groups.map((g) => [g.key, g.figures.length, g.disputed])).toEqual([
      ['arrests', 2, true],
      ['c', 1, false],
    ]);
  });

  it('honours an editor marking a figure as disputed even when values agree', () => {
    expect(groupFigures([fig('a', '5', { group: 'g', disputed: true }), fig('b', '5', { group: 'g' })])[0]!.disputed).toBe(true);
  });
});
