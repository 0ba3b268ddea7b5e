/**
 * Demo data: on first start with an empty database, a small believable organisation (departments, people, one
 * sign-in per role, libraries with a few hundred documents, forums with a few hundred threads, skills with
 * endorsements and competency frameworks) so the application can be tried at once. Off with
 * {@code agora.demo-data.enabled=false}.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"people", "library", "forum", "expertise", "shared"})
package org.agorahub.demo;

import org.springframework.modulith.ApplicationModule;
