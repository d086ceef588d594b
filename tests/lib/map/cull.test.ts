import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGrid, cullToViewport, detailAt, type Rect } from '@/lib/map/cull';
import { NODE_HEIGHT, NODE_WIDTH } from '@/lib/map/encoding';

const brute = (x: number[], y: number[], [a, b, c, d]: Rect) =>
  x.map((_, i) => i).filter((i) => x[i]! + NODE_WIDTH / 2 >= a && x[i]! - NODE_WIDTH / 2 <= c && y[i]! + NODE_HEIGHT / 2 >= b && y[i]! - NODE_HEIGHT / 2 <= d);

describe('cullToViewport', () => {
  it('returns exactly the nodes whose boxes meet the rectangle, whatever the rectangle', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), { maxLength: 300 }),
        fc.tuple(fc.integer({ min: -6000, max: 6000 }), fc.integer({ min: -6000, max: 6000 }), fc.integer({ min: 1, max: 12000 }), fc.integer({ min: 1, max: 12000 })),
        (points, [rx, ry, w, h]) => {
          const x = points.map((p) => p[0]);
          const y = points.map((p) => p[1]);
          const rect: Rect = [rx, ry, rx + w, ry + h];
          expect(cullToViewport(buildGrid(x, y, 700), x, y, rect)).toEqual(brute(x, y, rect));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lists a node spanning several cells once', () => {
    const grid = buildGrid([100], [100], 64);
    expect(cullToViewport(grid, [100], [100], [0, 0, 300, 300])).toEqual([0]);
  });
});

describe('detailAt', () => {
  it('drops labels, then shapes, as the map zooms out', () => {
    expect(detailAt(1)).toBe('labels');
    expect(detailAt(0.2)).toBe('shapes');
    expect(detailAt(0.01)).toBe('dots');
  });
});
