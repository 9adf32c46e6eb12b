import type { WorkerRequest } from './protocol';
import { createWorkerHandler } from './worker-handler';

// A module worker: checks with a rule pack from outside the app run here, so a pack that
// makes a check run for ever stalls this thread, which the page can terminate, not the tab.
const handle = createWorkerHandler((reply) => self.postMessage(reply));
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => handle(event.data));
