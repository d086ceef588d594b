import { connection } from 'next/server';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getStore } from '@/lib/store/db';
import { readAudit } from '@/lib/store/audit';
import { moderatorForToken, SESSION_COOKIE } from '@/lib/store/moderators';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

export default async function AuditPage() {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  const store = await getStore();
  const moderator = await moderatorForToken(store, (await cookies()).get(SESSION_COOKIE)?.value, new Date());
  if (!moderator) redirect('/moderate');
  const entries = await readAudit(store.db, { limit: 300 });
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every submission, decision, sign-in and sign-out, newest first. The log is append-only: the database refuses to change or delete
        an entry. <a href="/moderate">Back to the queue</a>
      </p>
      <div className="table-wrap">
        <table className="audit">
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Contribution</th>
              <th scope="col">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
                <td className="user-text">{e.actor}</td>
                <td>{e.action}</td>
                <td>{e.contributionId ? <a href={`/contributions/${e.contributionId}`}>{e.contributionId.slice(0, 8)}</a> : '—'}</td>
                <td>
                  {e.before || e.after ? (
                    <details>
                      <summary>Show</summary>
                      <pre className="json">{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                    </details>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
