package org.agorahub.forum.web;

import jakarta.validation.Valid;
import org.agorahub.forum.domain.FlagReason;
import org.agorahub.forum.domain.FlaggablePost;
import org.agorahub.forum.domain.FlaggedPost;
import org.agorahub.forum.domain.ForumRefusedException;
import org.agorahub.forum.domain.ModerationService;
import org.agorahub.forum.domain.ThreadService;
import org.agorahub.people.CurrentUser;
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

/** Flagging posts, the moderation queue, and hiding, unhiding and dismissing flags. */
@Controller
class ModerationController {

    static final int POSTS_PER_PAGE = 25;
    /** The value of the {@code back} parameter of a queue's action: come back to the queue, not the thread. */
    static final String BACK_TO_QUEUE = "queue";

    private final ModerationService moderation;
    private final ThreadService threads;

    ModerationController(ModerationService moderation, ThreadService threads) {
        this.moderation = moderation;
        this.threads = threads;
    }

    @GetMapping("/forums/moderation")
    String queue(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        Page<FlaggedPost> result = moderation.queue(user, PageRequest.of(Math.max(page, 0), POSTS_PER_PAGE));
        model.addAttribute("posts", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        return "forum/moderation";
    }

    @GetMapping("/forums/posts/{id}/flag")
    String flagForm(@PathVariable long id, CurrentUser user, Model model) {
        return flagPage(model, moderation.flaggable(user, id), FlagForm.blank());
    }

    @PostMapping("/forums/posts/{id}/flag")
    String flag(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FlagForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        FlaggablePost post = moderation.flaggable(user, id);
        if (!errors.hasErrors()) {
            try {
                moderation.flag(user, id, form.reason(), form.note());
                Flash.success(redirect, "forum.flag.sent");
                return "redirect:" + threads.postLocation(id);
            } catch (ForumRefusedException e) {
                ForumForms.reject(e, errors);
            }
        }
        return flagPage(model, post, form);
    }

    @PostMapping("/forums/posts/{id}/hide")
    String hide(
            @PathVariable long id,
            @RequestParam(required = false) String back,
            CurrentUser user,
            RedirectAttributes redirect) {
        long thread = moderation.hide(user, id);
        Flash.success(redirect, "forum.post.hiddenNow");
        return back(back, thread, id);
    }

    @PostMapping("/forums/posts/{id}/unhide")
    String unhide(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        long thread = moderation.unhide(user, id);
        Flash.success(redirect, "forum.post.unhiddenNow");
        return back(null, thread, id);
    }

    @PostMapping("/forums/posts/{id}/flags/dismiss")
    String dismiss(
            @PathVariable long id,
            @RequestParam(required = false) String back,
            CurrentUser user,
            RedirectAttributes redirect) {
        long thread = moderation.dismissFlags(user, id);
        Flash.success(redirect, "forum.flag.dismissedNow");
        return back(back, thread, id);
    }

    private String back(String back, long thread, long post) {
        return BACK_TO_QUEUE.equals(back) ? "redirect:/forums/moderation" : "redirect:" + threads.postLocation(post);
    }

    private static String flagPage(Model model, FlaggablePost post, FlagForm form) {
        model.addAttribute("post", post);
        model.addAttribute("form", form);
        model.addAttribute("reasons", FlagReason.values());
        return "forum/flag";
    }
}
