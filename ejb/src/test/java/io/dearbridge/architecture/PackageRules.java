package io.dearbridge.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The package rules of docs/architecture.md, in one place for every module's ArchitectureTest (web checks domain,
 * ejb and web; admin checks admin, which web cannot see). Shared as the ejb module's test jar.
 */
public final class PackageRules {

    /**
     * The features: each is the ejb package {@code io.dearbridge.<feature>} with its web package
     * {@code io.dearbridge.web.<feature>}. Features never import each other; a new feature is one more word here.
     * {@code receiving} is to come.
     */
    public static final List<String> FEATURES = List.of("intake", "fulfilment", "push", "returns", "reconcile",
            "console", "stuck", "receiving");

    /** The admin module is the console's pages, so it belongs to this feature. */
    public static final String ADMIN_FEATURE = "console";

    /**
     * Shared mechanisms (ejb): any feature may use them; they reach a feature only through its port or event.
     * {@code write} is the write plumbing every feature's warehouse writes share (idempotency, the caller, refusals).
     */
    public static final List<String> MECHANISMS = List.of("inbox", "outbox", "sync", "dear", "account", "webhook",
            "cluster", "metrics", "order", "health", "schema", "retention", "write");

    /** The web packages of mechanisms (and {@code io.dearbridge.web} itself: the application and JSON-B set-up). */
    public static final List<String> WEB_MECHANISMS = List.of("webhook", "order", "account", "problem", "write");

    /** Modules whose packages are neither: the plain-Java domain model every feature shares, and the migrations. */
    public static final List<String> MODULES = List.of("domain", "migrations");

    private static final String ROOT = "io.dearbridge.";

    private PackageRules() {
    }

    /** The bridge's main classes in these packages (and below) found on the class path, without tests. */
    public static JavaClasses mainClasses(String... packages) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // These rules themselves, when they come as the packaged test jar.
                .withImportOption(location -> !location.contains("/io/dearbridge/architecture/"))
                .importPackages(packages);
    }

    /** The main classes the module under test compiled (the build's output folder, as surefire runs in the module). */
    public static JavaClasses classesOfThisModule() {
        return new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    /** The feature a package belongs to, if any. */
    public static Optional<String> featureOf(String packageName) {
        List<String> parts = parts(packageName);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.get(0).equals("admin")) {
            return Optional.of(ADMIN_FEATURE);
        }
        String name = parts.get(0).equals("web") && parts.size() > 1 ? parts.get(1) : parts.get(0);
        return FEATURES.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether a package is a feature's, a mechanism's or a module's that is neither (see the lists above). */
    public static boolean classified(String packageName) {
        List<String> parts = parts(packageName);
        if (parts.isEmpty()) {
            return false;
        }
        String first = parts.get(0);
        if (featureOf(packageName).isPresent() || MECHANISMS.contains(first) || MODULES.contains(first)) {
            return true;
        }
        return first.equals("web") && (parts.size() == 1 || WEB_MECHANISMS.contains(parts.get(1)));
    }

    public static ArchRule noPackageCycles() {
        // (**) makes every package its own slice, so io.dearbridge.dear and io.dearbridge.dear.adapter count apart.
        return slices().matching("io.dearbridge.(**)").should().beFreeOfCycles();
    }

    /** Plain Java: nothing of the bridge outside the domain, and no EJB, JAX-RS or JSON. */
    public static ArchRule theDomainIsPlainJava() {
        return noClasses().that().resideInAPackage("io.dearbridge.domain..")
                .should().dependOnClassesThat(resideInAPackage("io.dearbridge..")
                        .and(resideOutsideOfPackage("io.dearbridge.domain..")))
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.ejb..", "jakarta.json..");
    }

    /** The feature's classes use no class of another feature (a shared mechanism, a port or an event instead). */
    public static ArchRule importsNoOtherFeature(String feature) {
        DescribedPredicate<JavaClass> ofFeature = DescribedPredicate.describe("belong to feature " + feature,
                c -> featureOf(c.getPackageName()).filter(feature::equals).isPresent());
        DescribedPredicate<JavaClass> ofAnother = DescribedPredicate.describe("belong to another feature",
                c -> featureOf(c.getPackageName()).filter(other -> !other.equals(feature)).isPresent());
        // A feature still to come has no classes yet.
        return noClasses().that(ofFeature).should().dependOnClassesThat(ofAnother).allowEmptyShould(true)
                .because("features never import each other (docs/architecture.md)");
    }

    public static ArchRule everyPackageIsAFeatureOrAMechanism() {
        return classes().that().resideInAPackage("io.dearbridge..")
                .should(ArchCondition.from(DescribedPredicate.describe(
                        "be in a package PackageRules lists as a feature's or a mechanism's",
                        c -> classified(c.getPackageName()))));
    }

    public static ArchRule dearWireFormatStaysInTheDearPackage() {
        return noClasses().that().resideOutsideOfPackage("io.dearbridge.dear..")
                .should().dependOnClassesThat().resideInAPackage("io.dearbridge.dear.model..");
    }

    public static ArchRule httpStaysInTheWebModule() {
        return noClasses().that().resideOutsideOfPackage("io.dearbridge.web..")
                .and().resideOutsideOfPackage("io.dearbridge.dear..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");
    }

    private static List<String> parts(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return List.of();
        }
        return Arrays.asList(packageName.substring(ROOT.length()).split("\\."));
    }
}
