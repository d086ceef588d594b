/** A position, argument or fact with who advances it, its citations, and its own arguments below it. */
import type { DebateNode } from '@/lib/model/schema';
import type { LoadedCorpus } from '@/lib/data/corpus';
import { Attribution } from './Attribution';
import { Citation } from './Citation';
import { ContributeLink } from './contribute/ContributeLink';
import { FactStatus } from './FactStatus';

const STANCE: Record<string, { symbol: string; word: string }> = {
  supports: { symbol: '+', word: 'Supports' },
  opposes: { symbol: '−', word: 'Opposes' },
  undercuts: { symbol: '⤳', word: 'Undercuts' },
};

/**
 * node: what to show; corpus: for resolving actors, sources and children; depth guards against deep
 * nesting; brief: list the arguments below as links to their own pages instead of nesting their
 * cards, and the citations as source, pinpoint and status without their notes and quotes (the
 * node's own page has them), so question and operation pages stay a readable size.
 */
export function NodeCard({ node, corpus, relation, depth = 0, brief = false }: { node: DebateNode; corpus: LoadedCorpus; relation?: string; depth?: number; brief?: boolean }) {
  const actors = node.advancedBy.map((id) => corpus.actorById.get(id)).filter((a) => a !== undefined);
  const children = corpus.graph
    .children(node.id)
    .filter((e) => e.relation === 'supports' || e.relation === 'opposes' || e.relation === 'undercuts');
  const stance = relation ? STANCE[relation] : undefined;
  const resolve = (ids: string[]) => ids.map((id) => corpus.actorById.get(id)).filter((a) => a !== undefined);
  const factsRelied = corpus.graph
    .parents(node.id)
    .filter((e) => e.relation === 'relies-on-fact')
    .map((e) => corpus.graph.node(e.to))
    .filter((n) => n?.kind === 'fact');
  return (
    <article className="card" id={node.id} aria-labelledby={`${node.id}-title`}>
      <div className="kind-tag">
        {stance ? (
          <span className={`stance ${relation}`}>
            <span aria-hidden="true">{stance.symbol}</span> {stance.word}
          </span>
        ) : null}{' '}
        {`${node.kind} · first stated ${node.firstStated}`}
      </div>
      {node.kind === 'fact' ? (
        <p className="small">
          <FactStatus fact={node} courts={resolve(node.establishedBy)} />
        </p>
      ) : null}
      <h3 id={`${node.id}-title`}>
        <a href={`/node/${node.id}`}>{node.title}</a>
      </h3>
      <p>{node.text}</p>
      <Attribution actors={actors} />
      {factsRelied.length ? (
        <div className="small">
          Relies on {factsRelied.length === 1 ? 'a fact' : 'facts'}:
          <ul className="facts-relied">
            {factsRelied.map((f) =>
              f?.kind === 'fact' ? (
                <li key={f.id}>
                  <a href={`/node/${f.id}`}>{f.title}</a> <FactStatus fact={f} courts={resolve(f.establishedBy)} />
                </li>
              ) : null,
            )}
          </ul>
        </div>
      ) : null}
      <ContributeLink nodeId={node.id} title={node.title} />
      <details>
        <summary>{`${node.citations.length} citation${node.citations.length === 1 ? '' : 's'}`}</summary>
        <ul className="citations">
          {node.citations.map((c, i) => (
            <Citation key={i} citation={c} source={corpus.sourceById.get(c.source)} suggest={{ target: node.id, citation: i }} brief={brief} />
          ))}
        </ul>
        {brief ? (
          <p className="small">
            <a href={`/node/${node.id}`}>Quotes, notes and pinpoints of these citations</a>
          </p>
        ) : null}
      </details>
      {children.length > 0 && brief ? (
        <ul className="args-brief" aria-label={`Arguments on “${node.title}”`}>
          {children.map((e) => {
            const child = corpus.graph.node(e.from);
            const st = STANCE[e.relation]!;
            const replies = child ? corpus.graph.children(child.id).filter((c) => c.relation in STANCE).length : 0;
            return child ? (
              <li key={`${e.from}-${e.relation}`}>
                <span className={`stance ${e.relation}`}>
                  <span aria-hidden="true">{st.symbol}</span> {st.word}
                </span>{' '}
                <a href={`/node/${child.id}`}>{child.title}</a>
                {replies ? <span className="muted small"> ({replies} repl{replies === 1 ? 'y' : 'ies'})</span> : null}
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
      {children.length > 0 && !brief && depth < 6 ? (
        <ul className="args">
          {children.map((e) => {
            const child = corpus.graph.node(e.from);
            return child ? (
              <li key={`${e.from}-${e.relation}`}>
                <NodeCard node={child} corpus={corpus} relation={e.relation} depth={depth + 1} />
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
    </article>
  );
}
