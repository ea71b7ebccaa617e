import { workerValidate, type CheckMethods, type Validate } from '../../pane/checkProtocol';
import { answer, dispatchTo, type RpcRequest, type WorkerLike } from '../../pane/rpc';
import { validateLedger } from '../../core/ledger';
import { WorkCalendar } from '../../core/calendar';
import { defaultSettings } from '../../core/settings/schema';
import { asCalendarDate } from '../../core/dates';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import type { Grid } from '../../core/grid';

const today = asCalendarDate(APPLICATIONS_TODAY);

/** The fixture as Excel hands it over: dates as serial numbers (structured clone in jest crosses realms, Dates would not survive `instanceof`). */
function excelGrid(): Grid {
  const g = applicationsGrid();
  return { ...g, rows: g.rows.map((r) => r.map((v) => (v instanceof Date ? Math.round(v.getTime() / 86_400_000) + 25569 : v))) };
}
const inline: Validate = async (grid, settings, t, kind) =>
  validateLedger(grid, { settings, today: t, kind, calendar: WorkCalendar.standard(settings.calendar) });

/** A stand-in Worker running checkWorker's logic on a structured clone, asynchronously, over pane/rpc's `answer`. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted = 0;
  constructor(private readonly fail = false) {}
  postMessage(request: unknown): void {
    this.posted++;
    const copy = structuredClone(request as RpcRequest<CheckMethods>);
    setTimeout(() => {
      if (this.fail) {
        this.onerror?.(new Event('error') as ErrorEvent);
        return;
      }
      const handle = dispatchTo<CheckMethods>({
        validate: ({ grid, settings, today }) => validateLedger(grid, { settings, today, calendar: WorkCalendar.standard() }),
      });
      void answer(copy, handle, (m) => this.onmessage?.({ data: structuredClone(m) } as MessageEvent));
    }, 1);
  }
  terminate(): void {}
}

describe('workerValidate', () => {
  it('gets the same outcome from the worker as inline, one worker for many checks', async () => {
    const workers: FakeWorker[] = [];
    const validate = workerValidate(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, inline);
    const [a, b] = await Promise.all([validate(excelGrid(), defaultSettings(), today), validate(excelGrid(), defaultSettings(), today)]);
    const direct = await inline(excelGrid(), defaultSettings(), today);
    expect(a.findings.map((f) => f.code)).toEqual(direct.findings.map((f) => f.code));
    expect(b.register?.dataRows).toBe(direct.register?.dataRows);
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toBe(2);
  });

  it('falls back to checking inline when the worker cannot load', async () => {
    const validate = workerValidate(() => new FakeWorker(true), inline);
    const outcome = await validate(excelGrid(), defaultSettings(), today);
    expect(outcome.register?.kind).toBe('applications');
    const again = await validate(excelGrid(), defaultSettings(), today);
    expect(again.findings.length).toBe(outcome.findings.length);
  });

  it('falls back when Worker cannot even be constructed', async () => {
    const validate = workerValidate(() => {
      throw new Error('blocked by CSP');
    }, inline);
    expect((await validate(excelGrid(), defaultSettings(), today)).register?.kind).toBe('applications');
  });
});
