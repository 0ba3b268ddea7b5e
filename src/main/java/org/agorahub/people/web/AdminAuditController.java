package org.agorahub.people.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.audit.AuditLog;
import org.agorahub.shared.web.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for admins: newest first, filtered by who, kind of thing, action and days, and the filtered log as
 * CSV. There is deliberately nothing here (or anywhere) to change or delete entries; the database refuses it too.
 */
@Controller
class AdminAuditController {

    static final int PAGE_SIZE = 100;

    /** The most entries one CSV holds; narrow the filter for more. */
    static final int CSV_LIMIT = 100_000;

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final AuditLog audit;
    private final AccessPolicy policy;
    private final ZoneId zone = ZoneId.systemDefault();

    AdminAuditController(AuditLog audit, AccessPolicy policy) {
        this.audit = audit;
        this.policy = policy;
    }

    @GetMapping("/admin/audit")
    String audit(
            @ModelAttribute("filter") AuditFilterForm filter,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        policy.require(policy.canManageUsers(user), user, "read audit log", page);
        AuditFilterForm applied = filter;
        if (errors.hasErrors()) {
            // filters that do not parse (a made-up date) are left out, and the page says so
            applied = AuditFilterForm.none();
            model.addAttribute("filter", applied);
            model.addAttribute("filterInvalid", true);
        }
        int number = Math.max(page, 0);
        var entries = audit.search(applied.toFilter(zone), PAGE_SIZE + 1, number * PAGE_SIZE);
        model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
        model.addAttribute("page", number);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("types", audit.targetTypes());
        model.addAttribute("actions", audit.actions());
        model.addAttribute("pageLink", applied.link("/admin/audit"));
        model.addAttribute("csvLink", applied.link("/admin/audit.csv"));
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<byte[]> csv(
            @ModelAttribute("filter") AuditFilterForm filter, BindingResult errors, CurrentUser user) {
        policy.require(policy.canManageUsers(user), user, "export audit log", "csv");
        AuditFilterForm applied = errors.hasErrors() ? AuditFilterForm.none() : filter;
        List<AuditLog.Entry> entries = audit.search(applied.toFilter(zone), CSV_LIMIT, 0);
        StringBuilder rows = new StringBuilder("when,who id,who,action,type,target id,detail\n");
        for (AuditLog.Entry e : entries) {
            rows.append(Csv.field(CSV_TIME.format(e.occurredAt().atZone(zone))))
                    .append(',')
                    .append(e.actorId() == null ? "" : e.actorId())
                    .append(',')
                    .append(Csv.field(e.displayName()))
                    .append(',')
                    .append(Csv.field(e.action()))
                    .append(',')
                    .append(Csv.field(e.targetType()))
                    .append(',')
                    .append(e.targetId() == null ? "" : e.targetId())
                    .append(',')
                    .append(Csv.field(e.detail()))
                    .append('\n');
        }
        return Csv.download(
                "audit-log", applied.from() == null ? "all" : applied.from().toString(), rows);
    }
}
