package org.agorahub.library.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.library.domain.ChangedSinceOpenedException;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.DocumentView;
import org.agorahub.library.domain.Download;
import org.agorahub.library.domain.FileRejectedException;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibraryView;
import org.agorahub.library.domain.SimilarDocuments;
import org.agorahub.library.domain.UnknownCategoryException;
import org.agorahub.library.domain.UploadedFile;
import org.agorahub.library.domain.VerificationNotAllowedException;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.ai.Enrichments;
import org.agorahub.shared.web.BesideThePage;
import org.agorahub.shared.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading documents, a document's page and actions, and downloads. */
@Controller
class DocumentController {

    /**
     * Set (as a flash attribute, or a parameter for "check again") on the page someone lands on right after adding
     * the document: it then says whether the document duplicates another.
     */
    static final String ADDED = "added";

    /** Set (as a flash attribute) to the new version's number on the page someone lands on after adding a version. */
    static final String VERSION_ADDED = "versionAdded";

    private final LibraryService libraries;
    private final DocumentService documents;
    private final MessageSource messages;
    private final org.agorahub.library.domain.FileStoreAccess fileStore;
    private final org.agorahub.library.domain.CategoryService categoryService;
    private final org.agorahub.people.PeopleApi people;
    private final SimilarDocuments similar;
    private final Enrichments enrichments;

    DocumentController(
            org.agorahub.people.PeopleApi people,
            LibraryService libraries,
            DocumentService documents,
            MessageSource messages,
            org.agorahub.library.domain.FileStoreAccess fileStore,
            org.agorahub.library.domain.CategoryService categoryService,
            SimilarDocuments similar,
            Enrichments enrichments) {
        this.similar = similar;
        this.enrichments = enrichments;
        this.categoryService = categoryService;
        this.people = people;
        this.libraries = libraries;
        this.documents = documents;
        this.messages = messages;
        this.fileStore = fileStore;
    }

    @GetMapping("/libraries/{id}/upload")
    String uploadForm(@PathVariable long id, CurrentUser user, Model model) {
        return uploadPage(model, contributable(user, id), DocumentForm.blank(), List.of());
    }

