import type { RuleFiles } from '../../domain/loading/load-rule-pack';
import type { Lang, Localized } from '../../domain/model/localized';
import type { Report } from '../../domain/model/report';
import { FACTS_STEP } from './rule-by-rule';
import { TimedWorker, WorkerTimeout, type WorkerLike } from './timed-worker';

/** A pack that cannot be checked with (a check overran its limit); names the rule when known. */
export class PackFailure extends Error {
  constructor(
    readonly text: Localized,
    readonly rule?: string,
  ) {
    super(text.en);
    this.name = 'PackFailure';
  }
}

export interface RunnerOptions {
  files: RuleFiles;
  schemas: Record<string, object>;
  /** How the pack is named in messages ("unofficial rules: …" or the version). */
  label: string;
  createWorker?: () => WorkerLike;
  /** A check of one draft takes about a millisecond; this is far beyond any honest rule. */
  timeLimitMs?: number;
  loadLimitMs?: number;
  /** Told once when the pack fails, so the app can go back to the rules it used before. */
  onFailure?: (failure: PackFailure) => void;
}

const bundledWorker = (): WorkerLike =>
  new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });

/**
 * Checks drafts with a pack in a worker with a time limit. After an overrun the same draft
 * is checked again rule by rule in a fresh worker, so the message can name the rule that
 * does not finish; from then on the pack is refused.
 */
export class WorkerCheckRunner {
  private readonly worker: TimedWorker;
  private failure: PackFailure | undefined;
  private readonly timeLimitMs: number;

  constructor(private readonly options: RunnerOptions) {
    this.timeLimitMs = options.timeLimitMs ?? 3000;
    this.worker = new TimedWorker(options.createWorker ?? bundledWorker, {
      body: { type: 'load', files: options.files, schemas: options.schemas },
      limitMs: options.loadLimitMs ?? 30_000,
    });
  }

  async check(draft: unknown, asOf: string, lang: Lang): Promise<Report> {
    if (this.failure) throw this.failure;
    try {
      const reply = await this.worker.request(
        { type: 'check', draft, asOf, lang },
        this.timeLimitMs,
      );
      if (reply.type === 'report') return reply.report;
      throw new Error(reply.type === 'failed' ? reply.message : `unexpected reply ${reply.type}`);
    } catch (e) {
      if (!(e instanceof WorkerTimeout)) throw e;
      throw this.fail(await this.diagnose(draft, asOf, lang));
    }
  }

  dispose(): void {
    this.worker.terminate();
  }

  /** The rule that does not finish on this draft, or undefined when the rerun did finish. */
  private async diagnose(draft: unknown, asOf: string, lang: Lang): Promise<string | undefined> {
    try {
      await this.worker.request({ type: 'diagnose', draft, asOf, lang }, this.timeLimitMs);
      return undefined;
    } catch (e) {
      if (e instanceof WorkerTimeout) return e.lastProgress;
      return undefined;
    }
  }

  private fail(rule: string | undefined): PackFailure {
    const seconds = this.timeLimitMs / 1000;
    const { label } = this.options;
    const named = rule && rule !== FACTS_STEP;
    this.failure = new PackFailure(
      named
        ? {
            ja: `ルール ${rule}（${label}）の判定が ${seconds} 秒以内に終わりませんでした。このルールパックは使えないため、以前のルールに戻しました。`,
            en: `Rule ${rule} of ${label} did not finish within ${seconds} s. This rule pack cannot be used; the app went back to the rules it used before.`,
          }
        : {
            ja: `ルールパック（${label}）での確認が ${seconds} 秒以内に終わりませんでした。以前のルールに戻しました。`,
            en: `A check with ${label} did not finish within ${seconds} s. The app went back to the rules it used before.`,
          },
      named ? rule : undefined,
    );
    this.worker.terminate();
    this.options.onFailure?.(this.failure);
    return this.failure;
  }
}
