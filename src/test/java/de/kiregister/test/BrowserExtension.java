package de.kiregister.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Drives a real Chromium through Playwright for {@link BrowserTest}s.
 * <ul>
 *   <li>One Playwright and one browser per test class (started before the Spring context, so a missing browser
 *       skips the class without booting the application).</li>
 *   <li>A fresh {@link BrowserContext} (German locale, no cookies, relative URLs against the application's port)
 *       and {@link Page} per test method, injected as a
 *       {@link Page} parameter and closed afterwards.</li>
 *   <li>A screenshot in {@code target/browser-screenshots/<Class>.<method>.png} when a test fails.</li>
 * </ul>
 * Debian's Chromium at {@value #SYSTEM_CHROMIUM} is used when present, otherwise Playwright's own Chromium (which
 * is never downloaded here: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}). When no browser can be started the
 * tests are skipped, except on CI ({@code CI=true}) where that is an error.
 */
public class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, AfterEachCallback, ParameterResolver {

    static final String SYSTEM_CHROMIUM = "/usr/bin/chromium";

    private static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Held in the store without implementing AutoCloseable: closing is done explicitly, exactly once. */
    private record ClassResources(Playwright playwright, Browser browser) {
    }

    private record MethodResources(BrowserContext context, Page page) {
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        Playwright playwright = null;
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS);
            Path systemChromium = Paths.get(SYSTEM_CHROMIUM);
            if (Files.isExecutable(systemChromium)) {
                options.setExecutablePath(systemChromium);
            }
            Browser browser = playwright.chromium().launch(options);
            extension.getStore(NAMESPACE).put(ClassResources.class, new ClassResources(playwright, browser));
        } catch (RuntimeException e) {
            if (playwright != null) {
                closeQuietly(playwright::close);
            }
            String message = "No browser could be launched for the browser tests (tried " + SYSTEM_CHROMIUM
                    + ", then Playwright's own Chromium): " + firstLine(e.getMessage());
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + " – on CI (CI=true) the browser tests must run.", e);
            }
            System.err.println("WARNING: " + extension.getDisplayName() + " skipped. " + message);
            Assumptions.abort(message);
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        ClassResources resources = classResources(extension);
        // The application's Content-Security-Policy stays in force (no setBypassCSP): the pages are tested as
        // users get them. axe-core does not need an exception, Playwright evaluates its script through the
        // DevTools protocol, which the page's CSP does not govern.
        // Relative addresses ("/login") go to the application under test, on its random port.
        String port = SpringExtension.getApplicationContext(extension).getEnvironment()
                .getRequiredProperty("local.server.port");
        BrowserContext context = resources.browser().newContext(new Browser.NewContextOptions()
                .setLocale("de-DE").setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(30_000);
        Page page = context.newPage();
        extension.getStore(NAMESPACE).put(MethodResources.class, new MethodResources(context, page));
    }

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        // Runs right after the test method, while the page is still open (TestWatcher would be too late).
        if (extension.getExecutionException().isEmpty()) {
            return;
        }
        MethodResources resources = extension.getStore(NAMESPACE).get(MethodResources.class, MethodResources.class);
        if (resources == null || resources.page().isClosed()) {
            return;
        }
        String name = extension.getRequiredTestClass().getSimpleName() + "."
                + extension.getRequiredTestMethod().getName();
        Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        closeQuietly(() -> {
            Files.createDirectories(SCREENSHOTS);
            resources.page().screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            System.err.println("Browser test failed: screenshot of " + resources.page().url() + " in "
                    + file.toAbsolutePath());
        });
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        MethodResources resources = extension.getStore(NAMESPACE).remove(MethodResources.class,
                MethodResources.class);
        if (resources != null) {
            closeQuietly(resources.page()::close);
            closeQuietly(resources.context()::close);
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        ClassResources resources = extension.getStore(NAMESPACE).remove(ClassResources.class,
                ClassResources.class);
        if (resources != null) {
            closeQuietly(resources.browser()::close);
            closeQuietly(resources.playwright()::close);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Page.class
                && parameter.getDeclaringExecutable() instanceof java.lang.reflect.Method;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        MethodResources resources = extension.getStore(NAMESPACE).get(MethodResources.class, MethodResources.class);
        if (resources == null) {
            throw new ParameterResolutionException("A Playwright Page is only available in test methods");
        }
        return resources.page();
    }

    private static ClassResources classResources(ExtensionContext extension) {
        ClassResources resources = extension.getStore(NAMESPACE).get(ClassResources.class, ClassResources.class);
        if (resources == null) {
            throw new IllegalStateException("Browser not started: is the test class annotated with @BrowserTest?");
        }
        return resources;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.equals("Error {"))
                .findFirst().orElse(text);
    }

    private static void closeQuietly(ThrowingRunnable action) {
        try {
            action.run();
        } catch (Exception e) {
            System.err.println("Browser test cleanup failed: " + e);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
