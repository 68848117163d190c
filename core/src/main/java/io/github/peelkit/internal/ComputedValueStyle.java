package io.github.peelkit.internal;

import io.github.peelkit.check.MissingAttributeException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link PeelkitStyle} for value types whose attributes are computed together, such as an interval's
 * bounds from its sample: no generated {@code with*} copiers, which would keep what was computed for
 * the old attributes.
 *
 * <p>It is a style on the type rather than {@code @Value.Immutable(copy = false)} because a public
 * class file that carries an Immutables annotation with values makes the compiler of every user warn
 * ("cannot find annotation method 'copy()'"), since users have no Immutables on their class path; a
 * build with {@code -Werror} would fail.
 */
@Target(ElementType.TYPE)
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
    throwForInvalidImmutableState = MissingAttributeException.class,
    defaults = @Value.Immutable(copy = false))
public @interface ComputedValueStyle {}
