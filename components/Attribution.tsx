/** "Who advances it": actor names with what they did (held, argued, writes…). */
import type { Actor } from '@/lib/model/schema';
import { actorJurisdictionLabel, attributionVerb } from '@/lib/model/attribution';

/** actors: the node's advancedBy, resolved. */
export function Attribution({ actors }: { actors: Actor[] }) {
  if (actors.length === 0) return null;
  return (
    <p className="small attribution">
      {actors.map((a, i) => (
        <span key={a.id}>
          {i > 0 ? '; ' : ''}
          <strong>{a.name}</strong> <span className="muted">({actorJurisdictionLabel(a.jurisdiction)}) {attributionVerb(a.kind)}</span>
        </span>
      ))}
    </p>
  );
}
