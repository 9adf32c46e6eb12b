import { decodeCsv } from './decode-csv';
import { parseCasesCsv, type BulkParseResult, type ParseContext } from './parse-cases-csv';

/**
 * The bytes of a picked file as rows: decoded (UTF-8, UTF-16 or Shift_JIS), parsed and
 * validated. An undecodable file comes back as a file error with how to fix it.
 */
export function readCasesCsv(bytes: Uint8Array, context: ParseContext): BulkParseResult {
  const decoded = decodeCsv(bytes);
  if (decoded.ok) return parseCasesCsv(decoded.text, context, decoded.encoding);
  return {
    encoding: null,
    headerRow: null,
    columns: [],
    missing: [],
    fileErrors: [{ row: null, column: null, header: null, key: null, value: null, ...decoded }],
    warnings: [],
    rows: [],
  };
}
