import { GlyphCoverage } from './glyphs';

type Node = unknown;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Rewrites an inline text value (`text:` of a node): strings become runs where needed. */
function inlineText(value: Node, cov: GlyphCoverage): Node {
  if (typeof value === 'string') return cov.split(value);
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item === 'string') {
        const split = cov.split(item);
        return typeof split === 'string' ? split : { text: split };
      }
      return inlineText(item, cov);
    });
  }
  if (isRecord(value)) return content(value, cov);
  return value;
}

/** Keys whose value is a list of content nodes. */
const CONTAINER_KEYS = ['stack', 'columns', 'ul', 'ol'] as const;

/**
 * Walks a pdfmake content tree and returns a copy in which every character the main font lacks
 * is wrapped in a run of the fallback font; `cov` records what could not be drawn at all.
 */
export function content(node: Node, cov: GlyphCoverage): Node {
  if (typeof node === 'string') {
    const split = cov.split(node);
    return typeof split === 'string' ? split : { text: split };
  }
  if (Array.isArray(node)) return node.map((n) => content(n, cov));
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = { ...node };
  if ('text' in node) out.text = inlineText(node.text, cov);
  for (const key of CONTAINER_KEYS) {
    if (Array.isArray(node[key])) out[key] = (node[key] as Node[]).map((n) => content(n, cov));
  }
  const table = node.table;
  if (isRecord(table) && Array.isArray(table.body)) {
    out.table = {
      ...table,
      body: (table.body as Node[]).map((row) => (Array.isArray(row) ? row.map((cell) => content(cell, cov)) : row)),
    };
  }
  return out;
}
