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
 * Read models and their queries. Each projection is a processing group of its own (its dead letters are its own), and
 * every group is assigned to the one pooled streaming processor {@value ReadModels#PROCESSOR} (application.yml, ADR
 * 0027), with its token in {@code token_entry}, so it survives restarts and can be split across nodes.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    /**
     * On PostgreSQL, each read-model batch's transaction settings ({@link ReadModelTransactions}): commits that do not
     * wait for the disk (H2 has no asynchronous commit; {@code casebook.projections.synchronous-commit=true} turns
     * them off) and look-ups by index.
     */
    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
    ConfigurerModule readModelTransactions(JdbcTemplate jdbc,
            @Value("${casebook.projections.synchronous-commit:false}") boolean synchronousCommit) {
        ReadModelTransactions settings = new ReadModelTransactions(jdbc, !synchronousCommit);
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> settings);
    }

    /**
     * Both read models in one processor: per batch one transaction, one token update and one key prefetch instead of
     * one each (issue 12). On its first run the processor starts where the former per-read-model processors had got
     * to ({@link FormerProcessorTokens}).
     */
    @Bean
    ConfigurerModule readModelsInOneProcessor(JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing(processing -> {
            ReadModels.NAMES.forEach(group -> processing.assignProcessingGroup(group, ReadModels.PROCESSOR));
            processing.registerPooledStreamingEventProcessorConfiguration(ReadModels.PROCESSOR,
                    (config, builder) -> builder.initialToken(new FormerProcessorTokens(
                            new ProcessorTokens(jdbc, config.serializer()), ReadModels.NAMES)::startingPoint));
        });
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
