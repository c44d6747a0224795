package org.sourcebrief.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Varied, grammatical filler prose for the synthetic benchmark corpus. It contains no digits except
 * years, so every other number in a synthetic briefing comes from a {@code {{fact:…}}} reference,
 * as the naked-number lint will demand. Everything it says is invented.
 */
final class SyntheticProse {
  private static final String[] SUBJECTS = {
    "Local officials",
    "Aid workers",
    "Community leaders",
    "District planners",
    "Field teams",
    "Health workers",
    "Teachers",
    "Volunteers",
    "Survey teams",
    "Municipal staff",
    "Residents",
    "Shelter managers",
    "Water engineers",
    "Market traders",
    "Legal advisers",
    "Midwives",
    "Youth groups",
    "Transport operators",
    "Religious leaders",
    "Women's committees"
  };
  private static final String[] VERBS = {
    "reported",
    "described",
    "noted",
    "documented",
    "observed",
    "recorded",
    "highlighted",
    "questioned",
    "emphasised",
    "confirmed",
    "warned about",
    "pointed to",
    "mapped",
    "raised concerns about",
    "tracked",
    "discussed"
  };
  private static final String[] OBJECTS = {
    "long queues at water points",
    "delays in registration",
    "a shortage of winter clothing",
    "crowded classrooms",
    "rising rents near the market",
    "gaps in mobile coverage",
    "uneven access to clinics",
    "pressure on local schools",
    "difficult roads after heavy rain",
    "new arrivals from neighbouring valleys",
    "the cost of cooking fuel",
    "missing identity documents",
    "seasonal work drying up",
    "debts owed to shopkeepers",
    "damaged irrigation channels",
    "a lack of private space for women",
    "children leaving school to work",
    "long journeys to the nearest hospital",
    "confusion about eligibility for assistance",
    "disputes over land and housing",
    "the closure of a border crossing",
    "limited stocks of medicine"
  };
  private static final String[] MODIFIERS = {
    "during the spring",
    "in the weeks after the survey",
    "across the northern villages",
    "especially among older people",
    "in the larger settlements",
    "along the main road",
    "according to several interviews",
    "in late 2024",
    "in early 2023",
    "during the winter",
    "in the camps on the edge of town",
    "after the floods of 2022",
    "near the district centre",
    "for families without relatives nearby",
    "throughout the monitoring period",
    "in households headed by women",
    "well before the harvest"
  };
  private static final String[] CONNECTIVES = {
    "However",
    "Meanwhile",
    "In contrast",
    "At the same time",
    "As a result",
    "Even so",
    "In several places",
    "By comparison",
    "For many families",
    "Over the same period"
  };
  private static final String[] PEOPLE = {
    "residents",
    "parents",
    "returnees",
    "farmers",
    "shopkeepers",
    "nurses",
    "students",
    "drivers",
    "elders",
    "newcomers"
  };
  private static final String[] STATES = {
    "remained fragile",
    "improved only slowly",
    "changed little",
    "deteriorated in places",
    "varied from one settlement to the next",
    "depended heavily on outside support",
    "was hard to measure"
  };
  private static final String[] NOUNS = {
    "situation", "supply of clean water", "housing market", "school system",
    "labour market", "health service", "road network", "food supply"
  };
  static final String[] HEADINGS = {
    "Background",
    "What the figures show",
    "Living conditions",
    "Access to services",
    "Funding and gaps",
    "Methods and caveats",
    "Outlook",
    "What residents say",
    "Pressures on services",
    "Where the money goes",
    "Questions that remain",
    "How the count was made",
    "Work and income",
    "Housing and shelter"
  };

  private final Random random;

  SyntheticProse(Random random) {
    this.random = random;
  }

  /** One sentence of roughly twelve to twenty-five words, ending with a full stop. */
  String sentence(String place) {
    return switch (random.nextInt(7)) {
      case 0 -> pick(SUBJECTS) + " " + clause() + " " + pick(MODIFIERS) + ".";
      case 1 -> capital(pick(MODIFIERS)) + ", " + lower(pick(SUBJECTS)) + " " + clause() + ".";
      case 2 ->
          "The "
              + pick(NOUNS)
              + " in "
              + place
              + " "
              + pick(STATES)
              + ", and "
              + lower(pick(SUBJECTS))
              + " "
              + clause()
              + ".";
      case 3 ->
          "Several "
              + pick(PEOPLE)
              + " in "
              + place
              + " said that "
              + lower(pick(SUBJECTS))
              + " had "
              + clause()
              + " "
              + pick(MODIFIERS)
              + ".";
      case 4 ->
          pick(CONNECTIVES)
              + ", "
              + lower(pick(SUBJECTS))
              + " "
              + clause()
              + ", while "
              + lower(pick(SUBJECTS))
              + " "
              + clause()
              + ".";
      case 5 ->
          "It is not clear whether the "
              + pick(NOUNS)
              + " "
              + pick(STATES)
              + " because of "
              + pick(OBJECTS)
              + ", but "
              + lower(pick(SUBJECTS))
              + " "
              + clause()
              + ".";
      default ->
          capital(pick(PEOPLE))
              + " in "
              + place
              + " spoke of "
              + pick(OBJECTS)
              + " and "
              + pick(OBJECTS)
              + " "
              + pick(MODIFIERS)
              + ".";
    };
  }

  /** Sentences about {@code places} until the paragraph holds at least {@code words} words. */
  String paragraph(List<String> places, int words) {
    List<String> out = new ArrayList<>();
    int count = 0;
    while (count < words) {
      String s = sentence(places.get(random.nextInt(places.size())));
      out.add(s);
      count += words(s);
    }
    return String.join(" ", out);
  }

  /** A short list item: a complete sentence. */
  String listItem() {
    return pick(SUBJECTS) + " " + clause() + ".";
  }

  String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private String clause() {
    return pick(VERBS) + " " + pick(OBJECTS);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // "Women's committees" stays capitalised only at the start of a sentence.
  private static String lower(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
