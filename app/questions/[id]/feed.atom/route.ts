/** Atom feed of one question: rulings on it and approved contributions under it. */
import { connection } from 'next/server';
import { getCommunityCorpus } from '@/lib/store/read';
import { feedResponse } from '@/lib/feeds/http';
import { requestBase } from '@/lib/site';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  const { id } = await params;
  return feedResponse(await getCommunityCorpus(), { kind: 'question', id }, requestBase(request));
}
