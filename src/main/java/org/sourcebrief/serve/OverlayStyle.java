package org.sourcebrief.serve;

/**
 * The stylesheets of the error overlay and the notes panel. Every rule is scoped to the element's
 * id and starts from a reset, so the site's own stylesheet can neither hide nor restyle them.
 */
final class OverlayStyle {
  /** Rules both share; "#X" stands for the id. */
  private static final String COMMON =
      "#X{all:initial;display:block;position:fixed;"
          + "z-index:2147483647;box-sizing:border-box;direction:ltr;text-align:left;color:#1b1b1b;"
          + "font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}"
          + "#X *{box-sizing:border-box;margin:0;padding:0;border:0;background:none;font:inherit;"
          + "color:inherit;max-width:none;text-align:left}"
          + "#X .sb-list{list-style:none}"
          + "#X .sb-list>li{display:block;padding:10px 0;border-top:1px solid #ddd}"
          + "#X code,#X pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',"
          + "monospace}"
          + "#X .sb-pos{font-weight:600;font-size:14px;overflow-wrap:anywhere}"
          + "#X .sb-sev{font-weight:700}#X .sb-code{color:#444}"
          + "#X .sb-error .sb-sev{color:#b00020}#X .sb-warning .sb-sev{color:#8a5300}"
          + "#X .sb-notice .sb-sev{color:#0b57d0}"
          + "#X .sb-msg{margin-top:2px;font-weight:600}"
          + "#X pre{display:block;margin:6px 0;padding:8px 10px;white-space:pre;overflow-x:auto;"
          + "font-size:13px;line-height:1.4;background:#f3f3f3;border-radius:4px}"
          + "#X .sb-hint code{padding:0 3px;font-size:.92em;background:#f3f3f3;border-radius:3px}"
          + "#X strong{font-weight:700}"
          + "#X :focus-visible{outline:2px solid #0b57d0;outline-offset:2px}";

  private static final String OVERLAY =
      "#X{inset:0;overflow:auto;padding:12px;"
          + "background:rgba(17,17,17,.8)}"
          + "#X .sb-card{max-width:920px;margin:0 auto;padding:14px 18px 18px;background:#fff;"
          + "border-top:6px solid #b00020;border-radius:6px;box-shadow:0 10px 40px rgba(0,0,0,.45)}"
          + "#X .sb-brand{font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:#555}"
          + "#X h2{margin:2px 0 6px;font-size:22px;line-height:1.25;font-weight:700;color:#b00020}"
          + "#X .sb-lead{margin-bottom:10px}"
          + "#X .sb-more{display:block;border-top:1px solid #ddd}"
          + "#X .sb-more summary{display:list-item;padding:10px 0;font-weight:600;color:#444;cursor:pointer}";

  private static final String PANEL =
      "#X{right:12px;bottom:12px;width:min(440px,calc(100vw - 24px));"
          + "max-height:70vh;overflow:auto;background:#fff;border:1px solid #bbb;"
          + "border-left:5px solid #0b57d0;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.25)}"
          + "#X.sb-has-warnings{border-left-color:#8a5300}"
          + "#X summary{display:list-item;padding:8px 12px;font-weight:600;cursor:pointer}"
          + "#X .sb-body{padding:0 12px 12px}"
          + "#X button{margin-top:8px;padding:4px 10px;border:1px solid #888;border-radius:4px;"
          + "background:#f3f3f3;cursor:pointer}";

  private OverlayStyle() {}

  static String overlay(String id) {
    return style(id, COMMON + OVERLAY);
  }

  static String panel(String id) {
    return style(id, COMMON + PANEL);
  }

  private static String style(String id, String rules) {
    return "<style>" + rules.replace("#X", "#" + id) + "</style>";
  }
}
