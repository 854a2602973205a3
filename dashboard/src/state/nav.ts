import { getContext, setContext } from 'svelte';
import type { EntityPage } from '../lib/urlState.js';

/** How any component links to an event, a subject page or an actor page (set once by App). */
export interface Nav {
  eventHref(id: string): string;
  openEvent(id: string): void;
  pageHref(page: EntityPage): string;
  openPage(page: EntityPage): void;
}

const KEY = Symbol('kroniek.nav');

/** Makes the navigation available to every component below the caller. */
export function setNav(nav: Nav): void {
  setContext(KEY, nav);
}

/** The navigation set by App; call during component init. */
export function getNav(): Nav {
  return getContext<Nav>(KEY);
}

/** A plain left click opens in place; with a modifier the browser opens the link itself. */
export function inPlace(e: MouseEvent): boolean {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return false;
  e.preventDefault();
  return true;
}
