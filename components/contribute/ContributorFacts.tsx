/** The conflict-of-interest declaration and who contributed (the email only where showEmail, i.e. for moderators), as <dt>/<dd> pairs. */
export function ContributorFacts({ s, showEmail }: { /** Any kind of submission. */ s: { conflictOfInterest: { declared: boolean; details?: string | null }; contributor?: { name?: string; email?: string } }; /** Moderation view only. */ showEmail: boolean }) {
  return (
    <>
      <dt>Conflict of interest</dt>
      <dd className="user-text">{s.conflictOfInterest.declared ? `Declared: ${s.conflictOfInterest.details ?? ''}` : 'None declared'}</dd>
      <dt>Contributor</dt>
      <dd className="user-text">
        {s.contributor?.name || 'Anonymous'}
        {showEmail && s.contributor?.email ? ` <${s.contributor.email}>` : ''}
      </dd>
    </>
  );
}
