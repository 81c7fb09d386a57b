import { z } from 'zod';
import { defaultVoiceProfile } from '../../apology';
import { voiceProfileField } from '../../eight-by-eight-rules';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';

/** `voiceProfile`: the flow's default voice (8x8's speech profiles); none means the product's default. */
const data = z.object({ voiceProfile: voiceProfileField.optional() }).strict();

export type StartData = z.infer<typeof data>;

export const startNode: NodeDefinition<StartData> = {
  label: 'Start',
  description: 'Where every call begins. Exactly one per flow.',
  icon: '▶',
  colour: 'emerald',
  entry: true,
  data,
  rules: data.superRefine((d, ctx) => {
    if (d.voiceProfile !== undefined && !d.voiceProfile.trim()) {
      ctx.addIssue({ code: 'custom', path: ['voiceProfile'], message: 'Choose the flow’s voice, or leave the default' });
    }
  }),
  defaults: () => ({}),
  outputs: () => ['next'],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: () => [],
  defines: () => [],
  summary: (d) => `Every call begins here, in ${d.voiceProfile || defaultVoiceProfile}.`,
  flowVoice: (d) => d.voiceProfile,
  step: () => ({ type: 'continue', output: 'next' }),
};
