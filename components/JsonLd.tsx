/** A schema.org JSON-LD block; `script` comes from lib/cite/jsonld (already escaped). */
export function JsonLd({ script }: { script: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: script }} />;
}
