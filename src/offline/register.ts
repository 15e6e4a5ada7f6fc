/**
 * The service worker (dist/sw.js, generated after the build by scripts/build-sw.ts) keeps every
 * page, script, style, font and the search index for offline reading. When a new build is
 * deployed, its worker waits until the reader chooses: "Reload" in the notice switches every
 * open tab to the new version; a tab that did not ask is told, not reloaded under the reader.
 */
export function registerServiceWorker(notice: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const text = notice.querySelector<HTMLElement>('[data-text]');
  const button = notice.querySelector<HTMLButtonElement>('button');
  let asked = false;

  const show = (message: string | undefined, offerReload: boolean) => {
    if (text) text.textContent = message ?? '';
    if (button) button.hidden = !offerReload;
    notice.hidden = false;
  };

  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
      const offerUpdate = () => {
        // Only an update: the very first worker installs without a notice.
        if (registration.waiting && navigator.serviceWorker.controller) show(notice.dataset['updated'], true);
      };
      offerUpdate();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offerUpdate();
        });
      });
      button?.addEventListener('click', () => {
        asked = true;
        if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
        else location.reload();
      });
    })
    .catch(() => {
      /* no offline copy (private mode, file://): the course works online as before */
    });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
    else show(notice.dataset['elsewhere'], true);
  });
}
