import type { Metadata } from 'next';
import { getCorpus } from '@/lib/data/corpus';
import { cellRule } from '@/lib/compare/matrix';

export const metadata: Metadata = {
  title: 'Matrix: each question’s answers and rule',
  description: 'For every question, the answers a ruling can give, what each means, and the steps that derive a matrix cell from the rulings.',
};

/** Each question's answers and the steps that derive its cells: kept off /matrix so that page stays small. */
export default function MatrixRulesPage() {
  const rules = getCorpus().nodes.flatMap((n) => (n.kind === 'question' ? [cellRule(n)] : []));
  return (
    <>
      <h1>Each question’s answers and rule</h1>
      <p className="lede">
        A matrix cell shows one of its question’s own answers. Below, every question’s answers with what a ruling giving each decided, and
        the steps that derive a cell from the rulings. The general rule is on the <a href="/matrix#rule">matrix page</a>.
      </p>
      {rules.map((rule) => (
        <section key={rule.question} id={`rule-${rule.question}`} className="card question-rule" data-question={rule.question}>
          <h2>
            <a href={`/questions/${rule.question}`}>{rule.title}</a>
          </h2>
          <dl className="rule-legend">
            {rule.legend.map((a) => (
              <div key={a.id} data-answer={a.id}>
                <dt>{a.label}</dt>
                <dd>{a.meaning}</dd>
              </div>
            ))}
          </dl>
          <ol className="small">
            {rule.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
