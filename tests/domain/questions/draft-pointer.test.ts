import { describe, expect, it } from 'vitest';
import { hasValueAt, valueAt, withValueAt } from '../../../src/domain/questions/draft-pointer';

describe('draft pointers', () => {
  it('reads nested fields', () => {
    const doc = { filer: { credential: { number: '1' } } };
    expect(valueAt(doc, '/filer/credential/number')).toBe('1');
    expect(valueAt(doc, '/applicant/name')).toBeUndefined();
  });

  it('writes without touching the original', () => {
    const doc = { procedure: 'coe' };
    const next = withValueAt(doc, '/applicant/stayExpires', '2027-01-31');
    expect(next).toEqual({ procedure: 'coe', applicant: { stayExpires: '2027-01-31' } });
    expect(doc).toEqual({ procedure: 'coe' });
  });

  it('removes a field and the objects it leaves empty', () => {
    const doc = { procedure: 'coe', filer: { credential: { number: '1' } } };
    expect(withValueAt(doc, '/filer/credential/number', undefined)).toEqual({ procedure: 'coe' });
  });

  it('treats an empty list as unanswered', () => {
    expect(hasValueAt({ withProcedures: [] }, '/withProcedures')).toBe(false);
    expect(hasValueAt({ withProcedures: ['reentry'] }, '/withProcedures')).toBe(true);
  });
});
