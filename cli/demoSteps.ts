import { deadlineDemoStep } from './commands/deadlineDemo';
import { checkDemoStep } from './commands/checkDemo';
import { reportDemoStep } from './commands/reportDemo';
import { formsDemoStep } from './commands/formsDemo';

/** One part of `npm run demo`. */
export interface DemoStep {
  title: string;
  run(ctx: { root: string; outDir: string; log(line: string): void }): Promise<void>;
}

/** The demo's steps, in order. Each feature adds its own. */
export const demoSteps: DemoStep[] = [deadlineDemoStep, checkDemoStep, reportDemoStep, formsDemoStep];
