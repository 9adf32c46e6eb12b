import { describe, expect, it } from 'vitest';
import { slotCapacity } from '../../src/server/slot-capacity';
import { shippedPack } from '../support/shipped-pack';

describe('slotCapacity', () => {
  it('reads the capacity from the rule parameter in force', () => {
    const pack = shippedPack();
    const tokyo = pack.parameters.get('reservation_tokyo.slot_capacity')!;
    const first = Object.keys(tokyo.values).sort()[0]!;
    expect(slotCapacity(pack, 'tokyo_application', '2026-11-25')).toBe(tokyo.values[first]!.value);
    expect(slotCapacity(pack, 'osaka_issuance', '2026-11-25')).toBe(45);
  });

  it('lets an operator setting override the rule value', () => {
    expect(
      slotCapacity(shippedPack(), 'tokyo_application', '2026-11-25', { tokyo_application: 3 }),
    ).toBe(3);
  });
});
