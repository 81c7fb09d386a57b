'use client';

import { maxTextLength } from '@/lib/flow/eight-by-eight-rules';
import type { MenuData } from '@/lib/flow/nodes/menu/definition';
import { issuesAt, withField, type FormProps } from '../form-types';
import { TemplateField } from '../fields/template-field';
import { sectionClass, sectionTitleClass } from '../fields/styles';
import { MenuCapture } from './menu-capture';
import { MenuMessages } from './menu-messages';
import { MenuOptions } from './menu-options';
import { patched } from './patched';
import { SpeechFields } from './speech-fields';

export function MenuForm({ nodeId, data, issues, onChange }: FormProps<MenuData>) {
  return (
    <div className="space-y-3">
      <TemplateField
        label="Prompt"
        value={data.promptMessage}
        onChange={(promptMessage) => onChange(withField(data, 'promptMessage', promptMessage))}
        errors={issuesAt(issues, 'promptMessage')}
        max={maxTextLength}
        placeholder="For opening hours press 1. To speak to someone press 2."
      />
      <SpeechFields data={data} issues={issues} onChange={(patch) => onChange(patched<MenuData>(data, patch))} />
      <MenuOptions nodeId={nodeId} data={data} issues={issues} onChange={onChange} />
      <section aria-labelledby={`${nodeId}-capture`} className={sectionClass}>
        <h3 id={`${nodeId}-capture`} className={sectionTitleClass}>
          Capturing keys
        </h3>
        <MenuCapture data={data} issues={issues} onChange={(patch) => onChange(patched(data, patch))} />
      </section>
      <section aria-labelledby={`${nodeId}-messages`} className={sectionClass}>
        <h3 id={`${nodeId}-messages`} className={sectionTitleClass}>
          Messages after input
        </h3>
        <MenuMessages data={data} onChange={(patch) => onChange(patched(data, patch))} />
      </section>
    </div>
  );
}
