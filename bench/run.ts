import type { Bench } from './bench.ts';
import { generatorBench } from './generator.bench.ts';
import { quizBench } from './quiz.bench.ts';
import { storageBench } from './storage.bench.ts';

// npm run bench: every bench in this list, one after the other (they share two cores; never in parallel).
// A bench prints its own figures and says whether its targets were met; any miss makes the exit code 1.

const benches: Bench[] = [generatorBench, quizBench, storageBench];

let allMet = true;
for (const bench of benches) {
  console.log(`\n== ${bench.name}`);
  const outcome = await bench.run();
  allMet &&= outcome.met;
}
process.exitCode = allMet ? 0 : 1;
