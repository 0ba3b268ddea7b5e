package org.agorahub.forum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.ThreadKind;
import org.agorahub.forum.domain.BoardService;
import org.agorahub.forum.domain.BoardView;
import org.agorahub.forum.domain.FlagReason;
import org.agorahub.forum.domain.ForumRefusedException;
import org.agorahub.forum.domain.PostService;
import org.agorahub.forum.domain.RelatedThreads;
import org.agorahub.forum.domain.SimilarContent;
import org.agorahub.forum.domain.ThreadDeletedException;
import org.agorahub.forum.domain.ThreadService;
import org.agorahub.forum.domain.ThreadView;
import org.agorahub.forum.domain.VoteService;
import org.agorahub.forum.domain.VoteView;
import org.agorahub.forum.domain.WatchService;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.ai.Enrichments;
import org.agorahub.shared.web.BesideThePage;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.PageLinks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Starting a thread, the thread page with its reply form and reply order, voting, accepting answers, locking,
 * pinning, moving and deleting threads.
 */
@Controller
class ThreadController {

    private static final String SORT_BY_VOTES = "votes";

    private final BoardService boards;
    private final ThreadService threads;
    private final PostService posts;
    private final VoteService votes;
    private final WatchService watches;
    private final RelatedThreads related;
    private final SimilarContent similar;
    private final Enrichments enrichments;

    ThreadController(
            BoardService boards,
            ThreadService threads,
            PostService posts,
            VoteService votes,
            WatchService watches,
            RelatedThreads related,
            SimilarContent similar,
            Enrichments enrichments) {
        this.similar = similar;
        this.enrichments = enrichments;
        this.boards = boards;
        this.threads = threads;
        this.posts = posts;
        this.votes = votes;
        this.watches = watches;
        this.related = related;
    }

    @ModelAttribute("maxPostLength")
    int maxPostLength() {
        return threads.maxPostLength();
    }

    @GetMapping("/forums/boards/{id}/threads/new")
    String newThread(
            @PathVariable long id,
            @RequestParam(defaultValue = "QUESTION") ThreadKind kind,
            @RequestParam(defaultValue = "") String title,
            CurrentUser user,
            Model model) {
        ThreadForm blank = ThreadForm.blank(kind);
        String prefilled = org.agorahub.shared.web.Forms.prefill(title, ThreadForm.TITLE_LENGTH);
        return threadForm(
                model,
                postable(user, id),
                prefilled == null ? blank : new ThreadForm(kind, prefilled, "", "", "", blank.submission()));
    }

    /**
     * Threads like the question being written, for the new-thread form: htmx asks for this list as the title is
     * typed (without scripts, the form's "Check for similar questions" button shows the same list).
     */
    @GetMapping("/forums/boards/{id}/threads/similar")
    String similar(
            @PathVariable long id, @RequestParam(defaultValue = "") String title, CurrentUser user, Model model) {
        postable(user, id);
        // a word or two letters long: nothing yet, rather than "no similar questions"
        model.addAttribute(
                "similar",
                RelatedThreads.enoughToGoOn(title)
                        ? BesideThePage.orWithout(null, () -> related.similarTo(user, title))
                        : null);
        return "forum/fragments :: similar";
    }

    @PostMapping("/forums/boards/{id}/threads/new")
    String start(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ThreadForm form,
            BindingResult errors,
            @RequestParam(required = false) String check,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        BoardView board = postable(user, id);
        if (check != null) {
            // "Check for similar questions": the form again, as typed, with the list and without complaints
            model.addAttribute("similar", BesideThePage.orWithout(null, () -> related.similarTo(user, form.title())));
            model.addAttribute("similarChecked", true);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            return threadForm(model, board, form);
        }
        if (!errors.hasErrors()) {
            try {
                long thread = threads.start(
                        user,
                        id,
                        new NewThread(form.kind(), form.title(), form.body(), form.tagSet(), form.documentIds()),
                        form.submission());
                Flash.success(
                        redirect, form.kind() == ThreadKind.QUESTION ? "forum.question.asked" : "forum.thread.started");
                return "redirect:/forums/threads/" + thread;
            } catch (ForumRefusedException e) {
                ForumForms.reject(e, errors);
            }
        }
        return threadForm(model, board, form);
    }

