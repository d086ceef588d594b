/**
 * The whole map view as URL parameters, so any view can be shared and restored: focus, filters,
 * zoom (the layout point at the viewport's centre and the scale), the "as of" day, collapsed
 * subtrees and the search words. Unknown or malformed values are dropped, never thrown: a URL
 * is user input. Shared by the map, the embed route and the exports.
 */
import { MAP_ACTOR_KINDS, MAP_AUTHORITIES, MAP_STANCES, MAP_VERIFICATIONS } from './encoding';
import { NO_FILTERS, type MapFilters } from './filter';

export interface MapViewState {
  focus?: string;
  /** YYYY-MM-DD: the map as it stood on that day (shared with the matrix and timeline as asOf). */
  asOf?: string;
  q?: string;
  filters: MapFilters;
  /** Layout point at the centre of the viewport, and the scale. */
  zoom?: { x: number; y: number; k: number };
  collapsed: string[];
  /** The argument-evaluation overlay is on (`eval=1`). */
  evaluation?: boolean;
  /** With the overlay on: the jurisdiction whose holdings the labelling takes as settled (`evalJur=DE`). */
  evalJurisdiction?: string;
}

export const EMPTY_VIEW: MapViewState = { filters: NO_FILTERS, collapsed: [] };

/** URL parameter names, short because they are shared by hand. */
const FILTER_PARAMS: Record<keyof MapFilters, string> = {
  operations: 'op',
  jurisdictions: 'jur',
  actorKinds: 'actor',
  stances: 'stance',
  authorities: 'auth',
  verification: 'ver',
};

const ID = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
const JURISDICTION = /^(?:[A-Z]{2}|EU|ECHR)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function getParam(params: Params, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const v = params[name];
  return Array.isArray(v) ? v[0] : v;
}

function list(params: Params, name: string, valid: (v: string) => boolean): string[] {
  const raw = getParam(params, name);
  if (!raw) return [];
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(valid))].sort();
}

function isDay(v: string): boolean {
  return DAY.test(v) && !Number.isNaN(Date.parse(v + 'T00:00:00Z')) && new Date(v + 'T00:00:00Z').toISOString().startsWith(v);
}

export function parseViewState(params: Params): MapViewState {
  const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);
  const filters = {
    operations: list(params, FILTER_PARAMS.operations, (v) => ID.test(v)),
    jurisdictions: list(params, FILTER_PARAMS.jurisdictions, (v) => JURISDICTION.test(v)),
    actorKinds: list(params, FILTER_PARAMS.actorKinds, oneOf(MAP_ACTOR_KINDS)),
    stances: list(params, FILTER_PARAMS.stances, oneOf(MAP_STANCES)),
    authorities: list(params, FILTER_PARAMS.authorities, oneOf(MAP_AUTHORITIES)),
    verification: list(params, FILTER_PARAMS.verification, oneOf(MAP_VERIFICATIONS)),
  } as MapFilters;
  const state: MapViewState = { filters, collapsed: list(params, 'collapsed', (v) => ID.test(v)) };
  const focus = getParam(params, 'focus');
  if (focus && ID.test(focus)) state.focus = focus;
  const asOf = getParam(params, 'asOf');
  if (asOf && isDay(asOf)) state.asOf = asOf;
  const q = getParam(params, 'q');
  if (q && q.trim()) state.q = q.slice(0, 200);
  if (getParam(params, 'eval') === '1') {
    state.evaluation = true;
    const jur = getParam(params, 'evalJur')?.toUpperCase();
    if (jur && JURISDICTION.test(jur)) state.evalJurisdiction = jur;
  }
  const z = getParam(params, 'z')?.split(',').map(Number);
  if (z && z.length === 3 && z.every(Number.isFinite) && z[2]! > 0) state.zoom = { x: z[0]!, y: z[1]!, k: z[2]! };
  return state;
}

/** Stable parameter order and rounding, so the same view always gives the same URL. */
export function serializeViewState(state: MapViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  if (state.asOf) p.set('asOf', state.asOf);
  for (const key of Object.keys(FILTER_PARAMS) as (keyof MapFilters)[]) {
    const values = state.filters[key];
    if (values.length) p.set(FILTER_PARAMS[key], [...values].sort().join(','));
  }
  if (state.q) p.set('q', state.q);
  if (state.collapsed.length) p.set('collapsed', [...state.collapsed].sort().join(','));
  if (state.evaluation) {
    p.set('eval', '1');
    if (state.evalJurisdiction) p.set('evalJur', state.evalJurisdiction);
  }
  if (state.zoom) p.set('z', `${Math.round(state.zoom.x)},${Math.round(state.zoom.y)},${Number(state.zoom.k.toPrecision(3))}`);
  return p;
}

/** "/map?…" for a view; an empty view gives "/map". */
export function viewHref(state: MapViewState, path = '/map'): string {
  const s = serializeViewState(state).toString();
  return s ? `${path}?${s}` : path;
}

/** Where the client fetches the evaluation overlay for a day and, optionally, a jurisdiction taken as settled (app/api/evaluation). */
export function evaluationUrlFor(asOf: string | undefined, jurisdiction: string | undefined): string {
  const p = new URLSearchParams();
  if (asOf) p.set('asOf', asOf);
  if (jurisdiction) p.set('jurisdiction', jurisdiction);
  const s = p.toString();
  return s ? `/api/evaluation?${s}` : '/api/evaluation';
}

/** Where the client fetches the laid-out map for a day (app/api/map/layout). */
export function layoutUrlFor(asOf: string | undefined): string {
  return asOf ? `/api/map/layout?asOf=${asOf}` : '/api/map/layout';
}
