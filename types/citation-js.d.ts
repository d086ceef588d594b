// citation-js 0.7 ships no type declarations: the small part of its API this project uses.
declare module '@citation-js/core' {
  export interface CslData {
    id: string;
    type: string;
    title?: string;
    [field: string]: unknown;
  }
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    entry?: Array<{ id: string; locator?: string; label?: string }> | { id: string; locator?: string; label?: string };
    [option: string]: unknown;
  }
  export class Cite {
    constructor(data?: unknown, options?: unknown);
    data: CslData[];
    format(format: string, options?: FormatOptions): string;
    static async(data: unknown, options?: unknown): Promise<Cite>;
  }
  export const plugins: {
    config: {
      get(name: string): {
        templates: { add(name: string, xml: string): void; has(name: string): boolean };
        locales: { add(name: string, xml: string): void; has(name: string): boolean };
        format?: Record<string, unknown>;
        parse?: Record<string, unknown>;
      };
    };
    input: { util: unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
