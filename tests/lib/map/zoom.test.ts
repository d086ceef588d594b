import { describe, expect, it } from 'vitest';
import { MAX_SCALE, centreOn, fitTransform, viewCentre, visibleRect, zoomAround } from '@/lib/map/zoom';

describe('zoom arithmetic', () => {
  it('zooming keeps the point under the cursor fixed', () => {
    const t = { x: 30, y: -40, k: 0.5 };
    const z = zoomAround(t, 2, 200, 100);
    const layout = { x: (200 - t.x) / t.k, y: (100 - t.y) / t.k };
    expect(layout.x * z.k + z.x).toBeCloseTo(200);
    expect(layout.y * z.k + z.y).toBeCloseTo(100);
    expect(zoomAround(t, 1e9, 0, 0).k).toBe(MAX_SCALE);
  });

  it('fit shows the whole bounds, centred', () => {
    const t = fitTransform([0, 0, 2000, 1000], 800, 600, 20);
    const [a, b, c, d] = visibleRect(t, 800, 600);
    expect(a).toBeLessThanOrEqual(0);
    expect(b).toBeLessThanOrEqual(0);
    expect(c).toBeGreaterThanOrEqual(2000);
    expect(d).toBeGreaterThanOrEqual(1000);
    expect(viewCentre(t, 800, 600)).toMatchObject({ x: 1000, y: 500 });
  });

  it('centreOn and viewCentre are inverse (what the URL stores restores the view)', () => {
    const t = centreOn(1234, -567, 0.37, 1024, 700);
    const c = viewCentre(t, 1024, 700);
    expect(c.x).toBeCloseTo(1234);
    expect(c.y).toBeCloseTo(-567);
    expect(c.k).toBeCloseTo(0.37);
  });
});
