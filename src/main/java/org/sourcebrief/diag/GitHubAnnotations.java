package org.sourcebrief.diag;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::…}),
 * which GitHub shows as annotations on the lines of a pull request and on the workflow run. Printed
 * in addition to the usual report, and only when running under GitHub Actions.
 */
public final class GitHubAnnotations {
  private GitHubAnnotations() {}

  /** True when {@code env} is that of a GitHub Actions job ({@code GITHUB_ACTIONS=true}). */
  public static boolean enabled(Map<String, String> env) {
    return "true".equals(env.get("GITHUB_ACTIONS"));
  }

  /**
   * One workflow command per diagnostic, each ending in a newline. File names are made relative to
   * the repository ({@code GITHUB_WORKSPACE}), resolving a relative name against {@code
   * workingDir}; the hint follows the message in brackets.
   */
  public static String format(
      List<Diagnostic> diagnostics, Map<String, String> env, Path workingDir) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(command(d, env, workingDir)).append('\n');
    return out.toString();
  }

  static String command(Diagnostic d, Map<String, String> env, Path workingDir) {
    StringBuilder out = new StringBuilder("::").append(d.severity().label()).append(' ');
    SourcePosition at = d.position();
    if (at != null) {
      out.append("file=").append(property(repositoryPath(at.file(), env, workingDir))).append(',');
      if (at.hasLine())
        out.append("line=").append(at.line()).append(",col=").append(at.column()).append(',');
    }
    out.append("title=").append(property(d.code())).append("::");
    String message = PrintableText.escape(d.message());
    if (d.hint() != null && !d.hint().isEmpty())
      message += " (hint: " + PrintableText.escape(d.hint()) + ")";
    return out.append(data(message)).toString();
  }

  /** The file's path from the repository's top folder, with forward slashes. */
  static String repositoryPath(String file, Map<String, String> env, Path workingDir) {
    String workspace = env.get("GITHUB_WORKSPACE");
    if (workspace == null || workspace.isEmpty()) return file;
    Path absolute = workingDir.toAbsolutePath().resolve(file).normalize();
    Path root = Path.of(workspace).toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) return file;
    return root.relativize(absolute).toString().replace('\\', '/');
  }

  /** A command's message: '%', CR and LF escaped, as GitHub's workflow-command format requires. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command's property value: as {@link #data}, and ':' and ',' escaped too. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
