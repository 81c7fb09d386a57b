'use client';

import { useId, useState } from 'react';
import { flowLimits } from '@/lib/flow/limits';
import { returnNamesOf, type SubflowData, type SubflowParam } from '@/lib/flow/nodes/subflow/definition';
import { useFlowActions } from '../../store/flow-store-context';
import { Field, FieldErrors } from '../fields/field';
import { inputClass, sectionClass, sectionTitleClass, smallButtonClass } from '../fields/styles';
import { TemplateField } from '../fields/template-field';
import { TextField } from '../fields/text-field';
import { issuesAt, type FormProps } from '../form-types';
import { loadVersionDocument, useFlowChoices, useVersionChoices } from './use-subflow-choices';

export function SubflowForm({ nodeId, data, issues, onChange }: FormProps<SubflowData>) {
  const actions = useFlowActions();
  const base = useId();
  const flows = useFlowChoices();
  const versions = useVersionChoices(data.flowId);
  const [loadError, setLoadError] = useState<string | null>(null);

  const chooseFlow = (flowId: string) => {
    for (const output of data.returns) actions.removeOutput(nodeId, output);
    const name = Array.isArray(flows) ? flows.find((f) => f.id === flowId)?.name : undefined;
    onChange({ ...data, flowId, versionId: '', returns: [], flowName: name, version: undefined });
  };
  const chooseVersion = async (versionId: string) => {
    const chosen = versions.find((v) => v.id === versionId);
    if (!chosen) return;
    const document = await loadVersionDocument(data.flowId, chosen.version);
    if (!document) return setLoadError('That version could not be read; try again.');
    setLoadError(null);
    const returns = returnNamesOf(document);
    for (const output of data.returns) if (!returns.includes(output)) actions.removeOutput(nodeId, output);
    onChange({ ...data, versionId, version: chosen.version, returns });
  };
  const setParams = (params: SubflowParam[]) => onChange({ ...data, params });

  return (
    <div className="space-y-3">
      <Field label="Flow to run" errors={flows === 'error' ? ['The flows could not be listed.'] : []} hint="A published flow, e.g. “Speak to an agent”.">
        {(control) => (
          <select {...control} value={data.flowId} onChange={(event) => chooseFlow(event.target.value)} className={inputClass}>
            <option value="">{flows === 'loading' ? 'Loading…' : 'Choose a flow'}</option>
            {Array.isArray(flows) && flows.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
            {Array.isArray(flows) && data.flowId && !flows.some((f) => f.id === data.flowId) && <option value={data.flowId}>{data.flowName ?? data.flowId}</option>}
          </select>
        )}
      </Field>
      <Field label="Version" errors={[...issuesAt(issues, 'versionId'), ...(loadError ? [loadError] : [])]} hint="Pinned: publishing the other flow again changes nothing here until you choose its new version.">
        {(control) => (
          <select {...control} value={data.versionId} disabled={!data.flowId} onChange={(event) => void chooseVersion(event.target.value)} className={inputClass}>
            <option value="">Choose a version</option>
            {versions.map((v) => <option key={v.id} value={v.id}>v{v.version}</option>)}
            {data.versionId && !versions.some((v) => v.id === data.versionId) && <option value={data.versionId}>v{data.version ?? '?'}</option>}
          </select>
        )}
      </Field>
      <p className="text-xs text-slate-500">
        {data.returns.length > 0 ? `Outputs (its Return steps): ${data.returns.join(', ')}.` : 'Its Return steps become this step’s outputs.'}
      </p>
      <section aria-labelledby={`${base}-params`} className={sectionClass}>
        <h3 id={`${base}-params`} className={sectionTitleClass}>
          Parameters
        </h3>
        <p className="text-xs text-slate-500">Set as variables before its first step: the subflow reads them as {'{{vars.name}}'}.</p>
        <FieldErrors errors={issuesAt(issues, 'params')} />
        <ol className="space-y-2">
          {data.params.map((param, index) => (
            <li key={index} className="space-y-1 rounded border border-slate-200 p-2">
              <TextField
                label={`Parameter ${index + 1} name`}
                mono
                value={param.name}
                onChange={(name) => setParams(data.params.map((p, j) => (j === index ? { ...p, name } : p)))}
                errors={issuesAt(issues, 'params', index, 'name')}
                placeholder="team"
              />
              <TemplateField
                label={`Parameter ${index + 1} value`}
                rows={1}
                max={flowLimits.variableValue}
                value={param.value}
                onChange={(value) => setParams(data.params.map((p, j) => (j === index ? { ...p, value } : p)))}
                errors={issuesAt(issues, 'params', index, 'value')}
                placeholder="Sales"
              />
              <button type="button" onClick={() => setParams(data.params.filter((_, j) => j !== index))} className={smallButtonClass}>
                Remove parameter {index + 1}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setParams([...data.params, { name: '', value: '' }])} className={smallButtonClass}>
          + Add parameter
        </button>
      </section>
    </div>
  );
}
