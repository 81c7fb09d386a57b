import { randomBytes } from 'node:crypto';

// Test recordings made in code rather than committed as binaries.

/** A PCM WAV of silence: RIFF/WAVE, a 16-byte fmt chunk (mono, 16-bit), then the data chunk. */
export function silentWav(seconds = 0.25, sampleRate = 8000): Buffer {
  const dataBytes = Math.round(seconds * sampleRate) * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per sample frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  return wav;
}

/** MPEG-1 Layer III frames of silence at 128 kbit/s, 44.1 kHz: a 4-byte header and 413 zero bytes each. */
export function silentMp3(frames = 4, { id3 = false } = {}): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x00]);
  const audio = Buffer.concat(Array.from({ length: frames }, () => frame));
  if (!id3) return audio;
  // An empty ID3v2.3 tag: "ID3", version 3.0, no flags, size 0 (syncsafe).
  return Buffer.concat([Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]), audio]);
}

/** Distinct bytes on every call (16 random bytes of faint noise first), so tests sharing a database never collide on the hash. */
export function uniqueWav(seconds = 0.25): Buffer {
  const wav = silentWav(seconds);
  randomBytes(16).copy(wav, 44);
  return wav;
}
