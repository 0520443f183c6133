package dev.strata.e2e;

import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin web app as a person uses it, in Debian's Chromium: `strata create` chinook on PostgreSQL (rows from
 * strata-spring-rest's chinook-seed.sql: 100 albums, 50 artists, artist 1 "AC/DC" with albums 1 and 51), package the
 * created project with Maven, start its jar in the project directory, then page, sort, search, open an artist's
 * albums, edit through a lookup, create with a missing field, delete with confirmation, draw the diagram and relabel
 * in admin.yaml. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Path dir;
    private PostgresDatabase db;
    private Path project;
    private Process app;
    private Path appLog;
    private String base;
    private Path browserProfile;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startTheCreatedApplication() throws Exception {
        long t0 = System.nanoTime();
        dir = Files.createTempDirectory("strata-admin-e2e");
        db = PostgresServer.get().create("e2e_admin");
        db.load(chinookSchema(), seed());
        project = StrataCli.createMusic(dir, db.url());
        long t1 = System.nanoTime();
        MavenProject.Result built = new MavenProject(project).mvn(Map.of(), "package", "-Dmaven.test.skip=true");
        assertThat(built.exit()).as(built.output()).isZero();
        long t2 = System.nanoTime();
        app = start(project, db.url());
        long t3 = System.nanoTime();
        browser = chromium();
        System.out.printf("AdminBrowserTest: create %d ms, mvn package %d ms, application up %d ms, Chromium %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class); // a grid re-rendered while the wait read it
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (app != null) {
                app.destroy();
                if (!app.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
            if (db != null) {
                db.close();
            }
            deleteTree(browserProfile);
            deleteTree(dir);
        }
    }

    @Test
    @Order(1)
    void listsAlbumsPagedSortedAndSearched() {
        open("#/");
        click(By.cssSelector("#nav a[data-resource='Album']"));
        waitText(By.cssSelector(".pager .info"), "1–20 of 100");
        assertThat(cellOfRow(1, "artistId").getText()).as("the parent by its label").isEqualTo("AC/DC");
        screenshot("albums");

        click(By.cssSelector(".pager .next"));
        waitText(By.cssSelector(".pager .info"), "21–40 of 100");
        assertThat(cellOfRow(1, "albumId").getText()).isEqualTo("21");

        click(By.cssSelector("th[data-field='title'] button"));
        waitText(By.cssSelector(".pager .info"), "1–20 of 100");
        assertThat(titles()).startsWith("Album 1", "Album 10", "Album 100", "Album 11");
        click(By.cssSelector("th[data-field='title'] button"));
        wait.until(d -> titles().stream().findFirst().orElse("").equals("Album 99"));
        assertThat(browser.findElement(By.cssSelector("th[data-field='title']")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        screenshot("albums-sorted-descending");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-field"))).selectByValue("title");
        type(By.id("search"), "album 7" + Keys.ENTER);
        waitText(By.cssSelector(".pager .info"), "1–11 of 11");
        assertThat(titles()).hasSize(11).allSatisfy(t -> assertThat(t).startsWith("Album 7"));
        screenshot("albums-searched");
    }

    @Test
    @Order(2)
    void opensAnArtistFromAnAlbumAndShowsItsAlbumsTab() {
        open("#/r/Album");
        waitText(By.cssSelector(".pager .info"), "1–20 of 100");
        cellOfRow(1, "artistId").findElement(By.tagName("a")).click();
        waitText(By.id("page-title"), "AC/DC");
        WebElement tab = browser.findElement(By.cssSelector(".tab.active"));
        assertThat(tab.getAttribute("data-tab")).isEqualTo("albums");
        waitText(By.cssSelector("#tab-content .pager .info"), "1–2 of 2");
        assertThat(texts(By.cssSelector("#tab-content td[data-field='title']"))).containsExactly("Album 1", "Album 51");
        screenshot("artist-albums-tab");
    }

    @Test
    @Order(3)
    void editsAnAlbumThroughTheFormAndALookupAndKeepsItAfterAReload() {
        open("#/r/Album/id/5");
        waitText(By.id("page-title"), "Album 5");
        click(By.id("edit"));
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.id("f-title")));
        title.clear();
        title.sendKeys("Back in Black");
        WebElement artist = browser.findElement(By.id("f-artistId"));
        artist.clear();
        artist.sendKeys("AC/");
        click(By.cssSelector(".lookup-options li[data-key='1']"));
        assertThat(artist.getAttribute("value")).isEqualTo("AC/DC");
        screenshot("album-edit");
        click(By.id("save"));
        waitText(By.id("page-title"), "Back in Black");

        browser.navigate().refresh();
        waitText(By.id("page-title"), "Back in Black");
        assertThat(browser.findElement(By.cssSelector("dd[data-field='artistId']")).getText()).isEqualTo("AC/DC");
        screenshot("album-saved");
    }

    @Test
    @Order(4)
    void createsATrackOnlyOnceTheRequiredFieldTheApiNamesIsFilled() {
        open("#/r/Track/new");
        type(By.id("f-trackId"), "5001");
        type(By.id("f-milliseconds"), "215000");
        type(By.id("f-unitPrice"), "0.99");
        type(By.id("f-mediaTypeId"), "MPEG");
        click(By.cssSelector("#f-mediaTypeId ~ .lookup-options li[data-key='1']"));
        click(By.id("save"));
        WebElement message = waitVisible(By.cssSelector(".field-error[data-field='name']"));
        assertThat(message.getText()).as("the API's message beside the Name field").isNotBlank();
        assertThat(message.findElement(By.xpath("..")).getAttribute("class")).contains("invalid");
        assertThat(browser.findElement(By.cssSelector(".field-error[data-field='milliseconds']")).getText()).isEmpty();
        screenshot("track-missing-name");

        type(By.id("f-name"), "Hells Bells");
        click(By.id("save"));
        waitText(By.id("page-title"), "Hells Bells");
        assertThat(browser.getCurrentUrl()).endsWith("#/r/Track/id/5001");
    }

    @Test
    @Order(5)
    void deletesARecordOnlyAfterConfirmation() throws IOException {
        open("#/r/Track/id/5001");
        waitText(By.id("page-title"), "Hells Bells");
        click(By.id("delete"));
        waitVisible(By.id("confirm"));
        screenshot("delete-confirmation");
        click(By.id("confirm-cancel"));
        assertThat(status("/tracks/5001")).as("cancelled: still there").isEqualTo(200);

        click(By.id("delete"));
        waitVisible(By.id("confirm"));
        click(By.id("confirm-ok"));
        waitText(By.id("page-title"), "Track");
        assertThat(status("/tracks/5001")).as("deleted").isEqualTo(404);
    }

    @Test
    @Order(6)
    void drawsTheSchemaDiagram() {
        open("#/");
        click(By.id("nav-diagram"));
        WebElement svg = waitVisible(By.cssSelector("#diagram svg"));
        assertThat(svg.findElements(By.cssSelector("a.table"))).hasSize(11);
        assertThat(svg.findElement(By.cssSelector("a.table[data-table='public.album']")).getText()).contains("albumId");
        assertThat(svg.findElement(By.cssSelector("a.table[data-table='public.artist']")).getText()).contains("name");
        assertThat(svg.findElements(By.cssSelector("path.relationship[data-from='Album'][data-to='Artist']")))
                .hasSize(1);
        screenshot("diagram");
    }

    @Test
    @Order(7)
    void showsALabelEditedInAdminYamlAfterAReload() throws IOException {
        Path adminYaml = project.resolve("ui/admin/admin.yaml");
        String text = Files.readString(adminYaml);
        String edited = text.replace("\n  Album:\n    label: Album\n", "\n  Album:\n    label: Record\n")
                .replaceFirst("- name: title\n        label: Title\n", "- name: title\n        label: Record title\n");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(adminYaml, edited);

        open("#/r/Album");
        waitText(By.id("page-title"), "Record");
        assertThat(browser.findElement(By.cssSelector("#nav a[data-resource='Album']")).getText()).isEqualTo("Record");
        assertThat(waitVisible(By.cssSelector("th[data-field='title']")).getText()).contains("Record title");
        screenshot("relabelled");
    }

    // ---- the application

    /** `java -jar target/*.jar` in the project directory, as a user runs the packaged application. */
    private Process start(Path projectDir, String url) throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(projectDir.resolve("target"))) {
            jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        appLog = dir.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port).directory(projectDir.toFile())
                .redirectErrorStream(true).redirectOutput(appLog.toFile());
        builder.environment().put("DB_URL", url);
        Process started = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new AssertionError("the application stopped:\n" + Files.readString(appLog));
            }
            if (status("/admin/api/config") == 200) {
                return started;
            }
            Thread.sleep(250);
        }
        started.destroyForcibly();
        throw new AssertionError("the application did not answer in 90 s:\n" + Files.readString(appLog));
    }

    private int status(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path chinookSchema() {
        return Corpus.schema("postgresql", "chinook").files().get(0);
    }

    /** The corpus's chinook is schema only; the REST tests' rows make pages, parents and children to look at. */
    private static Path seed() {
        return Path.of(System.getProperty("strata.repo"), "strata-spring-rest/src/test/resources/chinook-seed.sql");
    }

    // ---- the browser

    /** Debian's Chromium through its own chromedriver: Selenium Manager is given both and never goes online. */
    private WebDriver chromium() throws IOException {
        browserProfile = Files.createTempDirectory("strata-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + browserProfile);
        return new ChromeDriver(service, options);
    }

    private void open(String hash) {
        browser.get(base + "/admin/" + hash);
        if (browser.getCurrentUrl().endsWith(hash)) {
            browser.navigate().refresh();
        }
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(By by, CharSequence text) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).sendKeys(text);
    }

    private WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void waitText(By by, String text) {
        wait.until(ExpectedConditions.textToBe(by, text));
    }

    private WebElement cellOfRow(int row, String field) {
        return waitVisible(By.cssSelector("table.records tbody tr:nth-child(" + row + ") td[data-field='" + field
                + "']"));
    }

    private List<String> titles() {
        return texts(By.cssSelector("table.records td[data-field='title']"));
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    private void screenshot(String name) {
        try {
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("could not save the screenshot " + name, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
