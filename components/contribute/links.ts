/** Where a node lives on the site: questions have their own pages, the rest are node pages. */
export function nodeHref(node: { id: string; kind: string }): string {
  return node.kind === 'question' ? `/questions/${encodeURIComponent(node.id)}` : `/node/${encodeURIComponent(node.id)}`;
}

/** A citation (node id and index) or a holding. */
export type PinpointPlace = { target: string; citation: number } | { holding: string };

/** The form where readers suggest a pinpoint for a citation or holding that has none. */
export function suggestPinpointHref(place: PinpointPlace): string {
  return 'holding' in place
    ? `/contribute?suggest=pinpoint&holding=${encodeURIComponent(place.holding)}`
    : `/contribute?suggest=pinpoint&target=${encodeURIComponent(place.target)}&citation=${place.citation}`;
}
