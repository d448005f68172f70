package org.evidencekit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.web.internal.Flow;
import org.evidencekit.web.internal.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web form in a real browser (Debian's Chromium, headless, through Selenium): whole responses
 * to the 2012 form and the partner form completed and stored as intended, errors where they
 * belong, the keyboard alone, JavaScript off, save and return, the admin area; axe-core's WCAG 2.2
 * AA rules on every kind of page; screenshots of the main pages in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final String ADMIN_PASSWORD = "browser-test-admin-password";
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Path AXE_REPORT = Path.of("target", "axe-report.txt");

  @TempDir static Path dir;
  static WebForm.Running form2012;
  static WebForm.Running westvale;
  static Store store2012;
  static Store storeWestvale;
  static Browser browser;
  static final List<String> seriousOrCritical = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    form2012 = WebForm.builder().questionnaire(Questionnaires.callForEvidence2012()).database(TestForms.h2(dir.resolve("a")))
        .port(0).adminPassword(Password.of(ADMIN_PASSWORD.toCharArray())).build().start();
    westvale = WebForm.builder().questionnaire(Questionnaires.referralScreening()).database(TestForms.h2(dir.resolve("b")))
        .port(0).build().start();
    store2012 = new Store(TestForms.h2(dir.resolve("a")), 2);
    storeWestvale = new Store(TestForms.h2(dir.resolve("b")), 2);
    browser = new Browser(form2012.uri(), dir.resolve("profile"), true);
    Files.createDirectories(SHOTS);
    Files.writeString(AXE_REPORT, "axe-core 4.14.1, tags wcag2a wcag2aa wcag21a wcag21aa wcag22aa\n");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    store2012.close();
    storeWestvale.close();
    form2012.close();
    westvale.close();
    assertTrue(seriousOrCritical.isEmpty(), "axe found serious or critical violations: " + seriousOrCritical);
  }

  /** Runs axe on the page the browser shows, records every violation, and fails on serious or critical ones. */
  static void axe(Browser b, String pageType) throws IOException {
    List<String> violations = b.axe();
    StringBuilder sb = new StringBuilder(pageType + " (" + b.path() + "): " + violations.size() + " violations\n");
    for (String v : violations) {
      sb.append("  ").append(v).append('\n');
      if (v.startsWith("serious") || v.startsWith("critical") || v.startsWith("error")) {
        seriousOrCritical.add(pageType + ": " + v);
      }
    }
    Files.writeString(AXE_REPORT, sb, StandardOpenOption.APPEND);
    assertTrue(violations.stream().noneMatch(v -> v.startsWith("serious") || v.startsWith("critical") || v.startsWith("error")),
        pageType + ": " + violations);
  }

  static void shot(Browser b, String name) {
    b.screenshot(SHOTS.resolve(name + ".png"));
  }

  @Test
  @Order(1)
  void theStartAndInformationPages() throws IOException {
    browser.open("/");
    assertEquals(Questionnaires.callForEvidence2012().title(), browser.driver.findElement(By.tagName("h1")).getText());
    assertEquals("/exit", browser.driver.findElement(By.cssSelector(".govuk-exit-this-page a")).getAttribute("href")
        .replaceFirst("^https?://[^/]+", ""));
    axe(browser, "start page");
    shot(browser, "01-start");
    browser.open("/definitions");
    assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Child"));
    axe(browser, "definitions");
    browser.open("/about/foreword");
    axe(browser, "information page");
  }

  @Test
  @Order(2)
  void errorsAppearWhereTheyBelongAndNothingTypedIsLost() throws IOException {
    browser.open("/");
    browser.clickAndWait(By.cssSelector("form[action='/start'] button"));
    assertEquals("/form/about-you", browser.path());
    axe(browser, "blank question page");
    shot(browser, "02-question-page-blank");
    browser.byId("f-organisation").sendKeys("Westvale Youth Service & <Partners>");
    browser.byId("f-cse-victims-per-year").sendKeys("twelve");
    browser.clickAndWait(By.cssSelector("button[name=action][value=continue]"));
    assertTrue(browser.driver.getTitle().startsWith("Error: "), browser.driver.getTitle());
    WebElement summary = browser.driver.findElement(By.cssSelector(".govuk-error-summary"));
    assertEquals("There is a problem", summary.findElement(By.className("govuk-error-summary__title")).getText());
    // GOV.UK Frontend moves the focus to the summary.
    assertTrue(summary.equals(browser.driver.switchTo().activeElement())
        || summary.findElement(By.xpath("..")).equals(browser.driver.switchTo().activeElement())
        || browser.driver.switchTo().activeElement().getAttribute("class").contains("govuk-error-summary"));
    List<String> links = new ArrayList<>();
    for (WebElement a : summary.findElements(By.tagName("a"))) {
      links.add(a.getAttribute("href").replaceFirst("^[^#]*", ""));
    }
    assertTrue(links.contains("#f-contact-name"), links.toString());
    assertTrue(links.contains("#f-completed-by-email"), links.toString());
    assertTrue(links.contains("#f-cse-victims-per-year"), links.toString());
    // Each message is also above its field, and the field says so to assistive technology.
    WebElement countError = browser.byId("f-cse-victims-per-year-error");
    assertTrue(countError.getText().startsWith("Error:"), countError.getText());
    assertTrue(browser.byId("f-cse-victims-per-year").getAttribute("aria-describedby").contains("f-cse-victims-per-year-error"));
    // Nothing typed is lost.
    assertEquals("twelve", browser.byId("f-cse-victims-per-year").getAttribute("value"));
    assertEquals("Westvale Youth Service & <Partners>", browser.byId("f-organisation").getAttribute("value"));
    axe(browser, "question page with errors");
    shot(browser, "03-question-page-errors");
    // The summary's link takes the focus to its field.
    summary.findElement(By.cssSelector("a[href='#f-contact-name']")).click();
    assertEquals(browser.byId("f-contact-name"), browser.driver.switchTo().activeElement());
  }

  @Test
  @Order(3)
  void theWhole2012FormCompletedInTheBrowserIsStoredAsIntended() throws IOException {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Flow flow = new Flow(q);
    Response intended = ExampleResponses.complete(q);
    browser.driver.manage().deleteAllCookies();
    browser.open("/");
    browser.clickAndWait(By.cssSelector("form[action='/start'] button"));
    boolean sawDeclaration = false;
    boolean checkedReveal = false;
    List<String> visited = new ArrayList<>();
    while (browser.path().startsWith("/form/")) {
      Flow.Page page = browser.currentPage(flow);
      if (page.isDeclaration() && !sawDeclaration) {
        sawDeclaration = true;
        axe(browser, "declaration page");
        shot(browser, "04-declaration-page");
      }
      if (page.slug().equals("intervention")) {
        // With JavaScript on, an option's details box is revealed only when the option is ticked.
        WebElement details = browser.byId("f-intervention-types-other-specify");
        assertFalse(details.isDisplayed());
        browser.driver.findElement(By.cssSelector("input[name='q:intervention-types'][value='other']")).click();
        assertTrue(details.isDisplayed());
        checkedReveal = true;
      }
      browser.fillPage(flow, intended);
      visited.add(browser.driver.getCurrentUrl());
    }
    assertTrue(sawDeclaration && checkedReveal);
    // No answer ever reaches an address: only page names.
    for (String url : visited) {
      assertTrue(java.net.URI.create(url).getRawQuery() == null && url.matches("http://[^/]+/(form/[a-z0-9/-]+|files|check)"), url);
    }
    assertEquals("/files", browser.path());
    Path film = dir.resolve("workshop-film.mp4");
    byte[] mp4 = new byte[2048];
    System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, mp4, 0, 12);
    Files.write(film, mp4);
    browser.byId("file").sendKeys(film.toAbsolutePath().toString());
    browser.clickAndWait(By.cssSelector("form[enctype] button"));
    assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("workshop-film.mp4"));
    axe(browser, "files page");
    browser.clickAndWait(By.linkText("Continue"));
    assertEquals("/check", browser.path());
    assertFalse(browser.driver.getTitle().startsWith("Error"), browser.driver.getTitle());
    assertTrue(browser.all(".govuk-summary-list__actions a").size() > 20);
    axe(browser, "check your answers");
    shot(browser, "05-check-your-answers");
    browser.clickAndWait(By.cssSelector("form[action='/submit'] button"));
    assertEquals("/confirmation", browser.path());
    String reference = browser.byId("reference").getText();
    axe(browser, "confirmation");
    shot(browser, "06-confirmation");
    Attachment sent = Attachment.builder().name("workshop-film.mp4").mediaType("video/mp4").size(2048L)
        .sha256(Store.sha256(mp4)).build();
    assertEquals(TestForms.expected(q, intended, reference, List.of(sent)), TestForms.stored(store2012, reference));
  }

  @Test
  @Order(4)
  void thePartnerFormCompletedWithTheKeyboardAloneIsStoredAsIntended() throws IOException {
    Questionnaire q = Questionnaires.referralScreening();
    Flow flow = new Flow(q);
    Response intended = ExampleResponses.random(q, 11);
    try (Browser keyboard = new Browser(westvale.uri(), dir.resolve("profile-keyboard"), true)) {
      keyboard.open("/");
      keyboard.tabTo(keyboard.driver.findElement(By.cssSelector("form[action='/start'] button")));
      keyboard.loading(() -> keyboard.press(Keys.ENTER));
      waitForPath(keyboard, "/form/");
      while (keyboard.path().startsWith("/form/")) {
        String before = keyboard.path();
        keyboard.fillPageByKeyboard(flow, intended);
        waitForChange(keyboard, before);
      }
      assertEquals("/files", keyboard.path());
      keyboard.tabTo(keyboard.driver.findElement(By.linkText("Continue")));
      keyboard.loading(() -> keyboard.press(Keys.ENTER));
      waitForPath(keyboard, "/check");
      keyboard.tabTo(keyboard.driver.findElement(By.cssSelector("form[action='/submit'] button")));
      keyboard.loading(() -> keyboard.press(Keys.ENTER));
      waitForPath(keyboard, "/confirmation");
      String reference = keyboard.byId("reference").getText();
      assertEquals(TestForms.expected(q, intended, reference, List.of()), TestForms.stored(storeWestvale, reference));
    }
  }

  @Test
  @Order(5)
  void withJavaScriptOffTheFormWorksAndDetailsBoxesAreShown() throws IOException {
    Questionnaire q = Questionnaires.referralScreening();
    Flow flow = new Flow(q);
    Response intended = ExampleResponses.complete(q);
    try (Browser noJs = new Browser(westvale.uri(), dir.resolve("profile-nojs"), false)) {
      noJs.open("/");
      assertFalse(noJs.driver.findElement(By.tagName("body")).getAttribute("class").contains("js-enabled"));
      noJs.clickAndWait(By.cssSelector("form[action='/start'] button"));
      boolean sawDetails = false;
      while (noJs.path().startsWith("/form/")) {
        if (!noJs.all("input[name='s:child-circumstances:other']").isEmpty()) {
          assertTrue(noJs.driver.findElement(By.name("s:child-circumstances:other")).isDisplayed());
          sawDetails = true;
        }
        noJs.fillPage(flow, intended);
      }
      assertTrue(sawDetails);
      noJs.clickAndWait(By.linkText("Continue"));
      noJs.clickAndWait(By.cssSelector("form[action='/submit'] button"));
      assertEquals("/confirmation", noJs.path());
      String reference = noJs.byId("reference").getText();
      assertEquals(TestForms.expected(q, intended, reference, List.of()), TestForms.stored(storeWestvale, reference));
    }
  }

  @Test
  @Order(6)
  void saveAndComeBackWithTheCode() throws IOException {
    try (Browser b = new Browser(westvale.uri(), dir.resolve("profile-save"), true)) {
      b.open("/");
      b.clickAndWait(By.cssSelector("form[action='/start'] button"));
      b.byId("f-referrer-name").sendKeys("Ann Example");
      b.clickAndWait(By.cssSelector("button[name=action][value=save]"));
      assertEquals("/saved", b.path());
      String code = b.byId("save-code").getText();
      assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
      axe(b, "saved page");
      shot(b, "07-saved-with-code");
      b.open("/resume");
      b.byId("code").sendKeys("wrong-code");
      b.clickAndWait(By.cssSelector("form[action='/resume'] button"));
      assertTrue(b.driver.getTitle().startsWith("Error: "));
      axe(b, "resume page with errors");
      b.byId("code").clear();
      b.byId("code").sendKeys(code.toLowerCase(java.util.Locale.ROOT).replace("-", " "));
      b.clickAndWait(By.cssSelector("form[action='/resume'] button"));
      assertEquals("/form/referrer", b.path());
      assertEquals("Ann Example", b.byId("f-referrer-name").getAttribute("value"));
    }
  }

  @Test
  @Order(7)
  void theAdminAreaListsResponsesBehindItsPassword() throws IOException {
    browser.open("/admin");
    assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("Sign in"));
    axe(browser, "admin sign-in");
    browser.byId("password").sendKeys(ADMIN_PASSWORD);
    browser.clickAndWait(By.cssSelector("form[action='/admin/login'] button"));
    assertEquals("/admin", browser.path());
    List<WebElement> rows = browser.all("#submissions tbody tr");
    assertFalse(rows.isEmpty());
    assertTrue(rows.get(0).getText().contains("Valid"));
    axe(browser, "admin list");
    shot(browser, "08-admin");
  }

  @Test
  @Order(8)
  void exitThisPageByItsShortcutClearsTheSession() throws IOException {
    try (WebForm.Running form = WebForm.builder().questionnaire(Questionnaires.referralScreening())
            .database(TestForms.h2(dir.resolve("c"))).port(0).exitUrl(java.net.URI.create("/definitions")).build().start();
        Browser b = new Browser(form.uri(), dir.resolve("profile-exit"), true)) {
      b.open("/");
      b.clickAndWait(By.cssSelector("form[action='/start'] button"));
      b.byId("f-referrer-name").sendKeys("Somebody At Risk");
      // GOV.UK Frontend's shortcut: Shift pressed three times.
      for (int i = 0; i < 3; i++) {
        new org.openqa.selenium.interactions.Actions(b.driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
      }
      waitForPath(b, "/definitions");
      assertTrue(b.driver.manage().getCookieNamed("ek_session") == null, "the session cookie is gone");
      b.driver.navigate().back();
      assertFalse(b.driver.getPageSource().contains("Somebody At Risk"), "going back shows nothing typed");
      b.open("/form/referrer");
      assertTrue(b.driver.getPageSource().contains("Your session has ended"));
    }
  }

  static void waitForPath(Browser b, String prefix) {
    for (int i = 0; i < 100 && !b.path().startsWith(prefix); i++) {
      sleep();
    }
    assertTrue(b.path().startsWith(prefix), "expected " + prefix + ", at " + b.path());
  }

  static void waitForChange(Browser b, String before) {
    for (int i = 0; i < 100; i++) {
      if (!b.path().equals(before) || !b.all(".govuk-error-summary").isEmpty()) {
        break;
      }
      sleep();
    }
    assertTrue(b.all(".govuk-error-summary").isEmpty(), "errors on " + b.path() + ": "
        + b.all(".govuk-error-summary").stream().map(WebElement::getText).findFirst().orElse(""));
  }

  static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
