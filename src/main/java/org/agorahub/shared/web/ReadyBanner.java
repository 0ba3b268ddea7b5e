package org.agorahub.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Agora where to open it, once it is ready. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger("org.agorahub");

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port");
        if (port != null) {
            String path = env.getProperty("server.servlet.context-path", "/");
            log.info("Agora is ready: open http://localhost:{}{} in your browser", port, path);
        }
    }
}
