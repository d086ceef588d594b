import Link from 'next/link';
import { getCorpus } from '@/lib/data/corpus';
import type { QuestionNode } from '@/lib/model/schema';
import { FeedLink } from '@/components/FeedLink';

export default function HomePage() {
  const corpus = getCorpus();
  const questions = corpus.graph.roots
    .map((id) => corpus.graph.node(id))
    .filter((n): n is QuestionNode => n?.kind === 'question');
  const countOf = (id: string, kind: string) => corpus.graph.children(id).filter((e) => corpus.graph.node(e.from)?.kind === kind).length;
  return (
    <>
      <h1>The encrypted-phone evidence debate, mapped</h1>
      <p className="lede">
        Admissible maps the legal and ethical questions raised when police hacked or intercepted encrypted-phone networks such as
        EncroChat, Sky ECC and ANOM, and whether the evidence may be used in court. Every question, position and argument is
        attributed to whoever holds it and cited to the source, with each court&apos;s answer alongside.
      </p>
      <h2 id="questions">The questions</h2>
      {questions.length === 0 ? <p>No questions in the corpus yet.</p> : null}
      <ol className="question-list" aria-labelledby="questions">
        {questions.map((q) => (
          <li key={q.id}>
            <Link href={`/questions/${q.id}`}>{q.title}</Link>
            <div className="muted small">
              {countOf(q.id, 'position')} positions · {corpus.holdings.filter((h) => h.question === q.id).length} rulings
            </div>
          </li>
        ))}
      </ol>
      <FeedLink scope={{ kind: 'site' }} label="new rulings and approved contributions" />
      <p className="muted small">
        Dataset version {corpus.version}: {corpus.nodes.length} nodes, {corpus.sources.length} sources, {corpus.holdings.length} holdings.
      </p>
    </>
  );
}
