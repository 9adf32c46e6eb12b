import { runCases } from '../domain/cases/run-cases';
import { Checker } from '../domain/evaluation/checker';
import { checkRulePack } from '../domain/loading/check-rule-pack';
import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { patternSites, unsafePatterns, type PatternChecker } from '../domain/loading/regex-safety';
import type { RuleFileError } from '../domain/loading/rule-file-error';
import type { Localized } from '../domain/model/localized';
import type { RulePack } from '../domain/model/rule-pack';
import { ReservationPlanner } from '../domain/reservation/reservation-planner';
import { runReservationCases } from '../domain/reservation/run-reservation-cases';
import { packContentHash } from '../domain/signing/content-hash';
import { isPackFile } from '../domain/signing/pack-manifest';
import type { TrustList } from '../domain/signing/trust-list';
import { verifyPack, type PackTrust } from '../domain/signing/verify-pack';
import { compareVersions } from '../workbench/pack-version';
import { weakenings, type Weakening } from '../workbench/weakening';
import type { RulePackOrigin } from './rule-pack-store';

/** What the header, reports and exports say about the rules in use. */
export interface PackLabel {
  /** Signed by a publisher this app trusts, or the rules built into the app. */
  official: boolean;
  /** The signed pack id, else where it came from (file name, URL, "workbench"). */
  name: string;
  version: string;
  /** First 12 hex digits of the SHA-256 over every file's digest. */
  hash: string;
  publisher?: string;
}

export interface PackCandidate {
  files: RuleFiles;
  signature?: unknown;
  origin: RulePackOrigin;
  source: string;
  /** For a pack edited in the workbench: the version and hash of the pack the edit started from. */
  editedFrom?: { version: string; hash: string };
}

/** A step the user must take before the pack is used. */
export interface Confirmation {
  kind: 'unofficial' | 'rollback';
  text: Localized;
}

export type Admission =
  | { kind: 'refused'; reason: Localized; errors: RuleFileError[] }
  | {
      kind: 'admissible';
      pack: RulePack;
      files: RuleFiles;
      label: PackLabel;
      trust: PackTrust;
      confirmations: Confirmation[];
      weakenings: Weakening[];
    };

const refused = (reason: Localized, errors: RuleFileError[] = []): Admission => ({
  kind: 'refused',
  reason,
  errors,
});

/**
 * Everything a pack from outside the app goes through before it may be used: its signature,
 * the checks of `npm run rules:check` (ReDoS included), its own test cases, and a comparison
 * with the pack in use. What remains for the user is returned as confirmations.
 */
export async function admitPack(
  candidate: PackCandidate,
  current: RulePack,
  trust: TrustList,
  patternChecker?: PatternChecker,
): Promise<Admission> {
  const files = Object.fromEntries(Object.entries(candidate.files).filter(([p]) => isPackFile(p)));
  const verdict = await verifyPack(files, candidate.signature, trust);
  if (verdict.status === 'tampered') {
    return refused({ ja: `使えません: ${verdict.reason.ja}`, en: `Refused: ${verdict.reason.en}` });
  }
  // Validated against the schemas of the pack in use, which are the app's own.
  const validation = checkRulePack(candidate.files, { schemas: current.schemas });
  const errors = validation.errors;
  if (errors.length === 0) {
    errors.push(...(await unsafePatterns(patternSites(validation.pack), patternChecker)));
  }
  if (errors.length > 0) {
    return refused(
      {
        ja: `ルールファイルに ${errors.length} 件の誤りがあります。`,
        en: `The rule files have ${errors.length} error(s).`,
      },
      errors,
    );
  }
  const pack = validation.pack;
  const hash = await packContentHash(files);
  if (
    candidate.editedFrom &&
    pack.version === candidate.editedFrom.version &&
    hash !== candidate.editedFrom.hash
  ) {
    return refused({
      ja: `変更したパックに元の版番号 ${pack.version} は使えません。新しい版番号を付けてください。`,
      en: `A changed pack cannot keep the version ${pack.version} of the pack it came from: give it a new version.`,
    });
  }
  const failing = await failingCases(pack);
  if (failing.length > 0) {
    return refused({
      ja: `パック自身のテストケースが ${failing.length} 件失敗しています: ${failing.slice(0, 5).join(', ')}`,
      en: `${failing.length} of the pack's own test cases fail: ${failing.slice(0, 5).join(', ')}`,
    });
  }
  const signed = verdict.status === 'signed';
  const label: PackLabel = {
    official: signed,
    name: signed ? verdict.manifest.packId : candidate.source,
    version: pack.version,
    hash,
    ...(signed ? { publisher: verdict.publisher } : {}),
  };
  const confirmations: Confirmation[] = [];
  if (!signed) {
    confirmations.push({
      kind: 'unofficial',
      text: {
        ja: `${verdict.reason.ja} このパックは公式のルールではありません。使う間は、画面・報告・印刷・書き出しのすべてに「非公式ルール」と表示されます。`,
        en: `${verdict.reason.en} These are not official rules: while they are used, the header, every report, printout and export says "unofficial rules".`,
      },
    });
  } else if (compareVersions(pack.version, current.version) < 0) {
    confirmations.push({
      kind: 'rollback',
      text: {
        ja: `このパック（${pack.version}）は使用中のルール（${current.version}）より古い版です。古い版に戻しますか。`,
        en: `This pack (${pack.version}) is older than the rules in use (${current.version}). Go back to the older version?`,
      },
    });
  }
  return {
    kind: 'admissible',
    pack,
    files,
    label,
    trust: verdict,
    confirmations,
    weakenings: weakenings(current, pack),
  };
}

/** Names of the pack's own cases that fail: a pack that contradicts its own cases is not used. */
async function failingCases(pack: RulePack): Promise<string[]> {
  const results = [
    ...(await runCases(new Checker(pack), pack.cases)),
    ...(await runReservationCases(new ReservationPlanner(pack), pack.reservationCases)),
  ];
  return results.filter((r) => !r.passed).map((r) => `${r.file}#/cases/${r.index}`);
}
