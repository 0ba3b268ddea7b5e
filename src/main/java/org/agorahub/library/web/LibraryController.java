package org.agorahub.library.web;

import jakarta.validation.Valid;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.domain.AccessRequestService;
import org.agorahub.library.domain.ChangedSinceOpenedException;
import org.agorahub.library.domain.DepartmentRequiredException;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.DocumentSort;
import org.agorahub.library.domain.DocumentSummary;
import org.agorahub.library.domain.LastManagerException;
import org.agorahub.library.domain.LibraryNameInUseException;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibrarySort;
import org.agorahub.library.domain.LibrarySummary;
import org.agorahub.library.domain.LibraryView;
import org.agorahub.library.domain.NotYourDepartmentException;
import org.agorahub.library.domain.UnknownMemberException;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Visibility;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of libraries, a library's page, and its settings and members. */
@Controller
class LibraryController {

    static final int LIBRARIES_PER_PAGE = 25;
    static final int DOCUMENTS_PER_PAGE = 25;

    private final LibraryService libraries;
    private final DocumentService documents;
    private final PeopleApi people;
    private final org.agorahub.library.domain.CategoryService categories;
    private final AccessRequestService accessRequests;

    LibraryController(
            LibraryService libraries,
            DocumentService documents,
            PeopleApi people,
            org.agorahub.library.domain.CategoryService categories,
            AccessRequestService accessRequests) {
        this.accessRequests = accessRequests;
        this.categories = categories;
        this.libraries = libraries;
        this.documents = documents;
        this.people = people;
    }

    @ModelAttribute("visibilities")
    Visibility[] visibilities() {
        return Visibility.values();
    }

