/**
 * A shared map view (lib/map/view-state.ts) as an SVG picture: the same renderer, filters, focus
 * and zoom as the canvas, so the SVG/PNG exports and the /embed route show exactly the view that
 * was shared. Without a zoom in the view, the picture fits the whole map.
 */
import type { MapData } from './encoding';
import { hasFilters, visibility } from './filter';
import { mapToSvg } from './svg';
import type { MapViewState } from './view-state';
import { centreOn } from './zoom';

export const DEFAULT_VIEW_SIZE = { width: 1200, height: 800 } as const;
export const MIN_VIEW_SIDE = 200;
export const MAX_VIEW_SIDE = 4000;

/** A picture side in pixels from user input: whole, within [MIN_VIEW_SIDE, MAX_VIEW_SIDE], or the default. */
export function viewSide(raw: string | null | undefined, fallback: number): number {
  const n = Number(raw);
  if (raw === null || raw === undefined || raw === '' || !Number.isFinite(n)) return fallback;
  return Math.min(MAX_VIEW_SIDE, Math.max(MIN_VIEW_SIDE, Math.round(n)));
}

export function viewToSvg(data: MapData, view: MapViewState, size: { width: number; height: number } = DEFAULT_VIEW_SIZE): string {
  const { width, height } = size;
  const filtered = hasFilters(view.filters) || view.collapsed.length > 0;
  const focus = view.focus ? data.ids.indexOf(view.focus) : -1;
  return mapToSvg(data, {
    width,
    height,
    ...(filtered ? { visible: visibility(data, view.filters, new Set(view.collapsed)) } : {}),
    ...(focus >= 0 ? { focus } : {}),
    ...(view.zoom ? { transform: centreOn(view.zoom.x, view.zoom.y, view.zoom.k, width, height) } : {}),
  });
}
