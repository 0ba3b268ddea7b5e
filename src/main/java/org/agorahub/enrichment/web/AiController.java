package org.agorahub.enrichment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.agorahub.enrichment.domain.AiModel;
import org.agorahub.enrichment.domain.AiSettings;
import org.agorahub.enrichment.domain.Backfill;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the AI in Agora does, which model it uses and that it runs on this server: readable by everyone at {@code
 * /ai} (the transparency the EU AI Act asks of systems that interact with people), and at {@code /admin/ai} with
 * the switches for each feature and the backfill, for admins only.
 */
@Controller
class AiController {

    /** Seconds between reloads while the backfill runs (the Refresh header works without JavaScript). */
    static final int REFRESH_SECONDS = 5;

    private final AiModel model;
    private final AiSettings settings;
    private final Backfill backfill;

    AiController(AiModel model, AiSettings settings, Backfill backfill) {
        this.model = model;
        this.settings = settings;
        this.backfill = backfill;
    }

    @GetMapping("/ai")
    String about(Model page) {
        return page(page, false);
    }

    @GetMapping("/admin/ai")
    String admin(CurrentUser user, Model page, HttpServletResponse response) {
        requireAdmin(user);
        if (backfill.running()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        return page(page, true);
    }

    /** Sets every feature at once from the checkboxes: a feature not ticked is switched off. */
    @PostMapping("/admin/ai/features")
    String features(
            CurrentUser user,
            @RequestParam(name = "on", required = false) List<String> on,
            RedirectAttributes redirect) {
        requireAdmin(user);
        Set<AiFeature> wanted = EnumSet.noneOf(AiFeature.class);
        if (on != null) {
            on.forEach(name -> Arrays.stream(AiFeature.values())
                    .filter(feature -> feature.name().equals(name))
                    .forEach(wanted::add));
        }
        settings.all().forEach((feature, enabled) -> {
            if (enabled != wanted.contains(feature)) {
                settings.set(user.id(), feature, wanted.contains(feature));
            }
        });
        Flash.success(redirect, "ai.features.saved");
        return "redirect:/admin/ai";
    }

    @PostMapping("/admin/ai/backfill")
    String backfill(CurrentUser user, RedirectAttributes redirect) {
        requireAdmin(user);
        if (backfill.start(user.id())) {
            Flash.success(redirect, "ai.backfill.started");
        } else {
            Flash.error(redirect, backfill.running() ? "ai.backfill.alreadyRunning" : "ai.backfill.off");
        }
        return "redirect:/admin/ai";
    }

    private String page(Model page, boolean admin) {
        page.addAttribute("admin", admin);
        page.addAttribute("switchedOn", model.switchedOn());
        page.addAttribute("loaded", model.embedder().isPresent());
        page.addAttribute("modelName", model.embedder().map(e -> e.modelName()).orElse(model.configuredModel()));
        page.addAttribute("failure", model.failure().orElse(null));
        page.addAttribute("features", settings.all());
        page.addAttribute("backfillRunning", backfill.running());
        page.addAttribute("backfill", backfill.latest().orElse(null));
        return "enrichment/ai";
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only admins manage the AI features");
        }
    }
}
