// The check worker's handler in a Node worker thread, so tests stop a really stuck check.
import { tsImport } from 'tsx/esm/api';

await tsImport('./node-check-worker-entry.ts', import.meta.url);
