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
import { voiceFor } from '../../voice';

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
  // No voice of its own: it speaks in the call's (the caller's switched one, else the flow's).
  defaults: () => ({ text: '', voiceProfile: '', speed: 1 }),
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
          voiceProfile: voiceFor(d.voiceProfile, ctx),
          ...(d.repetition !== undefined && { repetition: d.repetition }),
          ...(d.speed !== undefined && { speed: d.speed }),
        },
      },
    ],
  }),
};
