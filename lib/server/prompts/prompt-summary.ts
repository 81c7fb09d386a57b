import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { audioFormats, extensionOf, promptPath } from '@/lib/prompts/prompt-file';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';

/** What a list shows per recording (never the bytes). */
export const promptSummarySelect = {
  id: true,
  name: true,
  contentType: true,
  size: true,
  sha256: true,
  uploadedBy: true,
  uploadedAt: true,
} satisfies Prisma.PromptSelect;

type PromptSummaryRow = Prisma.PromptGetPayload<{ select: typeof promptSummarySelect }>;

export function toPromptSummary(row: PromptSummaryRow) {
  const ext = extensionOf(row.contentType);
  const path = promptPath({ sha256: row.sha256, ext });
  return {
    id: row.id,
    name: row.name,
    format: audioFormats[ext].label,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    /** What a Play file step stores, and what this app's pages play. */
    path,
    /** What 8x8 is sent: the path at the app's public address (APP_BASE_URL). */
    url: `${appBaseUrl()}${path}`,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

export type PromptSummary = ReturnType<typeof toPromptSummary>;
