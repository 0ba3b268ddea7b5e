package org.agorahub.library.web;

import jakarta.validation.Valid;
import java.util.Set;
import org.agorahub.library.domain.CategoryService;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
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

/** Curators and admins keep the category tree. */
@Controller
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping("/admin/categories")
    String list(CurrentUser user, Model model) {
        check(user);
        model.addAttribute("categories", categories.tree());
        model.addAttribute("name", "");
        return "library/categories";
    }

    @PostMapping("/admin/categories")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Long parentId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        check(user);
        String error = null;
        if (name.isBlank() || name.length() > 120) {
            error = "category.name.required";
        } else {
            try {
                categories.create(user, name, parentId);
                Flash.success(redirect, "category.created", name.strip());
                return "redirect:/admin/categories";
            } catch (CategoryService.CategoryNameInUseException e) {
                error = "category.name.inUse";
            } catch (org.agorahub.library.domain.UnknownCategoryException e) {
                error = "category.unknown";
            }
        }
        model.addAttribute("categories", categories.tree());
        model.addAttribute("name", name);
        model.addAttribute("parentId", parentId);
        model.addAttribute("error", error);
        return "library/categories";
    }

    @GetMapping("/admin/categories/{id}")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        check(user);
        CategoryService.Category category = category(id);
        model.addAttribute("form", new CategoryForm(category.name(), category.parentId()));
        return editPage(category, model);
    }

    @PostMapping("/admin/categories/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CategoryForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        check(user);
        CategoryService.Category category = category(id);
        if (!errors.hasErrors()) {
            try {
                categories.update(user, id, form.name(), form.parentId());
                Flash.success(redirect, "category.updated", form.name().strip());
                return "redirect:/admin/categories";
            } catch (RefusedException refused) {
                Forms.reject(errors, refused);
            }
        }
        return editPage(category, model);
    }

    private CategoryService.Category category(long id) {
        return categories.find(id).orElseThrow(() -> new NotFoundException("category " + id));
    }

    private String editPage(CategoryService.Category category, Model model) {
        Set<Long> below = categories.subtree(category.id());
        model.addAttribute("category", category);
        // the places it may move to: anywhere but itself and what lies under it
        model.addAttribute(
                "places",
                categories.tree().stream().filter(c -> !below.contains(c.id())).toList());
        return "library/category-edit";
    }

    private void check(CurrentUser user) {
        if (!categories.canManage(user)) {
            throw new AccessDeniedException("Not a curator");
        }
    }
}
