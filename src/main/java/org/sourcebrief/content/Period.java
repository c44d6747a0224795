package org.sourcebrief.content;

/** The span a figure covers, such as November 2023 to October 2024. */
public record Period(PartialDate from, PartialDate to) {}
