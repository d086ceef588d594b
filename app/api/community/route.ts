/**
 * Approved community contributions, as the merged map sees them: GET /api/community?target=<nodeId>
 * lists the community nodes and citations attached to one node (for static pages that fetch it).
 */
import { connection } from 'next/server';
import { getCorpus } from '@/lib/data/corpus';
import { getCommunityCorpus } from '@/lib/store/read';
import { json } from '@/lib/store/http';

export async function GET(request: Request) {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  const target = new URL(request.url).searchParams.get('target');
  const merged = await getCommunityCorpus();
  if (target !== null && !getCorpus().graph.node(target)) return json(404, { errors: [{ field: 'target', message: 'no such node in the map' }] });
  const items = [...merged.community.entries()]
    .filter(([key]) => merged.graph.node(key))
    .map(([id, provenance]) => ({ node: merged.graph.node(id)!, provenance }))
    .filter(({ node }) => target === null || node.links.some((l) => l.target === target));
  // The server reuses the merged corpus for a few seconds (lib/store/read.ts); browsers always ask again.
  return json(200, { version: getCorpus().version, items });
}
