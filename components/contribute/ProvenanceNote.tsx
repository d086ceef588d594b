/** Where a community contribution came from: who (if they gave a name), when it was approved, any declared conflict. */
import type { Provenance } from '@/lib/store/community';

export function ProvenanceNote({ provenance, inline = false }: { provenance: Provenance; inline?: boolean }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="small muted provenance">
      Proposed by <span className="user-text">{provenance.contributor ?? 'an anonymous contributor'}</span>, approved {provenance.approvedAt.slice(0, 10)}
      {provenance.conflictOfInterest ? (
        <>
          ; declared conflict of interest: <span className="user-text">{provenance.conflictOfInterest}</span>
        </>
      ) : null}
      . <a href={provenance.statusUrl}>Contribution record</a>
    </Tag>
  );
}
