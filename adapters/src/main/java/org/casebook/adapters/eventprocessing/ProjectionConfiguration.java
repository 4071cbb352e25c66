package org.casebook.adapters.eventprocessing;

import java.time.Period;
import org.casebook.projections.ReadModelTables;
import org.casebook.projections.caseload.CaseloadProjection;
import org.casebook.projections.caseload.Caseloads;
import org.casebook.projections.reports.DevelopmentGroupReports;
import org.casebook.projections.reports.ImpartialityAudits;
import org.casebook.projections.reports.ReportFactsProjection;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read models and their queries. Each projection's processing group is a pooled streaming processor
 * (application.yml), with its token in {@code token_entry}, so it survives restarts and can be split across nodes.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    /**
     * On PostgreSQL (H2 has no asynchronous commit), read models commit without waiting for the disk
     * ({@link ReadModelCommits}); {@code casebook.projections.synchronous-commit=true} turns that off.
     */
    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')"
            + " and !${casebook.projections.synchronous-commit:false}")
    ConfigurerModule readModelCommits(JdbcTemplate jdbc) {
        ReadModelCommits commits = new ReadModelCommits(jdbc);
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> commits);
    }

    @Bean
    CaseloadProjection caseloadProjection(JdbcTemplate jdbc) {
        return new CaseloadProjection(jdbc);
    }

    @Bean
    RebuildableReadModel caseloadRebuild() {
        return new RebuildableReadModel(CaseloadProjection.NAME, CaseloadProjection.TABLES,
                jdbc -> new CaseloadProjection(jdbc, ReadModelTables.SHADOW));
    }

    @Bean
    RebuildableReadModel reportsRebuild() {
        return new RebuildableReadModel(ReportFactsProjection.NAME, ReportFactsProjection.TABLES,
                jdbc -> new ReportFactsProjection(jdbc, ReadModelTables.SHADOW));
    }

    @Bean
    Caseloads caseloads(JdbcTemplate jdbc,
                        @Value("${casebook.retention.after-withdrawal:P30D}") Period afterWithdrawal) {
        return new Caseloads(jdbc, afterWithdrawal);
    }

    @Bean
    ReportFactsProjection reportFactsProjection(JdbcTemplate jdbc) {
        return new ReportFactsProjection(jdbc);
    }

    @Bean
    ImpartialityAudits impartialityAudits(JdbcTemplate jdbc) {
        return new ImpartialityAudits(jdbc);
    }

    @Bean
    DevelopmentGroupReports developmentGroupReports(JdbcTemplate jdbc, ImpartialityAudits audits) {
        return new DevelopmentGroupReports(jdbc, audits);
    }
}
