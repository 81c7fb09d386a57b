// A library recording as a file: its formats, its size limit, and where it is served —
// /prompts/<sha256>.<ext>. The name is the hash of the bytes, so a changed recording is a new
// URL: 8x8 caches a file URL for an hour, and browsers and proxies may cache it for good (the
// response says `immutable`).

/** 8x8 plays files of at most 5 MB; read as 5,000,000 bytes, the stricter meaning. */
export const maxPromptBytes = 5_000_000;

export const audioFormats = {
  mp3: { contentType: 'audio/mpeg', label: 'MP3' },
  wav: { contentType: 'audio/wav', label: 'WAV' },
} as const;

export type AudioExtension = keyof typeof audioFormats;

export const promptPathPrefix = '/prompts/';

const fileNamePattern = /^([0-9a-f]{64})\.(mp3|wav)$/;

export type PromptFile = { sha256: string; ext: AudioExtension };

/** The path a recording is served at, relative to the app's public address. */
export function promptPath({ sha256, ext }: PromptFile): string {
  return `${promptPathPrefix}${sha256}.${ext}`;
}

/** `<sha256>.<ext>` (lower-case hex, mp3 or wav) or null: nothing else is ever served. */
export function parsePromptFileName(fileName: string): PromptFile | null {
  const match = fileNamePattern.exec(fileName);
  const [sha256, ext] = match ? match.slice(1) : [];
  return sha256 && (ext === 'mp3' || ext === 'wav') ? { sha256, ext } : null;
}

/** A Play file step's library recording, when its file is one: `/prompts/<sha256>.<ext>`. */
export function parsePromptPath(path: string): PromptFile | null {
  return path.startsWith(promptPathPrefix) ? parsePromptFileName(path.slice(promptPathPrefix.length)) : null;
}

/** The extension of a stored recording's content type (the library stores no other types). */
export function extensionOf(contentType: string): AudioExtension {
  if (contentType === audioFormats.mp3.contentType) return 'mp3';
  if (contentType === audioFormats.wav.contentType) return 'wav';
  throw new Error(`A recording is stored as ${contentType}, which the library never writes`);
}
