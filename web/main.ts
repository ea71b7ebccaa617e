/**
 * The offline page: open ledgers from disk (picker or drag-and-drop, several at once: the
 * workspace), parse them in a Web Worker with progress and cancel, list the open files, and show the
 * task pane's views over a FileHost that sees all of them. No Office.js here.
 */
import { FileHost, type PickedFile } from './fileHost';
import { WorkerClient, CancelledError, browserWorkerFactory } from './workerClient';
import { downloadBytes } from '../pane/download';
import { messages } from './messages';
import { mountViews } from './views';
import { renderWorkspace } from './workspaceView';
import { isCalendarDate, todayInChina } from '../core/dates';
import { useChineseZodMessages } from '../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

/** The element `#id`, checked to be of the class the page needs (a missing or different one is a build mistake). */
function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`页面缺少 #${id}`);
  return el;
}

const ui = {
  input: byId('file-input', HTMLInputElement),
  drop: byId('drop-zone', HTMLElement),
  fileName: byId('file-name', HTMLElement),
  workspace: byId('workspace', HTMLElement),
  progress: byId('progress', HTMLElement),
  stage: byId('progress-stage', HTMLElement),
  bar: byId('progress-bar', HTMLProgressElement),
  cancel: byId('cancel', HTMLButtonElement),
  status: byId('status', HTMLElement),
  preview: byId('cell-preview', HTMLElement),
  monthly: byId('monthly', HTMLElement),
  month: byId('month', HTMLInputElement),
  monthlyRun: byId('monthly-run', HTMLButtonElement),
  pane: byId('pane', HTMLElement),
};

function showStatus(text: string, isError = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', isError);
}

/** Shows worker progress; total 0 = a stage whose length is unknown (indeterminate bar). */
function showProgress(stage: string, done: number, total: number): void {
  ui.progress.hidden = false;
  ui.stage.textContent = stage;
  if (total > 0) {
    ui.bar.max = total;
    ui.bar.value = done;
  } else {
    ui.bar.removeAttribute('value');
  }
}

function hideProgress(): void {
  ui.progress.hidden = true;
}

/** `?today=YYYY-MM-DD` checks a ledger as of another day (reviewing last year's books, demos, tests). */
const todayParam = new URLSearchParams(location.search).get('today');
const asOf = todayParam && isCalendarDate(todayParam) ? todayParam : undefined;
if (asOf) document.body.dataset.today = asOf;

const client = new WorkerClient(browserWorkerFactory());
const host = new FileHost(client, {
  download: (file, note) => {
    downloadBytes(file.name, file.bytes, file.mime);
    showStatus(note ?? messages.downloaded(file.name));
  },
  onSelectCell: (sheet, address, text) => {
    ui.preview.hidden = false;
    const where = document.createElement('strong');
    where.className = 'cell-address';
    where.textContent = `${sheet}!${address}`;
    const value = document.createElement('span');
    value.className = 'cell-text';
    value.textContent = messages.cellText(text);
    ui.preview.replaceChildren(where, value);
  },
  onProgress: showProgress,
  today: asOf ? () => asOf : undefined,
});

client.onIdle = hideProgress;
// Long jobs the pane starts (checks, PDFs) get the bar and 取消 too; short ones never flash it.
client.onBusy = () => {
  setTimeout(() => {
    if (client.busy && ui.progress.hidden) showProgress(messages.working, 0, 0);
  }, 400);
};

let views: ReturnType<typeof mountViews> | undefined;

/** The list of open files and what depends on it (月度统计, the page's data-files count). */
function showWorkspace(): void {
  const { files } = host.workspace;
  renderWorkspace(ui.workspace, host.workspace, (name) => void closeFile(name));
  ui.monthly.hidden = files.length === 0;
  document.body.dataset.files = String(files.length);
  ui.fileName.textContent = files.length > 1 ? messages.filesOpen(files.length) : (files[0]?.fileName ?? '');
  if (files.length === 0) delete document.body.dataset.opened;
}

