/**
 * The print page, opened in the system browser by desktop Excel (`openBrowserWindow`), where a task
 * pane cannot save a file. It rebuilds the PDF from the job in the URL fragment — nothing is sent
 * anywhere — dated with the pane's check date, and offers it for download and printing.
 */
import { downloadBytes } from '../../pane/download';
import { pdfJobs } from '../../pane/pdfJobs';
import { h } from '../../pane/dom';
import { todayInChina } from '../../core/dates';
import { useChineseZodMessages } from '../../core/zodMessages';
import { printRequestOf } from './request';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

async function start(): Promise<void> {
  const root = document.getElementById('ogi-print');
  if (!root) return;
  const request = printRequestOf(window.location.hash, todayInChina);
  if (!request) {
    root.replaceChildren(h('p', { class: 'ogi-error' }, '链接中没有可打印的文档，请从 Excel 中的加载项重新打开。'));
    return;
  }
  try {
    // Dated as the pane dated it (its check date), not by this browser's clock.
    const file = await pdfJobs.renderJob(request.data, request.date);
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
    root.replaceChildren(
      h('h1', {}, request.title),
      h('p', {}, '已生成 PDF。可直接下载，或在下方预览中打印。'),
      h(
        'div',
        { class: 'ogi-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'ogi-btn ogi-btn-primary',
            id: 'ogi-print-download',
            onclick: () => downloadBytes(file.name, file.bytes, file.mime),
          },
          `下载 ${file.name}`,
        ),
      ),
      file.missingGlyphs > 0 ? h('p', { class: 'ogi-error' }, `有 ${file.missingGlyphs} 个字符字体无法显示，已替换。`) : '',
      h('iframe', { src: url, title: request.title, style: 'width:100%;height:80vh;border:1px solid #d1d1d1' }),
    );
  } catch (e) {
    root.replaceChildren(h('p', { class: 'ogi-error' }, `生成 PDF 失败：${(e as Error).message}`));
  }
}

void start();
