import { junitXml } from '@/lib/flow-tests/junit-xml';
import { parseOr422, route } from '@/lib/http/route';
import { runFlowTests } from '@/lib/server/flow-tests/run-flow-tests';
import { runFormat } from '@/lib/server/flow-tests/test-case-input';

type Params = { id: string };

/**
 * Runs the flow's test cases against its saved draft: JSON results per case, or with
 * ?format=junit JUnit XML for a CI test reporter. 200 either way; failures are in the results.
 */
export const POST = route<Params>('flows.read', async (request, { params }) => {
  const format = parseOr422(runFormat, new URL(request.url).searchParams.get('format') ?? undefined);
  const run = await runFlowTests((await params).id);
  if (format === 'json') return Response.json(run);
  const xml = junitXml({ name: run.flowName, result: run, timestamp: new Date(run.ranAt) });
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
});
