/**
 * Functions run inside the shared page with `scripting.executeScript`. Each is self-contained
 * (it is serialised, not imported), reads the page and nothing else, and touches no extension
 * API or storage: the page never sees anything of Sharebeam's.
 */

/** The text the user selected on the page. */
export function readSelection(): string {
  return String(window.getSelection?.() ?? '').slice(0, 20_000);
}

