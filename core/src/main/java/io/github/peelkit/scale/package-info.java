/** Grade scales and their grades: ordered, best first, compared only within one scale. */
@PeelkitStyle
package io.github.peelkit.scale;

import io.github.peelkit.internal.PeelkitStyle;
