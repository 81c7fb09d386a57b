import { parseFlowDocument, type FlowDocument } from '@/lib/flow/document';
import { AppError } from '@/lib/http/app-error';

/** A submitted document, or a 422 whose message lists what to fix, path by path. */
export function documentOr422(raw: unknown): FlowDocument {
  const parsed = parseFlowDocument(raw);
  if (parsed.ok) return parsed.document;
  const shown = parsed.issues.slice(0, 5);
  const more = parsed.issues.length > shown.length ? ` (+${parsed.issues.length - shown.length} more)` : '';
  throw new AppError('unprocessable', `The flow document is not valid: ${shown.join('; ')}${more}`, { issues: parsed.issues });
}
