import type { Applicability, QuestionContext } from './question-field';

/** Filers who act for themselves or their family and so hold no agent credential. */
export const NON_AGENT_FILERS: ReadonlySet<string> = new Set([
  'applicant',
  'legal_representative',
  'relative',
]);

/** Procedures for a person without a current status in Japan (abroad, or a newborn). */
const WITHOUT_CURRENT_STATUS: ReadonlySet<string> = new Set(['coe', 'acquisition']);

/** Procedures after which a residence card is issued, where the card-related declarations matter. */
export const CARD_PROCEDURES: readonly string[] = ['change_of_status', 'extension', 'acquisition'];

const known = <T>(value: T | undefined, decide: (v: T) => boolean): Applicability =>
  value === undefined ? 'later' : decide(value) ? 'yes' : 'no';

export const always = (): Applicability => 'yes';

export const procedureIn =
  (procedures: readonly string[]) =>
  (ctx: QuestionContext): Applicability =>
    known(ctx.procedure, (p) => procedures.includes(p));

export const hasCurrentStatus = (ctx: QuestionContext): Applicability =>
  known(ctx.procedure, (p) => !WITHOUT_CURRENT_STATUS.has(p));

export const agentFiler = (ctx: QuestionContext): Applicability =>
  known(ctx.filerCategory, (f) => !NON_AGENT_FILERS.has(f));

/** Only filers who file with a certificate of their own are asked for it. */
export const credentialFiler = (ctx: QuestionContext): Applicability =>
  known(ctx.filerCategory, (f) => ctx.credentialFilers.includes(f));

/**
 * A period of stay and its expiry exist only for a current status that has one. Most statuses
 * do, so they are asked before the status is chosen and set aside once it says otherwise.
 */
export const hasPeriodOfStay = (ctx: QuestionContext): Applicability => {
  const current = hasCurrentStatus(ctx);
  if (current !== 'yes' || ctx.status === undefined) return current;
  return ctx.statusesWithoutPeriod.includes(ctx.status) ? 'no' : 'yes';
};

export const filerIn =
  (filers: readonly string[]) =>
  (ctx: QuestionContext): Applicability =>
    known(ctx.filerCategory, (f) => filers.includes(f));

export const companionHost = (ctx: QuestionContext): Applicability =>
  known(ctx.procedure, (p) => ctx.companionHosts.includes(p));

export const reentryFiled = (ctx: QuestionContext): Applicability =>
  ctx.withProcedures.includes('reentry') || ctx.procedure === 'reentry'
    ? 'yes'
    : known(ctx.procedure, () => false);

export const procedureAndChannelKnown = (ctx: QuestionContext): Applicability =>
  ctx.procedure === undefined || ctx.channel === undefined ? 'later' : 'yes';

export const onlineChannel = (ctx: QuestionContext): Applicability =>
  known(ctx.channel, (c) => c === 'online');

/** Both must apply; an undecided part keeps the whole undecided unless the other rules it out. */
export const both =
  (a: (ctx: QuestionContext) => Applicability, b: (ctx: QuestionContext) => Applicability) =>
  (ctx: QuestionContext): Applicability => {
    const [x, y] = [a(ctx), b(ctx)];
    if (x === 'no' || y === 'no') return 'no';
    return x === 'yes' && y === 'yes' ? 'yes' : 'later';
  };
