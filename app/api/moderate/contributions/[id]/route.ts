import { handleDecision } from '@/lib/store/moderation-http';
import { moderationDeps } from '@/lib/store/server';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleDecision(request, id, await moderationDeps());
}
