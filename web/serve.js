#!/usr/bin/env node
/**
 * A tiny static server for the built page (dist/web): 127.0.0.1 only, no directory listing,
 * no path escapes. `node web/serve.js [dir] [port]`; also `require('./serve').serveStatic(dir, port)`.
 */
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its URL. */
function serveStatic(dir, port = 0) {
  const rootDir = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(rootDir, '.' + rel);
    if (!file.startsWith(rootDir + path.sep) && file !== rootDir) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const dir = process.argv[2] || path.join(__dirname, '..', 'dist', 'web');
  const port = Number(process.argv[3] || process.env.PORT || 8090);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`找不到 ${dir}/index.html，请先运行 npm run build。`);
    process.exit(2);
  }
  serveStatic(dir, port).then(({ url }) => console.log(`离线版已启动：${url}  (Ctrl+C 停止)`));
}
