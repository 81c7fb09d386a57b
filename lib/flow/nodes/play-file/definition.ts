import { z } from 'zod';
import { parsePromptPath } from '@/lib/prompts/prompt-file';
import { interpolate } from '../../template-text';
import { checkRepetition, repetitionField } from '../../eight-by-eight-rules';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';
import { cappedText, flowLimits } from '../../limits';

/** `fileUrl`: an http(s) URL, or a prompt library recording's path (`/prompts/<sha256>.<ext>`, made absolute when compiled). */
const data = z.object({ fileUrl: cappedText(flowLimits.url, 'The URL'), repetition: repetitionField });
export type PlayFileData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  checkRepetition(ctx, d.repetition);
  if (parsePromptPath(d.fileUrl)) return;
  let url: URL | undefined;
  try {
    url = new URL(d.fileUrl);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    ctx.addIssue({ code: 'custom', path: ['fileUrl'], message: 'Pick a recording from the library, or enter the audio file’s http(s) URL' });
  } else if (!/\.(mp3|wav)$/i.test(url.pathname)) {
    ctx.addIssue({ code: 'custom', path: ['fileUrl'], message: '8x8 plays .mp3 and .wav files only (at most 5 MB)' });
  }
});

export const playFileNode: NodeDefinition<PlayFileData> = {
  label: 'Play file',
  description: 'Play a recorded .mp3 or .wav (≤ 5 MB; 8x8 caches a URL for an hour).',
  icon: '♪',
  colour: 'indigo',
  data,
  rules,
  defaults: () => ({ fileUrl: '' }),
  outputs: () => ['next'],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: (d) => [d.fileUrl],
  defines: () => [],
  summary: (d) => d.fileUrl || 'No file yet',
  step: (d, ctx) => ({
    type: 'continue',
    output: 'next',
    actions: [
      {
        action: 'playFile',
        params: {
          // 8x8 fetches the file itself: a library recording's path becomes the app's public URL.
          fileUrl: parsePromptPath(d.fileUrl) ? `${ctx.publicBaseUrl}${d.fileUrl}` : interpolate(d.fileUrl, ctx),
          ...(d.repetition !== undefined && { repetition: d.repetition }),
        },
      },
    ],
  }),
};
