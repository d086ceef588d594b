/** The map's key: each node kind and stance by shape, glyph and colour, each relation by line pattern. */
import { GLYPHS, RELATION_STYLE, glyphPolygon, type Glyph } from '@/lib/map/geometry';
import { EVAL_ORDER, EVAL_STYLE, type EvalLabel } from '@/lib/map/evaluation';

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

/** The evaluation badge as drawn on the map: shape, symbol and colour. */
export function EvalBadgeIcon({ label, size = 16 }: { label: EvalLabel; size?: number }) {
  const st = EVAL_STYLE[label];
  const r = size / 2 - 1;
  const style = { fill: `var(${st.colour})` };
  return (
    <svg width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true" focusable="false">
      {st.shape === 'circle' ? <circle r={r} style={style} /> : st.shape === 'square' ? <rect x={-r * 0.85} y={-r * 0.85} width={r * 1.7} height={r * 1.7} style={style} /> : <polygon points={`0,${-r} ${r},0 0,${r} ${-r},0`} style={style} />}
      <text x="0" y="0" dy="0.35em" textAnchor="middle" fontSize={size * 0.62} fontWeight="700" style={{ fill: 'var(--bg)' }}>
        {st.symbol}
      </text>
    </svg>
  );
}

export function MapLegend({ evaluation = false }: { evaluation?: boolean }) {
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
      {evaluation ? (
        <ul aria-label="Evaluation labels">
          {EVAL_ORDER.map((l) => (
            <li key={l}>
              <EvalBadgeIcon label={l} /> {EVAL_STYLE[l].word}
            </li>
          ))}
          <li>
            <span className="legend-note">Badges at a node’s corner, when zoomed in; a formal property of the map, not a legal verdict</span>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
