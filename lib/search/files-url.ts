/** Where the browser fetches the search index from (written to public/api-data/search/ by lib/search/files.ts). */
export const SEARCH_INDEX_URL = '/api-data/search/index.json';
export const SEARCH_ENTRIES_URL = '/api-data/search/entries.json';
/** The approved community contributions, added to that index in the browser (app/api/search/community). */
export const SEARCH_COMMUNITY_URL = '/api/search/community';
