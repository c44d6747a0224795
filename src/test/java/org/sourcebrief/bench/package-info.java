/**
 * The benchmark Sourcebrief ships (PRODUCT.md §8): a deterministic synthetic corpus in the real
 * content format, cold builds of the packaged command line, the one-file rebuild of the {@code
 * serve} path, and the chart renderer's time per chart. Run it with {@code mvn -B -Pbench verify};
 * docs/performance.md describes the method and holds the figures.
 */
package org.sourcebrief.bench;
