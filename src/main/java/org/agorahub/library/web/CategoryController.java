package org.agorahub.library.web;

import org.agorahub.library.domain.CategoryService;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    private void check(CurrentUser user) {
        if (!categories.canManage(user)) {
            throw new AccessDeniedException("Not a curator");
        }
    }
}
