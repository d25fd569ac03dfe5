package care.tandem.infra.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's part in an authorization code + PKCE login at the embedded issuer, one HTTP step at a time, with its own
 * cookies: for tests that need a person's token as the dashboard gets it.
 */
public final class IssuerConversation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String issuer;

    public IssuerConversation(String issuer) {
        this.issuer = issuer;
    }

    /**
     * The dashboard's whole login: authorize, the login page, back to the callback with a code, and the code with its
     * verifier for the tokens (access_token, id_token, expires_in).
     */
    public JsonNode logInThroughTheDashboard(DemoAccounts.Account account, String callback) {
        String verifier = "verifier-" + UUID.randomUUID() + UUID.randomUUID();
        HttpResponse<String> toLogin = get(authorize(callback, challengeOf(verifier)));
        if (!location(toLogin).endsWith("/login")) {
            throw new IllegalStateException("The issuer did not ask for a login: " + location(toLogin));
        }
        HttpResponse<String> toCallback = get(location(logIn(account.username(), account.password())));
        URI back = URI.create(location(toCallback));
        Map<String, String> answer = query(back);
        if (!back.toString().startsWith(callback) || !"s1".equals(answer.get("state"))) {
            throw new IllegalStateException("The issuer sent the browser to " + back);
        }
        HttpResponse<String> tokens = postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", answer.get("code"), "redirect_uri", callback, "client_id", IssuerClients.DASHBOARD,
                "code_verifier", verifier));
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
        }
        return json(tokens);
    }

    /** The dashboard's authorization request, with state {@code s1}; without PKCE if the challenge is null. */
    static String authorize(String redirect, String challenge) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("response_type", "code", "client_id",
                IssuerClients.DASHBOARD, "redirect_uri", redirect, "scope", "openid profile", "state", "s1"));
        if (challenge != null) {
            query.put("code_challenge", challenge);
            query.put("code_challenge_method", "S256");
        }
        return "/oauth2/authorize?" + form(query);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : issuer + url)).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Logs in on the issuer's own login page, as a person would type it. */
    HttpResponse<String> logIn(String username, String password) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page has no CSRF field");
        }
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    static String form(Map<String, String> form) {
        return form.entrySet().stream().map(entry -> entry.getKey() + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
