/** A contribution's public status as JSON (the contributor's email is never included; a rejected one's submission neither). */
import { connection } from 'next/server';
import { getContribution, publicSubmission } from '@/lib/store/contributions';
import { getStore } from '@/lib/store/db';
import { json } from '@/lib/store/http';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  const { id } = await params;
  const c = await getContribution(await getStore(), id);
  if (!c) return json(404, { errors: [{ field: 'id', message: `no contribution "${id.slice(0, 40)}"` }] });
  return json(200, {
    id: c.id,
    status: c.status,
    createdAt: c.createdAt,
    decidedAt: c.decidedAt,
    reason: c.reason,
    statusUrl: `/contributions/${c.id}`,
    // A rejected submission's text and links are no longer published, here as on its status page.
    ...(c.status === 'rejected' ? {} : { submission: publicSubmission(c.submission) }),
  });
}
