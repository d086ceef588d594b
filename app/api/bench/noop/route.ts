/**
 * The load benchmark's baseline: a route handler that reads the same JSON body as the contribution
 * API and answers 201, with no validation and no database. 404 unless ADMISSIBLE_BENCH=1.
 */
export async function POST(request: Request) {
  if (process.env.ADMISSIBLE_BENCH !== '1') return new Response('not found\n', { status: 404 });
  await request.text();
  return new Response(JSON.stringify({ id: 'noop', status: 'pending' }), { status: 201, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}
