import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Elements whose text stands as a paragraph of its own. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'NAV',
  'FORM',
  'DETAILS',
  'SUMMARY',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of an element tree: one paragraph per block (headings included), spaces collapsed. */
function blocksOf(root: DomNode): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t !== '') out.push(t);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'BR') {
      line += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/**
 * The main text of an HTML page (Mozilla Readability over a linkedom document), one paragraph
 * or heading per block separated by a blank line; the whole body when Readability finds no
 * article. The page's title comes along, for a source given none.
 */
export function htmlText(html: string): { text: string; title?: string } {
  const { document } = parseHTML(html);
  const pageTitle = document.title?.trim() || undefined;
  type Doc = ConstructorParameters<typeof Readability>[0];
  const article = new Readability(document as unknown as Doc, { keepClasses: false }).parse();
  let blocks: string[] = [];
  if (article?.content) {
    const { document: inner } = parseHTML(
      `<!doctype html><html><body>${article.content}</body></html>`,
    );
    blocks = blocksOf(inner.body as unknown as DomNode);
  }
  if (blocks.length === 0) {
    const { document: whole } = parseHTML(html);
    if (whole.body) blocks = blocksOf(whole.body as unknown as DomNode);
  }
  const title = article?.title?.trim() || pageTitle;
  return { text: blocks.join('\n\n'), ...(title ? { title } : {}) };
}
