import type { Metadata } from 'next';
import Link from 'next/link';
import { ModeBadge } from '@/components/ui/mode-badge';
import './globals.css';

export const metadata: Metadata = {
  title: 'IVR Studio — phone menus for 8x8',
  description: 'Design, run and review IVR phone menus on the 8x8 Voice platform.',
};

const sections = [
  ['/', 'Flows'],
  ['/calls', 'Calls'],
  ['/live', 'Live'],
  ['/history', 'History'],
  ['/analytics', 'Analytics'],
  ['/settings', '8x8 setup'],
] as const;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
            <Link href="/" className="font-semibold text-slate-900">
              IVR Studio
            </Link>
            {sections.map(([href, label]) => (
              <Link key={href} href={href} className="text-sm text-slate-700 hover:text-slate-900">
                {label}
              </Link>
            ))}
            <ModeBadge />
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
