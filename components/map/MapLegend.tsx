/** The map's key: each node kind and stance by shape, glyph and colour, each relation by line pattern. */
import { GLYPHS, RELATION_STYLE, glyphPolygon, type Glyph } from '@/lib/map/geometry';

const SHOWN: Glyph[] = ['question', 'position', 'supports', 'opposes', 'undercuts', 'fact'];

export function GlyphIcon({ glyph, size = 16 }: { glyph: Glyph; size?: number }) {
  const r = size / 2 - 1;
  const poly = glyphPolygon(glyph, r);
  const style = { fill: `var(${GLYPHS[glyph].colour})` };
  return (
    <svg width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true" focusable="false">
      {poly ? <polygon points={poly.map((p) => p.map((v) => v.toFixed(2)).join(',')).join(' ')} style={style} /> : <circle r={r} style={style} />}
    </svg>
  );
}

export function MapLegend() {
  return (
    <div className="map-legend">
      <ul aria-label="Kinds of node">
        {SHOWN.map((g) => (
          <li key={g}>
            <GlyphIcon glyph={g} /> <span aria-hidden="true">{GLYPHS[g].symbol}</span> {GLYPHS[g].label}
          </li>
        ))}
      </ul>
      <ul aria-label="Kinds of link">
        {Object.entries(RELATION_STYLE).map(([relation, s]) => (
          <li key={relation}>
            <svg width="36" height="10" aria-hidden="true" focusable="false">
              <line x1="1" y1="5" x2="35" y2="5" style={{ stroke: `var(${s.colour})` }} strokeWidth="2.5" strokeDasharray={s.dash.join(' ') || undefined} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
        <li>
          <span className="legend-note">Curved lines: further links beyond a node’s place in the tree</span>
        </li>
      </ul>
    </div>
  );
}
