package io.dearbridge.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.dearbridge.architecture.PackageRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of docs/architecture.md ({@link PackageRules}) over the admin module's classes, which the web
 * module's test cannot see. The admin module is the console's pages: it may use the console and the shared
 * mechanisms, no other feature.
 */
class ArchitectureTest {

    private static JavaClasses admin;

    @BeforeAll
    static void importAdmin() {
        admin = PackageRules.classesOfThisModule();
    }

    static List<String> features() {
        return PackageRules.FEATURES;
    }

    @Test
    void theModuleIsPresent() {
        // Guards the rules below against passing on an empty import.
        assertTrue(admin.containPackage("io.dearbridge.admin.syncs"));
        assertTrue(admin.containPackage("io.dearbridge.admin.dashboard"));
    }

    @Test
    void noPackageCycles() {
        PackageRules.noPackageCycles().check(admin);
    }

    @ParameterizedTest(name = "{0} imports no other feature")
    @MethodSource("features")
    void featuresNeverImportEachOther(String feature) {
        PackageRules.importsNoOtherFeature(feature).check(admin);
    }

    @Test
    void everyPackageIsAFeatureOrAMechanism() {
        PackageRules.everyPackageIsAFeatureOrAMechanism().check(admin);
    }

    @Test
    void dearWireFormatStaysInTheDearPackage() {
        PackageRules.dearWireFormatStaysInTheDearPackage().check(admin);
    }

    @Test
    void httpStaysInTheWebModule() {
        PackageRules.httpStaysInTheWebModule().check(admin);
    }
}
