import type { Metadata, Viewport } from 'next';
import { Suspense, type ReactNode } from 'react';
import { SiteHeader } from '@/components/SiteHeader';
import { AsOfKeeper } from '@/components/AsOfKeeper';
import { feedAlternates } from '@/lib/feeds/metadata';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Admissible — the encrypted-phone evidence debate, mapped', template: '%s — Admissible' },
  description:
    'An open, sourced map of the legal and ethical questions raised by the hacking and interception of encrypted-phone networks (EncroChat, Sky ECC, ANOM and others), and how courts have answered them.',
  icons: { icon: '/icon.svg' },
  alternates: feedAlternates(),
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121418' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        {/* The as-of banner and link keeping (client side: it reads the URL's asOf). */}
        <Suspense fallback={null}>
          <AsOfKeeper />
        </Suspense>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Admissible is a neutral, sourced reference, not legal advice. Code under the MIT licence; content under CC BY-SA 4.0.{' '}
          <a href="/about">Method and licences</a>.
        </footer>
      </body>
    </html>
  );
}
