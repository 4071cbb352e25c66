package org.casebook.adapters.web.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.http.PersonalDataRedactor;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.casebook.projections.reports.DevelopmentGroupReport;
import org.casebook.projections.reports.DevelopmentGroupReports;
import org.casebook.projections.reports.ImpartialityAudit;
import org.casebook.projections.reports.ImpartialityAudits;
import org.casebook.projections.reports.ReportPeriod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Caseload, audit and reports")
public class ReportsController {

    static final String CSV = "text/csv";

    private final ImpartialityAudits audits;
    private final DevelopmentGroupReports reports;
    private final CurrentActor currentActor;

    ReportsController(ImpartialityAudits audits, DevelopmentGroupReports reports, CurrentActor currentActor) {
        this.audits = audits;
        this.reports = reports;
        this.currentActor = currentActor;
    }

    @GetMapping(path = "/api/reports/impartiality", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The impartiality audit for a period; managers also get per-worker figures and the"
            + " justification of each safeguarding override")
    public ImpartialityAudit impartiality(@RequestParam(required = false) String academicYear,
                                          @Parameter(description = "yyyy-MM-dd") @RequestParam(required = false)
                                          String from,
                                          @Parameter(description = "yyyy-MM-dd") @RequestParam(required = false)
                                          String to) {
        Actor actor = currentActor.get();
        boolean manager = actor.role() == StaffRole.MANAGER;
        ImpartialityAudit audit = audits.generate(ReportPeriods.of(academicYear, from, to, actor.today()), manager);
        return manager ? audit : withoutJustifications(audit);
    }

    @GetMapping(path = "/api/reports/development-group", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The anonymised Development Group report (JSON; also text/csv and text/html)")
    public ResponseEntity<DevelopmentGroupReport> developmentGroup(@RequestParam(required = false) String academicYear,
                                                                   @RequestParam(required = false) String from,
                                                                   @RequestParam(required = false) String to) {
        DevelopmentGroupReport report = generate(academicYear, from, to);
        return ResponseEntity.ok().header("X-Report-Hash", DevelopmentGroupReports.sha256(report)).body(report);
    }

    @GetMapping(path = "/api/reports/development-group", produces = CSV)
    public ResponseEntity<String> developmentGroupCsv(@RequestParam(required = false) String academicYear,
                                                      @RequestParam(required = false) String from,
                                                      @RequestParam(required = false) String to) {
        DevelopmentGroupReport report = generate(academicYear, from, to);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"development-group-report.csv\"")
                .body(DevelopmentGroupReportCsv.render(report));
    }

    @GetMapping(path = "/api/reports/development-group", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> developmentGroupHtml(@RequestParam(required = false) String academicYear,
                                                       @RequestParam(required = false) String from,
                                                       @RequestParam(required = false) String to) {
        DevelopmentGroupReport report = generate(academicYear, from, to);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                // The page is self-contained: no script, no resource from anywhere else.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .body(DevelopmentGroupReportPage.render(report, DevelopmentGroupReports.sha256(report)));
    }

    private DevelopmentGroupReport generate(String academicYear, String from, String to) {
        Actor actor = currentActor.get();
        ReportPeriod period = ReportPeriods.of(academicYear, from, to, actor.today());
        return reports.generate(period);
    }

    /** Auditors check that overrides were justified and approved; the wording may name the family. */
    private static ImpartialityAudit withoutJustifications(ImpartialityAudit audit) {
        var overrides = audit.informationSharing().overrides().stream()
                .map(o -> new ImpartialityAudit.SafeguardingOverrideItem(o.caseId(), o.sharingId(), o.sharedOn(),
                        o.recipient(), o.justification() == null ? null : PersonalDataRedactor.REDACTED,
                        o.approvedBy(), o.recordedBy(), o.ground()))
                .toList();
        return new ImpartialityAudit(audit.period(), audit.evaluations(), audit.impartialityConcerns(),
                new ImpartialityAudit.Sharing(audit.informationSharing().withConsent(),
                        audit.informationSharing().underSafeguarding(), overrides),
                audit.viewsConveyedNotConfirmed(), audit.viewsConfirmedLate(), null);
    }
}
