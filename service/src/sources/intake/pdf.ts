import { extractText, getDocumentProxy, getMeta } from 'unpdf';

/**
 * The text layer of a PDF (PDF.js through unpdf), one page after the other separated by a blank
 * line, and the title its metadata gives, if any. An image-only PDF answers empty text.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; title?: string }> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = text.map((p) => p.replace(/[ \t]+\n/g, '\n').trim()).filter((p) => p !== '');
    let title: string | undefined;
    try {
      const meta = await getMeta(pdf);
      const t = meta.info?.Title;
      if (typeof t === 'string' && t.trim() !== '') title = t.trim();
    } catch {
      // A PDF without readable metadata still has its text.
    }
    return { text: pages.join('\n\n'), ...(title ? { title } : {}) };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
