import { describe, expect, it } from 'vitest';
import { validateCorpus } from '@/lib/data/validate';
import { layoutMap } from '@/lib/map/layout';
import { mapToSvg } from '@/lib/map/svg';
import { NO_FILTERS, visibility } from '@/lib/map/filter';
import { EMPTY_VIEW, parseViewState } from '@/lib/map/view-state';
import { MAX_VIEW_SIDE, MIN_VIEW_SIDE, viewSide, viewToSvg } from '@/lib/map/view-svg';
import { centreOn } from '@/lib/map/zoom';
import { fixtureFiles } from '../../fixtures/corpus';

const data = layoutMap(validateCorpus(fixtureFiles()));
const size = { width: 900, height: 600 };

describe('viewToSvg', () => {
  it('draws the whole map fitted when the view is empty', () => {
    expect(viewToSvg(data, EMPTY_VIEW, size)).toBe(mapToSvg(data, size));
  });

  it('draws the shared focus, filters and zoom exactly as the map renderer does', () => {
    const view = parseViewState(new URLSearchParams('focus=arg-for-yes&actor=court&z=100,50,1.5'));
    const expected = mapToSvg(data, {
      ...size,
      focus: data.ids.indexOf('arg-for-yes'),
      visible: visibility(data, { ...NO_FILTERS, actorKinds: ['court'] }),
      transform: centreOn(100, 50, 1.5, size.width, size.height),
    });
    const svg = viewToSvg(data, view, size);
    expect(svg).toBe(expected);
    expect(svg).not.toBe(mapToSvg(data, size));
  });

  it('ignores a focus that is not on the map (e.g. not yet stated on the view date)', () => {
    expect(viewToSvg(data, { ...EMPTY_VIEW, focus: 'pos-not-here' }, size)).toBe(mapToSvg(data, size));
  });
});

describe('viewSide', () => {
  it('clamps sizes from the URL and falls back on junk', () => {
    expect(viewSide('800', 1200)).toBe(800);
    expect(viewSide('1', 1200)).toBe(MIN_VIEW_SIDE);
    expect(viewSide('99999', 1200)).toBe(MAX_VIEW_SIDE);
    expect(viewSide('abc', 1200)).toBe(1200);
    expect(viewSide(null, 700)).toBe(700);
  });
});
