package org.sourcebrief.content;

import org.sourcebrief.text.PartialDate;

/** The span a figure covers, such as November 2023 to October 2024. */
public record Period(PartialDate from, PartialDate to) {}
