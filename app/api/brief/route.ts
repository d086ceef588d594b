/** A brief (nodes and rulings a reader collected) as Markdown or DOCX with footnotes and a bibliography. */
import { getCorpus } from '@/lib/data/corpus';
import { briefDownload } from '@/lib/brief/http';
import { isoDay } from '@/lib/cite/accessed';
import { requestBase } from '@/lib/site';

export async function GET(request: Request): Promise<Response> {
  return briefDownload(new URL(request.url), getCorpus(), requestBase(request), isoDay(new Date()));
}
