/** Shows a source's verification status in words and with a symbol, never by colour alone. */
import type { VerificationStatus } from '@/lib/model/schema';
import { VERIFICATION_LABELS } from '@/lib/model/labels';

const SYMBOLS: Record<VerificationStatus, string> = { verified: '✓', secondary: '◐', partial: '◑', unverified: '?' };

/**
 * status: the source's verification status. A verified source's badge carries no explanation of its
 * own (the about page gives it): pages list hundreds of them, and the repeated sentence was a large
 * share of their HTML. The other statuses keep theirs, as a warning on hover.
 */
export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { label, explanation } = VERIFICATION_LABELS[status];
  return (
    <span className={`badge ${status}`} title={status === 'verified' ? undefined : explanation}>
      <span aria-hidden="true">{SYMBOLS[status]}</span> {label}
    </span>
  );
}
