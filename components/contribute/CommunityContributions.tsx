'use client';
/**
 * Approved community contributions on one node, fetched from /api/community so that a statically
 * generated node page can show them without becoming dynamic. Renders nothing when there are none.
 */
import { useEffect, useState } from 'react';

interface Item {
  node: { id: string; kind: string; title: string; text: string; links: { relation: string; target: string }[] };
  provenance: { contributionId: string; contributor?: string; approvedAt: string; conflictOfInterest: string | null; statusUrl: string };
}

export function CommunityContributions({ nodeId }: { nodeId: string }) {
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/community?target=${encodeURIComponent(nodeId)}`, { signal: controller.signal })
      .then((res) => (res.ok ? res.json() : { items: [] }))
      .then((body: { items?: Item[] }) => setItems(Array.isArray(body.items) ? body.items : []))
      .catch(() => undefined);
    return () => controller.abort();
  }, [nodeId]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`community-${nodeId}`} className="community-section">
      <h2 id={`community-${nodeId}`}>Community contributions</h2>
      <ul className="args">
        {items.map(({ node, provenance }) => (
          <li key={node.id}>
            <article className="card">
              <div className="kind-tag">
                <span className="community-mark">Community</span> {node.kind} · {node.links.find((l) => l.target === nodeId)?.relation}
              </div>
              <h3 className="user-text">{node.title}</h3>
              <p className="user-text">{node.text}</p>
              <p className="small muted">
                Proposed by <span className="user-text">{provenance.contributor ?? 'an anonymous contributor'}</span>, approved {provenance.approvedAt.slice(0, 10)}
                {provenance.conflictOfInterest ? '; declared a conflict of interest' : ''}. <a href={provenance.statusUrl}>Contribution record</a>
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
