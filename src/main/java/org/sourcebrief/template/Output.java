package org.sourcebrief.template;

import java.util.Map;
import java.util.function.Supplier;
import org.sourcebrief.text.PartialDate;

/**
 * One page of the site as data: the file it is written to, the template that makes it and the model
 * it gets. {@code folder} is the page's folder when it is listed in the sitemap, or null (the 404
 * page); {@code lastmod} is when its content last changed. The model is made when the page is
 * rendered, so a site of many pages never holds all their models at once.
 */
record Output(
    String path,
    String folder,
    String template,
    Supplier<Map<String, Object>> model,
    PartialDate lastmod) {

  Output(
      String path, String folder, String template, Map<String, Object> model, PartialDate lastmod) {
    this(path, folder, template, () -> model, lastmod);
  }
}
