/**
 * YAML read with positions: Jackson's YAML parser gives the tokens and their locations, every
 * mapping, key and scalar keeps its line and column, scalars are kept exactly as written (no
 * implicit booleans, octal or floats), duplicate and unknown keys are reported, and the parser's
 * exceptions become diagnostics in plain words.
 */
package org.sourcebrief.yaml;
