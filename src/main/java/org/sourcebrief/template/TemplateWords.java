package org.sourcebrief.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import org.sourcebrief.text.Html;
import org.sourcebrief.text.Words;

/**
 * The interface words as template functions: {@code ${t("nav.home")}} gives the text (escaped like
 * any other), {@code ${th("not-found.links", homeLink, factsLink, sourcesLink)}} gives HTML in
 * which markup arguments (captured with {@code <#assign x>…</#assign>}) are kept as markup and the
 * words around them are escaped.
 */
final class TemplateWords {
  private TemplateWords() {}

  static TemplateMethodModelEx text(Words words) {
    return args -> words.get(key(args), plain(args).toArray());
  }

  static TemplateMethodModelEx html(Words words) {
    return args -> {
      List<String> markup = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (Object a : args.subList(1, args.size())) {
        if (a instanceof TemplateMarkupOutputModel<?> m) {
          values.add(sentinel(markup.size()));
          markup.add(m.getOutputFormat().getMarkupString(cast(m)));
        } else {
          Object v = value((TemplateModel) a);
          if (v instanceof String s) {
            values.add(sentinel(markup.size()));
            markup.add(Html.escape(s));
          } else {
            values.add(v);
          }
        }
      }
      String out = Html.escape(words.get(key(args), values.toArray()));
      for (int i = 0; i < markup.size(); i++) out = out.replace(sentinel(i), markup.get(i));
      return HTMLOutputFormat.INSTANCE.fromMarkup(out);
    };
  }

  @SuppressWarnings("unchecked")
  private static <M extends TemplateMarkupOutputModel<M>> M cast(TemplateMarkupOutputModel<?> m) {
    return (M) m;
  }

  /** A stand-in no message or value holds: private-use characters around an index. */
  private static String sentinel(int i) {
    return "\uE000" + i + "\uE001";
  }

  private static String key(List<?> args) throws TemplateModelException {
    if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel k))
      throw new TemplateModelException("a word needs its key, e.g. t(\"nav.home\")");
    return k.getAsString();
  }

  private static List<Object> plain(List<?> args) throws TemplateModelException {
    List<Object> out = new ArrayList<>();
    for (Object a : args.subList(1, args.size())) out.add(value((TemplateModel) a));
    return out;
  }

  private static Object value(TemplateModel m) throws TemplateModelException {
    if (m instanceof TemplateNumberModel n) return n.getAsNumber();
    if (m instanceof TemplateScalarModel s) return s.getAsString();
    if (m instanceof TemplateHTMLOutputModel h) return HTMLOutputFormat.INSTANCE.getMarkupString(h);
    throw new TemplateModelException("a word's argument must be text or a number");
  }
}
