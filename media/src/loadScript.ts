/**
 * Adds a script from the extension's media folder to the preview page, carrying the nonce of the preview's own
 * script (the CSP runs nothing else). Resolves once it ran; rejects when it could not load.
 */
export function loadScript(src: string, nonce: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const el = document.createElement('script');
    el.nonce = nonce;
    el.src = src;
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
    document.head.appendChild(el);
  });
}
