// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { focusField } from '../../../src/ui/report/focus-field';

describe('focusField', () => {
  it('focuses the control named by the pointer, else the first needed field', () => {
    document.body.innerHTML = `
      <div class="field"><input name="/applicant/name"></div>
      <div class="field needed"><select name="/filer/category"></select></div>
      <div class="field needed"><input name="/applicant/stayExpires"></div>`;
    expect(focusField('/applicant/stayExpires')).toBe(true);
    expect(document.activeElement?.getAttribute('name')).toBe('/applicant/stayExpires');
    expect(focusField('/filer/credential/kind')).toBe(true);
    expect(document.activeElement?.getAttribute('name')).toBe('/filer/category');
    document.body.innerHTML = '<input name="/procedure">';
    expect(focusField('/filer/credential/kind')).toBe(false);
  });
});
