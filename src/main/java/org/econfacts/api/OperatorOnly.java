package org.econfacts.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or every method of a resource class) as an operator action: it needs an
 * operator key, a writer key gets 403 (see {@link AccessPolicy}). Checked on the matched method, so no
 * spelling of its path escapes the check.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OperatorOnly {}
