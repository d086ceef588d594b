/**
 * A pinpoint ("para 71-75") and, where the number was read elsewhere than the source's own page, a
 * link to that page; or, where there is none, the editors' reason.
 */
import type { Pinpoint } from '@/lib/model/schema';
import { formatPinpoint } from '@/lib/model/labels';
import { ReaderPinpoint } from './contribute/ReaderPinpoint';
import { suggestPinpointHref, type PinpointPlace } from './contribute/links';

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

/**
 * Why a citation or holding has no pinpoint, as the editors recorded it, and (with `suggest`) a link
 * for readers to suggest one and the pinpoint a reader supplied once a moderator approved it.
 */
export function UnpinnedNote({ reason, suggest }: { reason: string; suggest?: PinpointPlace }) {
  return (
    <div className="muted small unpinned">
      No paragraph or page given: {reason}
      {suggest ? (
        <>
          {' '}
          <a className="suggest-pinpoint no-print" href={suggestPinpointHref(suggest)}>
            Suggest a pinpoint
          </a>
          <ReaderPinpoint place={suggest} />
        </>
      ) : null}
    </div>
  );
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
