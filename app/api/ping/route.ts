// An empty handler: the ceiling the benchmark compares the webhook path against
// (and a cheap liveness probe that touches no database).
export async function POST() {
  return Response.json({});
}
