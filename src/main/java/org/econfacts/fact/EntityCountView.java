package org.econfacts.fact;

/** An entity across stored facts: canonical name, type, and how many facts are about it. */
public record EntityCountView(String name, String type, long facts) {}
