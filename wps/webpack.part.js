/**
 * The WPS 表格 add-in as one webpack config, built into dist/wps/: ribbon.xml, the entry page
 * (index.html + main.js, the ribbon's callbacks), the task pane page and its check worker, icons,
 * fonts, and the deployment templates jsplugins.xml and publish.xml with the served address from
 * WPS_ADDIN_URL (default http://127.0.0.1:3000/wps/). Used by the root webpack.config.js.
 *
 * WPS clients embed an older Chromium: everything, node_modules included, is lowered to ES2017
 * (TypeScript's transpiler, no extra dependency); missing built-ins come from wps/polyfills.ts.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { browserResolve, typescriptRule } = require('../webpack.common');

const root = path.resolve(__dirname, '..');
const fontDir = path.join(root, 'node_modules/@expo-google-fonts/noto-serif-sc');
const TARGET = 'es2017';

/** Where the add-in's files are served; must end with a slash. */
function addinUrl() {
  const url = process.env.WPS_ADDIN_URL || 'http://127.0.0.1:3000/wps/';
  return url.endsWith('/') ? url : `${url}/`;
}

/** A deployment template with the served address and version filled in. */
function fillTemplate(content) {
  const { version } = require(path.join(root, 'package.json'));
  return content.toString().split('{{WPS_ADDIN_URL}}').join(addinUrl()).split('{{VERSION}}').join(version);
}

/** Only our own scripts, styles and workers; fonts and icons from the package. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'";

/** The shell of the package's two pages (the hidden entry page and the task pane); webpack injects the scripts. */
function page(body, stylesheet) {
  const css = stylesheet ? `<link rel="stylesheet" href="${stylesheet}" />` : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta http-equiv="Content-Security-Policy" content="${CSP}" /><title>政务公开台账助手</title>${css}</head><body>${body}</body></html>`;
}

const ourCode = {
  ...typescriptRule,
  use: {
    ...typescriptRule.use,
    options: { ...typescriptRule.use.options, compilerOptions: { ...typescriptRule.use.options.compilerOptions, target: TARGET } },
  },
};

/** Libraries ship ES2020+ syntax (?., ??, class fields): lowered the same way. */
const libraries = {
  test: /\.[cm]?js$/,
  include: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      compilerOptions: {
        allowJs: true,
        checkJs: false,
        target: TARGET,
        module: 'esnext',
        moduleResolution: 'bundler',
        noEmit: false,
        sourceMap: false,
      },
    },
  },
};

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  return {
    name: 'wps',
    mode: dev ? 'development' : 'production',
    // No eval source maps: the pages' CSP forbids eval.
    devtool: dev ? 'source-map' : false,
    context: root,
    target: ['web', TARGET],
    entry: {
      main: './wps/main.ts',
      taskpane: './wps/taskpane.ts',
      // Started by name from the pane; loads no chunks of its own.
      checkWorker: { import: './wps/checkWorker.ts', chunkLoading: false },
    },
    output: {
      path: path.join(root, 'dist/wps'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      environment: { arrowFunction: true, const: true, destructuring: true, forOf: true, optionalChaining: false, templateLiteral: true },
      clean: true,
    },
    resolve: browserResolve,
    module: { rules: [ourCode, libraries] },
    performance: { hints: false },
    plugins: [
      // index.html: the page WPS loads with ribbon.xml; it only binds the ribbon's callbacks (main.js).
      new HtmlWebpackPlugin({
        templateContent: page(''),
        filename: 'index.html',
        chunks: ['main'],
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      new HtmlWebpackPlugin({
        templateContent: page('<main id="ogi-root"><p>正在加载…</p></main>', 'pane.css'),
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: 'body',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Byte for byte: the publish check wants `<customUI` first, no declaration.
          { from: 'wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'wps/jsplugins.xml', to: 'jsplugins.xml', transform: fillTemplate },
          { from: 'wps/publish.xml', to: 'publish.xml', transform: fillTemplate },
          { from: 'pane/pane.css', to: 'pane.css' },
          { from: 'assets/icon-*.png', to: 'images/[name][ext]' },
          { from: path.join(fontDir, '400Regular/NotoSerifSC_400Regular.ttf'), to: 'fonts/NotoSerifSC-Regular.ttf' },
          { from: path.join(fontDir, '700Bold/NotoSerifSC_700Bold.ttf'), to: 'fonts/NotoSerifSC-Bold.ttf' },
        ],
      }),
    ],
  };
};

module.exports.addinUrl = addinUrl;
module.exports.fillTemplate = fillTemplate;
