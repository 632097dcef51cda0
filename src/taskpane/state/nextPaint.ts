/** Where no frame comes (the pane hidden mid-run), the calculation goes on after this long. */
const NO_FRAME_FALLBACK_MS = 100;

/**
 * Resolves once the browser has painted the page as it is now: a frame callback runs just before
 * the paint, and a timeout set there runs just after it. A bare timeout is not enough: it usually
 * fires before the next frame, so a synchronous calculation started then hides the step it shows.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_FALLBACK_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
