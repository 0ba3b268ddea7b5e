package org.agorahub.curation.imports;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Curators and admins import a zipped shared drive into a library, watch it run and read its report. */
@Controller
@RequestMapping("/admin/imports")
class ImportController {

    /** Seconds between reloads of a running import's page (the Refresh header works without JavaScript). */
    static final int REFRESH_SECONDS = 2;

    private static final int RECENT = 20;

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(CurrentUser user, Model model) {
        model.addAttribute("form", ImportForm.blank());
        return page(user, model);
    }

    @PostMapping
    String start(
            @Valid @ModelAttribute("form") ImportForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        // a value that does not convert (a library id that is not a number) leaves no bound form, only its errors
        if (errors.getTarget() != null && (form.file() == null || form.file().isEmpty())) {
            errors.rejectValue("file", "import.zip.missing");
        }
        if (errors.hasErrors()) {
            return page(user, model);
        }
        try {
            long job = imports.start(
                    user,
                    form.file().getOriginalFilename(),
                    form.file().getBytes(),
                    form.libraryId(),
                    form.foldersAs());
            Flash.success(redirect, "import.started");
            return "redirect:/admin/imports/" + job;
        } catch (RefusedException refused) {
            Forms.reject(errors, refused);
            return page(user, model);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, CurrentUser user, Model model, HttpServletResponse response) {
        ImportView job = imports.job(user, id);
        if (job.running()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("job", job);
        return "curation/imports/job";
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            imports.resume(user, id);
            Flash.success(redirect, "import.resumed");
        } catch (RefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/admin/imports/" + id;
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("libraries", imports.libraries(user));
        model.addAttribute("imports", imports.recent(user, RECENT));
        model.addAttribute("maxEntries", imports.settings().maxEntries());
        model.addAttribute(
                "maxExpandedMegabytes", imports.settings().maxExpandedSize().toMegabytes());
        return "curation/imports/home";
    }
}
