/** A holding in the court's own terms: its answer to the question, what the court pronounced, and the evidence effect only where there was one. */
import type { HoldingWords } from '@/lib/model/labels';

export function HoldingTerms({ words, showReason = true }: { words: HoldingWords; showReason?: boolean }) {
  return (
    <span className="holding-terms" data-answer={words.answerId}>
      <strong className={words.answerId === 'not-reached' ? 'answer not-reached' : 'answer'}>{words.answer}</strong>
      <span className="disposition"> · {words.disposition}</span>
      {words.evidence ? <span className="evidence"> · {words.evidence}</span> : null}
      {showReason && words.notReached ? <span className="not-reached-reason small muted"> ({words.notReached})</span> : null}
    </span>
  );
}
