import { CalendarDate } from '../../dates';
import { periodDeadline } from '../../rules/deadlines';
import { CatalogueComputed, CatalogueRecord } from '../../register/types';
import { SheetContext } from '../context';
import { messages } from '../messages';
import { lawfulGround } from '../normalise/grounds';
import { RowRead } from '../readRow';
import { lateBy, withUncertainty } from './deadlineText';

/** Catalogue checks: the ground of 不予公开, and the publication, submission and delivery periods of the preset. */
export function checkCatalogueItem(ctx: SheetContext, read: RowRead): CatalogueRecord {
  const { record: r } = read;
  const row = r.source.row;
  if (!ctx.has('attribute') && r.attribute === undefined) r.attribute = '主动公开';
  const computed: CatalogueComputed = {};
  const item: CatalogueRecord = Object.assign(r, { computed });

  if (r.attribute === '不予公开') {
    const reason = r.withheldReason ?? '';
    if (!reason && !r.legalBasis) {
      ctx.add(
        row,
        ctx.has('withheldReason') ? 'withheldReason' : 'attribute',
        'error',
        'attribute.withheld.noReason',
        messages.withheldNoReason,
      );
    } else {
      // The reason and its legal basis together must name a ground of 条例第十四、十五、十六条 (templates/grounds).
      const g = lawfulGround([reason, r.legalBasis ?? ''].filter((t) => t !== '').join('；'), 'catalogue');
      if (!g.ok)
        ctx.add(
          row,
          reason ? 'withheldReason' : 'legalBasis',
          'error',
          'attribute.withheld.unlawful',
          messages.withheldUnlawful(g.message),
        );
    }
  }
  if (r.attribute !== '主动公开' || r.formedDate === undefined) return item;
  const formed = r.formedDate;
  const { preset, calendar, today } = ctx;
  const steps: string[] = [];

  const publication = preset.periods.publication;
  if (publication) {
    const p = ctx.cached(`p|${formed}|${publication.days}|${publication.rule}`, () =>
      periodDeadline(formed, publication.days, '生成', publication.rule, calendar),
    );
    computed.publicationDue = p.due;
    steps.push(...p.steps);
    if (r.publishedDate !== undefined && r.publishedDate > p.due) {
      ctx.add(
        row,
        'publishedDate',
        publication.severity,
        'deadline.publication.late',
        withUncertainty(
          messages.periodLate(
            ctx.label('publishedDate'),
            r.publishedDate,
            publication.name,
            p.due,
            '生成',
            formed,
            publication.days,
            lateBy(calendar, p.due, r.publishedDate),
            publication.rule,
          ) + messages.publicationEra(formed),
          p.uncertain,
        ),
      );
    } else if (r.publishedDate === undefined && today > p.due) {
      ctx.add(
        row,
        'publishedDate',
        'error',
        'deadline.publication.overdue',
        withUncertainty(
          messages.periodOverdue(publication.name, p.due, '生成', formed, publication.days, today, publication.rule, '公开') +
            messages.publicationEra(formed),
          p.uncertain,
        ),
      );
    } else if (r.publishedDate !== undefined) {
      const target = preset.periods.publicationTarget;
      if (target) {
        const t = ctx.cached(`p|${formed}|${target.days}|${target.rule}`, () =>
          periodDeadline(formed, target.days, '生成', target.rule, calendar),
        );
        if (r.publishedDate > t.due) {
          ctx.add(
            row,
            'publishedDate',
            target.severity,
            'deadline.publication.target',
            withUncertainty(
              messages.periodLate(
                ctx.label('publishedDate'),
                r.publishedDate,
                target.name,
                t.due,
                '生成',
                formed,
                target.days,
                lateBy(calendar, t.due, r.publishedDate),
                target.rule,
              ),
              t.uncertain,
            ),
          );
        }
      }
    }
  }

  const submission = preset.periods.submission;
  if (submission && r.submittedDate !== undefined) {
    const p = ctx.cached(`p|${formed}|${submission.days}|${submission.rule}`, () =>
      periodDeadline(formed, submission.days, '生成', submission.rule, calendar),
    );
    if (r.submittedDate > p.due) {
      ctx.add(
        row,
        'submittedDate',
        submission.severity,
        'deadline.submission.late',
        withUncertainty(
          messages.periodLate(
            ctx.label('submittedDate'),
            r.submittedDate,
            submission.name,
            p.due,
            '生成',
            formed,
            submission.days,
            lateBy(calendar, p.due, r.submittedDate),
            submission.rule,
          ),
          p.uncertain,
        ),
      );
    }
  }
  const afterSubmission = preset.periods.publishAfterSubmission;
  if (afterSubmission && r.submittedDate !== undefined && r.publishedDate !== undefined && r.publishedDate >= r.submittedDate) {
    const p = ctx.cached(`p|${r.submittedDate}|${afterSubmission.days}|${afterSubmission.rule}`, () =>
      periodDeadline(r.submittedDate as CalendarDate, afterSubmission.days, '报送', afterSubmission.rule, calendar),
    );
    if (r.publishedDate > p.due) {
      ctx.add(
        row,
        'publishedDate',
        afterSubmission.severity,
        'deadline.publishAfterSubmission.late',
        withUncertainty(
          messages.periodLate(
            ctx.label('publishedDate'),
            r.publishedDate,
            afterSubmission.name,
            p.due,
            '报送',
            r.submittedDate,
            afterSubmission.days,
            lateBy(calendar, p.due, r.publishedDate),
            afterSubmission.rule,
          ),
          p.uncertain,
        ),
      );
    }
  }

  const transfer = preset.periods.transfer;
  if (transfer) {
    const p = ctx.cached(`p|${formed}|${transfer.days}|${transfer.rule}`, () =>
      periodDeadline(formed, transfer.days, '生成', transfer.rule, calendar),
    );
    computed.transferDue = p.due;
    if (r.transferredDate !== undefined && r.transferredDate > p.due) {
      ctx.add(
        row,
        'transferredDate',
        transfer.severity,
        'deadline.transfer.late',
        withUncertainty(
          messages.periodLate(
            ctx.label('transferredDate'),
            r.transferredDate,
            transfer.name,
            p.due,
            '生成',
            formed,
            transfer.days,
            lateBy(calendar, p.due, r.transferredDate),
            transfer.rule,
          ),
          p.uncertain,
        ),
      );
    }
  }
  if (steps.length > 0) computed.steps = steps;
  return item;
}
