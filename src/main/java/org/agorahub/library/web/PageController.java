package org.agorahub.library.web;

import jakarta.validation.Valid;
import org.agorahub.library.domain.ChangedSinceOpenedException;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.DocumentView;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibraryView;
import org.agorahub.library.domain.PageService;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.markdown.TextDiff;
import org.agorahub.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing and editing Markdown pages. "Preview" submits the same form and shows the rendered page above it
 * without saving, so it works without JavaScript.
 */
@Controller
class PageController {

    private final LibraryService libraries;
    private final DocumentService documents;
    private final PageService pages;
    private final org.agorahub.library.domain.CategoryService categoryService;

    PageController(
            LibraryService libraries,
            DocumentService documents,
            PageService pages,
            org.agorahub.library.domain.CategoryService categoryService) {
        this.categoryService = categoryService;
        this.libraries = libraries;
        this.documents = documents;
        this.pages = pages;
    }

    @GetMapping("/libraries/{id}/pages/new")
    String newPage(
            @PathVariable long id, @RequestParam(defaultValue = "") String title, CurrentUser user, Model model) {
        PageForm blank = PageForm.blank();
        String prefilled = org.agorahub.shared.web.Forms.prefill(title, PageForm.TITLE_LENGTH);
        return editor(model, contributable(user, id), null, prefilled == null ? blank : blank.titled(prefilled), null);
    }

    @PostMapping("/libraries/{id}/pages/new")
    String create(
            @PathVariable long id,
            @RequestParam(required = false) String preview,
            @Valid @ModelAttribute("form") PageForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        LibraryView library = contributable(user, id);
        checkCategory(form.categoryId(), errors);
        if (preview == null && !errors.hasErrors()) {
            try {
                long page = pages.create(user, id, form.body(), form.details(user.id()));
                Flash.success(redirect, "page.created");
                redirect.addFlashAttribute(DocumentController.ADDED, true);
                return "redirect:/documents/" + page;
            } catch (org.agorahub.library.domain.VerificationNotAllowedException e) {
                errors.rejectValue("status", "document.status.verifyNotAllowed");
            }
        }
        return editor(model, library, null, form, preview != null ? pages.render(form.body()) : null);
    }

    @GetMapping("/documents/{id}/page/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        DocumentView page = editablePage(user, id);
        String body = pages.body(user, id, page.current().number());
        return editor(model, null, page, PageForm.of(page, body), null);
    }

    @PostMapping("/documents/{id}/page/edit")
    String save(
            @PathVariable long id,
            @RequestParam(required = false) String preview,
            @Valid @ModelAttribute("form") PageForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        DocumentView page = editablePage(user, id);
        checkCategory(form.categoryId(), errors);
        if (preview == null && !errors.hasErrors()) {
            try {
                int number = pages.save(
                        user,
                        id,
                        form.body(),
                        form.changeNote(),
                        form.details(page.ownerId()),
                        form.basedOn() == null ? -1 : form.basedOn());
                Flash.success(redirect, "page.saved", number);
                return "redirect:/documents/" + id;
            } catch (ChangedSinceOpenedException e) {
                // their text stays in the form; they can compare with what was saved meanwhile
                errors.reject("page.changedSinceOpened");
                model.addAttribute("conflict", true);
            } catch (org.agorahub.library.domain.VerificationNotAllowedException e) {
                errors.rejectValue("status", "document.status.verifyNotAllowed");
            }
        }
        return editor(model, null, page, form, preview != null ? pages.render(form.body()) : null);
    }

    @GetMapping("/documents/{id}/diff")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, CurrentUser user, Model model) {
        DocumentView page = documents.document(user, id);
        var lines = pages.diff(user, id, from, to);
        model.addAttribute("document", page);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("lines", lines);
        model.addAttribute("summary", TextDiff.summary(lines));
        return "library/diff";
    }

    private void checkCategory(Long categoryId, BindingResult errors) {
        if (categoryId != null && !categoryService.exists(categoryId)) {
            errors.rejectValue("categoryId", "category.unknown");
        }
    }

    private DocumentView editablePage(CurrentUser user, long id) {
        DocumentView page = documents.document(user, id);
        if (!page.page()) {
            throw new org.agorahub.library.domain.DocumentNotFoundException(id);
        }
        if (!page.canEdit()) {
            throw new AccessDeniedException("Cannot edit page " + id);
        }
        return page;
    }

    private LibraryView contributable(CurrentUser user, long id) {
        LibraryView library = libraries.library(user, id);
        if (!library.canContribute()) {
            throw new AccessDeniedException("Cannot write in library " + id);
        }
        return library;
    }

    private String editor(Model model, LibraryView library, DocumentView page, PageForm form, String previewHtml) {
        model.addAttribute("library", library);
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("previewHtml", previewHtml);
        model.addAttribute("categories", categoryService.tree());
        return "library/page-editor";
    }
}
