package io.github.peelkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of peelkit, applied to every package of value types.
 *
 * <p>Generated classes stay package-private: the public API speaks in the abstract value types,
 * their static factories and their nested builders. {@code jdkOnly} keeps generated code on JDK
 * collections, so that a user with Guava on the class path inherits no dependency on it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "criterion:criteria", "evidence:evidence"},
    defaultAsDefault = true,
    allMandatoryParameters = false)
public @interface PeelkitStyle {}
