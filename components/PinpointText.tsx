/**
 * A pinpoint ("para 71-75") and, where the number was read elsewhere than the source's own page, a
 * link to that page; or, where there is none, the editors' reason.
 */
import type { Pinpoint } from '@/lib/model/schema';
import { formatPinpoint } from '@/lib/model/labels';

export function PinpointText({ pinpoint }: { pinpoint: Pinpoint }) {
  return (
    <>
      {formatPinpoint(pinpoint)}
      {pinpoint.seenAt ? (
        <span className="muted small">
          {' '}
          (number read at <a href={pinpoint.seenAt}>{hostOf(pinpoint.seenAt)}</a>)
        </span>
      ) : null}
    </>
  );
}

/** Why a citation or holding has no pinpoint, as the editors recorded it. */
export function UnpinnedNote({ reason }: { reason: string }) {
  return <div className="muted small unpinned">No paragraph or page given: {reason}</div>;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
