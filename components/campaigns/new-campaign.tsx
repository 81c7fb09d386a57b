'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useSyncExternalStore, type ChangeEvent, type FormEvent } from 'react';
import { useAccountNumbers } from '@/components/calls/use-account-numbers';
import { Button } from '@/components/ui/button';
import { ErrorMessage, Field, controlStyle } from '@/components/ui/field';
import { defaultCallingHours, type CallingHours } from '@/lib/campaigns/calling-hours';
import { checkCampaignTimes, localDateTimeValue, type TimeProblems } from '@/lib/campaigns/campaign-times';
import { defaultRetryPolicy, type RetryPolicy } from '@/lib/campaigns/retry-policy';
import { apiResult, callApi } from '@/lib/http/call-api';
import { ContactsPreview, type ImportedContacts } from './contacts-preview';
import { HoursFields } from './hours-fields';
import { RetryFields } from './retry-fields';

type Flow = { id: string; name: string };
const inHours = (hours: number) => localDateTimeValue(new Date(Date.now() + hours * 3_600_000));
// Read in the browser only (the server's zone is not the person's): the time zone the date
// fields are in, and the default end a week ahead in it; null and empty while rendered on the server.
const noSubscription = () => () => {};
const useBrowserTimeZone = () => useSyncExternalStore(noSubscription, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);
const useDefaultEnd = () => useSyncExternalStore(noSubscription, () => inHours(24 * 7), () => '');

