/** The trail from a section's index to the current page; the last crumb is the page itself. */

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/** crumbs: from the top of the trail down to the current page (which has no href). */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {crumbs.map((c, i) => (
          <li key={`${i}-${c.label}`} aria-current={c.href ? undefined : 'page'}>
            {c.href ? <a href={c.href}>{c.label}</a> : c.label}
          </li>
        ))}
      </ol>
    </nav>
  );
}
