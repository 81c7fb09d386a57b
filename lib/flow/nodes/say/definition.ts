import { z } from 'zod';
import { interpolate } from '../../template-text';
import {
  checkRepetition,
  checkSpeed,
  checkText,
  checkVoice,
  repetitionField,
  speedField,
  spokenTextField,
  voiceProfileField,
} from '../../eight-by-eight-rules';
import { clip, commonOutputLabel, type NodeDefinition } from '../../kinds';

const data = z.object({
  text: spokenTextField('The message'),
  voiceProfile: voiceProfileField,
  repetition: repetitionField,
  speed: speedField,
});
export type SayData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  checkText(ctx, 'text', d.text, 'The message');
  checkVoice(ctx, d.voiceProfile);
  checkRepetition(ctx, d.repetition);
  checkSpeed(ctx, d.speed);
});

export const sayNode: NodeDefinition<SayData> = {
  label: 'Say',
  description: 'Speak a message with text-to-speech.',
  icon: '“”',
  colour: 'sky',
  data,
  rules,
  defaults: () => ({ text: '', voiceProfile: 'en-US-BenjaminRUS', speed: 1 }),
  outputs: () => ['next'],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: (d) => [d.text],
  defines: () => [],
  summary: (d) => `“${clip(d.text) || 'No message yet'}”`,
  step: (d, ctx) => ({
    type: 'continue',
    output: 'next',
    actions: [
      {
        action: 'say',
        params: {
          text: interpolate(d.text, ctx),
          voiceProfile: d.voiceProfile,
          ...(d.repetition !== undefined && { repetition: d.repetition }),
          ...(d.speed !== undefined && { speed: d.speed }),
        },
      },
    ],
  }),
};
