/** What the page says when it is opened as a file (file://) and something there is refused. */
export const fileMessages = {
  workerSourceMissing:
    '无法载入后台处理程序 worker-source.js。请确认复制了 dist/web 整个文件夹（worker-source.js 与 index.html 放在一起），或把它放到单位内网的网站服务器上访问。',
  workerRefused: (detail: string) =>
    `此浏览器不允许直接从文件夹打开的页面（file://）启动后台处理${detail ? `（${detail}）` : ''}。请用 Chrome、Edge 或 360、QQ 等 Chromium 内核的浏览器打开，或把 dist/web 放到单位内网的网站服务器上访问。`,
  fontScriptMissing: (file: string) => `字体文件 ${file} 无法载入。请确认 fonts 文件夹与页面一起复制。`,
} as const;
