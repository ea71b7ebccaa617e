/**
 * Builds the Excel add-in (task pane, ribbon commands, print page) into dist/, and — when
 * web/webpack.part.js exists — the offline page into dist/web/. `npm run build` builds both;
 * `npm run dev-server` serves them over https with the Office dev certificates (http if unavailable).
 *
 * Office.js is the one script loaded from outside the origin (Microsoft's CDN, as Microsoft requires);
 * @microsoft/office-js is copied to dist/office-js/ as the same-origin fallback.
 * `OFFICE_CLOUD=china` loads it from 21Vianet's CDN instead (Microsoft 365 operated in China), CSP to match.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { browserResolve, typescriptRule } = require('./webpack.common');

const DEV_URL = 'https://localhost:3000/';
/** Production URL of the add-in's files (where dist/ is hosted, set ADDIN_URL); must end with a slash. */
const prodUrl = () => process.env.ADDIN_URL || 'https://ogi-ledger.example.gov.cn/addin/';
const DEV_PORT = Number(process.env.ADDIN_PORT || 3000);
const fontDir = path.join(__dirname, 'node_modules/@expo-google-fonts/noto-serif-sc');
const officeJs = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');

/**
 * Where Office.js comes from: Microsoft's global CDN, or — `OFFICE_CLOUD=china npm run build` — the CDN of
 * Microsoft 365 operated by 21Vianet in China. The pages' CSP names the same origin (and Office for the web's frames).
 */
const OFFICE_CLOUDS = {
  global: {
    script: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    origin: 'https://appsforoffice.microsoft.com',
    frames: 'https://*.officeapps.live.com',
  },
  china: {
    script: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
    origin: 'https://appsforoffice.cdn.partner.office365.cn',
    frames: 'https://*.officeapps.partner.office365.cn',
  },
};

/** The Office cloud chosen by OFFICE_CLOUD (global when unset). */
function officeCloud(name = process.env.OFFICE_CLOUD || 'global') {
  const cloud = OFFICE_CLOUDS[name];
  if (!cloud) throw new Error(`OFFICE_CLOUD=${name}：只能是 ${Object.keys(OFFICE_CLOUDS).join(' 或 ')}`);
  return cloud;
}

/** A page template (written for the global CDN) with Office.js and the CSP pointed at `cloud`. */
function officePage(template, cloud) {
  const g = OFFICE_CLOUDS.global;
  return () =>
    fs
      .readFileSync(path.join(__dirname, template), 'utf8')
      .split(g.script)
      .join(cloud.script)
      .split(g.origin)
      .join(cloud.origin)
      .split(g.frames)
      .join(cloud.frames);
}

/** The manifest with the dev URL replaced for production builds. */
function manifestTransform(dev) {
  return (content) => (dev ? content : content.toString().split(DEV_URL).join(prodUrl()));
}

/** Office dev certificates for https; null when they cannot be made (plain http then). */
async function httpsOptions() {
  try {
    const certs = require('office-addin-dev-certs');
    const options = await certs.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    console.warn(`[addin] 无法获取 Office 开发证书，开发服务器改用 http：${e && e.message}`);
    return null;
  }
}

function addinConfig(env, argv, https) {
  const dev = argv.mode === 'development';
  const cloud = officeCloud();
  return {
    name: 'addin',
    mode: dev ? 'development' : 'production',
    // No eval source maps: the pages' CSP forbids eval.
    devtool: dev ? 'source-map' : false,
    context: __dirname,
    target: 'web',
    entry: {
      taskpane: './addin/taskpane/taskpane.ts',
      commands: './addin/commands/commands.ts',
      print: './addin/print/print.ts',
      // The check worker loads no chunks of its own; the pane starts it by name on the first check.
      checkWorker: { import: './pane/checkWorker.ts', chunkLoading: false },
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      // dist/web/ and dist/wps/ belong to the offline page's and the WPS add-in's builds.
      clean: { keep: /^(web|wps)[\\/]/ },
    },
    resolve: browserResolve,
    module: { rules: [typescriptRule] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        templateContent: officePage('addin/taskpane/taskpane.html', cloud),
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: 'body',
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        templateContent: officePage('addin/commands/commands.html', cloud),
        filename: 'commands.html',
        chunks: ['commands'],
        inject: 'body',
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        template: './addin/print/print.html',
        filename: 'print.html',
        chunks: ['print'],
        inject: 'body',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform(dev) },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'pane/pane.css', to: 'pane.css' },
          { from: 'addin/taskpane/office-fallback.js', to: 'office-fallback.js' },
          { from: 'addin/taskpane/help.html', to: 'help.html' },
          { from: path.join(fontDir, '400Regular/NotoSerifSC_400Regular.ttf'), to: 'fonts/NotoSerifSC-Regular.ttf' },
          { from: path.join(fontDir, '700Bold/NotoSerifSC_700Bold.ttf'), to: 'fonts/NotoSerifSC-Bold.ttf' },
          // Same-origin Office.js fallback: the loader, Excel's host scripts and two locales.
          {
            from: officeJs,
            to: 'office-js',
            globOptions: { ignore: ['**/*.debug.js', '**/*vsdoc*', '**/*.d.ts'] },
            filter: (file) => {
              const rel = path.relative(officeJs, file).split(path.sep).join('/');
              return (
                /^(office|o15apptofilemappingtable|es6-promise)\.js$/.test(rel) ||
                /^excel[^/]*\.js$/.test(rel) ||
                /^(zh-cn|en-us|telemetry|ariatelemetry)\//.test(rel)
              );
            },
          },
        ],
      }),
    ],
    devServer: {
      host: process.env.ADDIN_HOST || 'localhost',
      port: DEV_PORT,
      hot: false,
      liveReload: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.join(__dirname, 'dist'), watch: false },
      server: https ? { type: 'https', options: https } : { type: 'http' },
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : null;
  const configs = [addinConfig(env, argv, https)];
  for (const file of ['web/webpack.part.js', 'wps/webpack.part.js']) {
    const partPath = path.join(__dirname, file);
    if (!fs.existsSync(partPath)) continue;
    const part = require(partPath);
    configs.push(typeof part === 'function' ? part(env, argv) : part);
  }
  return configs;
};

module.exports.manifestTransform = manifestTransform;
module.exports.OFFICE_CLOUDS = OFFICE_CLOUDS;
module.exports.DEV_URL = DEV_URL;
