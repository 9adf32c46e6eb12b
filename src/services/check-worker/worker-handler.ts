import { Checker } from '../../domain/evaluation/checker';
import { checkRulePack } from '../../domain/loading/check-rule-pack';
import { SchemaValidator } from '../../domain/loading/schema-validator';
import type { Draft } from '../../domain/model/draft';
import type { RulePack } from '../../domain/model/rule-pack';
import { parseInstant } from '../../domain/time/tokyo-time';
import { batchResults } from './batch-results';
import { batchStates } from './batch-states';
import type { WorkerReply, WorkerRequest } from './protocol';
import { judgeRuleByRule } from './rule-by-rule';

/**
 * What the check worker does with each message, apart from the worker itself so it can be
 * run in Node tests. Drafts arrive validated by the page (draft-check-service.ts).
 */
export function createWorkerHandler(post: (reply: WorkerReply) => void) {
  let pack: RulePack | undefined;
  let checker: Checker | undefined;
  let validator: SchemaValidator | undefined;
  const needPack = (): RulePack => {
    if (!pack) throw new Error('no rule pack loaded in the check worker');
    return pack;
  };
  return (req: WorkerRequest): void => {
    try {
      switch (req.type) {
        case 'load': {
          const result = checkRulePack(req.files, { schemas: req.schemas });
          pack = result.errors.length === 0 ? result.pack : undefined;
          checker = pack ? new Checker(pack) : undefined;
          validator = pack ? new SchemaValidator(pack.schemas) : undefined;
          post({ id: req.id, type: 'loaded', errors: result.errors });
          break;
        }
        case 'check': {
          needPack();
          const report = checker!.checkNow(req.draft as Draft, {
            asOf: parseInstant(req.asOf),
            lang: req.lang,
          });
          post({ id: req.id, type: 'report', report });
          break;
        }
        case 'states': {
          needPack();
          const states = batchStates(checker!, validator!, req);
          post({ id: req.id, type: 'states', states });
          break;
        }
        case 'bulk-parse': {
          const context = { vocabulary: needPack().vocabulary, validator: validator! };
          // The CSV reader (papaparse and the layout) is loaded only by the bulk page's worker.
          import('../../bulk/read-cases-csv').then(
            ({ readCasesCsv }) =>
              post({ id: req.id, type: 'bulk-parsed', parsed: readCasesCsv(req.bytes, context) }),
            (e: unknown) => post({ id: req.id, type: 'failed', message: String(e) }),
          );
          break;
        }
        case 'bulk-check':
          needPack();
          post({ id: req.id, type: 'bulk-results', results: batchResults(checker!, req) });
          break;
        case 'diagnose':
          judgeRuleByRule(
            needPack(),
            req.draft as Draft,
            parseInstant(req.asOf),
            req.lang,
            (rule) => post({ id: req.id, type: 'progress', rule }),
          );
          post({ id: req.id, type: 'diagnosed' });
          break;
        case 'admit': {
          // Admission brings recheck (megabytes of ReDoS analysis): only a pack from outside
          // needs it, so the common path (checks, states, CSV rows) never loads it.
          const current = needPack();
          import('../pack-admission')
            .then(({ admitPack }) => admitPack(req.candidate, current, req.trust))
            .then(
              (admission) => post({ id: req.id, type: 'admitted', admission }),
              (e: unknown) => post({ id: req.id, type: 'failed', message: String(e) }),
            );
          break;
        }
      }
    } catch (e) {
      post({ id: req.id, type: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
}
