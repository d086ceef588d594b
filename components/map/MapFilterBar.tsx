'use client';
/** Filter controls: one group of checkboxes per facet, and the "as of" day. */
import { useState } from 'react';
import type { MapData } from '@/lib/map/encoding';
import { MAP_ACTOR_KINDS, MAP_AUTHORITIES, MAP_STANCES, MAP_VERIFICATIONS } from '@/lib/map/encoding';
import type { MapFilters } from '@/lib/map/filter';
import { actorKindLabel } from '@/lib/model/attribution';
import { AUTHORITY_LABELS, VERIFICATION_LABELS } from '@/lib/model/labels';

export interface MapFilterBarProps {
  data: MapData;
  filters: MapFilters;
  onChange: (filters: MapFilters) => void;
}

const STANCE_LABELS = { supports: 'Supports', opposes: 'Opposes', undercuts: 'Undercuts' } as const;

export function MapFilterBar({ data, filters, onChange }: MapFilterBarProps) {
  const facets: { key: keyof MapFilters; legend: string; options: { value: string; label: string }[] }[] = [
    { key: 'jurisdictions', legend: 'Jurisdiction', options: data.dict.jurisdictions.map((j) => ({ value: j.code, label: `${j.name} (${j.code})` })) },
    { key: 'operations', legend: 'Operation', options: data.dict.operations.map((o) => ({ value: o.id, label: o.name })) },
    { key: 'actorKinds', legend: 'Who advances it', options: MAP_ACTOR_KINDS.map((k) => ({ value: k, label: actorKindLabel(k) })) },
    { key: 'stances', legend: 'Stance', options: MAP_STANCES.map((s) => ({ value: s, label: STANCE_LABELS[s] })) },
    { key: 'authorities', legend: 'Source authority', options: MAP_AUTHORITIES.map((a) => ({ value: a, label: AUTHORITY_LABELS[a] })) },
    { key: 'verification', legend: 'Source verification', options: MAP_VERIFICATIONS.map((v) => ({ value: v, label: VERIFICATION_LABELS[v].label })) },
  ];
  const active = facets.reduce((n, f) => n + filters[f.key].length, 0);
  // The checkboxes are built when the box is first opened: a hundred controls nobody has asked for
  // would otherwise lengthen the task that first shows the map.
  const [opened, setOpened] = useState(false);
  return (
    <details className="map-filters" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        Filters{active ? ` (${active} on)` : ''}
      </summary>
      <div className="map-filter-groups">
        {opened && facets.map((f) =>
          f.options.length ? (
            <fieldset key={f.key} data-facet={f.key}>
              <legend>{f.legend}</legend>
              {f.options.map((o) => {
                const values = filters[f.key] as string[];
                const checked = values.includes(o.value);
                return (
                  <label key={o.value}>
                    <input
                      type="checkbox"
                      value={o.value}
                      checked={checked}
                      onChange={() => onChange({ ...filters, [f.key]: checked ? values.filter((v) => v !== o.value) : [...values, o.value].sort() })}
                    />{' '}
                    {o.label}
                  </label>
                );
              })}
            </fieldset>
          ) : null,
        )}
      </div>
      {active ? (
        <button type="button" onClick={() => onChange({ operations: [], jurisdictions: [], actorKinds: [], stances: [], authorities: [], verification: [] })}>
          Clear all filters
        </button>
      ) : null}
    </details>
  );
}
