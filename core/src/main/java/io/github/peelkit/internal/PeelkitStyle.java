package io.github.peelkit.internal;

import io.github.peelkit.check.MissingAttributeException;
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
 *
 * <p>{@code allowedClasspathAnnotations} keeps Immutables from putting its own {@code @Generated} (or
 * any other annotation it finds on the class path) on the generated classes: a user's compiler has no
 * Immutables to read it with and warns ("cannot find annotation method 'generator()'") for every
 * builder called, which fails a build with {@code -Xlint:all -Werror}.
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
    allMandatoryParameters = false,
    // Override is a stand-in: an empty list would allow every annotation found on the class path.
    allowedClasspathAnnotations = {Override.class},
    // A missing attribute is reported in peelkit's words, as a PK005 violation per attribute.
    throwForInvalidImmutableState = MissingAttributeException.class)
public @interface PeelkitStyle {}
