import { handleLogin } from '@/lib/store/moderation-http';
import { moderationDeps } from '@/lib/store/server';

export async function POST(request: Request) {
  return handleLogin(request, await moderationDeps());
}
