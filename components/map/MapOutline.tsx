'use client';
/**
 * The outline: the map's graph as an ARIA tree (WAI-ARIA tree pattern, single selection that
 * follows focus). Under each node come its own children and, marked "elsewhere", the nodes that
 * link to it from another branch. Up/Down move, Right opens or goes to the first child, Left
 * closes or goes to the parent, Home/End jump, Enter on an "elsewhere" row goes to that node's own
 * place; S, O and U go to the next argument supporting, opposing or undercutting the current node.
 * Moving selects the node, which focuses it on the map too. Each row's name says its relation, kind
 * and title; its description says what it relates to and what it cites.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { MAP_RELATIONS, type MapData } from '@/lib/map/encoding';
import { GLYPHS, glyphOf } from '@/lib/map/geometry';
import { ancestorsOf, incomingLinks, kindWord, outlineRows, RELATION_WORDS, rowKey, stanceTarget, type OutlineRow } from '@/lib/map/outline';
import { CONTEXT } from '@/lib/map/filter';

export interface MapOutlineProps {
  data: MapData;
  children: readonly (readonly number[])[];
  visible?: Uint8Array;
  focus?: string;
  onFocusChange: (id: string) => void;
}

const STANCE_KEYS: Record<string, 'supports' | 'opposes' | 'undercuts'> = { s: 'supports', o: 'opposes', u: 'undercuts' };

export function MapOutline({ data, children, visible, focus, onFocusChange }: MapOutlineProps) {
  const idIndex = useMemo(() => new Map(data.ids.map((id, i) => [id, i])), [data]);
  const incoming = useMemo(() => incomingLinks(data), [data]);
  const focusIndex = focus !== undefined ? idIndex.get(focus) : undefined;
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set());
  const [active, setActive] = useState<string | undefined>(focusIndex !== undefined ? `n${focusIndex}` : undefined);
  const listRef = useRef<HTMLUListElement>(null);
  const fromKeyboard = useRef(false);
  /** The outline held the keyboard focus last: a re-render that removes the focused row hands it to the current row. */
  const holdsFocus = useRef(false);

  const rows = useMemo(() => outlineRows(data, children, expanded, visible, incoming), [data, children, expanded, visible, incoming]);
  const activeRow = rows.find((r) => r.key === active);

  // A focus from the map or the search opens the way to it here (a row for that node already active stays).
  useEffect(() => {
    if (focusIndex === undefined || activeRow?.index === focusIndex) return;
    setActive(`n${focusIndex}`);
    setExpanded((prev) => {
      const missing = ancestorsOf(data, focusIndex).filter((a) => !prev.has(a));
      return missing.length ? new Set([...prev, ...missing]) : prev;
    });
  }, [data, focusIndex]);

  const current = activeRow ? activeRow.key : rows[0]?.key;

  useEffect(() => {
    if (current === undefined) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-key="${current}"]`);
    const lost = holdsFocus.current && (document.activeElement === document.body || document.activeElement === null || !document.activeElement.isConnected);
    if (!fromKeyboard.current && !lost) return;
    fromKeyboard.current = false;
    item?.focus({ preventScroll: true });
    // Scroll only the outline's own box: scrollIntoView would also scroll the page away from the map.
    const box = listRef.current?.parentElement;
    if (item && box) {
      const top = item.offsetTop;
      if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top - box.clientHeight / 3;
    }
  }, [current, rows]);
  useEffect(() => {
    if (focusIndex === undefined) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-key="${current}"]`);
    const box = listRef.current?.parentElement;
    if (!item || !box) return;
    const top = item.offsetTop;
    if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top - box.clientHeight / 3;
  }, [focusIndex, rows]);

  const moveTo = (key: string, index: number) => {
    fromKeyboard.current = true;
    setActive(key);
    onFocusChange(data.ids[index]!);
  };
  const move = (row: OutlineRow) => moveTo(row.key, row.index);
  const toggle = (i: number, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(i);
      else next.delete(i);
      return next;
    });
  /** Opens every node in `path` and the way to it. */
  const open = (path: number[]) =>
    setExpanded((prev) => {
      const missing = [...path, ...path.flatMap((p) => ancestorsOf(data, p))].filter((a) => !prev.has(a));
      return missing.length ? new Set([...prev, ...missing]) : prev;
    });

  const onKeyDown = (e: React.KeyboardEvent) => {
    const at = rows.findIndex((r) => r.key === current);
    const row = rows[at];
    if (!row || e.ctrlKey || e.metaKey || e.altKey) return;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        if (rows[at + 1]) move(rows[at + 1]!);
        break;
      case 'ArrowUp':
        if (rows[at - 1]) move(rows[at - 1]!);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) {
          fromKeyboard.current = true;
          toggle(row.index, true);
        } else if (row.expanded && rows[at + 1]) move(rows[at + 1]!);
        break;
      case 'ArrowLeft':
        if (row.expanded) {
          fromKeyboard.current = true;
          toggle(row.index, false);
        } else if (row.parent >= 0) moveTo(`n${row.parent}`, row.parent);
        break;
      case 'Home':
        move(rows[0]!);
        break;
      case 'End':
        move(rows[rows.length - 1]!);
        break;
      case 'Enter':
      case ' ':
        if (row.link) {
          // To the node's own place in the tree.
          open(ancestorsOf(data, row.index));
          moveTo(`n${row.index}`, row.index);
          break;
        }
        fromKeyboard.current = true;
        onFocusChange(data.ids[row.index]!);
        if (row.hasChildren) toggle(row.index, !row.expanded);
        break;
      default: {
        const stance = STANCE_KEYS[e.key.toLowerCase()];
        const target = stance ? stanceTarget(data, children, incoming, row, stance, visible) : undefined;
        if (!stance) handled = false;
        else if (target) {
          open(target.path);
          moveTo(rowKey(target.parent, target.child), target.child.index);
        }
      }
    }
    if (handled) e.preventDefault();
  };

  return (
    <>
      <p id="map-outline-keys" className="visually-hidden">
        Arrow keys move and open branches; S, O and U go to the next argument supporting, opposing or undercutting the current node; Enter on a row marked elsewhere goes to its own place.
      </p>
      <ul
        ref={listRef}
        role="tree"
        aria-label="Outline of the argument map"
        aria-describedby="map-outline-keys"
        className="map-outline"
        onKeyDown={onKeyDown}
        onFocus={() => (holdsFocus.current = true)}
        onBlur={(e) => {
          // Focus moving to another element outside: the reader left the outline.
          if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) holdsFocus.current = false;
        }}
      >
        {rows.map((r) => (
          <OutlineItem
            key={r.key}
            data={data}
            row={r}
            current={r.key === current}
            selected={r.index === focusIndex && r.key === current}
            context={!!visible && visible[r.index] === CONTEXT}
            onClick={(e) => {
              e.stopPropagation();
              setActive(r.key);
              onFocusChange(data.ids[r.index]!);
              if (r.hasChildren && (e.target as HTMLElement).closest('.twisty')) toggle(r.index, !r.expanded);
            }}
          />
        ))}
      </ul>
    </>
  );
}

