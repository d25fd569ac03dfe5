package care.tandem.infra.identity;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the embedded issuer keeps its files and listens, and the dashboards it serves: each dashboard URL (ending in
 * {@code /}) gets its {@code callback.html} as a login redirect, its {@code signed-out.html} after a logout, and its
 * origin allowed to call the token endpoint from the browser.
 *
 * @param demoClinician   the subject of the demo clinician account, so that it is on the demo plans' care teams
 * @param demoParticipant the participant id the demo participant account is bound to
 */
public record IssuerOptions(Path directory, String bindAddress, int port, List<String> dashboardUrls,
                            String demoClinician, String demoParticipant) {

    public IssuerOptions {
        dashboardUrls = List.copyOf(dashboardUrls);
        for (String url : dashboardUrls) {
            if (!url.endsWith("/")) {
                throw new IllegalArgumentException("A dashboard URL ends with /: " + url);
            }
        }
    }

    /** The issuer identifier in every token, and the base of its discovery document. */
    public String issuerUri() {
        return "http://localhost:" + port;
    }

    List<String> loginRedirects() {
        return dashboardUrls.stream().map(url -> url + "callback.html").toList();
    }

    List<String> logoutRedirects() {
        return dashboardUrls.stream().map(url -> url + "signed-out.html").toList();
    }

    List<String> dashboardOrigins() {
        return dashboardUrls.stream().map(URI::create)
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority()).distinct().toList();
    }
}
