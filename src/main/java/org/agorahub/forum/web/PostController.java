package org.agorahub.forum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.agorahub.forum.domain.EditablePost;
import org.agorahub.forum.domain.ForumRefusedException;
import org.agorahub.forum.domain.PostService;
import org.agorahub.forum.domain.ThreadDeletedException;
import org.agorahub.forum.domain.ThreadService;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing and deleting one post, and its edit history for moderators. */
@Controller
class PostController {

    private final PostService posts;
    private final ThreadService threads;

    PostController(PostService posts, ThreadService threads) {
        this.posts = posts;
        this.threads = threads;
    }

    @ModelAttribute("maxPostLength")
    int maxPostLength() {
        return threads.maxPostLength();
    }

    @GetMapping("/forums/posts/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        EditablePost post = posts.editable(user, id);
        return editor(model, post, new PostEditForm(post.body()));
    }

    @PostMapping("/forums/posts/{id}/edit")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PostEditForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        EditablePost post = posts.editable(user, id);
        if (!errors.hasErrors()) {
            try {
                posts.edit(user, id, form.body());
                Flash.success(redirect, "forum.post.saved");
                return "redirect:" + threads.postLocation(id);
            } catch (ForumRefusedException e) {
                ForumForms.reject(e, errors);
            }
        }
        return editor(model, post, form);
    }

    @PostMapping("/forums/posts/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        posts.delete(user, id);
        Flash.success(redirect, "forum.post.deletedNow");
        return "redirect:" + threads.postLocation(id);
    }

    @GetMapping("/forums/posts/{id}/history")
    String history(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("history", posts.history(user, id));
        return "forum/history";
    }

    /** The thread was deleted while the person was editing: say so, and keep their text. */
    @ExceptionHandler(ThreadDeletedException.class)
    ModelAndView deleted(ThreadDeletedException e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        ModelAndView page = new ModelAndView("forum/thread-gone");
        page.addObject("boardId", e.boardId());
        page.addObject("text", request.getParameter("body"));
        return page;
    }

    private static String editor(Model model, EditablePost post, PostEditForm form) {
        model.addAttribute("post", post);
        model.addAttribute("form", form);
        return "forum/post-edit";
    }
}
