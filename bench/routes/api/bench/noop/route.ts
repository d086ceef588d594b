/**
 * The load benchmark's baseline (bench build only, see bench/bench-build.ts): a route handler that
 * reads the same JSON body as the contribution API and answers 201, with no validation and no database.
 */
export async function POST(request: Request) {
  await request.text();
  return new Response(JSON.stringify({ id: 'noop', status: 'pending' }), { status: 201, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}
