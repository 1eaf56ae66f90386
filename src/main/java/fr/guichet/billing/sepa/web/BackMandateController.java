package fr.guichet.billing.sepa.web;

import fr.guichet.billing.sepa.Mandate;
import fr.guichet.billing.sepa.MandateKind;
import fr.guichet.billing.sepa.MandateManagement;
import fr.guichet.billing.sepa.MandateStatus;
import fr.guichet.billing.sepa.NewMandate;
import fr.guichet.billing.sepa.UnknownMandate;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Billing's SEPA mandates ({@code /back/billing/mandates}, BILLING and ADMIN): the list (by customer and status), a
 * new mandate prepared for a customer to sign, and a mandate's page with its text, its proof (the signed copy
 * uploaded here, or the customer's online signature), its history, and its revocation.
 */
@Controller
class BackMandateController {

    static final int PAGE = 50;

    record MandateForm(
            @Nullable Long organisationId,
            @Nullable MandateKind kind,
            @Nullable String debtorName,
            @Nullable String iban,
            @Nullable String bic) {}

    private final MandateManagement mandates;
    private final CustomerManagement customers;

    BackMandateController(MandateManagement mandates, CustomerManagement customers) {
        this.mandates = mandates;
        this.customers = customers;
    }

    @GetMapping("/back/billing/mandates")
    String list(
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) MandateStatus status,
            @RequestParam(required = false) Long before,
            Model model) {
        List<Mandate> rows = mandates.page(organisationId, status, before, PAGE + 1);
        boolean more = rows.size() > PAGE;
        List<Mandate> shown = more ? rows.subList(0, PAGE) : rows;
        model.addAttribute("mandates", shown);
        model.addAttribute("next", more ? shown.get(PAGE - 1).id() : null);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MandateStatus.values());
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute(
                "names",
                customers.names(shown.stream().map(Mandate::organisationId).toList()));
        return "billing/sepa/mandates";
    }

    @GetMapping("/back/billing/mandates/new")
    String create(@RequestParam(required = false) Long organisationId, Model model) {
        String name = organisationId == null
                ? ""
                : customers.organisation(organisationId).map(o -> o.name()).orElse("");
        model.addAttribute("form", new MandateForm(organisationId, MandateKind.RECURRING, name, "", ""));
        return form(model);
    }

    @PostMapping("/back/billing/mandates")
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") MandateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            Mandate made = mandates.create(
                    new NewMandate(
                            form.organisationId() == null ? 0 : form.organisationId(),
                            form.kind(),
                            form.debtorName(),
                            form.iban(),
                            form.bic()),
                    user.getDisplayName());
            return PageAction.done(
                    redirect, "billing.sepa.mandate.created", made.reference(), "/back/billing/mandates/" + made.id());
        } catch (RuleViolation violation) {
            SepaForms.reject(errors, violation);
            return form(model);
        }
    }

    @GetMapping("/back/billing/mandates/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Mandate mandate = mandates.get(id);
        model.addAttribute("mandate", mandate);
        model.addAttribute("text", mandates.textOf(mandate, locale));
        model.addAttribute("history", mandates.history(id));
        model.addAttribute(
                "customerName",
                customers.names(List.of(mandate.organisationId())).get(mandate.organisationId()));
        if (!model.containsAttribute("signedOn")) {
            model.addAttribute("signedOn", mandates.today());
        }
        return "billing/sepa/mandate";
    }

    /** The signed copy billing received: a PDF or an image, with the day it was signed. */
    @PostMapping("/back/billing/mandates/{id}/proof")
    String proof(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(name = "files", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            int read = version == null ? mandates.get(id).version() : version;
            Mandate done = mandates.uploadProof(id, read, signedOn, name, content, user.getDisplayName());
            return PageAction.done(
                    redirect, "billing.sepa.mandate.proof-saved", done.reference(), "/back/billing/mandates/" + id);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("proofError", violation.messageKey());
            redirect.addFlashAttribute("proofErrorArgs", violation.messageArguments());
            redirect.addFlashAttribute("signedOn", signedOn);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            redirect.addFlashAttribute("proofError", "admin.error.conflict");
            redirect.addFlashAttribute("proofErrorArgs", new Object[0]);
        }
        return "redirect:/back/billing/mandates/" + id + "#proof";
    }

    @GetMapping("/back/billing/mandates/{id}/proof")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        MandateManagement.Proof proof = mandates.proof(id).orElseThrow(() -> new UnknownMandate(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(proof.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(proof.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(proof.content());
    }

    @PostMapping("/back/billing/mandates/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            Mandate done = mandates.revoke(id, version, reason, user.getDisplayName());
            return PageAction.done(
                    redirect, "billing.sepa.mandate.revoked", done.reference(), "/back/billing/mandates/" + id);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("revokeError", violation.messageKey());
            redirect.addFlashAttribute("revokeReason", reason);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            redirect.addFlashAttribute("revokeError", "admin.error.conflict");
            redirect.addFlashAttribute("revokeReason", reason);
        }
        return "redirect:/back/billing/mandates/" + id + "#revoke";
    }

    private String form(Model model) {
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute("kinds", MandateKind.values());
        return "billing/sepa/mandate-new";
    }
}
