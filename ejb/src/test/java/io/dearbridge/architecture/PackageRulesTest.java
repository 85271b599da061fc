package io.dearbridge.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackageRulesTest {

    @Test
    void aFeatureOwnsItsEjbAndWebPackagesAndTheAdminModuleIsTheConsole() {
        assertEquals(Optional.of("returns"), PackageRules.featureOf("io.dearbridge.returns"));
        assertEquals(Optional.of("returns"), PackageRules.featureOf("io.dearbridge.web.returns"));
        assertEquals(Optional.of("receiving"), PackageRules.featureOf("io.dearbridge.receiving.sub"));
        assertEquals(Optional.of("console"), PackageRules.featureOf("io.dearbridge.admin.syncs"));
        assertEquals(Optional.empty(), PackageRules.featureOf("io.dearbridge.inbox"));
        assertEquals(Optional.empty(), PackageRules.featureOf("io.dearbridge.web.order"));
        assertEquals(Optional.empty(), PackageRules.featureOf("io.dearbridge.domain.returns"));
        assertEquals(Optional.empty(), PackageRules.featureOf("io.dearbridgex.returns"));
    }

    @Test
    void aPackageNeitherFeatureNorMechanismIsNotClassified() {
        assertTrue(PackageRules.classified("io.dearbridge.dear.rate"));
        assertTrue(PackageRules.classified("io.dearbridge.web"));
        assertTrue(PackageRules.classified("io.dearbridge.web.problem"));
        assertTrue(PackageRules.classified("io.dearbridge.domain.order"));
        assertFalse(PackageRules.classified("io.dearbridge.purchasing"));
        assertFalse(PackageRules.classified("io.dearbridge.web.purchasing"));
        assertFalse(PackageRules.classified("io.dearbridge"));
    }
}
