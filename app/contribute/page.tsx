import { connection } from 'next/server';
import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { ALLOWED_RELATIONS, CONTRIBUTION_KINDS, LIMITS } from '@/lib/store/rules';
import { ACTOR_KINDS, PINPOINT_KINDS, SOURCE_TYPES } from '@/lib/model/schema';
import { SOURCE_TYPE_LABELS } from '@/lib/model/labels';
import { ContributeForm, type ContributeFormProps } from '@/components/contribute/ContributeForm';

export const metadata: Metadata = { title: 'Contribute', description: 'Propose a sourced position, argument, fact or source for the map.' };

export default async function ContributePage({ searchParams }: { searchParams: Promise<{ target?: string | string[] }> }) {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  const { target: rawTarget } = await searchParams;
  const corpus = getCorpus();
  const target = typeof rawTarget === 'string' ? corpus.graph.node(rawTarget) : undefined;
  if (!target) {
    const nodes = [...corpus.nodes].sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
    return (
      <>
        <h1>Contribute</h1>
        <p className="lede">
          Know a ruling, an argument or a fact that the map is missing? Propose it with its source. A moderator reviews every
          contribution before it appears, marked as a community contribution with where it came from.
        </p>
        {typeof rawTarget === 'string' ? <p role="alert">There is no node “{rawTarget.slice(0, 80)}” in the map. Choose one below.</p> : null}
        {nodes.length === 0 ? (
          <p>The map has no nodes yet, so there is nothing to contribute to.</p>
        ) : (
          <form method="get" action="/contribute" className="contribute-pick">
            <label htmlFor="target">What do you want to contribute to?</label>
            <select id="target" name="target" required defaultValue="">
              <option value="" disabled>
                Choose a question, position, argument or fact
              </option>
              {nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.kind}: {n.title}
                </option>
              ))}
            </select>
            <button type="submit">Continue</button>
          </form>
        )}
        <p className="small muted">You can also use “Contribute” on any node of the map.</p>
      </>
    );
  }
  const relations: ContributeFormProps['relations'] = {};
  for (const kind of CONTRIBUTION_KINDS) {
    const allowed = ALLOWED_RELATIONS[kind][target.kind];
    if (allowed?.length) relations[kind] = [...allowed];
  }
  const props: ContributeFormProps = {
    target: { id: target.id, kind: target.kind, title: target.title, text: target.text },
    relations,
    sources: corpus.sources.map((s) => ({ id: s.id, title: s.title, date: s.date })).sort((a, b) => a.title.localeCompare(b.title)),
    actors: corpus.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind })).sort((a, b) => a.name.localeCompare(b.name)),
    jurisdictions: corpus.jurisdictions.map((j) => ({ code: j.code, name: j.name })),
    actorKinds: [...ACTOR_KINDS],
    sourceTypes: SOURCE_TYPES.map((t) => ({ value: t, label: SOURCE_TYPE_LABELS[t] })),
    pinpointKinds: [...PINPOINT_KINDS],
    limits: { title: LIMITS.title.max, text: LIMITS.text.max, sources: LIMITS.sources.max },
  };
  return (
    <>
      <h1>Contribute to this {target.kind}</h1>
      <div className="card contribute-target">
        <div className="kind-tag">{target.kind}</div>
        <p>
          <strong>{target.title}</strong>
        </p>
        <p className="small">{target.text}</p>
      </div>
      <p>
        Every contribution needs a source and says who advances it. A moderator reviews it before it joins the map, marked as a
        community contribution. Write in plain text; it is shown exactly as typed.
      </p>
      <noscript>
        <p className="notice">This form needs JavaScript. Without it, you can send the same contribution as JSON to /api/contributions (the README describes it).</p>
      </noscript>
      <ContributeForm {...props} />
    </>
  );
}
