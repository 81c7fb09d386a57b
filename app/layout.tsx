import type { Metadata } from 'next';
import Link from 'next/link';
import { ActorProvider } from '@/components/auth/actor-context';
import { UserMenu } from '@/components/auth/user-menu';
import { SandboxProvider } from '@/components/sandbox/sandbox-context';
import { ModeBadge } from '@/components/ui/mode-badge';
import { can, type Permission } from '@/lib/auth/permissions';
import { requireSignedInUnlessOpen } from '@/lib/auth/require-page';
import { sandboxState } from '@/lib/server/sandbox/sandbox-enabled';
import { voiceConnection } from '@/lib/server/voice/voice-connection';
import './globals.css';

export const metadata: Metadata = {
  title: 'IVR Studio — phone menus for 8x8',
  description: 'Design, run and review IVR phone menus on the 8x8 Voice platform.',
};

const sections: ReadonlyArray<readonly [string, string, Permission]> = [
  ['/', 'Flows', 'flows.read'],
  ['/prompts', 'Prompts', 'flows.read'],
  ['/calls', 'Calls', 'calls.read'],
  ['/campaigns', 'Campaigns', 'campaigns.read'],
  ['/do-not-call', 'Do not call', 'dnc.read'],
  ['/live', 'Live', 'calls.read'],
  ['/history', 'History', 'calls.read'],
  ['/analytics', 'Analytics', 'calls.read'],
  ['/settings', '8x8 setup', 'settings.manage'],
  ['/users', 'Users', 'users.manage'],
  ['/tokens', 'API tokens', 'tokens.manage'],
  ['/audit', 'Audit log', 'audit.read'],
];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireSignedInUnlessOpen();
  const mode = actor ? (await voiceConnection()).mode : null;
  const sandbox = actor ? await sandboxState() : { enabled: false, reason: null };
  const identity = actor ? { label: actor.label, role: actor.role, type: actor.type } : null;
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
            <Link href="/" className="font-semibold text-slate-900">
              IVR Studio
            </Link>
            {actor &&
              sections
                .filter(([, , permission]) => can(actor.role, permission))
                .map(([href, label]) => (
                  <Link key={href} href={href} className="text-sm text-slate-700 hover:text-slate-900">
                    {label}
                  </Link>
                ))}
            {actor && (
              <div className="ml-auto flex items-center gap-4">
                {mode && <ModeBadge mode={mode} />}
                <UserMenu label={actor.label} role={actor.role} />
              </div>
            )}
          </nav>
        </header>
        <ActorProvider actor={identity}>
          <SandboxProvider value={sandbox}>
            <main>{children}</main>
          </SandboxProvider>
        </ActorProvider>
      </body>
    </html>
  );
}
