'use client';
/**
 * "Add to brief": without JavaScript a link that starts a brief with this item; with it, the item
 * joins the brief the reader is already building (remembered in the browser), then opens it.
 */
import { storedBrief, storeBrief } from './briefStore';

export function AddToBrief({ id, label }: { /** Node, source or holding id. */ id: string; /** What is added, for screen readers. */ label: string }) {
  return (
    <a
      className="button-link no-print"
      href={`/brief?items=${encodeURIComponent(id)}`}
      onClick={(event) => {
        const items = storedBrief();
        if (!items.includes(id)) items.push(id);
        storeBrief(items);
        event.preventDefault();
        window.location.assign(`/brief?items=${items.map(encodeURIComponent).join(',')}`);
      }}
    >
      Add to brief<span className="visually-hidden">: {label}</span>
    </a>
  );
}
