import { connection } from 'next/server';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getCorpus } from '@/lib/data/corpus';
import { getStore } from '@/lib/store/db';
import { listContributions } from '@/lib/store/contributions';
import { moderatorForToken, SESSION_COOKIE } from '@/lib/store/moderators';
import { ContributionView, StatusBadge } from '@/components/contribute/ContributionView';
import { nodeHref } from '@/components/contribute/links';
import { PINPOINT_KINDS } from '@/lib/model/schema';
import { SuggestionView } from '@/components/contribute/SuggestionView';
import { isNodeSubmission } from '@/lib/store/suggestions';

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

/** Fixed messages for the outcome of the last action: the query string selects one, it is never echoed. */
const NOTICES: Record<string, string> = {
  'login-failed': 'Wrong email or password.',
  'signed-out': 'You are signed out.',
  approved: 'Approved: it is now on the map.',
  rejected: 'Rejected, with your reason shown on its status page.',
  edited: 'Edited and approved.',
  'reason-required': 'Give a reason (3 to 1,000 characters) to reject a contribution.',
  'edit-invalid':
    'The edit was not saved: it does not meet the contribution rules (title 3–90 characters, text 10–4,000; a pinpoint is a number or range such as 119 or 71-75, and a new source needs one).',
  'already-decided': 'Someone already decided that contribution.',
  withdrawn: 'Withdrawn: it is off the map, with your reason shown on its status page.',
};

/** What each kind of contribution is, as the queue labels it. */
const KIND_NAMES: Record<string, string> = {
  position: 'Position',
  argument: 'Argument',
  fact: 'Fact',
  source: 'Source',
  pinpoint: 'Pinpoint suggestion',
  ruling: 'Proposed ruling (for the editors)',
};

