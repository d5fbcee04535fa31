// Entry of `npm run bench` (after the builds): loads the TypeScript driver with Vite's module
// runner, so the bench is written and type-checked like the rest of the code.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./driver/main.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
});
await module.runBench();
