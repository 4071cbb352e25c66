package org.casebook.adapters.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;



import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of docs/architecture.md, checked on the compiled classes of every module. Maven already makes
 * an upward dependency impossible; these rules also keep frameworks out of the domain and packages free of cycles.
 */
@AnalyzeClasses(packages = "org.casebook", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpringJdbcAndTheWeb = noClasses()
            .that().resideInAPackage("org.casebook.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "jakarta.persistence..",
                    "com.fasterxml.jackson.databind..", "org.axonframework.spring..", "org.axonframework.springboot..")
            .because("the domain is plain Java plus Axon's modelling annotations (docs/architecture.md, Modules)");

    @ArchTest
    static final ArchRule domainDependsOnlyOnJavaAxonAndItself = classes()
            .that().resideInAPackage("org.casebook.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.casebook.domain..", "org.axonframework.modelling..",
                    "org.axonframework.eventsourcing", "org.axonframework.commandhandling", "org.axonframework.serialization",
                    "com.fasterxml.jackson.annotation..")
            .because("nothing outside the domain may shape its rules");

    @ArchTest
    static final ArchRule domainKnowsNothingOfOuterModules = noClasses()
            .that().resideInAPackage("org.casebook.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.casebook.application..", "org.casebook.projections..", "org.casebook.adapters..");

    @ArchTest
    static final ArchRule applicationDoesNotReachOutwards = noClasses()
            .that().resideInAPackage("org.casebook.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.casebook.adapters..", "org.casebook.projections..", "org.springframework.web..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule projectionsReadEventsButNeverSendCommands = noClasses()
            .that().resideInAPackage("org.casebook.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.casebook.adapters..", "org.casebook.application..", "org.springframework.web..",
                    "org.axonframework.commandhandling..")
            .because("read models are built from events and answer queries; they do not change cases");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.casebook.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webHoldsFeaturePackagesOnly = noClasses().that().doNotHaveSimpleName("package-info")
            .should().resideInAPackage("org.casebook.adapters.web")
            .because("the HTTP API is one package per feature, plus web.http for the plumbing they share"
                    + " (docs/architecture.md, Where to change what in adapters)");

    @ArchTest
    static final ArchRule adapterPackagesHaveNoCycles = slices().matching("org.casebook.adapters.(*)..")
            .should().beFreeOfCycles();
}
