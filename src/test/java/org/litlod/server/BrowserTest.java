package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.SeedCorpus;
import org.litlod.store.PaperStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in headless Chromium: the seeds loaded, the server on an ephemeral port, and a
 * reader going from the home page to a paper, to an entity and back, searching, and running an
 * example in the query editor. Screenshots (desktop and 390 px phone width) go to
 * {@code {build}/screenshots}. Skips when no chromium and chromedriver are installed.
 */
class BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Optional<Path> executable(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(names).flatMap(n -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst();
    }

    private static Path screenshots() throws IOException, URISyntaxException {
        // {build}/test-classes is where this class lives; screenshots go next to it
        Path classes = Path.of(BrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.createDirectories(classes.getParent().resolve("screenshots"));
    }

    private static void shoot(WebDriver driver, Path dir, String name) throws IOException {
        File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Fails when the page is wider than the window (sideways scrolling on a phone), naming the widest elements. */
    private static void assertNoSidewaysScrolling(ChromeDriver driver, String page) {
        Object wide = driver.executeScript("""
                const w = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= w) return '';
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > w + 1)
                  .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                  .join(', ');""");
        assertEquals("", wide, page + " scrolls sideways at " + driver.manage().window().getSize().width + " px");
    }

    @Test
    void aReaderBrowsesSearchesAndQueries(@TempDir Path tmp) throws Exception {
        Optional<Path> chromium = executable("chromium", "chromium-browser");
        Optional<Path> chromedriver = executable("chromedriver");
        assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
                "no chromium/chromedriver on PATH: install Debian's chromium and chromium-driver to run the browser test");
        Path shots = screenshots();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")),
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        PaperStore store = SeedCorpus.load(tmp.resolve("db"));
        try (PaperServer server = PaperServer.start(store, 0, true, SeedCorpus.BASE)) {
            ChromeDriver driver = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(driver, WAIT);
                String root = server.baseUrl();
                driver.get(root);
                assertEquals("litlod: biomedical papers as linked data", driver.findElement(By.tagName("h1")).getText());
                List<WebElement> papers = driver.findElements(By.cssSelector("ul.papers a"));
                assertEquals(3, papers.size(), "the three seed papers are listed");
                shoot(driver, shots, "home");

                driver.findElement(By.partialLinkText("megakaryopoiesis")).click();
                wait.until(ExpectedConditions.urlContains("/page/paper/"));
                String paperUrl = driver.getCurrentUrl();
                assertTrue(driver.findElement(By.tagName("h1")).getText().contains("megakaryopoiesis"));
                shoot(driver, shots, "paper");

                WebElement entity = driver.findElement(By.cssSelector("a[href*='/entity/page?iri=http%3A%2F%2Fidentifiers.org%2Fncbigene%2F238']"));
                entity.click();
                wait.until(ExpectedConditions.urlContains("/entity/page"));
                assertEquals("ALK", driver.findElement(By.tagName("h1")).getText());
                shoot(driver, shots, "entity");
                driver.findElement(By.cssSelector("a[href='" + paperUrl.substring(root.length() - 1) + "']")).click();
                wait.until(ExpectedConditions.urlToBe(paperUrl));

                WebElement box = driver.findElement(By.id("site-q"));
                box.sendKeys("thrombocytopenia");
                box.submit();
                wait.until(ExpectedConditions.urlContains("/search?q=thrombocytopenia"));
                assertTrue(driver.findElement(By.id("paper-hits")).getText().startsWith("Papers ("));
                assertTrue(!driver.findElements(By.cssSelector("ol.hits a[href*='/page/paper/']")).isEmpty());
                shoot(driver, shots, "search");

                driver.findElement(By.linkText("Query (SPARQL editor)")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
                driver.findElement(By.cssSelector("button.example[data-example='01-papers-mentioning-a-gene']")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#yasgui .yasr"),
                        "Mechanisms of acquired crizotinib resistance"));
                shoot(driver, shots, "query");

                driver.manage().window().setSize(new Dimension(390, 844));
                driver.get(root);
                shoot(driver, shots, "phone-home");
                driver.get(paperUrl);
                shoot(driver, shots, "phone-paper");
                driver.get(root + "query");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
                shoot(driver, shots, "phone-query");
                driver.get(root + "search?q=crizotinib");
                shoot(driver, shots, "phone-search");
                for (String page : List.of("", paperUrl.substring(root.length()), "search?q=crizotinib", "query",
                        "entity/page?iri=http%3A%2F%2Fidentifiers.org%2Fncbigene%2F238")) {
                    driver.get(root + page);
                    assertNoSidewaysScrolling(driver, "/" + page);
                }
            } finally {
                driver.quit();
            }
        } finally {
            store.close();
        }
    }
}
