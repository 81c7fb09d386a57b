import { describe, expect, it } from 'vitest';
import { resumePoint } from './resume-point';

const session = { versionId: 'v1', nodeId: 'menu', step: 3 };

describe('resumePoint', () => {
  it('follows the session when the callback names its own step', () => {
    expect(resumePoint(session, { versionId: 'v1', nodeId: 'menu', step: 3 })).toEqual(session);
  });

  it('follows the session when the callback carries no clientActionId (an outbound call’s first)', () => {
    expect(resumePoint(session, null)).toEqual(session);
  });

  it('answers a late callback (a step the session has passed) from the session’s step', () => {
    expect(resumePoint(session, { versionId: 'v1', nodeId: 'welcome', step: 1 })).toEqual(session);
    expect(resumePoint(session, { versionId: 'v1', nodeId: 'other', step: 3 })).toEqual(session);
  });

  it('trusts a callback ahead of the session: another server answered it and has not stored it yet', () => {
    expect(resumePoint(session, { versionId: 'v1', nodeId: 'billing', step: 5 })).toEqual({ versionId: 'v1', nodeId: 'billing', step: 5 });
  });

  it('never obeys a claim for another version than the call’s, however far ahead', () => {
    expect(resumePoint(session, { versionId: 'v2', nodeId: 'menu', step: 99 })).toEqual(session);
  });

  it('does not trust an unnumbered claim over the session (the designer’s preview, or a reply from before numbering)', () => {
    expect(resumePoint(session, { versionId: 'v1', nodeId: 'billing', step: null })).toEqual(session);
  });

  it('takes the claim when nothing else is known of the call, an unnumbered one as the first reply', () => {
    expect(resumePoint(null, { versionId: 'v1', nodeId: 'billing', step: 4 })).toEqual({ versionId: 'v1', nodeId: 'billing', step: 4 });
    expect(resumePoint(null, { versionId: 'v1', nodeId: 'billing', step: null })).toEqual({ versionId: 'v1', nodeId: 'billing', step: 0 });
  });

  it('knows nothing when neither the session nor the callback says', () => {
    expect(resumePoint(null, null)).toBeNull();
  });
});
