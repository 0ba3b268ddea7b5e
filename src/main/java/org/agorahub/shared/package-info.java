/**
 * Small pieces every module may use: where PostgreSQL comes from, Markdown rendering and text comparison, web basics
 * (layout data, flash messages, paging, error mapping). Open: every module may use any of it.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package org.agorahub.shared;

import org.springframework.modulith.ApplicationModule;
