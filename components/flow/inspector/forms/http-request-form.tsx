'use client';

import { useId } from 'react';
import { dataDipLimits, dataDipMethods, type DataDipMethod } from '@/lib/data-dip/data-dip-request';
import { flowLimits } from '@/lib/flow/limits';
import { httpRequestLimits, type HttpRequestData } from '@/lib/flow/nodes/http-request/definition';
import { inputClass } from '../fields/styles';
import { NumberField } from '../fields/number-field';
import { TemplateField } from '../fields/template-field';
import { issuesAt, withField, type FormProps } from '../form-types';
import { HttpRequestPairs } from './http-request-pairs';

const isMethod = (value: string): value is DataDipMethod => (dataDipMethods as readonly string[]).includes(value);

export function HttpRequestForm({ data, issues, onChange }: FormProps<HttpRequestData>) {
  const id = useId();
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-method`} className="text-xs font-medium text-slate-700">
          Method
        </label>
        <select id={`${id}-method`} value={data.method} onChange={(event) => isMethod(event.target.value) && onChange(withField(data, 'method', event.target.value))} className={inputClass}>
          {dataDipMethods.map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
      </div>
      <TemplateField
        label="URL"
        rows={2}
        max={flowLimits.url}
        value={data.url}
        onChange={(url) => onChange(withField(data, 'url', url))}
        errors={issuesAt(issues, 'url')}
        placeholder="https://crm.example.com/customers?phone={{caller}}"
        hint="Variables are filled in per call and encoded for the URL. Private and local addresses are refused unless an admin allows the host (Settings → Data dips)."
      />
      <HttpRequestPairs
        title="Headers"
        note="A value may use {{secrets.NAME}}: an admin stores it encrypted under Settings → Data dips; it never reaches the browser or the call's events."
        field="headers"
        noun="header"
        items={data.headers}
        blank={{ name: '', value: '' }}
        columns={[
          { key: 'name', label: 'Name', placeholder: 'Authorization' },
          { key: 'value', label: 'Value', placeholder: 'Bearer {{secrets.CRM_API_KEY}}' },
        ]}
        issues={issues}
        onChange={(headers) => onChange({ ...data, headers: headers.slice(0, httpRequestLimits.headers) })}
      />
      {data.method !== 'GET' && (
        <TemplateField
          label="Body"
          rows={4}
          max={httpRequestLimits.body}
          value={data.body}
          onChange={(body) => onChange(withField(data, 'body', body))}
          errors={issuesAt(issues, 'body')}
          placeholder={'{"phone": "{{caller}}"}'}
          hint="JSON unless a Content-Type header says otherwise; put text variables inside quotes."
        />
      )}
      <NumberField
        label="Timeout"
        integer
        unit="ms"
        value={data.timeoutMs}
        onChange={(timeoutMs) => onChange(withField(data, 'timeoutMs', timeoutMs ?? dataDipLimits.defaultTimeoutMs))}
        errors={issuesAt(issues, 'timeoutMs')}
        hint={`The caller waits in silence meanwhile: at most ${dataDipLimits.maxTimeoutMs} ms (default ${dataDipLimits.defaultTimeoutMs}).`}
      />
      <NumberField
        label="Largest answer"
        integer
        unit="bytes"
        value={data.maxResponseBytes}
        onChange={(bytes) => onChange(withField(data, 'maxResponseBytes', bytes ?? dataDipLimits.defaultResponseBytes))}
        errors={issuesAt(issues, 'maxResponseBytes')}
        hint="A larger answer takes “Failed”. At most 1 MiB."
      />
      <HttpRequestPairs
        title="Answer to variables"
        note="On Success, each path in the JSON answer (e.g. $.customer.name) sets a variable later steps use as {{vars.name}}; a missing value is empty."
        field="mappings"
        noun="mapping"
        items={data.mappings}
        blank={{ variable: '', path: '$.' }}
        columns={[
          { key: 'variable', label: 'Variable', placeholder: 'customerName' },
          { key: 'path', label: 'JSON path', placeholder: '$.customer.name' },
        ]}
        issues={issues}
        onChange={(mappings) => onChange({ ...data, mappings: mappings.slice(0, httpRequestLimits.mappings) })}
      />
    </div>
  );
}
