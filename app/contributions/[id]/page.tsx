import { connection } from 'next/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/data/corpus';
import { getStore } from '@/lib/store/db';
import { getContribution, publicSubmission } from '@/lib/store/contributions';
import { communityNodeId } from '@/lib/store/community';
import { nodeHref } from '@/components/contribute/links';
import { ContributionView, StatusBadge } from '@/components/contribute/ContributionView';
import { SuggestionView } from '@/components/contribute/SuggestionView';
import { isNodeSubmission } from '@/lib/store/suggestions';

export const metadata: Metadata = { title: 'Contribution status', robots: { index: false } };

export default async function ContributionStatusPage({ params }: { params: Promise<{ id: string }> }) {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  const { id } = await params;
  const contribution = await getContribution(await getStore(), id);
  if (!contribution) notFound();
  const corpus = getCorpus();
  const target = corpus.graph.node(contribution.target);
  return (
    <>
      <h1>Contribution {contribution.id.slice(0, 8)}</h1>
      <p>
        <StatusBadge status={contribution.status} />{' '}
        <span className="muted small">
          received {contribution.createdAt.slice(0, 10)}
          {contribution.decidedAt ? `, decided ${contribution.decidedAt.slice(0, 10)}` : ''}
        </span>
      </p>
      {contribution.status === 'pending' ? <p>A moderator will review it. Keep this page’s address to follow it.</p> : null}
      {contribution.status === 'rejected' ? (
        <div className="card">
          <h2 className="small-heading">Why it was not accepted</h2>
          <p className="user-text">{contribution.reason}</p>
        </div>
      ) : null}
      {contribution.status === 'approved' ? (
        <p>
          {contribution.kind === 'ruling'
            ? 'A moderator checked it; it now waits for the editors, who verify the ruling and add it to the corpus.'
            : contribution.kind === 'pinpoint'
              ? 'A moderator checked it; the citation now shows this pinpoint, marked as suggested by a reader.'
              : `It is now part of the map as a community contribution${contribution.kind === 'source' ? ' (a citation on its node)' : ` (node ${communityNodeId(contribution.id)})`}.`}{' '}
          Editors may later promote it into the curated corpus.
        </p>
      ) : null}
      {/* A rejected submission's text and links are no longer published: only its status, date and reason. */}
      {contribution.status === 'rejected' ? null : (
        <>
          <h2>What was submitted{contribution.status === 'approved' && contribution.decidedBy ? ' (as approved)' : ''}</h2>
          {isNodeSubmission(contribution.submission) ? (
            <ContributionView submission={publicSubmission(contribution.submission)} targetTitle={target?.title} targetHref={target ? nodeHref(target) : undefined} sourceTitle={(sid) => corpus.sourceById.get(sid)?.title} />
          ) : (
            <SuggestionView submission={publicSubmission(contribution.submission)} corpus={corpus} />
          )}
        </>
      )}
    </>
  );
}
