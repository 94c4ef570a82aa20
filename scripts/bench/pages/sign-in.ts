/** `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]!);
}

/**
 * Signs in the way the sign-in form does (next-auth's credentials flow, lib/auth/options.ts):
 * the CSRF token and its cookie, then the form's POST to the password provider's callback,
 * which checks the password, opens a Session row and sets the session cookie. Returns the
 * Cookie header a signed-in browser sends, after checking it opens the user area.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl, cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const session = cookiesOf(callback).find((cookie) => /next-auth\.session-token=./.test(cookie));
  if (!session) throw new Error(`Signing in as ${email} failed: ${callback.status} ${await callback.text()}`);
  const check = await fetch(`${baseUrl}/user`, { redirect: "manual", headers: { cookie: session } });
  if (check.status !== 200) throw new Error(`Signed in as ${email}, but /user answered ${check.status}`);
  return session;
}
