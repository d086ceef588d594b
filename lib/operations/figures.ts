/**
 * Groups an operation's figures so that numbers which count the same thing are shown side by side:
 * a group whose sources give different values is "disputed", whatever single records say.
 */
import type { Operation } from '@/lib/model/schema';

type Figure = Operation['figures'][number];

export interface FigureGroup {
  /** The group key, or the figure id for a figure that stands alone. */
  key: string;
  label: string;
  figures: Figure[];
  /** True when the figures disagree, or when an editor marked one as disputed. */
  disputed: boolean;
}

export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = f.group ?? f.id;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()].map(([key, list]) => ({
    key,
    label: list[0]!.label,
    figures: list,
    disputed: list.some((f) => f.disputed) || new Set(list.map((f) => f.value)).size > 1,
  }));
}
