package org.sourcebrief.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process. Building one
 * compiles the HTML schema, which takes a second or two, so make one per test class and check many
 * pages with it. Not thread-safe.
 *
 * <p>Nothing here touches the network: the schema comes from the copies bundled in the validator
 * jar (its entity resolver falls back to a null resolver, not to HTTP), and pages are parsed from
 * strings, never fetched.
 */
public final class HtmlChecker {
  // The schema validator.w3.org/nu uses for text/html by default.
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  public HtmlChecker() {
    quietLog4j();
    // Language detection only ever yields warnings, so it is off.
    validator = new SimpleDocumentValidator(false, false, false);
    try {
      validator.setUpMainSchema(SCHEMA, new Strict());
      validator.setUpValidatorAndParsers(collector, true, false);
    } catch (Exception e) {
      throw new IllegalStateException("cannot set up the Nu HTML checker", e);
    }
  }

  /**
   * The errors (not warnings) in one text/html document, each as {@code name:line:col: message}, in
   * document order; empty when the page is valid.
   */
  public List<String> errors(String html, String name) {
    collector.start(name);
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    InputSource in = new InputSource(new ByteArrayInputStream(bytes));
    in.setSystemId(name);
    try {
      validator.checkHtmlInputSource(in);
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("the Nu HTML checker failed on " + name, e);
    }
    return collector.finish();
  }

  /**
   * The validator brings log4j 1.2 onto the test classpath, and FreeMarker then logs through it
   * too. Nu's own log4j setup logs everything at DEBUG to the console and leaving log4j bare prints
   * a warning, so give it a console that shows warnings and errors only, unless someone already
   * configured it.
   */
  private static void quietLog4j() {
    Logger root = Logger.getRootLogger();
    if (root.getAllAppenders().hasMoreElements()) return;
    root.addAppender(new ConsoleAppender(new PatternLayout("%p %c - %m%n")));
    root.setLevel(Level.WARN);
  }

  /** Gathers one document's errors; the validator keeps this handler for its whole life. */
  private static final class Collector implements ErrorHandler {
    private String name;
    private List<String> errors = new ArrayList<>();

    void start(String documentName) {
      name = documentName;
      errors = new ArrayList<>();
    }

    List<String> finish() {
      return List.copyOf(errors);
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      errors.add(
          name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }

  /** Schema problems are bugs in the validator jar, not in our pages: fail loudly. */
  private static final class Strict implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
