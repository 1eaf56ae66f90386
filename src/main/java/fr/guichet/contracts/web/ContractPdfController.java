package fr.guichet.contracts.web;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractDocument;
import fr.guichet.contracts.ContractDocumentManagement;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractStatus;
import fr.guichet.contracts.UnknownContract;
import fr.guichet.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's PDF and attached documents: for the back office, and for the customer whose contract it is (not a
 * draft); always as downloads.
 */
@RestController
class ContractPdfController {

    private final ContractManagement contracts;
    private final ContractDocument document;
    private final ContractDocumentManagement documents;

    ContractPdfController(
            ContractManagement contracts, ContractDocument document, ContractDocumentManagement documents) {
        this.contracts = contracts;
        this.document = document;
        this.documents = documents;
    }

    @GetMapping("/back/contracts/{id}/pdf")
    ResponseEntity<byte[]> forStaff(@PathVariable long id) {
        return pdf(contracts.get(id));
    }

    @GetMapping("/portal/contracts/{id}/pdf")
    ResponseEntity<byte[]> forCustomer(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id) {
        Contract contract = contracts.get(id);
        if (!contract.getOrganisationId().equals(customer.getCustomerOrganisationId())
                || contract.getStatus() == ContractStatus.DRAFT) {
            throw new UnknownContract(String.valueOf(id));
        }
        return pdf(contract);
    }

    @GetMapping("/back/contracts/{id}/documents/{documentId}")
    ResponseEntity<byte[]> documentForStaff(@PathVariable long id, @PathVariable long documentId) {
        return document(contracts.get(id), documentId);
    }

    @GetMapping("/portal/contracts/{id}/documents/{documentId}")
    ResponseEntity<byte[]> documentForCustomer(
            @AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id, @PathVariable long documentId) {
        Contract contract = contracts.get(id);
        if (!contract.getOrganisationId().equals(customer.getCustomerOrganisationId())
                || contract.getStatus() == ContractStatus.DRAFT) {
            throw new UnknownContract(String.valueOf(id));
        }
        return document(contract, documentId);
    }

    private ResponseEntity<byte[]> document(Contract contract, long documentId) {
        ContractDocumentManagement.Document found = documents.of(contract.getId()).stream()
                .filter(d -> d.id() == documentId)
                .findFirst()
                .orElseThrow(() -> new UnknownContract(contract.getId() + "/" + documentId));
        byte[] content = documents.content(contract.getId(), documentId).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(found.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private ResponseEntity<byte[]> pdf(Contract contract) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(contract.getReference() + ".pdf")
                                .build()
                                .toString())
                .body(document.pdf(contract));
    }
}
