package org.evidencekit.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.web.internal.Flow;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver: a respondent who
 * fills in pages with the mouse and keyboard, or with the keyboard alone (Tab, Space, arrows,
 * typing and Enter; no clicks). Runs axe-core in pages and takes screenshots.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static String axeSource;

  final ChromeDriver driver;
  final URI base;

  Browser(java.net.URI base, Path profile, boolean javascript) {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: ./run-tests installs them");
    }
    this.base = new URI(base);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1200");
    if (!javascript) {
      o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** The server's address, as a small value so tests read well. */
  record URI(java.net.URI uri) {
    String at(String path) {
      return uri.resolve(path).toString();
    }
  }

  void open(String path) {
    driver.get(base.at(path));
  }

  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Does something that loads a new page (a click, Enter), and waits until the new page has loaded. */
  void loading(Runnable action) {
    // A mark on the old page's window: gone once a new document has replaced it. (Element
    // staleness is not used: Chromium reports an old node as an unknown error, not as stale.)
    ((JavascriptExecutor) driver).executeScript("window.__ekOldPage = true;");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.WebDriverException.class).until(
        d -> ((JavascriptExecutor) d).executeScript("return window.__ekOldPage === true") == Boolean.FALSE
            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Clicks what loads a new page, and waits for it. */
  void clickAndWait(By by) {
    WebElement target = driver.findElement(by);
    loading(target::click);
  }

  // ---------------------------------------------------------------- filling in with the mouse

  /** Fills in the page the browser is on with the intended answers, then presses Continue. */
  void fillPage(Flow flow, Response intended) {
    Flow.Page page = currentPage(flow);
    AnswerSheet sheet = AnswerSheet.of(flow.questionnaire(), intended);
    if (page.isDeclaration()) {
      WebElement box = driver.findElement(By.name("d:" + page.part().declaration().orElseThrow().id()));
      if (box.isSelected() != sheet.applies(page.part())) {
        box.click();
      }
    } else {
      for (Question q : page.allQuestions()) {
        if (q instanceof QuestionGroup || !sheet.applies(q)) {
          continue;
        }
        Optional<Answer> a = sheet.answer(q);
        fillQuestion(q, a.map(x -> Robot.fieldValues(q, x)).orElse(List.of()));
      }
    }
    clickAndWait(By.cssSelector("button[name=action][value=continue]"));
  }

  Flow.Page currentPage(Flow flow) {
    String p = path();
    if (!p.startsWith("/form/")) {
      throw new AssertionError("not on a question page: " + p);
    }
    return flow.page(p.substring("/form/".length())).orElseThrow();
  }

  private void fillQuestion(Question q, List<Map.Entry<String, String>> fields) {
    List<WebElement> inputs = driver.findElements(By.name("q:" + q.id()));
    if (inputs.isEmpty()) {
      throw new AssertionError("no field for question " + q.id() + " on " + path());
    }
    WebElement first = inputs.get(0);
    String type = first.getTagName().equals("textarea") ? "textarea" : first.getAttribute("type");
    if (type.equals("checkbox") || type.equals("radio")) {
      // The values and states of the boxes in one call; then a click on each box to change.
      @SuppressWarnings("unchecked")
      List<List<Object>> states = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(
          "return Array.from(document.getElementsByName(arguments[0])).map(b => [b.value, b.checked]);", "q:" + q.id());
      for (int i = 0; i < inputs.size(); i++) {
        String value = (String) states.get(i).get(0);
        boolean checked = (Boolean) states.get(i).get(1);
        boolean wanted = fields.stream().anyMatch(e -> e.getKey().equals("q:" + q.id()) && e.getValue().equals(value));
        if (checked != wanted && (wanted || type.equals("checkbox"))) {
          inputs.get(i).click();
        }
      }
      for (Map.Entry<String, String> e : fields) {
        if (e.getKey().startsWith("s:")) {
          WebElement details = driver.findElement(By.name(e.getKey()));
          details.clear();
          details.sendKeys(e.getValue());
        }
      }
    } else {
      first.clear();
      fields.stream().filter(e -> e.getKey().equals("q:" + q.id())).findFirst().ifPresent(e -> first.sendKeys(e.getValue()));
    }
  }

  // ---------------------------------------------------------------- the keyboard alone

  /** Presses Tab until {@code target} has the focus. */
  void tabTo(WebElement target) {
    for (int i = 0; i < 400; i++) {
      if (target.equals(driver.switchTo().activeElement())) {
        return;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reaches " + target.getTagName() + " " + target.getAttribute("id") + " on " + path());
  }

  void type(String text) {
    new Actions(driver).sendKeys(text).perform();
  }

  void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /** As {@link #fillPage}, with the keyboard alone. */
  void fillPageByKeyboard(Flow flow, Response intended) {
    Flow.Page page = currentPage(flow);
    AnswerSheet sheet = AnswerSheet.of(flow.questionnaire(), intended);
    if (page.isDeclaration()) {
      WebElement box = driver.findElement(By.name("d:" + page.part().declaration().orElseThrow().id()));
      tabTo(box);
      if (box.isSelected() != sheet.applies(page.part())) {
        press(Keys.SPACE);
      }
    } else {
      for (Question q : page.allQuestions()) {
        if (q instanceof QuestionGroup || !sheet.applies(q)) {
          continue;
        }
        List<Map.Entry<String, String>> fields = sheet.answer(q).map(x -> Robot.fieldValues(q, x)).orElse(List.of());
        keyboardQuestion(q, fields);
      }
    }
    tabTo(driver.findElement(By.cssSelector("button[name=action][value=continue]")));
    loading(() -> press(Keys.ENTER));
  }

  private void keyboardQuestion(Question q, List<Map.Entry<String, String>> fields) {
    List<WebElement> inputs = driver.findElements(By.name("q:" + q.id()));
    WebElement first = inputs.get(0);
    String type = first.getTagName().equals("textarea") ? "textarea" : first.getAttribute("type");
    List<String> wanted = new ArrayList<>();
    for (Map.Entry<String, String> e : fields) {
      if (e.getKey().equals("q:" + q.id())) {
        wanted.add(e.getValue());
      }
    }
    if (type.equals("checkbox")) {
      for (WebElement box : inputs) {
        boolean want = wanted.contains(box.getAttribute("value"));
        if (box.isSelected() != want) {
          tabTo(box);
          press(Keys.SPACE);
        }
        typeDetails(q, box.getAttribute("value"), fields);
      }
    } else if (type.equals("radio")) {
      if (wanted.isEmpty()) {
        return;
      }
      WebElement target = inputs.stream().filter(r -> r.getAttribute("value").equals(wanted.get(0))).findFirst().orElseThrow();
      // Tab reaches the group once; the arrow keys move within it.
      for (int i = 0; i < 400 && !("q:" + q.id()).equals(driver.switchTo().activeElement().getAttribute("name")); i++) {
        press(Keys.TAB);
      }
      for (int i = 0; i < inputs.size() + 1 && !target.equals(driver.switchTo().activeElement()); i++) {
        press(Keys.ARROW_DOWN);
      }
      press(Keys.SPACE);
      typeDetails(q, wanted.get(0), fields);
    } else {
      tabTo(first);
      new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
      if (!wanted.isEmpty()) {
        type(wanted.get(0));
      }
    }
  }

  private void typeDetails(Question q, String option, List<Map.Entry<String, String>> fields) {
    for (Map.Entry<String, String> e : fields) {
      if (e.getKey().equals("s:" + q.id() + ":" + option)) {
        WebElement details = driver.findElement(By.name(e.getKey()));
        tabTo(details);
        type(e.getValue());
      }
    }
  }

  // ---------------------------------------------------------------- axe and screenshots

  /** Runs axe-core with the WCAG 2.2 AA rules on the page; returns each violation as a line. */
  @SuppressWarnings("unchecked")
  List<String> axe() {
    JavascriptExecutor js = driver;
    js.executeScript(axe(true));
    Object result = js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},"
            + " resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' ['"
            + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ']')))"
            + ".catch(e => done(['error ' + e]));");
    return (List<String>) result;
  }

  private static synchronized String axe(boolean load) {
    if (axeSource == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
        axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }

  /** A screenshot of the whole page. */
  void screenshot(Path file) {
    long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 140, 800), 8000)));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
