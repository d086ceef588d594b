/** "Contribute" on a node: opens the contribution form with the node as its target. */
export function ContributeLink({ nodeId, title }: { nodeId: string; title: string }) {
  // Community nodes are contributed to through the curated node they hang from.
  if (nodeId.startsWith('community-')) return null;
  return (
    <a className="contribute-link" href={`/contribute?target=${encodeURIComponent(nodeId)}`} aria-label={`Contribute to “${title}”`}>
      Contribute
    </a>
  );
}