/** What the node cites, for the row's description: each source's title and ECLI. */
function citationText(data: MapData, i: number): string {
  const sources = (data.sources[i] ?? []).map((s) => data.dict.sources[s]).filter((s) => s !== undefined);
  if (!sources.length) return 'Cites no source.';
  return `Cites: ${sources.map((s) => (s.ecli && !s.title.includes(s.ecli) ? `${s.title} (${s.ecli})` : s.title)).join('; ')}.`;
}

function OutlineItem({ data, row: r, current, selected, context, onClick }: { data: MapData; row: OutlineRow; current: boolean; selected: boolean; context: boolean; onClick: (e: React.MouseEvent) => void }) {
  const i = r.index;
  const g = glyphOf(data, i);
  const relation = MAP_RELATIONS[r.relation];
  const words = relation ? RELATION_WORDS[relation] : undefined;
  const descId = `outline-desc-${r.key}`;
  const target = r.parent >= 0 ? `${words ?? 'Under'} the ${kindWord(data, r.parent).toLowerCase()} “${data.titles[r.parent]}”. ` : '';
  const where = r.link ? `It lives elsewhere in the map, under “${data.titles[data.parent[i]!] ?? 'no parent'}”; Enter goes there. ` : '';
  return (
    <li
      role="treeitem"
      data-index={i}
      data-key={r.key}
      data-id={data.ids[i]}
      data-relation={relation ?? ''}
      data-link={r.link ? 'true' : undefined}
      aria-describedby={descId}
      aria-level={r.level}
      aria-setsize={r.size}
      aria-posinset={r.pos}
      aria-expanded={r.hasChildren ? r.expanded : undefined}
      aria-selected={selected}
      tabIndex={current ? 0 : -1}
      className={[context ? 'context' : '', r.link ? 'outline-link' : ''].filter(Boolean).join(' ') || undefined}
      style={{ paddingLeft: `${(r.level - 1) * 1.1 + 0.25}rem` }}
      onClick={onClick}
    >
      <span className="twisty" aria-hidden="true">
        {r.hasChildren ? (r.expanded ? '▾' : '▸') : ''}
      </span>
      <span className={`glyph glyph-${g}`} aria-hidden="true">
        {GLYPHS[g].symbol}
      </span>{' '}
      {words && relation !== 'answers' ? <span className="outline-relation">{words}</span> : words ? <span className="visually-hidden">{words}</span> : null}
      {words ? <span className="visually-hidden"> · </span> : null}
      {r.link ? (
        <>
          <span className="outline-elsewhere">
            <span aria-hidden="true">↗ </span>elsewhere
          </span>
          <span className="visually-hidden"> · </span>
        </>
      ) : null}
      <span className="visually-hidden">{kindWord(data, i)}: </span>
      {data.titles[i]}
      {data.community?.includes(i) ? <span className="community-tag"> community</span> : null}
      <span id={descId} hidden>
        {target}
        {where}
        {citationText(data, i)}
      </span>
    </li>
  );
}
