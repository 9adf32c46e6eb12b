import type { Draft } from '../model/draft';
import type { FactTable } from './fact-table';
import { INPUT_FACTS } from './input-facts';

/** Copies the draft's fields into the table, applying each field's missing-value policy. */
export function readInputFacts(facts: FactTable, draft: Draft): void {
  for (const input of INPUT_FACTS) {
    const value = input.read(draft);
    if (value !== undefined) facts.set(input.name, value);
    else if (input.missing === 'default') facts.set(input.name, input.fallback);
    else facts.markUnknown(input.name, [input.pointer], input.missing);
  }
}
