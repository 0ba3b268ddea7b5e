package org.agorahub.curation.featured;

import org.agorahub.people.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: where to go next, and what curators featured for the viewer. */
@Controller
class HomeController {

    private final FeaturedService featured;

    HomeController(FeaturedService featured) {
        this.featured = featured;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("featured", user == null ? java.util.List.of() : featured.forViewer(user));
        return "home";
    }
}
