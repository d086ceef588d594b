import { describe, expect, it } from 'vitest';
import { fold, identifierKey, snippet, tokenize } from '@/lib/search/text';

describe('search text', () => {
  it('folds case and diacritics', () => {
    expect(fold('März Cour de cassation Ørsted')).toBe('marz cour de cassation ørsted');
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
});
