import { parseRoute, routeHash, type Route } from './hash-route';

/** The current route as rune state, following the browser's hash. */
export class Router {
  route = $state<Route>(parseRoute(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.route = parseRoute(globalThis.location.hash);
    });
  }

  go(route: Route): void {
    const hash = routeHash(route);
    if (globalThis.location.hash !== hash) globalThis.location.hash = hash;
    this.route = route;
  }
}
