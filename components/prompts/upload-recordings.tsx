'use client';

import { useId, useRef, useState, type DragEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { RoleNotice } from '@/components/auth/role-notice';
import { Button } from '@/components/ui/button';
import { controlStyle } from '@/components/ui/field';
import { maxPromptBytes } from '@/lib/prompts/prompt-file';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';
import { formatSize } from './format-size';
import { sendRecording } from './send-recording';

type Item = { key: number; name: string; state: 'uploading' | 'done' | 'failed'; sent: number; total: number; message?: string };

const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '').trim() || fileName;

/**
 * Upload: pick or drop .mp3/.wav files. Each uploads at once with a progress bar, under the
 * name typed (one file) or its file name; problems show on the file's own line. The server
 * decides what a file is from its bytes; the size is checked here too, to fail before sending.
 */
export function UploadRecordings({ onUploaded }: { onUploaded: (prompt: PromptSummary) => void }) {
  const edit = useCan('prompts.edit');
  const [name, setName] = useState('');
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const nameId = useId();
  const hintId = useId();

  const update = (key: number, change: Partial<Item>) => setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const upload = async (file: File, chosenName: string) => {
    const key = (nextKey.current += 1);
    const item: Item = { key, name: chosenName, state: 'uploading', sent: 0, total: file.size };
    if (file.size > maxPromptBytes) {
      item.state = 'failed';
      item.message = `${file.name} is ${formatSize(file.size)}: 8x8 plays files of at most 5 MB. Shorten it, or export it at a lower bitrate.`;
    } else if (file.size === 0) {
      item.state = 'failed';
      item.message = `${file.name} is empty.`;
    }
    setItems((all) => [item, ...all]);
    if (item.state === 'failed') return;
    const result = await sendRecording(file, chosenName, (sent, total) => update(key, { sent, total })).done;
    if (result.ok) {
      update(key, { state: 'done', sent: file.size });
      onUploaded(result.data);
    } else {
      update(key, { state: 'failed', message: result.message });
    }
  };

  const uploadAll = (files: FileList | null) => {
    if (!edit.allowed || !files || files.length === 0) return;
    const list = [...files];
    const typed = name.trim();
    setName('');
    // One at a time: a handful of 5 MB files in parallel would only share the same connection.
    void list.reduce<Promise<void>>((previous, file) => previous.then(() => upload(file, list.length === 1 && typed ? typed : baseName(file.name))), Promise.resolve());
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    uploadAll(event.dataTransfer.files);
  };

  return (
    <section aria-labelledby={`${nameId}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${nameId}-heading`} className="font-semibold">
        Upload recordings
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col text-sm">
          <label htmlFor={nameId} className="font-medium">
            Name
          </label>
          <input
            id={nameId}
            value={name}
            maxLength={120}
            disabled={!edit.allowed}
            onChange={(event) => setName(event.target.value)}
            placeholder="The file’s name"
            aria-describedby={hintId}
            className={`${controlStyle} w-72`}
          />
          <span id={hintId} className="mt-1 text-xs text-slate-600">
            For a single file; leave empty to use the file’s name.
          </span>
        </div>
        <div
          onDragOver={(event) => {
            event.preventDefault();
            if (edit.allowed) setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-dragging={dragging || undefined}
          className="flex min-w-80 flex-1 items-center justify-center gap-3 rounded-lg border-2 border-dashed border-slate-300 px-4 py-5 text-sm text-slate-700 data-dragging:border-blue-700 data-dragging:bg-blue-50"
        >
          <span>Drop .mp3 or .wav files here (at most 5 MB each), or</span>
          <Button variant="primary" deniedReason={edit.reason} onClick={() => input.current?.click()}>
            Choose files…
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            accept=".mp3,.wav,audio/mpeg,audio/wav,audio/x-wav"
            aria-label="Recording files"
            className="hidden"
            onChange={(event) => {
              uploadAll(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
      </div>
      <RoleNotice permission="prompts.edit" to="to upload recordings" />
      {items.length > 0 && (
        <ul aria-label="Uploads" className="space-y-2 text-sm">
          {items.map((item) => (
            <UploadLine key={item.key} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UploadLine({ item }: { item: Item }) {
  return (
    <li className="space-y-1">
      <div className="flex items-center gap-3">
        <span className="w-64 truncate font-medium">{item.name}</span>
        {item.state === 'uploading' && (
          <>
            <progress max={item.total || 1} value={item.sent} aria-label={`Uploading ${item.name}`} className="h-2 w-48" />
            <span className="text-xs text-slate-600">
              {formatSize(item.sent)} of {formatSize(item.total)}
            </span>
          </>
        )}
        {item.state === 'done' && (
          <span role="status" className="text-emerald-800">
            Uploaded
          </span>
        )}
      </div>
      {item.state === 'failed' && (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-rose-900">
          Could not upload “{item.name}”: {item.message}
        </p>
      )}
    </li>
  );
}
