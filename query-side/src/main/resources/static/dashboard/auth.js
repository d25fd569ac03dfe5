// Signing in at the clinic's OpenID Connect issuer: authorization code with PKCE, as a public client (a browser
// holds no secret). The tokens live in this tab's sessionStorage only, so closing the tab signs the user out here.

const TOKENS = 'tandem.tokens';
const PENDING = 'tandem.pending-login';
/** Sign in again this long before the access token expires, rather than send one that expires on the way. */
const RENEW_MS = 30_000;

let discovered;

async function settings() {
  if (!discovered) {
    const config = await (await fetch('/dashboard/login-config', { headers: { Accept: 'application/json' } })).json();
    const issuer = await (await fetch(`${config.issuer}/.well-known/openid-configuration`)).json();
    discovered = { ...config, issuerMetadata: issuer };
  }
  return discovered;
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function pageUrl(name) {
  return new URL(name, window.location.href).href;
}

/** The claims of a token, read for display and checks of this tab only; the services verify every token they get. */
function claimsOf(token) {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
}

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(TOKENS));
  } catch {
    return null;
  }
}

/** Leaves for the issuer's login page; the callback page brings the user back to where they were. */
export async function signIn() {
  const { issuerMetadata, clientId, scope } = await settings();
  const verifier = randomText(32);
  const pending = { verifier, state: randomText(16), nonce: randomText(16),
    returnTo: window.location.pathname + window.location.search };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({
    response_type: 'code', client_id: clientId, redirect_uri: pageUrl('callback.html'), scope,
    state: pending.state, nonce: pending.nonce, code_challenge: challenge, code_challenge_method: 'S256',
  });
  window.location.assign(`${issuerMetadata.authorization_endpoint}?${query}`);
  return new Promise(() => {});
}

/** On callback.html: trades the code for tokens, checks state and nonce, and returns to the page the user was on. */
export async function completeSignIn() {
  const answer = new URLSearchParams(window.location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  if (answer.get('error')) {
    throw new Error(`The sign-in was refused: ${answer.get('error_description') ?? answer.get('error')}.`);
  }
  if (!pending || answer.get('state') !== pending.state) {
    throw new Error('This sign-in was not started from this tab. Open the dashboard again.');
  }
  const { issuerMetadata, clientId } = await settings();
  const response = await fetch(issuerMetadata.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: answer.get('code') ?? '', redirect_uri: pageUrl('callback.html'),
      client_id: clientId, code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error(`The issuer did not give a token (HTTP ${response.status}). Open the dashboard again.`);
  }
  const tokens = await response.json();
  const identity = claimsOf(tokens.id_token);
  if (identity.nonce !== pending.nonce) {
    throw new Error('The sign-in answer belongs to another request. Open the dashboard again.');
  }
  sessionStorage.setItem(TOKENS, JSON.stringify({
    accessToken: tokens.access_token, idToken: tokens.id_token, expiresAt: Date.now() + tokens.expires_in * 1000,
    name: identity.name ?? identity.sub, roles: Array.isArray(identity.roles) ? identity.roles : [],
    participantId: typeof identity.participant_id === 'string' ? identity.participant_id : null,
  }));
  window.location.replace(pending.returnTo.startsWith('/') ? pending.returnTo : 'index.html');
}

/** A valid access token, signing in first if there is none or it is about to expire. */
export async function accessToken() {
  const tokens = stored();
  if (!tokens || tokens.expiresAt - RENEW_MS < Date.now()) {
    return signIn();
  }
  return tokens.accessToken;
}

/** The signed-in user of this tab ({name, roles, participantId}), or null. */
export function signedInUser() {
  const tokens = stored();
  return tokens ? { name: tokens.name, roles: tokens.roles, participantId: tokens.participantId ?? null } : null;
}

/** Forgets this tab's tokens, then ends the session at the issuer too (OpenID Connect RP-initiated logout). */
export async function signOut() {
  const tokens = stored();
  sessionStorage.removeItem(TOKENS);
  const { issuerMetadata, clientId } = await settings();
  if (!tokens || !issuerMetadata.end_session_endpoint) {
    window.location.assign(pageUrl('signed-out.html'));
    return;
  }
  const query = new URLSearchParams({ id_token_hint: tokens.idToken, client_id: clientId,
    post_logout_redirect_uri: pageUrl('signed-out.html') });
  window.location.assign(`${issuerMetadata.end_session_endpoint}?${query}`);
}

/** An answer of 401: the token was refused (expired, or the issuer's keys changed); sign in afresh. */
export function tokenRefused() {
  sessionStorage.removeItem(TOKENS);
  return signIn();
}
