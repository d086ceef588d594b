'use client';
/**
 * On the 404 page of /node/community-<contribution id>: what became of that contribution, from its
 * public record (/api/contributions/<id>). A not-found page receives no params, so the browser
 * reads the address and asks; the static text around it already says the node is gone.
 */
import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';

interface ContributionRecord {
  status: string;
  decidedAt: string | null;
  reason: string | null;
  statusUrl: string;
}

export function DepartedContribution() {
  const pathname = usePathname();
  const contribution = /^\/node\/community-([0-9a-f]+)$/.exec(pathname ?? '')?.[1];
  const [record, setRecord] = useState<ContributionRecord>();
  useEffect(() => {
    if (!contribution) return;
    const controller = new AbortController();
    fetch(`/api/contributions/${contribution}`, { signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<ContributionRecord>) : undefined))
      .then(setRecord)
      .catch(() => undefined);
    return () => controller.abort();
  }, [contribution]);
  if (!contribution) return null;
  return (
    <div className="community-section" aria-live="polite">
      <p>
        This address belonged to a community contribution. A contribution leaves the map when a moderator withdraws it; its record keeps the decision and the
        reason: <a href={`/contributions/${contribution}`}>contribution record</a>.
      </p>
      {record?.status === 'rejected' && record.decidedAt ? (
        <p>
          A moderator withdrew (or rejected) it on <time dateTime={record.decidedAt}>{record.decidedAt.slice(0, 10)}</time>
          {record.reason ? (
            <>
              : <span className="user-text">{record.reason}</span>
            </>
          ) : null}
          .
        </p>
      ) : record?.status === 'pending' ? (
        <p>It is still waiting for a moderator: it joins the map, with this address, once approved.</p>
      ) : null}
    </div>
  );
}