/** Settings, then the contacts CSV (checked on the server, bad rows shown by line), then confirm and run. */
export function NewCampaign({ flows }: { flows: Flow[] }) {
  const router = useRouter();
  const account = useAccountNumbers();
  const [name, setName] = useState('');
  const [flowId, setFlowId] = useState(flows[0]?.id ?? '');
  const [callerId, setCallerId] = useState('');
  const [startAt, setStartAt] = useState('');
  const [chosenEnd, setEndAt] = useState<string | null>(null);
  const defaultEnd = useDefaultEnd();
  const endAt = chosenEnd ?? defaultEnd;
  const [timeProblems, setTimeProblems] = useState<TimeProblems>({});
  const startField = useRef<HTMLInputElement>(null);
  const endField = useRef<HTMLInputElement>(null);
  const timeZone = useBrowserTimeZone();
  const yourTime = timeZone ? `your time, ${timeZone}` : 'your time';
  const [rate, setRate] = useState('5');
  const [maxConcurrent, setMaxConcurrent] = useState('20');
  const [hours, setHours] = useState<CallingHours>(defaultCallingHours);
  const [retry, setRetry] = useState<RetryPolicy>(defaultRetryPolicy);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportedContacts | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const numbers = account.status === 'ready' ? account.numbers : [];
  const caller = callerId || numbers[0]?.number || '';

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const start = startAt ? new Date(startAt) : null;
    const times = checkCampaignTimes(start, new Date(endAt), new Date());
    setTimeProblems(times);
    if (times.startAt) return startField.current?.focus();
    if (times.endAt) return endField.current?.focus();
    setBusy(true);
    const result = await callApi<{ id: string }>('/api/campaigns', {
      method: 'POST',
      body: { name, flowId, callerId: caller, ...(start && { startAt: start.toISOString() }), endAt: new Date(endAt).toISOString(), hours, callsPerSecond: Number(rate), maxConcurrent: Number(maxConcurrent), retryPolicy: retry },
    });
    setBusy(false);
    setProblem(result.ok ? null : result.message);
    if (result.ok) setCampaignId(result.data.id);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !campaignId) return;
    setBusy(true);
    const response = await fetch(`/api/campaigns/${campaignId}/contacts`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file }).catch(() => null);
    const result = response ? apiResult<ImportedContacts>(response.status, await response.text()) : null;
    setBusy(false);
    if (!result) return setProblem('The server cannot be reached. Check your connection and try again.');
    setProblem(result.ok ? null : `${file.name} was not imported: ${result.message}`);
    setImported(result.ok ? result.data : null);
  };

  const run = async () => {
    if (!campaignId) return;
    setBusy(true);
    const result = await callApi(`/api/campaigns/${campaignId}/run`, { method: 'POST' });
    setBusy(false);
    if (!result.ok) return setProblem(result.message);
    router.push(`/campaigns/${campaignId}`);
  };

  if (!flows.length) return <p className="text-sm text-slate-700">Publish a flow first: a campaign runs a flow’s published version.</p>;

  return (
    <div className="space-y-6">
      <form onSubmit={(e) => void create(e)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="text-lg font-semibold">1. Settings</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name">{({ id, describedBy }) => <input id={id} aria-describedby={describedBy} required className={controlStyle} value={name} disabled={Boolean(campaignId)} onChange={(e) => setName(e.target.value)} />}</Field>
          <Field label="Flow" hint="Its published version is used for the whole campaign">
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} className={controlStyle} value={flowId} disabled={Boolean(campaignId)} onChange={(e) => setFlowId(e.target.value)}>
                {flows.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
              </select>
            )}
          </Field>
          <Field label="Caller id" hint="One of the account’s numbers">
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} className={controlStyle} value={caller} disabled={Boolean(campaignId)} onChange={(e) => setCallerId(e.target.value)}>
                {numbers.map((n) => <option key={n.number} value={n.number}>{n.number}</option>)}
              </select>
            )}
          </Field>
          <Field label={`Starts at (${yourTime})`} hint="Empty: as soon as it is run" problem={timeProblems.startAt}>
            {({ id, describedBy, invalid }) => (
              <input id={id} ref={startField} aria-describedby={describedBy} aria-invalid={invalid} type="datetime-local" className={controlStyle} value={startAt} disabled={Boolean(campaignId)}
                onChange={(e) => { setStartAt(e.target.value); setTimeProblems({}); }} />
            )}
          </Field>
          <Field label={`Ends at (${yourTime})`} hint="Contacts not reached by then are not called" problem={timeProblems.endAt}>
            {({ id, describedBy, invalid }) => (
              <input id={id} ref={endField} aria-describedby={describedBy} aria-invalid={invalid} type="datetime-local" required className={controlStyle} value={endAt} disabled={Boolean(campaignId)}
                onChange={(e) => { setEndAt(e.target.value); setTimeProblems({}); }} />
            )}
          </Field>
          <Field label="Calls per second" hint="Across every app server together">{({ id, describedBy }) => <input id={id} aria-describedby={describedBy} type="number" min="0.1" max="100" step="0.1" className={controlStyle} value={rate} disabled={Boolean(campaignId)} onChange={(e) => setRate(e.target.value)} />}</Field>
          <Field label="Simultaneous calls at most">{({ id, describedBy }) => <input id={id} aria-describedby={describedBy} type="number" min="1" className={controlStyle} value={maxConcurrent} disabled={Boolean(campaignId)} onChange={(e) => setMaxConcurrent(e.target.value)} />}</Field>
        </div>
        <HoursFields hours={hours} onChange={setHours} />
        <RetryFields policy={retry} onChange={setRetry} />
        {!campaignId && <Button type="submit" variant="primary" disabled={busy}>Save and add contacts</Button>}
      </form>

      {campaignId && (
        <section aria-labelledby="contacts-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="contacts-heading" className="text-lg font-semibold">2. Contacts</h2>
          <p className="text-sm text-slate-600">
            A CSV with a header row: the number in a column named <code>number</code> (or <code>phone</code>, else the first), every other column a{' '}
            <code>{'{{vars.<column>}}'}</code> for that contact.
          </p>
          <label className="inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-within:ring-2 focus-within:ring-blue-600">
            {busy ? 'Checking…' : 'Choose the contacts CSV'}
            <input type="file" accept=".csv,text/csv" className="sr-only" disabled={busy} onChange={(e) => void upload(e)} />
          </label>
          {imported && <ContactsPreview imported={imported} />}
          {imported && imported.contacts > 0 && (
            <Button variant="primary" disabled={busy} onClick={() => void run()}>
              Confirm and call {imported.contacts.toLocaleString('en')} contacts
            </Button>
          )}
        </section>
      )}
      <ErrorMessage message={problem} />
    </div>
  );
}
