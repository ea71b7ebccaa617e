/**
 * What the add-in build (webpack.config.js) and the offline page (web/webpack.part.js) share:
 * how modules resolve for the browser and how TypeScript is compiled.
 */

/** Browser resolution: exceljs and pdfmake ship browser builds through their `browser` fields. */
const browserResolve = {
  extensions: ['.ts', '.js', '.json'],
  // `import('./x.js')` in TypeScript sources means x.ts.
  extensionAlias: { '.js': ['.ts', '.js'] },
  mainFields: ['browser', 'module', 'main'],
  fallback: { fs: false, path: false, stream: false, crypto: false, zlib: false, util: false, buffer: false },
};

/** TypeScript through ts-loader without type checking (`tsc --noEmit` in `npm test` does that). */
const typescriptRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      onlyCompileBundledFiles: true,
      compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false },
    },
  },
};

module.exports = { browserResolve, typescriptRule };
