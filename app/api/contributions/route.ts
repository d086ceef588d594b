/** POST a contribution as JSON: 201 with its id and status link, or 4xx naming the field. */
import { handleContributionPost } from '@/lib/store/http';
import { submitDeps } from '@/lib/store/server';

export async function POST(request: Request) {
  return handleContributionPost(request, await submitDeps());
}
