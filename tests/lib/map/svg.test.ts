import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '@/lib/data/validate';
import { fixtureFiles } from '../../fixtures/corpus';
import { layoutMap } from '@/lib/map/layout';
import { mapToSvg } from '@/lib/map/svg';
import { NO_FILTERS, visibility } from '@/lib/map/filter';

const dir = join(__dirname, '__snapshots__');
const data = layoutMap(validateCorpus(fixtureFiles()));

/** Golden-file comparison; a mismatch writes NAME-changed.svg beside the golden file for review. */
function matchGolden(name: string, svg: string) {
  mkdirSync(dir, { recursive: true });
  const golden = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  if (!existsSync(golden)) writeFileSync(golden, svg);
  const expected = readFileSync(golden, 'utf8');
  if (expected !== svg) writeFileSync(changed, svg);
  else rmSync(changed, { force: true });
  expect(svg, `SVG differs from ${golden}; see ${changed}`).toBe(expected);
}

describe('mapToSvg', () => {
  it('draws the fixture map with labels (snapshot)', () => {
    matchGolden('fixture-map', mapToSvg(data, { width: 1200, height: 700 }));
  });

  it('draws a focused, filtered view (snapshot)', () => {
    const focus = data.ids.indexOf('arg-for-yes');
    matchGolden('fixture-map-focus', mapToSvg(data, { width: 1200, height: 700, focus, visible: visibility(data, { ...NO_FILTERS, actorKinds: ['court'] }) }));
  });

  it('rounds numbers to three decimals and escapes titles', () => {
    const svg = mapToSvg({ ...data, titles: data.titles.map((t) => t + ' <&>') }, { width: 999, height: 333 });
    expect(svg).not.toMatch(/\d\.\d{4,}/);
    expect(svg).toContain('&lt;&amp;&gt;');
  });

  it('culls what is outside the view', () => {
    const svg = mapToSvg(data, { width: 400, height: 300, transform: { x: -100000, y: -100000, k: 1 } });
    expect(svg).not.toContain('<g id="n-');
  });
});
