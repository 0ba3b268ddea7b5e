/**
 * People and access: departments, people (accounts), roles, sign-in, the current user and the one access
 * policy every other module asks.
 */
@ApplicationModule(displayName = "People", allowedDependencies = "shared")
package org.agorahub.people;

import org.springframework.modulith.ApplicationModule;
