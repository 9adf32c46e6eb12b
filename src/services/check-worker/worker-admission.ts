import type { Localized } from '../../domain/model/localized';
import type { TrustList } from '../../domain/signing/trust-list';
import type { Admission, PackCandidate } from '../pack-admission';
import type { RuleFiles } from '../../domain/loading/load-rule-pack';
import { TimedWorker, WorkerTimeout, type WorkerLike } from './timed-worker';

const bundledWorker = (): WorkerLike =>
  new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs the admission of a pack (signature, checks, its own cases) in a worker with a time
 * limit: the pack's cases run its rules, and nothing is known about them yet.
 */
export async function admitInWorker(
  candidate: PackCandidate,
  current: { files: RuleFiles; schemas: Record<string, object> },
  trust: TrustList,
  options: { createWorker?: () => WorkerLike; limitMs?: number } = {},
): Promise<Admission> {
  const limitMs = options.limitMs ?? 120_000;
  const worker = new TimedWorker(options.createWorker ?? bundledWorker, {
    body: { type: 'load', files: current.files, schemas: current.schemas },
    limitMs,
  });
  try {
    const reply = await worker.request({ type: 'admit', candidate, trust }, limitMs);
    if (reply.type === 'admitted') return reply.admission;
    const message = reply.type === 'failed' ? reply.message : reply.type;
    return refused({
      ja: `パックを確認できませんでした: ${message}`,
      en: `The pack could not be checked: ${message}`,
    });
  } catch (e) {
    if (!(e instanceof WorkerTimeout)) throw e;
    const s = limitMs / 1000;
    return refused({
      ja: `パックの確認が ${s} 秒以内に終わりませんでした。このパックは使えません。`,
      en: `Checking the pack did not finish within ${s} s, so it cannot be used.`,
    });
  } finally {
    worker.terminate();
  }
}

const refused = (reason: Localized): Admission => ({ kind: 'refused', reason, errors: [] });
