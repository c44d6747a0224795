package org.sourcebrief.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
  @ParameterizedTest
  @ValueSource(strings = {"0", "757008", "-12", "12.5", "0.237", "3200000"})
  void plainDecimalsAreKeptExactly(String s) {
    assertEquals(new BigDecimal(s), Numbers.parseDecimal(s).value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "012|leading zero|12",
        "0x1F|hexadecimal|decimal digits",
        "0o17|hexadecimal, octal or binary|decimal digits",
        "1_000|underscores|without underscores",
        "3.2e6|exponent|3200000",
        "757,008|thousands separators|757008",
        "yes|not a number|757008",
        ".5|not a number|12.5"
      })
  void trapsAreRefusedWithAHint(String s, String problem, String hint) {
    Numbers.Parsed p = Numbers.parseDecimal(s);
    assertNull(p.value());
    assertTrue(p.problem().contains(problem), p.problem());
    assertTrue(p.hint().contains(hint), p.hint());
  }
}
