import { describe, expect, it } from 'vitest';
import { formatPinpoint, languageName, ownTitleNote } from '@/lib/model/labels';

describe('labels', () => {
  it('names a quote language for readers, and keeps an unknown tag as given', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('nl')).toBe('Dutch');
    expect(languageName('en-GB')).toBe('British English');
    expect(languageName('not a tag')).toBe('not a tag');
  });

  it("says under a source's title what its own title is, or that the editors gave it", () => {
    expect(ownTitleNote({ ownTitle: null })).toBe("Title given by the editors: the document's own title was not seen");
    expect(ownTitleNote({ ownTitle: 'Live meekijken met criminelen' })).toBe('Published as: Live meekijken met criminelen');
    expect(ownTitleNote({})).toBeUndefined();
  });

  it('formats pinpoints the way citations print them', () => {
    expect(formatPinpoint({ kind: 'paragraph', value: '119' })).toBe('para 119');
    expect(formatPinpoint({ kind: 'paragraph', value: '71-75' })).toBe('paras 71-75');
    expect(formatPinpoint({ kind: 'page', value: '12' })).toBe('p 12');
    expect(formatPinpoint({ kind: 'article', value: '31(1)' })).toBe('art 31(1)');
  });
});
