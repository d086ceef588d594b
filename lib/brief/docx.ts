/**
 * A brief as a Word document (OOXML, written by the `docx` library): a heading per entry, its text
 * with real footnotes (w:footnoteReference, so Word and LibreOffice number and place them), the
 * permalink, and the bibliography. Returns the .docx bytes.
 */
import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { footnoteText, type Brief } from './brief';

/** Characters WordprocessingML's XML cannot carry are dropped rather than corrupting the file. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (s: string) => s.replace(NOT_XML_CHAR, '');

export async function briefToDocx(brief: Brief, title = 'Brief'): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let n = 0;
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(title))] }),
    new Paragraph({
      children: [
        new TextRun(
          clean(`Prepared with Admissible, dataset version ${brief.version}${brief.asOf ? `, showing the debate as of ${brief.asOf}` : ''}; accessed ${brief.accessed}. References in ${brief.style.label}.`),
        ),
      ],
    }),
  ];
  brief.entries.forEach((entry, i) => {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(clean(`${i + 1}. ${entry.kindLabel}: ${entry.title}`))] }));
    const refs = entry.footnotes.map((f) => {
      n += 1;
      footnotes[n] = { children: [new Paragraph({ children: [new TextRun(clean(footnoteText(f)))] })] };
      return new FootnoteReferenceRun(n);
    });
    body.push(new Paragraph({ children: [new TextRun(clean(entry.text)), ...refs] }));
    body.push(
      new Paragraph({
        children: [new TextRun('Permalink: '), new ExternalHyperlink({ link: entry.permalink, children: [new TextRun({ text: entry.permalink, style: 'Hyperlink' })] })],
      }),
    );
  });
  if (brief.bibliography.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Bibliography')] }));
    for (const b of brief.bibliography) body.push(new Paragraph({ children: [new TextRun(clean(b))] }));
  }
  const doc = new Document({
    creator: 'Admissible',
    title: clean(title),
    description: `Dataset version ${brief.version}`,
    footnotes,
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
