'use client';
/** /operations/compare with an operation the map does not have: 404, naming the parameter and its value. */
import { useSearchParams } from 'next/navigation';

export default function UnknownOperation() {
  const ops = useSearchParams().get('ops') ?? '';
  return (
    <>
      <h1>No such operation</h1>
      <p role="alert">
        The <code>ops</code> parameter (<code className="break">{ops.slice(0, 200)}</code>) names an operation the map does not have. Operations are given by
        their ids, comma-separated, e.g. <a href="/operations/compare?ops=encrochat,sky-ecc,anom">encrochat,sky-ecc,anom</a>; see <a href="/operations">all operations</a>.
      </p>
    </>
  );
}
