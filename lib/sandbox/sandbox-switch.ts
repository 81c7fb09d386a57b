// Whether the built-in sandbox (the 8x8 stand-in under /sandbox) is on. It exists for
// sandbox mode — the newcomer's `npm start`, tests, demos — so it is on while no real
// 8x8 credentials are configured and off as soon as they are; SANDBOX=on|off overrides.

export type SandboxSetting = 'auto' | 'on' | 'off';
export type SandboxState = { enabled: true; reason: null } | { enabled: false; reason: string };

export function sandboxSwitch(setting: SandboxSetting, realCredentials: boolean): SandboxState {
  if (setting === 'on') return { enabled: true, reason: null };
  if (setting === 'off') return { enabled: false, reason: 'The sandbox is off: SANDBOX=off' };
  if (realCredentials) {
    return { enabled: false, reason: 'The sandbox is off because real 8x8 credentials are configured (SANDBOX=on keeps it on)' };
  }
  return { enabled: true, reason: null };
}
