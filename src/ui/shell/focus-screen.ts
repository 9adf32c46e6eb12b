/**
 * Moves focus to a new screen once it has rendered, so keyboard and screen-reader users start
 * on it: the first question of a new case, otherwise the screen's first heading. Screens load
 * their data asynchronously, so it waits a few frames for the target to appear.
 */
export function focusScreen(root: HTMLElement, { firstQuestion = false } = {}): void {
  let frames = 60;
  const attempt = () => {
    const target = firstQuestion
      ? root.querySelector<HTMLElement>('form.draft-editor select, form.draft-editor input')
      : root.querySelector<HTMLElement>('h1, h2');
    if (!target) {
      if (--frames > 0) requestAnimationFrame(attempt);
      return;
    }
    if (!firstQuestion && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
  requestAnimationFrame(attempt);
}
