// The shape every bench in run.ts has: it prints its own figures and says whether its targets were met.

export interface BenchOutcome {
  met: boolean;
}

export interface Bench {
  name: string;
  run(): Promise<BenchOutcome>;
}
