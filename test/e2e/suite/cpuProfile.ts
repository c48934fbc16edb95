/**
 * CPU profiles of the extension host, for finding where a slow test's time goes. Off unless
 * SCS_E2E_CPU_PROFILE names a folder; then `profiled(name, f)` writes `<folder>/<name>.cpuprofile` (all extensions
 * in this host, ours included; open it in Chrome's DevTools) and, with the browser driver, the editor page's own
 * `<folder>/<name>.workbench.cpuprofile`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { askDriver, hasDriver } from './bridge';

const FOLDER = process.env.SCS_E2E_CPU_PROFILE;

export async function profiled<T>(name: string, f: () => Promise<T>): Promise<T> {
  if (!FOLDER) return f();
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => session.post(method, (err, result) => (err ? reject(err) : resolve((result ?? {}) as Record<string, unknown>))));
  await post('Profiler.enable');
  await post('Profiler.start');
  const file = join(FOLDER, name.replace(/\W+/g, '-'));
  if (hasDriver()) await askDriver('profile-start', {});
  try {
    return await f();
  } finally {
    const { profile } = await post('Profiler.stop');
    writeFileSync(`${file}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
    if (hasDriver()) await askDriver('profile-stop', { file: `${file}.workbench.cpuprofile` }, 60_000);
  }
}
