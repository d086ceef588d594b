/** Where the browser fetches the search index from (written to public/api-data/search/ by lib/search/files.ts). */
export const SEARCH_INDEX_URL = '/api-data/search/index.json';
export const SEARCH_ENTRIES_URL = '/api-data/search/entries.json';
