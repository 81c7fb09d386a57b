import 'server-only';
import { db } from '@/lib/db';
import { flowTemplates, type TemplateId } from '@/lib/flow/templates';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { recordAudit, systemActor } from '@/lib/server/audit/record-audit';
import { createFlow } from './create-flow';
import { publishFlow } from './publish-flow';

/**
 * On an empty database: both templates as published flows, each reached by one of
 * the sandbox's numbers, so a new install can take a call straight away.
 */
export async function seedTemplates(numbers: readonly string[]): Promise<string[]> {
  if ((await db.flow.count()) > 0) return [];
  const seeded: string[] = [];
  const plan: Array<{ template: TemplateId; number?: string }> = [
    { template: 'restaurant', number: numbers[0] },
    { template: 'simple-ivr', number: numbers[1] },
  ];
  const seeder = systemActor('seed');
  for (const { template, number } of plan) {
    const flow = await createFlow({ name: flowTemplates[template].name, template }, seeder);
    await publishFlow(flow.id, seeder, 'seed');
    if (number) {
      const routed = normalizePhoneNumber(number);
      await db.phoneNumber.upsert({ where: { number: routed }, create: { number: routed, flowId: flow.id }, update: {} });
      await recordAudit(seeder, { action: 'number.route', target: { type: 'number', id: routed }, summary: `Routed ${routed} to "${flow.name}"`, details: { flowId: flow.id } });
    }
    seeded.push(flow.name);
  }
  return seeded;
}
