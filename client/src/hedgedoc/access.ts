/**
 * Which HedgeDoc server the extension talks to, the login kept for it in SecretStorage, Workspace Trust, and
 * how failures are shown. Passwords are used once to log in and never stored; only the session cookie is.
 */
import * as vscode from 'vscode';
import { HedgeDocClient } from '../../../server/src/hedgedoc/client';
import { HedgeDocError } from '../../../server/src/hedgedoc/errors';
import { normalizeServerUrl, NoteUrlError } from '../../../server/src/hedgedoc/noteUrl';
import { DEFAULT_SERVER, mayUsePrivateAddresses } from '../../../server/src/hedgedoc/settings';

const SECRET_PREFIX = 'scsDeck.hedgedoc.session:';

/** `scsDeck.hedgedoc.serverUrl`, normalised. */
export function configuredServer(): string {
  const value = vscode.workspace.getConfiguration('scsDeck').get<string>('hedgedoc.serverUrl') || DEFAULT_SERVER;
  try {
    return normalizeServerUrl(value);
  } catch {
    return DEFAULT_SERVER;
  }
}

/** Network features read and write outside the workspace: only in a trusted one. */
export function requireTrust(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showErrorMessage(`SCS Deck: ${what} needs a trusted workspace (it connects to a HedgeDoc server). Trust this workspace first.`, 'Manage Workspace Trust').then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return false;
}

export class HedgeDocAccess {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  /** A client for `server` with the stored session of that server, if any. */
  async client(server: string): Promise<HedgeDocClient> {
    const cookie = await this.secrets.get(SECRET_PREFIX + normalizeServerUrl(server));
    return new HedgeDocClient(server, { allowPrivate: mayUsePrivateAddresses(server, configuredServer()), cookie });
  }

  /** Asks for email/password or a pasted session cookie and keeps the resulting session cookie. */
  async logIn(server = configuredServer()): Promise<boolean> {
    const how = await vscode.window.showQuickPick([
      { label: 'Email and password', id: 'email', detail: 'HedgeDoc\'s own login; the password is not stored.' },
      { label: 'Paste a session cookie', id: 'cookie', detail: 'The value of the connect.sid cookie of a logged-in browser session.' },
    ], { title: `Log in to ${server}` });
    if (!how) return false;
    const client = new HedgeDocClient(server, { allowPrivate: mayUsePrivateAddresses(server, configuredServer()) });
    try {
      if (how.id === 'email') {
        const email = await vscode.window.showInputBox({ title: `Log in to ${server}`, prompt: 'Email', ignoreFocusOut: true });
        if (!email) return false;
        const password = await vscode.window.showInputBox({ title: `Log in to ${server}`, prompt: 'Password', password: true, ignoreFocusOut: true });
        if (!password) return false;
        await client.login(email, password);
      } else {
        const cookie = await vscode.window.showInputBox({ title: `Log in to ${server}`, prompt: 'Session cookie (connect.sid=… or just its value)', password: true, ignoreFocusOut: true });
        if (!cookie) return false;
        client.setSessionCookie(cookie);
        await client.checkServer();
        if (!(await client.whoAmI())) throw new HedgeDocError('login-failed', 'That cookie is not a logged-in session of this server.');
      }
    } catch (err) {
      showError(err);
      return false;
    }
    const session = client.cookieHeader().split('; ').filter((c) => c.startsWith('connect.sid=')).join('; ');
    await this.secrets.store(SECRET_PREFIX + normalizeServerUrl(server), session);
    void vscode.window.showInformationMessage(`SCS Deck: logged in to ${server}.`);
    return true;
  }

  async logOut(server = configuredServer()): Promise<void> {
    await this.secrets.delete(SECRET_PREFIX + normalizeServerUrl(server));
    void vscode.window.showInformationMessage(`SCS Deck: the login for ${server} is forgotten.`);
  }
}

/** Shows a failure; a permission problem offers to log in. Resolves to true when the user chose to log in. */
export async function showError(err: unknown, access?: HedgeDocAccess, server?: string): Promise<boolean> {
  const message = err instanceof HedgeDocError || err instanceof NoteUrlError ? err.message : `Unexpected error: ${err instanceof Error ? err.message : String(err)}`;
  if (access && err instanceof HedgeDocError && err.code === 'forbidden') {
    const pick = await vscode.window.showErrorMessage(`SCS Deck: ${message}`, 'Log In…');
    return pick ? access.logIn(server) : false;
  }
  void vscode.window.showErrorMessage(`SCS Deck: ${message}`);
  return false;
}
