/**
 * The provenance and consistency rules, one class per rule, run over the loaded content. The
 * result, {@link org.sourcebrief.validate.CheckedContent}, holds one complete {@link
 * org.sourcebrief.validate.CheckedFact} per fact, derived facts included.
 */
package org.sourcebrief.validate;
