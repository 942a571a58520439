/**
 * The <html> element lives in the layouts below (app/[locale]/layout.tsx for public pages, the
 * admin and sign-in layouts), so that each page states its own language; this one only passes
 * through, as next-intl's App Router set-up does.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
