import { BenchSuite } from './types';
import { calendarSuite } from './suites/calendar';

/** Every benchmark suite `npm run bench` runs, in order. Add new suites here. */
export const suites: BenchSuite[] = [calendarSuite];
