/**
 * Logs in to a test HedgeDoc by email, registering the account first (or re-using it); shared by the HedgeDoc
 * tests and the editor tests. A server busy right after a restart (a test restarts it) can refuse one login, so
 * it tries a few times.
 */
export async function loginCookie(base: string, email: string, password: string): Promise<string> {
  const body = new URLSearchParams({ email, password });
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  await fetch(`${base}/register`, { method: 'POST', body, headers, redirect: 'manual' });
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${base}/login`, { method: 'POST', body, headers, redirect: 'manual' });
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('connect.sid='));
    // A busy server answers with text, not JSON: that attempt failed.
    const me = cookie ? ((await fetch(`${base}/me`, { headers: { cookie } }).then((r) => r.json()).catch(() => undefined)) as { status?: string } | undefined) : undefined;
    if (cookie && me?.status === 'ok') return cookie;
    if (attempt === 5) throw new Error(cookie ? 'login to HedgeDoc failed' : 'HedgeDoc login gave no session cookie');
    await new Promise((r) => setTimeout(r, 500));
  }
}
