#!/usr/bin/env bash
# Prints an access token of a demo account of the embedded issuer, by logging in with curl as the dashboard does:
# authorization code with PKCE, the issuer's own login form, then the code for the token.
#   TOKEN=$(tools/login.sh c-demo-supervisor)
#   curl -H "Authorization: Bearer $TOKEN" http://localhost:8081/api/treatment-plans
# Environment: TANDEM_DATA (default ./data), TANDEM_ISSUER (default http://localhost:9000),
# TANDEM_DASHBOARD (default http://localhost:8081/dashboard/, whose callback the issuer knows).
set -euo pipefail

user=${1:?usage: tools/login.sh <username from data/identity/demo-accounts.txt>}
data=${TANDEM_DATA:-./data}
issuer=${TANDEM_ISSUER:-http://localhost:9000}
callback=${TANDEM_DASHBOARD:-http://localhost:8081/dashboard/}callback.html

password=$(awk -v user="$user" '$1 == user { print $2 }' "$data/identity/demo-accounts.txt")
[[ -n "$password" ]] || { echo "no account $user in $data/identity/demo-accounts.txt" >&2; exit 2; }

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
base64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
verifier=$(head -c 32 /dev/urandom | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | base64url)
authorize="$issuer/oauth2/authorize?response_type=code&client_id=tandem-dashboard&scope=openid%20profile&state=cli"
authorize+="&redirect_uri=$(printf '%s' "$callback" | sed 's/:/%3A/g; s#/#%2F#g')"
authorize+="&code_challenge=$challenge&code_challenge_method=S256"

curl -sf -c "$jar" -b "$jar" -o /dev/null "$authorize"
csrf=$(curl -sf -c "$jar" -b "$jar" "$issuer/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -sf -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$issuer/login"
back=$(curl -sf -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$authorize")
code=$(printf '%s' "$back" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[[ -n "$code" ]] || { echo "the issuer did not log $user in (wrong password?)" >&2; exit 1; }
curl -sf --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
  --data-urlencode "redirect_uri=$callback" --data-urlencode client_id=tandem-dashboard \
  --data-urlencode "code_verifier=$verifier" "$issuer/oauth2/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
