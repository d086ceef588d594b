import type { Metadata } from 'next';
import { VERIFICATION_LABELS } from '@/lib/model/labels';
import { VerificationBadge } from '@/components/VerificationBadge';
import { VERIFICATION_STATUSES } from '@/lib/model/schema';
import { getCorpus } from '@/lib/data/corpus';
import { citationCoverage } from '@/lib/data/coverage';

export const metadata: Metadata = { title: 'About and method', description: 'How Admissible is made: neutrality, verification, how to cite it, and its licences.' };

export default function AboutPage() {
  const corpus = getCorpus();
  const { version } = corpus;
  const coverage = citationCoverage(corpus);
  const percent = (part: number, whole: number) => `${whole ? Math.round((part / whole) * 100) : 0}%`;
  return (
    <>
      <h1>About and method</h1>
      <p className="lede">
        Admissible is a map of a legal debate, not a party to it. It records who holds each position and what each court decided,
        with the source for every statement, so that readers can check everything themselves.
      </p>
      <h2>Neutrality</h2>
      <p>
        Each question carries the strongest form of every position that has actually been taken, with the arguments for and
        against it. Positions and arguments are attributed to those who advance them: a court <em>held</em>, the defence or the
        prosecution <em>argued</em>, a scholar <em>writes</em>. The site does not speak in its own voice on contested points;
        where sources disagree on a fact or a figure, each version is shown with its source and marked as disputed.
      </p>
      <h2>Sources and verification</h2>
      <p>
        Every source record says where it was checked. Summaries and argument texts are written by the editors; quotations are
        only words seen verbatim in the source, in the original language, with an English translation labelled official or
        unofficial. Each source carries one of these statuses:
      </p>
      <dl>
        {VERIFICATION_STATUSES.map((s) => (
          <div key={s}>
            <dt>
              <VerificationBadge status={s} />
            </dt>
            <dd>{VERIFICATION_LABELS[s].explanation}</dd>
          </div>
        ))}
      </dl>
      <p>
        Authority levels rank sources from primary law (legislation) and court rulings, through official statements, to
        scholarship, NGO work and the press. What courts decided is recorded in their own terms: for each
        ruling, the answer it gave to the question in that question&apos;s own vocabulary (or that it did not reach the question), what the court
        pronounced (declared inadmissible, dismissed, a reference answered and so on), and an effect on the evidence only where the ruling had
        one. The matrix derives each cell from these holdings, never typed separately; its page lists every question&apos;s answers and rule.
      </p>
      <h2 id="pinpoints">Pinpoints</h2>
      <p>
        A paragraph, page or article number is given only where the editors read that number in the source itself, in a
        faithful full-text copy of it, or in another court&apos;s citation of it; where it was read somewhere other than the
        source&apos;s own page, the citation links to that page. A number found only in a law firm&apos;s, a blog&apos;s or a
        newspaper&apos;s summary is never given as a pinpoint. Where no number could be read, the citation says why, so a
        missing pinpoint is never silent.
      </p>
      <p>
        {`Today ${coverage.primary} of the ${coverage.citations} citations made by positions and arguments (${percent(coverage.primary, coverage.citations)}) point to primary sources. `}
        {`Of the ${coverage.pinpointable} that cite a numbered ruling, law or report, ${coverage.pinpointed} (${percent(coverage.pinpointed, coverage.pinpointable)}) carry a pinpoint and ${coverage.explained} say why they do not: `}
        for most judgments only the opening, the court&apos;s summary or a press release could be read.{' '}
        {`${coverage.holdingsPinpointed} of the ${coverage.holdings} holdings carry a pinpoint.`}
      </p>
      <h2>How to cite Admissible</h2>
      <p>
        Cite the page&apos;s permanent address and the dataset version shown on the home page (currently <code>{version}</code>),
        with the date you accessed it. For example: <em>Admissible, ‘Question title’ (dataset {version}) &lt;URL&gt; accessed
        29 November 2026</em>. Better still, cite the underlying ruling or source to its paragraph; every citation on this site
        names it.
      </p>
      <h2>Licences</h2>
      <p>
        The code is released under the MIT licence. The curated content in <code>data/</code> (questions, positions, arguments,
        summaries, holdings and source records) is released under the Creative Commons Attribution-ShareAlike 4.0 International
        licence (CC BY-SA 4.0). Quoted passages from judgments and other sources remain subject to their own terms and are
        reproduced as short quotations for reference.
      </p>
      <h2>Not legal advice</h2>
      <p>This is a reference for research. It is not legal advice, and the law in each jurisdiction may have moved on.</p>
    </>
  );
}
