/** Atom feed of one jurisdiction: its rulings and approved contributions on its nodes. */
import { connection } from 'next/server';
import { getCommunityCorpus } from '@/lib/store/read';
import { feedResponse } from '@/lib/feeds/http';
import { requestBase } from '@/lib/site';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  await connection();
  const { code } = await params;
  return feedResponse(await getCommunityCorpus(), { kind: 'jurisdiction', code: code.toUpperCase() }, requestBase(request));
}
