/**
 * Demo data: on first start with an empty database, a small believable organisation (departments, people, one
 * sign-in per role) so the application can be tried at once. Off with {@code agora.demo-data.enabled=false}.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"people", "shared"})
package org.agorahub.demo;

import org.springframework.modulith.ApplicationModule;
