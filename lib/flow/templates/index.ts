import type { FlowDocument } from '../document';
import { restaurant } from './restaurant';
import { simpleIvr } from './simple-ivr';

export const flowTemplates = {
  'simple-ivr': { name: 'Simple IVR (8x8 guide)', build: simpleIvr },
  restaurant: { name: 'ABC Restaurant (8x8 Advanced IVR guide)', build: restaurant },
} as const satisfies Record<string, { name: string; build: () => FlowDocument }>;

export type TemplateId = keyof typeof flowTemplates;
export const templateIds = Object.keys(flowTemplates) as TemplateId[];
