/** POST a contribution form (urlencoded, no JavaScript needed): 303 to its status page, or back to the form with its errors. */
import { getCorpus } from '@/lib/data/corpus';
import { handleContributionForm } from '@/lib/store/form-http';
import { submitDeps } from '@/lib/store/server';

export async function POST(request: Request) {
  const actors = getCorpus().actorById;
  return handleContributionForm(request, { ...(await submitDeps()), actorOf: (id) => actors.get(id) });
}
