/** The reader's current brief, remembered in the browser so "Add to brief" on any page extends it. */
export const BRIEF_STORAGE_KEY = 'admissible-brief';

export function storedBrief(): string[] {
  try {
    const raw = window.localStorage.getItem(BRIEF_STORAGE_KEY);
    const ids = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(x)) : [];
  } catch {
    return [];
  }
}

export function storeBrief(ids: readonly string[]): void {
  try {
    window.localStorage.setItem(BRIEF_STORAGE_KEY, JSON.stringify(ids));
  } catch {
    // Storage may be disabled; the brief still lives in the URL.
  }
}
