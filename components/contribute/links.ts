/** Where a node lives on the site: questions have their own pages, the rest are node pages. */
export function nodeHref(node: { id: string; kind: string }): string {
  return node.kind === 'question' ? `/questions/${encodeURIComponent(node.id)}` : `/node/${encodeURIComponent(node.id)}`;
}
