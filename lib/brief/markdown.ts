/** A brief as Markdown: numbered sections, footnotes as `[^n]` (CommonMark + GFM footnotes), then the bibliography. */
import type { Brief, BriefFootnote } from './brief';

/** Markdown punctuation in editors' and contributors' text is shown as typed, not interpreted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1').replace(/^(\s*)([#+-]|\d+\.)/gm, '$1\\$2');
}

/** A footnote: the escaped reference, then the permalink as an autolink. */
function footnoteMarkdown(f: BriefFootnote): string {
  return [escapeMarkdown(f.text), f.url ? `<${f.url}>` : '', f.remark ? `(${escapeMarkdown(f.remark)})` : ''].filter(Boolean).join(' ');
}

export function briefToMarkdown(brief: Brief, title = 'Brief'): string {
  const lines: string[] = [`# ${escapeMarkdown(title)}`, ''];
  lines.push(
    `Prepared with Admissible, dataset version ${brief.version}${brief.asOf ? `, showing the debate as of ${brief.asOf}` : ''}; accessed ${brief.accessed}. References in ${brief.style.label}.`,
    '',
  );
  const notes: BriefFootnote[] = [];
  brief.entries.forEach((entry, i) => {
    const marks = entry.footnotes.map((f) => {
      notes.push(f);
      return `[^${notes.length}]`;
    });
    lines.push(`## ${i + 1}. ${entry.kindLabel}: ${escapeMarkdown(entry.title)}`, '', `${escapeMarkdown(entry.text)}${marks.join('')}`, '', `Permalink: <${entry.permalink}>`, '');
  });
  if (brief.bibliography.length) {
    lines.push('## Bibliography', '', ...brief.bibliography.map((b) => `- ${escapeMarkdown(b)}`), '');
  }
  notes.forEach((n, i) => lines.push(`[^${i + 1}]: ${footnoteMarkdown(n)}`));
  return lines.join('\n') + '\n';
}
