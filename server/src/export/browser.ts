/** Finds a Chromium-family browser for printing PDFs. */
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

/** Where Chromium, Chrome and Edge usually live, per platform. */
function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google/Chrome/Application/chrome.exe'),
      join(r, 'Microsoft/Edge/Application/msedge.exe'),
      join(r, 'Chromium/Application/chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  const bins = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  const dirs = ['/usr/bin', '/usr/local/bin', '/snap/bin', ...(env.PATH ?? '').split(':').filter(Boolean)];
  return dirs.flatMap((d) => bins.map((b) => join(d, b)));
}

/**
 * The browser to use: an explicit path (which must exist), `$CHROMIUM`, `$CHROME_PATH`, then the usual places.
 * @example findBrowser(undefined) // '/usr/bin/chromium' on Debian with chromium installed
 */
export function findBrowser(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  for (const fromEnv of [env.CHROMIUM, env.CHROME_PATH]) {
    if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  }
  return candidates(platform, env).find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
