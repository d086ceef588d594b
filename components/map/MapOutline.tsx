'use client';
/**
 * The outline: the map's tree as an ARIA tree (WAI-ARIA tree pattern, single selection that follows
 * focus). Up/Down move, Right opens or goes to the first child, Left closes or goes to the parent,
 * Home/End jump; moving selects the node, which focuses it on the map too.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapData } from '@/lib/map/encoding';
import { GLYPHS, glyphOf } from '@/lib/map/geometry';
import { ancestorsOf, outlineRows } from '@/lib/map/outline';
import { CONTEXT } from '@/lib/map/filter';

export interface MapOutlineProps {
  data: MapData;
  children: readonly (readonly number[])[];
  visible?: Uint8Array;
  focus?: string;
  onFocusChange: (id: string) => void;
}

export function MapOutline({ data, children, visible, focus, onFocusChange }: MapOutlineProps) {
  const idIndex = useMemo(() => new Map(data.ids.map((id, i) => [id, i])), [data]);
  const community = useMemo(() => new Set(data.community ?? []), [data]);
  const focusIndex = focus !== undefined ? idIndex.get(focus) : undefined;
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set());
  const [active, setActive] = useState<number | undefined>(focusIndex);
  const listRef = useRef<HTMLUListElement>(null);
  const fromKeyboard = useRef(false);

  // A focus from the map or the search opens the way to it here.
  useEffect(() => {
    if (focusIndex === undefined) return;
    setActive(focusIndex);
    setExpanded((prev) => {
      const missing = ancestorsOf(data, focusIndex).filter((a) => !prev.has(a));
      return missing.length ? new Set([...prev, ...missing]) : prev;
    });
  }, [data, focusIndex]);

  const rows = useMemo(() => outlineRows(data, children, expanded, visible), [data, children, expanded, visible]);
  const current = active !== undefined && rows.some((r) => r.index === active) ? active : rows[0]?.index;

  useEffect(() => {
    if (!fromKeyboard.current || current === undefined) return;
    fromKeyboard.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus({ preventScroll: true });
  }, [current, rows]);
  useEffect(() => {
    if (focusIndex === undefined) return;
    // Scroll only the outline's own box: scrollIntoView would also scroll the page away from the map.
    const item = listRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`);
    const box = listRef.current?.parentElement;
    if (!item || !box) return;
    const top = item.offsetTop;
    if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top - box.clientHeight / 3;
  }, [focusIndex, rows]);

  const move = (i: number) => {
    fromKeyboard.current = true;
    setActive(i);
    onFocusChange(data.ids[i]!);
  };
  const toggle = (i: number, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(i);
      else next.delete(i);
      return next;
    });

  const onKeyDown = (e: React.KeyboardEvent) => {
    const at = rows.findIndex((r) => r.index === current);
    const row = rows[at];
    if (!row) return;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        if (rows[at + 1]) move(rows[at + 1]!.index);
        break;
      case 'ArrowUp':
        if (rows[at - 1]) move(rows[at - 1]!.index);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) toggle(row.index, true);
        else if (row.expanded && rows[at + 1]) move(rows[at + 1]!.index);
        break;
      case 'ArrowLeft':
        if (row.expanded) toggle(row.index, false);
        else if (data.parent[row.index]! >= 0) move(data.parent[row.index]!);
        break;
      case 'Home':
        move(rows[0]!.index);
        break;
      case 'End':
        move(rows[rows.length - 1]!.index);
        break;
      case 'Enter':
      case ' ':
        onFocusChange(data.ids[row.index]!);
        if (row.hasChildren) toggle(row.index, !row.expanded);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  return (
    <ul ref={listRef} role="tree" aria-label="Outline of the argument map" className="map-outline" onKeyDown={onKeyDown}>
      {rows.map((r) => {
        const i = r.index;
        const g = glyphOf(data, i);
        return (
          <li
            key={i}
            role="treeitem"
            data-index={i}
            data-id={data.ids[i]}
            aria-level={r.level}
            aria-setsize={r.size}
            aria-posinset={r.pos}
            aria-expanded={r.hasChildren ? r.expanded : undefined}
            aria-selected={i === focusIndex}
            tabIndex={i === current ? 0 : -1}
            className={visible && visible[i] === CONTEXT ? 'context' : undefined}
            style={{ paddingLeft: `${(r.level - 1) * 1.1 + 0.25}rem` }}
            onClick={(e) => {
              e.stopPropagation();
              setActive(i);
              onFocusChange(data.ids[i]!);
              if (r.hasChildren && (e.target as HTMLElement).closest('.twisty')) toggle(i, !r.expanded);
            }}
          >
            <span className="twisty" aria-hidden="true">
              {r.hasChildren ? (r.expanded ? '▾' : '▸') : ''}
            </span>
            <span className={`glyph glyph-${g}`} aria-hidden="true">
              {GLYPHS[g].symbol}
            </span>{' '}
            <span className="visually-hidden">{GLYPHS[g].label}: </span>
            {data.titles[i]}
            {community.has(i) ? <span className="community-tag"> community</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
