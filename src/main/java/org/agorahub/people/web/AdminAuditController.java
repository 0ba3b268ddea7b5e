package org.agorahub.people.web;

import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, for admins. */
@Controller
class AdminAuditController {

    static final int PAGE_SIZE = 100;

    private final AuditLog audit;
    private final AccessPolicy policy;

    AdminAuditController(AuditLog audit, AccessPolicy policy) {
        this.audit = audit;
        this.policy = policy;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        policy.require(policy.canManageUsers(user), user, "read audit log", page);
        int number = Math.max(page, 0);
        var entries = audit.recent(PAGE_SIZE + 1, number * PAGE_SIZE);
        model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
        model.addAttribute("page", number);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        return "admin/audit";
    }
}
