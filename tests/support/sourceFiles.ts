import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A Dutch press release as a web page: navigation and footer around the article. */
export const HTML_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Nederland steunt Oekraïne met drones | Rijksoverheid.nl</title></head>
<body>
<nav><a href="/">Home</a> <a href="/onderwerpen">Onderwerpen</a> <a href="/contact">Contact</a></nav>
<main><article>
<h1>Nederland steunt Oekraïne met drones</h1>
<p>Nederland draagt circa €400 miljoen bij aan de productie van drones voor Oekraïne. Dat heeft de minister van Defensie vandaag bekendgemaakt tijdens de bijeenkomst van de Ukraine Defence Contact Group in Brussel.</p>
<h2>Samenwerking met de industrie</h2>
<p>De drones worden gemaakt door Oekraïense producenten. Nederland werkt daarbij samen met andere landen in de dronecoalitie, die de levering van onbemande systemen aan Oekraïne coördineert.</p>
<p>De minister benadrukte dat de militaire steun aan Oekraïne onverminderd doorgaat, zolang dat nodig is, en dat Nederland zijn toezeggingen voor dit jaar volledig nakomt.</p>
</article></main>
<footer><p>Rijksoverheid · Privacy · Cookies</p></footer>
</body></html>`;

/** What the page's main text must hold, paragraphs and headings apart. */
export const HTML_PARAGRAPHS = [
  'Samenwerking met de industrie',
  'Nederland draagt circa €400 miljoen bij aan de productie van drones voor Oekraïne.',
  'De drones worden gemaakt door Oekraïense producenten.',
];

/** Lines of an English text for a PDF (WinAnsi characters only: the standard fonts' set). */
export const PDF_LINES = [
  'NATO Defence Ministers agree new capability targets',
  'Allied Defence Ministers met in Brussels on 5 June 2025 and agreed new capability targets.',
  'The targets will guide national defence planning for the years to come.',
];

/** A PDF with a text layer of `lines` on one page, made with pdf-lib. */
export async function textPdf(lines: string[], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 40, y: 800 - i * 20, size: 11, font }));
  return pdf.save();
}

/** A PDF with a page but no text at all (what a scan without OCR looks like to a text layer). */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 40, y: 400, width: 300, height: 200 });
  return pdf.save();
}

/** Dutch plain text with Windows line ends, long enough for language detection. */
export const PLAIN_TEXT =
  'Brief over de steun aan Oekraïne.\r\n\r\nNederland draagt circa €400 mln bij aan drones voor Oekraïne. De minister van Defensie heeft dit de Kamer laten weten.\r\n';
