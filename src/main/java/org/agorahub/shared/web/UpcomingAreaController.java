package org.agorahub.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The areas the navigation already names but that have not been built yet answer with a plain page saying
 * so, instead of a broken link. Each area's module replaces its entry here when it lands.
 */
@Controller
class UpcomingAreaController {

    @GetMapping("/{area:dashboards}")
    String upcoming(@PathVariable String area, Model model) {
        model.addAttribute("area", area);
        return "upcoming";
    }
}
