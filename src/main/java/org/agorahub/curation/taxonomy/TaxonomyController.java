package org.agorahub.curation.taxonomy;

import jakarta.validation.Valid;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The taxonomy hub and the tag screens: list with usage, rename, merge, delete. Curators and admins. */
@Controller
@RequestMapping("/admin/taxonomy")
class TaxonomyController {

    private final TaxonomyCuration taxonomy;

    TaxonomyController(TaxonomyCuration taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String hub(CurrentUser user, Model model) {
        model.addAttribute("overview", taxonomy.overview(user));
        return "curation/taxonomy/home";
    }

    @GetMapping("/tags")
    String tags(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        Page<TagUsage> tags = taxonomy.tags(user, query, page);
        model.addAttribute("tags", tags);
        model.addAttribute("pages", PageLinks.of(tags));
        model.addAttribute("query", query);
        return "curation/taxonomy/tags";
    }

    @GetMapping("/tags/edit")
    String tag(@RequestParam String tag, CurrentUser user, Model model) {
        TagUsage usage = taxonomy.tag(user, tag);
        model.addAttribute("renameForm", new TagRenameForm(usage.name(), ""));
        model.addAttribute("mergeForm", new TagMergeForm(usage.name(), ""));
        return tagPage(user, usage.name(), model);
    }

    @PostMapping("/tags/rename")
    String rename(
            @Valid @ModelAttribute("renameForm") TagRenameForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TagUsage usage = taxonomy.tag(user, form.tag());
        if (!errors.hasErrors()) {
            try {
                TaxonomyCuration.TagChange change = taxonomy.rename(user, form.tag(), form.name());
                Flash.success(
                        redirect,
                        "taxonomy.tag.renamed",
                        change.tag(),
                        change.into(),
                        change.documents(),
                        change.threads());
                return redirectTo(change.into(), redirect);
            } catch (RefusedException refused) {
                Forms.reject(errors, refused);
                if ("taxonomy.tag.rename.exists".equals(refused.messageKey())) {
                    // the name is taken: offer the merge it probably meant, filled in
                    model.addAttribute("mergeForm", new TagMergeForm(usage.name(), (String) refused.arguments()[0]));
                    model.addAttribute("mergeOffered", true);
                }
            }
        }
        if (!model.containsAttribute("mergeForm")) {
            model.addAttribute("mergeForm", new TagMergeForm(usage.name(), ""));
        }
        return tagPage(user, usage.name(), model);
    }

    @PostMapping("/tags/merge")
    String merge(
            @Valid @ModelAttribute("mergeForm") TagMergeForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TagUsage usage = taxonomy.tag(user, form.tag());
        if (!errors.hasErrors()) {
            try {
                TaxonomyCuration.TagChange change = taxonomy.merge(user, form.tag(), form.into());
                Flash.success(
                        redirect,
                        "taxonomy.tag.merged",
                        change.tag(),
                        change.into(),
                        change.documents(),
                        change.threads());
                return redirectTo(change.into(), redirect);
            } catch (RefusedException refused) {
                Forms.reject(errors, refused);
            }
        }
        model.addAttribute("renameForm", new TagRenameForm(usage.name(), ""));
        return tagPage(user, usage.name(), model);
    }

    @PostMapping("/tags/delete")
    String delete(@RequestParam String tag, CurrentUser user, RedirectAttributes redirect) {
        TaxonomyCuration.TagChange change = taxonomy.delete(user, tag);
        Flash.success(redirect, "taxonomy.tag.deleted", change.tag(), change.documents(), change.threads());
        return "redirect:/admin/taxonomy/tags";
    }

    private String tagPage(CurrentUser user, String tag, Model model) {
        model.addAttribute("usage", taxonomy.tag(user, tag));
        model.addAttribute("tagNames", taxonomy.tagNames(user));
        return "curation/taxonomy/tag";
    }

    private static String redirectTo(String tag, RedirectAttributes redirect) {
        redirect.addAttribute("tag", tag); // a query parameter, encoded whatever the tag holds
        return "redirect:/admin/taxonomy/tags/edit";
    }
}
