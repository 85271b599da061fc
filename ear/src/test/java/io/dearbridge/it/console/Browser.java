package io.dearbridge.it.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium at laptop width, driven by Debian's chromedriver (docs/toolchain.md §2: the
 * networking flags keep Chromium from calling out of this closed network). Screenshots go to target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String BASE = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0));
    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    final ChromeDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        Path profile;
        try {
            profile = Files.createTempDirectory("console-it-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(BASE + path);
    }

    /** Signs in through the form, starting from a fresh session; lands on {@code path}. */
    void signIn(String user, String password, String path) {
        driver.manage().deleteAllCookies();
        open(path);
        type(By.id("j_username"), user);
        type(By.id("j_password"), password);
        driver.findElement(By.id("sign-in")).click();
    }

    void type(By by, String text) {
        WebElement element = until(d -> d.findElement(by));
        element.clear();
        element.sendKeys(text);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the text appears anywhere on the page. */
    void awaitText(String text) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(text) ? true : null);
    }

    /** Waits until PrimeFaces has no AJAX request queued or running (call right after the click that sends one). */
    void ajaxDone() {
        until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"))
                ? true : null);
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Faces view state of the page now showing (what a crafted POST must send back). */
    String viewState() {
        return driver.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
    }

    /** The page's CSP nonce, which PrimeFaces' CSP mode sends with every AJAX request (a hidden input of each form). */
    String nonce() {
        return driver.findElement(By.name("primefaces.nonce")).getAttribute("value");
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("BRIDGE_ADMIN_SESSION").getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
