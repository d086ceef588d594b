/**
 * The shared date control (asOf=YYYY-MM-DD): a plain GET form, so it works without JavaScript and
 * the URL is the state. `keep` carries the page's other parameters through.
 */
import { queryString } from '@/lib/compare/query';

export interface AsOfFormProps {
  /** The page's path, e.g. "/matrix". */
  action: string;
  /** The date in force, if any. */
  asOf: string | undefined;
  /** Other URL parameters to keep when the date changes. */
  keep: ReadonlyArray<readonly [string, string]>;
  /** A problem with the requested date, to show the reader. */
  problem?: string | undefined;
}

export function AsOfForm({ action, asOf, keep, problem }: AsOfFormProps) {
  return (
    <div className="asof">
      <form method="get" action={action} className="asof-form">
        {keep.map(([k, v], i) => (
          <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
        ))}
        <label htmlFor="asof-date">The debate as it stood on</label>
        <input id="asof-date" type="date" name="asOf" defaultValue={asOf ?? ''} min="2016-01-01" max="2099-12-31" />
        <button type="submit">Show</button>
        {asOf ? <a href={action + queryString(keep)}>Back to today</a> : null}
      </form>
      {problem ? (
        <p role="alert" className="asof-problem">
          {problem}
        </p>
      ) : null}
      {asOf ? (
        <p className="asof-banner" role="status">
          <strong>As of {asOf}:</strong> only what had been argued and decided by the end of that day is shown. Later rulings, positions
          and events are hidden, and a ruling dated only by month or year appears from the end of that period.
        </p>
      ) : null}
    </div>
  );
}
