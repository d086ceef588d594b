/**
 * One contribution as readers and moderators see it. Every string is rendered as text by React
 * (escaped), line breaks kept by CSS; links only ever carry http(s) URLs, checked again here.
 */
import type { Submission } from '@/lib/store/rules';
import { ContributorFacts } from './ContributorFacts';

const STATUS_LABELS = { pending: 'Awaiting review', approved: 'Approved', rejected: 'Rejected' } as const;

function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function StatusBadge({ status }: { status: keyof typeof STATUS_LABELS }) {
  return (
    <span className={`badge status-${status}`}>
      <span aria-hidden="true">{status === 'approved' ? '✓' : status === 'rejected' ? '✕' : '…'}</span> {STATUS_LABELS[status]}
    </span>
  );
}

/** submission: the stored contribution; showEmail only in the moderation view; sourceTitle resolves existing source ids. */
export function ContributionView({ submission, targetTitle, targetHref, sourceTitle, showEmail = false }: { submission: Submission; targetTitle?: string; targetHref?: string; sourceTitle: (id: string) => string | undefined; showEmail?: boolean }) {
  const s = submission;
  return (
    <div className="contribution">
      <dl className="facts">
        <dt>Proposed</dt>
        <dd>
          {s.kind === 'argument' ? 'an' : 'a'} {s.kind} that {s.relation === 'cites' ? 'is a source for' : s.relation}{' '}
          {targetTitle && targetHref ? <a href={targetHref}>{targetTitle}</a> : <code>{s.target}</code>}
        </dd>
        {s.title ? (
          <>
            <dt>Title</dt>
            <dd className="user-text">{s.title}</dd>
          </>
        ) : null}
        <dt>Text</dt>
        <dd className="user-text">{s.text}</dd>
        <dt>Advanced by</dt>
        <dd className="user-text">
          {s.advancedBy.name} ({s.advancedBy.kind})
        </dd>
        <dt>Sources</dt>
        <dd>
          <ol className="citations">
            {s.sources.map((src, i) => {
              if ('existing' in src) {
                return (
                  <li key={i}>
                    {sourceTitle(src.existing) ?? src.existing} (in the map)
                    {src.pinpoint ? `, ${src.pinpoint.kind} ${src.pinpoint.value}` : ''}
                  </li>
                );
              }
              const href = safeHref(src.url);
              return (
                <li key={i}>
                  <span className="user-text">{src.title}</span> ({src.type}, {src.jurisdiction}, {src.date}), {src.pinpoint.kind} {src.pinpoint.value}
                  {' — '}
                  {href ? (
                    <a href={href} rel="nofollow noopener noreferrer ugc" className="url">
                      {src.url}
                    </a>
                  ) : (
                    <span className="url">{src.url}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </dd>
        <ContributorFacts s={s} showEmail={showEmail} />
      </dl>
    </div>
  );
}