/** The pane over the files now open: mounted once, then forgets what it checked and reads the sheets again. */
async function refreshPane(): Promise<void> {
  ui.preview.hidden = true;
  views ??= mountViews(ui.pane, host, showProgress, asOf ? () => asOf : undefined);
  await views.refresh();
}

/** Opens files one after another beside those already open; one that cannot be read leaves the others open. */
async function openFiles(files: readonly PickedFile[]): Promise<void> {
  showStatus('');
  let opened = 0;
  let said: { text: string; error: boolean } | undefined;
  for (const file of files) {
    if (!/\.(xlsx|xlsm|csv|txt)$/.test(file.name.toLowerCase())) {
      said = { text: messages.unsupported(file.name), error: true };
      continue;
    }
    showProgress(messages.stageLoad, 0, 0);
    try {
      const replacing = host.workspace.files.some((f) => f.fileName === file.name);
      const result = await host.open(file, showProgress);
      const count = host.workspace.files.length;
      opened++;
      const text = replacing
        ? messages.replaced(result.fileName, result.sheets.length)
        : count > 1
          ? messages.openedMore(result.fileName, result.sheets.length, count)
          : messages.opened(result.fileName, result.sheets.length);
      said = { text, error: false };
    } catch (e) {
      if (e instanceof CancelledError) {
        said = { text: messages.cancelled, error: false };
        break;
      }
      const text = e instanceof Error ? e.message : String(e);
      // Say that nothing else was lost: the files already open stay open.
      said = { text: host.workspace.files.length > 0 ? `${text}${messages.othersStayOpen}` : text, error: true };
    }
  }
  try {
    if (opened > 0) {
      showWorkspace();
      await refreshPane();
      if (!ui.month.value) ui.month.value = (asOf ?? todayInChina()).slice(0, 7);
      document.body.dataset.opened = host.current?.fileName ?? '';
    }
  } finally {
    if (said) showStatus(said.text, said.error);
    if (!client.busy) hideProgress();
  }
}

/** Takes a file out of the workspace (the file on disk is never touched) and shows the pane over the rest. */
async function closeFile(fileName: string): Promise<void> {
  try {
    await host.close(fileName);
    showWorkspace();
    await refreshPane();
    if (host.workspace.files.length > 0) document.body.dataset.opened = host.workspace.files[host.workspace.files.length - 1].fileName;
    showStatus(messages.closed(fileName));
  } catch (e) {
    showStatus(
      e instanceof CancelledError ? messages.cancelled : e instanceof Error ? e.message : String(e),
      !(e instanceof CancelledError),
    );
  } finally {
    if (!client.busy) hideProgress();
  }
}

/** 生成月报: the month's report files, downloaded. */
async function monthlyRun(): Promise<void> {
  if (!/^\d{4}-\d{2}$/.test(ui.month.value)) {
    showStatus(messages.badMonth, true);
    return;
  }
  ui.monthlyRun.disabled = true;
  try {
    const names = await host.monthlyReport(ui.month.value);
    showStatus(messages.downloaded(names.join('、')));
  } catch (e) {
    showStatus(
      e instanceof CancelledError ? messages.cancelled : e instanceof Error ? e.message : String(e),
      !(e instanceof CancelledError),
    );
  } finally {
    ui.monthlyRun.disabled = false;
  }
}
ui.monthlyRun.addEventListener('click', () => void monthlyRun());

ui.input.addEventListener('change', () => {
  const files = [...(ui.input.files ?? [])];
  ui.input.value = '';
  if (files.length > 0) void openFiles(files);
});
ui.cancel.addEventListener('click', () => {
  client.cancel();
  hideProgress();
});
// A real button (reachable with Tab, Enter and Space), not a <label>: it opens the file chooser.
byId('file-open', HTMLButtonElement).addEventListener('click', () => ui.input.click());
ui.drop.addEventListener('click', () => ui.input.click());
ui.drop.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') ui.input.click();
});
ui.drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  ui.drop.classList.add('over');
});
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('over'));
ui.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.drop.classList.remove('over');
  const files = [...(e.dataTransfer?.files ?? [])];
  if (files.length > 0) void openFiles(files);
});
document.body.dataset.ready = 'true';
