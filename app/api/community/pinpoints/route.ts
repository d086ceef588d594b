/**
 * Pinpoints supplied by readers and approved by a moderator: GET /api/community/pinpoints lists each
 * with the citation (node and index) or holding it belongs to and its provenance, for static pages
 * that show them beside the citation.
 */
import { connection } from 'next/server';
import { getCommunityCorpus } from '@/lib/store/read';
import { readerPinpoints } from '@/lib/store/community';
import { json } from '@/lib/store/http';

export async function GET() {
  // Rendered per request, never at build time: it reads the database.
  await connection();
  return json(200, { items: readerPinpoints(await getCommunityCorpus()) });
}
