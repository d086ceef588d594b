/**
 * A JSON Schema (draft-07) for CSL 1.0.2 input data, written from the CSL specification's
 * lists of item types and variables: what CSL processors accept, with no extra fields.
 */
const TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection',
  'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview',
  'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent',
  'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book',
  'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage',
];
const NAME_VARIABLES = ['author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director', 'editor', 'editorial-director', 'executive-producer', 'interviewer', 'illustrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient', 'reviewed-author', 'translator'];
const DATE_VARIABLES = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];
const STRING_VARIABLES = [
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority', 'call-number', 'citation-label',
  'collection-title', 'container-title', 'container-title-short', 'dimensions', 'division', 'DOI', 'event', 'event-place', 'event-title', 'genre',
  'ISBN', 'ISSN', 'jurisdiction', 'keyword', 'language', 'medium', 'note', 'original-publisher', 'original-publisher-place', 'original-title',
  'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-title', 'scale', 'section', 'source', 'status',
  'title', 'title-short', 'translated-title', 'URL', 'version', 'year-suffix',
];
const NUMBER_VARIABLES = ['chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue', 'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part', 'printing', 'supplement', 'volume'];

const name = {
  type: 'object',
  properties: Object.fromEntries(['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal'].map((k) => [k, { type: 'string' }])),
  additionalProperties: false,
  anyOf: [{ required: ['family'] }, { required: ['literal'] }],
};
const date = {
  type: 'object',
  properties: {
    'date-parts': { type: 'array', minItems: 1, maxItems: 2, items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } } },
    literal: { type: 'string' },
    raw: { type: 'string' },
  },
  additionalProperties: false,
};

export const cslDataSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'type'],
    additionalProperties: false,
    properties: {
      id: { type: ['string', 'number'] },
      type: { enum: TYPES },
      ...Object.fromEntries(NAME_VARIABLES.map((v) => [v, { type: 'array', items: name }])),
      ...Object.fromEntries(DATE_VARIABLES.map((v) => [v, date])),
      ...Object.fromEntries(STRING_VARIABLES.map((v) => [v, { type: 'string' }])),
      ...Object.fromEntries(NUMBER_VARIABLES.map((v) => [v, { type: ['string', 'number'] }])),
    },
  },
};
