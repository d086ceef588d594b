import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus, getCorpusAsOf, questionParams } from '@/lib/data/corpus';
import { asOfParam, withAsOf } from '@/lib/asof';
import { NodeCard } from '@/components/NodeCard';
import { Citation } from '@/components/Citation';
import { HoldingList } from '@/components/HoldingList';
import { LazyHoldings } from '@/components/LazyHoldings';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CommunityContributions } from '@/components/contribute/CommunityContributions';
import { NotYet } from '@/components/NotYet';
import { FeedLink } from '@/components/FeedLink';
import { feedAlternates } from '@/lib/feeds/metadata';

export const dynamicParams = false;

export const generateStaticParams = questionParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const q = getCorpus().graph.node(id);
  return q ? { title: q.title, description: q.text.slice(0, 200), alternates: feedAlternates({ kind: 'question', id }, `Admissible: ${q.title}`) } : {};
}

export default async function QuestionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const asOf = asOfParam(await searchParams);
  const corpus = getCorpusAsOf(asOf);
  if (getCorpus().graph.node(id)?.kind !== 'question') notFound();
  const question = corpus.graph.node(id);
  if (!question || question.kind !== 'question') return <NotYet what="question" asOf={asOf!} />;
  const positions = corpus.graph
    .children(id)
    .filter((e) => e.relation === 'answers')
    .map((e) => corpus.graph.node(e.from))
    .filter((n) => n !== undefined);
  const subquestions = corpus.graph
    .children(id)
    .filter((e) => e.relation === 'subquestion-of')
    .map((e) => corpus.graph.node(e.from))
    .filter((n) => n !== undefined);
  const holdings = corpus.holdings.filter((h) => h.question === id);
  return (
    <>
      <Breadcrumbs crumbs={[{ label: 'Questions', href: '/' }, { label: question.title }]} />
      <h1>{question.title}</h1>
      <p className="lede">{question.text}</p>
      <FeedLink scope={{ kind: 'question', id }} label="new rulings and contributions on this question" />
      {question.citations.length ? (
        <ul className="citations">
          {/* As of a date the list leaves out later sources, so its indexes are not the record's: no suggestions there. */}
          {question.citations.map((c, i) => (
            <Citation key={i} citation={c} source={corpus.sourceById.get(c.source)} suggest={asOf ? undefined : { target: question.id, citation: i }} />
          ))}
        </ul>
      ) : null}
      <nav className="toc" aria-label="On this page">
        <h2 className="toc-title">On this page</h2>
        <ol>
          {subquestions.length ? (
            <li>
              <a href="#subquestions">Sub-questions ({subquestions.length})</a>
            </li>
          ) : null}
          <li>
            <a href="#positions">Positions ({positions.length})</a>
            <ol>
              {positions.map((p) => (
                <li key={p.id}>
                  <a href={`#${p.id}`}>{p.title}</a>
                </li>
              ))}
            </ol>
          </li>
          <li>
            <a href="#rulings">How courts have answered ({holdings.length})</a>
          </li>
        </ol>
      </nav>
      {subquestions.length ? (
        <section aria-labelledby="subquestions">
          <h2 id="subquestions">Sub-questions</h2>
          <ul>
            {subquestions.map((s) => (
              <li key={s.id}>
                <a href={withAsOf(`/questions/${s.id}`, asOf)}>{s.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="positions">
        <h2 id="positions">Positions ({positions.length})</h2>
        <p className="muted small">Each argument has its own page, with its citations and the replies to it.</p>
        {positions.map((p) => (
          <NodeCard key={p.id} node={p} corpus={corpus} brief />
        ))}
        {/* Positions contributed by readers and approved since the build, fetched live; today's view only. */}
        {asOf ? null : <CommunityContributions nodeId={id} />}
      </section>
      <section aria-labelledby="rulings">
        <h2 id="rulings">How courts have answered ({holdings.length})</h2>
        {question.answers.length ? (
          <>
            <p>A ruling gives one of these answers to this question; the matrix shows them by jurisdiction (<a href={`/matrix/rules#rule-${id}`}>how a cell is decided</a>).</p>
            <dl className="rule-legend" aria-label="Answers to this question">
              {question.answers.map((a) => (
                <div key={a.id} data-answer={a.id}>
                  <dt>{a.label}</dt>
                  <dd>
                    {a.meaning}
                    {a.positions.some((p) => corpus.graph.node(p)) ? (
                      <span className="small muted">
                        {' '}
                        Positions:{' '}
                        {/* As of a date, only the positions stated by then. */}
                        {a.positions.filter((p) => corpus.graph.node(p)).map((p, i) => (
                          <span key={p}>
                            {i ? ', ' : ''}
                            <a href={withAsOf(`/node/${p}`, asOf)}>{corpus.graph.node(p)?.title ?? p}</a>
                          </span>
                        ))}
                      </span>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        {holdings.length ? (
          // Loaded when opened: listed here in full, the rulings were most of the page's weight.
          <LazyHoldings question={id} count={holdings.length} asOf={asOf} listHref={withAsOf(`/rulings?question=${id}`, asOf)} />
        ) : (
          <HoldingList holdings={holdings} corpus={corpus} />
        )}
      </section>
      <p className="small">
        <a href={withAsOf(`/node/${id}`, asOf)}>Cite this question</a> (OSCOLA, APA, Chicago)
      </p>
    </>
  );
}
