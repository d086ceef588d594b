'use client';
/**
 * While the page is shown "as of" a date (?asOf=YYYY-MM-DD), a banner says so with a link back to
 * today, and every internal link keeps the date: hrefs are rewritten (so hovering, copying and
 * opening in a new tab keep it) and clicks on links rendered before the rewrite are sent to the
 * dated URL. One place for the whole site, header and footer included (lib/asof.ts has the rule).
 */
import { useEffect } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { ASOF_PARAM, readAsOf, withAsOf, withoutAsOf } from '@/lib/asof';

function internalHref(a: HTMLAnchorElement): string | undefined {
  const raw = a.getAttribute('href');
  if (!raw || a.hasAttribute('data-asof-exempt') || a.hasAttribute('download') || (a.target && a.target !== '_self')) return undefined;
  return raw.startsWith('/') && !raw.startsWith('//') ? raw : undefined;
}

export function AsOfKeeper() {
  const params = useSearchParams();
  const pathname = usePathname() ?? '/';
  const router = useRouter();
  const { asOf } = readAsOf(params.get(ASOF_PARAM));

  useEffect(() => {
    if (!asOf) return;
    const rewrite = (root: ParentNode) => {
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
        const href = internalHref(a);
        if (href) {
          const dated = withAsOf(href, asOf);
          if (dated !== href) a.setAttribute('href', dated);
        }
      }
    };
    rewrite(document);
    const observer = new MutationObserver(() => rewrite(document));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const a = (event.target as Element | null)?.closest?.('a');
      const href = a ? internalHref(a) : undefined;
      if (!href) return;
      // Always navigate here: a Next <Link> would go to the href it was rendered with, not the rewritten one.
      const dated = withAsOf(href, asOf);
      event.preventDefault();
      event.stopPropagation();
      router.push(dated);
    };
    window.addEventListener('click', onClick, true);
    return () => {
      observer.disconnect();
      window.removeEventListener('click', onClick, true);
    };
  }, [asOf, router]);

  if (!asOf) return null;
  const query = params.toString();
  return (
    <p className="asof-site" role="note" data-asof={asOf}>
      Showing the debate as it stood on <time dateTime={asOf}>{asOf}</time>: later positions, arguments, rulings and sources are left out.{' '}
      <a href={withoutAsOf(`${pathname}${query ? `?${query}` : ''}`)} data-asof-exempt="">
        Back to today
      </a>
    </p>
  );
}
