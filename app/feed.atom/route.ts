/** The site's Atom feed: new rulings and newly approved contributions. */
import { connection } from 'next/server';
import { getCommunityCorpus } from '@/lib/store/read';
import { feedResponse } from '@/lib/feeds/http';
import { requestBase } from '@/lib/site';

export async function GET(request: Request): Promise<Response> {
  await connection();
  return feedResponse(await getCommunityCorpus(), { kind: 'site' }, requestBase(request));
}
