import { parsePromptPath, type PromptFile } from '@/lib/prompts/prompt-file';
import type { FlowDocument } from './document';
import type { LintIssue } from './lint';

// Play file steps that play a prompt library recording (`/prompts/<sha256>.<ext>`), and the
// lint that flags one whose recording has been deleted: 8x8 would fail to fetch it (-2006).

/** Which recordings exist: the hashes the caller looked up, e.g. a Set of them. */
export type PromptLibrary = { has: (sha256: string) => boolean };

/** Each library recording the document plays, once, in the order of the steps. */
export function recordingsPlayedBy(doc: FlowDocument): PromptFile[] {
  const found = new Map<string, PromptFile>();
  for (const node of doc.nodes) {
    const file = node.kind === 'playFile' ? parsePromptPath(node.data.fileUrl) : null;
    if (file && !found.has(file.sha256)) found.set(file.sha256, file);
  }
  return [...found.values()];
}

export function missingRecordingIssues(doc: FlowDocument, library: PromptLibrary): LintIssue[] {
  return doc.nodes.flatMap((node): LintIssue[] => {
    const file = node.kind === 'playFile' ? parsePromptPath(node.data.fileUrl) : null;
    if (!file || library.has(file.sha256)) return [];
    return [
      {
        severity: 'error',
        code: 'missing-recording',
        nodeId: node.id,
        field: 'fileUrl',
        message: `Play file "${node.id}": its recording was deleted from the prompt library; pick another one`,
      },
    ];
  });
}
