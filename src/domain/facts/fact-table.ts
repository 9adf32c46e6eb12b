import type { MissingPolicy } from './input-facts';

export interface UnknownFact {
  pointers: string[];
  policy: MissingPolicy;
}

/**
 * Fact values for one draft, plus why some are unknown. `null` is a known "none"
 * (a COE has no filing window); `undefined` means we cannot know yet.
 */
export class FactTable {
  readonly values: Record<string, unknown>;
  readonly unknown = new Map<string, UnknownFact>();

  /**
   * `shared` holds facts that are the same for many drafts (the day's parameter values): they
   * are read through the prototype instead of being copied into every table. Without it the
   * object has no prototype, so a fact named like an Object method is not there unless set.
   */
  constructor(shared: Readonly<Record<string, unknown>> | null = null) {
    this.values = Object.create(shared) as Record<string, unknown>;
  }

  set(name: string, value: unknown): void {
    this.values[name] = value;
    this.unknown.delete(name);
  }

  markUnknown(name: string, pointers: string[], policy: MissingPolicy = 'ask'): void {
    this.values[name] = undefined;
    this.unknown.set(name, { pointers: [...new Set(pointers)], policy });
  }

  /** Unknown for a reason (a missing answer, not checked yet): rules reading it cannot decide. */
  isUnknown(name: string): boolean {
    return this.unknown.has(name);
  }

  isKnown(name: string): boolean {
    return !this.unknown.has(name) && this.values[name] !== undefined;
  }

  get<T>(name: string): T | undefined {
    return this.values[name] as T | undefined;
  }

  /** Marks `name` unknown when any of `inputs` is; returns true if all are known. */
  requires(name: string, inputs: string[]): boolean {
    const missing = inputs.filter((i) => !this.isKnown(i));
    if (missing.length === 0) return true;
    const pointers = missing.flatMap((i) => this.unknown.get(i)?.pointers ?? []);
    const policy = missing.some((i) => this.unknown.get(i)?.policy === 'ask')
      ? 'ask'
      : 'not_checked';
    this.markUnknown(name, pointers, policy);
    return false;
  }
}
