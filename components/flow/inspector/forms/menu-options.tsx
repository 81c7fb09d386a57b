'use client';

import { useId } from 'react';
import type { MenuData } from '@/lib/flow/nodes/menu/definition';
import { useFlowActions } from '../../store/flow-store-context';
import { FieldErrors } from '../fields/field';
import { sectionClass, sectionTitleClass, smallButtonClass } from '../fields/styles';
import { issuesAt, type FormProps } from '../form-types';
import { MenuOptionRow } from './menu-option-row';

type Option = MenuData['options'][number];
const likelyKeys = [...'1234567890*#'];

/**
 * The keys the menu offers, one output each. An option's connection follows it
 * when its keys change, and goes when it is removed.
 */
export function MenuOptions({ nodeId, data, issues, onChange }: FormProps<MenuData>) {
  const actions = useFlowActions();
  const base = useId();
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const setOptions = (options: Option[]) => onChange({ ...data, options });
  const othersUse = (index: number, digits: string) => data.options.some((o, j) => j !== index && o.digits === digits);

  const update = (index: number, option: Option) => {
    const from = data.options[index]?.digits ?? '';
    setOptions(data.options.map((o, j) => (j === index ? option : o)));
    // An output two options share (a duplicate being fixed) keeps its connection where it is.
    if (option.digits !== from && !othersUse(index, from) && !othersUse(index, option.digits)) {
      actions.renameOutput(nodeId, from, option.digits);
    }
  };
  const remove = (index: number) => {
    const digits = data.options[index]?.digits ?? '';
    setOptions(data.options.filter((_, j) => j !== index));
    if (!othersUse(index, digits)) actions.removeOutput(nodeId, digits);
    focus(`${base}-add`);
  };
  const move = (index: number, by: -1 | 1) => {
    const options = [...data.options];
    const [moved] = options.splice(index, 1);
    if (!moved) return;
    options.splice(index + by, 0, moved);
    setOptions(options);
    // Keep focus on the moved option's button, or its other one at either end of the list.
    const to = index + by;
    const direction = (by < 0 && to > 0) || to === options.length - 1 ? 'up' : 'down';
    focus(`${base}-${direction}-${to}`);
  };
  const add = () => {
    const digits = likelyKeys.find((k) => !data.options.some((o) => o.digits === k)) ?? '';
    setOptions([...data.options, { digits }]);
    focus(`${base}-digits-${data.options.length}`);
  };

  return (
    <section aria-labelledby={`${base}-title`} className={sectionClass}>
      <h3 id={`${base}-title`} className={sectionTitleClass}>
        Options
      </h3>
      <p className="text-xs text-slate-500">Each option is an output on the canvas. “No input” and “Invalid” are always there.</p>
      <FieldErrors errors={issuesAt(issues, 'options')} />
      <ol className="space-y-2">
        {data.options.map((option, index) => (
          <MenuOptionRow
            // Rows are positions: moving an option moves its values, and focus follows it.
            key={index}
            idBase={base}
            index={index}
            count={data.options.length}
            option={option}
            errors={issuesAt(issues, 'options', index, 'digits')}
            onChange={(next) => update(index, next)}
            onRemove={() => remove(index)}
            onMove={(by) => move(index, by)}
          />
        ))}
      </ol>
      <button id={`${base}-add`} type="button" onClick={add} className={smallButtonClass}>
        + Add option
      </button>
    </section>
  );
}
