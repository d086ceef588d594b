/**
 * Text normalisation shared by the index, the identifier lookup and the snippets, so that what is
 * indexed and what is typed are folded the same way.
 */

/** Lower case without diacritics: "März" → "marz", "Bundesgerichtshof" → "bundesgerichtshof". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The key an identifier is looked up by: folded, without an "ECLI:" prefix, and with every space,
 * colon, slash, hyphen and dot removed, so "ECLI:NL:HR:2024:190", "nl:hr:2024:190" and
 * "NL HR 2024 190" meet, as do "5 StR 413/25" and "5 str 413/25", or "C-670/22" and "c 670/22".
 * Digits and letters keep their order, so two different identifiers never share a key unless they
 * differ only in punctuation.
 */
export function identifierKey(s: string): string {
  return fold(s.trim())
    .replace(/^ecli\s*:?\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words a text is indexed under and a query is split into (letters and digits, folded). */
export function tokenize(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/**
 * A short passage of `text` around the first of `terms` (folded index terms) that it contains,
 * with an ellipsis where it was cut; undefined when none occurs.
 */
export function snippet(text: string, terms: readonly string[], width = 160): string | undefined {
  if (!text || terms.length === 0) return undefined;
  // Fold one character at a time so a position in the folded text maps back to the original.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  }
  let at = -1;
  let len = 0;
  for (const t of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    const m = re.exec(folded);
    if (m && (at < 0 || m.index < at)) {
      at = m.index;
      len = t.length;
    }
  }
  if (at < 0) return undefined;
  const start = origin[at]!;
  const end = origin[Math.min(at + len, origin.length) - 1]! + 1;
  const from = Math.max(0, start - Math.floor((width - (end - start)) / 2));
  const to = Math.min(text.length, from + width);
  // Cut at a space near the edges when there is one, so words stay whole.
  const space = (at: number, dir: -1 | 1) => {
    const k = dir < 0 ? text.lastIndexOf(' ', at) : text.indexOf(' ', at);
    return k >= 0 && Math.abs(k - at) <= 20 ? k : at;
  };
  const a = from > 0 ? Math.min(start, space(from, -1) + (text[space(from, -1)] === ' ' ? 1 : 0)) : 0;
  const b = to < text.length ? Math.max(end, space(to, 1)) : text.length;
  return `${a > 0 ? '…' : ''}${text.slice(a, b).trim()}${b < text.length ? '…' : ''}`;
}
