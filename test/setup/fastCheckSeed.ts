import fc from 'fast-check';

// Property suites run on a fixed seed so CI is repeatable; set FC_SEED to explore other cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 201617) });
