/**
 * The offline page: open a ledger from disk (picker or drag-and-drop), parse it in a Web Worker
 * with progress and cancel, and show the task pane's views over a FileHost. No Office.js here.
 */
import { FileHost, type PickedFile } from './fileHost';
import { WorkerClient, CancelledError } from './workerClient';
import { downloadBytes } from '../pane/download';
import { messages } from './messages';
import { mountViews } from './views';
import { isCalendarDate, todayInChina } from '../core/dates';
import { useChineseZodMessages } from '../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`页面缺少 #${id}`);
  return el as T;
}

const ui = {
  input: byId<HTMLInputElement>('file-input'),
  drop: byId<HTMLElement>('drop-zone'),
  fileName: byId<HTMLElement>('file-name'),
  progress: byId<HTMLElement>('progress'),
  stage: byId<HTMLElement>('progress-stage'),
  bar: byId<HTMLProgressElement>('progress-bar'),
  cancel: byId<HTMLButtonElement>('cancel'),
  status: byId<HTMLElement>('status'),
  preview: byId<HTMLElement>('cell-preview'),
  monthly: byId<HTMLElement>('monthly'),
  month: byId<HTMLInputElement>('month'),
  monthlyRun: byId<HTMLButtonElement>('monthly-run'),
  pane: byId<HTMLElement>('pane'),
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

const client = new WorkerClient(() => new Worker(new URL('worker.js', document.baseURI)));
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

async function openFile(file: PickedFile): Promise<void> {
  const lower = file.name.toLowerCase();
  if (!/\.(xlsx|xlsm|csv|txt)$/.test(lower)) {
    showStatus(messages.unsupported(file.name), true);
    return;
  }
  showStatus('');
  showProgress(messages.stageLoad, 0, 0);
  try {
    const opened = await host.open(file, showProgress);
    ui.fileName.textContent = opened.fileName;
    ui.preview.hidden = true;
    showStatus(messages.opened(opened.fileName, opened.sheets.length));
    views ??= mountViews(ui.pane, host, showProgress, asOf ? () => asOf : undefined);
    await views.refresh();
    ui.monthly.hidden = false;
    if (!ui.month.value) ui.month.value = (asOf ?? todayInChina()).slice(0, 7);
    document.body.dataset.opened = opened.fileName;
  } catch (e) {
    if (e instanceof CancelledError) showStatus(messages.cancelled);
    else showStatus(e instanceof Error ? e.message : String(e), true);
  } finally {
    if (!client.busy) hideProgress();
  }
}

ui.monthlyRun.addEventListener('click', async () => {
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
});

ui.input.addEventListener('change', () => {
  const file = ui.input.files?.[0];
  if (file) void openFile(file);
  ui.input.value = '';
});
ui.cancel.addEventListener('click', () => {
  client.cancel();
  hideProgress();
});
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
  const file = e.dataTransfer?.files[0];
  if (file) void openFile(file);
});
// Browsers refuse workers (and font fetches) on pages opened as file://: say how to open it instead.
if (location.protocol === 'file:') showStatus(messages.fileProtocol, true);
document.body.dataset.ready = 'true';
