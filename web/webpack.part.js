/**
 * The offline page as one webpack config: the page and its worker, built into dist/web/ as a
 * folder of static files (any static server, a shared drive or an intranet server will do).
 * Used by the root webpack.config.js (`require('./web/webpack.part.js')`) and by `npm run start:web`.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { browserResolve, typescriptRule } = require('../webpack.common');
const { WorkerSourcePlugin, fontScript } = require('./fileBuild');

const root = path.resolve(__dirname, '..');
const fontDir = path.join(root, 'node_modules/@expo-google-fonts/noto-serif-sc');

module.exports = {
  name: 'web',
  mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
  // No eval-based source maps: the page's CSP forbids eval.
  devtool: process.env.NODE_ENV === 'development' ? 'source-map' : false,
  context: root,
  target: 'web',
  entry: {
    page: './web/main.ts',
    // The worker loads its own chunks with importScripts, never through the DOM.
    worker: { import: './web/worker.ts', chunkLoading: 'import-scripts' },
  },
  output: {
    path: path.join(root, 'dist/web'),
    // Fixed names: the page starts `worker.js` by name, and offices copy the folder as it is.
    filename: '[name].js',
    chunkFilename: 'chunks/[name].[contenthash:8].js',
    publicPath: 'auto',
    clean: true,
  },
  resolve: browserResolve,
  module: { rules: [typescriptRule] },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      template: path.join(__dirname, 'index.html'),
      filename: 'index.html',
      chunks: ['page'],
      inject: 'body',
      scriptLoading: 'defer',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: path.join(__dirname, 'page.css'), to: 'page.css' },
        // The task pane's own stylesheet: the page shows the same views.
        { from: path.join(root, 'pane/pane.css'), to: 'pane.css' },
        { from: path.join(fontDir, '400Regular/NotoSerifSC_400Regular.ttf'), to: 'fonts/NotoSerifSC-Regular.ttf' },
        { from: path.join(fontDir, '700Bold/NotoSerifSC_700Bold.ttf'), to: 'fonts/NotoSerifSC-Bold.ttf' },
        // The same fonts as scripts, for a page opened as a file: script tags load there, fetch does not.
        fontScript(path.join(fontDir, '400Regular/NotoSerifSC_400Regular.ttf'), 'fonts/NotoSerifSC-Regular.ttf.js', 'regular'),
        fontScript(path.join(fontDir, '700Bold/NotoSerifSC_700Bold.ttf'), 'fonts/NotoSerifSC-Bold.ttf.js', 'bold'),
      ],
    }),
    // worker-source.js: the worker and all its chunks as one string, started from a blob on file://.
    new WorkerSourcePlugin('worker'),
  ],
};
