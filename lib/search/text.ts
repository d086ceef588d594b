/**
 * Text normalisation shared by the index, the identifier lookup and the snippets, so that what is
 * indexed and what is typed are folded the same way.
 */

/** Letters that carry no combining mark to strip but are typed without their stroke or dot: "Yalçınkaya" → "yalcinkaya". */
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Lower case without diacritics: "März" → "marz", "Bundesgerichtshof" → "bundesgerichtshof", "Høyesterett" → "hoyesterett". */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıłøđðþæœß]/g, (c) => PLAIN[c]!);
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

/** Party-name words: folded, "&" read as "and", and "and" itself dropped, so "D & C" and "D and C" meet. */
function partyWords(s: string): string[] {
  return tokenize(s.replace(/&/g, ' and ')).filter((w) => w !== 'and');
}

/** The key a typed case name is looked up by: "R v A, B, D and C" and "R v A, B, D & C" both give "rvabdc". */
export function caseNameKey(s: string): string {
  return partyWords(s).join('');
}

/** How many words before "v" a typed case name may start at (a party is rarely longer). */
const BEFORE_V = 4;

/**
 * The case names in a ruling's title: the stretch around each " v " (or after "proceedings
 * against"), from the last comma before it to the first bracket, "Case …" or "application …" after
 * it. "Order of the General Court …, FF v Eurojust and Europol, Case T-484/24" → "FF v Eurojust and
 * Europol"; "R v A, B, D & C [2021] EWCA Crim 128" → "R v A, B, D & C".
 */
function caseNames(title: string): string[] {
  return title.split(/;\s|\s[–—]\s/).flatMap((segment) => {
    const at = segment.search(/\s(?:v\.?|vs\.?|against)\s/i);
    if (at < 0) return [];
    const left = segment.slice(0, at).split(/,\s/).pop() ?? '';
    const right = segment.slice(at).split(/\s[[(]|,\s*(?:case|applications?|app\.?|nos?\.)\s/i)[0] ?? '';
    return [left + right];
  });
}

/**
 * The keys a ruling can be found by from its case name, however much of it is typed: every run of
 * words through the "v" ("R v A", "R v A, B, D & C", "Kočner v Europol", "A.L. and E.J. v France")
 * and the party after "against" ("M.N."). Anonymised parties are single letters, which the word
 * index drops; these keys are what finds them. A key is never a lone party name ("Europol"):
 * that is left to the word index.
 */
export function caseNameKeys(title: string): string[] {
  const keys = new Set<string>();
  for (const name of caseNames(title)) {
    const words = partyWords(name);
    words.forEach((w, p) => {
      if (w === 'v' || w === 'vs') {
        for (let s = Math.max(0, p - BEFORE_V); s < p; s++) for (let e = p + 2; e <= words.length; e++) keys.add(words.slice(s, e).join(''));
      }
      if (w === 'against') {
        for (let e = p + 2; e <= words.length; e++) {
          const key = words.slice(p + 1, e).join('');
          if (key.length >= 2) keys.add(key);
        }
      }
    });
  }
  return [...keys];
}
