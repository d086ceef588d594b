/** What a dated page shows for something that did not yet exist on that day. */
export function NotYet({ what, asOf }: { what: string; asOf: string }) {
  return (
    <>
      <h1>Not yet part of the debate on {asOf}</h1>
      <p>
        This {what} was not yet stated or published on <time dateTime={asOf}>{asOf}</time>. The banner above leads back to the debate as it stands today.
      </p>
    </>
  );
}
