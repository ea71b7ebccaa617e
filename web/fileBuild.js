/**
 * Build steps that let the offline page run when opened as a file (file://), where Chromium refuses
 * `new Worker('worker.js')`, fetch and XHR, but loads <script> tags from the page's folder:
 * the worker as a string in a script (the page starts it from a blob), and the PDF fonts as scripts.
 */
const { Compilation, sources } = require('webpack');

/** Global the font scripts fill: `self.ogiFontFiles.regular = "<base64>"`. */
const FONT_GLOBAL = 'ogiFontFiles';
/** Global worker-source.js sets to the worker's whole code. */
const SOURCE_GLOBAL = 'ogiWorkerSource';

/** A copy-webpack-plugin pattern: the font file `from` as the script `to`, filling `ogiFontFiles[face]` with its base64. */
function fontScript(from, to, face) {
  return {
    from,
    to,
    // 20 MB of base64 in one string: nothing for the minifier to do.
    info: { minimized: true },
    transform: (content) =>
      `(self.${FONT_GLOBAL}=self.${FONT_GLOBAL}||{})[${JSON.stringify(face)}]=${JSON.stringify(Buffer.from(content).toString('base64'))};\n`,
  };
}

/**
 * Emits `worker-source.js`: every chunk of the entry `entry` (its async chunks first, then the
 * entry), joined into one string. Chunks pushed before the runtime starts are installed by it
 * (webpack's importScripts runtime reads the pushed array first), so the blob worker never calls
 * importScripts, which a blob worker on file:// may not.
 */
class WorkerSourcePlugin {
  constructor(entry) {
    this.entry = entry;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WorkerSourcePlugin', (compilation) => {
      // After minifying and content hashing, so the files are the ones written.
      compilation.hooks.processAssets.tap({ name: 'WorkerSourcePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        const group = compilation.entrypoints.get(this.entry);
        if (!group) throw new Error(`WorkerSourcePlugin: no entry ${this.entry}`);
        const entryChunk = group.getEntrypointChunk();
        const chunks = [...entryChunk.getAllAsyncChunks(), ...group.chunks.filter((c) => c !== entryChunk), entryChunk];
        const files = [...new Set(chunks.flatMap((c) => [...c.files].filter((f) => f.endsWith('.js'))))];
        const code = files.map((f) => compilation.getAsset(f).source.source().toString()).join('\n;\n');
        compilation.emitAsset('worker-source.js', new sources.RawSource(`self.${SOURCE_GLOBAL}=${JSON.stringify(code)};\n`), {
          minimized: true,
        });
      });
    });
  }
}

module.exports = { WorkerSourcePlugin, fontScript, FONT_GLOBAL, SOURCE_GLOBAL };
