// @ts-check
// `npm test`: every check, in order, each timed against its budget on the project's 2-core machine. The whole
// run (with `npm ci` on a fresh clone) is meant to stay within 6 minutes as pages are added; a step over its
// budget is reported, not failed, since timings move with the machine's load.
import {spawnSync} from 'node:child_process';

// [npm script, budget in seconds]
// With `npm ci` (60 s), the budgets add up to the 6 minutes a fresh clone may take.
/** @type {[script: string, budget: number][]} */
const steps = [
  ['typecheck', 15],
  ['lint', 8],
  ['lint:spelling', 6],
  ['audit', 2],
  ['test:unit', 14],
  ['build', 28],
  ['test:build', 22],
  ['test:e2e', 205],
];

const timings = [];
for (const [script, budget] of steps) {
  const start = performance.now();
  const {status} = spawnSync('npm', ['run', '--silent', script], {stdio: 'inherit'});
  const seconds = (performance.now() - start) / 1000;
  timings.push({script, seconds, budget});
  if (status !== 0) {
    console.error(`\nnpm test: "${script}" failed after ${seconds.toFixed(1)} s.`);
    process.exit(status ?? 1);
  }
}

console.log('\nStep             time (s)  budget (s)');
for (const {script, seconds, budget} of timings) {
  const flag = seconds > budget ? '  OVER BUDGET' : '';
  console.log(`${script.padEnd(16)} ${seconds.toFixed(1).padStart(8)}  ${String(budget).padStart(10)}${flag}`);
}
const total = timings.reduce((sum, {seconds}) => sum + seconds, 0);
const totalBudget = steps.reduce((sum, [, budget]) => sum + budget, 0);
console.log(`${'total'.padEnd(16)} ${total.toFixed(1).padStart(8)}  ${String(totalBudget).padStart(10)}`);
