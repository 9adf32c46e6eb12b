import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '../../src/domain/loading/schema-validator';
import { ReservationPlanner } from '../../src/domain/reservation/reservation-planner';
import { runReservationCase } from '../../src/domain/reservation/run-reservation-cases';
import { shippedPack } from '../support/shipped-pack';

// Every reservation case file (rules/<reservation set>/cases/*.json) is a describe block.
const pack = shippedPack();
const planner = new ReservationPlanner(pack);
const validator = new SchemaValidator(pack.schemas);

for (const file of pack.reservationCases) {
  describe(file.file, () => {
    file.cases.forEach((c, i) => {
      it(c.name, async () => {
        const result = await runReservationCase(planner, validator, file.file, i, c);
        expect(result.error).toBeUndefined();
        expect(result.mismatches).toEqual([]);
      });
    });
  });
}
