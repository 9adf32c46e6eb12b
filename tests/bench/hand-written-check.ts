import { Temporal } from '@js-temporal/polyfill';
import type { Draft } from '../../src/domain/model/draft';
import type { RulePack } from '../../src/domain/model/rule-pack';
import { valueInForce } from '../../src/domain/parameters/parameter-values';

export type HandVerdict = 'fileable' | 'not_fileable' | 'needs_input';

/**
 * The main online checks written directly in TypeScript: the baseline that shows what the
 * rule engine costs. Parameter values are read once per date, as the core does.
 */
export function handWrittenChecker(pack: RulePack, asOf: Temporal.PlainDate) {
  const date = asOf.toString();
  const param = <T>(name: string): T => {
    const def = pack.parameters.get(name);
    const v = def && valueInForce(def, date);
    if (!v) throw new Error(`parameter ${name} has no value on ${date}`);
    return v.value as T;
  };
  const procedures = new Set(param<string[]>('online.procedures'));
  const statuses = new Set(param<string[]>('online.eligible_statuses'));
  const filers = new Set(param<string[]>('online.filers'));
  const hosts = new Set(param<string[]>('online.companion_hosts'));
  const pattern = new RegExp(param<string>('online.credential_number_pattern'));
  const maxFileBytes = param<number>('attachments.max_total_bytes');

  return (d: Draft): HandVerdict => {
    if (d.channel !== 'online') return 'fileable';
    if (!d.procedure || !d.filer?.category) return 'needs_input';
    if (!procedures.has(d.procedure) || !filers.has(d.filer.category)) return 'not_fileable';
    if ((d.withProcedures ?? []).length > 0 && !hosts.has(d.procedure)) return 'not_fileable';
    const status =
      d.procedure === 'coe' || d.procedure === 'acquisition' ? d.targetStatus : d.applicant?.status;
    if (!status) return 'needs_input';
    if (!statuses.has(status)) return 'not_fileable';
    const credential = d.filer.credential;
    if (credential?.number && !pattern.test(credential.number)) return 'not_fileable';
    if (credential?.expires && credential.expires < date) return 'not_fileable';
    const expires = d.applicant?.stayExpires;
    if (d.procedure === 'extension') {
      if (!expires) return 'needs_input';
      const opens = Temporal.PlainDate.from(expires).subtract({ months: 3 }).toString();
      if (date < opens || date >= expires) return 'not_fileable';
    }
    const bytes = (d.attachments ?? []).reduce((s, a) => s + a.bytes, 0);
    if (bytes > maxFileBytes) return 'not_fileable';
    return 'fileable';
  };
}
