package io.dearbridge.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked over the bridge's main classes (domain, ejb and web:
 * this module sees all three). A rule broken here is a map that no longer matches the code.
 */
class ArchitectureTest {

    private static JavaClasses bridge;

    @BeforeAll
    static void importBridge() {
        bridge = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.dearbridge");
    }

    @Test
    void everyModuleIsPresent() {
        // Guards the rules below against passing on an empty import.
        org.junit.jupiter.api.Assertions.assertTrue(bridge.containPackage("io.dearbridge.domain.order"));
        org.junit.jupiter.api.Assertions.assertTrue(bridge.containPackage("io.dearbridge.inbox"));
        org.junit.jupiter.api.Assertions.assertTrue(bridge.containPackage("io.dearbridge.web.webhook"));
    }

    @Test
    void noPackageCycles() {
        // (**) makes every package its own slice, so io.dearbridge.dear and io.dearbridge.dear.adapter count apart.
        slices().matching("io.dearbridge.(**)").should().beFreeOfCycles().check(bridge);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("io.dearbridge.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.dearbridge", "io.dearbridge.web..", "io.dearbridge.dear..", "io.dearbridge.inbox..",
                        "io.dearbridge.outbox..", "io.dearbridge.push..", "io.dearbridge.intake..",
                        "jakarta.ws.rs..", "jakarta.ejb..", "jakarta.json..")
                .check(bridge);
    }

    @Test
    void dearWireFormatStaysInTheDearPackage() {
        noClasses().that().resideOutsideOfPackage("io.dearbridge.dear..")
                .should().dependOnClassesThat().resideInAPackage("io.dearbridge.dear.model..")
                .check(bridge);
    }

    @Test
    void httpStaysInTheWebModule() {
        noClasses().that().resideOutsideOfPackage("io.dearbridge.web..")
                .and().resideOutsideOfPackage("io.dearbridge.dear..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(bridge);
    }
}
