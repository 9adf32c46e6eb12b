/**
 * Whether a `matchesPattern` value compiles as the operator compiles it (`new RegExp(source)`,
 * no flags). A pattern that does not compile would otherwise throw while a draft is checked.
 */
export function patternSyntaxError(source: unknown): { message: string; ja: string } | undefined {
  if (typeof source !== 'string') {
    return {
      message: 'must be a regular expression written as a string',
      ja: '正規表現を文字列で書いてください',
    };
  }
  try {
    new RegExp(source);
    return undefined;
  } catch (e) {
    const why = (e as Error).message;
    return {
      message: `not a valid regular expression (${why}): check brackets and escapes, e.g. "^[0-9]{12}$"`,
      ja: `正規表現として正しくありません（${why}）。括弧やエスケープを確認してください（例: "^[0-9]{12}$"）`,
    };
  }
}