    @GetMapping("/forums/threads/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) Long quote,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            ThreadView thread = threads.thread(user, id, SORT_BY_VOTES.equals(sort), page);
            String quoted = quote == null ? "" : posts.quote(user, id, quote);
            return threadPage(model, user, thread, ReplyForm.withBody(quoted));
        } catch (ThreadDeletedException e) {
            return gone(model, e, null, response);
        }
    }

    @PostMapping("/forums/threads/{id}/replies")
    String reply(
            @PathVariable long id,
            @Valid @ModelAttribute("replyForm") ReplyForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if (!errors.hasErrors()) {
                try {
                    long post = threads.reply(user, id, form.body(), form.submission());
                    Flash.success(redirect, "forum.reply.posted");
                    return "redirect:" + threads.postLocation(post);
                } catch (ForumRefusedException e) {
                    ForumForms.reject(e, errors);
                }
            }
            // the thread as it is now (perhaps locked meanwhile), with the reply kept in the form
            // on the last page, where the reply would go
            return threadPage(model, user, threads.thread(user, id, false, Integer.MAX_VALUE), form);
        } catch (ThreadDeletedException e) {
            return gone(model, e, form.body(), response);
        }
    }

    @PostMapping("/forums/posts/{id}/accept")
    String accept(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            long thread = threads.accept(user, id);
            Flash.success(redirect, "forum.answer.accepted");
            return "redirect:" + threads.postLocation(id);
        } catch (ForumRefusedException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            // straight to the thread: a second redirect would drop the message
            posts.threadOf(user, id); // 404 when the person may not see it
            return "redirect:" + threads.postLocation(id);
        }
    }

    /**
     * A vote up or down on a post, or taking it back. Without scripts the page comes back at the post; with htmx
     * only the post's vote buttons are replaced.
     */
    @PostMapping("/forums/posts/{id}/vote")
    String vote(
            @PathVariable long id,
            @RequestParam String value,
            @RequestParam(required = false) String sort,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            VoteView vote = votes.vote(user, id, "up".equals(value) ? 1 : "down".equals(value) ? -1 : 0);
            if (htmx != null) {
                model.addAttribute("vote", vote);
                model.addAttribute("sort", SORT_BY_VOTES.equals(sort) ? SORT_BY_VOTES : null);
                return "forum/fragments :: votes";
            }
            return "redirect:"
                    + (SORT_BY_VOTES.equals(sort)
                            ? "/forums/threads/" + vote.threadId() + "?sort=votes#post-" + id
                            : threads.postLocation(id));
        } catch (ForumRefusedException e) {
            // straight to the thread: a flash message does not survive a second redirect
            String thread = "/forums/threads/" + posts.threadOf(user, id);
            if (htmx == null) {
                Flash.error(redirect, e.messageKey(), e.arguments());
                return "redirect:" + thread + "#post-" + id;
            }
            // the whole page with the message, not a page inside the vote widget
            RequestContextUtils.getOutputFlashMap(request)
                    .put(Flash.ATTRIBUTE, new Flash.Message("danger", e.messageKey(), e.arguments()));
            RequestContextUtils.saveOutputFlashMap(thread, request, response);
            response.setHeader("HX-Redirect", thread + "#post-" + id);
            return null;
        }
    }

    /** Where a post lives: its thread page, at the post. */
    @GetMapping("/forums/posts/{id}/thread")
    String postInThread(@PathVariable long id, CurrentUser user) {
        posts.threadOf(user, id); // 404 when the person may not see it
        return "redirect:" + threads.postLocation(id);
    }

    @PostMapping("/forums/threads/{id}/lock")
    String lock(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            threads.lock(user, id, reason);
            Flash.success(redirect, "forum.thread.lockedNow");
        } catch (ForumRefusedException e) {
            Flash.error(redirect, "forum.thread.lock.reasonTooLong");
        }
        return "redirect:/forums/threads/" + id;
    }

    @PostMapping("/forums/threads/{id}/unlock")
    String unlock(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        threads.unlock(user, id);
        Flash.success(redirect, "forum.thread.unlockedNow");
        return "redirect:/forums/threads/" + id;
    }

    @PostMapping("/forums/threads/{id}/pin")
    String pin(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        threads.pin(user, id);
        Flash.success(redirect, "forum.thread.pinnedNow");
        return "redirect:/forums/threads/" + id;
    }

    @PostMapping("/forums/threads/{id}/unpin")
    String unpin(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        threads.unpin(user, id);
        Flash.success(redirect, "forum.thread.unpinnedNow");
        return "redirect:/forums/threads/" + id;
    }

    /** Moves the thread to another board; a refused target comes back as a message on the thread page. */
    @PostMapping("/forums/threads/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) String boardId,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            boolean chosen = boardId != null && boardId.strip().matches("\\d{1,18}");
            threads.move(user, id, chosen ? Long.valueOf(boardId.strip()) : null);
            Flash.success(redirect, "forum.thread.movedNow");
        } catch (ForumRefusedException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/forums/threads/" + id;
    }

    @PostMapping("/forums/threads/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        long board = threads.delete(user, id);
        Flash.success(redirect, "forum.thread.deletedNow");
        return "redirect:/forums/boards/" + board;
    }

    /** Any other action on a thread deleted meanwhile: the page that says so. */
    @ExceptionHandler(ThreadDeletedException.class)
    ModelAndView deleted(ThreadDeletedException e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        ModelAndView page = new ModelAndView("forum/thread-gone");
        page.addObject("boardId", e.boardId());
        page.addObject("text", request.getParameter("body"));
        return page;
    }

    private static String gone(Model model, ThreadDeletedException e, String text, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("boardId", e.boardId());
        model.addAttribute("text", text);
        return "forum/thread-gone";
    }

    private BoardView postable(CurrentUser user, long boardId) {
        BoardView board = boards.board(user, boardId);
        if (!board.canPost()) {
            throw new AccessDeniedException("Cannot post in board " + boardId);
        }
        return board;
    }

    private static String threadForm(Model model, BoardView board, ThreadForm form) {
        model.addAttribute("board", board);
        model.addAttribute("form", form);
        model.addAttribute("kinds", ThreadKind.values());
        return "forum/thread-form";
    }

    private String threadPage(Model model, CurrentUser user, ThreadView thread, ReplyForm form) {
        model.addAttribute("thread", thread);
        model.addAttribute("replyForm", form);
        model.addAttribute(
                "pages",
                PageLinks.of(
                        thread.page(),
                        "/forums/threads/" + thread.id() + (thread.sortedByVotes() ? "?sort=" + SORT_BY_VOTES : "")));
        model.addAttribute("watching", watches.watchesThread(user, thread.id()));
        model.addAttribute("documents", threads.documents(user, thread.id()));
        model.addAttribute("flagReasons", FlagReason.values());
        model.addAttribute(
                "summary",
                enrichments.summaryOf(Enrichments.KIND_THREAD, thread.id()).orElse(null));
        model.addAttribute("similar", BesideThePage.orWithout(List.of(), () -> similar.similarTo(user, thread.id())));
        if (thread.canModerate()) {
            model.addAttribute(
                    "moveTargets",
                    boards.moderatedBoards(user).stream()
                            .filter(b -> b.id() != thread.boardId())
                            .toList());
        }
        return "forum/thread";
    }
}
