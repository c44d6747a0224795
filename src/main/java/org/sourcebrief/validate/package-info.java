/**
 * The provenance and consistency rules, one class per rule, run over the loaded content. The
 * result, {@link org.sourcebrief.validate.CheckedContent}, has every fact's value and sources
 * worked out, derived facts included.
 */
package org.sourcebrief.validate;
