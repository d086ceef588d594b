import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getCommunityCorpus } from '@/lib/store/read';
import { NodeCard } from '@/components/NodeCard';
import { ProvenanceNote } from '@/components/contribute/ProvenanceNote';
import { nodeHref } from '@/components/contribute/links';
import { PinpointText } from '@/components/PinpointText';
import { pinpointAt, PINPOINT_KEY_SUFFIX } from '@/lib/store/community';

export const metadata: Metadata = { title: 'Community contributions', description: 'Positions, arguments, facts and sources proposed by readers and approved by moderators.' };

export default async function CommunityPage() {
  // Rendered per request: approved contributions join the map at read time.
  await connection();
  const corpus = await getCommunityCorpus();
  const entries = [...corpus.community.entries()];
  const nodes = entries.filter(([id]) => corpus.graph.node(id)).map(([id, provenance]) => ({ node: corpus.graph.node(id)!, provenance }));
  const pinpoints = entries.filter(([key]) => key.endsWith(PINPOINT_KEY_SUFFIX));
  const citations = entries.filter(([key]) => key.includes('#') && !key.endsWith(PINPOINT_KEY_SUFFIX)).map(([key, provenance]) => {
    const [target, index] = key.split('#');
    const node = corpus.graph.node(target!)!;
    const citation = node.citations[Number(index)]!;
    return { node, citation, source: corpus.sourceById.get(citation.source), provenance };
  });
  return (
    <>
      <h1>Community contributions</h1>
      <p className="lede">
        Positions, arguments, facts and sources proposed by readers and approved by a moderator. They are part of the map, marked as community
        contributions with where they came from; editors verify them before promoting them into the curated corpus.
      </p>
      <p>
        <a href="/contribute">Contribute</a> · each contribution’s status page shows exactly what was submitted and decided.
      </p>
      <h2>Nodes ({nodes.length})</h2>
      {nodes.length === 0 ? <p>No approved community nodes yet.</p> : null}
      {nodes.map(({ node, provenance }) => {
        const target = corpus.graph.node(node.links[0]?.target ?? '');
        return (
          <section key={node.id} aria-label={`Community ${node.kind}: ${node.title}`}>
            <p className="small">
              <span className="community-mark">Community contribution</span>{' '}
              {target ? (
                <>
                  on <a href={nodeHref(target)}>{target.title}</a>
                </>
              ) : null}
            </p>
            <NodeCard node={node} corpus={corpus} relation={node.links[0]?.relation} />
            <ProvenanceNote provenance={provenance} />
          </section>
        );
      })}
      <h2>Sources added to existing nodes ({citations.length})</h2>
      {citations.length === 0 ? <p>None yet.</p> : null}
      <ul className="citations">
        {citations.map(({ node, citation, source, provenance }) => (
          <li key={`${provenance.contributionId}-${citation.source}`}>
            <span className="user-text">{source?.title ?? citation.source}</span>
            {citation.pinpoint ? `, ${citation.pinpoint.kind} ${citation.pinpoint.value}` : ''} — for <a href={nodeHref(node)}>{node.title}</a>.{' '}
            <ProvenanceNote provenance={provenance} inline />
          </li>
        ))}
      </ul>
      <h2>Pinpoints supplied by readers ({pinpoints.length})</h2>
      {pinpoints.length === 0 ? <p>None yet.</p> : null}
      <ul className="citations">
        {pinpoints.map(([key, provenance]) => {
          const place = pinpointAt(corpus, key);
          return (
            <li key={key}>
              {place ? (
                <>
                  {place.pinpoint ? <PinpointText pinpoint={place.pinpoint} /> : null} in {place.source?.title ?? 'a source'} — <a href={place.href}>{place.title}</a>.{' '}
                </>
              ) : null}
              <ProvenanceNote provenance={provenance} inline />
            </li>
          );
        })}
      </ul>
    </>
  );
}
