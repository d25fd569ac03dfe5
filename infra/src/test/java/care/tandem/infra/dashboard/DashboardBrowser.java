package care.tandem.infra.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system's headless Chromium, driven through the system's ChromeDriver. Both paths are given to Selenium, so
 * Selenium Manager never looks for (or downloads) a browser or a driver.
 */
final class DashboardBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final Duration PAGE_LOADED_WITHIN = Duration.ofSeconds(30);
    private static final int MOST_TAB_STOPS = 200;

    private final ChromeDriver driver;

    private DashboardBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * CI installs Chromium and its driver (.ci/run), so there a missing one is a failure; on a developer's machine the
     * test is skipped with how to install them.
     */
    static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = CHROMIUM + " and " + CHROMEDRIVER + " are needed for the dashboard's browser test: "
                + "sudo apt-get install chromium chromium-driver (Debian)";
        if (System.getenv("CI") != null) {
            assertThat(installed).as(missing).isTrue();
        }
        assumeTrue(installed, missing);
    }

    static DashboardBrowser open(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new DashboardBrowser(new ChromeDriver(service, options));
    }

    /** Opens the page and waits until it says it is loaded; fails with the page's error message if it says not. */
    void show(String url) {
        driver.get(url);
        awaitLoaded();
    }

    /**
     * Opens a dashboard page as someone not signed in: the dashboard sends the browser to the issuer's login page,
     * where the username and password are typed as a person would, and back to the page, which has then finished
     * loading (loaded, or refused: see {@link #awaitLoaded()}).
     */
    void logIn(String url, String username, String password) {
        driver.get(url);
        if (!submitLogin(username, password)) {
            // The issuer showed its login page again (seen once under a full suite's load, right after a sign-out,
            // without the browser telling why): a person signs in again; a second refusal fails the test.
            assertThat(submitLogin(username, password)).as("signing in as %s twice; the page at %s says: %s", username,
                    driver.getCurrentUrl(), driver.findElement(By.tagName("body")).getText()).isTrue();
        }
        awaitSettled();
    }

    /** Types the credentials into the issuer's login page; true once the dashboard page is back, false on the form. */
    private boolean submitLogin(String username, String password) {
        WebDriverWait wait = new WebDriverWait(driver, PAGE_LOADED_WITHIN);
        wait.until(page -> !page.findElements(By.id("username")).isEmpty());
        WebElement usernameField = driver.findElement(By.id("username"));
        usernameField.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.stalenessOf(usernameField));
        return wait.ignoring(WebDriverException.class).withMessage(() -> "after signing in, the page at "
                + driver.getCurrentUrl() + " shows neither the dashboard nor the login form")
                .until(page -> !page.findElements(By.id("load-status")).isEmpty() ? Boolean.TRUE
                        : page.findElements(By.id("username")).isEmpty() ? null : Boolean.FALSE);
    }

    /**
     * Waits for the page's status to leave "loading". Asked while the browser navigates, Chromium may answer with an
     * element of the page being left, or an inspector error: those are asked again, like a missing element.
     */
    private void awaitSettled() {
        new WebDriverWait(driver, PAGE_LOADED_WITHIN).ignoring(WebDriverException.class).until(page -> !"loading"
                .equals(page.findElement(By.id("load-status")).getAttribute("data-state")));
    }

    void click(WebElement element) {
        element.click();
    }

    void awaitLoaded() {
        awaitSettled();
        WebElement status = driver.findElement(By.id("load-status"));
        if (!"loaded".equals(status.getAttribute("data-state"))) {
            fail("%s was not loaded: %s", driver.getCurrentUrl(), driver.findElement(By.id("error-message")).getText());
        }
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-loaded")).isEqualTo("true");
    }

    /** The text of the page's main region: what a person reads, without the header and its navigation. */
    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String page() {
        return driver.findElement(By.tagName("body")).getAttribute("data-page");
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Every figure on the page (an element with a data-value), in page order, read in one round trip. */
    PageFigures figures() {
        return PageFigures.of(json("""
                return JSON.stringify([...document.querySelectorAll('[data-testid][data-value]')].map((figure) => ({
                    testId: figure.dataset.testid, value: figure.dataset.value, text: figure.textContent })));"""));
    }

    /** What a script returns as JSON text, read back as JSON: many elements' attributes in one round trip. */
    JsonNode json(String script, Object... arguments) {
        return PageFigures.json((String) script(script, arguments));
    }

    WebElement byTestId(String testId) {
        return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }

    List<WebElement> allByTestId(String testId) {
        return driver.findElements(By.cssSelector("[data-testid='" + testId + "']"));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Presses Tab until the focused element matches the CSS selector, as someone using the keyboard would. */
    Optional<WebElement> tabTo(String selector) {
        for (int stop = 0; stop < MOST_TAB_STOPS; stop++) {
            WebElement focused = pressTab();
            if (Boolean.TRUE.equals(script("return arguments[0].matches(arguments[1])", focused, selector))) {
                return Optional.of(focused);
            }
        }
        return Optional.empty();
    }

    /** Keys go to whatever has the focus, as they do for a person at the keyboard. */
    WebElement pressTab() {
        press(Keys.TAB);
        return driver.switchTo().activeElement();
    }

    void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** After a navigation: waits for the page named (its body's data-page) to be loaded. */
    void awaitPage(String page) {
        awaitPageNamed(page);
        awaitLoaded();
    }

    /** After a navigation: waits for the page named, one that loads no data (such as the signed-out page). */
    void awaitPageNamed(String page) {
        new WebDriverWait(driver, PAGE_LOADED_WITHIN).ignoring(WebDriverException.class)
                .until(any -> page.equals(page()));
    }

    /** Chromium's console messages at error level since the last call (the browser log is drained on reading). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** The whole page, not only the window: the window grows to the page's height for the picture, then shrinks back. */
    void screenshot(Path file) {
        Dimension window = driver.manage().window().getSize();
        long pageHeight = (Long) script("return document.documentElement.scrollHeight");
        long chrome = (Long) script("return window.outerHeight - window.innerHeight");
        resize(new Dimension(window.width, (int) Math.max(window.height, pageHeight + chrome)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            resize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
