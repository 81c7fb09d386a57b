import { describe, expect, it } from 'vitest';
import { sandboxSwitch } from './sandbox-switch';

describe('sandboxSwitch', () => {
  it('auto: on without real 8x8 credentials, off as soon as they are configured', () => {
    expect(sandboxSwitch('auto', false)).toEqual({ enabled: true, reason: null });
    expect(sandboxSwitch('auto', true)).toEqual({ enabled: false, reason: expect.stringMatching(/real 8x8 credentials are configured/) });
  });

  it('SANDBOX=on and SANDBOX=off override both ways', () => {
    expect(sandboxSwitch('on', true).enabled).toBe(true);
    expect(sandboxSwitch('off', false)).toEqual({ enabled: false, reason: expect.stringMatching(/SANDBOX=off/) });
    expect(sandboxSwitch('off', true).enabled).toBe(false);
  });
});
