/** Screens of the app, addressed by the URL hash so reloads and the back button work offline. */
export type Route =
  | { page: 'cases' }
  | { page: 'case'; id: string }
  /** Client-file reports of one or more cases (ids comma-separated in the hash). */
  | { page: 'report'; ids: string[] }
  | { page: 'bulk' }
  | { page: 'check' }
  | { page: 'reservations' }
  | { page: 'workbench' }
  /** Passphrase lock, encrypted backups and wiping the device. */
  | { page: 'privacy' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (first === 'cases' && second) return { page: 'case', id: decodeURIComponent(second) };
  if (first === 'report' && second)
    return { page: 'report', ids: second.split(',').filter(Boolean).map(decodeURIComponent) };
  if (first === 'bulk') return { page: 'bulk' };
  if (first === 'check') return { page: 'check' };
  if (first === 'reservations') return { page: 'reservations' };
  if (first === 'workbench') return { page: 'workbench' };
  if (first === 'privacy') return { page: 'privacy' };
  return { page: 'cases' };
}

export function routeHash(route: Route): string {
  if (route.page === 'report') return `#/report/${route.ids.map(encodeURIComponent).join(',')}`;
  return route.page === 'case' ? `#/cases/${encodeURIComponent(route.id)}` : `#/${route.page}`;
}
