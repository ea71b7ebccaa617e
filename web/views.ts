/**
 * Where the task pane's views (addin/ui) are mounted over the FileHost.
 * Until they are wired, the page lists the opened file's sheets.
 */
import type { FileHost } from './fileHost';

/** Mounts the views into `container`; `refresh` re-reads the host after a new file is opened. */
export function mountViews(container: HTMLElement, host: FileHost): { refresh(): Promise<void> } {
  return {
    async refresh() {
      const sheets = await host.listSheets();
      const list = document.createElement('ul');
      for (const s of sheets) {
        const li = document.createElement('li');
        li.textContent = `${s.name}（${s.rows} 行 × ${s.columns} 列）`;
        list.appendChild(li);
      }
      container.replaceChildren(list);
    },
  };
}
