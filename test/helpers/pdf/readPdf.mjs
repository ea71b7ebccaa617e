// Reads a PDF back with pdf.js (the npm package, no system tools) and prints one JSON document:
//   node test/helpers/pdf/readPdf.mjs FILE.pdf            → { info, pages: [{ layout, raw }], fonts }
//   node test/helpers/pdf/readPdf.mjs FILE.pdf OUT.png    → also draws page 1 at 60 dpi into OUT.png
// A separate process because pdf.js is an ES module that jest's CommonJS sandbox cannot import;
// test/helpers/pdfTools.ts calls it synchronously and caches the answer per file.
import { readFileSync, writeFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [file, png] = process.argv.slice(2);
const doc = await getDocument({
  data: new Uint8Array(readFileSync(file)),
  disableFontFace: true,
  fontExtraProperties: true,
  useSystemFonts: false,
  verbosity: 0,
}).promise;

/** Text items of a page as lines: same baseline (within half a font size), left to right, gaps as spaces. */
function layoutText(items) {
  const runs = items
    .filter((it) => it.str !== '')
    .map((it) => ({ str: it.str, x: it.transform[4], y: it.transform[5], size: Math.abs(it.transform[3]) || 10, width: it.width }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const run of runs) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.min(l.size, run.size) / 2);
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      let text = '';
      let end = null;
      for (const run of line.runs.sort((a, b) => a.x - b.x)) {
        // A gap wider than a third of the font size stands for the white space pdftotext -layout would print.
        if (end !== null && run.x - end > run.size / 3) text += ' '.repeat(Math.max(1, Math.round((run.x - end) / (run.size / 2))));
        text += run.str;
        end = run.x + run.width;
      }
      return text;
    })
    .join('\n');
}

/** Text in content-stream order, one line per end-of-line mark (like pdftotext without -layout). */
function rawText(items) {
  return items.map((it) => it.str + (it.hasEOL ? '\n' : '')).join('');
}

const pages = [];
const fonts = new Map();
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const { items } = await page.getTextContent();
  pages.push({ layout: layoutText(items), raw: rawText(items) });
  const ops = await page.getOperatorList();
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.setFont) return;
    const id = ops.argsArray[i][0];
    if (fonts.has(id)) return;
    const font = page.commonObjs.get(id);
    // An embedded font arrives with its font program; a subset is named with six capitals and a plus.
    fonts.set(id, { name: font.name, embedded: !font.missingFile && (font.data?.length ?? 0) > 0, subset: /^[A-Z]{6}\+/.test(font.name) });
  });
  if (n === 1 && png) {
    const viewport = page.getViewport({ scale: 60 / 72 });
    const { canvas } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas, viewport }).promise;
    writeFileSync(png, canvas.toBuffer('image/png'));
  }
}
const { info } = await doc.getMetadata();
process.stdout.write(JSON.stringify({ info: { ...info, Pages: doc.numPages }, pages, fonts: [...fonts.values()] }));
await doc.destroy();
