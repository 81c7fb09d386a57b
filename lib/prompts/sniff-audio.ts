import type { AudioExtension } from './prompt-file';

// What an upload is, from its bytes alone: a file's name and the type a browser claims are
// whatever the sender says. 8x8 plays MP3 and WAV (../shared/8x8/README.md, playFile).

export const acceptedAudio = 'MP3 (MPEG audio Layer III, with or without an ID3v2 tag) or WAV (RIFF/WAVE with a fmt chunk)';

export type Sniffed = { ok: true; ext: AudioExtension } | { ok: false; problem: string };

export function sniffAudio(bytes: Uint8Array): Sniffed {
  if (isWav(bytes)) return { ok: true, ext: 'wav' };
  if (hasId3v2Tag(bytes) || mpegFrame(bytes) === 'layer3') return { ok: true, ext: 'mp3' };
  return { ok: false, problem: `This file is ${describe(bytes)}, not an MP3 or WAV recording. Upload ${acceptedAudio}.` };
}

/** The byte at an index, 0 past the end (the checks below read fixed offsets). */
const byte = (bytes: Uint8Array, at: number) => bytes[at] ?? 0;

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  bytes.length >= at + text.length && [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

const isRiffWave = (bytes: Uint8Array) => ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE');

/** RIFF….WAVE whose chunks include a whole `fmt ` chunk (16 bytes or more: how the audio is encoded). */
function isWav(bytes: Uint8Array): boolean {
  if (!isRiffWave(bytes)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Each chunk: a 4-character id, its size (little-endian), the data padded to an even length.
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    if (ascii(bytes, at, 'fmt ')) return size >= 16 && at + 8 + 16 <= bytes.length;
    at += 8 + size + (size % 2);
  }
  return false;
}

/** "ID3", a major version 2–4, flags, and a size of four 7-bit ("syncsafe") bytes. */
function hasId3v2Tag(bytes: Uint8Array): boolean {
  if (!ascii(bytes, 0, 'ID3') || bytes.length < 10) return false;
  const major = byte(bytes, 3);
  return major >= 2 && major <= 4 && byte(bytes, 4) !== 0xff && [6, 7, 8, 9].every((i) => byte(bytes, i) < 0x80);
}

/**
 * The file starts with an MPEG audio frame header: 11 sync bits, then a version, layer,
 * bitrate and sample rate that are not reserved. Layer III is MP3; I and II are other codecs.
 */
function mpegFrame(bytes: Uint8Array): 'layer3' | 'other-layer' | null {
  const [b0, b1, b2] = [byte(bytes, 0), byte(bytes, 1), byte(bytes, 2)];
  if (bytes.length < 4 || b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 0b11;
  const layer = (b1 >> 1) & 0b11;
  const bitrate = b2 >> 4;
  const sampleRate = (b2 >> 2) & 0b11;
  if (version === 0b01 || layer === 0b00 || bitrate === 0b1111 || sampleRate === 0b11) return null;
  return layer === 0b01 ? 'layer3' : 'other-layer';
}

/** What the bytes look like, for the refusal's message. */
function describe(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'empty';
  if (isRiffWave(bytes)) return 'a WAV without a complete fmt chunk (the part that says how the audio is encoded)';
  if (mpegFrame(bytes) === 'other-layer') return 'MPEG audio of another layer (MP1 or MP2)';
  const signatures: Array<[number, string, string]> = [
    [0, '\u0089PNG', 'a PNG image'],
    [0, 'GIF8', 'a GIF image'],
    [0, '%PDF', 'a PDF document'],
    [0, 'OggS', 'an Ogg (Vorbis or Opus) recording'],
    [0, 'fLaC', 'a FLAC recording'],
    [0, 'FORM', 'an AIFF recording'],
    [0, 'PK\u0003\u0004', 'a ZIP archive (or an Office document)'],
    [0, '\u001aE\u00df\u00a3', 'a WebM or Matroska file'],
    [4, 'ftyp', 'an MP4 or M4A file'],
    [0, 'RIFF', 'a RIFF file that is not WAVE (a video or other media)'],
  ];
  for (const [at, signature, what] of signatures) if (ascii(bytes, at, signature)) return what;
  if (byte(bytes, 0) === 0xff && byte(bytes, 1) === 0xd8) return 'a JPEG image';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'an HTML or XML document';
  if (isText(bytes.subarray(0, 512))) return 'text';
  return 'not a recognisable audio file';
}

/** No control characters but tab, line feed and carriage return (UTF-8 text passes). */
function isText(bytes: Uint8Array): boolean {
  return bytes.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) && bytes.length > 0;
}
