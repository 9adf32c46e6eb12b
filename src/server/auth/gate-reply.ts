import { problem } from '../problem';

/** What a check of the gate answers instead of the operation. */
export interface GateReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const refuse = (
  status: number,
  reason: 'unauthorized' | 'forbidden' | 'rate_limited',
  detail: string,
  headers?: Record<string, string>,
): GateReply => ({
  status,
  body: problem(reason, detail, { status }),
  headers,
});