export default async function ModeratePage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  const { notice } = await searchParams;
  const store = await getStore();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const moderator = await moderatorForToken(store, token, new Date());
  const message = typeof notice === 'string' ? NOTICES[notice] : undefined;

  if (!moderator) {
    return (
      <>
        <h1>Moderation</h1>
        {message ? <p role="status" className="notice">{message}</p> : null}
        <p>Moderators review contributions before they join the map. Sign in to see the queue.</p>
        <form method="post" action="/api/moderate/login" className="login-form">
          <p>
            <label htmlFor="email">Email</label>
            <input id="email" name="email" type="email" autoComplete="username" required />
          </p>
          <p>
            <label htmlFor="password">Password</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </p>
          <p>
            <button type="submit">Sign in</button>
          </p>
        </form>
        <p className="small muted">Accounts are created by the site operator with <code>npm run moderator -- add EMAIL</code>.</p>
      </>
    );
  }

  const corpus = getCorpus();
  const pending = await listContributions(store, { status: 'pending', oldestFirst: true, limit: 200 });
  const recent = (await listContributions(store, { limit: 40 })).filter((c) => c.status !== 'pending').slice(0, 20);
  return (
    <>
      <h1>Moderation</h1>
      <div className="moderator-bar">
        <span>
          Signed in as <strong>{moderator.email}</strong>
        </span>
        <a href="/moderate/audit">Audit log</a>
        <form method="post" action="/api/moderate/logout">
          <button type="submit" className="secondary">
            Sign out
          </button>
        </form>
      </div>
      {message ? <p role="status" className="notice">{message}</p> : null}
      <h2 id="queue">Queue ({pending.length} awaiting review)</h2>
      {pending.length === 0 ? <p>Nothing to review.</p> : null}
      <ol className="queue">
        {pending.map((c) => {
          const target = corpus.graph.node(c.target);
          return (
            <li key={c.id} className="card queue-item" id={`c-${c.id}`}>
              <h3>
                <a href={`/contributions/${c.id}`}>Contribution {c.id.slice(0, 8)}</a> <span className="badge kind-badge">{KIND_NAMES[c.kind]}</span> <span className="muted small">received {c.createdAt.replace('T', ' ').slice(0, 16)} UTC</span>
              </h3>
              {isNodeSubmission(c.submission) ? (
                <ContributionView submission={c.submission} targetTitle={target?.title} targetHref={target ? nodeHref(target) : undefined} sourceTitle={(id) => corpus.sourceById.get(id)?.title} showEmail />
              ) : (
                <SuggestionView submission={c.submission} corpus={corpus} showEmail />
              )}
              <div className="decisions">
                <form method="post" action={`/api/moderate/contributions/${c.id}`}>
                  <input type="hidden" name="action" value="approve" />
                  <button type="submit">Approve</button>
                </form>
                <form method="post" action={`/api/moderate/contributions/${c.id}`} className="reject-form">
                  <input type="hidden" name="action" value="reject" />
                  <label htmlFor={`reason-${c.id}`}>Reason for rejecting (shown publicly)</label>
                  <textarea id={`reason-${c.id}`} name="reason" rows={2} required minLength={3} maxLength={1000} />
                  <button type="submit" className="danger">
                    Reject
                  </button>
                </form>
                {isNodeSubmission(c.submission) ? (
                <details>
                  <summary>Edit, then approve</summary>
                  <form method="post" action={`/api/moderate/contributions/${c.id}`}>
                    <input type="hidden" name="action" value="edit-approve" />
                    {c.kind !== 'source' ? (
                      <p>
                        <label htmlFor={`title-${c.id}`}>Title</label>
                        <input id={`title-${c.id}`} name="title" defaultValue={c.submission.title ?? ''} maxLength={90} />
                      </p>
                    ) : null}
                    <p>
                      <label htmlFor={`text-${c.id}`}>Text</label>
                      <textarea id={`text-${c.id}`} name="text" rows={5} defaultValue={c.submission.text} maxLength={4000} />
                    </p>
                    {c.submission.sources.map((ref, i) => {
                      const name = 'existing' in ref ? (corpus.sourceById.get(ref.existing)?.title ?? ref.existing) : ref.title;
                      return (
                        <fieldset key={i} className="pinpoint-edit">
                          <legend>
                            Pinpoint in source {i + 1}: {name}
                          </legend>
                          <label htmlFor={`pk-${c.id}-${i}`}>Kind</label>
                          <select id={`pk-${c.id}-${i}`} name={`source.${i}.pinpointKind`} defaultValue={ref.pinpoint?.kind ?? 'paragraph'}>
                            {PINPOINT_KINDS.map((k) => (
                              <option key={k} value={k}>
                                {k}
                              </option>
                            ))}
                          </select>{' '}
                          <label htmlFor={`pv-${c.id}-${i}`}>Number or range{'existing' in ref ? ' (empty: none)' : ''}</label>
                          <input id={`pv-${c.id}-${i}`} name={`source.${i}.pinpointValue`} defaultValue={ref.pinpoint?.value ?? ''} maxLength={40} />
                        </fieldset>
                      );
                    })}
                    <button type="submit">Save and approve</button>
                  </form>
                </details>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <h2>Recently decided</h2>
      {recent.length === 0 ? <p>None yet.</p> : null}
      <ul className="recent">
        {recent.map((c) => (
          <li key={c.id}>
            <StatusBadge status={c.status} /> <a href={`/contributions/${c.id}`}>Contribution {c.id.slice(0, 8)}</a> <span className="muted small">{KIND_NAMES[c.kind]}</span>{' '}
            <span className="muted small">
              by {c.decidedBy} on {c.decidedAt?.slice(0, 10)}
            </span>
            {c.status === 'approved' ? (
              <form method="post" action={`/api/moderate/contributions/${c.id}`} className="reject-form">
                <input type="hidden" name="action" value="withdraw" />
                <label>
                  Reason for withdrawing it (shown publicly){' '}
                  <input name="reason" required minLength={3} maxLength={1000} />
                </label>{' '}
                <button type="submit">Withdraw from the map</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