    @PostMapping("/libraries/{id}/upload")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @Valid @ModelAttribute("form") DocumentForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        LibraryView library = contributable(user, id);
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> !f.isEmpty() || !f.getOriginalFilename().isBlank())
                        .toList();
        if (chosen.isEmpty()) {
            errors.reject("upload.noFile");
        }
        Long owner = owner(form, user.id(), errors);
        checkCategory(form.categoryId(), errors);
        if (errors.hasErrors()) {
            return uploadPage(model, library, form, List.of());
        }
        List<String> refused = new ArrayList<>();
        List<Long> added = new ArrayList<>();
        for (MultipartFile file : chosen) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            try {
                // a title typed on the form names a single upload; several files are named after themselves
                DocumentForm perFile = chosen.size() == 1 ? form : withoutTitle(form);
                added.add(documents.upload(user, id, new UploadedFile(name, file.getBytes()), perFile.details(owner)));
            } catch (VerificationNotAllowedException e) {
                errors.rejectValue("status", "document.status.verifyNotAllowed");
                return uploadPage(model, library, form, List.of());
            } catch (FileRejectedException e) {
                refused.add(name + ": "
                        + messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
            }
        }
        if (!refused.isEmpty()) {
            model.addAttribute("addedCount", added.size());
            return uploadPage(model, library, form, refused);
        }
        if (added.size() == 1) {
            // lands where a duplicate is pointed out and tags are suggested
            Flash.success(redirect, "upload.done.one");
            redirect.addFlashAttribute(ADDED, true);
            return "redirect:/documents/" + added.get(0);
        }
        Flash.success(redirect, "upload.done.many", added.size());
        return "redirect:/libraries/" + id;
    }

    @GetMapping("/documents/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(name = ADDED, defaultValue = "false") boolean justAdded,
            CurrentUser user,
            Model model) {
        boolean added = justAdded || Boolean.TRUE.equals(model.getAttribute(ADDED));
        DocumentView document = documents.document(user, id);
        model.addAttribute("document", document);
        documents.recordView(user, id); // after the access check: only pages actually shown count
        model.addAttribute(
                "summary", enrichments.summaryOf(Enrichments.KIND_DOCUMENT, id).orElse(null));
        model.addAttribute("similar", BesideThePage.orWithout(List.of(), () -> similar.similarTo(user, document)));
        if (document.canEdit()) {
            assist(model, user, document, added, model.getAttribute(VERSION_ADDED) instanceof Integer n ? n : null);
        } else {
            model.addAttribute(ADDED, false);
            model.addAttribute(VERSION_ADDED, null);
        }
        return "library/document";
    }

    /** Adds one suggested tag (a button beside each suggestion), then back to where it was chosen. */
    @PostMapping("/documents/{id}/suggested-tags")
    String addSuggestedTag(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String tag,
            @RequestParam(defaultValue = "false") boolean added,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            documents.addTag(user, id, tag);
            Flash.success(redirect, "document.suggestions.tagAdded", tag.strip());
        } catch (RefusedException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/documents/" + id + (added ? "?added=true" : "") + "#suggestions";
    }

    /** Puts the document in the suggested category. */
    @PostMapping("/documents/{id}/suggested-category")
    String useSuggestedCategory(
            @PathVariable long id,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(defaultValue = "false") boolean added,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            if (categoryId == null) {
                throw new UnknownCategoryException();
            }
            documents.categorise(user, id, categoryId);
            Flash.success(redirect, "document.suggestions.categorySet");
        } catch (UnknownCategoryException e) {
            Flash.error(redirect, "category.unknown");
        }
        return "redirect:/documents/" + id + (added ? "?added=true" : "") + "#suggestions";
    }

    /**
     * What the AI has to say to someone who may edit the document: right after adding it or a new version of it,
     * whether it duplicates one they can see; always, tags and a category it might have.
     */
    private void assist(Model model, CurrentUser user, DocumentView document, boolean added, Integer newVersion) {
        model.addAttribute(ADDED, added);
        model.addAttribute(VERSION_ADDED, newVersion);
        model.addAttribute(
                "suggestions",
                BesideThePage.orWithout(
                        SimilarDocuments.Suggestions.NONE, () -> similar.suggestionsFor(user, document)));
        model.addAttribute(
                "duplicates",
                added || newVersion != null
                        ? BesideThePage.orWithout(null, () -> similar.duplicatesOf(user, document))
                        : null);
    }

    @GetMapping("/documents/{id}/download")
    void download(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        Download download = documents.download(user, id, version);
        String etag = "\"" + download.sha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (etag.equals(ifNoneMatch)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(download.mediaType());
        response.setContentLengthLong(download.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        fileStore.copyTo(download.sha256(), response.getOutputStream());
    }

    @PostMapping("/documents/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String changeNote,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            Flash.error(redirect, "upload.noFile");
            return "redirect:/documents/" + id + "#new-version";
        }
        if (changeNote.length() > 500) {
            Flash.error(redirect, "document.version.noteTooLong");
            return "redirect:/documents/" + id + "#new-version";
        }
        try {
            int number = documents.addVersion(
                    user, id, new UploadedFile(file.getOriginalFilename(), file.getBytes()), changeNote);
            Flash.success(redirect, "document.version.added", number);
            // lands where a document with the same file or nearly the same text is pointed out
            redirect.addFlashAttribute(VERSION_ADDED, number);
        } catch (FileRejectedException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/versions/{number}/restore")
    String restoreVersion(
            @PathVariable long id, @PathVariable int number, CurrentUser user, RedirectAttributes redirect) {
        int newest = documents.restoreVersion(user, id, number);
        Flash.success(redirect, "document.version.restored", number, newest);
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        DocumentView document = documents.document(user, id);
        if (!document.canEdit()) {
            throw new AccessDeniedException("Cannot edit document " + id);
        }
        return editPage(model, user, document, DocumentForm.of(document));
    }

    @PostMapping("/documents/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DocumentForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        DocumentView document = documents.document(user, id);
        if (form.title() == null || form.title().isBlank()) {
            errors.rejectValue("title", "document.title.required");
        }
        Long owner = owner(form, document.ownerId(), errors);
        checkCategory(form.categoryId(), errors);
        checkCategory(form.suggestedCategoryId(), errors);
        if (!errors.hasErrors()) {
            try {
                documents.describe(user, id, form.details(owner), form.version() == null ? -1 : form.version());
                Flash.success(redirect, "document.saved");
                return "redirect:/documents/" + id;
            } catch (ChangedSinceOpenedException e) {
                errors.reject("form.changedSinceOpened");
            } catch (VerificationNotAllowedException e) {
                errors.rejectValue("status", "document.status.verifyNotAllowed");
            }
        }
        return editPage(model, user, document, form);
    }

    @PostMapping("/documents/{id}/verify")
    String verify(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        documents.verify(user, id);
        Flash.success(redirect, "document.verified");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/report")
    String report(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            CurrentUser user,
            RedirectAttributes redirect) {
        if (reason.isBlank() || reason.length() > 1000) {
            Flash.error(redirect, "document.report.reasonRequired");
            return "redirect:/documents/" + id + "#report";
        }
        documents.reportOutdated(user, id, reason);
        Flash.success(redirect, "document.reported");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        DocumentView document = documents.document(user, id);
        documents.trash(user, id);
        Flash.success(redirect, "document.trashed", document.title());
        return "redirect:/libraries/" + document.libraryId();
    }

    @PostMapping("/documents/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long library, CurrentUser user, RedirectAttributes redirect) {
        documents.restore(user, id);
        Flash.success(redirect, "document.restored");
        return "redirect:/libraries/" + library + "/trash";
    }

    @PostMapping("/documents/{id}/purge")
    String purge(@PathVariable long id, @RequestParam long library, CurrentUser user, RedirectAttributes redirect) {
        documents.purge(user, id);
        Flash.success(redirect, "document.purged");
        return "redirect:/libraries/" + library + "/trash";
    }

    /**
     * Suggestions for the last tag being typed in a comma-separated tags field (htmx fills a datalist); each
     * suggestion is the whole field with that last tag completed.
     */
    @GetMapping("/tags/suggest")
    String suggestTags(@RequestParam(defaultValue = "") String tags, CurrentUser user, Model model) {
        int comma = tags.lastIndexOf(',');
        String typed = tags.substring(comma + 1);
        String before = comma < 0 ? "" : tags.substring(0, comma + 1) + " ";
        model.addAttribute(
                "suggestions",
                documents.suggestTags(user, typed, 8).stream()
                        .map(s -> before + s)
                        .toList());
        return "library/tag-suggestions :: suggestions";
    }

    private void checkCategory(Long categoryId, BindingResult errors) {
        if (categoryId != null && !categoryService.exists(categoryId)) {
            errors.rejectValue("categoryId", "category.unknown");
        }
    }

    /** The owner named on the form (an active colleague's email), or {@code fallback} when none is named. */
    private Long owner(DocumentForm form, long fallback, BindingResult errors) {
        if (form.ownerEmail() == null || form.ownerEmail().isBlank()) {
            return fallback;
        }
        return people.findByEmail(form.ownerEmail())
                .filter(org.agorahub.people.PersonSummary::active)
                .map(org.agorahub.people.PersonSummary::id)
                .orElseGet(() -> {
                    errors.rejectValue("ownerEmail", "document.owner.unknown");
                    return fallback;
                });
    }

    private LibraryView contributable(CurrentUser user, long id) {
        LibraryView library = libraries.library(user, id);
        if (!library.canContribute()) {
            throw new AccessDeniedException("Cannot contribute to library " + id);
        }
        return library;
    }

    private String uploadPage(Model model, LibraryView library, DocumentForm form, List<String> refused) {
        model.addAttribute("library", library);
        model.addAttribute("form", form);
        model.addAttribute("refused", refused);
        model.addAttribute("categories", categoryService.tree());
        return "library/upload";
    }

    private String editPage(Model model, CurrentUser user, DocumentView document, DocumentForm form) {
        model.addAttribute("document", document);
        model.addAttribute(
                "suggestions",
                BesideThePage.orWithout(
                        SimilarDocuments.Suggestions.NONE, () -> similar.suggestionsFor(user, document)));
        model.addAttribute("categories", categoryService.tree());
        model.addAttribute("form", form);
        return "library/edit";
    }

    private static DocumentForm withoutTitle(DocumentForm form) {
        return new DocumentForm(
                "",
                form.description(),
                form.tags(),
                form.categoryId(),
                form.ownerEmail(),
                form.classification(),
                form.status(),
                form.reviewBy(),
                form.changeNote(),
                form.version(),
                form.addTags(),
                form.suggestedCategoryId());
    }
}
