'use client';
/** The site's header and main navigation; marks the current section for screen readers. */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { SiteSearchBox } from './SiteSearchBox';

export const NAV_ITEMS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/', label: 'Questions' },
  { href: '/map', label: 'Map' },
  { href: '/matrix', label: 'Matrix' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/rulings', label: 'Rulings' },
  { href: '/jurisdictions', label: 'Jurisdictions' },
  { href: '/operations', label: 'Operations' },
  { href: '/sources', label: 'Sources' },
  { href: '/search', label: 'Search' },
  { href: '/contribute', label: 'Contribute' },
  { href: '/about', label: 'About' },
];

export function SiteHeader() {
  const pathname = usePathname() ?? '/';
  const current = (href: string) => (href === '/' ? pathname === '/' || pathname.startsWith('/questions') : pathname.startsWith(href));
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          Admissible
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={current(item.href) ? 'page' : undefined} prefetch={false}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearchBox />
      </div>
    </header>
  );
}
