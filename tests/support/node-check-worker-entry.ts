import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from '../../src/services/check-worker/protocol';
import { createWorkerHandler } from '../../src/services/check-worker/worker-handler';

const handle = createWorkerHandler((reply) => parentPort!.postMessage(reply));
parentPort!.on('message', (req: WorkerRequest) => handle(req));
