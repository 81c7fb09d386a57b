import { describe, expect, it } from 'vitest';
import { silentMp3, silentWav } from '@/lib/testing/audio-samples';
import { sniffAudio } from './sniff-audio';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const refusal = (input: Uint8Array) => {
  const sniffed = sniffAudio(input);
  return sniffed.ok ? `accepted as ${sniffed.ext}` : sniffed.problem;
};

describe('sniffAudio: WAV', () => {
  it('accepts RIFF/WAVE with a fmt chunk', () => {
    expect(sniffAudio(silentWav())).toEqual({ ok: true, ext: 'wav' });
  });

  it('finds the fmt chunk after other chunks (LIST, odd-sized and padded)', () => {
    const wav = silentWav();
    const list = bytes('LIST', [3, 0, 0, 0], 'abc', [0]);
    const withList = Buffer.concat([wav.subarray(0, 12), list, wav.subarray(12)]);
    expect(sniffAudio(withList)).toEqual({ ok: true, ext: 'wav' });
  });

  it('refuses RIFF/WAVE without a fmt chunk, or with one cut short', () => {
    expect(refusal(bytes('RIFF', [4, 0, 0, 0], 'WAVE', 'data', [0, 0, 0, 0]))).toMatch(/a WAV without a complete fmt chunk/);
    expect(refusal(silentWav().subarray(0, 30))).toMatch(/a WAV without a complete fmt chunk/);
  });

  it('survives a chunk size that points past the end', () => {
    expect(refusal(bytes('RIFF', [0, 0, 0, 0], 'WAVE', 'junk', [0xff, 0xff, 0xff, 0xff], 'fmt '))).toMatch(/fmt chunk/);
  });

  it('refuses a RIFF that is not WAVE', () => {
    expect(refusal(bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'))).toMatch(/RIFF file that is not WAVE/);
  });
});

describe('sniffAudio: MP3', () => {
  it('accepts an MPEG-1 Layer III frame, with or without an ID3v2 tag in front', () => {
    expect(sniffAudio(silentMp3())).toEqual({ ok: true, ext: 'mp3' });
    expect(sniffAudio(silentMp3(1, { id3: true }))).toEqual({ ok: true, ext: 'mp3' });
  });

  it('accepts MPEG-2 and 2.5 Layer III frames', () => {
    expect(sniffAudio(bytes([0xff, 0xf3, 0x90, 0x00]))).toEqual({ ok: true, ext: 'mp3' });
    expect(sniffAudio(bytes([0xff, 0xe3, 0x90, 0x00]))).toEqual({ ok: true, ext: 'mp3' });
  });

  it('refuses frame headers with reserved fields, and other layers', () => {
    expect(refusal(bytes([0xff, 0xeb, 0x90, 0x00]))).toMatch(/not an MP3/); // version 01 is reserved
    expect(refusal(bytes([0xff, 0xf9, 0x90, 0x00]))).toMatch(/not an MP3/); // layer 00 is reserved
    expect(refusal(bytes([0xff, 0xfb, 0xf0, 0x00]))).toMatch(/not an MP3/); // bitrate 1111 is invalid
    expect(refusal(bytes([0xff, 0xfb, 0x9c, 0x00]))).toMatch(/not an MP3/); // sample rate 11 is reserved
    expect(refusal(bytes([0xff, 0xfd, 0x90, 0x00]))).toMatch(/MPEG audio of another layer \(MP1 or MP2\)/);
  });

  it('refuses a broken ID3 header (a size byte with its top bit set, an unknown version)', () => {
    expect(refusal(bytes('ID3', [3, 0, 0, 0x80, 0, 0, 0]))).toMatch(/not an MP3/);
    expect(refusal(bytes('ID3', [9, 0, 0, 0, 0, 0, 0]))).toMatch(/not an MP3/);
    expect(refusal(bytes('ID3'))).toMatch(/text/);
  });
});

describe('sniffAudio: everything else is refused, saying what it looks like and what is accepted', () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['a text file renamed .mp3', Buffer.from('hello, this is not audio\n'), /This file is text, not an MP3 or WAV recording/],
    ['an HTML page', Buffer.from('\uFEFF  <!doctype html><html><body>hi</body></html>'), /an HTML or XML document/],
    ['a PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 13]), /a PNG image/],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), /a JPEG image/],
    ['an Ogg', bytes('OggS', [0, 2, 0, 0]), /an Ogg/],
    ['an M4A', bytes([0, 0, 0, 32], 'ftypM4A '), /an MP4 or M4A file/],
    ['a FLAC', bytes('fLaC', [0, 0, 0, 34]), /a FLAC recording/],
    ['binary noise', bytes([1, 2, 3, 4, 0, 250, 7]), /not a recognisable audio file/],
    ['nothing', new Uint8Array(0), /This file is empty/],
  ];
  for (const [what, input, message] of cases) {
    it(what, () => {
      const problem = refusal(input);
      expect(problem).toMatch(message);
      expect(problem).toMatch(/Upload MP3 \(MPEG audio Layer III, with or without an ID3v2 tag\) or WAV \(RIFF\/WAVE with a fmt chunk\)/);
    });
  }
});
