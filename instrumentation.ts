/**
 * Runs once when the server starts (Next.js instrumentation). Pages rendered per request read data/
 * from disk, so data/ must fit the model this build was made with: a file edited after the build
 * (a field the build does not know, say) would otherwise drop its records and answer 500 page by
 * page. The corpus is checked here instead, and the server refuses to start, naming each problem.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { DEFAULT_DATA_DIR, readCorpusFiles } = await import('@/lib/data/read');
  const { CorpusError, validateCorpus } = await import('@/lib/data/validate');
  try {
    const { files, parseErrors } = readCorpusFiles();
    if (parseErrors) throw parseErrors;
    validateCorpus(files);
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    console.error(
      [
        `The data in ${DEFAULT_DATA_DIR} does not fit this build of the site, so the server will not start.`,
        e.message,
        'Fix the data (npm run check:data names each problem) or, if the data is newer than the build, rebuild (npm run build).',
      ].join('\n'),
    );
    process.exit(1);
  }
}
