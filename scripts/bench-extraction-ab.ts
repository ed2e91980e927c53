/**
 * Compares the extraction speed of two checkouts on the same inputs, robust to a busy machine.
 * Usage: npm run bench:extraction:ab -- <checkout A> <checkout B> [seconds per order, default 20]
 * (a checkout: a directory with libs/extraction/src, e.g. a `git worktree add --detach /tmp/base <rev>`).
 *
 * Both extractors are loaded into one process and run on the same inputs in alternating passes
 * (A then B, then B then A, …), so a load spike slows both alike; each pass is timed on its own.
 * The version loaded first ran a few per cent faster in trials (it shares @dyad/domain's code and
 * its inline caches with the other), so the whole measurement runs twice, in child processes that
 * load them in opposite orders, and the ratio reported is the geometric mean of the two.
 * Inputs: the dev bodies cut or repeated to 2, 3 and 4 KB (extraction-inputs.ts, as bench-extraction.ts).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import type { ArticleInput } from '@dyad/extraction';
import { benchInputs, untilCompiled } from './extraction-inputs';

type Extract = (a: ArticleInput) => unknown[];

/** Child: `--child <first> <second> <seconds>`; prints the articles/s of each as JSON. */
function child(first: string, second: string, seconds: number): void {
  const load = (dir: string): Extract => require(path.resolve(dir, 'libs/extraction/src/index.ts')).extractFacts;
  const fns = [load(first), load(second)];
  const { inputs } = benchInputs(path.resolve(__dirname, '../../shared/corpus/dev'));
  // Both compiled before anything is timed (the first seconds of each are mostly V8 compiling it).
  untilCompiled(() => { for (const a of inputs) for (const f of fns) f(a); }, 4000, 40_000);
  const ns = [0n, 0n];
  let passes = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    for (const k of passes % 2 ? [1, 0] : [0, 1]) {
      const t0 = process.hrtime.bigint();
      for (const a of inputs) fns[k](a);
      ns[k] += process.hrtime.bigint() - t0;
    }
    passes++;
  }
  const rate = (k: number) => (passes * inputs.length) / (Number(ns[k]) / 1e9);
  process.stdout.write(JSON.stringify({ first: rate(0), second: rate(1), passes, inputs: inputs.length }));
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2], Number(args[3]));
  const [a, b, s = '20'] = args;
  if (!a || !b) {
    process.stderr.write('usage: npm run bench:extraction:ab -- <checkout A> <checkout B> [seconds per order]\n');
    process.exit(2);
  }
  const run = (first: string, second: string) =>
    JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'run-ts.mjs'), __filename, '--child', first, second, s], { encoding: 'utf8' })) as { first: number; second: number; passes: number; inputs: number };
  const ab = run(a, b);
  const ba = run(b, a);
  const rA = [ab.first, ba.second];
  const rB = [ab.second, ba.first];
  const ratio = Math.sqrt((rB[0] / rA[0]) * (rB[1] / rA[1]));
  const f = (x: number) => Math.round(x).toLocaleString('en');
  process.stdout.write(`${ab.inputs} inputs of 2–4 KB, ${s} s per order, node ${process.version}\n\n`);
  process.stdout.write(`| order | A articles/s | B articles/s | B / A |\n|---|---:|---:|---:|\n`);
  process.stdout.write(`| A loaded first (${ab.passes} passes each) | ${f(ab.first)} | ${f(ab.second)} | ${(ab.second / ab.first).toFixed(3)} |\n`);
  process.stdout.write(`| B loaded first (${ba.passes} passes each) | ${f(ba.second)} | ${f(ba.first)} | ${(ba.first / ba.second).toFixed(3)} |\n`);
  process.stdout.write(`\nB / A, geometric mean of both orders: ${ratio.toFixed(3)}\nA = ${path.resolve(a)}\nB = ${path.resolve(b)}\n`);
}

main();
