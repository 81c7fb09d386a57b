import type { UploadState } from './use-csv-upload';

type Working = Extract<UploadState<unknown>, { phase: 'uploading' | 'processing' }>;

/** The upload as a bar and in words; once sent, the server's reading and saving has no measure, so the bar waits full. */
export function ImportProgress({ state }: { state: Working }) {
  const percent = state.phase === 'processing' ? 100 : state.total === 0 ? 0 : Math.round((state.sent / state.total) * 100);
  const words = state.phase === 'processing' ? `Checking and saving the numbers in ${state.file}…` : `Uploading ${state.file}: ${percent}%`;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full bg-blue-700 transition-[width] ${state.phase === 'processing' ? 'animate-pulse' : ''}`} style={{ width: `${percent}%` }} />
      </div>
      <p role="status" className="text-sm text-slate-700">
        {words}
      </p>
    </div>
  );
}
