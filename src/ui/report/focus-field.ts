/**
 * Moves the keyboard focus to the form control for a draft field (controls are named by the
 * field's JSON pointer) and brings it into view. A field that waits for an earlier answer
 * (credentials before the filer is chosen) is not on the form yet: the first field marked as
 * needed gets the focus instead, since answering it is what brings the other one up.
 */
export function focusField(pointer: string, root: ParentNode = document): boolean {
  const named = [...root.querySelectorAll<HTMLElement>('[name]')];
  const control =
    named.find((el) => el.getAttribute('name') === pointer) ??
    root.querySelector<HTMLElement>('.needed [name]');
  if (!control) return false;
  control.focus();
  control.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return true;
}
