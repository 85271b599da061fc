package io.dearbridge.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.dearbridge.architecture.PackageRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of docs/architecture.md ({@link PackageRules}), checked over the bridge's main classes in domain,
 * ejb and web (this module sees all three; admin has its own test). A rule broken here is a map that no longer
 * matches the code.
 */
class ArchitectureTest {

    private static JavaClasses bridge;

    @BeforeAll
    static void importBridge() {
        bridge = PackageRules.mainClasses("io.dearbridge");
    }

    static List<String> features() {
        return PackageRules.FEATURES;
    }

    @Test
    void everyModuleIsPresent() {
        // Guards the rules below against passing on an empty import.
        assertTrue(bridge.containPackage("io.dearbridge.domain.order"));
        assertTrue(bridge.containPackage("io.dearbridge.inbox"));
        assertTrue(bridge.containPackage("io.dearbridge.returns"));
        assertTrue(bridge.containPackage("io.dearbridge.web.webhook"));
    }

    @Test
    void noPackageCycles() {
        PackageRules.noPackageCycles().check(bridge);
    }

    @Test
    void theDomainIsPlainJava() {
        PackageRules.theDomainIsPlainJava().check(bridge);
    }

    @ParameterizedTest(name = "{0} imports no other feature")
    @MethodSource("features")
    void featuresNeverImportEachOther(String feature) {
        PackageRules.importsNoOtherFeature(feature).check(bridge);
    }

    @Test
    void everyPackageIsAFeatureOrAMechanism() {
        PackageRules.everyPackageIsAFeatureOrAMechanism().check(bridge);
    }

    @Test
    void dearWireFormatStaysInTheDearPackage() {
        PackageRules.dearWireFormatStaysInTheDearPackage().check(bridge);
    }

    @Test
    void httpStaysInTheWebModule() {
        PackageRules.httpStaysInTheWebModule().check(bridge);
    }
}
