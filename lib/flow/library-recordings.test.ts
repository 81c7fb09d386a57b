import { describe, expect, it } from 'vitest';
import { hasErrors, lintFlow } from './lint';
import { recordingsPlayedBy } from './library-recordings';
import { doc, e, hangup, playFile, start } from './testing/builders';

const kept = `/prompts/${'a'.repeat(64)}.wav`;
const deleted = `/prompts/${'b'.repeat(64)}.mp3`;
const flow = doc(
  [start(), playFile('welcome', kept), playFile('music', deleted), playFile('again', kept), playFile('cdn', 'https://cdn.example.com/x.mp3'), hangup('end')],
  [e('start', 'next', 'welcome'), e('welcome', 'next', 'music'), e('music', 'next', 'again'), e('again', 'next', 'cdn'), e('cdn', 'next', 'end')],
);

describe('library recordings in a flow', () => {
  it('lists each recording the flow plays once, not URLs elsewhere', () => {
    expect(recordingsPlayedBy(flow)).toEqual([
      { sha256: 'a'.repeat(64), ext: 'wav' },
      { sha256: 'b'.repeat(64), ext: 'mp3' },
    ]);
  });

  it('lint flags a step whose recording is no longer in the library, as an error (publishing refuses it)', () => {
    const issues = lintFlow(flow, new Set(['a'.repeat(64)]));
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'missing-recording',
        nodeId: 'music',
        field: 'fileUrl',
        message: 'Play file "music": its recording was deleted from the prompt library; pick another one',
      },
    ]);
    expect(hasErrors(issues)).toBe(true);
  });

  it('without a library to check against, lint does not guess', () => {
    expect(lintFlow(flow)).toEqual([]);
  });
});