    @GetMapping("/libraries")
    String list(
            @RequestParam(defaultValue = "NAME") LibrarySort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String write,
            CurrentUser user,
            Model model) {
        // a page to write (from a dashboard's search that found nothing): carried to the chosen library
        model.addAttribute("write", org.agorahub.shared.web.Forms.prefill(write, PageForm.TITLE_LENGTH));
        Page<LibrarySummary> result =
                libraries.visibleLibraries(user, sort, PageRequest.of(Math.max(page, 0), LIBRARIES_PER_PAGE));
        model.addAttribute("libraries", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", LibrarySort.values());
        model.addAttribute("accessRequestsWaiting", accessRequests.countWaiting(user));
        return "library/list";
    }

    @GetMapping("/libraries/new")
    String newLibrary(CurrentUser user, Model model) {
        return form(model, LibraryForm.blank(user.departmentId()), null, user);
    }

    @PostMapping("/libraries/new")
    String create(
            @Valid @ModelAttribute("form") LibraryForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = libraries.create(user, form.settings());
                Flash.success(redirect, "library.created", form.name().strip());
                return "redirect:/libraries/" + id;
            } catch (RuntimeException e) {
                reject(e, errors);
            }
        }
        return form(model, form, null, user);
    }

    @GetMapping("/libraries/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String tag,
            @RequestParam(required = false) Long category,
            @RequestParam(defaultValue = "UPDATED") DocumentSort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String write,
            CurrentUser user,
            Model model) {
        model.addAttribute("write", org.agorahub.shared.web.Forms.prefill(write, PageForm.TITLE_LENGTH));
        LibraryView library = libraries.library(user, id);
        Page<DocumentSummary> result = documents.documents(
                user, id, tag, category, sort, PageRequest.of(Math.max(page, 0), DOCUMENTS_PER_PAGE));
        model.addAttribute("library", library);
        if (library.canManage()) {
            model.addAttribute("accessRequestsWaiting", accessRequests.countWaitingIn(id));
        } else {
            // what the person may still ask the managers for, and how their last request went
            model.addAttribute("access", accessRequests.state(user, id));
        }
        model.addAttribute("documents", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        model.addAttribute("tags", documents.tags(user, id, 30));
        model.addAttribute("tag", tag);
        model.addAttribute("category", category);
        model.addAttribute("categories", categories.tree());
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", DocumentSort.values());
        return "library/show";
    }

    @GetMapping("/libraries/{id}/settings")
    String settings(@PathVariable long id, CurrentUser user, Model model) {
        LibraryView library = managed(user, id);
        model.addAttribute("memberForm", MemberForm.blank());
        return form(model, LibraryForm.of(library), library, user);
    }

    @PostMapping("/libraries/{id}/settings")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") LibraryForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        LibraryView library = managed(user, id);
        if (!errors.hasErrors()) {
            try {
                libraries.update(user, id, form.settings(), form.version() == null ? -1 : form.version());
                Flash.success(redirect, "library.saved", form.name().strip());
                return "redirect:/libraries/" + id;
            } catch (RuntimeException e) {
                reject(e, errors);
            }
        }
        model.addAttribute("memberForm", MemberForm.blank());
        return form(model, form, library, user);
    }

    @PostMapping("/libraries/{id}/members")
    String addMember(
            @PathVariable long id,
            @Valid @ModelAttribute("memberForm") MemberForm memberForm,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        LibraryView library = managed(user, id);
        if (!errors.hasErrors()) {
            PersonSummary person = people.findByEmail(memberForm.email())
                    .filter(PersonSummary::active)
                    .orElse(null);
            if (person == null) {
                errors.rejectValue("email", "library.member.unknown");
            } else {
                try {
                    libraries.setMember(user, id, person.id(), memberForm.role());
                    Flash.success(redirect, "library.member.saved", person.displayName());
                    return "redirect:/libraries/" + id + "/settings";
                } catch (LastManagerException e) {
                    errors.rejectValue("role", "library.member.lastManager");
                }
            }
        }
        return form(model, LibraryForm.of(library), library, user);
    }

    @PostMapping("/libraries/{id}/members/{personId}/remove")
    String removeMember(
            @PathVariable long id, @PathVariable long personId, CurrentUser user, RedirectAttributes redirect) {
        managed(user, id);
        try {
            libraries.removeMember(user, id, personId);
            Flash.success(redirect, "library.member.removed");
        } catch (LastManagerException e) {
            Flash.error(redirect, "library.member.lastManager");
        }
        return "redirect:/libraries/" + id + "/settings";
    }

    @GetMapping("/libraries/{id}/trash")
    String trash(@PathVariable long id, CurrentUser user, Model model) {
        LibraryView library = managed(user, id);
        model.addAttribute("library", library);
        model.addAttribute("documents", documents.trashed(user, id));
        return "library/trash";
    }

    /** The library if the person manages it: 404 when they cannot see it, 403 when they only read it. */
    private LibraryView managed(CurrentUser user, long id) {
        LibraryView library = libraries.library(user, id);
        if (!library.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("Not a manager of library " + id);
        }
        return library;
    }

    private String form(Model model, LibraryForm form, LibraryView library, CurrentUser user) {
        model.addAttribute("form", form);
        if (library != null) {
            model.addAttribute("accessRequests", accessRequests.waitingIn(user, library.id()));
        }
        model.addAttribute("library", library);
        model.addAttribute("departments", people.departments());
        model.addAttribute("roles", LibraryRole.values());
        return "library/form";
    }

    private static void reject(RuntimeException e, BindingResult errors) {
        if (e instanceof LibraryNameInUseException) {
            errors.rejectValue("name", "library.name.inUse");
        } else if (e instanceof DepartmentRequiredException) {
            errors.rejectValue("departmentId", "library.department.required");
        } else if (e instanceof NotYourDepartmentException) {
            errors.rejectValue("departmentId", "library.department.notYours");
        } else if (e instanceof ChangedSinceOpenedException) {
            errors.reject("form.changedSinceOpened");
        } else if (e instanceof UnknownMemberException) {
            errors.reject("library.member.unknown");
        } else {
            throw e;
        }
    }
}
