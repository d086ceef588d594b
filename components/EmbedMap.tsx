/** A map view for an iframe: the server-drawn SVG, a line of attribution, and a link out. */
import type { LoadedCorpus } from '@/lib/data/corpus';
import { toSvg } from '@/lib/export/svg';

/** question: the question to show, or undefined for the whole map; base: the site's origin (app/_site/origin.ts). */
export function EmbedMap({ corpus, question, base }: { corpus: LoadedCorpus; question?: string; base: string }) {
  const svg = toSvg(corpus.graph, question ? { question } : {}, { siteUrl: base, version: corpus.version, linkTarget: '_top' });
  const href = question ? `${base}/questions/${question}` : `${base}/`;
  return (
    <div className="embed-view">
      <h1 className="visually-hidden">{question ? corpus.graph.node(question)?.title : 'The Admissible map'}</h1>
      <div className="embed-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="embed-credit small">
        <a href={href} target="_top">
          Admissible
        </a>{' '}
        · dataset version <code>{corpus.version}</code> · CC BY-SA 4.0
      </p>
    </div>
  );
}
