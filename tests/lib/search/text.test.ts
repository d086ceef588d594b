import { describe, expect, it } from 'vitest';
import { caseNameKey, caseNameKeys, fold, identifierKey, snippet, tokenize } from '@/lib/search/text';

describe('search text', () => {
  it('folds case and diacritics', () => {
    expect(fold('März Cour de cassation Ørsted')).toBe('marz cour de cassation orsted');
    // Letters with a stroke or without a dot have no combining mark to strip; readers type them plain.
    expect(fold('Yalçınkaya Højesteret Łódź Straße')).toBe('yalcinkaya hojesteret lodz strasse');
    expect(tokenize('Beschluss vom 2. März 2022 (5 StR 457/21)')).toEqual(['beschluss', 'vom', '2', 'marz', '2022', '5', 'str', '457', '21']);
  });

  it('gives every spelling of an identifier one key', () => {
    const key = identifierKey('ECLI:NL:HR:2024:190');
    for (const s of ['nl:hr:2024:190', 'ecli:nl:hr:2024:190', ' NL HR 2024 190 ', 'ECLI: NL:HR:2024:190']) expect(identifierKey(s), s).toBe(key);
    expect(identifierKey('5 StR 413/25')).toBe(identifierKey('5 str 413-25'));
    expect(identifierKey('C-670/22')).toBe('c67022');
    expect(identifierKey('C-670/22')).not.toBe(identifierKey('C-67/022x'));
  });

  it('cuts a snippet around the first matched word, in the original spelling', () => {
    const text = 'A'.repeat(300) + ' the decision of 2 März 2022 held that ' + 'B'.repeat(300);
    const s = snippet(text, ['marz'], 60)!;
    expect(s).toContain('März');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(snippet('nothing here', ['marz'])).toBeUndefined();
  });

  it('gives a case name one key however "&" is typed, and keys every run of its words through the "v"', () => {
    expect(caseNameKey('R v A, B, D and C')).toBe(caseNameKey('R v A, B, D & C'));
    const keys = caseNameKeys('R v A, B, D & C [2021] EWCA Crim 128');
    for (const typed of ['R v A', 'R v A, B', 'r v a b d and c', 'R v A, B, D & C']) expect(keys, typed).toContain(caseNameKey(typed));
    // The citation after the name is not part of it.
    expect(keys.some((k) => k.includes('2021'))).toBe(false);
  });

  it('finds the case name inside a longer title, and the party after "proceedings against"', () => {
    expect(caseNameKeys('Order of the General Court (Fifth Chamber) of 26 June 2025, FF v Eurojust and Europol, Case T-484/24')).toEqual(['ffveurojust', 'ffveurojusteuropol']);
    expect(caseNameKeys('Judgment of the Court (Grand Chamber) of 30 April 2024, Criminal proceedings against M.N. (EncroChat), Case C-670/22')).toEqual(['mn']);
    expect(caseNameKeys('CD v The Commonwealth of Australia; CD v Director of Public Prosecutions (SA) [2025] HCA 37')).toContain(caseNameKey('CD v Director of Public Prosecutions'));
    // Never a party's name alone, and nothing for a title without parties.
    expect(caseNameKeys('Marián Kočner v Europol')).not.toContain('europol');
    expect(caseNameKeys('BGH, Beschluss vom 2. März 2022 – 5 StR 457/21')).toEqual([]);
  });
});
