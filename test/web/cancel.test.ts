import { FileHost } from '../../web/fileHost';
import { WorkerClient } from '../../web/workerClient';
import { workerLoaders } from '../../web/loaders';
import { PaneController } from '../../pane/controller';
import { asCalendarDate } from '../../core/dates';
import { InProcessWorker } from './inProcessWorker';
import { messyWorkbookBytes, MESSY_TODAY } from './messyWorkbook';

jest.setTimeout(30_000);

/** The page as web/main.ts and web/views.ts wire it: the pane over a FileHost, its jobs in the worker. */
async function openedPage() {
  const client = new WorkerClient(() => new InProcessWorker());
  const host = new FileHost(client, { download: () => undefined });
  const bytes = await messyWorkbookBytes();
  await host.open({ name: 'messy.xlsx', arrayBuffer: async () => bytes.slice().buffer });
  const pane = new PaneController(host, workerLoaders(client), () => asCalendarDate(MESSY_TODAY));
  await pane.init('check');
  return { client, pane };
}

/** Waits (microtasks only, so the worker has not answered yet) until the pane's request is in the worker. */
async function untilBusy(client: WorkerClient): Promise<void> {
  for (let i = 0; i < 1000 && !client.busy; i++) await Promise.resolve();
  expect(client.busy).toBe(true);
}

describe('cancelling on the page', () => {
  it('says exactly 已取消。 when the page’s 取消 stops a check the pane started', async () => {
    const { client, pane } = await openedPage();
    const checking = pane.check.run('依申请公开台账');
    await untilBusy(client);
    client.cancel();
    expect(await checking).toBeUndefined();
    expect(pane.state.message).toEqual({ kind: 'error', text: '已取消。', view: 'check' });
  });

  it('says exactly 已取消。 when the pane’s own 取消 aborts the read', async () => {
    const { pane } = await openedPage();
    const checking = pane.check.run('依申请公开台账');
    pane.check.cancel();
    expect(await checking).toBeUndefined();
    expect(pane.state.message).toEqual({ kind: 'error', text: '已取消。', view: 'check' });
  });

  it('checks again after a cancel (the worker is fresh, the file opened again)', async () => {
    const { client, pane } = await openedPage();
    const checking = pane.check.run('依申请公开台账');
    await untilBusy(client);
    client.cancel();
    await checking;
    const checked = await pane.check.run('依申请公开台账');
    expect(checked?.outcome.register?.kind).toBe('applications');
    expect(pane.state.message?.kind).toBe('info');
  });

  it('shows a user error from the worker as it is, without the bug prefix', async () => {
    const { pane } = await openedPage();
    expect(await pane.check.run('没有这张表')).toBeUndefined();
    expect(pane.state.message?.kind).toBe('error');
    expect(pane.state.message?.text).toContain('没有这张表');
    expect(pane.state.message?.text).not.toContain('操作未完成');
  });
});
