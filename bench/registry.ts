import { BenchSuite } from './types';
import { checkSuite } from './suites/check';
import { readerSuite } from './suites/reader';
import { calendarSuite } from './suites/calendar';
import { reportPdfSuite } from './suites/reportPdf';
import { formsSuite } from './suites/forms';
import { addinSuite } from './suites/addin';
import { consolidateSuite } from './suites/consolidate';
import { wpsSuite } from './suites/wps';

/** Every benchmark suite `npm run bench` runs, in order. Add new suites here. */
export const suites: BenchSuite[] = [
  checkSuite,
  readerSuite,
  calendarSuite,
  reportPdfSuite,
  formsSuite,
  addinSuite,
  consolidateSuite,
  wpsSuite,
];
