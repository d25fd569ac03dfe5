package care.tandem.access.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points every service a test JVM starts at the {@link TestIssuer}, before any test runs (registered through
 * {@code META-INF/services}). Command-line arguments still win, so a test may point a service elsewhere.
 */
public class TestIssuerProperties implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestIssuer issuer = TestIssuer.shared();
        System.setProperty("tandem.security.issuer-uri", issuer.issuerUri());
        System.setProperty("tandem.security.jwk-set-uri", issuer.jwkSetUri());
    }
}
