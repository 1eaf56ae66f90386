/** Small value types used by every module (identifiers, languages). Open: any module may use it; it uses none. */
@ApplicationModule(
        displayName = "Shared",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
@NullMarked
package fr.guichet.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
