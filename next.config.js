/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run
  // time; bundling it would break those paths.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
  // Webhook replies are a few hundred bytes: gzip costs more CPU than it saves
  // (measured: ~6% of the server's time under load). A proxy in front compresses pages.
  compress: false,
  // Parallel test runs (and benchmarks) build into their own folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // forbidden() in lib/auth/require-page.ts: a page a role may not open answers 403.
  experimental: { authInterrupts: true },
};

export default nextConfig;
