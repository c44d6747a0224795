package org.sourcebrief.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/**
 * A build reads only ordinary files inside the content and templates folders: a link leading
 * anywhere else is refused by name and never read, and a pipe or device is never opened (a pipe
 * would stop the build for good).
 */
class ProjectFilesTest {
  private static final String SECRET = "SECRET_TOKEN=do-not-print-me";

  @TempDir Path dir;
  @TempDir Path elsewhere;

  private Path site() {
    return FixtureSite.write(dir.resolve("project"), FixtureSite.MINIMAL);
  }

  private Path outside(String name, String text) throws IOException {
    return Files.writeString(elsewhere.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void link(Path link, Path target) throws IOException {
    Files.createDirectories(link.getParent());
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      Assumptions.abort("this file system cannot make symbolic links: " + e);
    }
  }

  /** Builds, expects exit 1 with {@code code} on {@code file}, and no site and no secret. */
  private void refused(Path site, String file, String code) {
    CliRun r = CliRun.in(site, "build");
    String err = r.errRelativeTo(site);
    assertEquals(1, r.exitCode(), err);
    assertTrue(err.contains(file + ": error[" + code + "]"), err);
    assertFalse(err.contains(SECRET), err);
    assertFalse(Files.exists(site.resolve("site-out")), "nothing is published");
  }

  @Test
  void anAssetLinkedToAFileOutsideIsRefusedAndNotPublished() throws IOException {
    Path site = site();
    link(site.resolve("templates/assets/passwd.txt"), outside("passwd", SECRET + "\n"));
    refused(site, "templates/assets/passwd.txt", "link-outside-project");
  }

  @Test
  void aNarrativeLinkedFromOutsideIsRefusedAndItsTextNeverPrinted() throws IOException {
    Path site = site();
    link(site.resolve("content/briefings/zz.md"), outside("env", SECRET + "\0PATH=/bin\0"));
    refused(site, "content/briefings/zz.md", "link-outside-project");
  }

  @Test
  void aLinkToTheProcessEnvironmentIsNeverRead() throws IOException {
    Path environ = Path.of("/proc/self/environ");
    Assumptions.assumeTrue(Files.isReadable(environ), "no /proc/self/environ here");
    Path site = site();
    link(site.resolve("content/briefings/zz.md"), environ);
    CliRun r = CliRun.in(site, "build");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.errRelativeTo(site).contains("content/briefings/zz.md: error[link"), r.err());
    assertFalse(r.err().contains("PATH="), "the environment is never printed");
  }

  @Test
  void aFactFileAndSiteYamlLinkedFromOutsideAreRefused() throws IOException {
    Path site = site();
    Path facts = site.resolve("content/facts/a.yaml");
    Path copy = outside("a.yaml", Files.readString(facts));
    Files.delete(facts);
    link(facts, copy);
    Path config = site.resolve("content/site.yaml");
    Path configCopy = outside("site.yaml", Files.readString(config));
    Files.delete(config);
    link(config, configCopy);
    CliRun r = CliRun.in(site, "build");
    String err = r.errRelativeTo(site);
    assertEquals(1, r.exitCode(), err);
    assertTrue(err.contains("content/facts/a.yaml: error[link-outside-project]"), err);
    assertTrue(err.contains("content/site.yaml: error[link-outside-project]"), err);
  }

  @Test
  void aFolderLinkedFromOutsideIsRefusedOnce() throws IOException {
    Path site = site();
    Files.createDirectories(elsewhere.resolve("more"));
    Files.writeString(elsewhere.resolve("more/b.md"), "---\ntitle: \"B\"\n---\n" + SECRET + "\n");
    link(site.resolve("content/pages"), elsewhere.resolve("more"));
    refused(site, "content/pages", "link-outside-project");
  }

  @Test
  void aTemplateLinkedFromOutsideIsRefused() throws IOException {
    Path site = site();
    link(site.resolve("templates/home.ftlh"), outside("home.ftlh", "<p>${" + SECRET + "</p>"));
    refused(site, "templates/home.ftlh", "link-outside-project");
  }

  @Test
  void aLinkToAnotherFileOfTheProjectOutsideContentAndTemplatesIsRefused() throws IOException {
    Path site = site();
    Files.writeString(site.resolve("README.md"), "---\ntitle: \"Readme\"\n---\n" + SECRET + "\n");
    link(site.resolve("content/pages/readme.md"), Path.of("../../README.md"));
    refused(site, "content/pages/readme.md", "link-outside-project");
  }

  @Test
  void aLinkThatStaysInsideTheContentFolderIsFollowed() throws IOException {
    Path site = site();
    Files.createDirectories(site.resolve("content/shared"));
    Files.move(site.resolve("content/facts/a.yaml"), site.resolve("content/shared/a.yaml"));
    link(site.resolve("content/facts/a.yaml"), Path.of("../shared/a.yaml"));
    CliRun r = CliRun.in(site, "build");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.readString(site.resolve("site-out/facts/index.html")).contains("757,008"));
  }

  @Test
  void aContentFolderReachedThroughALinkIsItsOwnRoot() throws IOException {
    Path site = site();
    Path real = Files.move(site.resolve("content"), elsewhere.resolve("content"));
    link(site.resolve("content"), real);
    CliRun r = CliRun.in(site, "build");
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void aBrokenLinkIsReported() throws IOException {
    Path site = site();
    link(site.resolve("content/facts/gone.yaml"), elsewhere.resolve("gone.yaml"));
    refused(site, "content/facts/gone.yaml", "link-broken");
  }

  @Test
  void aPipeIsReportedAndNeverOpened() throws IOException, InterruptedException {
    Path site = site();
    mkfifo(site.resolve("content/facts/pipe.yaml"));
    mkfifo(site.resolve("templates/assets/pipe.css"));
    CliRun r = CliRun.in(site, "build");
    String err = r.errRelativeTo(site);
    assertEquals(1, r.exitCode(), err);
    assertTrue(err.contains("content/facts/pipe.yaml: error[not-a-file]"), err);
    assertTrue(err.contains("templates/assets/pipe.css: error[not-a-file]"), err);
  }

  private static void mkfifo(Path p) throws IOException, InterruptedException {
    Files.createDirectories(p.getParent());
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      return;
    }
    boolean done = mk.waitFor(60, TimeUnit.SECONDS);
    Assumptions.assumeTrue(done && mk.exitValue() == 0, "mkfifo could not make a pipe here");
  }
}
