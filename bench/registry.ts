import { BenchSuite } from './types';

/** Every benchmark suite `npm run bench` runs, in order. Add new suites here. */
export const suites: BenchSuite[] = [];
