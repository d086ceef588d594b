import { describe, expect, it } from 'vitest';
import { EVAL_NONE, EVAL_ORDER, EVAL_STYLE, evalCodesFor, labelOfCode, reasonOnly } from '@/lib/map/evaluation';

describe('evaluation overlay codes', () => {
  it('gives each laid-out node the code of its label, and none to nodes without one', () => {
    const codes = evalCodesFor({ ids: ['q-a', 'pos-b', 'arg-c', 'arg-d'] }, { 'pos-b': { label: 'in', explanation: 'x' }, 'arg-c': { label: 'out', explanation: 'y' }, 'arg-d': { label: 'undecided', explanation: 'z' } });
    expect([...codes].map(labelOfCode)).toEqual([undefined, 'in', 'out', 'undecided']);
    expect(codes[0]).toBe(EVAL_NONE);
  });

  it('tells the labels apart by shape and symbol, not only by colour', () => {
    const shapes = new Set(EVAL_ORDER.map((l) => EVAL_STYLE[l].shape));
    const symbols = new Set(EVAL_ORDER.map((l) => EVAL_STYLE[l].symbol));
    const codes = new Set(EVAL_ORDER.map((l) => EVAL_STYLE[l].code));
    expect(shapes.size).toBe(3);
    expect(symbols.size).toBe(3);
    expect(codes.size).toBe(3);
    expect(codes.has(EVAL_NONE)).toBe(false);
  });
});

describe('reasonOnly', () => {
  it('drops the label word the panel already shows, and nothing else', () => {
    expect(reasonOnly('Out: it is attacked by “X”, which is in.')).toBe('it is attacked by “X”, which is in.');
    expect(reasonOnly('Undecided: it attacks itself.')).toBe('it attacks itself.');
    expect(reasonOnly('Inbound: not a label')).toBe('Inbound: not a label');
  });
});
