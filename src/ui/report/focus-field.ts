/**
 * Moves the keyboard focus to the form control for a draft field (controls are named by the
 * field's JSON pointer) and brings it into view; nothing happens when the field is not asked.
 */
export function focusField(pointer: string, root: ParentNode = document): boolean {
  const control = [...root.querySelectorAll<HTMLElement>('[name]')].find(
    (el) => el.getAttribute('name') === pointer,
  );
  if (!control) return false;
  control.focus();
  control.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return true;
}
