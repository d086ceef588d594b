import { handleLogout } from '@/lib/store/moderation-http';
import { moderationDeps } from '@/lib/store/server';

export async function POST(request: Request) {
  return handleLogout(request, await moderationDeps());
}
